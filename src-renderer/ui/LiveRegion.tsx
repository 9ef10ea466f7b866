import './LiveRegion.css';

export interface LiveRegionProps {
  /** Text to announce. Keep the component mounted and change the message; an empty string announces nothing. */
  message: string;
  /** polite (status, counts) or assertive (urgent: the session is about to end). */
  politeness?: 'polite' | 'assertive';
  /** Also show the text on screen (default: visually hidden). */
  visible?: boolean;
  id?: string;
}

/**
 * A live region for screen-reader announcements. For countdowns, announce sparingly (e.g. at 60, 30, 10 s),
 * not every second. Inside a FullScreenDialog, put the region in the dialog: the rest of the page is inert.
 */
export function LiveRegion({ message, politeness = 'polite', visible = false, id }: LiveRegionProps) {
  return (
    <div
      id={id}
      role={politeness === 'assertive' ? 'alert' : 'status'}
      aria-live={politeness}
      aria-atomic="true"
      className={visible ? 'k-live-region' : 'k-live-region visually-hidden'}
    >
      {message}
    </div>
  );
}
