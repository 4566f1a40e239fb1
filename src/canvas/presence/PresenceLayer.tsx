import { useViewport } from '@xyflow/react';
import { memo, useLayoutEffect, useMemo, useSyncExternalStore, type CSSProperties } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useT } from '../../browser/i18n.tsx';
import { CursorPainter } from './cursorPainter.ts';
import type { PeerCursor } from './cursorTracks.ts';
import './presence.css';

interface Props {
  /** The board's awareness: `session.provider.awareness`. */
  awareness: Awareness;
  /** How long a still cursor stays visible; CURSOR_IDLE_MS (60 s) unless a test wants less. */
  idleMs?: number;
}

/**
 * Everyone else's cursor, with their name, where they point on the board. Render it as a child
 * of <ReactFlow>: it reads the viewport to place flow positions on this screen. It subscribes to
 * awareness itself, so cursor traffic never re-renders the canvas; a pan or zoom re-renders
 * only this layer, and a peer moving re-renders nothing (see CursorPainter).
 */
export function PresenceLayer({ awareness, idleMs }: Props) {
  const painter = useMemo(() => new CursorPainter(awareness, idleMs), [awareness, idleMs]);
  const cursors = useSyncExternalStore(painter.subscribe, painter.getCursors);
  const { x, y, zoom } = useViewport();
  useLayoutEffect(() => painter.setViewport(x, y, zoom), [painter, x, y, zoom]);

  return (
    <div className="presence-layer">
      {cursors.map((cursor) => (
        <CursorMark key={cursor.clientId} cursor={cursor} elementRef={painter.elementRef(cursor.clientId)} />
      ))}
    </div>
  );
}

const CursorMark = memo(function CursorMark({ cursor, elementRef }: { cursor: PeerCursor; elementRef: (element: HTMLElement | null) => void }) {
  const t = useT();
  return (
    <div ref={elementRef} className="peer-cursor" style={{ '--peer-color': cursor.color } as CSSProperties} role="img" aria-label={t('canvas.presence.cursor', { name: cursor.name })}>
      {/* The arrow's tip is the element's origin, which is the peer's pointer. */}
      <svg className="peer-cursor__arrow" width="14" height="18" viewBox="0 0 14 18" aria-hidden="true">
        <path d="M0 0 L0 14.5 L4 10.8 L6.8 16.6 L9.4 15.4 L6.7 9.7 L12.2 9.7 Z" />
      </svg>
      <span className="peer-cursor__name">{cursor.name}</span>
    </div>
  );
});
