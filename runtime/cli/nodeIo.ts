import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './cliError';
import type { CliIo } from './cliIo';
import { fsErrorReason } from './fsErrorReason';
import { readDocumentFile } from './readDocumentFile';

/** The real file system and streams of this process. */
export const nodeIo: CliIo = {
  /** Only regular files, at most 50 MB, strict UTF-8 (readDocumentFile). */
  readText: readDocumentFile,
  writeText(path, text) {
    try {
      mkdirSync(dirname(resolve(path)), { recursive: true });
      writeFileSync(path, text);
    } catch (err) {
      throw new CliError(`${path}: cannot write: ${fsErrorReason(err)}`, 2);
    }
  },
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  resolveBeside: (file, relative) => resolve(dirname(file), relative),
};
