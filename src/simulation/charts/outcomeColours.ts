// Colours of outcomes by their result kind: success green, failure red, churn purple, abandoned
// amber, neutral grey (and "no outcome" a cool slate). Outcomes of one kind get distinct shades of
// that kind's hue, mostly by lightness (which colour-blind readers still tell apart), a little by
// hue. Pure: the same outcomes in the same order give the same colours, on every chart and legend.

export type ResultKind = 'success' | 'failure' | 'churn' | 'abandoned' | 'neutral' | 'none';

interface Family {
  hue: number;
  saturation: number;
  /** The lightness of a kind's only outcome; more outcomes spread around it. */
  lightness: number;
}

/** The hue family of each kind (HSL: hue in degrees, saturation and lightness in %). */
export const KIND_FAMILIES: Readonly<Record<ResultKind, Family>> = {
  success: { hue: 128, saturation: 44, lightness: 44 },
  failure: { hue: 2, saturation: 64, lightness: 53 },
  churn: { hue: 275, saturation: 45, lightness: 58 },
  abandoned: { hue: 40, saturation: 78, lightness: 50 },
  neutral: { hue: 212, saturation: 0, lightness: 62 },
  none: { hue: 212, saturation: 12, lightness: 40 },
};

/** The lightness range the shades of one kind spread over (%). */
const LIGHTEST = 72;
const DARKEST = 30;
/** Hue steps between the shades of one kind, around the kind's hue (degrees). */
const HUE_STEP = 5;

export function kindOf(result: string | undefined): ResultKind {
  return result !== undefined && result in KIND_FAMILIES ? (result as ResultKind) : 'neutral';
}

/** "#rrggbb" of an HSL colour (degrees, %, %). */
export function hslToHex(h: number, s: number, l: number): string {
  const sat = s / 100;
  const light = l / 100;
  const a = sat * Math.min(light, 1 - light);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const v = light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** The i-th of n shades of a kind: one outcome gets the kind's own colour; more spread lightest to darkest. */
export function shadeOf(kind: ResultKind, i: number, n: number): string {
  const f = KIND_FAMILIES[kind];
  if (n <= 1) return hslToHex(f.hue, f.saturation, f.lightness);
  // Spread evenly, but never further apart than needed (two shades: 18 points apart around the base).
  const span = Math.min(LIGHTEST - DARKEST, 18 * (n - 1));
  // Centred on the kind's lightness, moved inside [DARKEST, LIGHTEST] when it would stick out.
  const top = Math.max(DARKEST + span, Math.min(LIGHTEST, f.lightness + span / 2));
  const lightness = top - (span * i) / (n - 1);
  const hue = (f.hue + HUE_STEP * (i - (n - 1) / 2) + 360) % 360;
  return hslToHex(hue, f.saturation, lightness);
}

/**
 * A colour for each outcome, in the given (stable) order: the k-th outcome of a kind gets the k-th
 * shade of that kind. Keys are the outcome ids.
 */
export function outcomeColours(outcomes: readonly { id: string; result: string | undefined }[]): Record<string, string> {
  const byKind = new Map<ResultKind, string[]>();
  for (const o of outcomes) {
    const kind = kindOf(o.result);
    byKind.set(kind, [...(byKind.get(kind) ?? []), o.id]);
  }
  const colours: Record<string, string> = {};
  for (const [kind, ids] of byKind) ids.forEach((id, i) => (colours[id] = shadeOf(kind, i, ids.length)));
  return colours;
}

/** The colour of customers with no outcome (stalled, gave up in a queue, still inside). */
export const NO_OUTCOME_COLOUR = shadeOf('none', 0, 1);
