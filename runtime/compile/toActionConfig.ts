import type { Action } from '../model/primitives';
import type { ActionConfig } from './machineConfig';

/** A document action → a parameterised XState action named after its type; params are its other fields. */
export function toActionConfig(action: Action): ActionConfig {
  const { type, ...params } = action;
  return { type, params };
}
