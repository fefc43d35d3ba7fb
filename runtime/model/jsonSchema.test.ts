import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { cohortJsonSchema, journeyJsonSchema } from './jsonSchema';
import { NODE_KINDS } from '../../nodes/registry';

type S = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('journeyJsonSchema', () => {
  it('is a draft-7 object schema of journey/1 with the required fields', () => {
    const s: S = journeyJsonSchema();
    expect(s.type).toBe('object');
    expect(s.properties.format.const).toBe('journey/1');
    expect(s.required).toEqual(expect.arrayContaining(['format', 'id', 'name', 'start', 'nodes', 'edges']));
    expect(s.$schema).toBeUndefined();
  });

  it('offers one described variant per node kind', () => {
    const s: S = journeyJsonSchema();
    const variants: S[] = s.properties.nodes.items.oneOf ?? s.properties.nodes.items.anyOf;
    const kinds = variants.map((v) => v.properties.kind.const);
    expect(kinds).toEqual(NODE_KINDS.map((k) => k.kind));
    for (const v of variants) expect(v.description).toBeTruthy();
    const touchpoint = variants.find((v) => v.properties.kind.const === 'touchpoint')!;
    expect(touchpoint.properties.channel.enum).toContain('web');
  });

  it('describes top-level fields for hover', () => {
    const s: S = journeyJsonSchema();
    expect(s.properties.start.description).toMatch(/start/);
  });

  it('is plain JSON (no functions, no cycles) and stable', () => {
    expect(JSON.parse(JSON.stringify(journeyJsonSchema()))).toEqual(journeyJsonSchema());
  });

  it('has a cohort schema too', () => {
    const s: S = cohortJsonSchema();
    expect(s.properties.format.const).toBe('cohort/1');
    expect(s.required).toContain('segments');
  });

  it('requires only keys every sample journey has', () => {
    const dir = new URL('../../samples/', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.journey.json'))) {
      const sample = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as S;
      for (const key of journeyJsonSchema().required as string[]) expect(sample).toHaveProperty(key);
    }
  });
});
