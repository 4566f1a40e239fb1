import { translatorFor } from '../i18n/index.ts';
import { CARD, CARD_CSV_KEYS, unplacedCards, type Board, type Card, type Lane } from '../model/index.ts';
import { laneName } from '../model/laneName.ts';

/** The first characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

const HEADER = ['Stage', 'Lane', ...CARD_CSV_KEYS.map((key) => CARD.fields[key].label), 'Votes'];

/** A lane without a title of its own is named after its kind, in the English of the header. */
const laneCell = (lane: Lane | undefined) => (lane ? laneName(lane, translatorFor('en')) : '(no lane)');

function cardCell<K extends (typeof CARD_CSV_KEYS)[number]>(card: Card, key: K): string {
  const field = CARD.fields[key] as { toText(value: Card[K]): string };
  return field.toText(card[key]);
}

/**
 * The touchpoints as a spreadsheet: one row per card, in the map's order (stage, then lane,
 * then the cell's order), unplaced cards last. UTF-8 with a byte order mark, so spreadsheet
 * programs read Chinese and accents correctly; CRLF line ends as RFC 4180 has them.
 */
export function boardToCsv(board: Board): string {
  const stageIndex = new Map(board.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(board.lanes.map((l, i) => [l.id, i]));
  const unplaced = new Set(unplacedCards(board).map((c) => c.id));
  const votes = new Map<string, number>();
  for (const vote of board.votes) votes.set(vote.targetId, (votes.get(vote.targetId) ?? 0) + 1);
  const position = (id: string, index: Map<string, number>) => index.get(id) ?? Number.MAX_SAFE_INTEGER;
  // board.cards is in order already; a stable sort by stage then lane keeps each cell's order.
  const cards = [...board.cards].sort(
    (a, b) =>
      Number(unplaced.has(a.id)) - Number(unplaced.has(b.id)) ||
      position(a.stageId, stageIndex) - position(b.stageId, stageIndex) ||
      position(a.laneId, laneIndex) - position(b.laneId, laneIndex),
  );
  const rows = cards.map((card) => [
    text(board.stages[stageIndex.get(card.stageId) ?? -1]?.title ?? '(no stage)'),
    text(laneCell(board.lanes[laneIndex.get(card.laneId) ?? -1])),
    ...CARD_CSV_KEYS.map((key) => text(cardCell(card, key))),
    String(votes.get(card.id) ?? 0),
  ]);
  return '\uFEFF' + [HEADER, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/**
 * A cell made inert: a leading quote keeps a spreadsheet from running it as a formula. A plain
 * number (an emotion of -2) is no formula, and stays a number.
 */
function text(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
