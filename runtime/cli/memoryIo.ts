import type { CliIo } from './cliIo';
import { CliError } from './cliError';

/** An in-memory CliIo for tests: files in a map, output collected. */
export function memoryIo(files: Record<string, string> = {}): CliIo & { out: string; err: string; files: Record<string, string> } {
  const io = {
    files: { ...files },
    out: '',
    err: '',
    stderrIsTTY: false,
    readText(path: string) {
      const text = io.files[path];
      if (text === undefined) throw new CliError(`${path}: cannot read: no such file`, 2);
      return text;
    },
    writeText(path: string, text: string) {
      io.files[path] = text;
    },
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    resolveBeside(file: string, relative: string) {
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      return `${dir}${relative}`;
    },
  };
  return io;
}
