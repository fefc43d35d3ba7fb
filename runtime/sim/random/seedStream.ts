import { STREAM_WORDS } from './sfc32';

/** The independent random streams of one customer (DESIGN §5.1: common random numbers). */
export const STREAM = {
  /** Who the customer is: segment, attributes, patience. Shared by every journey variant. */
  customer: 0,
  /** What the customer does: event choice, delays, handle times. */
  behaviour: 1,
  /** Whether the customer answers surveys, kept apart so listening points do not shift behaviour. */
  listening: 2,
  /** When the customer enters the journey (cohort `arrivals`), kept apart from who it is. */
  arrival: 3,
  /**
   * Which variant of each experiment the customer is in (DESIGN §5.7): one draw per split node, in
   * document order. Nothing else draws from it, so the customer's other draws are the same whatever
   * variant it gets: the variants of one run compare on common random numbers.
   */
  assignment: 4,
} as const;

const TWO_POW_32 = 4294967296;

/** murmur3's 32-bit finaliser: a bijective avalanche of one word. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** The hash of the low and high 32-bit words of seed and index (negative numbers wrap, deterministically). */
function customerHash(seed: number, index: number): number {
  let h = 0x2545f491;
  h = fmix32((h ^ (seed >>> 0)) + 0x9e3779b9);
  h = fmix32((h ^ (Math.floor(seed / TWO_POW_32) >>> 0)) + 0x9e3779b9);
  h = fmix32((h ^ (index >>> 0)) + 0x9e3779b9);
  return fmix32((h ^ (Math.floor(index / TWO_POW_32) >>> 0)) + 0x9e3779b9);
}

// The last (seed, index) hashed, and its hash: a memo of a pure function.
let lastSeed = Number.NaN;
let lastIndex = Number.NaN;
let lastCustomerHash = 0;

/** splitmix32's output function: the mix of one point of its Weyl sequence. */
function splitmix32(z: number): number {
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return z ^ (z >>> 15);
}

/**
 * Seeds the sfc32 stream at `state[offset…]` from (seed, customer index, stream id): the words are
 * hashed together (murmur3 mixing), expanded into 128 bits of state with splitmix32, and the
 * generator is warmed up 12 rounds. The stream depends only on these three numbers, so a customer
 * draws the same numbers whatever the order customers are simulated in, in any shard, in any
 * journey variant.
 */
export function seedStream(state: Int32Array, offset: number, seed: number, index: number, stream: number): void {
  // A customer's streams are seeded one after the other: the hash of (seed, index) is kept.
  if (seed !== lastSeed || index !== lastIndex) {
    lastCustomerHash = customerHash(seed, index);
    lastSeed = seed;
    lastIndex = index;
  }
  const h = fmix32((lastCustomerHash ^ stream) + 0x9e3779b9);
  // splitmix32: four successive outputs of a Weyl sequence, mixed (no closure here: this runs three
  // times per customer, and a closure per call is measurable).
  const x = h | 0;
  let a = splitmix32((x + 0x9e3779b9) | 0);
  let b = splitmix32((x + 0x3c6ef372) | 0);
  let c = splitmix32((x + 0xdaa66d2b) | 0);
  let d = splitmix32((x + 0x78dde6e4) | 0);
  // 12 rounds of sfc32 (nextUint32), in registers.
  for (let k = 0; k < 12; k++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
  }
  state[offset] = a;
  state[offset + 1] = b;
  state[offset + 2] = c;
  state[offset + 3] = d;
}

/** A stream on its own (tests, one-off draws): its state and offset 0. */
export function createStream(seed: number, index: number, stream: number): Int32Array {
  const state = new Int32Array(STREAM_WORDS);
  seedStream(state, 0, seed, index, stream);
  return state;
}
