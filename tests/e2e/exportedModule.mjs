// Running what the workbench exports, outside the browser: a scratch package whose node_modules is
// the repository's (so `xstate` and `@marcbachmann/cel-js` resolve), TypeScript run with tsx.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory with `node_modules` linked to the repository's. */
export function scratchPackage(root, name) {
  const dir = join(tmpdir(), `journey-studio-e2e-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `e2e-${name}`, private: true, type: 'module' }));
  return dir;
}

/** Runs a script with tsx in `dir`; returns stdout (throws with stderr on failure). */
export function runTsx(root, dir, file) {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [file], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) throw new Error(`tsx ${file} failed (${r.status}):\n${r.stderr || r.stdout}`);
  return r.stdout;
}

/** Runs the Vitest files of `dir` (no config of the repository's); returns the output. */
export function runVitest(root, dir) {
  writeFileSync(join(dir, 'vitest.config.mjs'), 'export default { test: { include: ["*.test.ts"] } }\n');
  const r = spawnSync(join(root, 'node_modules/.bin/vitest'), ['run', '--root', dir, '--config', join(dir, 'vitest.config.mjs'), '--reporter', 'dot'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CI: '1' } });
  if (r.status !== 0) throw new Error(`vitest failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A driver: starts the exported machine with a customer, sends `events` (a work step passes with work.start/work.done), prints the snapshot. */
export function driverSource(moduleFile, customer, events) {
  return `import { createActor } from 'xstate'
import { machine } from './${moduleFile}'
const actor = createActor(machine, { input: { customer: ${JSON.stringify(customer)} } })
actor.start()
const seen = [JSON.stringify(actor.getSnapshot().value)]
const queue = ${JSON.stringify(events)}
for (let guard = 0; guard < 50 && actor.getSnapshot().status === 'active'; guard++) {
  const value = JSON.stringify(actor.getSnapshot().value)
  const type = value.includes('"queued"') ? 'work.start' : value.includes('"handling"') ? 'work.done' : queue.shift()
  if (!type) break
  actor.send({ type })
  seen.push(JSON.stringify(actor.getSnapshot().value))
}
const s = actor.getSnapshot()
console.log(JSON.stringify({ status: s.status, output: s.output ?? null, value: s.value, seen, journey: s.context.journey }))
`;
}

export const writeText = (path, text) => writeFileSync(path, text);
