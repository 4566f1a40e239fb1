import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** An arrow from one card to another. */
export const ConnectorSchema = z.object({
  id: z.string().min(1),
  from: z.string().min(1),
  to: z.string().min(1),
  label: z.string().max(LIMITS.title).default(''),
});
export type Connector = z.infer<typeof ConnectorSchema>;
