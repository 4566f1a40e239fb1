import { CARD } from './card.ts';
import { COMMENT } from './comment.ts';
import { CONNECTOR } from './connector.ts';
import { LANE } from './lane.ts';
import { META } from './meta.ts';
import { NOTE } from './note.ts';
import { SESSION } from './session.ts';
import { STAGE } from './stage.ts';
import { STRATEGY_ITEM } from './strategy.ts';
import { LOCK } from './lock.ts';
import { ROUND } from './round.ts';
import { VOTE } from './vote.ts';
import { PERSONA } from './persona.ts';

/** Every kind of record a board holds, by the name of its list (the document's root, the file's key). */
export const RECORD_KINDS = {
  stages: STAGE,
  lanes: LANE,
  cards: CARD,
  notes: NOTE,
  connectors: CONNECTOR,
  strategy: STRATEGY_ITEM,
  comments: COMMENT,
  rounds: ROUND,
  votes: VOTE,
  locks: LOCK,
  personas: PERSONA,
} as const;

export type RecordKindName = keyof typeof RECORD_KINDS;

/** The parts of a board that are one object each. */
export const PART_KINDS = { meta: META, session: SESSION } as const;

export type PartKindName = keyof typeof PART_KINDS;
