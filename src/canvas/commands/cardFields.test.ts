import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { parseClipboard } from './clipboard.ts';
import { addCard, updateCard } from '../../doc/commands/cards.ts';
import { createEditContext } from '../../doc/context.ts';
import { recordsMap } from '../../doc/layout.ts';
import { docToBoard } from '../../doc/read.ts';
import { boardToCsv } from '../../file/csv.ts';
import { readBoardFile } from '../../file/read.ts';
import { CARD, CARD_CSV_KEYS } from '../../model/card.ts';
import { RECORD_KINDS } from '../../model/kinds.ts';

/** A card's detail fields written straight into the document, as a broken client would. */
function storedCard(fields: Record<string, unknown>) {
  const doc = new Y.Doc();
  const card = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) card.set(key, value);
  recordsMap(doc, 'cards').set('c1', card);
  return docToBoard(doc).cards[0]!;
}

function cardFile(card: Record<string, unknown>): string {
  return JSON.stringify({ type: 'journeyboard', version: 1, board: { cards: [{ id: 'c1', stageId: 's', laneId: 'l', ...card }] } });
}

describe('one definition per record kind', () => {
  it('reads, cleans and pastes an out-of-range emotion alike, and refuses it in a file', () => {
    const ctx = createEditContext(new Y.Doc());
    const id = addCard(ctx, { stageId: 's', laneId: 'l' });
    updateCard(ctx, id, { emotion: 5 });
    const pasted = parseClipboard(JSON.stringify({ type: 'journeyboard/cards', cards: [{ emotion: 5 }] })).cards[0]!;
    expect(docToBoard(ctx.doc).cards[0]!.emotion).toBe(2);
    expect(storedCard({ emotion: 5 }).emotion).toBe(2);
    expect(pasted.emotion).toBe(2);
    const read = readBoardFile(cardFile({ emotion: 5 }));
    expect(read).toMatchObject({ ok: false, error: expect.stringContaining('"board.cards[0].emotion"') });
  });

  it('cuts an over-long text to the same length everywhere it is read leniently', () => {
    const long = 'x'.repeat(CARD.fields.owner.maxLength + 50);
    const ctx = createEditContext(new Y.Doc());
    const id = addCard(ctx, { stageId: 's', laneId: 'l', owner: long });
    const pasted = parseClipboard(JSON.stringify({ type: 'journeyboard/cards', cards: [{ owner: long }] })).cards[0]!;
    expect(docToBoard(ctx.doc).cards.find((c) => c.id === id)!.owner).toHaveLength(CARD.fields.owner.maxLength);
    expect(storedCard({ owner: long }).owner).toHaveLength(CARD.fields.owner.maxLength);
    expect(pasted.owner).toHaveLength(CARD.fields.owner.maxLength);
    expect(readBoardFile(cardFile({ owner: long }))).toMatchObject({ ok: false });
  });

  it('names the spreadsheet columns after the card fields they hold', () => {
    const header = boardToCsv(docToBoard(new Y.Doc())).replace('\uFEFF', '').split('\r\n')[0]!.split(',');
    expect(header).toEqual(['Stage', 'Lane', ...CARD_CSV_KEYS.map((key) => CARD.fields[key].label), 'Dots']);
  });

  it('gives every field of every kind a strict check that its own empty value passes', () => {
    for (const kind of Object.values(RECORD_KINDS)) {
      for (const key of kind.keys) {
        const field = kind.fields[key as keyof typeof kind.fields] as { accepts(v: unknown): boolean; empty: unknown; storage: string };
        if (field.storage === 'map' || field.empty === undefined) continue;
        expect(field.accepts(field.empty), `${kind.root}.${key}`).toBe(true);
      }
    }
  });
});
