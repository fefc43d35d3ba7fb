import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './parseDocument';
import { minimalCohort, minimalJourney } from '../testing/minimalJourney';

describe('parseDocumentText', () => {
  it('recognises journeys and cohorts by format, keeping unknown fields', () => {
    const j = parseDocumentText(JSON.stringify({ ...minimalJourney(), 'x-team-notes': 'keep me' }));
    expect(j.kind).toBe('journey');
    expect((j.journey as Record<string, unknown>)['x-team-notes']).toBe('keep me');
    expect(parseDocumentText(JSON.stringify(minimalCohort())).kind).toBe('cohort');
  });

  it('reports the first syntax error with its line and column', () => {
    const r = parseDocumentText('{\n  "format": "journey/1",,\n}');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'J001', start: { line: 2, column: 25 } });
    expect(r.journey).toBeUndefined();
  });

  it('an empty text is a syntax error, not a crash', () => {
    expect(parseDocumentText('').diagnostics[0]!.code).toBe('J001');
    expect(parseDocumentText('   ').diagnostics[0]!.code).toBe('J001');
  });

  it('refuses a document of the wrong kind when one is expected', () => {
    const r = parseDocumentText(JSON.stringify(minimalCohort()), 'journey');
    expect(r.diagnostics[0]).toMatchObject({ code: 'J002' });
    expect(r.diagnostics[0]!.message).toContain('"journey/1"');
  });

  it('names the field and says what it should be', () => {
    const doc = minimalJourney();
    doc.nodes[0]!.channel = 'fax';
    const r = parseDocumentText(JSON.stringify(doc, null, 2));
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'J003', nodeId: 'visit', path: ['nodes', 0, 'channel'] });
    expect(r.diagnostics[0]!.message).toMatch(/nodes\[0\]\.channel should be one of "web", "app"/);
  });

  it('reports a missing required field', () => {
    const doc = minimalJourney();
    delete doc.nodes[1]!.result;
    const r = parseDocumentText(JSON.stringify(doc));
    expect(r.diagnostics[0]!.message).toContain('nodes[1].result is missing');
  });

  it('picks the meant branch of a distribution', () => {
    const doc = minimalJourney();
    (doc.edges[0]!.sim as Record<string, unknown>).delay = { dist: 'lognormal', median: '2h' };
    const r = parseDocumentText(JSON.stringify(doc));
    expect(r.diagnostics[0]!.message).toContain('edges[0].sim.delay.p90 is missing');
  });

  it('a JSON value that is not an object has no format', () => {
    expect(parseDocumentText('[1,2]').diagnostics[0]!.code).toBe('J002');
    expect(parseDocumentText('42').diagnostics[0]!.code).toBe('J002');
  });
});
