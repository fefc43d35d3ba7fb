// The canvas projection: toFlow of a 300-node journey on a selection change (target: under 15 ms,
// median of runs). Timing belongs here, not in unit tests, which must hold on a loaded machine.
import { performance } from 'node:perf_hooks';
import { toFlow } from '../src/canvas/toFlow';
import { generateJourney } from '../src/canvas/dev/generateJourney';

export function benchCanvas() {
  const journey = generateJourney(300);
  let flow = toFlow(journey, [], { nodes: [], edges: [] });
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    flow = toFlow(journey, [], { nodes: [`n${i % 300}`], edges: [] }, flow);
    times.push(performance.now() - t);
  }
  const median = Number([...times.slice(10)].sort((a, b) => a - b)[25]!.toFixed(2));
  return { name: 'toFlow of a 300-node journey on a selection change', nodes: 300, medianMs: median, targetMs: 15, pass: median < 15 };
}
