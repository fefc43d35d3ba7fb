import { z } from 'zod';
import { channelSchema, costSchema } from '../../runtime/model/primitives';
import { defineNodeKind } from '../defineNodeKind';

/**
 * A personalised offer, the 5 Rs: right product and incentive here, right channel; right customer is
 * the guard of the incoming edge and right time its trigger.
 */
export const offer = defineNodeKind({
  kind: 'offer',
  title: 'Offer',
  description: 'A personalised offer: product, incentive and channel; audience and timing come from the incoming edge.',
  icon: 'gift',
  defaultLane: 'frontstage',
  props: {
    product: z.string().describe('The product or service offered'),
    incentive: z.looseObject({ name: z.string(), cost: costSchema }).optional().describe('Incentive and its cost per use'),
    channel: channelSchema.describe('Channel the offer is made through'),
  },
  defaults: () => ({ label: 'New offer', product: 'product', channel: 'email' as const }),
  compile: (node) => ({ meta: { channel: node.channel, product: node.product, ...(node.incentive ? { incentive: node.incentive } : {}) } }),
});
