import { Panel, useOnViewportChange, useReactFlow, useStore, type Viewport } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { useT } from '../../browser/i18n.tsx';
import { useFollowing } from '../../collab/following.ts';
import { createViewSender, readViewRect, sameRect, viewRectOf, VIEW_FIELD, type ViewRect } from '../../collab/sharedView.ts';
import { workshopStore } from '../../collab/useWorkshop.ts';
import { ownFacilitatorKey } from '../../collab/facilitatorKey.ts';
import './sharedView.css';

/** A followed view eases in over this long, so a jump reads as movement, not a cut. */
const EASE_MS = 200;

interface Props {
  awareness: Awareness;
  doc: Y.Doc;
  /** The document has loaded: what its session says now is the past, not a summons. */
  live: boolean;
}

/**
 * The map's view shared with the room, inside React Flow: this person's view goes out in
 * presence; following someone fits their view to this screen until the person pans or zooms
 * themselves; a facilitator's summons brings the view to theirs, with a way back.
 */
export function SharedView({ awareness, doc, live }: Props) {
  const t = useT();
  const flow = useReactFlow();
  const [x, y, zoom] = useStore((state) => state.transform);
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const pane = useStore((state) => state.domNode);
  const [following, follow] = useFollowing(awareness);
  const [summoned, setSummoned] = useState<{ by: string; back: Viewport } | null>(null);

  // My view, for others to follow.
  const send = useMemo(() => createViewSender(awareness), [awareness]);
  // While following, my view is someone else's fitted to my screen: sent on, two people
  // following each other would each widen the other's view until the map's least zoom.
  useEffect(() => {
    if (!following) send.moved(viewRectOf({ x, y, zoom }, { width, height }));
  }, [send, following, x, y, zoom, width, height]);
  useEffect(() => () => send.stop(), [send]);
  useOnViewportChange({ onEnd: (viewport) => following || send.settled(viewRectOf(viewport, { width, height })) });

  // Following: their view, fitted to this screen, whenever it changes; over when they leave.
  useEffect(() => {
    if (!following) return;
    let shown: ViewRect | null = null;
    const update = () => {
      const state = awareness.getStates().get(following.clientId);
      if (!state) return follow(null);
      const rect = readViewRect((state as Record<string, unknown>)[VIEW_FIELD]);
      if (!rect || sameRect(rect, shown)) return;
      shown = rect;
      void flow.fitBounds(rect, { padding: 0, duration: EASE_MS });
    };
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness, following, follow, flow]);

  // Moving the map oneself ends following.
  useEffect(() => {
    if (!pane || !following) return;
    const stop = () => follow(null);
    pane.addEventListener('wheel', stop, { passive: true });
    pane.addEventListener('pointerdown', stop);
    return () => {
      pane.removeEventListener('wheel', stop);
      pane.removeEventListener('pointerdown', stop);
    };
  }, [pane, following, follow]);

  // A summons made after this page opened brings everyone but its facilitator to their view.
  useEffect(() => {
    if (!live) return;
    const session = workshopStore(doc);
    let seen = session.read().summonedAt;
    const onSession = () => {
      const workshop = session.read();
      if (workshop.summonedAt === null || workshop.summonedAt === seen) return;
      seen = workshop.summonedAt;
      if (workshop.facilitatorKeyHash === ownFacilitatorKey().hash) return;
      const rect = readViewRect({ x: workshop.summonX, y: workshop.summonY, width: workshop.summonWidth, height: workshop.summonHeight });
      if (!rect) return;
      follow(null);
      setSummoned((previous) => ({ by: workshop.summonedBy, back: previous?.back ?? flow.getViewport() }));
      void flow.fitBounds(rect, { padding: 0, duration: EASE_MS });
    };
    return session.subscribe(onSession);
  }, [doc, live, flow, follow]);

  if (following) {
    return (
      <Panel position="top-center" className="shared-view" role="status">
        <span className="shared-view__text">{t('canvas.follow.following', { name: following.name })}</span>
        <button className="button button--small" onClick={() => follow(null)}>
          {t('canvas.follow.stop')}
        </button>
      </Panel>
    );
  }
  if (summoned) {
    return (
      <Panel position="top-center" className="shared-view" role="status">
        <span className="shared-view__text">{t('canvas.follow.summoned', { name: summoned.by || t('workshop.unnamed') })}</span>
        <button
          className="button button--small"
          onClick={() => {
            void flow.setViewport(summoned.back, { duration: EASE_MS });
            setSummoned(null);
          }}
        >
          {t('canvas.follow.back')}
        </button>
        <button className="button button--small button--quiet" onClick={() => setSummoned(null)}>
          {t('canvas.follow.stay')}
        </button>
      </Panel>
    );
  }
  return null;
}
