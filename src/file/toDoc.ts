import * as Y from 'yjs';
import { metaMap, recordsMap, sessionMap, type RecordRoot } from '../doc/layout.ts';
import { fillRecord } from '../doc/records.ts';
import { META, RECORD_KINDS, SESSION, type Board } from '../model/index.ts';

/**
 * Writes a whole board into an empty document, ids and order keys as they are: the way a file
 * or a template becomes a live board. One transaction, so it arrives as one update.
 */
export function writeBoardToDoc(doc: Y.Doc, board: Board): void {
  doc.transact(() => {
    fillRecord(metaMap(doc), META, board.meta);
    fillRecord(sessionMap(doc), SESSION, board.session);
    for (const root of Object.keys(RECORD_KINDS) as RecordRoot[]) writeRecords(doc, root, board[root]);
  });
}

function writeRecords(doc: Y.Doc, root: RecordRoot, records: readonly { id: string }[]): void {
  const map = recordsMap(doc, root);
  const kind = RECORD_KINDS[root];
  for (const record of records) {
    const fields = new Y.Map<unknown>();
    fillRecord(fields, kind, record);
    map.set(record.id, fields);
  }
}
