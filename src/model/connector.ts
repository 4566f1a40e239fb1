import type { z } from 'zod';
import { ref, string } from './field.ts';
import { LIMITS } from './limits.ts';
import { defineRecord } from './record.ts';

/** An arrow from one card to another. */
export const CONNECTOR = defineRecord('connectors', 'connector', 20_000, {
  from: ref('From', { required: true }),
  to: ref('To', { required: true }),
  label: string('Label', LIMITS.title),
});

export const ConnectorSchema = CONNECTOR.schema;
export type Connector = z.infer<typeof ConnectorSchema>;
