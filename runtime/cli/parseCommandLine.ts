import { parseArgs } from 'node:util';
import { CliError } from './cliError';

export interface CommandLine {
  command: string | undefined;
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  cohort: { type: 'string' },
  customers: { type: 'string' },
  seed: { type: 'string' },
  engine: { type: 'string' },
  horizon: { type: 'string' },
  over: { type: 'string' },
  import: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Split argv into a command, its files and its options; unknown options are a usage error. */
export function parseCommandLine(argv: string[]): CommandLine {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    const [command, ...rest] = positionals;
    return { command, positionals: rest, options: values as Record<string, string | boolean | undefined> };
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    const ambiguous = /^Option '(--?[\w-]+)(?:, [^']*)?' argument is ambiguous/.exec(msg);
    if (ambiguous) throw new CliError(`journey: the value of ${ambiguous[1]} starts with '-': write ${ambiguous[1]}=<value>`);
    throw new CliError(`journey: ${msg.replace(/\. To specify a positional.*$/, '')} (see 'journey --help')`);
  }
}
