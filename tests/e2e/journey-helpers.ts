/** Steps of the filing journey in the browser, shared by the E2E specs. */
import { expect, type Page } from '@playwright/test';
import { DEFAULT_GUARD_MS } from '../../src-renderer/ui/useTapGuard';

export const CONTINUE = { vi: 'Tiếp tục', en: 'Continue' } as const;

/** A photo-like JPEG made by the page's own canvas (no fixture files, nothing downloaded). */
export async function makeJpeg(page: Page, seed: number, width = 1600, height = 1200): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ seed, width, height }) => {
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      const gradient = ctx.createLinearGradient(0, 0, width, height);
      gradient.addColorStop(0, `hsl(${seed * 40}, 30%, 85%)`);
      gradient.addColorStop(1, `hsl(${seed * 40 + 60}, 30%, 60%)`);
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, width, height);
      ctx.fillStyle = '#222';
      ctx.font = '40px sans-serif';
      for (let line = 0; line < 20; line++) ctx.fillText(`GIẤY CHỨNG SINH · trang ${seed} · dòng ${line}`, 60, 80 + line * 54);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    },
    { seed, width, height },
  );
  return Buffer.from(base64, 'base64');
}

const lastContinue = new WeakMap<Page, number>();

/**
 * Taps "Tiếp tục". Primary buttons ignore a second tap within DEFAULT_GUARD_MS (the double-tap guard), so a
 * second Continue comes at least that long after the one before, as it would from a person; a fast machine
 * otherwise fixes the errors and taps again inside the window, and the tap is (rightly) ignored.
 */
export async function continueOn(page: Page, language: 'vi' | 'en' = 'vi'): Promise<void> {
  const since = Date.now() - (lastContinue.get(page) ?? 0);
  if (since < DEFAULT_GUARD_MS + 50) await page.waitForTimeout(DEFAULT_GUARD_MS + 50 - since);
  await page.getByRole('button', { name: CONTINUE[language], exact: true }).click();
  lastContinue.set(page, Date.now());
}

/** Pick an option of a long (filterable) list or an address picker by typing part of its name. */
export async function pick(page: Page, inputId: string, search: string, value: string): Promise<void> {
  await page.locator(`#${inputId}`).fill(search);
  await page.locator(`label[for="${inputId}-option-${value}"]`).click();
}

/** Choose a radio or checkbox card by its visible text inside the group with this legend. */
export async function choose(page: Page, legend: string, option: string): Promise<void> {
  await page.getByRole('group', { name: legend }).getByText(option, { exact: true }).click();
}

export async function expectHeading(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

/** Everything stored in the kiosk's IndexedDB, as text (byte arrays decoded as latin1 and UTF-8). */
export async function dumpIndexedDb(page: Page): Promise<{ text: string; outbox: unknown[]; receipts: unknown[] }> {
  return page.evaluate(async () => {
    const open = indexedDB.open('motcua-kiosk');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = async (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    const tables: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) tables[name] = await all(name);
    db.close();
    const decoded: string[] = [];
    const text = JSON.stringify(tables, (_key, value: unknown) => {
      if (value instanceof Uint8Array) {
        decoded.push(new TextDecoder('latin1').decode(value), new TextDecoder('utf-8').decode(value));
        return `<${value.length} bytes>`;
      }
      return value;
    });
    return { text: [text, ...decoded].join('\n'), outbox: tables.outbox ?? [], receipts: tables.receipts ?? [] };
  });
}

/** Writes records straight into the kiosk's IndexedDB (outbox records, receipts), as sync would have left them. */
export async function seedIndexedDb(page: Page, tables: { outbox?: readonly unknown[]; receipts?: readonly unknown[] }): Promise<void> {
  await page.evaluate(async (rows: Record<string, readonly unknown[]>) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('motcua-kiosk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(rows), 'readwrite');
      for (const [store, records] of Object.entries(rows)) for (const record of records) tx.objectStore(store).put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, tables);
}
