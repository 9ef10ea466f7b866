import type { TFunction } from 'i18next';
import type { Procedure } from '../../src-shared/catalog';
import type { Language } from '../../src-shared/config/kiosk-config';
import type { ReceiptPrintJob } from '../../src-shared/print/receipt';
import type { Confirmation } from '../state/journey-store';

/** One formatter for every Hà Nội time the kiosk shows (built once: Intl formatters are costly to make). */
const HANOI = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment in Hà Nội time: its day "24/11/2026" and clock "14:05". */
export function hanoiParts(date: Date): { day: string; time: string } {
  const parts = HANOI.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${part('day')}/${part('month')}/${part('year')}`, time: `${part('hour')}:${part('minute')}` };
}

/** "14:05, ngày 24/11/2026" / "24/11/2026 at 14:05", in Hà Nội time whatever the machine's time zone. */
export function formatSubmittedAt(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const { day, time } = hanoiParts(date);
  return language === 'vi' ? `${time}, ngày ${day}` : `${day} at ${time}`;
}

/** The receipt to print: reference, procedure, time and what happens next. Nothing personal. */
export function buildReceiptJob(
  t: TFunction,
  procedure: Procedure,
  confirmation: Confirmation,
  language: Language,
  place: { kioskName: string; wardName: string },
): ReceiptPrintJob {
  return {
    language,
    title: t('journey.confirmation.receiptTitle'),
    reference: confirmation.reference,
    lines: [
      { label: t('journey.confirmation.procedure'), value: procedure.title[language] },
      { label: t('journey.confirmation.code'), value: procedure.code },
      { label: t('journey.confirmation.submittedAt'), value: formatSubmittedAt(confirmation.submittedAt, language) },
      { label: t('journey.confirmation.place'), value: `${place.kioskName}, ${place.wardName}` },
      { label: t('journey.confirmation.processing'), value: procedure.processingTime.text[language] },
      ...procedure.bring.slice(0, 8).map((item, i) => ({ label: i === 0 ? t('journey.confirmation.bring') : '', value: `• ${item.label[language]}` })),
    ],
    footer: [t('journey.confirmation.nextSms'), t('journey.confirmation.keep')],
  };
}
