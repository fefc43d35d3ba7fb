import type { JsonPath } from './diagnostic';
import { nodeKind } from '../../nodes/registry';

/**
 * Where the inspector shows a part of the document: its section and field, by the names the forms
 * show (src/inspector/NodeForm, EdgeForm, JourneyForm, team/TeamEditor). The words of the plain
 * messages: a person editing on the map never sees a JSON key.
 */
export interface InspectorPlace {
  /** The section's title, e.g. "Simulation". */
  section: string;
  /** The field's label, e.g. "Probability p"; none for the section as a whole. */
  field?: string;
}

const NODE_FIELDS: Record<string, InspectorPlace> = {
  id: { section: 'General', field: 'Id' },
  kind: { section: 'General' },
  label: { section: 'General', field: 'Label' },
  description: { section: 'General', field: 'Description' },
  stage: { section: 'General', field: 'Stage' },
  lane: { section: 'General', field: 'Lane' },
  position: { section: 'General' },
  emotion: { section: 'Experience', field: 'Emotion' },
  momentOfTruth: { section: 'Experience', field: 'Moment of truth' },
  cost: { section: 'Experience', field: 'Cost per visit' },
  work: { section: 'Work', field: 'Team' },
  actions: { section: 'Actions on entry' },
};

const EDGE_FIELDS: Record<string, InspectorPlace> = {
  id: { section: 'Trigger' },
  event: { section: 'Trigger', field: 'Event' },
  after: { section: 'Trigger', field: 'After' },
  always: { section: 'Trigger', field: 'Trigger' },
  guard: { section: 'Trigger', field: 'Guard' },
  label: { section: 'Trigger', field: 'Label' },
  from: { section: 'Connection', field: 'From' },
  to: { section: 'Connection', field: 'To' },
  sim: { section: 'Simulation' },
  actions: { section: 'Actions' },
};

const JOURNEY_FIELDS: Record<string, InspectorPlace> = {
  name: { section: 'Journey', field: 'Name' },
  id: { section: 'Journey', field: 'Id' },
  description: { section: 'Journey', field: 'Description' },
  start: { section: 'Journey', field: 'Start node' },
  cohort: { section: 'Journey', field: 'Default cohort (file)' },
  stages: { section: 'Stages' },
  customer: { section: 'Customer attributes' },
  vars: { section: 'Journey variables' },
  teams: { section: 'Teams' },
  nodes: { section: 'the map' },
  edges: { section: 'the map' },
};

const TEAM_FIELDS: Record<string, InspectorPlace> = {
  id: { section: 'Team', field: 'Id' },
  name: { section: 'Team', field: 'Name' },
  costPerHour: { section: 'Team', field: 'Cost per staff hour' },
  staff: { section: 'On duty', field: 'Staff on duty at all times' },
  schedule: { section: 'Shifts' },
  serviceLevel: { section: 'Targets', field: 'Service level target' },
  maxAbandon: { section: 'Targets', field: 'Most abandonment (%)' },
};

const SHIFT_FIELDS: Record<string, string> = { days: 'Days', from: 'Start', to: 'End', staff: 'Staff' };
const ACTION_FIELDS: Record<string, string> = { team: 'Team', var: 'Journey variable', expr: 'Value (CEL)' };

/** "responseRate" → "Response rate" (as the generated forms label a field without a description). */
function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label the generated form gives a kind's own field: its `.describe()` text, else its name in words. */
function kindFieldLabel(kind: string, key: string): InspectorPlace | undefined {
  const d = nodeKind(kind);
  if (!d || !Object.prototype.hasOwnProperty.call(d.props, key)) return undefined;
  let s = (d.props as Record<string, unknown>)[key] as { description?: string; _zod?: { def?: { innerType?: unknown } } } | undefined;
  let description: string | undefined;
  for (let i = 0; s && i < 4; i++) {
    description ??= s.description;
    s = s._zod?.def?.innerType as typeof s;
  }
  return { section: d.title, field: description ?? humanize(key) };
}

const at = (table: Record<string, InspectorPlace>, key: unknown): InspectorPlace | undefined =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/** Where the inspector shows the part of a node at `rel` (relative to the node). */
export function nodePlace(kind: string | undefined, rel: JsonPath): InspectorPlace | undefined {
  const [key, second, third] = rel;
  if (key === undefined) return undefined;
  if (key === 'work' && second === 'handle') return { section: 'Work', field: 'Handle time' };
  if (key === 'actions') return actionPlace('Actions on entry', second, third);
  return at(NODE_FIELDS, key) ?? (kind !== undefined && typeof key === 'string' ? kindFieldLabel(kind, key) : undefined);
}

/** Where the inspector shows the part of an edge at `rel` (relative to the edge). */
export function edgePlace(rel: JsonPath): InspectorPlace | undefined {
  const [key, second] = rel;
  if (key === undefined) return undefined;
  if (key === 'sim') {
    if (second === 'p') return { section: 'Simulation', field: 'Probability p' };
    if (second === 'delay') return { section: 'Simulation', field: 'Delay' };
    if (second === 'segments') return { section: 'Simulation', field: 'per-segment overrides' };
    return { section: 'Simulation' };
  }
  if (key === 'actions') return actionPlace('Actions', second, rel[2]);
  return at(EDGE_FIELDS, key);
}

function actionPlace(section: string, index: unknown, key: unknown): InspectorPlace {
  if (typeof index !== 'number') return { section };
  const field = typeof key === 'string' ? (ACTION_FIELDS[key] ?? humanize(key)) : undefined;
  return field ? { section, field: `${field} of action ${index + 1}` } : { section, field: `action ${index + 1}` };
}

/** Where the team editor shows the part of a team at `rel`. */
export function teamPlace(rel: JsonPath): InspectorPlace | undefined {
  const [key, second, third] = rel;
  if (key === 'serviceLevel' && second === 'answer') return { section: 'Targets', field: 'Answered (%)' };
  if (key === 'serviceLevel' && second === 'within') return { section: 'Targets', field: 'Within' };
  if (key === 'schedule' && typeof second === 'number') {
    const what = typeof third === 'string' ? SHIFT_FIELDS[third] : undefined;
    return { section: 'Shifts', field: what ? `${what} of shift ${second + 1}` : `shift ${second + 1}` };
  }
  return at(TEAM_FIELDS, key);
}

/** Where the journey's own form shows the part of the journey at `path`. */
export function journeyPlace(path: JsonPath): InspectorPlace | undefined {
  const [key, second] = path;
  if (key === 'customer' && typeof second === 'string') return { section: 'Customer attributes', field: second };
  if (key === 'vars' && typeof second === 'string') return { section: 'Journey variables', field: second };
  return at(JOURNEY_FIELDS, key);
}

/** "Simulation › Probability p", or just the section. */
export function placeText(place: InspectorPlace | undefined): string | undefined {
  if (!place) return undefined;
  return place.field ? `${place.section} › ${place.field}` : place.section;
}
