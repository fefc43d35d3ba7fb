import type { DriverResult } from './hostileDriver';

/** What a run of a hostile case may take: time, and the driver's resident memory. */
export const HOSTILE_BOUNDS = { ms: 5000 } as const;

/** Text that means a crash leaked out: a stack frame, an internal error, a JavaScript error's name, an object printed as text. */
export const LEAKS: readonly [RegExp, string][] = [
  [/^\s+at /m, 'a stack frame'],
  [/internal error/i, 'an internal error'],
  [/\b(TypeError|RangeError|ReferenceError|SyntaxError|EvalError)\b/, 'a JavaScript error name'],
  [/\[object \w+\]/, 'an object printed as text'],
  [/\bundefined\b|(?<!["'])\bNaN\b(?!["'])/, '"undefined" or NaN where a name or number belongs'],
];

/**
 * Is `line` located? It names one of `files` (or a device the case named) and then the place: a
 * diagnostic's `line:col: severity Jnnn`, `cannot read: <why>`, a run's `error node|edge|customer`,
 * or `the journey names no cohort`; or it is a command's error about one of its `--options`.
 */
export function isLocated(line: string, files: readonly string[]): boolean {
  if (/^journey (simulate|compare|staff|compile): (unknown )?--[a-z]+\b/.test(line)) return true;
  for (const file of files) {
    // A file inside a folder of the case (a cohort the journey names, that is not there).
    if (line.startsWith(`${file}/`) && /^[^:]+: cannot read: \S/.test(line)) return true;
    const rest = line.startsWith(`${file}:`) ? line.slice(file.length + 1) : undefined;
    if (rest === undefined) continue;
    if (/^\d+:\d+: (error|warning) J\d{3} \S/.test(rest)) return true;
    if (/^ cannot read: \S/.test(rest)) return true;
    if (/^ error (node|edge|customer) /.test(rest)) return true;
    if (/^ the journey names no cohort: pass --cohort/.test(rest)) return true;
  }
  return false;
}

/** The lines of a run a person reads: stderr, and stdout of `validate` (its diagnostics). */
export function readLines(argv: readonly string[], r: DriverResult): string[] {
  const text = argv[0] === 'validate' ? `${r.stdout}${r.stderr}` : r.stderr;
  return text.split('\n').filter((l) => l.trim() !== '');
}

export interface HostileExpectation {
  exits: readonly number[];
  codes: readonly string[];
  /** Paths a located line may name (the case's files, and devices it uses). */
  files: readonly string[];
  capMb: number;
  /** The longest a run may take (default HOSTILE_BOUNDS.ms). */
  maxMs?: number;
}

/** Everything wrong with the runs of one case (empty when it was handled as it must be). */
export function hostileProblems(runs: readonly { argv: string[]; result: DriverResult }[], expect: HostileExpectation): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { argv, result: r } of runs) {
    const what = `\`${argv.map((a) => a.replace(/^.*\/case-[^/]+\//, '')).join(' ')}\``;
    if (![0, 1, 2].includes(r.code)) problems.push(`${what}: exit ${r.code}, not 0, 1 or 2`);
    else if (!expect.exits.includes(r.code)) problems.push(`${what}: exit ${r.code}, expected ${expect.exits.join(' or ')}`);
    const lines = readLines(argv, r);
    const all = `${r.stderr}\n${argv[0] === 'validate' ? r.stdout : ''}`;
    for (const [pattern, what2] of LEAKS) if (pattern.test(all)) problems.push(`${what}: ${what2}: ${JSON.stringify(all.match(pattern)?.input?.split('\n').find((l) => pattern.test(l)) ?? all.slice(0, 300))}`);
    for (const line of lines) if (!isLocated(line, expect.files)) problems.push(`${what}: a line that does not say where: ${JSON.stringify(line.slice(0, 300))}`);
    if (r.code !== 0 && lines.length === 0) problems.push(`${what}: exit ${r.code} without a line saying why`);
    if (r.code === 0 && argv[0] !== 'validate' && r.stdoutLength === 0) problems.push(`${what}: exit 0 but no output`);
    const maxMs = expect.maxMs ?? HOSTILE_BOUNDS.ms;
    if (r.ms > maxMs) problems.push(`${what}: took ${Math.round(r.ms)} ms, more than ${maxMs}`);
    if (r.peakRssMb > expect.capMb) problems.push(`${what}: the driver's peak RSS reached ${Math.round(r.peakRssMb)} MB, over its cap of ${expect.capMb} MB`);
    for (const m of all.matchAll(/\b(J\d{3})\b/g)) seen.add(m[1]!);
  }
  for (const code of expect.codes) if (!seen.has(code)) problems.push(`${code} was expected and no run printed it (printed: ${[...seen].join(', ') || 'no code'})`);
  return problems;
}
