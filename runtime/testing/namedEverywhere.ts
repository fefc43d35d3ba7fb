// A journey and its cohort that use one name everywhere a name can go: event, journey variable,
// customer attribute, categorical label, segment override key, and, when the name is a slug, the id
// of a node, a stage or a team and of a segment. For the tests of names that are also members of
// Object.prototype (`constructor`, `toString`…) or JavaScript's `__proto__`. Objects are built
// with computed keys, so `__proto__` is an own key (as JSON.parse makes it) and shows in the text.
import { ID_PATTERN } from '../model/primitives';

/** Names of Object.prototype and the one JavaScript reads as an object's prototype. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf'] as const;

/** Which id takes the name, when it is a slug (ids are unique across nodes, stages and teams). */
export type IdUse = 'node' | 'stage' | 'team';

export interface NamedDocuments {
  journeyText: string;
  cohortText: string;
  /** The ids the journey ended up with. */
  ids: { node: string; stage: string; team: string; segment: string };
}

/**
 * visit --<name>--> route --[customer.<name> == "<name>"]--> ok, else other; visit --3d--> gone, and
 * QUIT anywhere in the stage --> gone. The event assigns journey.<name> + 1 to journey.<name>;
 * route needs the team's work. Half the cohort is
 * segment <name> (or "main") whose attribute <name> is the label <name> or "other"; its override
 * makes the event likelier.
 */
export function documentsNamedEverywhere(name: string, idUse: IdUse = 'node'): NamedDocuments {
  const slug = ID_PATTERN.test(name);
  const idFor = (use: IdUse, fallback: string) => (slug && idUse === use ? name : fallback);
  const ids = { node: idFor('node', 'visit'), stage: idFor('stage', 'explore'), team: idFor('team', 'advisors'), segment: slug ? name : 'main' };
  const journey = {
    format: 'journey/1',
    id: 'named',
    name: `Named ${name}`,
    customer: { [name]: 'string', score: 'number' },
    vars: { [name]: 0 },
    stages: [{ id: ids.stage, name: 'Explore' }],
    teams: [{ id: ids.team, name: 'Advisors', staff: 2 }],
    start: ids.node,
    nodes: [
      { id: ids.node, kind: 'touchpoint', label: 'Visit', channel: 'web', stage: ids.stage },
      { id: 'route', kind: 'decision', label: 'Route', work: { team: ids.team, handle: '10m' } },
      { id: 'ok', kind: 'outcome', label: 'OK', result: 'success' },
      { id: 'other', kind: 'outcome', label: 'Other', result: 'neutral' },
      { id: 'gone', kind: 'outcome', label: 'Gone', result: 'failure' },
    ],
    edges: [
      {
        id: 'named-event', from: ids.node, to: 'route', event: name,
        actions: [{ type: 'assign', var: name, expr: `journey.${name} + 1` }],
        sim: { p: 0.5, delay: '1d', segments: { [ids.segment]: { p: 0.8 } } },
      },
      { id: 'timeout', from: ids.node, to: 'gone', after: '3d' },
      { id: 'quit', from: ids.stage, to: 'gone', event: 'QUIT', sim: { p: 0.1, delay: '2d' } },
      { id: 'to-ok', from: 'route', to: 'ok', always: true, guard: `customer.${name} == ${JSON.stringify(name)}` },
      { id: 'to-other', from: 'route', to: 'other', always: true },
    ],
  };
  const cohort = {
    format: 'cohort/1',
    id: 'named-cohort',
    name: 'Named cohort',
    segments: [
      { id: ids.segment, name: 'Named', share: 0.5, attributes: { [name]: { dist: 'categorical', weights: { [name]: 3, other: 1 } }, score: 1 } },
      { id: 'rest', name: 'Rest', share: 0.5, attributes: { [name]: 'other', score: { dist: 'normal', mean: 5, sd: 1 } } },
    ],
  };
  return { journeyText: JSON.stringify(journey, null, 2), cohortText: JSON.stringify(cohort, null, 2), ids };
}
