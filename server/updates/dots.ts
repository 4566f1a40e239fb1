import * as Y from 'yjs';
import { CARD, ROUND, SESSION, VOTE } from '../../src/model/index.ts';
import type { Role } from '../capabilities.ts';
import type { DecodedItem } from './decode.ts';
import type { SessionWriter } from './facilitation.ts';
import { RoleRefused, type RoleRefusal } from './roles.ts';
import { deletedWithinUpdate } from './rules.ts';
import type { UpdateInDoc } from './updateInDoc.ts';

/*
 * Dot voting (src/model/round.ts, vote.ts). Rounds are the workshop's: only the owner and the
 * facilitator make or change them. A dot is placed only by the socket whose browser key gives
 * its voter (src/model/voter.ts), only while its round is the one on screen and not revealed,
 * and only on a card the round covers; it is never changed, and only its voter takes it back,
 * while the round is open (the owner may take any away). How many dots count is not decided
 * here: a shared document cannot hold a budget, so the count applies it on reading
 * (src/model/dotCount.ts). Everything is judged against the document before the update.
 */

export function checkDots(doc: Y.Doc, { update, added: items, places, deleted: deletions }: UpdateInDoc, role: Role, writer: SessionWriter): void {
  const votes = doc.getMap<unknown>(VOTE.root);
  const rounds = doc.getMap<unknown>(ROUND.root);
  let roundsChanged = false;
  /** The dots this update makes, by the item that makes each, with the fields it gives them. */
  const made = new Map<DecodedItem, Map<string, unknown>>();
  const fieldsOf = (dot: DecodedItem) => made.get(dot) ?? made.set(dot, new Map()).get(dot)!;
  for (const item of items) {
    const place = places.get(item);
    if (!place) continue;
    const { slot, sub } = place;
    if ((slot.t === 'records' || slot.t === 'record') && slot.kind === ROUND) roundsChanged = true;
    if (slot.t === 'records' && slot.kind === VOTE) {
      const current = sub === null ? undefined : votes._map.get(sub);
      if (current && !current.deleted) refuse('dotUnchanged'); // a dot set over another
      if (item.content.kind === 'type') fieldsOf(item);
    } else if (slot.t === 'record' && slot.kind === VOTE) {
      if (slot.made === null) refuse('dotUnchanged');
      if (sub !== null && item.content.kind === 'any') fieldsOf(slot.made).set(sub, item.content.values[0]);
    }
  }

  const deletedDots = new Set<Y.AbstractType<unknown>>();
  const deletedFields: Y.Item[] = [];
  deletions.forEach((deleted) => {
    const parent = deleted.parent instanceof Y.AbstractType ? deleted.parent : null;
    if (parent === rounds || parent?._item?.parent === rounds) roundsChanged = true;
    if (parent === votes && deleted.content instanceof Y.ContentType) {
      deletedDots.add(deleted.content.type);
      if (role !== 'owner') checkTakeBack(doc, deleted.content.type, writer);
    } else if (parent?._item?.parent === votes) deletedFields.push(deleted);
  });
  // A dot's fields go with it (Yjs deletes a map's values with the map), and never alone.
  if (deletedFields.some((field) => !deletedDots.has(field.parent as Y.AbstractType<unknown>))) refuse('dotUnchanged');

  if (roundsChanged && role !== 'owner' && !leads(doc, writer)) throw new RoleRefused({ code: 'facilitatorOnly' });
  for (const [dot, fields] of made) {
    // Made and taken back within this update (a client that was offline): it never was.
    if (deletedWithinUpdate(update, dot) > 0) continue;
    checkPlaced(doc, fields, writer);
  }
}

function refuse(code: RoleRefusal): never {
  throw new RoleRefused({ code });
}

function leads(doc: Y.Doc, writer: SessionWriter): boolean {
  const hash = doc.getMap<unknown>(SESSION.root).get('facilitatorKeyHash');
  return writer.keyHash !== null && hash === writer.keyHash;
}

/** The round on screen, if it is `roundId` and still open. */
function openRound(doc: Y.Doc, roundId: unknown): Y.Map<unknown> | null {
  if (typeof roundId !== 'string' || roundId === '' || doc.getMap<unknown>(SESSION.root).get('roundId') !== roundId) return null;
  const round = doc.getMap<unknown>(ROUND.root).get(roundId);
  return round instanceof Y.Map && round.get('revealed') !== true ? round : null;
}

function checkPlaced(doc: Y.Doc, fields: Map<string, unknown>, writer: SessionWriter): void {
  const voter = fields.get('voter');
  if (typeof voter !== 'string' || !writer.voterId || voter !== writer.voterId) refuse('dotNotYours');
  const round = openRound(doc, fields.get('roundId'));
  if (!round) refuse('dotRoundClosed');
  const targetId = fields.get('targetId');
  const card = typeof targetId === 'string' ? doc.getMap<unknown>(CARD.root).get(targetId) : undefined;
  if (!(card instanceof Y.Map) || !covers(round, targetId as string, card.get('laneId'))) refuse('dotOutOfRound');
}

function covers(round: Y.Map<unknown>, cardId: string, laneId: unknown): boolean {
  const list = (key: string) => {
    const value = round.get(key);
    return Array.isArray(value) ? value : [];
  };
  return list('cardIds').includes(cardId) || (typeof laneId === 'string' && list('laneIds').includes(laneId));
}

function checkTakeBack(doc: Y.Doc, dot: Y.AbstractType<unknown>, writer: SessionWriter): void {
  if (!(dot instanceof Y.Map)) return; // no dot: nothing of a board to guard
  if (!writer.voterId || dot.get('voter') !== writer.voterId) refuse('dotNotYours');
  if (!openRound(doc, dot.get('roundId'))) refuse('dotRoundClosed');
}
