import { useEffect, useId, useRef, type ReactNode } from 'react';
import { SIDE_COLUMN } from '../canvas/sideColumn.ts';
import '../styles/sidePanel.css';

interface Props {
  /** Its heading, which names it to screen readers too. */
  title: string;
  closeLabel: string;
  onClose(): void;
  /** The panel's own class, beside side-panel. */
  className: string;
  children: ReactNode;
}

/**
 * A panel on the right of the board (comments, version history, personas): its heading takes
 * the focus as it opens, Escape or × closes it, and the map's zoom buttons move beside it.
 */
export function SidePanel({ title, closeLabel, onClose, className, children }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <aside
      className={`side-panel ${className}`}
      {...SIDE_COLUMN}
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header className="side-panel__head">
        <h2 className="side-panel__title" id={`${id}-title`} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button button--quiet side-panel__close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="side-panel__body">{children}</div>
    </aside>
  );
}
