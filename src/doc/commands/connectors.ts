import * as Y from 'yjs';
import { LIMITS, clip, newId } from '../../model/index.ts';
import { transact, type EditContext } from '../context.ts';
import { getRecord, recordsMap } from '../layout.ts';

/** Whether a connector may end at this record: a card or a sticky note. */
function joinable(ctx: EditContext, id: string): boolean {
  return getRecord(ctx.doc, 'cards', id) !== undefined || getRecord(ctx.doc, 'notes', id) !== undefined;
}

/**
 * Connects two cards or notes, from `from` to `to`; returns null for a self-link, a missing end
 * or one that already exists (either way round: a second arrow back would draw over the first).
 */
export function addConnector(ctx: EditContext, from: string, to: string, label = ''): string | null {
  if (from === to || !joinable(ctx, from) || !joinable(ctx, to)) return null;
  for (const c of recordsMap(ctx.doc, 'connectors').values()) {
    if (c instanceof Y.Map && ((c.get('from') === from && c.get('to') === to) || (c.get('from') === to && c.get('to') === from))) return null;
  }
  const id = newId();
  transact(ctx, () => {
    const connector = new Y.Map<unknown>();
    connector.set('from', from);
    connector.set('to', to);
    connector.set('label', clip(label, LIMITS.title));
    recordsMap(ctx.doc, 'connectors').set(id, connector);
  });
  return id;
}

export function deleteConnectors(ctx: EditContext, ids: readonly string[]): void {
  transact(ctx, () => {
    const connectors = recordsMap(ctx.doc, 'connectors');
    for (const id of ids) connectors.delete(id);
  });
}
