import { PRESENCE_FIELDS } from '../../collab/presenceState.ts';

const CARD_NODE = 'card:';

/**
 * The ids of the cards selected on this screen's map, as this page's presence tells the others
 * (the map publishes its selection there, as node ids: canvas/layout.ts nodeId.card).
 */
export function selectedCardIds(localState: Record<string, unknown> | null | undefined): string[] {
  const selection = localState?.[PRESENCE_FIELDS.selection];
  if (!Array.isArray(selection)) return [];
  return selection.filter((id): id is string => typeof id === 'string' && id.startsWith(CARD_NODE)).map((id) => id.slice(CARD_NODE.length));
}
