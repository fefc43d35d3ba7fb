import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { validateText } from './validateText';
import { hasErrors } from '../diagnostics/diagnostic';
import { createJourneyMachine } from '../compile/createJourneyMachine';
import { exportJson } from '../compile/exports/exportJson';
import { exportMermaid } from '../compile/exports/exportMermaid';
import { exportTs } from '../compile/exports/exportTs';
import { arbitraryJourneyDocument } from '../testing/arbitraryDocument';
import { arbitraryValidJourney } from '../testing/arbitraryValidJourney';

describe('robustness (property-based)', () => {
  it('random documents never crash the validator, and every diagnostic is located', () => {
    fc.assert(
      fc.property(arbitraryJourneyDocument(), (doc) => {
        const v = validateText(JSON.stringify(doc, null, 2), { file: 'r.json' });
        for (const d of v.diagnostics) {
          expect(d.start?.line).toBeGreaterThan(0);
          expect(d.message).not.toMatch(/undefined|\[object Object\]/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('random text never crashes the validator', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const v = validateText(text);
        expect(Array.isArray(v.diagnostics)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('every random journey that validates compiles to a machine xstate accepts and can start', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(arbitraryValidJourney(), arbitraryJourneyDocument()), (doc) => {
        const v = validateText(JSON.stringify(doc));
        const journey = v.journey;
        if (!journey || hasErrors(v.diagnostics)) return;
        valid++;
        const machine = createJourneyMachine(journey);
        const actor = createActor(machine, { input: { customer: { income: 60000, segment: 'a' } } });
        actor.start();
        expect(['active', 'done']).toContain(actor.getSnapshot().status);
        actor.stop();
        expect(exportTs(journey)).toContain('createMachine');
        expect(() => JSON.parse(exportJson(journey))).not.toThrow();
        expect(exportMermaid(journey)).toMatch(/^stateDiagram-v2/);
      }),
      { numRuns: 400 },
    );
    // The generator must actually produce valid journeys, or the property says nothing.
    expect(valid).toBeGreaterThan(100);
  });
});
