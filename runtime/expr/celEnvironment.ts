// The CEL environment of a journey: `customer` and `journey` are typed objects, `event` is a dyn map.
// Construction lives in celRuntime.ts (inlinable into exported modules); this file adds the
// project types and a cache so editors and simulators share one environment per scope.
import type { Environment } from '@marcbachmann/cel-js'
import { celFieldTypes, createCelEnvironment as createRuntimeEnvironment } from './celRuntime'
import { re2Matches } from './re2Matches'

export type AttributeType = 'number' | 'bool' | 'string'

export interface ExprScope {
  /** Declared customer attributes; `segment` and `id` (strings) are always available too. */
  customer: Record<string, AttributeType>
  /** Journey variables with their initial values (number -> double, boolean -> bool, string -> string, else dyn). */
  vars: Record<string, unknown>
}

/**
 * Builds a new environment for `scope` (uncached; prefer celEnvironmentFor in hot paths), whose
 * `matches()` is RE2's, in linear time (re2Matches).
 */
export function createCelEnvironment(scope: ExprScope): Environment {
  return createRuntimeEnvironment(scope, { matches: re2Matches })
}

/** Identifies a scope by the CEL types it declares (initial values do not matter, only their types). */
export function scopeSignature(scope: ExprScope): string {
  const { customer, journey } = celFieldTypes(scope)
  return JSON.stringify([Object.entries(customer), Object.entries(journey)])
}

const byIdentity = new WeakMap<ExprScope, Environment>()
const bySignature = new Map<string, Environment>()
const MAX_ENVIRONMENTS = 64

/** Cached environment for `scope`: by object identity first, then by declared types. */
export function celEnvironmentFor(scope: ExprScope): Environment {
  const known = byIdentity.get(scope)
  if (known !== undefined) return known
  const signature = scopeSignature(scope)
  let env = bySignature.get(signature)
  if (env === undefined) {
    env = createCelEnvironment(scope)
    if (bySignature.size >= MAX_ENVIRONMENTS) {
      const oldest = bySignature.keys().next()
      if (!oldest.done) bySignature.delete(oldest.value)
    }
    bySignature.set(signature, env)
  }
  byIdentity.set(scope, env)
  return env
}

/** Names usable after `customer.`, in declaration order (segment last unless declared). */
export function customerAttributeNames(scope: ExprScope): string[] {
  return Object.keys(celFieldTypes(scope).customer)
}

/** Names usable after `journey.`, in declaration order. */
export function journeyVariableNames(scope: ExprScope): string[] {
  return Object.keys(celFieldTypes(scope).journey)
}
