import type { CanvasOverlay } from '../../canvas/canvasOverlay';
import { toneKey } from '../../canvas/overlayTones';
import type { PictureTheme } from './pictureTheme';
import { tag, text } from './svgTag';
import { fitText, textWidth } from './textLayout';
import { xml } from './xmlText';

export interface TitleBlock {
  name: string;
  /** "27 steps · 5 stages · 5 lanes · exported 12 May 2025". */
  meta: string;
  /** The run the overlay shows: "10,000 customers · seed 7 · fast · cohort retail.cohort.json". */
  run?: string | undefined;
}

const NAME_SIZE = 24;
const LEGEND_HEIGHT = 30;

/** How tall the title block is (with the overlay's legend under it). */
export function titleHeight(block: TitleBlock, overlay: CanvasOverlay | undefined): number {
  return 58 + (block.run ? 20 : 0) + (overlay ? LEGEND_HEIGHT + 14 : 0);
}

/** How wide the title block wants to be (the picture grows for a long name on a small map). */
export function titleWidth(block: TitleBlock, overlay: CanvasOverlay | undefined): number {
  const legend = overlay ? legendWidth(overlay) : 0;
  return Math.max(textWidth(block.name, NAME_SIZE) * 1.08, textWidth(block.meta, 13), block.run ? textWidth(`Run ${block.run}`, 13) : 0, legend);
}

function legendWidth(overlay: CanvasOverlay): number {
  return 24 + textWidth(overlay.legend, 12) + toneKey(overlay).reduce((w, k) => w + 22 + textWidth(k.name, 11), 0);
}

/** The journey's name, what the picture is of, the run it shows, and the overlay's legend with its key. */
export function titleBlock(t: PictureTheme, block: TitleBlock, overlay: CanvasOverlay | undefined, x: number, y: number, width: number): string {
  const parts = [text({ class: 'title', x, y: y + 24, 'font-size': NAME_SIZE, 'font-weight': 700, fill: t.fgStrong }, fitText(block.name, width, NAME_SIZE))];
  parts.push(text({ class: 'meta', x, y: y + 48, 'font-size': 13, fill: t.muted }, fitText(block.meta, width, 13)));
  let bottom = y + 58;
  if (block.run) {
    parts.push(tag('text', { class: 'run', x, y: y + 68, 'font-size': 13, fill: t.fg }, tag('tspan', { 'font-weight': 600 }, 'Run ') + tag('tspan', {}, xml(fitText(block.run, width - 40, 13)))));
    bottom += 20;
  }
  if (overlay) parts.push(legend(t, overlay, x, bottom + 14, width));
  return tag('g', { class: 'title-block' }, parts.join(''));
}

/** The overlay's legend as the canvas's chip shows it: what it shows, and the key of its colours. */
function legend(t: PictureTheme, overlay: CanvasOverlay, x: number, y: number, width: number): string {
  const keys = toneKey(overlay);
  const keysW = keys.reduce((w, k) => w + 22 + textWidth(k.name, 11), 0);
  const label = fitText(overlay.legend, Math.max(120, width - keysW - 40), 12);
  const w = Math.min(width, 24 + textWidth(label, 12) + keysW + 6);
  const cy = y + LEGEND_HEIGHT / 2;
  const parts = [
    tag('rect', { x, y, width: w, height: LEGEND_HEIGHT, rx: 6, fill: t.widgetBg, stroke: t.borderStrong }),
    tag('rect', { x, y, width: 3, height: LEGEND_HEIGHT, fill: t.flow }),
    text({ class: 'legend-text', x: x + 14, y: cy + 4, 'font-size': 12, fill: t.fg }, label),
  ];
  let kx = x + 14 + textWidth(label, 12) + 14;
  for (const k of keys) {
    parts.push(tag('g', { class: 'legend-key', 'data-tone': k.tone }, tag('circle', { cx: kx + 4.5, cy, r: 4.5, fill: t.tones[k.tone] }) + text({ x: kx + 13, y: cy + 3.8, 'font-size': 11, fill: t.muted }, k.name)));
    kx += 22 + textWidth(k.name, 11);
  }
  return tag('g', { class: 'overlay-legend', 'data-source': overlay.source }, parts.join(''));
}
