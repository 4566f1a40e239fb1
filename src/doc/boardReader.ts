import type * as Y from 'yjs';
import type { Board } from '../model/index.ts';
import { RECORD_ROOTS, recordsMap, type RecordMap, type RecordRoot } from './layout.ts';
import { docToBoard, type ReadCache } from './read.ts';

export interface BoardReader {
  /** The board as plain data; the same object until a transaction changes the document. */
  read(): Board;
  /** Calls back after each transaction that changed the document. */
  subscribe(onChange: () => void): () => void;
}

/** Any shared type, as far as finding the record it belongs to needs. */
interface Shared {
  readonly parent: Shared | null;
}

/**
 * Reads a document's board again after each change, re-reading only the records the change
 * touched. An untouched record keeps its object, and a root none of whose records changed
 * keeps its whole list, so what is derived from them (layout, memoised nodes) can tell
 * "unchanged" by identity. On a 1,000-card map a remote move re-read every card and compared
 * every node field by field, about a third of the time from the update to the screen.
 *
 * It watches the document from the moment it is made, so a read is current with or without a
 * subscriber; `boardReaderFor` keeps one per document.
 */
export function createBoardReader(doc: Y.Doc): BoardReader {
  const roots = new Map<Shared, RecordRoot>(RECORD_ROOTS.map((root) => [recordsMap(doc, root), root]));
  const records = new WeakMap<RecordMap, object | null>();
  // The last list built per root, and the roots whose list a change has made stale: a stale
  // list is kept to sort the next one from.
  const lists = new Map<RecordRoot, unknown[]>();
  const stale = new Set<RecordRoot>();
  let board: Board | null = null;
  const listeners = new Set<() => void>();

  const cache: ReadCache = {
    record(m, read) {
      if (records.has(m)) return records.get(m) as ReturnType<typeof read>;
      const record = read();
      records.set(m, record);
      return record;
    },
    list<T>(root: RecordRoot, build: (previous: readonly T[] | undefined) => T[]): T[] {
      let list = lists.get(root) as T[] | undefined;
      if (!list || stale.has(root)) {
        lists.set(root, (list = build(list)));
        stale.delete(root);
      }
      return list;
    },
  };

  /** Drops the reads a transaction made stale: each changed record, and its root's list. */
  const forget = (changed: Map<Shared, Set<string | null>>) => {
    for (const [type, keys] of changed) {
      const root = roots.get(type);
      if (root) {
        // A record added, removed or replaced. A record made in this transaction is not
        // listed as changed itself, so its entry goes too, in case it was read half-built.
        stale.add(root);
        for (const key of keys) {
          const record = key === null ? undefined : recordsMap(doc, root).get(key);
          if (record) records.delete(record);
        }
        continue;
      }
      // A change inside a record (a field, a Y.Text, the lane's scores): climb to the record.
      let record = type;
      let parent = record.parent;
      while (parent && !roots.has(parent)) {
        record = parent;
        parent = record.parent;
      }
      if (!parent) continue; // meta or session: read afresh every time anyway
      records.delete(record as unknown as RecordMap);
      stale.add(roots.get(parent)!);
    }
    board = null;
  };

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.changed.size === 0) return;
    forget(transaction.changed as unknown as Map<Shared, Set<string | null>>);
    for (const listener of listeners) listener();
  };

  doc.on('afterTransaction', onTransaction);
  return {
    read() {
      board ??= docToBoard(doc, cache);
      return board;
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

const readers = new WeakMap<Y.Doc, BoardReader>();

/** The one reader of a document, made on first use. */
export function boardReaderFor(doc: Y.Doc): BoardReader {
  let reader = readers.get(doc);
  if (!reader) readers.set(doc, (reader = createBoardReader(doc)));
  return reader;
}
