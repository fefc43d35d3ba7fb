import { z } from 'zod';
import { distributionSchema, idSchema } from './primitives';

export const COHORT_FORMAT = 'cohort/1';

export const segmentSchema = z.looseObject({
  id: idSchema,
  name: z.string(),
  share: z.number().min(0).max(1),
  attributes: z.record(z.string(), distributionSchema).optional(),
  patience: distributionSchema.optional(),
});

export const cohortSchema = z.looseObject({
  format: z.literal(COHORT_FORMAT),
  id: idSchema,
  name: z.string(),
  description: z.string().optional(),
  segments: z.array(segmentSchema).min(1),
});

export type Cohort = z.infer<typeof cohortSchema>;
export type Segment = z.infer<typeof segmentSchema>;
