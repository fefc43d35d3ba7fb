import { defineNodeKind } from '../defineNodeKind';
import { diagnostic, type Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { DEFAULT_SPLIT_GOAL, splitProps } from './splitSchema';

export { splitProps, splitVariantSchema, DEFAULT_SPLIT_GOAL, type SplitVariant } from './splitSchema';

/** The results an outcome may have (the goal may name one instead of an outcome id). */
const RESULTS = new Set(['success', 'failure', 'churn', 'abandoned', 'neutral']);

/**
 * An experiment: each customer is assigned to one variant, by weight (DESIGN §2, §3, §5.7). One rule
 * edge per variant, carrying `"variant": "<id>"`, no guards; the goal is an outcome id or a result.
 */
export const split = defineNodeKind({
  kind: 'split',
  title: 'Experiment',
  description: 'An A/B/n split: each customer gets one variant by weight (sticky), with an optional holdout; the result compares the goal per variant.',
  icon: 'split',
  defaultLane: 'backstage',
  traits: ['assigns-variants'],
  connect: 'always',
  props: splitProps,
  defaults: () => ({ label: 'Experiment', variants: [{ id: 'a', weight: 50 }, { id: 'b', weight: 50 }], goal: DEFAULT_SPLIT_GOAL }),
  compile: (node) => ({ meta: { variants: node.variants.map((v) => (v.holdout ? { id: v.id, weight: v.weight, holdout: true } : { id: v.id, weight: v.weight })), goal: node.goal ?? DEFAULT_SPLIT_GOAL } }),
  sim: { experiment: (node) => ({ variants: node.variants, goal: node.goal ?? DEFAULT_SPLIT_GOAL }) },
  // One variant per target (at least two); with three or more, the last is the holdout.
  example: (targets) => {
    const n = Math.max(2, targets.length);
    const variants = Array.from({ length: n }, (_, k) => ({ id: `v${k}`, weight: k === n - 1 && n > 2 ? 10 : 45, ...(k === n - 1 && n > 2 ? { holdout: true } : {}) }));
    return { fields: { variants }, edges: variants.map((v, k) => ({ to: targets[k % targets.length]!, always: true as const, variant: v.id })) };
  },
  lint: (node, index, ctx) => {
    const out: Diagnostic[] = [];
    const at = { nodeId: node.id };
    const ids = new Set<string>();
    node.variants.forEach((v, k) => {
      if (!(Number.isFinite(v.weight) && v.weight > 0)) {
        out.push(diagnostic('J110', `variant '${v.id}' of experiment '${node.id}' has weight ${v.weight}: give it a weight above 0 (weights are relative: 45, 45, 10), or remove the variant`, { path: ctx.nodePath(index, 'variants', k, 'weight'), ...at }));
      }
      if (ids.has(v.id)) out.push(diagnostic('J111', `experiment '${node.id}' names variant '${v.id}' twice: give each variant its own id`, { path: ctx.nodePath(index, 'variants', k, 'id'), ...at }));
      ids.add(v.id);
    });
    const holdouts = node.variants.filter((v) => v.holdout === true);
    if (holdouts.length > 1) {
      const k = node.variants.indexOf(holdouts[1]!);
      out.push(diagnostic('J118', `experiment '${node.id}' has ${holdouts.length} holdouts (${holdouts.map((v) => `'${v.id}'`).join(', ')}): keep "holdout": true on one variant only, the group the others are compared with`, { path: ctx.nodePath(index, 'variants', k, 'holdout'), ...at }));
    }
    const edges = ctx.edgesFrom(node.id);
    const byVariant = new Map<string, number[]>();
    for (const { edge, index: ei } of edges) {
      const where = { path: ctx.edgePath(ei), edgeId: edge.id, nodeId: node.id };
      if (edge.always !== true || edge.variant === undefined || !ids.has(edge.variant)) {
        const why = edge.always !== true
          ? `leaves on ${edge.event !== undefined ? `event ${edge.event}` : 'a timer'}: an experiment assigns at once, so its edges are rules ("always": true)`
          : edge.variant === undefined
            ? 'carries no "variant"'
            : `names variant '${edge.variant}', which the experiment does not have`;
        out.push(diagnostic('J113', `edge '${edge.id}' out of experiment '${node.id}' ${why}: each edge out of an experiment is a rule carrying one of its variants (${[...ids].map((v) => `"${v}"`).join(', ')})`, where));
      }
      if (edge.guard !== undefined && edge.guard.trim() !== '') {
        out.push(diagnostic('J114', `edge '${edge.id}' out of experiment '${node.id}' has a guard: the variant decides who takes it; remove the guard (to target a group, put a decision before the experiment)`, { ...where, path: ctx.edgePath(ei, 'guard') }));
      }
      if (edge.variant !== undefined) byVariant.set(edge.variant, [...(byVariant.get(edge.variant) ?? []), ei]);
    }
    node.variants.forEach((v, k) => {
      const list = byVariant.get(v.id) ?? [];
      if (list.length === 0) {
        out.push(diagnostic('J112', `variant '${v.id}' of experiment '${node.id}' has no edge: add a rule edge from '${node.id}' with "always": true and "variant": "${v.id}" to where this variant's customers go`, { path: ctx.nodePath(index, 'variants', k, 'id'), ...at }));
      } else if (list.length > 1) {
        const ei = list[1]!;
        out.push(diagnostic('J112', `variant '${v.id}' of experiment '${node.id}' has ${list.length} edges: keep exactly one (the others can never be taken)`, { path: ctx.edgePath(ei), edgeId: ctx.edgesFrom(node.id).find((e) => e.index === ei)!.edge.id, nodeId: node.id }));
      }
    });
    const goal = node.goal ?? 'success';
    const goalIsResult = RESULTS.has(goal);
    const meetsGoal = (id: string) => (goalIsResult ? ctx.endResult(id) === goal : id === goal && ctx.endResult(id) !== undefined);
    const goalPath = node.goal === undefined ? ctx.nodePath(index) : ctx.nodePath(index, 'goal');
    if (!goalIsResult && ctx.endResult(goal) === undefined) {
      out.push(diagnostic('J116', `the goal '${goal}' of experiment '${node.id}' is neither an outcome id nor a result: set "goal" to the id of an outcome node, or to success, failure, churn, abandoned or neutral`, { path: goalPath, ...at }));
    } else {
      for (const v of node.variants) {
        const first = edges.find(({ edge }) => edge.variant === v.id && edge.always === true);
        if (!first || !ctx.nodeIndex.has(first.edge.to)) continue;
        const reached = ctx.reachable(first.edge.to);
        if (![...reached].some(meetsGoal)) {
          out.push(diagnostic('J117', `the goal '${goal}' of experiment '${node.id}' cannot be reached by variant '${v.id}' (from '${first.edge.to}'): connect that path to ${goalIsResult ? `an outcome with "result": "${goal}"` : `outcome '${goal}'`}, or change the goal`, { path: ctx.edgePath(first.index), edgeId: first.edge.id, nodeId: node.id }));
        }
      }
    }
    if (holdouts.length === 0) {
      out.push(diagnostic('J119', `experiment '${node.id}' has no holdout: without a group that gets nothing you measure variants against each other, not their lift; add a variant with "holdout": true (e.g. weight 10)`, { path: ctx.nodePath(index, 'variants'), ...at }));
    }
    return out;
  },
});
