import { z } from 'zod';
import { defineNodeKind } from '../defineNodeKind';
import { diagnostic } from '../../runtime/diagnostics/diagnostic';
import { amountSchema } from '../../runtime/model/primitives';

export const OUTCOME_RESULTS = ['success', 'failure', 'churn', 'abandoned', 'neutral'] as const;

/** The journey ends. */
export const outcome = defineNodeKind({
  kind: 'outcome',
  title: 'Outcome',
  description: 'The journey ends: success, failure, churn, abandoned or neutral, with its value.',
  icon: 'finish',
  connect: 'none',
  defaultLane: 'customer',
  props: {
    result: z.enum(OUTCOME_RESULTS).describe('How the journey ended'),
    value: amountSchema.optional().describe('Value of the outcome (money)'),
  },
  defaults: () => ({ label: 'Outcome', result: 'success' as const }),
  compile: (node) => ({ final: node.value === undefined ? { result: node.result } : { result: node.result, value: node.value }, tags: [`result-${node.result}`] }),
  lint: (node, _index, ctx) =>
    ctx.edgesFrom(node.id).map(({ edge, index }) =>
      diagnostic('J019', `edge '${edge.id}' leaves outcome '${node.id}': an outcome ends the journey; remove the edge or change the node's kind`, { path: ctx.edgePath(index), edgeId: edge.id, nodeId: node.id }),
    ),
});
