import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { decodeDocument } from '../model/decodeDocument';
import { MAX_DOCUMENT_BYTES, tooLargeReason } from '../model/documentLimits';
import { CliError } from './cliError';
import { DocumentTextError } from './documentTextError';
import { fsErrorReason } from './fsErrorReason';

/** Why what `stats` describes is not a file a document can be read from, or undefined. */
function notARegularFile(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'is a folder, not a file';
  const what = stats.isFIFO() ? 'a named pipe (FIFO)' : stats.isCharacterDevice() ? 'a character device' : stats.isBlockDevice() ? 'a block device' : stats.isSocket() ? 'a socket' : 'not a file';
  return `is ${what}, not a regular file: a document is read only from a file; save it to one and name that`;
}

/** Up to `limit` bytes from the current position of `fd` (fewer at the end of the file). */
function readAtMost(fd: number, limit: number, sizeHint: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(limit - total, Math.max(64 * 1024, sizeHint + 1 - total)));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/**
 * The text of a document file, read safely: only a regular file (never a device, a FIFO or a folder,
 * which could block or never end), checked with stat before it is opened and again once open; at
 * most MAX_DOCUMENT_BYTES, of which no more than one byte past the limit is ever read (the file may
 * grow meanwhile); strict UTF-8. A file that cannot be read is a one-line CliError naming it (exit
 * 2); bytes that are not UTF-8 a DocumentTextError (J035, exit 1).
 */
export function readDocumentFile(path: string): string {
  const fail = (why: string) => new CliError(`${path}: cannot read: ${why}`, 2);
  let fd: number | undefined;
  try {
    const before = statSync(path);
    const wrongKind = notARegularFile(before);
    if (wrongKind) throw fail(wrongKind);
    const tooLarge = tooLargeReason(before.size);
    if (tooLarge) throw fail(tooLarge);
    // Non-blocking, in case the path became a FIFO since the stat: opening one would wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    const nowWrongKind = notARegularFile(stats);
    if (nowWrongKind) throw fail(nowWrongKind);
    const bytes = readAtMost(fd, MAX_DOCUMENT_BYTES + 1, stats.size);
    const grown = tooLargeReason(bytes.length, false);
    if (grown) throw fail(grown);
    const decoded = decodeDocument(bytes, path);
    if ('diagnostic' in decoded) throw new DocumentTextError(decoded.diagnostic);
    return decoded.text;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw fail(fsErrorReason(err));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
