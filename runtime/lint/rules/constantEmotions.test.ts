import { describe, expect, it } from 'vitest';
import { validateText } from '../validateText';
import { minimalCohort, minimalJourney } from '../../testing/minimalJourney';

function emotional(emotion: unknown, withCohort = false) {
  const doc = minimalJourney();
  doc.nodes[0]!.emotion = emotion;
  const v = validateText(JSON.stringify(doc, null, 2), withCohort ? { cohort: validateText(JSON.stringify(minimalCohort()), { expect: 'cohort' }).cohort! } : {});
  return v.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path.join('.')} ${d.message}`);
}

describe('constant emotions are checked like numbers (J041), not clipped silently', () => {
  it('a CEL emotion that is the same for everyone must be within -2…+2', () => {
    expect(emotional('5.0')).toEqual([expect.stringMatching(/^J041 nodes\.0\.emotion emotion of 'visit' is "5\.0", which gives 5: an emotion is from -2 \(very negative\) to \+2/)]);
    expect(emotional('-2.5')).toEqual([expect.stringMatching(/^J041 .*gives -2\.5:/)]);
    expect(emotional('1.0 / 0.0')).toEqual([expect.stringMatching(/^J041 .*gives no number \(it fails, or is not finite\)/)]);
    expect(emotional('2.0')).toEqual([]);
    expect(emotional(-2)).toEqual([]);
  });

  it('an emotion of the segment is checked for each segment of the cohort; one of the customer is clipped at run time', () => {
    expect(emotional('customer.segment == "old" ? 9.0 : 0.0', true)).toEqual([expect.stringMatching(/^J041 .*gives 9 for segment 'old'/)]);
    expect(emotional('customer.segment == "old" ? 9.0 : 0.0')).toEqual([]);
    expect(emotional('customer.income / 10000.0', true)).toEqual([]);
  });
});
