// The default `variant` guard of compiled journeys (DESIGN §3): which variant of an experiment a
// customer is in, sticky and portable. Self-contained (no imports; only erasable TypeScript) so that
// the exported module inlines it verbatim, and a backend in any language can do the same:
//
//   bytes  = UTF-8 of `${customer.id}:${journey id}:${split id}`
//   hash   = FNV-1a 32-bit of bytes (offset basis 0x811c9dc5, prime 0x01000193)
//   bucket = hash / 2^32, in [0, 1)
//   the variant is the first, in document order, whose cumulative weight / total weight > bucket.

/** One variant of an experiment as the guard needs it: its id and weight (> 0). */
export interface VariantWeight {
  id: string
  weight: number
}

/** FNV-1a, 32-bit, of the UTF-8 bytes of `text`: an unsigned integer. */
export function fnv1a32(text: string): number {
  const bytes = new TextEncoder().encode(text)
  let hash = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i]!
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The customer's bucket in [0, 1) at experiment `splitId` of journey `journeyId`. */
export function variantBucket(customerId: string, journeyId: string, splitId: string): number {
  return fnv1a32(`${customerId}:${journeyId}:${splitId}`) / 4294967296
}

/** The variant whose share of the cumulative weights, in document order, holds `bucket` (in [0, 1)). */
export function variantAt(variants: readonly VariantWeight[], bucket: number): string | undefined {
  let total = 0
  for (const v of variants) if (v.weight > 0) total += v.weight
  let acc = 0
  let last: string | undefined
  for (const v of variants) {
    if (!(v.weight > 0)) continue
    acc += v.weight
    last = v.id
    if (bucket < acc / total) return v.id
  }
  return last
}

/** The variant of customer `customerId` at experiment `splitId` of journey `journeyId`. */
export function assignVariant(variants: readonly VariantWeight[], customerId: string, journeyId: string, splitId: string): string | undefined {
  return variantAt(variants, variantBucket(customerId, journeyId, splitId))
}
