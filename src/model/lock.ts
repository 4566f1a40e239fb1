import type { z } from 'zod';
import { ref } from './field.ts';
import { defineRecord } from './record.ts';

/**
 * A stage, lane or card the facilitator locked, so that participants cannot move, rename or
 * delete it by accident; its id is the locked record's, so a record is locked once. Only the
 * facilitator and the owner lock, unlock or change what is locked (server/updates/locks.ts).
 */
export const LOCK = defineRecord('locks', 'lock', 20_000, {
  targetId: ref('Locked', { required: true }),
});

export const LockSchema = LOCK.schema;
export type Lock = z.infer<typeof LockSchema>;
