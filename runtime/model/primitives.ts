import { z } from 'zod';
import { MAX_AMOUNT } from './documentLimits';

/** Ids of everything in a journey: slugs. */
export const ID_PATTERN = /^[a-z0-9-]+$/;
export const idSchema = z.string().regex(ID_PATTERN, { message: 'ids are slugs: lower-case letters, digits and "-" only' });

export const LANE_KINDS = ['evidence', 'customer', 'frontstage', 'backstage', 'support'] as const;
export const laneKindSchema = z.enum(LANE_KINDS);
export type LaneKind = z.infer<typeof laneKindSchema>;

export const CHANNELS = ['web', 'app', 'email', 'sms', 'phone', 'chat', 'branch', 'store', 'mail', 'other'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

/** "90s", "15m", "2h", "3d", "2w" or milliseconds; checked precisely by the linter (J023). */
export const durationSchema = z.union([z.string(), z.number()]);

const scalar = z.union([z.number(), z.string(), z.boolean()]);
const numOrDuration = z.union([z.number(), z.string()]);

/** A distribution: a bare value (fixed) or one of the named forms of DESIGN §2. */
export const distributionObjectSchema = z.discriminatedUnion('dist', [
  z.looseObject({ dist: z.literal('fixed'), value: scalar }),
  z.looseObject({ dist: z.literal('exponential'), mean: numOrDuration }),
  z.looseObject({ dist: z.literal('uniform'), min: numOrDuration, max: numOrDuration }),
  z.looseObject({ dist: z.literal('lognormal'), median: numOrDuration, p90: numOrDuration }),
  z.looseObject({ dist: z.literal('normal'), mean: numOrDuration, sd: numOrDuration }),
  z.looseObject({ dist: z.literal('categorical'), weights: z.record(z.string(), z.number()) }),
  z.looseObject({ dist: z.literal('bernoulli'), p: z.number() }),
]);
export const distributionSchema = z.union([scalar, distributionObjectSchema]);
export type Distribution = z.infer<typeof distributionSchema>;
export type DistributionObject = z.infer<typeof distributionObjectSchema>;
export const DIST_KINDS = ['fixed', 'exponential', 'uniform', 'lognormal', 'normal', 'categorical', 'bernoulli'] as const;

/** A money amount (an outcome's value; may be below 0): at most MAX_AMOUNT in size (else J038). */
export const amountSchema = z.number().min(-MAX_AMOUNT).max(MAX_AMOUNT);
/** A cost (per visit, per hour, per incentive): 0 to MAX_AMOUNT (above it J038). */
export const costSchema = z.number().min(0).max(MAX_AMOUNT);

/** Actions run on entering a node or taking an edge. */
export const actionSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('message'), channel: channelSchema, template: z.string() }),
  z.looseObject({ type: z.literal('task'), team: idSchema, title: z.string() }),
  z.looseObject({ type: z.literal('assign'), var: z.string(), expr: z.string() }),
  z.looseObject({ type: z.literal('incentive'), name: z.string(), cost: amountSchema }),
  z.looseObject({ type: z.literal('track'), name: z.string() }),
]);
export type Action = z.infer<typeof actionSchema>;
export const ACTION_TYPES = ['message', 'task', 'assign', 'incentive', 'track'] as const;

export const positionSchema = z.object({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof positionSchema>;

/** The work a node needs from a team: one staff member for the handle time. */
export const workSchema = z.looseObject({ team: idSchema, handle: distributionSchema });
export type Work = z.infer<typeof workSchema>;

/** Fields every node has, whatever its kind. */
export const baseNodeShape = {
  id: idSchema,
  label: z.string(),
  stage: idSchema.optional(),
  lane: idSchema.optional(),
  position: positionSchema.optional(),
  description: z.string().optional(),
  emotion: z.union([z.number().min(-2).max(2), z.string()]).optional(),
  momentOfTruth: z.boolean().optional(),
  cost: costSchema.optional(),
  actions: z.array(actionSchema).optional(),
  work: workSchema.optional(),
};
