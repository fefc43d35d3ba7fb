import { z } from 'zod';
import { distributionSchema, durationSchema, idSchema } from './primitives';

export const COHORT_FORMAT = 'cohort/1';

export const segmentSchema = z.looseObject({
  id: idSchema,
  name: z.string(),
  share: z.number().min(0).max(1),
  attributes: z.record(z.string(), distributionSchema).optional(),
  patience: distributionSchema.optional(),
});

/**
 * When the customers come (DESIGN §4): the N customers arrive within [0, over), with a density
 * proportional to weekly[day] × daily[hour]. Lengths and values are checked by the linter (J032).
 */
export const arrivalsSchema = z.looseObject({
  over: durationSchema,
  /** Relative volume by day, Monday first (7 numbers; default flat). */
  weekly: z.array(z.number()).optional(),
  /** Relative volume by hour of the day, 00:00 first (24 numbers; default flat). */
  daily: z.array(z.number()).optional(),
});

export const cohortSchema = z.looseObject({
  format: z.literal(COHORT_FORMAT),
  id: idSchema,
  name: z.string(),
  description: z.string().optional(),
  segments: z.array(segmentSchema).min(1),
  arrivals: arrivalsSchema.optional(),
});

export type Cohort = z.infer<typeof cohortSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Arrivals = z.infer<typeof arrivalsSchema>;
