import { z } from 'zod';
import { idSchema } from '../../runtime/model/primitives';

/**
 * One arm of an experiment (DESIGN §2 `split`): `weight` is its relative share of the customers
 * (> 0; the weights need not sum to 1), `holdout` marks the control group that gets nothing.
 */
export const splitVariantSchema = z.looseObject({
  id: idSchema.describe('The variant id, written as "variant" on its edge'),
  weight: z.number().describe('Relative share of the customers (> 0)'),
  holdout: z.boolean().optional().describe('The control group: the other variants are compared with it'),
});

/** The kind-specific fields of a `split` node (the document shape). */
export const splitProps = {
  variants: z.array(splitVariantSchema).min(2).describe('The variants (2 or more), each with one rule edge carrying "variant"'),
  goal: z.string().optional().describe('What the experiment measures: an outcome id or a result (success, failure, churn, abandoned, neutral); default success'),
};

export type SplitVariant = z.infer<typeof splitVariantSchema>;

/** The goal of a split that names none. */
export const DEFAULT_SPLIT_GOAL = 'success';
