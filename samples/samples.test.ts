import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateText } from '../runtime/lint/validateText';
import { nodeKind } from '../nodes/registry';
import { simulate } from '../runtime/sim/simulate';

const dir = join(process.cwd(), 'samples');
const journeys = readdirSync(dir).filter((f) => f.endsWith('.journey.json')).sort();

describe('the sample workspace', () => {
  it('has at least six journeys, each with its cohort', () => {
    expect(journeys.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of journeys) {
    describe(file, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const journey = validateText(text).journey!;
      const cohortFile = journey.cohort!;
      const cohortV = validateText(readFileSync(join(dir, cohortFile), 'utf8'), { file: cohortFile });

      it('its cohort validates with no problem at all', () => {
        expect(cohortV.diagnostics).toEqual([]);
      });

      it('validates with no error and no warning against its cohort', () => {
        expect(validateText(text, { file, cohort: cohortV.cohort! }).diagnostics).toEqual([]);
      });

      it('uses stages, blueprint lanes, teams, moments of truth, a timer, a segment rule and several outcomes', () => {
        expect(journey.stages!.length).toBeGreaterThanOrEqual(3);
        expect(new Set(journey.nodes.map((n) => n.lane)).size).toBeGreaterThanOrEqual(3);
        expect(journey.teams!.length).toBeGreaterThanOrEqual(1);
        expect(journey.nodes.some((n) => n.work)).toBe(true);
        expect(journey.nodes.some((n) => n.momentOfTruth)).toBe(true);
        expect(journey.edges.some((e) => e.after !== undefined)).toBe(true);
        expect(journey.edges.some((e) => e.guard?.includes('customer.segment'))).toBe(true);
        const results = journey.nodes.map((n) => nodeKind(n.kind)?.compile?.(n as never).final?.result).filter(Boolean);
        expect(results).toContain('success');
        expect(new Set(results).size).toBeGreaterThanOrEqual(2);
        expect(journey.nodes.every((n) => n.position && n.stage && n.lane)).toBe(true);
      });

      it('models its operation: arrivals over a calendar, every team on a schedule with a target', () => {
        expect(cohortV.cohort!.arrivals?.over).toBeDefined();
        for (const team of journey.teams!) {
          expect(team.schedule?.length, team.id).toBeGreaterThanOrEqual(1);
          expect(team.serviceLevel, team.id).toBeDefined();
        }
      });

      it('the default run (1,000 customers, seed 1) shows a believable service level for every team', () => {
        const r = simulate(journey, cohortV.cohort!, { customers: 1000, seed: 1 });
        for (const team of journey.teams!) {
          const t = r.teams[team.id]!;
          expect(t.offered, team.id).toBeGreaterThan(20);
          // Near the target (some samples sit just below it on purpose, to teach something), never a flood.
          expect(t.serviceLevel!, team.id).toBeGreaterThan(team.serviceLevel!.answer - 0.1);
          expect(t.abandonRate, team.id).toBeLessThan(0.1);
          expect(t.utilization, team.id).toBeGreaterThan(0.02);
          expect(t.utilization, team.id).toBeLessThan(0.95);
        }
      });
    });
  }
});
