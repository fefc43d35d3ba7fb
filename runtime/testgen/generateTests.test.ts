import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { journeySchema, type Journey } from '../model/journey';
import { exportTs } from '../compile/exports/exportTs';
import { generateTests } from './generateTests';
import { findOutcomePaths, type FindOutcomePathsOptions } from './findOutcomePaths';
import { arbitraryHostileJourney } from '../testing/hostileJourney';
import { nodeKind } from '../../nodes/registry';
import { mortgageJourney, onboardingJourney, vipOnlyJourney } from '../compile/testJourneys';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numTodoTests: number;
  testResults: Array<{ name: string; assertionResults: Array<{ title: string; status: string }> }>;
}

/**
 * Writes each journey's exported machine (`<id>.machine.ts`) and generated tests (`<id>.test.ts`)
 * into a fresh temp dir whose node_modules links to the repo's, and runs Vitest there in a
 * subprocess, as a project that adopted the exports would.
 */
function runGenerated(files: Array<{ machineOf: Journey; testsOf: Journey }>, search: FindOutcomePathsOptions = {}): { status: number | null; report: VitestReport; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'journey-testgen-'));
  dirs.push(dir);
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const { machineOf, testsOf } of files) {
    writeFileSync(join(dir, `${testsOf.id}.machine.ts`), exportTs(machineOf));
    writeFileSync(join(dir, `${testsOf.id}.test.ts`), generateTests(testsOf, { ...search, importPath: `./${testsOf.id}.machine` }));
  }
  const reportFile = join(dir, 'report.json');
  const run = spawnSync(process.execPath, [join(repo, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', dir, '--reporter=json', `--outputFile=${reportFile}`], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', FORCE_COLOR: '0', VITEST: undefined, VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined, NODE_ENV: undefined },
    timeout: 240_000,
  });
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
  return { status: run.status, report, output: `${run.stdout}\n${run.stderr}` };
}

function samples(): Journey[] {
  const folder = join(repo, 'samples');
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((f) => f.endsWith('.journey.json')).sort();
  } catch {
    return [];
  }
  return names.map((f) => journeySchema.parse(JSON.parse(readFileSync(join(folder, f), 'utf8'))));
}

describe('generateTests', () => {
  it('writes one test per outcome reached, importing the machine from importPath', () => {
    const text = generateTests(mortgageJourney, { importPath: '../dist/mortgage.js' });
    expect(text).toContain(`import { machine } from "../dist/mortgage.js"`);
    expect(text).toContain(`import { createActor, SimulatedClock } from 'xstate'`);
    expect([...text.matchAll(/^ {2}it\("([^"]+)"/gm)].map((m) => m[1])).toEqual([
      'reaches approved (success): visit → APPLY → apply-form → SUBMIT → approved',
      'reaches declined (failure): visit → APPLY → apply-form → SUBMIT → declined',
      'reaches lost (abandoned): visit → QUIT → lost',
    ]);
    expect(text).toContain('expect(actor.getSnapshot().value).toEqual({"apply":"apply-form"})');
    expect(text).toContain(`expect(snapshot.output).toEqual({"outcome":"approved","result":"success","value":1000})`);
    expect(generateTests(onboardingJourney)).toContain('clock.increment(172800000) // after 2d');
    expect(generateTests(onboardingJourney)).toContain(`import { machine } from "./onboarding.machine"`);
  });

  it('names the outcomes it could not reach in a comment, without a skipped test', () => {
    const blocked = journeySchema.parse({ ...vipOnlyJourney, edges: vipOnlyJourney.edges.map((e) => (e.id === 'to-vip' ? { ...e, guard: 'customer.age > 200 && customer.age < 100' } : e)) });
    const text = generateTests(blocked);
    expect(text).toContain('// No test for outcome "vip-activated": no path reaches it');
    expect(text).not.toMatch(/\bit\.(todo|skip)\(/);
  });

  it('produces tests that pass under Vitest against the exported machine, and fail against a changed one', () => {
    const changed = journeySchema.parse({ ...mortgageJourney, edges: mortgageJourney.edges.map((e) => (e.id === 'e-fast' ? { ...e, guard: 'customer.income >= 90000 && customer.digital' } : e)) });
    const green = runGenerated([mortgageJourney, onboardingJourney, vipOnlyJourney].map((j) => ({ machineOf: j, testsOf: j })));
    expect(green.report.numFailedTests, green.output).toBe(0);
    expect(green.report.numPassedTests).toBe(3 + 2 + 3);
    expect(green.status, green.output).toBe(0);

    const red = runGenerated([{ machineOf: changed, testsOf: mortgageJourney }]);
    expect(red.status).not.toBe(0);
    const results = red.report.testResults.flatMap((f) => f.assertionResults.map((a) => [a.title, a.status]));
    expect(results).toEqual([
      ['reaches approved (success): visit → APPLY → apply-form → SUBMIT → approved', 'failed'],
      ['reaches declined (failure): visit → APPLY → apply-form → SUBMIT → declined', 'passed'],
      ['reaches lost (abandoned): visit → QUIT → lost', 'passed'],
    ]);
  }, 240_000);

  it('produces passing tests for every sample journey, one per outcome', () => {
    const all = samples();
    if (all.length === 0) return;
    const run = runGenerated(all.map((j) => ({ machineOf: j, testsOf: j })));
    expect(run.report.numFailedTests, run.output).toBe(0);
    expect(run.report.numTodoTests, 'every outcome of a sample should be reachable').toBe(0);
    const outcomes = all.reduce((n, j) => n + j.nodes.filter((node) => nodeKind(node.kind)?.compile?.(node as never)?.final).length, 0);
    expect(run.report.numPassedTests).toBe(outcomes);
    expect(run.status, run.output).toBe(0);
  }, 240_000);
});

/** The path search of the hostile-text tests: some random journeys' state spaces explode at the default depth. */
const HOSTILE_SEARCH: FindOutcomePathsOptions = { customers: 16, maxSteps: 12 };

describe('generateTests with hostile text in the document', () => {
  /** The string and JSON literals of the generated file, read back by the TypeScript parser. */
  function readBack(text: string) {
    const diagnostics = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } }).diagnostics ?? [];
    const file = ts.createSourceFile('generated.test.ts', text, ts.ScriptTarget.ES2022, true);
    const tests: { title: string; sends: string[]; output: unknown; journey: unknown }[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.expression.getText() === 'it') {
        const title = node.arguments[0]!;
        tests.push({ title: ts.isStringLiteral(title) ? title.text : `not a string literal: ${title.getText()}`, sends: [], output: undefined, journey: undefined });
      }
      if (ts.isCallExpression(node) && node.expression.getText() === 'actor.send') {
        const type = (node.arguments[0] as ts.ObjectLiteralExpression).properties[0] as ts.PropertyAssignment;
        tests.at(-1)!.sends.push((type.initializer as ts.StringLiteral).text);
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'toEqual') {
        const subject = node.expression.expression.getText();
        if (subject === 'expect(snapshot.output)') tests.at(-1)!.output = JSON.parse(node.arguments[0]!.getText());
        if (subject === 'expect(snapshot.context.journey)') tests.at(-1)!.journey = JSON.parse(node.arguments[0]!.getText());
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    return { diagnostics, tests };
  }

  it('writes valid TypeScript whose literals hold the document’s strings exactly', () => {
    fc.assert(
      fc.property(arbitraryHostileJourney, ({ journey }) => {
        // Few candidate customers and a short depth keep the search short (what is checked here is
        // how the document's strings are written, not how far the search goes); the same options
        // give the same paths.
        const options = HOSTILE_SEARCH;
        const text = generateTests(journey, options);
        const { diagnostics, tests } = readBack(text);
        expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
        const paths = findOutcomePaths(journey, options);
        expect(tests).toHaveLength(paths.length);
        paths.forEach((p, i) => {
          const sends = p.steps.flatMap((s) => ('send' in s ? [s.send] : []));
          expect(tests[i]!.sends).toEqual(sends);
          for (const event of sends) expect(tests[i]!.title).toContain(event);
          expect(tests[i]!.output).toEqual(p.output);
          expect(tests[i]!.journey).toEqual(p.observed.at(-1)!.journey);
        });
        expect(text.split('\n').filter((line) => line.trimStart().startsWith('//')).every((line) => !/[\u2028\u2029\r]/.test(line))).toBe(true);
      }),
      // A fixed seed: path search time varies a lot between journeys, and this must not depend on the draw.
      { numRuns: 15, seed: 13 },
    );
  }, 240_000);

  it('writes tests that pass under Vitest against the exported machine', () => {
    const journeys = fc.sample(arbitraryHostileJourney, { numRuns: 3, seed: 13 }).map(({ journey }, i) => journeySchema.parse({ ...journey, id: `hostile-${i}` }));
    const run = runGenerated(journeys.map((j) => ({ machineOf: j, testsOf: j })), HOSTILE_SEARCH);
    expect(run.report.numFailedTests, run.output).toBe(0);
    expect(run.report.numPassedTests).toBe(journeys.reduce((n, j) => n + findOutcomePaths(j, HOSTILE_SEARCH).length, 0));
    expect(run.report.numPassedTests).toBeGreaterThan(0);
    expect(run.status, run.output).toBe(0);
  }, 240_000);
});
