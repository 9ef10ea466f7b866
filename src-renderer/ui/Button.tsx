import type { ComponentPropsWithRef, MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_GUARD_MS, useTapGuard } from './useTapGuard';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'link';

export interface ButtonProps extends Omit<ComponentPropsWithRef<'button'>, 'type'> {
  variant?: ButtonVariant;
  /** `large` = at least 80 px tall (primary actions). */
  size?: 'default' | 'large';
  /** Decorative icon before the text; hidden from assistive technology. */
  icon?: ReactNode;
  /** Ignore a second activation within this many ms. Default 1000 for primary, 0 (off) otherwise. */
  guardMs?: number;
  /** Work in progress: the button stays focusable but ignores activation and shows `busyLabel`. */
  busy?: boolean;
  busyLabel?: ReactNode;
  type?: 'button' | 'submit';
}

export function Button({
  variant = 'primary',
  size = 'default',
  icon,
  guardMs,
  busy = false,
  busyLabel,
  type = 'button',
  className,
  children,
  onClick,
  ref,
  ...rest
}: ButtonProps) {
  const { t } = useTranslation();
  const allow = useTapGuard(guardMs ?? (variant === 'primary' ? DEFAULT_GUARD_MS : 0));

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy || !allow()) {
      event.preventDefault(); // also stops a second form submission
      return;
    }
    onClick?.(event);
  };

  const classes = ['k-button', `k-button--${variant}`, `k-button--${size}`, busy && 'k-button--busy', className];
  return (
    <button
      {...rest}
      ref={ref}
      type={type}
      className={classes.filter(Boolean).join(' ')}
      aria-disabled={busy || undefined}
      onClick={handleClick}
    >
      {icon !== undefined && (
        <span className="k-button__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <span className="k-button__text">{busy ? (busyLabel ?? t('ui.button.busy')) : children}</span>
    </button>
  );
}
