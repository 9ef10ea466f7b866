import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import './FullScreenDialog.css';

export interface FullScreenDialogProps {
  open: boolean;
  title: ReactNode;
  /** h2 by default; use 1 when the dialog is the only thing on screen and the page has no other h1 in view. */
  titleLevel?: 1 | 2;
  /** Main text, referenced by aria-describedby. */
  description?: ReactNode;
  /** Extra content (e.g. a countdown with a LiveRegion — live regions outside the dialog are inert). */
  children?: ReactNode;
  /** The buttons; the first one gets focus on open unless initialFocusRef is given. */
  actions?: ReactNode;
  /** Called on Escape when dismissible; the caller decides what closing means. */
  onClose?: () => void;
  dismissible?: boolean;
  initialFocusRef?: RefObject<HTMLElement | null>;
  tone?: 'default' | 'warning';
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest('[inert]'));
}

/** Full-screen modal: focus trapped inside, the rest of the page inert, focus returned on close. */
export function FullScreenDialog(props: FullScreenDialogProps) {
  if (!props.open) return null;
  return createPortal(<OpenDialog {...props} />, document.body);
}

function OpenDialog({ title, titleLevel = 2, description, children, actions, onClose, dismissible = false, initialFocusRef, tone = 'default' }: FullScreenDialogProps) {
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const initialFocus = useRef(initialFocusRef); // read once, on open

  useEffect(() => {
    const root = rootRef.current;
    const dialog = dialogRef.current;
    if (!root || !dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Make everything else inert; remember only what we changed (nested dialogs stay correct).
    const madeInert = Array.from(document.body.children).filter(
      (el): el is HTMLElement => el !== root && el instanceof HTMLElement && !el.hasAttribute('inert'),
    );
    madeInert.forEach((el) => el.setAttribute('inert', ''));
    const first = initialFocus.current?.current ?? (actionsRef.current && focusables(actionsRef.current)[0]) ?? focusables(dialog)[0] ?? dialog;
    first.focus();
    return () => {
      madeInert.forEach((el) => el.removeAttribute('inert'));
      if (previous?.isConnected) previous.focus();
    };
  }, []); // once per opening: this component is mounted only while the dialog is open

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      if (dismissible) {
        event.preventDefault();
        onClose?.();
      }
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = focusables(dialogRef.current);
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (!first || !last) {
      event.preventDefault();
    } else if (event.shiftKey && (active === first || active === dialogRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const Heading = titleLevel === 1 ? 'h1' : 'h2';
  const hasDescription = description !== undefined && description !== null;
  return (
    <div ref={rootRef} className="k-dialog-backdrop">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={hasDescription ? `${id}-description` : undefined}
        tabIndex={-1}
        className={`k-dialog k-dialog--${tone}`}
        onKeyDown={onKeyDown}
      >
        <div className="k-dialog__content">
          <Heading id={`${id}-title`} className="k-dialog__title">
            {title}
          </Heading>
          {hasDescription && (
            <div id={`${id}-description`} className="k-dialog__description">
              {description}
            </div>
          )}
          {children}
          {actions !== undefined && (
            <div ref={actionsRef} className="k-dialog__actions">
              {actions}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
