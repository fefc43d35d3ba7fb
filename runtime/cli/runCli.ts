import { CliError, EXIT } from './cliError';
import type { CliIo } from './cliIo';
import { parseCommandLine } from './parseCommandLine';
import { VALIDATE_USAGE, validateCommand } from './commands/validateCommand';
import { COMPILE_USAGE, compileCommand } from './commands/compileCommand';
import { TEST_GEN_USAGE, testGenCommand } from './commands/testGenCommand';
import { SIMULATE_USAGE, simulateCommand } from './commands/simulateCommand';
import { COMPARE_USAGE, compareCommand } from './commands/compareCommand';
import { STAFF_USAGE, staffCommand } from './commands/staffCommand';
import { SERVE_USAGE, serveCommand } from './commands/serveCommand';

type Command = { usage: string; summary: string; /** Options it takes besides those its usage names (and --help). */ alsoTakes?: string[]; run: (io: CliIo, files: string[], options: Record<string, string | boolean | undefined>) => number | Promise<number> };

/** The CLI's commands by name; `simulate`, `compare` and `staff` join them with the simulator. */
export const COMMANDS: Record<string, Command> = {
  validate: { usage: VALIDATE_USAGE, summary: 'check journeys and cohorts; file:line:col: severity CODE message', run: (io, f, o) => validateCommand(io, f, { json: o.json === true }) },
  compile: { usage: COMPILE_USAGE, summary: 'export the journey as an XState v5 module, machine JSON or Mermaid', run: (io, f, o) => compileCommand(io, f, str(o, 'format', 'output')) },
  'test-gen': { usage: TEST_GEN_USAGE, summary: 'a Vitest file with one test per shortest path to each outcome', run: (io, f, o) => testGenCommand(io, f, str(o, 'output', 'import')) },
  simulate: { usage: SIMULATE_USAGE, summary: 'simulate N customers; the simulation/1 result as JSON', run: (io, f, o) => simulateCommand(io, f, o) },
  compare: { usage: COMPARE_USAGE, summary: 'the same customers through two journeys: outcome differences with 95% CIs', run: (io, f, o) => compareCommand(io, f, o) },
  staff: { usage: STAFF_USAGE, summary: 'the fewest staff per team meeting its service level / abandonment target', alsoTakes: ['engine', 'horizon'], run: (io, f, o) => staffCommand(io, f, o) },
  serve: { usage: SERVE_USAGE, summary: 'the sync server for shared files (live collaboration); data saved in --data', run: (io, f, o) => serveCommand(io, f, o) },
};

function str<K extends string>(o: Record<string, string | boolean | undefined>, ...keys: K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) if (typeof o[k] === 'string') out[k] = o[k] as string;
  return out;
}

/** The options a command takes: those its usage names (`--name`, `-o` for output), its `alsoTakes`, and help. */
export function optionsOf(cmd: Command): Set<string> {
  const names = new Set(['help', ...(cmd.alsoTakes ?? [])]);
  for (const m of cmd.usage.matchAll(/--([a-z][a-z-]*)/g)) names.add(m[1]!);
  if (/(^|[\s[])-o\b/.test(cmd.usage)) names.add('output');
  return names;
}

export function helpText(): string {
  const lines = Object.entries(COMMANDS).map(([, c]) => `  ${c.usage.padEnd(64)} ${c.summary}`);
  return `usage: npm run journey -- <command> …\n\n${lines.join('\n')}\n\nExit codes: 0 ok, 1 the documents have errors, 2 the command could not run.\n`;
}

/** Run one command line; every failure becomes one line on stderr and an exit code, never a stack trace. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { command, positionals, options } = parseCommandLine(argv);
    if (command === undefined || options.help === true || command === 'help') {
      io.stdout(helpText());
      return command === undefined && options.help !== true ? EXIT.usage : EXIT.ok;
    }
    const cmd = COMMANDS[command];
    if (!cmd) throw new CliError(`journey: unknown command '${command}': use one of ${Object.keys(COMMANDS).join(', ')}`);
    const takes = optionsOf(cmd);
    const foreign = Object.keys(options).find((name) => options[name] !== undefined && !takes.has(name));
    if (foreign !== undefined) throw new CliError(`journey: ${command} does not take --${foreign}: journey ${cmd.usage}`);
    return await cmd.run(io, positionals, options);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`${err.message}\n`);
      return err.exitCode;
    }
    const msg = err instanceof Error ? err.message : String(err);
    io.stderr(`journey: internal error: ${msg.split('\n')[0]}\n`);
    return EXIT.usage;
  }
}
