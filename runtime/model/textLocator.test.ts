import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import type { JsonPath, TextPosition } from '../diagnostics/diagnostic';
import { lastProperty, nodeAtPath } from './nodeAtPath';
import { createTextLocator, type LocateQuery, type Located } from './textLocator';

const SAMPLES = join(__dirname, '..', '..', 'samples');

/** The locator as it was: a whole syntax tree of the text and a table of its lines. The streaming one must give the same answers. */
function fullTreeLocator(text: string) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const positionAt = (offset: number): TextPosition => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const rangeOf = (path: JsonPath) => {
    let node: JsonNode | undefined;
    for (let n = path.length; n >= 0 && tree && !node; n--) node = nodeAtPath(tree, path.slice(0, n));
    if (!node) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const idProp = node.type === 'object' ? lastProperty(node, 'id') : undefined;
    if (idProp) return { start: positionAt(idProp.offset), end: positionAt(idProp.offset + idProp.length) };
    const anchor = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent : node;
    return { start: positionAt(anchor.offset), end: positionAt(anchor.offset + anchor.length) };
  };
  const locate = (q: LocateQuery): Located => {
    const located: Located = { range: rangeOf(q.path) };
    const node = tree ? nodeAtPath(tree, q.path) : undefined;
    if (q.stringOffset !== undefined && node?.type === 'string') located.inString = positionAt(node.offset + 1 + q.stringOffset);
    return located;
  };
  const syntaxErrors = errors.map((e) => ({ code: printParseErrorCode(e.error), start: positionAt(e.offset), end: positionAt(e.offset + Math.max(1, e.length)) }));
  return { positionAt, locate, syntaxErrors };
}

/** Every path of a JSON value, and around each container some that do not exist (a missing key, an index too far, a key of the wrong kind). */
function pathsOf(value: unknown, path: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(path);
  if (Array.isArray(value)) {
    value.forEach((v, i) => pathsOf(v, [...path, i], out));
    out.push([...path, value.length], [...path, 'length'], [...path, value.length + 3, 'id']);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
    out.push([...path, 'x-missing'], [...path, 0], [...path, 'x-missing', 'deeper', 2]);
  } else {
    out.push([...path, 'inside'], [...path, 0]);
  }
  return out;
}

const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, text: readFileSync(join(SAMPLES, f), 'utf8') }));

/** A sample as written, compact, pretty with CRLF line ends, and indented with tabs. */
function variants(text: string): [string, string][] {
  const doc: unknown = JSON.parse(text);
  const pretty = JSON.stringify(doc, null, 2);
  return [
    ['as written', text],
    ['compact', JSON.stringify(doc)],
    ['CRLF', pretty.replace(/\n/g, '\r\n')],
    ['tabs', JSON.stringify(doc, null, '\t')],
  ];
}

function expectSameAsFullTree(text: string, queries: LocateQuery[], uniqueKeys: boolean) {
  const reference = fullTreeLocator(text);
  const located = createTextLocator(text, { uniqueKeys }).locateAll(queries);
  expect(located).toEqual(queries.map((q) => reference.locate(q)));
}

describe('createTextLocator', () => {
  it('has samples to compare on', () => {
    expect(samples.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(samples)('on $name', ({ text }) => {
    it.each(variants(text))('locates every path (and missing ones) as the full syntax tree did: %s', (_variant, t) => {
      const paths = pathsOf(JSON.parse(t));
      // In the order of the document and reversed (the answers must not depend on the order asked), with a string offset for each.
      const queries: LocateQuery[] = [...paths, ...[...paths].reverse()].map((path, i) => (i % 2 === 0 ? { path } : { path, stringOffset: i % 7 }));
      expectSameAsFullTree(t, queries, true);
      expectSameAsFullTree(t, queries, false);
    });

    it('locates one path at a time like the full tree, with rangeOf and positionInString', () => {
      const reference = fullTreeLocator(text);
      const locator = createTextLocator(text);
      const paths = pathsOf(JSON.parse(text)).filter((_, i) => i % 11 === 0);
      for (const path of paths) {
        expect(locator.rangeOf(path)).toEqual(reference.locate({ path }).range);
        expect(locator.positionInString(path, 3)).toEqual(reference.locate({ path, stringOffset: 3 }).inString);
      }
    });
  });

  it('finds a path only at the last occurrence of a repeated key, and falls back to that occurrence when the path is not in it', () => {
    const text = '{\n  "a": {"b": [1, {"c": "x"}], "id": "first"},\n  "k": 1,\n  "a": {"b": [2], "id": "one", "id": "two"},\n  "k": {"id": "obj"}\n}';
    const queries: LocateQuery[] = [['a'], ['a', 'b'], ['a', 'b', 0], ['a', 'b', 1], ['a', 'b', 1, 'c'], ['a', 'id'], ['k'], ['k', 'id'], ['z']].map((path) => ({ path, stringOffset: 1 }));
    expectSameAsFullTree(text, queries, false);
    const locator = createTextLocator(text);
    // The object at "a" is pointed at by its id: the last one, "two".
    expect(locator.rangeOf(['a'])).toEqual({ start: { line: 4, column: 32 }, end: { line: 4, column: 43 } });
    // ["a","b",1] is only in the first "a", which JSON.parse drops: the fallback is the "b" of the second.
    expect(locator.rangeOf(['a', 'b', 1, 'c'])).toEqual({ start: { line: 4, column: 9 }, end: { line: 4, column: 17 } });
  });

  it('with uniqueKeys stops at the first occurrence: the caller vouches that no key repeats', () => {
    const text = '{"a": 1, "b": {"id": "x"}, "a": 2}';
    expect(createTextLocator(text, { uniqueKeys: true }).rangeOf(['a']).start.column).toBe(2);
    expect(createTextLocator(text).rangeOf(['a']).start.column).toBe(28);
  });

  it('of an id that is an object or an array, spans the whole property', () => {
    for (const text of ['{"nodes": [{"id": {"x": [1, 2]}, "kind": "wait"}]}', '{"nodes": [{"kind": "wait", "id": [1, {"y": 2}]}]}']) {
      expectSameAsFullTree(text, [{ path: ['nodes', 0] }, { path: ['nodes', 0, 'id'] }, { path: ['nodes', 0, 'id', 'x'] }], true);
    }
  });

  it.each([
    ['an empty text', ''],
    ['whitespace', '  \n '],
    ['a number', '42'],
    ['a string', '"abc"'],
    ['an array', '[1, [2, 3], {"id": "x"}]'],
    ['a BOM before the document', '\uFEFF{"format": "journey/1", "nodes": [{"id": "a"}]}'],
    ['a trailing comma', '{"a": [1, 2,], "b": {"c": 1,}}'],
    ['a missing value', '{"a": , "b": {"id": "x", "c": }}'],
    ['a missing colon and comma', '{"a" 1, "b": [1 2], "c": {"d": 3}}'],
    ['an unclosed document', '{"a": [1, {"b": "x"'],
    ['text after the end', '{"a": 1} {"a": 2}'],
    ['a comment', '{"a": 1 // note\n, "b": 2}'],
    ['lone CR line ends', '{\r"a": 1,\r\n"b": "xyz"\r}'],
    ['non-ASCII', '{"name": "Café 😀", "nodes": [{"id": "é", "label": "日本"}]}'],
  ])('locates like the full tree in %s, and finds its syntax errors alike', (_what, text) => {
    const queries: LocateQuery[] = [[], ['a'], ['a', 1], ['a', 0], ['b'], ['b', 'c'], ['b', 'id'], ['c', 'd'], ['nodes', 0], ['nodes', 0, 'label'], ['name'], [1], [1, 1], [2], [0]].map((path) => ({ path, stringOffset: 2 }));
    expectSameAsFullTree(text, queries, false);
    const reference = fullTreeLocator(text);
    expect(createTextLocator(text).syntaxErrors).toEqual(reference.syntaxErrors.map((e) => ({ message: expect.any(String), start: e.start, end: e.end })));
  });

  it('explains each syntax error with a hint', () => {
    expect(createTextLocator('{"a": 1,}').syntaxErrors[0]).toEqual({ message: 'a property name in double quotes is expected (a trailing comma?)', start: { line: 1, column: 9 }, end: { line: 1, column: 10 } });
    expect(createTextLocator('\uFEFF{}').syntaxErrors[0]).toMatchObject({ message: 'unexpected character', start: { line: 1, column: 1 } });
  });

  it('gives every offset the line:column of the line table, in any order, with CRLF and lone CR', () => {
    const text = `{\r\n  "a": 1,\r  "b": "\u00e9\u{1F600}",\n\n  "c": [\r\n1]\n}\n`;
    const reference = fullTreeLocator(text);
    const offsets = Array.from({ length: text.length + 2 }, (_, i) => i).sort((a, b) => ((a * 7919) % 13) - ((b * 7919) % 13));
    const locator = createTextLocator(text);
    expect(offsets.map((o) => locator.positionAt(o))).toEqual(offsets.map((o) => reference.positionAt(o)));
    expect(locator.positionsAt(offsets)).toEqual(offsets.map((o) => reference.positionAt(o)));
  });

  it('answers nothing asked with nothing, without reading the text', () => {
    expect(createTextLocator('{').locateAll([])).toEqual([]);
  });
});
