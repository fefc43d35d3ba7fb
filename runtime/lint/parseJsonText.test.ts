import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../model/documentLimits';
import { parseJsonText } from './parseJsonText';

const codes = (r: ReturnType<typeof parseJsonText>) => (r.ok ? [] : r.errors.map((d) => `${d.code} ${d.start?.line}:${d.start?.column}`));

describe('parseJsonText', () => {
  it('gives the value of a good text', () => {
    expect(parseJsonText('{"a": [1, "x", null]}')).toMatchObject({ ok: true, value: { a: [1, 'x', null] }, warnings: [] });
  });

  it('refuses nesting deeper than 256 at the level that opens too deep, before JSON.parse runs', () => {
    expect(codes(parseJsonText(`${'['.repeat(300)}${']'.repeat(300)}`))).toEqual(['J036 1:257']);
    expect(parseJsonText(`${'['.repeat(256)}${']'.repeat(256)}`).ok).toBe(true);
    // Far deeper than JSON.parse could take: refused by the scan, not a crash.
    expect(codes(parseJsonText('{"a":'.repeat(1_000_000)))).toEqual(['J036 1:1281']);
  });

  it('refuses a number that would become Infinity, where it is', () => {
    expect(codes(parseJsonText('{\n  "x": 1e309,\n  "y": -1e400\n}'))).toEqual(['J037 2:8', 'J037 3:8']);
  });

  it('refuses a "__proto__" key at any depth, located, without it reaching a prototype', () => {
    const r = parseJsonText('{"a": {"b": [{"__proto__": {"polluted": true}}]}}');
    expect(codes(r)).toEqual(['J045 1:15']);
    expect(!r.ok && r.errors[0]!.message).toMatch(/^a\.b\[0\] has a key "__proto__": .*rename it/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('warns of a repeated key and keeps the last value, as a document does', () => {
    const r = parseJsonText('{"a": 1, "a": 2}');
    expect(r).toMatchObject({ ok: true, value: { a: 2 } });
    expect(r.warnings.map((d) => `${d.code} ${d.severity} ${d.start?.line}:${d.start?.column}`)).toEqual(['J109 warning 1:10']);
  });

  it('refuses broken JSON with J001 at the place, and says when the text is empty', () => {
    expect(codes(parseJsonText('{"a": }'))).toEqual(['J001 1:7']);
    expect(!parseJsonText('  ').ok && (parseJsonText('  ') as { errors: { message: string }[] }).errors[0]!.message).toBe('invalid JSON: the text is empty');
  });

  it('refuses a text over 50 MB of UTF-8 without looking into it', () => {
    const over = `"${'é'.repeat(MAX_DOCUMENT_BYTES / 2)}"`; // fewer characters than the limit, more bytes
    expect(over.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    expect(parseJsonText(over)).toEqual({ ok: false, errors: [], warnings: [], tooLarge: true });
  });
});
