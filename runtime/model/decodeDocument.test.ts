import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics/diagnostic';
import { decodeDocument } from './decodeDocument';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeDocument', () => {
  it('decodes UTF-8, dropping a byte-order mark', () => {
    expect(decodeDocument(bytes('{"name": "Café ✓"}'))).toEqual({ text: '{"name": "Café ✓"}' });
    expect(decodeDocument(bytes([0xef, 0xbb, 0xbf], '{}'))).toEqual({ text: '{}' });
  });

  it('refuses invalid UTF-8 with J035 at the first bad byte: its byte offset, line and column', () => {
    // Line 3, after `  "name": "✓ Caf` (the é of a Latin-1 file): 16 characters, the ✓ 3 bytes of them.
    const b = bytes('{\n  "x": 1,\n  "name": "✓ Caf', [0xe9], '"\n}');
    const r = decodeDocument(b, 'latin1.journey.json');
    expect('diagnostic' in r).toBe(true);
    const d = (r as { diagnostic: Parameters<typeof formatDiagnostic>[0] }).diagnostic;
    expect(d).toMatchObject({ code: 'J035', severity: 'error', file: 'latin1.journey.json', start: { line: 3, column: 17 } });
    const offset = b.indexOf(0xe9);
    expect(formatDiagnostic(d)).toBe(`latin1.journey.json:3:17: error J035 invalid UTF-8 at byte ${offset} (0xE9): a document must be UTF-8; save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252)`);
  });

  it('locates a bad first byte at 1:1, and counts the columns of a line after a BOM in characters', () => {
    expect(decodeDocument(bytes([0xff], '{}'))).toMatchObject({ diagnostic: { start: { line: 1, column: 1 }, message: expect.stringMatching(/^invalid UTF-8 at byte 0 \(0xFF\)/) } });
    expect(decodeDocument(bytes([0xef, 0xbb, 0xbf], 'ab', [0xc3]))).toMatchObject({ diagnostic: { start: { line: 1, column: 3 }, message: expect.stringMatching(/at byte 5 \(0xC3\)/) } });
  });
});
