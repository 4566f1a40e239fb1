import * as Y from 'yjs';
import { recordsMap } from '../layout.ts';

/** Removes connectors, votes and comments that point at records which are gone. */
export function removeReferencesTo(doc: Y.Doc, ids: ReadonlySet<string>): void {
  const connectors = recordsMap(doc, 'connectors');
  for (const [id, c] of connectors) {
    if (c instanceof Y.Map && (ids.has(String(c.get('from'))) || ids.has(String(c.get('to'))))) connectors.delete(id);
  }
  for (const root of ['votes', 'comments'] as const) {
    const map = recordsMap(doc, root);
    for (const [id, record] of map) {
      if (record instanceof Y.Map && ids.has(String(record.get('targetId')))) map.delete(id);
    }
  }
}
