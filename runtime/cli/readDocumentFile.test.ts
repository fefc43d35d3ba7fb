import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocumentFile } from './readDocumentFile';
import { CliError } from './cliError';
import { DocumentTextError } from './documentTextError';
import { MAX_DOCUMENT_BYTES } from '../model/documentLimits';

const dir = mkdtempSync(join(tmpdir(), 'journey-read-'));

/** What readDocumentFile throws for `path`, with how long it took. */
function refusal(path: string): { error: CliError; ms: number } {
  const t0 = performance.now();
  try {
    readDocumentFile(path);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    return { error: err, ms: performance.now() - t0 };
  }
  throw new Error(`${path} was read`);
}

describe('readDocumentFile', () => {
  it('reads a regular UTF-8 file (a byte-order mark dropped)', () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, '\uFEFF{"name": "Café"}');
    expect(readDocumentFile(file)).toBe('{"name": "Café"}');
  });

  it('refuses a device at once, without reading it: /dev/zero would never end', () => {
    const { error, ms } = refusal('/dev/zero');
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('/dev/zero: cannot read: is a character device, not a regular file: a document is read only from a file; save it to one and name that');
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a named pipe without opening it (opening would wait for a writer)', () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const { error, ms } = refusal(fifo);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`${fifo}: cannot read: is a named pipe (FIFO), not a regular file: a document is read only from a file; save it to one and name that`);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a folder and a missing file as before', () => {
    expect(refusal(dir).error.message).toBe(`${dir}: cannot read: is a folder, not a file`);
    expect(refusal(join(dir, 'nope.json')).error.message).toBe(`${join(dir, 'nope.json')}: cannot read: no such file`);
  });

  it('refuses a file above 50 MB by its size, before reading it', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_DOCUMENT_BYTES + 1); // sparse: nothing is written
    const { error, ms } = refusal(big);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`${big}: cannot read: the file is 52,428,801 bytes; a document may be at most 50 MB (52,428,800 bytes): split it, or remove what it does not need`);
    expect(ms).toBeLessThan(200);
  });

  it.runIf(existsSync('/proc/self/status'))('reads what a file holds, not what its stat said (/proc files say 0 bytes)', () => {
    expect(statSync('/proc/self/status').size).toBe(0);
    expect(readDocumentFile('/proc/self/status')).toMatch(/^Name:/);
  });

  it('refuses bytes that are not UTF-8 with J035 at the first bad byte (exit 1: the file was read, it is broken)', () => {
    const latin1 = join(dir, 'latin1.journey.json');
    writeFileSync(latin1, Buffer.concat([Buffer.from('{\n  "name": "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]));
    const { error } = refusal(latin1);
    expect(error).toBeInstanceOf(DocumentTextError);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(new RegExp(`^${latin1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:15: error J035 invalid UTF-8 at byte 16 \\(0xE9\\): `));
  });
});
