import { describe, expect, it } from 'vitest';
import type { Board } from './board.ts';
import { unplacedCards } from './board.ts';
import { safeHref } from './card.ts';
import { isBoardId } from './ids.ts';
import { orderAt } from './order.ts';

const card = (id: string, stageId: string, laneId: string) => ({ id, stageId, laneId }) as Board['cards'][number];

describe('model', () => {
  it('counts cards of a missing stage or lane, or of an emotion lane, as unplaced', () => {
    const board = {
      stages: [{ id: 's' }] as Board['stages'],
      lanes: [{ id: 'l', kind: 'touchpoints' }, { id: 'e', kind: 'emotion' }] as Board['lanes'],
      cards: [card('ok', 's', 'l'), card('noStage', 'x', 'l'), card('noLane', 's', 'x'), card('inEmotion', 's', 'e')],
    };
    expect(unplacedCards(board).map((c) => c.id)).toEqual(['noStage', 'noLane', 'inEmotion']);
  });

  it('follows only http, https and mailto links', () => {
    expect(safeHref('https://example.com/a?b')).toBe('https://example.com/a?b');
    expect(safeHref('mailto:ann@example.com')).toBe('mailto:ann@example.com');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref('')).toBeNull();
    expect(safeHref('  ')).toBeNull();
    expect(safeHref(' https://example.com ')).toBe('https://example.com/');
  });

  it('accepts only well-formed board ids', () => {
    expect(isBoardId('abc123def456ghij')).toBe(true);
    expect(isBoardId('../etc/passwd')).toBe(false);
    expect(isBoardId('short')).toBe(false);
    expect(isBoardId(42)).toBe(false);
  });

  it('puts a key strictly between neighbours, even past two equal keys', () => {
    const between = orderAt([{ id: 'a', order: 'a0' }, { id: 'b', order: 'a0' }, { id: 'c', order: 'a1' }], 1);
    expect(between > 'a0' && between < 'a1').toBe(true);
    expect(orderAt([], 0)).toBe('a0');
  });
});
