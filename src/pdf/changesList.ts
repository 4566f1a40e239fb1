import type { MessageId, Translate } from '../i18n/index.ts';
import { STRATEGY_SECTIONS, unplacedCards, type Board, type Card, type ColorName } from '../model/index.ts';
import { diffCounts, type BoardDiff } from '../model/boardDiff.ts';
import { laneName } from '../model/laneName.ts';
import { sectionLabel } from '../model/strategyLayout.ts';

/*
 * What the "What changed since" pages list, as text, before anything is drawn: the journey
 * stage by stage, then the stages and lanes themselves, then the strategy canvas by section.
 */

/** The marker an entry is drawn with: what happened to the thing the entry names. */
export type Mark = 'added' | 'removed' | 'moved' | 'changed' | 'up' | 'down';

export interface Entry {
  mark: Mark;
  title: string;
  details: string[];
}

export interface Group {
  heading: string;
  /** Said beside the heading: "new stage". */
  tag?: string;
  color?: ColorName;
  entries: Entry[];
}

export interface Part {
  heading: string;
  groups: Group[];
}

/** "5 cards added", "2 removed", "1 stage added": only kinds that happened, the noun said once a family. */
export function summaryOf(diff: BoardDiff, t: Translate): string[] {
  const c = diffCounts(diff);
  const family = (counts: [MessageId, number][]) => counts.filter(([, count]) => count > 0).map(([id, count], i) => t(id, { count, first: i === 0 ? 'yes' : 'no' }));
  return [
    ...family([
      ['report.changes.count.cardsAdded', c.cardsAdded],
      ['report.changes.count.cardsRemoved', c.cardsRemoved],
      ['report.changes.count.cardsMoved', c.cardsMoved],
      ['report.changes.count.cardsChanged', c.cardsChanged],
    ]),
    ...family([['report.changes.count.stagesAdded', c.stagesAdded]]),
    ...family([['report.changes.count.stagesRemoved', c.stagesRemoved]]),
    ...family([['report.changes.count.stagesRenamed', c.stagesRenamed]]),
    ...family([['report.changes.count.lanesAdded', c.lanesAdded]]),
    ...family([['report.changes.count.lanesRemoved', c.lanesRemoved]]),
    ...family([['report.changes.count.lanesRenamed', c.lanesRenamed]]),
    // Stages, not points: two emotion lanes moving at one stage is one place to look.
    ...family([['report.changes.count.emotion', new Set(diff.emotion.map((change) => change.stageId)).size]]),
    ...family([
      ['report.changes.count.strategyAdded', c.strategyAdded],
      ['report.changes.count.strategyRemoved', c.strategyRemoved],
      ['report.changes.count.strategyReworded', c.strategyReworded],
    ]),
  ];
}

export function changeParts(diff: BoardDiff, before: Board, after: Board, t: Translate, fieldList: (fields: string[]) => string): Part[] {
  const parts: Part[] = [
    { heading: t('report.part.map'), groups: journeyGroups(diff, before, after, t, fieldList) },
    { heading: t('report.changes.structure'), groups: [{ heading: '', entries: structureEntries(diff, t) }] },
    { heading: t('report.part.strategy'), groups: strategyGroups(diff, t) },
  ];
  return parts.map((part) => ({ ...part, groups: part.groups.filter((group) => group.entries.length > 0) })).filter((part) => part.groups.length > 0);
}

const stageTitle = (title: string, t: Translate) => title || t('report.map.untitledStage');
const cardTitle = (card: Card, t: Translate) => card.title || t('report.map.untitledCard');

/** Each stage of the map as it is now, then the stages removed since: what happened to its cards and its emotion score. */
function journeyGroups(diff: BoardDiff, before: Board, after: Board, t: Translate, fieldList: (fields: string[]) => string): Group[] {
  const addedStages = new Set(diff.stages.added.map((stage) => stage.id));
  const groups = new Map<string, Group>();
  after.stages.forEach((stage, i) => {
    groups.set(stage.id, { heading: `${i + 1}. ${stageTitle(stage.title, t)}`, tag: addedStages.has(stage.id) ? t('report.changes.newStage') : undefined, color: stage.color, entries: [] });
  });
  for (const stage of diff.stages.removed) groups.set(stage.id, { heading: stageTitle(stage.title, t), tag: t('report.changes.removedStage'), color: stage.color, entries: [] });
  const unplaced: Group = { heading: t('report.changes.unplaced'), entries: [] };

  const placeIn = (board: Board) => {
    const off = new Set(unplacedCards(board).map((card) => card.id));
    const lanes = new Map(board.lanes.map((lane) => [lane.id, lane]));
    const stages = new Map(board.stages.map((stage) => [stage.id, stage]));
    return {
      group: (card: Card) => (off.has(card.id) ? unplaced : groups.get(card.stageId)!),
      lane: (card: Card) => (lanes.has(card.laneId) ? laneName(lanes.get(card.laneId)!, t) : ''),
      where: (card: Card) => (off.has(card.id) ? t('report.changes.unplaced') : `${stageTitle(stages.get(card.stageId)!.title, t)} · ${laneName(lanes.get(card.laneId)!, t)}`),
    };
  };
  const was = placeIn(before);
  const is = placeIn(after);
  // Within a stage, in the map's lane order: the entries read down the column as the map does.
  const laneOrder = new Map([...before.lanes, ...after.lanes].map((lane, i) => [lane.id, i]));
  const byLane = (cards: Card[]) => [...cards].sort((a, b) => (laneOrder.get(a.laneId) ?? 0) - (laneOrder.get(b.laneId) ?? 0));

  for (const card of byLane(diff.cards.added)) is.group(card).entries.push({ mark: 'added', title: cardTitle(card, t), details: [is.lane(card)].filter(Boolean) });
  for (const card of byLane(diff.cards.removed)) was.group(card).entries.push({ mark: 'removed', title: cardTitle(card, t), details: [was.lane(card)].filter(Boolean) });
  // A card that moved and changed is one entry: one card, told once.
  const changed = new Map(diff.cards.changed.map((change) => [change.after.id, change]));
  const moved = new Set(diff.cards.moved.map((move) => move.after.id));
  const edited = byLane(after.cards).filter((card) => moved.has(card.id) || changed.has(card.id));
  for (const card of [...edited.filter((c) => moved.has(c.id)), ...edited.filter((c) => !moved.has(c.id))]) {
    const change = changed.get(card.id);
    const old = before.cards.find((c) => c.id === card.id)!;
    const title = change?.fields.includes('title') ? `${cardTitle(old, t)} → ${cardTitle(card, t)}` : cardTitle(card, t);
    const fields = change ? t('report.changes.fields', { fields: fieldList(change.fields.map((field) => t(`report.changes.field.${field}`))) }) : null;
    const details = moved.has(card.id) ? [t('report.changes.moved', { from: was.where(old), to: is.where(card) })] : [is.lane(card)].filter(Boolean);
    is.group(card).entries.push({ mark: moved.has(card.id) ? 'moved' : 'changed', title, details: fields ? [...details, fields] : details });
  }

  const emotionLanes = after.lanes.filter((lane) => lane.kind === 'emotion').length;
  const lanes = new Map([...before.lanes, ...after.lanes].map((lane) => [lane.id, lane]));
  for (const change of diff.emotion) {
    const score = (value: number | null) => (value === null ? t('report.changes.noScore') : signed(value));
    const delta = change.before !== null && change.after !== null ? signed(change.after - change.before) : 'none';
    const values = { before: score(change.before), after: score(change.after), delta, lane: laneName(lanes.get(change.laneId)!, t) };
    const mark = change.before === null || change.after === null ? 'changed' : change.after > change.before ? 'up' : 'down';
    groups.get(change.stageId)!.entries.push({ mark, title: t(emotionLanes > 1 ? 'report.changes.emotionOf' : 'report.changes.emotion', values), details: [] });
  }
  return [...groups.values(), unplaced];
}

/** "+2", "0", "−1": a score or a step on the curve, its sign always said. */
function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

function structureEntries(diff: BoardDiff, t: Translate): Entry[] {
  const stage = (title: string) => stageTitle(title, t);
  const lane = (l: Parameters<typeof laneName>[0]) => laneName(l, t);
  return [
    ...diff.stages.added.map((s) => ({ mark: 'added' as const, title: stage(s.title), details: [t('report.changes.stageAdded')] })),
    ...diff.stages.removed.map((s) => ({ mark: 'removed' as const, title: stage(s.title), details: [t('report.changes.stageRemoved')] })),
    ...diff.stages.renamed.map((r) => ({ mark: 'changed' as const, title: `${stage(r.before.title)} → ${stage(r.after.title)}`, details: [t('report.changes.stageRenamed')] })),
    ...diff.lanes.added.map((l) => ({ mark: 'added' as const, title: lane(l), details: [t('report.changes.laneAdded')] })),
    ...diff.lanes.removed.map((l) => ({ mark: 'removed' as const, title: lane(l), details: [t('report.changes.laneRemoved')] })),
    ...diff.lanes.renamed.map((r) => ({ mark: 'changed' as const, title: `${lane(r.before)} → ${lane(r.after)}`, details: [t('report.changes.laneRenamed')] })),
  ];
}

/** The canvas's sections in fill order, as the strategy page and the appendix name them. */
function strategyGroups(diff: BoardDiff, t: Translate): Group[] {
  const text = (s: string) => s || '—';
  return STRATEGY_SECTIONS.map((section) => ({
    heading: `${section.step ? `${section.step}. ` : ''}${sectionLabel(section, t)}`,
    entries: [
      ...diff.strategy.added.filter((item) => item.sectionId === section.id).map((item) => ({ mark: 'added' as const, title: text(item.text), details: [] })),
      ...diff.strategy.removed.filter((item) => item.sectionId === section.id).map((item) => ({ mark: 'removed' as const, title: text(item.text), details: [] })),
      ...diff.strategy.reworded
        .filter(({ after }) => after.sectionId === section.id)
        .map(({ before, after }) => ({ mark: 'changed' as const, title: text(after.text), details: [t('report.changes.was', { text: text(before.text) })] })),
    ],
  }));
}
