import { describe, expect, it } from 'vitest';
import { readImportFile, type ImportFile } from './readImportFile';
import { MAX_DOCUMENT_BYTES } from '../../runtime/model/documentLimits';

const file = (name: string, ...parts: (string | number[])[]) => new File(parts.map((p) => (typeof p === 'string' ? p : new Uint8Array(p))), name);

describe('readImportFile', () => {
  it('reads a UTF-8 file', async () => {
    expect(await readImportFile(file('a.journey.json', '{"name": "Café ✓"}'))).toEqual({ text: '{"name": "Café ✓"}' });
  });

  it('refuses invalid UTF-8 with J035, its line, column and byte offset, instead of replacing it', async () => {
    const r = await readImportFile(file('latin1.journey.json', '{\n  "name": "Caf', [0xe9], '"\n}'));
    expect(r).toEqual({ reason: 'latin1.journey.json:2:15: error J035 invalid UTF-8 at byte 16 (0xE9): a document must be UTF-8; save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252)' });
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
