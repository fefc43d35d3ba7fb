import { performance } from 'node:perf_hooks';
import { validateText } from '../runtime/lint/validateText';
import { createJourneyMachine } from '../runtime/compile/createJourneyMachine';
import { exportTs } from '../runtime/compile/exports/exportTs';
import { generateLargeJourney } from '../runtime/testing/generateLargeJourney';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(runs: number, f: () => void): number {
  for (let i = 0; i < 3; i++) f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return Number(median(times).toFixed(2));
}

/** Validate + compile of a generated 1,000-node journey (target: under 100 ms, median of runs). */
export function benchCore() {
  const text = JSON.stringify(generateLargeJourney(1000), null, 2);
  const runs = 15;
  let diagnostics = 0;
  const validateMs = time(runs, () => {
    diagnostics = validateText(text).diagnostics.length;
  });
  const journey = validateText(text).journey!;
  const compileMs = time(runs, () => void createJourneyMachine(journey));
  const totalMs = time(runs, () => void createJourneyMachine(validateText(text).journey!));
  const exportTsMs = time(runs, () => void exportTs(journey));
  return {
    name: 'validate+compile 1000-node journey',
    nodes: journey.nodes.length,
    edges: journey.edges.length,
    diagnostics,
    runs,
    validateMedianMs: validateMs,
    compileMedianMs: compileMs,
    validateAndCompileMedianMs: totalMs,
    exportTsMedianMs: exportTsMs,
    targetMs: 100,
    pass: totalMs < 100,
  };
}
