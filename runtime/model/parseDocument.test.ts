import { describe, expect, it } from 'vitest';
import { parseDocumentText } from './parseDocument';
import { lineOf, minimalCohort, minimalJourney } from '../testing/minimalJourney';
import { MAX_JSON_DEPTH } from './documentLimits';

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

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} with J036 where it goes too deep, instead of overflowing the stack`, () => {
    const deep = `{\n  "format": "journey/1",\n  "x": ${'['.repeat(10_000)}${']'.repeat(10_000)}\n}`;
    const r = parseDocumentText(deep);
    expect(r.diagnostics).toHaveLength(1);
    // The root object is level 1, so the array that is one too many is the 256th "[".
    expect(r.diagnostics[0]).toMatchObject({ code: 'J036', severity: 'error', start: { line: 3, column: 8 + MAX_JSON_DEPTH - 1 } });
    expect(r.diagnostics[0]!.message).toMatch(/nested more than 256 deep.*flatten/);
    expect(r.raw).toBeUndefined();
    expect(parseDocumentText(`{"format": "journey/1", "x": ${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}}`).diagnostics.map((d) => d.code)).not.toContain('J036');
  });

  it('warns of a repeated key at the repeat (J109), and uses its value: the last one', () => {
    const text = JSON.stringify(minimalJourney(), null, 2).replace('"name": "Mini journey",', '"name": "First",\n  "name": "Mini journey",');
    const r = parseDocumentText(text);
    expect(r.journey?.name).toBe('Mini journey');
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'J109', severity: 'warning', start: { line: lineOf(text, '"name": "Mini journey"'), column: 3 } })]);
    expect(r.diagnostics[0]!.message).toBe(`the key "name" comes again in this object (first at ${lineOf(text, '"name": "First"')}:3): only the last one counts, its value is used and the earlier ones are ignored; remove or rename the extra key`);
  });

  it('points a shape error of a repeated key at the value that is used, the last one', () => {
    const text = JSON.stringify(minimalJourney(), null, 2).replace('"name": "Mini journey",', '"name": "Fine",\n  "name": 42,');
    const r = parseDocumentText(text);
    const shape = r.diagnostics.find((d) => d.code === 'J003')!;
    expect(shape.start!.line).toBe(lineOf(text, '"name": 42'));
  });

  it.each(['1e309', '-1e309', `1${'0'.repeat(309)}`])('refuses the number %s, which would be Infinity (J037), where it is', (literal) => {
    const doc = minimalJourney();
    const text = JSON.stringify(doc, null, 2).replace('"value": 100', `"value": ${literal}`);
    const r = parseDocumentText(text);
    expect(r.journey).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'J037', severity: 'error', start: { line: lineOf(text, literal), column: 16 } });
    expect(r.diagnostics[0]!.message).toContain(`the number ${literal.length > 20 ? literal.slice(0, 20) : literal}`);
    expect(r.diagnostics[0]!.message).toContain(literal.startsWith('-') ? '-Infinity' : 'Infinity');
  });

  it('refuses an overflowing number anywhere, in a variable or an unknown field too', () => {
    const doc = { ...minimalJourney(), vars: { big: 1 }, 'x-notes': [1] };
    const text = JSON.stringify(doc).replace('"big":1', '"big":2e308').replace('[1]', '[-9e999]');
    expect(parseDocumentText(text).diagnostics.map((d) => d.code)).toEqual(['J037', 'J037']);
  });

  it.each([
    ['an outcome value', (d: ReturnType<typeof minimalJourney>) => (d.nodes[1]!.value = 2e12), 'nodes[1].value is 2000000000000'],
    ['a negative outcome value', (d: ReturnType<typeof minimalJourney>) => (d.nodes[1]!.value = -2e12), 'nodes[1].value is -2000000000000'],
    ['a cost per visit', (d: ReturnType<typeof minimalJourney>) => (d.nodes[0]!.cost = 1e13), 'nodes[0].cost is 10000000000000'],
    ['a cost per hour', (d: ReturnType<typeof minimalJourney>) => ((d.teams as Record<string, unknown>[])[0]!.costPerHour = 1e15), 'teams[0].costPerHour is 1000000000000000'],
    ['an incentive', (d: ReturnType<typeof minimalJourney>) => (d.nodes[0]!.actions = [{ type: 'incentive', name: 'gift', cost: 5e12 }]), 'nodes[0].actions[0].cost is 5000000000000'],
  ])('refuses %s above the largest amount, 1e12 (J038), at its place', (_what, mutate, says) => {
    const doc = minimalJourney();
    mutate(doc);
    const r = parseDocumentText(JSON.stringify(doc, null, 2));
    expect(r.journey).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'J038', severity: 'error', message: expect.stringContaining(`${says}: a money amount may be at most 1e12 in size`) })]);
    const ok = minimalJourney();
    ok.nodes[1]!.value = 1e12;
    ok.nodes[0]!.cost = 1e12;
    expect(parseDocumentText(JSON.stringify(ok)).diagnostics).toEqual([]);
  });
});
