import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { seedDoc } from './seedDoc';
import { readDoc } from './readDoc';
import { docRoot } from './docRoot';

const dir = join(process.cwd(), 'samples');
const samples = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

describe('seedDoc', () => {
  it('covers journeys and cohorts of the sample workspace', () => {
    expect(samples.filter((f) => f.endsWith('.journey.json')).length).toBeGreaterThanOrEqual(6);
    expect(samples.filter((f) => f.endsWith('.cohort.json')).length).toBeGreaterThanOrEqual(6);
  });

  for (const file of samples) {
    it(`round-trips ${file} exactly, on the seeding replica and on a remote one`, () => {
      const original = load(file);
      const a = new Y.Doc();
      seedDoc(a, original);
      expect(readDoc(a)).toEqual(original);
      expect(JSON.stringify(readDoc(a))).toBe(JSON.stringify(original));
      const b = new Y.Doc();
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
      expect(readDoc(b)).toEqual(original);
      expect(JSON.stringify(readDoc(b))).toBe(JSON.stringify(original));
    });
  }

  it('maps collections to Y.Array of Y.Map, objects to Y.Map, positions and small arrays to values', () => {
    const a = new Y.Doc();
    seedDoc(a, load('mortgage-preapproval.journey.json'));
    const root = docRoot(a);
    const nodes = root.get('nodes') as Y.Array<Y.Map<unknown>>;
    expect(nodes).toBeInstanceOf(Y.Array);
    expect(nodes.get(0)).toBeInstanceOf(Y.Map);
    expect(root.get('edges')).toBeInstanceOf(Y.Array);
    expect(root.get('stages')).toBeInstanceOf(Y.Array);
    expect(root.get('teams')).toBeInstanceOf(Y.Array);
    const positioned = nodes.toArray().find((n) => n.has('position'))!;
    expect(positioned.get('position')).not.toBeInstanceOf(Y.AbstractType);
    const worked = nodes.toArray().find((n) => n.has('work'))!;
    expect(worked.get('work')).toBeInstanceOf(Y.Map);
    const withActions = nodes.toArray().find((n) => n.has('actions'))!;
    expect(Array.isArray(withActions.get('actions'))).toBe(true);
    expect(typeof root.get('name')).toBe('string');
  });

  it('refuses to seed a document that already has content', () => {
    const a = new Y.Doc();
    const doc = load('mortgage-preapproval.journey.json');
    seedDoc(a, doc);
    expect(() => seedDoc(a, doc)).toThrow(/already has content/);
    expect((docRoot(a).get('nodes') as Y.Array<unknown>).length).toBe((doc.nodes as unknown[]).length);
  });

  it('reads back the very objects it was given, and sends peers their content', () => {
    const doc = load('mortgage-preapproval.journey.json') as { nodes: unknown[]; edges: unknown[] };
    const a = new Y.Doc();
    seedDoc(a, doc);
    const read = readDoc(a) as typeof doc;
    expect(read).toBe(doc);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const remote = readDoc(b) as typeof doc;
    expect(remote).not.toBe(doc);
    expect(remote).toEqual(doc);
  });

  it('prints the state size of the mortgage sample', () => {
    const a = new Y.Doc();
    seedDoc(a, load('mortgage-preapproval.journey.json'));
    const v1 = Y.encodeStateAsUpdate(a).byteLength;
    const v2 = Y.encodeStateAsUpdateV2(a).byteLength;
    console.log(`mortgage sample: Yjs state ${v1} bytes (v2 encoding ${v2} bytes)`);
    expect(v1).toBeGreaterThan(0);
    expect(v1).toBeLessThan(64_000);
  });
});
