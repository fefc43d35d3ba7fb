// Per customer slot, for the journey's experiments: the variant drawn at each split (from the
// customer's own `assignment` stream, all splits at once on first need, so sticky), and the variant
// the customer went into at each split it passed (for the per-variant metrics at its end).
import type { PlanSplit } from '../plan/splitPlan';
import { variantOfDraw } from '../plan/splitPlan';
import { STREAM, seedStream } from '../random/seedStream';
import { nextUniform, STREAM_WORDS } from '../random/sfc32';

export class SplitSlots {
  /** Splits per slot. */
  readonly K: number;
  /** [slot × K + split]: the variant drawn, index within the split (-1: not drawn yet). */
  private drawn = new Int32Array(0);
  /** [slot × K + split]: the global variant the customer went into there (-1: it has not passed the split). */
  passed = new Int32Array(0);
  private readonly scratch = new Int32Array(STREAM_WORDS);

  constructor(private readonly splits: readonly PlanSplit[]) {
    this.K = splits.length;
  }

  /** A new customer in `slot`: nothing drawn, no split passed. */
  reset(slot: number): void {
    const K = this.K;
    if ((slot + 1) * K > this.drawn.length) {
      let n = Math.max(16, this.drawn.length / K);
      while (n <= slot) n *= 2;
      const drawn = new Int32Array(n * K).fill(-1);
      drawn.set(this.drawn);
      this.drawn = drawn;
      const passed = new Int32Array(n * K).fill(-1);
      passed.set(this.passed);
      this.passed = passed;
    }
    this.drawn.fill(-1, slot * K, slot * K + K);
    this.passed.fill(-1, slot * K, slot * K + K);
  }

  /** Customer `index` (in `slot`) at split `split`: its variant, drawn by weight from its assignment stream. */
  variant(slot: number, split: number, seed: number, index: number): number {
    const K = this.K;
    const at = slot * K;
    if (this.drawn[at + split]! < 0) {
      // One draw per split, in document order: the variant at a split does not depend on the path.
      seedStream(this.scratch, 0, seed, index, STREAM.assignment);
      for (let k = 0; k < K; k++) this.drawn[at + k] = variantOfDraw(this.splits[k]!, nextUniform(this.scratch, 0));
    }
    return this.drawn[at + split]!;
  }

  /** The customer went into global variant `v` of split `split`; true the first time it passes that split. */
  pass(slot: number, split: number, v: number): boolean {
    const at = slot * this.K + split;
    if (this.passed[at]! >= 0) return false;
    this.passed[at] = v;
    return true;
  }
}
