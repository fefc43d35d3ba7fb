import { z } from 'zod';
import { defineNodeKind } from '../defineNodeKind';
import { diagnostic, type Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { idList } from '../../runtime/lint/idList';

/** A transfer between teams or channels. */
export const handoff = defineNodeKind({
  kind: 'handoff',
  title: 'Handoff',
  description: 'A transfer between teams or channels; seamless when the customer never repeats information.',
  icon: 'handoff',
  traits: ['handoff'],
  defaultLane: 'frontstage',
  props: {
    toTeam: z.string().optional().describe('The team the customer is handed to'),
    repeatsInfo: z.boolean().describe('Does the customer have to give the same information again?'),
  },
  teamFields: ['toTeam'],
  defaults: () => ({ label: 'Handoff', repeatsInfo: false }),
  sim: { handoffsPerVisit: () => 1 },
  compile: (node) => ({ meta: { repeatsInfo: node.repeatsInfo, ...(node.toTeam ? { toTeam: node.toTeam } : {}) } }),
  lint: (node, index, ctx) => {
    const out: Diagnostic[] = [];
    if (node.toTeam !== undefined && !ctx.teamIds.has(node.toTeam)) {
      out.push(diagnostic('J011', `handoff '${node.id}' goes to unknown team '${node.toTeam}': declare it in "teams" or pick one of ${idList(ctx.teamIds) || '(no teams)'}`, { path: ctx.nodePath(index, 'toTeam'), nodeId: node.id }));
    }
    if (node.repeatsInfo) {
      out.push(diagnostic('J104', `handoff '${node.id}' makes the customer repeat information: pass the case context to the next team and set "repeatsInfo": false`, { path: ctx.nodePath(index, 'repeatsInfo'), nodeId: node.id }));
    }
    return out;
  },
});
