import fc from 'fast-check';
import { hasTrait } from '../../nodes/registry';
import { journeySchema } from '../model/journey';
import { BODY_KINDS, exampleFields, prescribedEdges, prescribesEdges, repairGoals } from './kindExamples';
const RESULTS = ['success', 'failure', 'churn', 'abandoned', 'neutral'] as const;
const GUARDS = ['customer.income > 50000', 'customer.segment == "a"', 'journey.reminders < 2', 'customer.digital', '!customer.digital && customer.income < 30000.0'];
const EVENTS = ['GO', 'CLICK', 'CALL', 'REPLY'];
const DELAYS: unknown[] = ['1h', { dist: 'exponential', mean: '1d' }, { dist: 'lognormal', median: '2h', p90: '8h' }, { dist: 'uniform', min: '10m', max: '2h' }, 60000];

type Doc = Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };

/**
 * Random VALID journeys (no lint errors; warnings allowed): a spine that reaches every node, extra
 * edges forward and back (cycles), every kind, stages, work for teams, guards, timers and sims.
 */
export function arbitraryValidJourney(): fc.Arbitrary<Doc> {
  return fc.integer({ min: 2, max: 14 }).chain((body) =>
    fc
      .record({
        kinds: fc.array(fc.constantFrom(...BODY_KINDS), { minLength: body, maxLength: body }),
        outcomes: fc.array(fc.constantFrom(...RESULTS), { minLength: 1, maxLength: 3 }),
        parents: fc.array(fc.nat(), { minLength: body + 3, maxLength: body + 3 }),
        extra: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: body * 2 }),
        stages: fc.array(fc.constantFrom(undefined, 'one', 'two'), { minLength: body, maxLength: body }),
        work: fc.array(fc.boolean(), { minLength: body, maxLength: body }),
        mot: fc.array(fc.boolean(), { minLength: body, maxLength: body }),
        stageEdge: fc.boolean(),
      })
      .map(({ kinds, outcomes, parents, extra, stages, work, mot, stageEdge }) => {
        const allOutcomes = ['success', ...outcomes] as string[];
        const nodes: Record<string, unknown>[] = kinds.map((kind, i) => {
          const n: Record<string, unknown> = { id: `n${i}`, kind: i === 0 ? 'touchpoint' : kind, label: `Node ${i}` };
          // The kind's own fields, from its descriptor's defaults.
          Object.assign(n, exampleFields(String(n.kind)));
          if (stages[i]) n.stage = stages[i];
          if (work[i] && !prescribesEdges(String(n.kind))) n.work = { team: 'team', handle: { dist: 'exponential', mean: '20m' } };
          if (mot[i]) n.momentOfTruth = true;
          n.emotion = (i % 5) - 2;
          if (i % 3 === 0) n.actions = [{ type: 'assign', var: 'reminders', expr: 'journey.reminders + 1' }];
          return n;
        });
        const outcomeIds = allOutcomes.map((result, k) => {
          const id = `o${k}`;
          nodes.push({ id, kind: 'outcome', label: `Outcome ${k}`, result, value: result === 'success' ? 100 : 0 });
          return id;
        });
        const all = [...kinds.map((_, i) => `n${i}`), ...outcomeIds];
        // Out-edges per source in the order they will be written.
        const out = new Map<string, { to: string }[]>();
        const add = (from: string, to: string) => out.set(from, [...(out.get(from) ?? []), { to }]);
        // Spine: every node after the first gets an edge from an earlier non-outcome node.
        for (let j = 1; j < all.length; j++) add(`n${parents[j - 1]! % Math.min(j, body)}`, all[j]!);
        for (const [a, b] of extra) add(`n${a % body}`, all[b % all.length]!);
        const edges: Record<string, unknown>[] = [];
        let e = 0;
        for (let i = 0; i < body; i++) {
          const from = `n${i}`;
          const targets = out.get(from) ?? [{ to: outcomeIds[i % outcomeIds.length]! }];
          const kind = String(nodes[i]!.kind);
          // Rule edges only go forward, so rules never loop (J030); events and timers may go back.
          const forward = (to: string) => (all.indexOf(to) > i ? to : outcomeIds[0]!);
          if (prescribesEdges(kind)) {
            // The kind's own edges (rules, variants) and the fields they need, from its descriptor.
            let k = 0;
            const prescribed = prescribedEdges(kind, targets.map(({ to }) => forward(to)), () => GUARDS[(i + k++) % GUARDS.length]!)!;
            Object.assign(nodes[i]!, prescribed.fields);
            for (const x of prescribed.edges) edges.push({ id: `e${e++}`, from, ...x });
            continue;
          }
          const events = targets.length;
          targets.forEach(({ to }, k) => {
            const pick = (i + k + extra.length) % 4;
            if (hasTrait(kind, 'needs-timer') && k === 0) edges.push({ id: `e${e++}`, from, to, after: '3d' });
            else if (pick === 0) edges.push({ id: `e${e++}`, from, to, after: ['1h', '2d', 3600000][k % 3] });
            else if (pick === 1 && k === targets.length - 1) edges.push({ id: `e${e++}`, from, to: forward(to), always: true, ...(k % 2 ? {} : { guard: GUARDS[k % GUARDS.length] }) });
            else edges.push({ id: `e${e++}`, from, to, event: `${EVENTS[k % EVENTS.length]}_${k}`, sim: { p: Number((0.9 / events).toFixed(3)), delay: DELAYS[(i + k) % DELAYS.length], ...(k === 0 ? { segments: { a: { p: Number((0.5 / events).toFixed(3)) } } } : {}) } });
          });
        }
        if (stageEdge) edges.push({ id: `e${e++}`, from: 'one', to: outcomeIds[outcomeIds.length - 1]!, after: '30d' });
        const doc = {
          format: 'journey/1',
          id: 'random-valid',
          name: 'Random valid journey',
          customer: { income: 'number', digital: 'bool' },
          vars: { reminders: 0 },
          stages: [{ id: 'one', name: 'One' }, { id: 'two', name: 'Two' }],
          teams: [{ id: 'team', name: 'Team', staff: 2, costPerHour: 40 }],
          start: 'n0',
          nodes,
          edges,
        } as Doc;
        return repairGoals(doc, (d) => journeySchema.parse(d), outcomeIds[0]!);
      }),
  );
}

/** A cohort that fits the journeys of arbitraryValidJourney (segments a and b). */
export function validJourneyCohort(): Record<string, unknown> {
  return {
    format: 'cohort/1',
    id: 'random-cohort',
    name: 'Random cohort',
    segments: [
      { id: 'a', name: 'A', share: 0.3, attributes: { income: { dist: 'normal', mean: 60000, sd: 20000 }, digital: { dist: 'bernoulli', p: 0.7 } }, patience: { dist: 'exponential', mean: '30m' } },
      { id: 'b', name: 'B', share: 0.7, attributes: { income: { dist: 'uniform', min: 10000, max: 90000 }, digital: { dist: 'bernoulli', p: 0.3 } } },
    ],
  };
}
