import { CARD, measureNameKey, type CardFields } from '../../model/index.ts';
import { transact, type EditContext } from '../context.ts';
import { getRecord, recordsMap } from '../layout.ts';
import { lockedAmong } from '../locked.ts';
import { readCard, readLane } from '../read.ts';
import { addCard, updateCard } from './cards.ts';
import { addLane } from './lanes.ts';

/** A row to import: the measure of a stage, by name, and what to set (null and '' leave a field as it is). */
export interface MeasureInput {
  row: number;
  stageId: string;
  name: string;
  value: number | null;
  target: number | null;
  unit: string;
}

export interface MeasuresImported {
  added: number;
  updated: number;
  /** Rows whose measure is locked against the person: left as they are. */
  locked: number[];
  /** Rows left out: their stage was deleted meanwhile, or the board holds its most cards. */
  left: number[];
}

/**
 * Imports measures (file/measuresImport.ts reads them), as one undo step: a stage's measure of
 * the same name (in any measures lane; case and spaces aside) gets the row's value, target and
 * unit, each only where the row gives one (a row that gives none changes nothing); a new one
 * goes at the end of its stage's cell in the measures lane the import was asked for, else the
 * first one, which is added when the board has none. A row whose stage someone
 * deleted since it was read, or past the most cards a board holds, is left out and named.
 */
export function importMeasures(ctx: EditContext, rows: readonly MeasureInput[], intoLaneId: string | null = null): MeasuresImported {
  const result: MeasuresImported = { added: 0, updated: 0, locked: [], left: [] };
  if (rows.length === 0) return result;
  const lanes = [...recordsMap(ctx.doc, 'lanes')].flatMap(([id, m]) => {
    const lane = readLane(id, m);
    return lane?.kind === 'metrics' ? [lane] : [];
  });
  lanes.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const metricLanes = new Set(lanes.map((lane) => lane.id));
  const key = (stageId: string, name: string) => `${stageId}\u0000${measureNameKey(name)}`;
  const existing = new Map<string, string>();
  for (const [id, m] of recordsMap(ctx.doc, 'cards')) {
    const card = readCard(id, m);
    if (card && metricLanes.has(card.laneId) && !existing.has(key(card.stageId, card.title))) existing.set(key(card.stageId, card.title), id);
  }
  const locked = new Set(lockedAmong(ctx, existing.values()));
  transact(ctx, () => {
    let laneId = lanes.find((lane) => lane.id === intoLaneId)?.id ?? lanes[0]?.id ?? null;
    for (const row of rows) {
      const patch: Partial<CardFields> = {};
      if (row.value !== null) patch.value = row.value;
      if (row.target !== null) patch.target = row.target;
      if (row.unit) patch.unit = row.unit;
      const id = existing.get(key(row.stageId, row.name));
      if (id) {
        if (locked.has(id)) result.locked.push(row.row);
        else if (Object.keys(patch).length > 0) {
          updateCard(ctx, id, patch);
          result.updated++;
        }
        continue;
      }
      if (!getRecord(ctx.doc, 'stages', row.stageId) || recordsMap(ctx.doc, 'cards').size >= CARD.maxCount) {
        result.left.push(row.row);
        continue;
      }
      laneId ??= addLane(ctx, { kind: 'metrics' });
      const added = addCard(ctx, { stageId: row.stageId, laneId, title: row.name, ...patch });
      existing.set(key(row.stageId, row.name), added);
      result.added++;
    }
  });
  return result;
}
