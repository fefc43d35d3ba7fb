import { describe, expect, it } from 'vitest';
import { minimalCohort, minimalJourney } from '../testing/minimalJourney';
import { cohortSchema } from '../model/cohort';
import type { Journey } from '../model/journey';
import { generateLargeJourney } from '../testing/generateLargeJourney';
import { validateText } from './validateText';

const codesAt = (text: string) => validateText(text).diagnostics.map((d) => `${d.code} ${d.start!.line}:${d.start!.column}`);

/** 1-based line and column of the first occurrence of `needle`, counted as editors do (lines end at "\n"). */
function whereIs(text: string, needle: string, from = 0): string {
  const offset = text.indexOf(needle, from);
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

describe('validateText', () => {
  it('refuses a "__proto__" key (J045) written as such or with escapes, and looks for none in a text without that name', () => {
    const plain = JSON.stringify(minimalJourney(), null, 2);
    expect(codesAt(plain)).toEqual([]);
    const literal = plain.replace('"name": "Mini journey",', '"name": "Mini journey",\n  "x-notes": { "__proto__": 1 },');
    expect(codesAt(literal)).toEqual([`J045 ${whereIs(literal, '"__proto__"')}`]);
    // JSON.parse reads "\u005f\u005fproto__" as "__proto__": the text has no "__proto__" in it, yet the key is one.
    const escaped = plain.replace('"name": "Mini journey",', '"name": "Mini journey",\n  "x-notes": { "\\u005f\\u005fproto__": 1 },');
    expect(escaped).not.toContain('__proto__');
    expect(codesAt(escaped)).toEqual([`J045 ${whereIs(escaped, '"\\u005f')}`]);
  });

  it('asks cohortFor once, with the parsed journey, and checks the journey against the cohort it gives (J027)', () => {
    const doc = { ...minimalJourney(), cohort: 'mini.cohort.json', customer: { tier: 'string' } };
    const text = JSON.stringify(doc, null, 2);
    const asked: Journey[] = [];
    const cohort = cohortSchema.parse(minimalCohort());
    const v = validateText(text, { cohortFor: (journey) => (asked.push(journey), cohort) });
    expect(asked.map((j) => j.cohort)).toEqual(['mini.cohort.json']);
    expect(v.diagnostics.map((d) => d.code)).toContain('J027');
    expect(validateText(text).diagnostics.map((d) => d.code)).not.toContain('J027');
    // a text that does not parse never asks
    validateText('{', { cohortFor: (journey) => (asked.push(journey), cohort) });
    expect(asked).toHaveLength(1);
  });

  it('locates diagnostics anywhere in a large text, pretty-printed with CRLF line ends or compact', () => {
    const doc = generateLargeJourney(3000);
    const late = doc.nodes[2900]!;
    late.lane = 'no-such-lane';
    const bad = doc.edges[5000]!;
    bad.to = 'nowhere';
    for (const text of [JSON.stringify(doc, null, 2).replace(/\n/g, '\r\n'), JSON.stringify(doc)]) {
      const found = validateText(text).diagnostics.filter((d) => d.code === 'J011');
      const lane = text.indexOf('"no-such-lane"');
      expect(found.map((d) => `${d.start!.line}:${d.start!.column}`)).toEqual([whereIs(text, '"lane"', lane - 12), whereIs(text, '"to"', text.indexOf(`"${String(bad.id)}"`))]);
    }
  });

  it('with a repeated key, locates at the value that is used, the last one', () => {
    const text = JSON.stringify(minimalJourney(), null, 2).replace(/"start": "([a-z-]+)"/, '"start": "$1",\n  "start": "nowhere"');
    const d = validateText(text).diagnostics.find((x) => x.path[0] === 'start' && x.severity === 'error')!;
    expect(`${d.start!.line}:${d.start!.column}`).toBe(whereIs(text, '"start": "nowhere"'));
  });
});
