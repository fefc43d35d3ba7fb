import { channelSchema } from '../../runtime/model/primitives';
import { defineNodeKind } from '../defineNodeKind';

/** The customer interacts with the organisation through a channel. */
export const touchpoint = defineNodeKind({
  kind: 'touchpoint',
  title: 'Touchpoint',
  description: 'The customer interacts through a channel (web, app, phone, branch…).',
  icon: 'touchpoint',
  defaultLane: 'customer',
  props: { channel: channelSchema.describe('Channel of the interaction') },
  defaults: () => ({ label: 'New touchpoint', channel: 'web' as const }),
  compile: (node) => ({ meta: { channel: node.channel }, tags: [`channel-${node.channel}`] }),
});
