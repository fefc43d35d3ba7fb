// How wide text is drawn, estimated: the picture is built without a DOM (in Node, in a worker), so
// there is nothing to measure with. The estimate errs on the wide side so that text stays inside
// its card or pill; a monospace font is exact up to the font's advance.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
const NARROW = /[ilj.,:;'!|()[\]{}\-tfrI1 ·]/;
const BROAD = /[mwMW@%]/;

/** The characters as the reader sees them (a flag, an accented letter, an emoji with skin tone: one each). */
export function graphemes(text: string): string[] {
  // Printable ASCII has one character per grapheme (and is most of what maps hold): skip the segmenter.
  return SIMPLE.test(text) ? text.split('') : Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Text whose every UTF-16 unit is a whole grapheme: Latin, punctuation, arrows and symbols (no combining marks, joiners or surrogates). */
const SIMPLE = /^[\x20-\x7e\xa0-\u02ff\u2010-\u2027\u2030-\u205e\u2070-\u2bff]*$/;
const widths = new Map<string, number>();
/** The width of a grapheme in em, remembered. */
function emOf(g: string): number {
  let w = widths.get(g);
  if (w === undefined) {
    w = advance(g);
    if (widths.size < 4096) widths.set(g, w);
  }
  return w;
}

const ASCII = /^[\x20-\x7e]*$/;
/** Widths of printable ASCII in em, by code (the estimate below, once). */
const ASCII_EM = Array.from({ length: 128 }, (_, c) => (c < 0x20 || c > 0x7e ? 0 : advance(String.fromCharCode(c))));

/** Width of one grapheme in em. */
function advance(g: string): number {
  if (WIDE.test(g)) return 1.05;
  if (NARROW.test(g)) return 0.34;
  if (BROAD.test(g)) return 0.86;
  if (/[A-Z0-9]/.test(g)) return 0.66;
  return 0.56;
}

/** Estimated width of a text at a font size; `mono` for a monospace font. */
export function textWidth(text: string, size: number, mono = false): number {
  let em = 0;
  if (ASCII.test(text)) {
    if (mono) return text.length * 0.62 * size;
    for (let i = 0; i < text.length; i++) em += ASCII_EM[text.charCodeAt(i)]!;
    return em * size;
  }
  for (const g of graphemes(text)) em += mono ? (WIDE.test(g) ? 1.2 : 0.62) : emOf(g);
  return em * size;
}

/** The longest start of a text that fits a width, with an ellipsis when cut. */
export function fitText(text: string, width: number, size: number, mono = false): string {
  if (textWidth(text, size, mono) <= width) return text;
  const gs = graphemes(text);
  let out = '';
  let w = textWidth('…', size, mono);
  for (const g of gs) {
    const gw = textWidth(g, size, mono);
    if (w + gw > width) break;
    out += g;
    w += gw;
  }
  return `${out.trimEnd()}…`;
}

/**
 * A text broken into lines of at most `width` (at spaces, or inside a word too long for a line), at
 * most `maxLines`; the last line ends with an ellipsis when the text is cut. The lines keep every
 * character (the spaces they break at end the line), so that joined they give the text back.
 */
export function wrapText(text: string, width: number, size: number, maxLines: number): { lines: string[]; cut: boolean } {
  const words = text.match(/\S+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    lines.push(line);
    line = '';
  };
  for (const word of words) {
    if (textWidth(line + word.trimEnd(), size) <= width) {
      line += word;
      continue;
    }
    if (line) push();
    if (textWidth(word.trimEnd(), size) <= width) {
      line = word;
      continue;
    }
    for (const g of graphemes(word)) {
      if (line && textWidth(line + g, size) > width && g.trim()) push();
      line += g;
    }
  }
  if (line || lines.length === 0) push();
  if (lines.length <= maxLines) return { lines, cut: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(`${kept[maxLines - 1]!.trimEnd()} ${lines[maxLines]!}`, width, size);
  return { lines: kept, cut: true };
}
