import * as Y from 'yjs';
import { RECORD_KINDS, type Board, type RecordKind } from '../../model/index.ts';
import { transact, type EditContext } from '../context.ts';
import { recordsMap, type RecordRoot } from '../layout.ts';
import { assertUnlocked } from '../locked.ts';
import { fillRecord, patchRecord, readRecordFields } from '../records.ts';

/*
 * Bringing back a saved state of the board (a version) as one change: record by record, ids
 * kept, so everyone connected sees the map change in place, and the person who restored can
 * undo it in one step. A record the state lacks is deleted, one it has that the board lacks is
 * made again, and one both hold gets only the fields that differ (a text edited where it
 * differs, a score key by key), so someone typing elsewhere at that moment loses nothing.
 */

/**
 * What a restore brings back: the map (with the personas whose curves it draws) and the
 * strategy canvas. The workshop's own state (its
 * session, rounds, dots and locks) and the comments go on as they are, and so does the title,
 * which only the owner renames.
 */
export const RESTORED_ROOTS = ['stages', 'lanes', 'cards', 'notes', 'connectors', 'strategy', 'personas'] as const satisfies readonly RecordRoot[];

/** The parts of a board a restore reads. */
export type RestoredState = Pick<Board, (typeof RESTORED_ROOTS)[number]>;

/** What a restore will do to one root's records. */
interface Plan {
  root: RecordRoot;
  deleted: string[];
  made: { id: string }[];
  patched: { id: string; map: Y.Map<unknown>; fields: Record<string, unknown>; maps: [key: string, wanted: Record<string, unknown>][] }[];
}

/**
 * Throws Locked, touching nothing, when the restore would change, delete or replace a stage,
 * lane or card the facilitator locked and the person does not lead the workshop: the server
 * would refuse the whole change. Scores are not structure, as for any edit.
 */
export function restoreBoardState(ctx: EditContext, state: RestoredState): void {
  const plans = plansFor(ctx, state);
  transact(ctx, () => plans.forEach((plan) => carryOut(ctx.doc, plan)));
}

/** Throws Locked, as restoreBoardState would, without changing anything. */
export function assertRestorable(ctx: EditContext, state: RestoredState): void {
  plansFor(ctx, state);
}

function plansFor(ctx: EditContext, state: RestoredState): Plan[] {
  const plans = RESTORED_ROOTS.map((root) => planRoot(ctx.doc, root, state[root]));
  assertUnlocked(ctx, plans.filter((plan) => LOCKABLE.has(plan.root)).flatMap(touchedIds));
  return plans;
}

const LOCKABLE = new Set<RecordRoot>(['stages', 'lanes', 'cards']);

function touchedIds(plan: Plan): string[] {
  return [...plan.deleted, ...plan.made.map((record) => record.id), ...plan.patched.filter((patch) => Object.keys(patch.fields).length > 0).map((patch) => patch.id)];
}

function planRoot(doc: Y.Doc, root: RecordRoot, records: readonly { id: string }[]): Plan {
  const map = recordsMap(doc, root);
  const kind: RecordKind = RECORD_KINDS[root];
  const wanted = new Set(records.map((record) => record.id));
  const plan: Plan = { root, deleted: [...map.keys()].filter((id) => !wanted.has(id)), made: [], patched: [] };
  for (const record of records) {
    const existing = map.get(record.id);
    const current = existing instanceof Y.Map ? (readRecordFields(kind, existing) as Record<string, unknown> | null) : null;
    if (!(existing instanceof Y.Map) || current === null) {
      plan.made.push(record);
      continue;
    }
    const fields: Record<string, unknown> = {};
    const maps: [string, Record<string, unknown>][] = [];
    for (const key of kind.keys) {
      const value = (record as Record<string, unknown>)[key];
      if (sameValue(current[key], value)) continue;
      if (kind.fields[key]!.storage === 'map') maps.push([key, (value ?? {}) as Record<string, unknown>]);
      else fields[key] = value;
    }
    if (maps.length > 0 || Object.keys(fields).length > 0) plan.patched.push({ id: record.id, map: existing, fields, maps });
  }
  return plan;
}

function carryOut(doc: Y.Doc, { root, deleted, made, patched }: Plan): void {
  const map = recordsMap(doc, root);
  const kind: RecordKind = RECORD_KINDS[root];
  for (const id of deleted) map.delete(id);
  for (const record of made) {
    const fields = new Y.Map<unknown>();
    fillRecord(fields, kind, record);
    map.set(record.id, fields);
  }
  for (const { map: record, fields, maps } of patched) {
    patchRecord(record, kind, fields);
    for (const [key, wanted] of maps) reconcileMap(record, key, wanted);
  }
}

/** A map field (an emotion lane's scores), key by key. */
function reconcileMap(record: Y.Map<unknown>, key: string, wanted: Record<string, unknown>): void {
  let found = record.get(key);
  if (!(found instanceof Y.Map)) record.set(key, (found = new Y.Map<unknown>()));
  const map = found as Y.Map<unknown>;
  for (const entry of [...map.keys()]) if (!Object.hasOwn(wanted, entry)) map.delete(entry);
  for (const [entry, value] of Object.entries(wanted)) if (map.get(entry) !== value) map.set(entry, value);
}

/** Field values are plain JSON (strings, numbers, null, lists of tags, score maps). */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
