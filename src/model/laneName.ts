import { translate, type Translate } from '../i18n/index.ts';
import { laneKindLabel, type Lane } from './lane.ts';

/**
 * A lane's own title, or '' when it has none. A lane stores its kind and, only if someone gave
 * it one, a title. Boards made before kinds were stored as kinds hold the kind's English label
 * as the title ("Pain points"); that is read here as no title of its own, so the lane is named
 * in the reader's language (痛点) rather than in the English a command once wrote for it. This
 * is the one place that decides it: every view that names a lane goes through `laneName`.
 */
export function ownLaneTitle(lane: Pick<Lane, 'kind' | 'title'>): string {
  const title = lane.title.trim();
  return title === translate('en', `lane.kind.${lane.kind}`) ? '' : title;
}

/** What a lane is called on screen, in a picture or a report: its own title, else its kind in the language of `t`. */
export function laneName(lane: Pick<Lane, 'kind' | 'title'>, t: Translate): string {
  return ownLaneTitle(lane) || laneKindLabel(lane.kind, t);
}

/** Whether a lane's name says something its kind does not, so a view shows the kind beside it ("Who at Furn. Co · Internal owner"). */
export function namedApartFromKind(lane: Pick<Lane, 'kind' | 'title'>, t: Translate): boolean {
  const own = ownLaneTitle(lane);
  return own !== '' && own !== laneKindLabel(lane.kind, t);
}
