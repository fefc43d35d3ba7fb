import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mermaidLabel, mermaidShownText } from './mermaidLabel';
import { hostileText } from '../../testing/hostileJourney';

/** What Mermaid shows for a label: its `#<code>;` as characters (the real renderer is in tests/e2e/specs/16-mermaid). */
const shown = (label: string) => label.replace(/#(\d+);/g, (_, cp: string) => String.fromCodePoint(Number(cp)));

describe('mermaidLabel', () => {
  it('keeps ordinary text readable', () => {
    expect(mermaidLabel('Visit website')).toBe('Visit website');
    expect(mermaidLabel('after 3d [journey.reminders >= 2]')).toBe('after 3d [journey.reminders >= 2]');
    expect(mermaidLabel('Café – 😀')).toBe('Café #8211; 😀'.replace('#8211;', '–'));
  });

  it('codes what Mermaid, HTML or the lexer would read', () => {
    expect(mermaidLabel('Nudge: "soft"; then wait')).toBe('Nudge#58; #34;soft#34;#59; then wait');
    expect(mermaidLabel('a && b < c #1;')).toBe('a #38;#38; b #60; c #35;1#59;');
    expect(mermaidLabel(' two  spaces ')).toBe('#32;two #32;spaces#32;');
    expect(mermaidLabel('go direction lr')).toBe('go directio#110; lr');
    expect(mermaidLabel('[[choice]]')).toBe('#91;[choice]]');
    expect(mermaidLabel('ﬂ°°35¶ß')).toBe('#64258;#8288;#176;#176;35#182;#8288;#223;');
    expect(mermaidLabel('*a* _b_')).toBe('#42;a#42; #95;b#95;');
    expect(mermaidLabel('line\u2028break\n%%\r\n\r')).toBe('line#8232;break#10;#37;#37;#10;#10;');
    expect(mermaidLabel('\uD800\u0000')).toBe('\uFFFD\uFFFD');
    expect(mermaidLabel('\u0085')).toBe('\u0085');
  });

  it('shows any text exactly (but for what no label holds), in a label no lexer rule can end or reinterpret', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const label = mermaidLabel(text);
        expect(shown(label)).toBe(mermaidShownText(text));
        expect(label.replace(/#\d+;/g, '')).not.toMatch(/[":;#%<&`$\\\n\r\t{}|]|\[\[|[\uD800-\uDFFF\uFB02\u00B0\u00B6\u00DF\u2028\u2029]/u);
        expect(label).not.toMatch(/^\s|\s$|\s\s|direction\s/i);
      }),
      { numRuns: 1000 },
    );
  });
});
