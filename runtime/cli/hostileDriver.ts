// The child process of the hostile-document suite (runtime/cli/hostileDocuments.test.ts): run it
// with a memory cap, `node --max-old-space-size=<MB> --import tsx runtime/cli/hostileDriver.ts`.
// It reads requests, one JSON line each on stdin: `{ "id": "...", "argv": ["validate", "/tmp/x.json"] }`,
// and runs each through the real CLI (runCli with nodeIo's file reading: regular files only, the
// size limit, strict UTF-8), one at a time. Before a run it writes `{"running": id}` (synchronously,
// so a crash or an out-of-memory death still names the case); after it,
// `{"id", "code", "stdout", "stderr", "ms", "rssMb", "peakRssMb", "heapMb"}` on one line.
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CliIo } from './cliIo';
import { nodeIo } from './nodeIo';
import { runCli } from './runCli';

/** What the driver answers about one run. */
export interface DriverResult {
  id: string;
  code: number;
  /** What the command printed (stdout cut to `maxStdout` characters, with its full length). */
  stdout: string;
  stdoutLength: number;
  stderr: string;
  ms: number;
  /** Resident memory after the run, and the process's peak so far, in MB. */
  rssMb: number;
  peakRssMb: number;
  heapMb: number;
}

export interface DriverRequest {
  id: string;
  argv: string[];
  /** Keep at most this many characters of stdout (default 20,000; a compiled chain is megabytes). */
  maxStdout?: number;
}

/** The CLI's io on the real file system, with its output collected instead of printed. */
function collectingIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { ...nodeIo, stderrIsTTY: false, out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

const say = (message: object) => writeSync(1, `${JSON.stringify(message)}\n`);

/** Runs one request through the CLI and measures it. */
export async function runRequest(request: DriverRequest): Promise<DriverResult> {
  const io = collectingIo();
  const t0 = performance.now();
  const code = await runCli(request.argv, io);
  const ms = performance.now() - t0;
  const stdout = io.out.join('');
  const mem = process.memoryUsage();
  return {
    id: request.id, code, stdout: stdout.slice(0, request.maxStdout ?? 20_000), stdoutLength: stdout.length, stderr: io.err.join(''), ms,
    rssMb: mem.rss / 2 ** 20, peakRssMb: process.resourceUsage().maxRSS / 1024, heapMb: mem.heapUsed / 2 ** 20,
  };
}

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  say({ ready: true, pid: process.pid });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const request = JSON.parse(line) as DriverRequest;
    say({ running: request.id });
    say(await runRequest(request));
  }
}

if (process.argv[1]?.endsWith('hostileDriver.ts')) void main();
