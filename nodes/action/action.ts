import { defineNodeKind } from '../defineNodeKind';

/** The organisation acts, backstage or in support processes. */
export const action = defineNodeKind({
  kind: 'action',
  title: 'Action',
  description: 'The organisation acts (backstage or support): usually one rule edge out.',
  icon: 'gear',
  connect: 'always',
  defaultLane: 'backstage',
  props: {},
  defaults: () => ({ label: 'New action' }),
});
