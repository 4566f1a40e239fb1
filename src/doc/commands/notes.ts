import * as Y from 'yjs';
import { NOTE, isColorName, newId, type ColorName } from '../../model/index.ts';
import { transact, typeText, type EditContext } from '../context.ts';
import { getRecord, recordsMap } from '../layout.ts';
import { fillRecord } from '../records.ts';
import { replaceText, textField } from '../text.ts';
import { removeReferencesTo } from './references.ts';

export interface NoteInput {
  x: number;
  y: number;
  text?: string;
  color?: ColorName;
}

function finite(value: number, fallback = 0): number {
  return Number.isFinite(value) ? value : fallback;
}

export function addNote(ctx: EditContext, input: NoteInput): string {
  const id = newId();
  transact(ctx, () => {
    const note = new Y.Map<unknown>();
    // x and y are stored even at 0: a note's place is never "empty".
    note.set('x', finite(input.x));
    note.set('y', finite(input.y));
    fillRecord(note, NOTE, { color: isColorName(input.color) ? input.color : 'amber', text: NOTE.fields.text.coerce(input.text) ?? '' });
    recordsMap(ctx.doc, 'notes').set(id, note);
  });
  return id;
}

export function moveNote(ctx: EditContext, id: string, x: number, y: number): void {
  const note = getRecord(ctx.doc, 'notes', id);
  if (!note) return;
  transact(ctx, () => {
    note.set('x', finite(x));
    note.set('y', finite(y));
  });
}

export function setNoteText(ctx: EditContext, id: string, value: string): void {
  const note = getRecord(ctx.doc, 'notes', id);
  if (!note) return;
  const clean = NOTE.fields.text.coerce(value) ?? '';
  typeText(ctx, () => replaceText(textField(note, 'text'), clean));
}

export function setNoteColor(ctx: EditContext, id: string, color: ColorName): void {
  const note = getRecord(ctx.doc, 'notes', id);
  if (!note || !isColorName(color)) return;
  transact(ctx, () => note.set('color', color));
}

export function deleteNotes(ctx: EditContext, ids: readonly string[]): void {
  transact(ctx, () => {
    const notes = recordsMap(ctx.doc, 'notes');
    for (const id of ids) notes.delete(id);
    removeReferencesTo(ctx.doc, new Set(ids));
  });
}
