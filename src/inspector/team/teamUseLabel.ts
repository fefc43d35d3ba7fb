import type { Journey } from '../../../runtime/model/journey';
import type { TeamUse } from '../../../runtime/model/ops';

/** How a use of a team reads in a list: "Visit — needs its staff", "edge apply — task “Call back”". */
export function teamUseLabel(journey: Journey, use: TeamUse): string {
  const owner = use.nodeId !== undefined ? journey.nodes.find((n) => n.id === use.nodeId) : journey.edges.find((e) => e.id === use.edgeId);
  const name = use.nodeId !== undefined ? ((owner as { label?: string } | undefined)?.label || use.nodeId) : `edge ${use.edgeId}`;
  const task = /^actions\.(\d+)\.team$/.exec(use.field);
  if (task) {
    const action = (owner?.actions as { title?: string }[] | undefined)?.[Number(task[1])];
    return `${name} — task “${action?.title ?? ''}”`;
  }
  if (use.field === 'work.team') return `${name} — needs its staff`;
  return `${name} — ${use.field}`;
}
