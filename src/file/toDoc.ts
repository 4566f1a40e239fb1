import * as Y from 'yjs';
import { metaMap, recordsMap, sessionMap, type RecordRoot } from '../doc/layout.ts';
import { isEmptyValue } from '../doc/clean.ts';
import { newText } from '../doc/text.ts';
import type { Board } from '../model/index.ts';

/** The fields of each record kind that people type into together, stored as Y.Text. */
const TEXT_FIELDS: Partial<Record<RecordRoot, readonly string[]>> = {
  cards: ['title', 'body'],
  notes: ['text'],
  strategy: ['text'],
};

/**
 * Writes a whole board into an empty document, ids and order keys as they are: the way a file
 * or a template becomes a live board. One transaction, so it arrives as one update.
 */
export function writeBoardToDoc(doc: Y.Doc, board: Board): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    for (const [key, value] of Object.entries(board.meta)) meta.set(key, value);
    const session = sessionMap(doc);
    for (const [key, value] of Object.entries(board.session)) session.set(key, value);
    writeRecords(doc, 'stages', board.stages);
    writeRecords(doc, 'lanes', board.lanes);
    writeRecords(doc, 'cards', board.cards);
    writeRecords(doc, 'notes', board.notes);
    writeRecords(doc, 'connectors', board.connectors);
    writeRecords(doc, 'strategy', board.strategy);
    writeRecords(doc, 'comments', board.comments);
    writeRecords(doc, 'votes', board.votes);
  });
}

function writeRecords(doc: Y.Doc, root: RecordRoot, records: readonly { id: string }[]): void {
  const map = recordsMap(doc, root);
  const texts = TEXT_FIELDS[root] ?? [];
  for (const { id, ...fields } of records) {
    const record = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(fields)) {
      // Shared types are made even when empty: two people typing into a text that one of them
      // created first would each make their own, and one of them would lose what they typed.
      if (texts.includes(key)) record.set(key, newText(String(value)));
      else if (key === 'scores' && root === 'lanes') record.set(key, new Y.Map(Object.entries(value as Record<string, number>)));
      else if (!isEmptyValue(value)) record.set(key, value);
    }
    map.set(id, record);
  }
}
