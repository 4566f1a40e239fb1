import { z } from 'zod';
import {
  CardSchema,
  CommentSchema,
  ConnectorSchema,
  LaneSchema,
  MetaSchema,
  NoteSchema,
  StageSchema,
  StrategyItemSchema,
  VoteSchema,
  RoundSchema,
  LockSchema,
  PersonaSchema,
  WorkshopSessionSchema,
  type Board,
} from '../model/index.ts';

/**
 * The Journeyboard file: `{ "type": "journeyboard", "version": N, "source": {...}, "board": {...} }`.
 * docs/FILE-FORMAT.md describes it for people; this is the description the code checks.
 */
export const FILE_TYPE = 'journeyboard';
export const FILE_VERSION = 3;

/** The largest file an import takes, in the browser and on the server: 10,000 cards are about 5 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Where a file came from: the app that wrote it and, for a template, its source document. */
export const FileSourceSchema = z
  .object({
    app: z.string().max(100).optional(),
    exportedAt: z.string().max(100).optional(),
    document: z.string().max(200).optional(),
  })
  .loose();
export type FileSource = z.infer<typeof FileSourceSchema>;

// In a file, order keys may be left out: the records are then in the order the file lists them.
// Fields this version does not know are kept (loose), to be written into the board and handed on.
const optionalOrder = { order: z.string().min(1).max(200).optional() };

export const FileBoardSchema = z.object({
  meta: MetaSchema.loose().prefault({}),
  stages: z.array(StageSchema.extend(optionalOrder).loose()).default([]),
  lanes: z.array(LaneSchema.extend(optionalOrder).loose()).default([]),
  cards: z.array(CardSchema.extend(optionalOrder).loose()).default([]),
  notes: z.array(NoteSchema.loose()).default([]),
  connectors: z.array(ConnectorSchema.loose()).default([]),
  strategy: z.array(StrategyItemSchema.extend(optionalOrder).loose()).default([]),
  comments: z.array(CommentSchema.loose()).default([]),
  rounds: z.array(RoundSchema.loose()).default([]),
  votes: z.array(VoteSchema.loose()).default([]),
  locks: z.array(LockSchema.loose()).default([]),
  personas: z.array(PersonaSchema.extend(optionalOrder).loose()).default([]),
  session: WorkshopSessionSchema.prefault({}),
});

export const BoardFileSchema = z.object({
  type: z.literal(FILE_TYPE),
  version: z.number().int().positive(),
  source: FileSourceSchema.prefault({}),
  board: FileBoardSchema,
});

export interface BoardFile {
  type: typeof FILE_TYPE;
  version: number;
  source: FileSource;
  board: Board;
}

/** The file for a board: every list in the board's order, every record whole. */
export function boardToFile(board: Board, source: FileSource = {}): BoardFile {
  return { type: FILE_TYPE, version: FILE_VERSION, source: { app: 'Journeyboard', ...source }, board };
}

export function serializeBoardFile(file: BoardFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * A board as a template: its map, notes and strategy canvas, without what belongs to one
 * workshop (dot voting rounds and their dots, comments, locks, the spotlight and the timer).
 */
export function boardAsTemplate(board: Board): Board {
  return { ...board, comments: [], rounds: [], votes: [], locks: [], session: WorkshopSessionSchema.parse({}) };
}

/** A template a team saved from one of its boards, as the server lists it (the file apart). */
export interface SavedTemplate {
  id: string;
  name: string;
  createdAt: number;
  /** Counted from the file when it is saved, so a list can say what each holds. */
  stages: number;
  cards: number;
  strategyItems: number;
}
