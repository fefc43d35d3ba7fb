import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_DOCUMENT_BYTES } from '../model/documentLimits';
import { HOSTILE_CLASSES, HOSTILE_NAMES, hostileBytes, hostileCel, hostileNames, hostileRuns, hostileScale, hostileTypes, OVER_NODE_LIMIT, type HostileCase } from './hostileDocuments';

const sample = (arb: fc.Arbitrary<HostileCase>, numRuns = 300) => fc.sample(arb, { seed: 7, numRuns });
const text = (c: HostileCase, name = 'case.journey.json') => {
  const f = c.files.find((x) => x.name === name);
  return f?.kind === 'file' ? (typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content)) : '';
};
const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};
const labels = (cases: HostileCase[]) => new Set(cases.map((c) => c.label.replace(/\d+/g, 'N')));

describe('hostile documents: each arbitrary makes what its class promises', () => {
  it('lists every class, each with what it covers', () => {
    expect(HOSTILE_CLASSES.map((c) => c.id)).toEqual(['bytes', 'scale', 'names', 'types', 'cel', 'runs']);
    for (const c of HOSTILE_CLASSES) expect(c.covers.length).toBeGreaterThan(0);
  });

  it('bytes: the cases promising J035 hold bytes that are not UTF-8, J036 ones nest over 256, and files that are not regular or too big are made', () => {
    const cases = sample(hostileBytes, 600);
    const promised = (code: string) => cases.filter((c) => c.codes.includes(code));
    for (const c of promised('J035')) expect(c.files.some((f) => f.kind === 'file' && typeof f.content !== 'string' && !isUtf8(f.content))).toBe(true);
    for (const c of promised('J036')) expect(Number(/^(\d+) levels/.exec(c.label)![1])).toBeGreaterThan(256);
    for (const c of promised('J037')) expect(text(c)).toMatch(/[:\s]-?\d*\.?\d+(e\d{3,}|\d{300,})/i);
    expect(cases.some((c) => /^(25\d) levels/.test(c.label) && c.codes.length === 0)).toBe(true);
    expect(cases.some((c) => c.files.some((f) => f.kind === 'sparse' && f.size > MAX_DOCUMENT_BYTES))).toBe(true);
    for (const kind of ['folder', 'fifo']) expect(cases.some((c) => c.files.some((f) => f.kind === kind))).toBe(true);
    expect(cases.some((c) => c.runs.flat().includes('/dev/zero'))).toBe(true);
    expect(cases.some((c) => text(c).startsWith('\uFEFF'))).toBe(true);
    expect(promised('J038').length).toBeGreaterThan(0);
    expect(promised('J109').every((c) => /"(\w+)": "first", "\1"/.test(text(c)))).toBe(true);
  });

  it('scale: long chains, trees and fan-outs of thousands of nodes, and one journey over the simulator limit', () => {
    const cases = sample(hostileScale, 40);
    const sizes = cases.map((c) => (JSON.parse(text(c)) as { nodes: unknown[] }).nodes.length);
    expect(Math.max(...sizes)).toBe(OVER_NODE_LIMIT);
    expect(sizes.filter((n) => n >= 500 && n < OVER_NODE_LIMIT).length).toBeGreaterThan(10);
    expect(labels(cases)).toEqual(new Set(['a chain of N nodes', 'a tree of N nodes, N ways out of each', 'one node with N events']));
  });

  it('names: every hostile name is written as event, variable, attribute and segment; __proto__ promises J045', () => {
    const cases = sample(hostileNames, 200);
    for (const name of HOSTILE_NAMES) {
      const c = cases.find((x) => x.label.startsWith(`the name ${name} `))!;
      const doc = text(c);
      for (const place of [`"event": "${name}"`, `"${name}": 0`, `"${name}": "string"`, `"title": "${name}"`]) expect(doc).toContain(place);
      expect(c.codes).toEqual(name === '__proto__' ? ['J045'] : []);
    }
  });

  it('types: lies land anywhere in either document, and the named ones promise their code', () => {
    const cases = sample(hostileTypes, 400);
    expect(cases.some((c) => /^cohort \S+ set to/.test(c.label))).toBe(true);
    expect(cases.some((c) => /^journey \S+ removed/.test(c.label))).toBe(true);
    for (const code of ['J046', 'J047', 'J048', 'J022', 'J032', 'J031']) expect(cases.some((c) => c.codes.includes(code))).toBe(true);
  });

  it('cel: expressions over each limit promise J050, J051 or J039, in all four places; catastrophic regexes are made', () => {
    const cases = sample(hostileCel, 600);
    for (const code of ['J050', 'J051', 'J039', 'J025']) expect(cases.some((c) => c.codes.includes(code))).toBe(true);
    for (const place of ['guard', 'assign', 'emotion', 'p']) expect(cases.some((c) => c.label.endsWith(`in the ${place}`))).toBe(true);
    expect(cases.some((c) => /"a"×\d{3,}\+"!" against \(a\+\)\+\$/.test(c.label))).toBe(true);
    expect(cases.some((c) => c.label.startsWith('JavaScript: '))).toBe(true);
    expect(cases.some((c) => c.label.includes('doubles on every visit'))).toBe(true);
  });

  it('runs: options at and over the maxima for simulate, staff and compare, zero-delay loops, emotions and cohorts', () => {
    const cases = sample(hostileRuns, 400);
    const argvs = cases.flatMap((c) => c.runs.map((r) => r.join(' ')));
    for (const option of ['--customers=100000001', '--horizon=36501d', '--over=36501d', '--seed=9007199254740992', '--customers 100000000']) expect(argvs.some((a) => a.includes(option))).toBe(true);
    for (const command of ['simulate', 'staff', 'compare']) expect(argvs.some((a) => a.startsWith(command))).toBe(true);
    expect(cases.some((c) => c.codes.includes('J041'))).toBe(true);
    expect(cases.some((c) => c.label === 'events of zero delay for ever')).toBe(true);
    expect(cases.some((c) => c.label === 'a journey whose cohort is itself')).toBe(true);
  });
});
