import { z } from 'zod';
import { NODE_KINDS } from '../../nodes/registry';
import { journeySchema } from './journey';
import { cohortSchema } from './cohort';

export type JsonSchema = Record<string, unknown>;

/** Where editors find the schemas (identifiers only: nothing is ever fetched from them). */
export const JOURNEY_SCHEMA_URI = 'inmemory://journey-studio/journey.schema.json';
export const COHORT_SCHEMA_URI = 'inmemory://journey-studio/cohort.schema.json';

const FIELD_DOCS: Record<string, string> = {
  format: 'The document format: always "journey/1".',
  id: 'A slug: lower-case letters, digits and "-".',
  name: 'The name shown in the workbench.',
  cohort: 'Default cohort for simulation: a path relative to this file (e.g. "retail.cohort.json").',
  customer: 'Declared customer attributes and their types (`segment` is always there).',
  vars: 'Journey variables (context.journey) with their initial values.',
  stages: 'Stages: the columns of the map, left to right.',
  lanes: 'Blueprint lanes, top to bottom: evidence, customer, frontstage, backstage, support.',
  teams: 'Teams that do the work of nodes (`work.team`).',
  start: 'The id of the node every customer starts in.',
  nodes: 'The steps of the journey.',
  edges: 'Transitions: exactly one trigger each (`event`, `after` or `always`).',
};

function describeFields(schema: JsonSchema, docs: Record<string, string>): void {
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  if (!props) return;
  for (const [key, text] of Object.entries(docs)) if (props[key] && !props[key].description) props[key].description = text;
}

/** The JSON Schema of `*.journey.json`, generated from the zod schema, with each node kind described. */
export function journeyJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(journeySchema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }) as JsonSchema;
  delete schema.$schema;
  schema.title = 'Journey Studio journey (journey/1)';
  describeFields(schema, FIELD_DOCS);
  const nodes = (schema.properties as Record<string, JsonSchema>).nodes;
  const variants = ((nodes?.items as JsonSchema | undefined)?.oneOf ?? (nodes?.items as JsonSchema | undefined)?.anyOf) as JsonSchema[] | undefined;
  for (const variant of variants ?? []) {
    const kind = ((variant.properties as Record<string, JsonSchema> | undefined)?.kind?.const) as string | undefined;
    const descriptor = NODE_KINDS.find((k) => k.kind === kind);
    if (descriptor) {
      variant.title = `${descriptor.title} node`;
      variant.description = descriptor.description;
    }
  }
  return schema;
}

/** The JSON Schema of `*.cohort.json`. */
export function cohortJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(cohortSchema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }) as JsonSchema;
  delete schema.$schema;
  schema.title = 'Journey Studio cohort (cohort/1)';
  describeFields(schema, { format: 'The document format: always "cohort/1".', segments: 'Customer segments; their shares sum to 1.' });
  return schema;
}
