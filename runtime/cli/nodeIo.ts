import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';

function reason(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

/** The real file system and streams of this process. */
export const nodeIo: CliIo = {
  readText(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch (err) {
      throw new CliError(`${path}: cannot read: ${reason(err)}`, 2);
    }
  },
  writeText(path, text) {
    try {
      mkdirSync(dirname(resolve(path)), { recursive: true });
      writeFileSync(path, text);
    } catch (err) {
      throw new CliError(`${path}: cannot write: ${reason(err)}`, 2);
    }
  },
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  resolveBeside: (file, relative) => resolve(dirname(file), relative),
};
