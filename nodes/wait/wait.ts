import { defineNodeKind } from '../defineNodeKind';
import { diagnostic } from '../../runtime/diagnostics/diagnostic';

/** Waiting for the customer or the world; at least one timer out, so nobody waits forever. */
export const wait = defineNodeKind({
  kind: 'wait',
  title: 'Wait',
  description: 'Waiting for the customer or the world: needs at least one timer edge out.',
  icon: 'hourglass',
  defaultLane: 'customer',
  traits: ['needs-timer'],
  props: {},
  defaults: () => ({ label: 'Wait' }),
  lint: (node, index, ctx) =>
    ctx.edgesLeaving(node).some(({ edge }) => edge.after !== undefined)
      ? []
      : [diagnostic('J018', `wait '${node.id}' has no timer: add an edge with "after" (e.g. "3d") so that customers do not wait forever`, { path: ctx.nodePath(index), nodeId: node.id })],
});
