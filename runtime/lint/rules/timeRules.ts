import { diagnostic, type Diagnostic, type JsonPath } from '../../diagnostics/diagnostic';
import { durationMs, DURATION_HELP } from '../../model/duration';
import { distributionProblem, type DistributionMode } from '../../model/distributionProblem';
import type { LintContext } from '../lintContext';

/** J023, J024: timers are durations; delays and handle times are sound time distributions. */
export function timesAndDistributions(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dist = (value: unknown, mode: DistributionMode, path: JsonPath, owner: { nodeId?: string; edgeId?: string }, what: string) => {
    if (value === undefined) return;
    const problem = distributionProblem(value, mode);
    if (problem) out.push(diagnostic('J024', `${what}: ${problem}`, { path, ...owner }));
  };
  ctx.journey.nodes.forEach((n, i) => {
    if (n.work) dist(n.work.handle, 'time', ['nodes', i, 'work', 'handle'], { nodeId: n.id }, `handle time of '${n.id}'`);
  });
  ctx.journey.edges.forEach((e, i) => {
    const owner = { edgeId: e.id };
    if (e.after !== undefined && durationMs(e.after) === undefined) {
      out.push(diagnostic('J023', `timer of edge '${e.id}' is ${JSON.stringify(e.after)}: ${DURATION_HELP}`, { path: ['edges', i, 'after'], ...owner }));
    }
    dist(e.sim?.delay, 'time', ['edges', i, 'sim', 'delay'], owner, `sim delay of edge '${e.id}'`);
    for (const [seg, o] of Object.entries(e.sim?.segments ?? {})) {
      dist(o.delay, 'time', ['edges', i, 'sim', 'segments', seg, 'delay'], owner, `sim delay of edge '${e.id}' for segment '${seg}'`);
    }
  });
  return out;
}
