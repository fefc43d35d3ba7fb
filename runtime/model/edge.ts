import { z } from 'zod';
import { actionSchema, distributionSchema, durationSchema, idSchema } from './primitives';

const pSchema = z.union([z.number().min(0).max(1), z.string()]);
export const simSchema = z.looseObject({
  p: pSchema.optional(),
  delay: distributionSchema.optional(),
  segments: z.record(z.string(), z.looseObject({ p: pSchema.optional(), delay: distributionSchema.optional() })).optional(),
});

export const edgeSchema = z.looseObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  event: z.string().min(1).optional(),
  after: durationSchema.optional(),
  always: z.literal(true).optional(),
  guard: z.string().optional(),
  actions: z.array(actionSchema).optional(),
  label: z.string().optional(),
  sim: simSchema.optional(),
  /** Out of a `split`: the variant this edge leads (DESIGN §2). */
  variant: idSchema.optional(),
});

export type JourneyEdge = z.infer<typeof edgeSchema>;
export type Sim = z.infer<typeof simSchema>;

/** The trigger of an edge, when it has exactly one. */
export type Trigger = { type: 'event'; event: string } | { type: 'after'; after: string | number } | { type: 'always' };

export function triggersOf(edge: JourneyEdge): Trigger[] {
  const t: Trigger[] = [];
  if (edge.event !== undefined) t.push({ type: 'event', event: edge.event });
  if (edge.after !== undefined) t.push({ type: 'after', after: edge.after });
  if (edge.always !== undefined) t.push({ type: 'always' });
  return t;
}
