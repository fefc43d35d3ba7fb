import { describe, expect, it } from 'vitest';
import { KIND_FAMILIES, NO_OUTCOME_COLOUR, outcomeColours, type ResultKind } from './outcomeColours';

/** Hue (degrees), saturation and lightness (0…1) of "#rrggbb". */
function hsl(hex: string): { h: number; s: number; l: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/** The mortgage sample's outcomes (7), and more of each kind. */
const MORTGAGE = ['neutral', 'abandoned', 'abandoned', 'failure', 'success', 'churn', 'neutral'].map((result, i) => ({ id: `o${i}`, result }));
const MANY = (['success', 'failure', 'churn', 'abandoned', 'neutral'] as const).flatMap((result) => [0, 1, 2, 3, 4].map((i) => ({ id: `${result}${i}`, result })));

describe('outcomeColours', () => {
  it.each([
    ['the mortgage sample', MORTGAGE],
    ['five outcomes of each kind', MANY],
  ])('gives no two outcomes the same colour (%s), nor the colour of "no outcome"', (_, outcomes) => {
    const colours = Object.values(outcomeColours(outcomes));
    expect(colours).toHaveLength(outcomes.length);
    expect(new Set([...colours, NO_OUTCOME_COLOUR]).size).toBe(outcomes.length + 1);
  });

  it("keeps each colour within its kind's hue family", () => {
    const colours = outcomeColours(MANY);
    for (const o of MANY) {
      const c = hsl(colours[o.id]!);
      const family = KIND_FAMILIES[o.result as ResultKind];
      if (o.result === 'neutral') expect(c.s, `${o.id} ${colours[o.id]} is grey`).toBeLessThan(0.08);
      else {
        expect(hueDistance(c.h, family.hue), `${o.id} ${colours[o.id]} hue ${c.h}`).toBeLessThanOrEqual(16);
        expect(c.s, `${o.id} is coloured`).toBeGreaterThan(0.3);
      }
    }
  });

  it('tells the shades of one kind apart by lightness (colour-blind readers see that)', () => {
    const colours = outcomeColours(MANY);
    for (const kind of ['success', 'failure', 'churn', 'abandoned', 'neutral']) {
      const lightness = [0, 1, 2, 3, 4].map((i) => hsl(colours[`${kind}${i}`]!).l).sort((a, b) => a - b);
      for (let i = 1; i < lightness.length; i++) expect(lightness[i]! - lightness[i - 1]!, kind).toBeGreaterThan(0.07);
    }
  });

  it('is stable: the same outcomes in the same order give the same colours; an unknown result is neutral', () => {
    expect(outcomeColours(MORTGAGE)).toEqual(outcomeColours(MORTGAGE.map((o) => ({ ...o }))));
    const odd = outcomeColours([{ id: 'x', result: 'mystery' }]);
    expect(hsl(odd.x!).s).toBeLessThan(0.08);
  });

  it('reads success green, failure red, churn purple, abandoned amber', () => {
    const one = outcomeColours(['success', 'failure', 'churn', 'abandoned'].map((result) => ({ id: result, result })));
    expect(hueDistance(hsl(one.success!).h, 120)).toBeLessThan(20);
    expect(hueDistance(hsl(one.failure!).h, 0)).toBeLessThan(15);
    expect(hueDistance(hsl(one.churn!).h, 280)).toBeLessThan(20);
    expect(hueDistance(hsl(one.abandoned!).h, 40)).toBeLessThan(15);
  });
});
