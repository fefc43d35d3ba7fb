import type { FramePiece } from './framePiece';
import type { PictureTheme } from './pictureTheme';
import { tag, text } from './svgTag';
import { textWidth } from './textLayout';

export const KEY_HEIGHT = 20;

/** The key under the map: what the lines, the star and the faces' colours mean (with room for text wider than estimated). */
export function pictureKey(t: PictureTheme, x: number, y: number): FramePiece {
  const cy = y + KEY_HEIGHT / 2;
  const parts: string[] = [];
  let kx = x;
  const label = (s: string) => {
    parts.push(text({ x: kx, y: cy + 4, 'font-size': 11, fill: t.muted }, s));
    kx += textWidth(s, 11) + 18;
  };
  const line = (colour: string, dash?: string) => {
    parts.push(tag('path', { d: `M${kx} ${cy}H${kx + 26}`, stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': dash }));
    kx += 32;
  };
  line(t.edgeEvent);
  label('event (customer or system)');
  line(t.edgeAfter, '6 4');
  label('timer');
  line(t.edgeAlways);
  label('rule');
  parts.push(text({ x: kx + 6, y: cy + 5, 'text-anchor': 'middle', 'font-size': 14, fill: t.mot }, '★'));
  kx += 16;
  label('moment of truth');
  for (const v of [-2, -1, 0, 1, 2]) {
    parts.push(tag('circle', { cx: kx + 5, cy, r: 5, fill: t.emotion[v + 2] }));
    kx += 14;
  }
  label('emotion: very negative to very positive');
  return { box: [x, y, x + 1.3 * (kx - x) + 40, y + KEY_HEIGHT], markup: tag('g', { class: 'key' }, parts.join('')) };
}
