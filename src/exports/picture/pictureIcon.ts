import { iconShape } from '../../shell/iconShapes';
import { tag } from './svgTag';

/**
 * A named icon of the registry (the same paths as the workbench's `<Icon>`) as picture markup: a
 * `size`-pixel square with its top left at (x, y), drawn in `colour`. No glyph, so no font needed.
 */
export function pictureIcon(id: string, x: number, y: number, size: number, colour: string): string {
  const paths = iconShape(id)
    .map((p) => ('fill' in p && p.fill ? tag('path', { d: p.d, fill: colour, stroke: 'none' }) : tag('path', { d: p.d })))
    .join('');
  return tag('g', { class: 'icon', 'data-icon': id, transform: `translate(${x} ${y}) scale(${size / 24})`, fill: 'none', stroke: colour, 'stroke-width': 1.6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, paths);
}
