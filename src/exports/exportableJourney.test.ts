import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { docFromFile } from '../state/documentState';
import { refusalOf } from './exportableJourney';

const text = readFileSync(new URL('../../samples/mortgage-preapproval.journey.json', import.meta.url), 'utf8');
const file = (t: string) => docFromFile({ id: 'f1', path: 'mortgage.journey.json', kind: 'journey', text: t, rev: 1 });

describe('refusalOf', () => {
  it('lets a valid journey through', () => {
    expect(refusalOf(file(text), 'export')).toBeUndefined();
  });

  it('names the first error, with its code and place', () => {
    const broken = text.replace('"start": "life-event-signal"', '"start": "nowhere"');
    expect(refusalOf(file(broken), 'export the map')).toMatch(/^Cannot export the map: mortgage\.journey\.json has 1 error: fix the problem first\. First: J\d{3} \(Ln \d+, Col \d+\) /);
  });

  it('refuses what is not a journey, or no document', () => {
    expect(refusalOf(undefined, 'export')).toBe('Open a journey to export');
    expect(refusalOf({ ...file(text), kind: 'cohort' }, 'export')).toBe('Open a journey to export');
    expect(refusalOf(file('{ nope'), 'export')).toMatch(/^Cannot export: mortgage\.journey\.json has \d+ errors?: fix the (\d+ )?problems? first\. First: J001/);
  });
});
