import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../nodes/registry';
import { ICON_SHAPES, channelIcon, iconShape, isIconId } from './iconShapes';
import { nodeChips } from '../exports/picture/nodeChips';
import { pictureIcon } from '../exports/picture/pictureIcon';

// an emoji or symbol glyph, the kind of character that needs a font to show as an icon
const GLYPH = /[\u2190-\u21FF\u2300-\u23FF\u25A0-\u27BF\u2B00-\u2BFF\u{1F300}-\u{1FAFF}]/u;

describe('icon registry', () => {
  it.each(NODE_KINDS.map((k) => [k.kind, k.icon] as const))('the %s kind names an icon of the registry (%s)', (_kind, icon) => {
    expect(isIconId(icon)).toBe(true);
    expect(GLYPH.test(icon)).toBe(false);
  });

  it('every icon is paths in the 24×24 box, no text', () => {
    for (const [id, paths] of Object.entries(ICON_SHAPES)) {
      expect(paths.length, id).toBeGreaterThan(0);
      for (const p of paths) expect(p.d, id).toMatch(/^M[\d.\s,a-zA-Z-]+$/);
    }
  });

  it('an unknown name draws the unknown icon; channels have theirs', () => {
    expect(iconShape('nope')).toBe(ICON_SHAPES.unknown);
    expect(channelIcon('email')).toBe('email');
    expect(channelIcon('mail')).toBe('email');
    expect(channelIcon('carrier pigeon')).toBe('dot');
  });

  it('the picture draws the same paths, and its chips carry icons, not glyphs', () => {
    const svg = pictureIcon('hourglass', 10, 6, 12, '#123456');
    for (const p of ICON_SHAPES.hourglass) expect(svg).toContain(p.d);
    expect(svg).not.toMatch(/<text/);
    const chips = nodeChips({ id: 'a', kind: 'touchpoint', label: 'A', channel: 'email', work: { team: 'ops', handle: '5m' } } as never, undefined);
    expect(chips.map((c) => c.icon)).toEqual(['email', 'flag']);
    for (const c of chips) expect(GLYPH.test(c.text), c.text).toBe(false);
  });
});
