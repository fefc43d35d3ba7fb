import { describe, expect, it } from 'vitest';
import { readImportFile, type ImportFile } from './readImportFile';
import { MAX_DOCUMENT_BYTES } from '../../runtime/model/documentLimits';

const file = (name: string, ...parts: (string | number[])[]) => new File(parts.map((p) => (typeof p === 'string' ? p : new Uint8Array(p))), name);

describe('readImportFile', () => {
  it('reads a UTF-8 file', async () => {
    expect(await readImportFile(file('a.journey.json', '{"name": "Café ✓"}'))).toEqual({ text: '{"name": "Café ✓"}' });
  });

  it('reads invalid UTF-8 as U+FFFD, with the J035 the CLI gives (line, column, byte offset), never in silence', async () => {
    const r = await readImportFile(file('latin1.journey.json', '{\n  "name": "Caf', [0xe9], '"\n}'));
    expect(r).toEqual({
      text: '{\n  "name": "Caf\uFFFD"\n}',
      notUtf8: expect.objectContaining({ code: 'J035', file: 'latin1.journey.json', start: { line: 2, column: 15 }, message: 'invalid UTF-8 at byte 16 (0xE9): a document must be UTF-8; save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252)' }),
    });
  });

  it('refuses binary data (a NUL byte, or mostly bytes that are not UTF-8), naming the file', async () => {
    expect(await readImportFile(file('utf16.json', [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]))).toEqual({ reason: 'utf16.json: cannot import: it is binary data, not text (a NUL byte at byte 3; a UTF-16 text must be saved as UTF-8): a journey or cohort is JSON text in UTF-8' });
    expect(await readImportFile(file('nul.json', '{"a":', [0], '}'))).toEqual({ reason: expect.stringMatching(/^nul\.json: cannot import: it is binary data, not text \(a NUL byte at byte 5;/) });
    const noise = Array.from({ length: 200 }, (_, i) => 0x80 + (i % 64));
    expect(await readImportFile(file('noise.json', noise))).toEqual({ reason: expect.stringMatching(/^noise\.json: cannot import: it is binary data, not text \(200 of its 200 characters are not UTF-8\)/) });
  });

  it('refuses a file above 50 MB by its size, without reading it', async () => {
    let sliced = false;
    const huge: ImportFile = {
      name: 'huge.journey.json',
      size: 3 * 1024 ** 3,
      slice: () => {
        sliced = true;
        return new Blob();
      },
    };
    expect(await readImportFile(huge)).toEqual({ reason: 'huge.journey.json: cannot read: the file is 3,221,225,472 bytes; a document may be at most 50 MB (52,428,800 bytes): split it, or remove what it does not need' });
    expect(sliced).toBe(false);
  });

  it('reads at most one byte past the limit of a file that says it is small (it may have grown)', async () => {
    let asked: [number | undefined, number | undefined] | undefined;
    const liar: ImportFile = {
      name: 'grows.json',
      size: 10,
      slice: (start, end) => {
        asked = [start, end];
        return { arrayBuffer: () => Promise.resolve(new ArrayBuffer(MAX_DOCUMENT_BYTES + 1)) } as unknown as Blob;
      },
    };
    expect(await readImportFile(liar)).toEqual({ reason: expect.stringMatching(/^grows\.json: cannot read: the file is larger than 50 MB; /) });
    expect(asked).toEqual([0, MAX_DOCUMENT_BYTES + 1]);
  });

  it('a file that cannot be read is refused with the reason, in one line', async () => {
    const broken: ImportFile = { name: 'gone.json', size: 5, slice: () => ({ arrayBuffer: () => Promise.reject(new Error('NotReadableError: the file changed\nmore')) }) as unknown as Blob };
    expect(await readImportFile(broken)).toEqual({ reason: 'gone.json: cannot read: NotReadableError: the file changed' });
  });
});
