// The policy for names that are members of Object.prototype, and for `__proto__`: `constructor`,
// `hasOwnProperty`, `toString`… are ordinary names everywhere (validate, compile, both simulator
// engines, the JSON/TS/Mermaid exports and the generated tests keep them and use them); `__proto__`
// is refused by validate, located at each place it is written, so nothing downstream ever meets it.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { validateText } from '../lint/validateText';
import type { Cohort } from '../model/cohort';
import type { Journey } from '../model/journey';
import { createJourneyMachine } from '../compile/createJourneyMachine';
import { exportJourney } from '../compile/exports/exportJourney';
import { mermaidLabel } from '../compile/exports/mermaidLabel';
import { generateTests } from '../testgen/generateTests';
import { simulate } from '../sim/simulate';
import { documentsNamedEverywhere, PROTOTYPE_NAMES, type IdUse } from './namedEverywhere';
import { runModuleInSandbox } from './runModuleInSandbox';

const ORDINARY = PROTOTYPE_NAMES.filter((n) => n !== '__proto__');
const USES: IdUse[] = ['node', 'stage', 'team'];

function validated(name: string, use: IdUse): { journey: Journey; cohort: Cohort; ids: ReturnType<typeof documentsNamedEverywhere>['ids'] } {
  const docs = documentsNamedEverywhere(name, use);
  const c = validateText(docs.cohortText, { expect: 'cohort' });
  expect(c.diagnostics).toEqual([]);
  const j = validateText(docs.journeyText, { cohort: c.cohort! });
  expect(j.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { journey: j.journey!, cohort: c.cohort!, ids: docs.ids };
}

/** A customer of segment "main" whose attribute `name` is `label`. */
const customer = (name: string, label: string) => ({ id: '7', segment: 'main', score: 1, [name]: label });

describe.each(ORDINARY)('the name %s', (name) => {
  it.each(USES)('validates, compiles and simulates alike in both engines (as the id of a %s, if a slug)', (use) => {
    const { journey, cohort, ids } = validated(name, use);
    const runs = (['fast', 'reference'] as const).map((engine) => simulate(journey, cohort, { customers: 300, seed: 3, engine }));
    const [fast, reference] = runs;
    expect({ ...fast!, engine: 'same' }).toEqual({ ...reference!, engine: 'same' });
    // The event is emitted and taken, the guard on the attribute holds for the label, the segment is there.
    expect(fast!.edges['named-event']!.count).toBeGreaterThan(0);
    expect(fast!.outcomes.ok!.count).toBeGreaterThan(0);
    expect(Object.keys(fast!.segments)).toEqual([ids.segment, 'rest']);
    expect(Object.keys(fast!.nodes)).toContain(ids.node);
    expect(Object.keys(fast!.teams)).toEqual([ids.team]);
    expect(Object.keys(fast!.emotion.byStage)).toEqual([ids.stage]);
    // The segment's own p (0.8) is used for it, the edge's (0.5) for the others.
    const share = (seg: string) => fast!.edges['named-event']!.bySegment[seg]! / fast!.segments[seg]!.customers;
    expect(share(ids.segment)).toBeGreaterThan(share('rest'));
  });

  it('runs in the compiled machine and in the exported TS module: event, variable, attribute', () => {
    const { journey, ids } = validated(name, 'node');
    const exported = runModuleInSandbox(exportJourney(journey, 'ts'), ['xstate', '@marcbachmann/cel-js']);
    expect(exported.syntaxErrors).toEqual([]);
    for (const machine of [createJourneyMachine(journey), exported.exports.machine as ReturnType<typeof createJourneyMachine>]) {
      const actor = createActor(machine, { input: { customer: customer(name, name) } }).start();
      expect(actor.getSnapshot().value).toEqual({ [ids.stage]: ids.node });
      actor.send({ type: name });
      actor.send({ type: 'work.start' });
      actor.send({ type: 'work.done' });
      const snapshot = actor.getSnapshot();
      expect(snapshot.output).toEqual({ outcome: 'ok', result: 'success' });
      expect(snapshot.context.journey).toEqual({ [name]: 1 });
      expect(Object.keys(snapshot.context.journey)).toEqual([name]);
    }
  });

  it('is kept by the JSON, Mermaid and test exports', () => {
    const { journey, ids } = validated(name, 'node');
    const json = JSON.parse(exportJourney(journey, 'json')) as { machine: { states: Record<string, { states: Record<string, { on: Record<string, unknown> }> }> }; vars: object; customer: object };
    expect(Object.keys(json.machine.states[ids.stage]!.states[ids.node]!.on)).toEqual([name, expect.stringMatching(/^xstate\.after\./)]);
    expect(Object.keys(json.vars)).toEqual([name]);
    expect(Object.keys(json.customer)).toEqual([name, 'score']);
    const mermaid = exportJourney(journey, 'mermaid');
    expect(mermaid).toContain(` : ${mermaidLabel(name)}\n`);
    const tests = generateTests(journey);
    expect(tests).toContain(`actor.send({ type: ${JSON.stringify(name)} })`);
  });
});

describe('the name __proto__', () => {
  it.each(USES)('is refused by validate at each place it is written, and nothing else breaks (id use %s)', (use) => {
    const docs = documentsNamedEverywhere('__proto__', use);
    const refused = (text: string) => {
      const { diagnostics } = validateText(text, { file: 'named.json' });
      const found = diagnostics.filter((d) => d.code === 'J045');
      for (const d of found) {
        expect(d.severity).toBe('error');
        expect(d.message).toMatch(/rename it/);
        expect(text.split('\n')[d.start!.line - 1]).toContain('"__proto__"');
      }
      return found.map((d) => d.path.join('.'));
    };
    // Keys inside a refused key's value are part of it; the schema never sees any of them.
    expect(refused(docs.journeyText)).toEqual(['customer.__proto__', 'vars.__proto__', 'edges.0.event', 'edges.0.actions.0.var']);
    expect(refused(docs.cohortText)).toEqual(['segments.0.attributes.__proto__', 'segments.1.attributes.__proto__']);
  });

  it('is refused as an event, an assigned variable and a key, each with its place', () => {
    const journey = JSON.parse(documentsNamedEverywhere('constructor').journeyText) as Record<string, unknown> & { edges: Record<string, unknown>[] };
    journey.edges[0]!.event = '__proto__';
    journey.edges[0]!.actions = [{ type: 'assign', var: '__proto__', expr: '1' }];
    journey.vars = JSON.parse('{"constructor": 0, "__proto__": 1}');
    const { diagnostics } = validateText(JSON.stringify(journey, null, 2));
    const refused = diagnostics.filter((d) => d.code === 'J045').map((d) => [d.path.join('.'), d.edgeId]);
    expect(refused).toEqual([
      ['vars.__proto__', undefined],
      ['edges.0.event', 'named-event'],
      ['edges.0.actions.0.var', 'named-event'],
    ]);
    // Not also "undeclared" (J029): declaring it is no way out.
    expect(diagnostics.map((d) => d.code)).not.toContain('J029');
  });
});
