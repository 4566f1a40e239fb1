import { CARD, CARD_CSV_KEYS, PERSONA, measureGap, STRATEGY_ITEM, STRATEGY_SECTIONS, boardResult, cardsInRound, unplacedCards, type Board, type Card } from '../model/index.ts';
import { asLocale, translatorFor, type Translate } from '../i18n/index.ts';
import { laneName } from '../model/laneName.ts';
import { itemsBySection } from '../model/strategyItems.ts';
import { sectionLabel } from '../model/strategyLayout.ts';

/** The first characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

const HEADER = ['Stage', 'Lane', ...CARD_CSV_KEYS.map((key) => CARD.fields[key].label)];
/** The last column: the dots of the latest revealed round (model/dotCount.ts), named by its question. */
const DOTS = 'Dots';
const MEASURE_HEADER = ['Stage', 'Lane', 'Measure', ...(['value', 'target', 'unit', 'better'] as const).map((key) => CARD.fields[key].label), 'Gap', 'Standing', CARD.fields.metricId.label];
const PERSONA_HEADER = ['Persona', ...(['description', 'goals', 'needs', 'frustrations', 'quote'] as const).map((key) => PERSONA.fields[key].label), 'Curves'];
/** The first cell of each table's header: where a reader of the whole file finds a table begin. */
export const TABLE_HEADS: readonly string[] = [HEADER[0]!, PERSONA_HEADER[0]!, STRATEGY_ITEM.fields.sectionId.label];
const STRATEGY_HEADER = [STRATEGY_ITEM.fields.sectionId.label, STRATEGY_ITEM.fields.text.label, STRATEGY_ITEM.fields.stageId.label];

function cardCell<K extends (typeof CARD_CSV_KEYS)[number]>(card: Card, key: K): string {
  const field = CARD.fields[key] as { toText(value: Card[K]): string };
  return field.toText(card[key]);
}

/**
 * The board as a spreadsheet (docs/FILE-FORMAT.md): one row per card, in the map's order
 * (stage, then lane, then the cell's order), unplaced cards last; then one row per measure (a
 * card in a measures lane), with its numbers and gap, in the columns the measures import
 * reads back (file/measuresImport.ts); then one row per persona,
 * with the curves the map draws for them; then one row per strategy item (its section, named
 * in the board's language, its text and the stage it measures), in the canvas's fill order.
 * Tables are parted by an empty line; a board without cards, measures, personas or items has no such
 * table (one with none of them, the cards' header alone). UTF-8 with a byte order mark, so
 * spreadsheet programs read Chinese and accents correctly; CRLF line ends as RFC 4180 has them.
 */
export function boardToCsv(board: Board): string {
  const t = translatorFor(asLocale(board.meta.locale));
  const measures = new Set(board.lanes.filter((lane) => lane.kind === 'metrics').map((lane) => lane.id));
  const cards = board.cards.filter((card) => !measures.has(card.laneId));
  const tables = [
    cards.length > 0 && cardRows({ ...board, cards }, t),
    cards.length < board.cards.length && measureRows(board, measures, t),
    board.personas.length > 0 && personaRows(board, t),
    board.strategy.length > 0 && strategyRows(board, t),
  ].filter((table) => table !== false);
  if (tables.length === 0) tables.push(cardRows(board, t));
  return '\uFEFF' + tables.map((rows) => rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n').join('\r\n');
}

function cardRows(board: Board, t: Translate): string[][] {
  const stageIndex = new Map(board.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(board.lanes.map((l, i) => [l.id, i]));
  const unplaced = new Set(unplacedCards(board).map((c) => c.id));
  // A card the round covered and no one chose has 0 dots; one it did not cover, an empty cell.
  const result = boardResult(board, t('voting.legacyTitle'));
  const round = result?.round;
  const inRound = round ? cardsInRound(round, board.cards) : new Set<string>();
  const dots = (id: string) => (inRound.has(id) ? String(result?.byCard.get(id) ?? 0) : '');
  const position = (id: string, index: Map<string, number>) => index.get(id) ?? Number.MAX_SAFE_INTEGER;
  // board.cards is in order already; a stable sort by stage then lane keeps each cell's order.
  const cards = [...board.cards].sort(
    (a, b) =>
      Number(unplaced.has(a.id)) - Number(unplaced.has(b.id)) ||
      position(a.stageId, stageIndex) - position(b.stageId, stageIndex) ||
      position(a.laneId, laneIndex) - position(b.laneId, laneIndex),
  );
  const laneOf = (id: string) => {
    const lane = board.lanes[laneIndex.get(id) ?? -1];
    return lane ? laneName(lane, t) : t('export.csv.noLane');
  };
  const rows = cards.map((card) => [
    text(board.stages[stageIndex.get(card.stageId) ?? -1]?.title ?? t('export.csv.noStage')),
    text(laneOf(card.laneId)),
    ...CARD_CSV_KEYS.map((key) => text(cardCell(card, key))),
    dots(card.id),
  ]);
  return [[...HEADER, text(round?.title ? `${DOTS} (${round.title})` : DOTS)], ...rows];
}

/** Measures in the map's order: stage, then lane, then the cell's order. */
function measureRows(board: Board, lanes: ReadonlySet<string>, t: Translate): string[][] {
  const stageIndex = new Map(board.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(board.lanes.map((l, i) => [l.id, i]));
  const position = (id: string, index: Map<string, number>) => index.get(id) ?? Number.MAX_SAFE_INTEGER;
  const measures = board.cards
    .filter((card) => lanes.has(card.laneId))
    .sort((a, b) => position(a.stageId, stageIndex) - position(b.stageId, stageIndex) || position(a.laneId, laneIndex) - position(b.laneId, laneIndex));
  const strategy = new Map(board.strategy.map((item) => [item.id, item.text]));
  const rows = measures.map((card) => {
    const gap = measureGap(card);
    const lane = board.lanes[laneIndex.get(card.laneId)!]!;
    return [
      board.stages[stageIndex.get(card.stageId) ?? -1]?.title ?? t('export.csv.noStage'),
      laneName(lane, t),
      card.title,
      card.value === null ? '' : String(card.value),
      card.target === null ? '' : String(card.target),
      card.unit,
      t(`measures.better.${card.better}`),
      gap.distance === null ? '' : String(gap.standing === 'short' ? -gap.distance : gap.distance),
      gap.standing === 'unknown' ? '' : t(gap.standing === 'met' ? 'measures.met' : 'measures.csv.short'),
      card.metricId ? (strategy.get(card.metricId) ?? '') : '',
    ].map(text);
  });
  return [MEASURE_HEADER, ...rows];
}

/** A persona's row ends with its curves: each emotion lane that draws one, as-is or to-be. */
function personaRows(board: Board, t: Translate): string[][] {
  const rows = board.personas.map((persona) => {
    const curves = board.lanes
      .filter((lane) => lane.kind === 'emotion' && lane.personaId === persona.id)
      .map((lane) => `${laneName(lane, t)} (${t(lane.curve === 'toBe' ? 'lanes.curve.toBe' : 'lanes.curve.asIs')})`);
    return [persona.name, persona.description, persona.goals, persona.needs, persona.frustrations, persona.quote, curves.join('; ')].map(text);
  });
  return [PERSONA_HEADER, ...rows];
}

function strategyRows(board: Board, t: Translate): string[][] {
  const stages = new Map(board.stages.map((s) => [s.id, s.title]));
  const bySection = itemsBySection(board.strategy);
  const rows = STRATEGY_SECTIONS.flatMap((section) =>
    (bySection.get(section.id) ?? []).map((item) => [text(sectionLabel(section, t)), text(item.text), text(item.stageId ? (stages.get(item.stageId) ?? '') : '')]),
  );
  return [STRATEGY_HEADER, ...rows];
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
