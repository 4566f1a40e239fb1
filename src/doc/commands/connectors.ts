import * as Y from 'yjs';
import { LIMITS, clip, newId } from '../../model/index.ts';
import { transact, type EditContext } from '../context.ts';
import { getRecord, recordsMap } from '../layout.ts';

/** Connects two cards; returns null for a self-link or one that already exists. */
export function addConnector(ctx: EditContext, from: string, to: string, label = ''): string | null {
  if (from === to || !getRecord(ctx.doc, 'cards', from) || !getRecord(ctx.doc, 'cards', to)) return null;
  for (const c of recordsMap(ctx.doc, 'connectors').values()) {
    if (c instanceof Y.Map && c.get('from') === from && c.get('to') === to) return null;
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
