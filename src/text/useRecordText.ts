import { useEffect } from 'react';
import * as Y from 'yjs';
import { getRecord, type EditContext, type RecordRoot } from '../doc/index.ts';
import { textField } from '../doc/text.ts';

/**
 * The Y.Text in one field of a record (a card's title, a strategy item's text), or null when
 * the record is gone. Read on each render: the caller re-renders after every change to the
 * document (it holds the board from useBoard). A record written by an older or broken client
 * may hold a plain string there; it is turned into a Y.Text once, outside any undo step, so
 * that people can type into it together.
 */
export function useRecordText(ctx: EditContext, root: RecordRoot, id: string, field: string): Y.Text | null {
  const record = getRecord(ctx.doc, root, id);
  const value = record?.get(field);
  const text = value instanceof Y.Text ? value : null;
  const needsText = record !== undefined && text === null;
  useEffect(() => {
    if (needsText && record) textField(record, field);
  }, [needsText, record, field]);
  return text;
}
