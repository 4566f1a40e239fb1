import type * as Y from 'yjs';
import { compareOrder, orderAt } from '../model/index.ts';
import { readString } from './fields.ts';
import { recordsMap, type RecordMap, type RecordRoot } from './layout.ts';

interface Sibling {
  id: string;
  order: string;
}

/** The records of `root` that `belongs` accepts, sorted by order, `exceptId` left out. */
export function siblings(
  doc: Y.Doc,
  root: RecordRoot,
  belongs: (m: RecordMap) => boolean,
  exceptId?: string,
): Sibling[] {
  const out: Sibling[] = [];
  recordsMap(doc, root).forEach((m, id) => {
    if (id === exceptId || typeof m?.get !== 'function' || !belongs(m)) return;
    out.push({ id, order: readString(m, 'order', 'a0') });
  });
  return out.sort(compareOrder);
}

/** The order key for position `index` among the siblings; past the end appends. */
export function orderFor(
  doc: Y.Doc,
  root: RecordRoot,
  index: number | undefined,
  belongs: (m: RecordMap) => boolean = () => true,
  exceptId?: string,
): string {
  const list = siblings(doc, root, belongs, exceptId);
  return orderAt(list, index ?? list.length);
}
