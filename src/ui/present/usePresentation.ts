import { useEffect, useState } from 'react';
import { presentSection, presentStage, startPresenting, stopPresenting, type EditContext } from '../../doc/index.ts';
import type { Board } from '../../model/index.ts';
import { guideSectionAt, presentedStageIndex, stageAfter } from '../../model/presentation.ts';
import type { Identity } from '../../collab/identity.ts';
import type { BoardViewName } from '../router.ts';

export interface Presentation {
  /** What is presented: 'off' when nothing is. */
  view: Board['session']['presenting'];
  /** This browser's person started it: their keys and buttons turn the pages for everyone. */
  leading: boolean;
  /** Shown the presentation here: the presenter, and whoever follows and has not left it. */
  shown: boolean;
  presenterName: string;
  /** The map's stage on screen (-1 without stages), kept in place when the presented stage is deleted. */
  stageIndex: number;
  start(view: BoardViewName): void;
  /** One page on (1) or back (-1), for the presenter. */
  turn(step: number): void;
  goToStage(index: number): void;
  goToStep(step: number): void;
  /** The presenter ends it for everyone; a follower leaves it for themselves. */
  end(): void;
  follow(): void;
}

/**
 * The shared presentation as this person sees it. What is presented, where and by whom lives
 * in the document's session, so every follower sees the same page; whether this person follows
 * is their own (a new presentation is followed from its start, and anyone can leave it).
 */
export function usePresentation(board: Board | null, ctx: EditContext, identity: Identity): Presentation {
  const session = board?.session;
  const view = session?.presenting ?? 'off';
  const leading = view !== 'off' && session!.presenterId === identity.id;
  // A presentation is known by its presenter and view: leaving one does not leave the next.
  const key = view === 'off' ? null : `${view}:${session!.presenterId}`;
  const [left, setLeft] = useState<string | null>(null);
  // Once it ends, having left it is forgotten: the same presenter's next one is followed from its start.
  if (view === 'off' && left !== null) setLeft(null);
  // Where the presentation stood, so a presented stage deleted under it leaves it in place.
  const [lastIndex, setLastIndex] = useState(0);
  const stages = board?.stages ?? [];
  const stageIndex = presentedStageIndex(stages, session?.spotlightStageId ?? null, lastIndex);
  if (stageIndex >= 0 && stageIndex !== lastIndex) setLastIndex(stageIndex);
  const shownStageId = stages[stageIndex]?.id ?? null;
  const presentedStageId = session?.spotlightStageId ?? null;
  // The presenter's screen writes down the stage it fell back to, so followers who joined
  // later (and never saw where it stood) show the same one.
  useEffect(() => {
    if (leading && view === 'map' && shownStageId !== null && shownStageId !== presentedStageId) presentStage(ctx, shownStageId);
  }, [leading, view, shownStageId, presentedStageId, ctx]);

  const goToStage = (index: number) => {
    const id = stageAfter(stages, index, 0);
    if (id !== null) presentStage(ctx, id);
  };
  return {
    view,
    leading,
    shown: key !== null && (leading || left !== key),
    presenterName: session?.presenterName ?? '',
    stageIndex,
    start(to) {
      setLeft(null);
      if (to === 'map') startPresenting(ctx, 'map', identity, { stageId: stages[Math.max(0, stageIndex)]?.id ?? null });
      else startPresenting(ctx, 'strategy', identity, { sectionId: guideSectionAt(0) });
    },
    turn(step) {
      if (!leading) return;
      if (view === 'map') {
        const id = stageAfter(stages, stageIndex, step);
        if (id !== null && id !== session!.spotlightStageId) presentStage(ctx, id);
      }
    },
    goToStage: (index) => leading && goToStage(index),
    goToStep: (step) => leading && presentSection(ctx, guideSectionAt(step)),
    end() {
      if (leading) stopPresenting(ctx);
      else setLeft(key);
    },
    follow: () => setLeft(null),
  };
}
