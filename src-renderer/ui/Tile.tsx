import { type ComponentPropsWithRef, type MouseEvent, type ReactNode } from 'react';
import { DEFAULT_GUARD_MS, useTapGuard } from './useTapGuard';
import './Tile.css';
import './selected-mark.css';

export interface TileProps extends Omit<ComponentPropsWithRef<'button'>, 'type' | 'title'> {
  /** The tile's accessible name. */
  title: ReactNode;
  /** Read as the tile's description. */
  description?: ReactNode;
  /** Decorative icon, hidden from assistive technology. */
  icon?: ReactNode;
  /** Shown as selected (check mark + heavy border) and exposed as aria-pressed. Leave out for plain navigation. */
  selected?: boolean;
  /** Double-tap guard, default 1000 ms. */
  guardMs?: number;
}

/**
 * A large button for choosing a procedure: the whole tile is the target. Its accessible name is all of its
 * visible text, title first (WCAG 2.5.3: a speech user can say what they see).
 */
export function Tile({ title, description, icon, selected, guardMs = DEFAULT_GUARD_MS, className, onClick, ref, ...rest }: TileProps) {
  const allow = useTapGuard(guardMs);
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (!allow()) return;
    onClick?.(event);
  };
  const classes = ['k-tile', selected && 'k-tile--selected', className].filter(Boolean).join(' ');
  return (
    <button
      {...rest}
      ref={ref}
      type="button"
      className={classes}
      aria-pressed={selected}
      onClick={handleClick}
    >
      {icon !== undefined && (
        <span className="k-tile__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <span className="k-tile__body">
        <span className="k-tile__title">
          {title}
        </span>
        {description !== undefined && ' '}
        {description !== undefined && (
          <span className="k-tile__description">
            {description}
          </span>
        )}
      </span>
    </button>
  );
}
