import { describe, expect, it } from 'vitest';
import { fileNameFor } from './fileActions';
import { checkImport } from './importExport';
import { minimalCohort, minimalJourney } from '../../runtime/testing/minimalJourney';

describe('checkImport', () => {
  it('accepts journeys and cohorts', () => {
    expect(checkImport('a.journey.json', JSON.stringify(minimalJourney()))).toEqual({ kind: 'journey' });
    expect(checkImport('c.json', JSON.stringify(minimalCohort()))).toEqual({ kind: 'cohort' });
  });
  it('refuses bad JSON with the first problem as the CLI prints it', () => {
    expect(checkImport('x.journey.json', '{ "format": ')).toEqual({ reason: expect.stringMatching(/^x\.journey\.json:1:\d+: error J001 invalid JSON/) });
  });
  it('refuses another format and a wrong shape', () => {
    expect(checkImport('x.json', '{ "format": "other/1" }')).toEqual({ reason: expect.stringMatching(/J002/) });
    const j = minimalJourney();
    j.nodes[0]!.kind = 'teleport';
    expect(checkImport('x.journey.json', JSON.stringify(j))).toEqual({ reason: expect.stringMatching(/J004.*teleport/) });
  });
  it('lets in a document with lint errors, to be fixed in the workbench', () => {
    expect(checkImport('x.journey.json', JSON.stringify({ ...minimalJourney(), start: 'nowhere' }))).toEqual({ kind: 'journey' });
  });
  it('names files by kind', () => {
    expect(fileNameFor('Onboarding v2', 'journey')).toBe('onboarding-v2.journey.json');
    expect(fileNameFor('retail.json', 'cohort')).toBe('retail.cohort.json');
    expect(fileNameFor('My Flow.journey.json', 'journey')).toBe('my-flow.journey.json');
  });
});
