import { z } from 'zod';
import { nodeSchema } from '../../nodes/registry';
import { costSchema, durationSchema, idSchema, laneKindSchema, LANE_KINDS, type LaneKind } from './primitives';
import { edgeSchema } from './edge';

export { edgeSchema, simSchema, triggersOf, type JourneyEdge, type Sim, type Trigger } from './edge';

export const JOURNEY_FORMAT = 'journey/1';

export const stageSchema = z.looseObject({ id: idSchema, name: z.string() });
export const laneSchema = z.looseObject({ id: idSchema, name: z.string(), kind: laneKindSchema });
/** A shift of a team's schedule (DESIGN §2); days, times and overlaps are checked by the linter (J031). */
export const scheduleEntrySchema = z.looseObject({
  days: z.union([z.string(), z.array(z.string())]),
  from: z.string(),
  to: z.string(),
  staff: z.number().int().min(0),
});

/** The team's target: `answer` of the customers offered reach a staff member within `within`. */
export const serviceLevelSchema = z.looseObject({ answer: z.number(), within: durationSchema });

export const teamSchema = z.looseObject({
  id: idSchema,
  name: z.string(),
  /** Headcount on duty at all times, unless the team has a schedule. */
  staff: z.number().int().min(1),
  costPerHour: costSchema.optional(),
  schedule: z.array(scheduleEntrySchema).optional(),
  serviceLevel: serviceLevelSchema.optional(),
  /** At most this share of the customers offered may give up (0…1). */
  maxAbandon: z.number().optional(),
});

export const attributeTypeSchema = z.enum(['number', 'bool', 'string']);

export const journeySchema = z.looseObject({
  format: z.literal(JOURNEY_FORMAT),
  id: idSchema,
  name: z.string(),
  description: z.string().optional(),
  cohort: z.string().optional(),
  customer: z.record(z.string(), attributeTypeSchema).optional(),
  vars: z.record(z.string(), z.unknown()).optional(),
  stages: z.array(stageSchema).optional(),
  lanes: z.array(laneSchema).optional(),
  teams: z.array(teamSchema).optional(),
  start: z.string(),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});

export type Journey = z.infer<typeof journeySchema>;
export type JourneyNode = Journey['nodes'][number];
export type Stage = z.infer<typeof stageSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Team = z.infer<typeof teamSchema>;
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;
export type ServiceLevel = z.infer<typeof serviceLevelSchema>;
export type AttributeType = z.infer<typeof attributeTypeSchema>;

const DEFAULT_LANE_NAMES: Record<LaneKind, string> = {
  evidence: 'Evidence',
  customer: 'Customer actions',
  frontstage: 'Frontstage',
  backstage: 'Backstage',
  support: 'Support processes',
};

/** The lanes of a journey: its own, or the five blueprint lanes when it declares none. */
export function lanesOf(journey: Pick<Journey, 'lanes'>): Lane[] {
  if (journey.lanes && journey.lanes.length > 0) return journey.lanes;
  return LANE_KINDS.map((kind) => ({ id: kind, name: DEFAULT_LANE_NAMES[kind], kind }));
}

