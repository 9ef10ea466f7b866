import type { PrintResult, ValidReceiptPrintJob } from '../../src-shared/print/receipt';

/**
 * Print a receipt with the browser's own print, from a container that print.css shows alone on paper.
 * Built with textContent only: nothing from the job is ever parsed as HTML.
 */
export async function printReceiptInPage(job: ValidReceiptPrintJob, win: Window = window): Promise<PrintResult> {
  const doc = win.document;
  const el = (tag: string, className: string, text?: string): HTMLElement => {
    const node = doc.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const receipt = el('section', 'print-receipt');
  receipt.id = 'print-receipt';
  receipt.lang = job.language;
  receipt.setAttribute('aria-hidden', 'true');
  receipt.append(el('h2', 'print-receipt__title', job.title), el('p', 'print-receipt__reference', job.reference));
  const list = el('dl', 'print-receipt__lines');
  for (const line of job.lines) list.append(el('dt', '', line.label), el('dd', '', line.value));
  receipt.append(list);
  for (const text of job.footer) receipt.append(el('p', 'print-receipt__footer', text));

  doc.getElementById('print-receipt')?.remove();
  doc.body.append(receipt);
  try {
    win.print();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.name : 'print' };
  } finally {
    receipt.remove();
  }
}
