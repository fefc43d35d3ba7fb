import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitText, graphemes, textWidth, wrapText } from './textLayout';

describe('wrapText', () => {
  it('breaks at spaces, keeping every character', () => {
    const text = 'Books an appointment with a mortgage advisor at the branch';
    const { lines, cut } = wrapText(text, 120, 12.5, 5);
    expect(cut).toBe(false);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    for (const l of lines) expect(textWidth(l.trimEnd(), 12.5)).toBeLessThanOrEqual(120);
  });

  it('gives back any text that fits, whatever its characters (emoji and accents are not split)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const { lines, cut } = wrapText(text, 182, 12.5, 10);
        if (!cut) expect(lines.join('')).toBe(text);
        expect(lines.flatMap(graphemes).every((g) => text.includes(g) || g === '…')).toBe(true);
      }),
    );
  });

  it('cuts after the last line with an ellipsis', () => {
    const { lines, cut } = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, 12.5, 2);
    expect(cut).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('fitText', () => {
  it('keeps what fits, else cuts with an ellipsis', () => {
    expect(fitText('web', 90, 10.5)).toBe('web');
    const cut = fitText('A very long product name indeed', 60, 10.5);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10.5)).toBeLessThanOrEqual(60);
  });

  it('counts wide characters (CJK, emoji) wider', () => {
    expect(textWidth('漢字漢字', 10)).toBeGreaterThan(textWidth('abcd', 10));
  });
});
