import type { FlowNode } from './toFlow';

/** Minimap colours: journey nodes by kind, red when they have errors; headers and labels invisible. */
export function minimapNodeColor(node: FlowNode): string {
  if (node.type !== 'journey') return 'transparent';
  if (node.data.issues?.errors) return 'var(--ws-error, #f14c4c)';
  return `var(--jn-kind-${node.data.node.kind}, #7f8ea3)`;
}
