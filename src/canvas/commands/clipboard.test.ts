import { describe, expect, it } from 'vitest';
import { addCard, addLane, addStage, docToBoard, updateCard } from '../../doc/index.ts';
import { freshContext } from '../../doc/testing/sync.ts';
import { MAX_PASTED_CARDS, MAX_PASTE_CHARS, parseClipboard, serializeCards } from './clipboard.ts';

describe('clipboard', () => {
  it('round-trips cards with every field but their place', () => {
    const ctx = freshContext();
    const id = addCard(ctx, { stageId: addStage(ctx), laneId: addLane(ctx), title: 'Quote', body: 'hire vs purchase' });
    updateCard(ctx, id, { channel: 'Email', owner: 'Sales', emotion: -1, tags: ['b2b'], color: 'teal', link: 'https://example.com', value: 3.5, target: 2, unit: 'days', better: 'lower', impact: 4, effort: 2 });
    const text = serializeCards(docToBoard(ctx.doc).cards);
    expect(text).not.toContain(id);
    expect(parseClipboard(text)).toEqual({
      cards: [
        { title: 'Quote', body: 'hire vs purchase', channel: 'Email', owner: 'Sales', emotion: -1, tags: ['b2b'], color: 'teal', link: 'https://example.com', value: 3.5, target: 2, unit: 'days', better: 'lower', metricId: null, impact: 4, effort: 2 },
      ],
      dropped: 0,
    });
  });

  it('turns pasted lines into cards, dropping bullets and blank lines', () => {
    const { cards } = parseClipboard('- Research\n\n• Referrals\r\n2. Social Media sites/campaigns\n');
    expect(cards.map((c) => c.title)).toEqual(['Research', 'Referrals', 'Social Media sites/campaigns']);
  });

  it('caps a huge paste and cuts over-long text', () => {
    const { cards, dropped } = parseClipboard(Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n'));
    expect(cards).toHaveLength(MAX_PASTED_CARDS);
    expect(dropped).toBe(1000 - MAX_PASTED_CARDS);
    expect(parseClipboard('x'.repeat(100_000)).cards[0]!.title).toHaveLength(500);
    expect(parseClipboard('x'.repeat(MAX_PASTE_CHARS + 1))).toEqual({ cards: [], dropped: 0, tooLarge: true });
  });

  it('keeps hostile values out', () => {
    const text = JSON.stringify({ type: 'journeyboard/cards', cards: [null, 7, { title: 5, emotion: 99, tags: [1, 'ok'], ['__proto__']: { polluted: true } }] });
    const { cards } = parseClipboard(text);
    expect(cards).toEqual([expect.objectContaining({ title: '', emotion: 2, tags: ['ok'] })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parseClipboard('{not json').cards.map((c) => c.title)).toEqual(['{not json']);
  });
});
