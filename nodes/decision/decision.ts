import { defineNodeKind } from '../defineNodeKind';
import { diagnostic, type Diagnostic } from '../../runtime/diagnostics/diagnostic';

/** A business rule routes the customer: only rule (`always`) edges out, one of them the default. */
export const decision = defineNodeKind({
  kind: 'decision',
  title: 'Decision',
  description: 'A business rule routes the customer: rule edges out, the unguarded one is the default.',
  icon: 'decision',
  connect: 'always',
  defaultLane: 'backstage',
  traits: ['routes-by-rules'],
  props: {},
  defaults: () => ({ label: 'New decision' }),
  example: (targets, guard) => ({ edges: targets.map((to, k) => (k < targets.length - 1 ? { to, always: true as const, guard: guard() } : { to, always: true as const })) }),
  lint: (node, index, ctx) => {
    const out: Diagnostic[] = [];
    const edges = ctx.edgesFrom(node.id);
    for (const { edge, index: ei } of edges) {
      if (edge.always !== true) {
        out.push(diagnostic('J017', `edge '${edge.id}' leaves decision '${node.id}' on ${edge.event !== undefined ? `event ${edge.event}` : 'a timer'}: a decision routes at once, so its edges are rules ("always": true) with guards`, { path: ctx.edgePath(ei), edgeId: edge.id, nodeId: node.id }));
      }
    }
    const rules = edges.filter(({ edge }) => edge.always === true);
    const defaultAt = rules.findIndex(({ edge }) => edge.guard === undefined || edge.guard.trim() === '');
    if (edges.length > 0 && defaultAt < 0) {
      out.push(diagnostic('J016', `decision '${node.id}' has no default edge: add a rule edge without a guard, taken when no other rule holds`, { path: ctx.nodePath(index), nodeId: node.id }));
    } else if (defaultAt >= 0 && defaultAt < rules.length - 1) {
      const shadowed = rules.slice(defaultAt + 1).map(({ edge }) => edge.id);
      out.push(diagnostic('J107', `decision '${node.id}': the default edge '${rules[defaultAt]!.edge.id}' comes before ${shadowed.map((s) => `'${s}'`).join(', ')}, which can never be taken; move the default last`, { path: ctx.edgePath(rules[defaultAt]!.index), edgeId: rules[defaultAt]!.edge.id, nodeId: node.id }));
    }
    return out;
  },
});
