import type { AttributeType } from './journey';

/** The customer attribute type of a cohort value: JSON numbers are `number`, true/false `bool`, labels `string`. */
function typeOfValue(value: unknown): AttributeType | undefined {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  return undefined;
}

/**
 * The type of the values an attribute distribution gives (DESIGN §2): a bare or fixed value its
 * own; exponential, uniform, lognormal and normal numbers; categorical labels; bernoulli true/false.
 * Undefined for a distribution that gives nothing (J024 says why).
 */
export function attributeValueType(dist: unknown): AttributeType | undefined {
  if (dist === null || typeof dist !== 'object') return typeOfValue(dist);
  switch ((dist as { dist?: unknown }).dist) {
    case 'fixed':
      return typeOfValue((dist as { value?: unknown }).value);
    case 'exponential':
    case 'uniform':
    case 'lognormal':
    case 'normal':
      return 'number';
    case 'categorical':
      return 'string';
    case 'bernoulli':
      return 'bool';
    default:
      return undefined;
  }
}
