import { transactRoom, type EditContext } from '../context.ts';
import { sessionMap } from '../layout.ts';
import { LIMITS } from '../../model/limits.ts';
import type { PresentedView } from '../../model/session.ts';

/*
 * A presentation is the room's state, not an edit of the board: turning a page is no step of
 * the presenter's undo (Ctrl+Z after a talk would turn the pages back, or start it again), so
 * these commands write as the room's changes (transactRoom); the role is checked as for any.
 */
function write(ctx: EditContext, change: (session: ReturnType<typeof sessionMap>) => void): void {
  transactRoom(ctx, () => change(sessionMap(ctx.doc)));
}

/** Who presents: their browser's own id (so their screen knows it leads) and their name. */
export interface Presenter {
  id: string;
  name: string;
}

/**
 * Presents a view to everyone following, from `stageId` (the map) or `sectionId` (the strategy
 * canvas's guide). Whoever starts presenting takes it over from anyone who presented before.
 */
export function startPresenting(ctx: EditContext, view: Exclude<PresentedView, 'off'>, presenter: Presenter, at: { stageId?: string | null; sectionId?: string | null } = {}): void {
  write(ctx, (session) => {
    session.set('presenting', view);
    session.set('presenterId', presenter.id.slice(0, LIMITS.id));
    session.set('presenterName', presenter.name.slice(0, LIMITS.name));
    if (view === 'map') session.set('spotlightStageId', at.stageId ?? null);
    else session.set('presentedSectionId', at.sectionId ?? null);
  });
}

/** Turns the presented map to a stage: the spotlight is the stage on everyone's screen. */
export function presentStage(ctx: EditContext, stageId: string): void {
  write(ctx, (session) => session.set('spotlightStageId', stageId));
}

/** Turns the presented guide to the step holding this section. */
export function presentSection(ctx: EditContext, sectionId: string): void {
  write(ctx, (session) => session.set('presentedSectionId', sectionId));
}

/** Ends the presentation for everyone; the spotlight goes with it. */
export function stopPresenting(ctx: EditContext): void {
  write(ctx, (session) => {
    session.set('presenting', 'off');
    session.set('spotlightStageId', null);
    session.set('presentedSectionId', null);
  });
}
