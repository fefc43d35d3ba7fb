#!/usr/bin/env node
// Browser tests: build, serve the build with `vite preview` on a free port, drive Debian's
// chromium with playwright-core through the specs in tests/e2e/specs/, then stop the server.
// The last line is always `N passed, N failed`; the exit code is non-zero on any failure.
import { readdirSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { firstLoadSize } from './firstLoadSize.mjs';
import { buildApp, startPreview } from './previewServer.mjs';
import { launchChromium } from './chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
export const ARTIFACTS = join(here, 'artifacts');
const only = process.argv[2];
/** No test may hang the run: each gets this long. */
const TEST_TIMEOUT_MS = 90_000;

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} timed out after ${ms / 1000} s`)), ms)))]).finally(() => clearTimeout(timer));
}

let preview;
let browser;
let passed = 0;
let failed = 0;

const stopServer = () => preview?.stop();

function finish(code) {
  stopServer();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed > 0 ? 1 : 0));
}

process.on('SIGINT', () => finish(130));
process.on('SIGTERM', () => finish(143));
process.on('uncaughtException', (e) => {
  console.error(e);
  failed++;
  finish(1);
});

async function main() {
  if (!only) rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  console.log('building…');
  if (!process.env.E2E_SKIP_BUILD && !buildApp(root)) {
    failed++;
    console.log('✗ vite build failed');
    return finish(1);
  }

  const size = firstLoadSize(join(root, 'dist'));
  const sizeOk = size.gzipBytes < 500 * 1024;
  console.log(`first-load JS (without Monaco and elk chunks): ${(size.gzipBytes / 1024).toFixed(1)} KB gzipped in ${size.files.length} file(s) [${size.files.join(', ')}]`);
  if (sizeOk) passed++;
  else {
    failed++;
    console.log('✗ first-load JS is over 500 KB gzipped');
  }

  preview = await startPreview(root, { onStderr: (d) => process.stderr.write(`[preview] ${d}`) });
  const { baseUrl } = preview;
  browser = await launchChromium();

  const specDir = join(here, 'specs');
  const files = readdirSync(specDir)
    .filter((f) => f.endsWith('.spec.mjs'))
    .filter((f) => !only || new RegExp(only).test(f))
    .sort();
  for (const file of files) {
    const spec = (await import(pathToFileURL(join(specDir, file)).href)).default;
    console.log(`\n${spec.name} (${file})`);
    const env = { browser, baseUrl, root, artifacts: ARTIFACTS, spec: file.replace(/\.spec\.mjs$/, '') };
    let state;
    try {
      state = spec.setup ? await withTimeout(spec.setup(env), TEST_TIMEOUT_MS, 'setup') : env;
    } catch (e) {
      failed += spec.tests.length;
      console.log(`  ✗ setup failed: ${e.stack ?? e}`);
      continue;
    }
    let skipRest = false;
    for (const test of spec.tests) {
      if (skipRest) {
        failed++;
        console.log(`  ✗ ${test.name} (not run: an earlier step of this session failed)`);
        continue;
      }
      const start = performance.now();
      try {
        await withTimeout(test.run(state), TEST_TIMEOUT_MS, 'the test');
        const problems = state.session?.takeProblems() ?? [];
        if (problems.length) throw new Error(problems.join('\n'));
        passed++;
        console.log(`  ✓ ${test.name} (${Math.round(performance.now() - start)} ms)`);
      } catch (e) {
        failed++;
        const seen = state.session?.takeProblems() ?? [];
        console.log(`  ✗ ${test.name}\n    ${String(e.stack ?? e).split('\n').slice(0, 6).join('\n    ')}${seen.length ? `\n    also seen: ${seen.join('\n    ')}` : ''}`);
        await state.session?.shot(`FAILED-${test.name}`).catch(() => {});
        if (spec.sequential && test.blocking !== false) skipRest = true;
      }
    }
    await state.session?.close().catch(() => {});
  }
  await browser.close();
  finish();
}

main().catch((e) => {
  console.error(e);
  failed++;
  browser?.close().catch(() => {});
  finish(1);
});
