import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from './hostileDocuments';

/**
 * Writes the files of `hostile` into a new folder under `root` (a folder, a named pipe, a sparse
 * file as the case says) and returns its command lines with each `@name` replaced by that file's path.
 */
export function writeHostileCase(hostile: HostileCase, root: string): { dir: string; paths: string[]; runs: string[][] } {
  const dir = mkdtempSync(join(root, 'case-'));
  const pathOf = new Map<string, string>();
  for (const file of hostile.files) {
    const path = join(dir, file.name);
    pathOf.set(file.name, path);
    if (file.kind === 'file') writeFileSync(path, file.content);
    else if (file.kind === 'folder') mkdirSync(path);
    else if (file.kind === 'fifo') execFileSync('mkfifo', [path]);
    else if (file.kind === 'sparse') {
      writeFileSync(path, '');
      truncateSync(path, file.size);
    }
  }
  const resolve = (arg: string) => arg.replace(/^@(.+)$/, (whole, name: string) => pathOf.get(name) ?? whole);
  return { dir, paths: [...pathOf.values()], runs: hostile.runs.map((argv) => argv.map(resolve)) };
}
