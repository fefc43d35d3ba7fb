import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SCAN_FINDINGS, scanJson } from './scanJson';
import { MAX_JSON_DEPTH } from './documentLimits';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('scanJson', () => {
  it(`allows ${MAX_JSON_DEPTH} levels of nesting and stops at the first { or [ past them`, () => {
    expect(scanJson(nested(MAX_JSON_DEPTH)).tooDeep).toBeUndefined();
    expect(scanJson(nested(MAX_JSON_DEPTH + 1)).tooDeep).toBe(MAX_JSON_DEPTH);
    const objects = `${'{"a":'.repeat(300)}1${'}'.repeat(300)}`;
    expect(scanJson(objects).tooDeep).toBe(MAX_JSON_DEPTH * 5);
    // A million levels: a quick answer, no stack overflow.
    expect(scanJson(nested(1_000_000)).tooDeep).toBe(MAX_JSON_DEPTH);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(scanJson(`{"a": "${'['.repeat(1000)} \\" ${'{'.repeat(1000)}"}`).tooDeep).toBeUndefined();
  });

  it('lists a repeated key at the repeat, with where it came first, comparing keys as JSON reads them', () => {
    const text = '{"id": "a", "x": {"id": 1}, "\\u0069d": "b", "list": [{"k": 1}, {"k": 2}]}';
    expect(scanJson(text).duplicates).toEqual([{ offset: text.indexOf('"\\u0069d"'), length: 9, key: 'id', firstOffset: 1 }]);
    expect(JSON.parse(text).id).toBe('b');
  });

  it('finds repeats in objects of any size, before and after their keys outgrow a list, and keeps the keys of each object apart', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
    const text = `{${keys.map((k) => `"${k}": {"k1": 1, "k0": 2}`).join(', ')}, "k3": 0, "k39": 1, "x": {"k3": 1}}`;
    const found = scanJson(text).duplicates;
    expect(found.map((d) => d.key)).toEqual(['k3', 'k39']);
    expect(found[0]).toMatchObject({ offset: text.lastIndexOf('"k3": 0'), firstOffset: text.indexOf('"k3"') });
    expect(found[1]).toMatchObject({ offset: text.lastIndexOf('"k39"'), firstOffset: text.indexOf('"k39"') });
  });

  it('compares keys with and without escapes either way round, and tells apart keys of one length', () => {
    const text = '{"\\u0061b": 1, "ab": 2, "ba": 3, "\\u0062\\u0061": 4, "a\\"": 5, "a\\\\": 6, "a\\"": 7}';
    expect(JSON.parse(text)).toEqual({ ab: 2, ba: 4, 'a"': 7, 'a\\': 6 });
    expect(scanJson(text).duplicates.map((d) => [d.key, d.firstOffset])).toEqual([
      ['ab', 1],
      ['ba', text.indexOf('"ba"')],
      ['a"', text.indexOf('"a\\""')],
    ]);
  });

  it('keys only, not string values equal to a key', () => {
    expect(scanJson('{"a": "a", "b": ["a", "a"], "c": {"a": "b", "b": "a"}}').duplicates).toEqual([]);
  });

  it('lists number literals that overflow to ±Infinity, and no others', () => {
    const text = '{"a": 1e309, "b": [-1E400, 1.5e308, 1e-400, 0.1], "c": "1e999", "d": 1' + '0'.repeat(400) + '}';
    const found = scanJson(text).overflows;
    expect(found.map((o) => o.literal)).toEqual(['1e309', '-1E400', `1${'0'.repeat(400)}`]);
    expect(found[0]!.offset).toBe(text.indexOf('1e309'));
  });

  it('lists at most MAX_SCAN_FINDINGS of each', () => {
    const many = `{${Array.from({ length: 500 }, () => '"k": 1e999').join(',')}}`;
    const s = scanJson(many);
    expect(s.duplicates).toHaveLength(MAX_SCAN_FINDINGS);
    expect(s.overflows).toHaveLength(MAX_SCAN_FINDINGS);
  });

  it('never throws on any text, broken JSON included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', '1', 'e', '9') })), (text) => {
        const s = scanJson(text);
        expect(Array.isArray(s.duplicates)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
