import type { JourneyNode, Team } from '../../../runtime/model/journey';
import type { Position } from '../../../runtime/model/primitives';
import { nodeKind } from '../../../nodes/registry';
import type { NodeOverlay } from '../../canvas/canvasOverlay';
import { NODE_HEIGHT, NODE_WIDTH } from '../../canvas/nodeSize';
import { nodeChips, type ChipTone } from './nodeChips';
import { pictureIcon } from './pictureIcon';
import { emotionColour, type PictureTheme } from './pictureTheme';
import { num, tag, text, title } from './svgTag';
import { fitText, textWidth, wrapText } from './textLayout';
import { xml } from './xmlText';

export interface NodeCardInput {
  node: JourneyNode;
  at: Position;
  team: Team | undefined;
  isStart: boolean;
  overlay: NodeOverlay | undefined;
  dimmed: boolean;
}

const LABEL_SIZE = 12.5;
const LABEL_WIDTH = NODE_WIDTH - 20;
const CHIP_SIZE = 10.5;
const RESULT_EDGE: Record<string, keyof PictureTheme> = { success: 'success', failure: 'error' };

/** The kind colour of a card's left edge (an outcome's result colours it, as on the canvas). */
function edgeColour(t: PictureTheme, node: JourneyNode): string {
  const result = (node as { result?: unknown }).result;
  if (result === 'churn') return t.emotion[1];
  if (typeof result === 'string' && RESULT_EDGE[result]) return t[RESULT_EDGE[result]] as string;
  return t.kinds[node.kind] ?? t.kindDefault;
}

function chipColours(t: PictureTheme, tone: ChipTone, kind: string): { fg: string; bg: string; alpha: number } {
  switch (tone) {
    case 'accent':
      return { fg: kind, bg: kind, alpha: 0.16 };
    case 'warning':
      return { fg: t.warning, bg: t.warning, alpha: 0.14 };
    case 'ok':
    case 'success':
      return { fg: t.success, bg: t.success, alpha: 0.13 };
    case 'failure':
      return { fg: t.error, bg: t.error, alpha: 0.14 };
    case 'churn':
      return { fg: t.emotion[1], bg: t.emotion[1], alpha: 0.14 };
    case 'team':
      return { fg: t.info, bg: t.info, alpha: 0.13 };
    default:
      return { fg: t.muted, bg: t.fg, alpha: 0.09 };
  }
}

/** The face of an emotion, 16 px, centred at (cx, cy): as nodes/EmotionFace draws it. */
function face(t: PictureTheme, value: number | string, cx: number, cy: number): string {
  if (typeof value === 'string') {
    return tag('g', { 'data-emotion': 'expression' }, tag('circle', { cx, cy, r: 6.5, fill: 'none', stroke: t.muted, 'stroke-width': 1.3 }) + text({ x: cx, y: cy + 3.2, 'text-anchor': 'middle', 'font-size': 8.5, 'font-style': 'italic', fill: t.muted }, 'ƒ'));
  }
  const v = Math.max(-2, Math.min(2, value));
  const bend = v * 1.6;
  const mouth = `M${cx - 3.2} ${cy + 2.4 - bend / 2} Q${cx} ${cy + 2.4 + bend} ${cx + 3.2} ${cy + 2.4 - bend / 2}`;
  return tag(
    'g',
    { 'data-emotion': v },
    tag('circle', { cx, cy, r: 7, fill: emotionColour(t, v) }) +
      tag('circle', { cx: cx - 2.4, cy: cy - 1.6, r: 1, fill: t.emotionInk }) +
      tag('circle', { cx: cx + 2.4, cy: cy - 1.6, r: 1, fill: t.emotionInk }) +
      tag('path', { d: mouth, fill: 'none', stroke: t.emotionInk, 'stroke-width': 1.3, 'stroke-linecap': 'round' }),
  );
}

/** What an overlay puts on a node: a ring in its tone and a badge with its figure. */
function overlayMarks(t: PictureTheme, overlay: NodeOverlay): string {
  const tone = overlay.tone ?? 'none';
  const colour = t.tones[tone];
  let out = tone === 'none' ? '' : tag('rect', { x: -3, y: -3, width: NODE_WIDTH + 6, height: NODE_HEIGHT + 6, rx: 8, fill: colour, 'fill-opacity': 0.07, stroke: colour, 'stroke-width': 2 });
  if (overlay.badge) {
    const label = fitText(overlay.badge, 156, CHIP_SIZE * 1.1);
    const w = textWidth(label, CHIP_SIZE * 1.1) + 14;
    const x = NODE_WIDTH - 8 - w;
    const ink = tone === 'none' ? t.fg : tone === 'warn' ? '#1a1a1a' : '#ffffff';
    out += tag(
      'g',
      { class: 'overlay-badge', 'data-tone': tone },
      tag('rect', { x, y: -11, width: w, height: 18, rx: 9, fill: tone === 'none' ? t.widgetBg : colour, stroke: tone === 'none' ? t.borderStrong : undefined }) +
        text({ x: x + w / 2, y: 2, 'text-anchor': 'middle', 'font-size': CHIP_SIZE, 'font-weight': 700, fill: ink }, label),
    );
  }
  return out;
}

/** A journey node as its card on the canvas: kind colour and icon, label, chips, team, emotion, moment of truth. */
export function pictureNode(t: PictureTheme, input: NodeCardInput): string {
  const { node, at, team, isStart, overlay, dimmed } = input;
  const d = nodeKind(node.kind);
  const kind = t.kinds[node.kind] ?? t.kindDefault;
  const parts: string[] = [];
  parts.push(tag('rect', { x: 0.5, y: 0.5, width: NODE_WIDTH - 1, height: NODE_HEIGHT - 1, rx: 6, fill: t.cardBg, stroke: t.cardBorder }));
  if (node.momentOfTruth) parts.push(tag('rect', { x: 0.5, y: 0.5, width: NODE_WIDTH - 1, height: NODE_HEIGHT - 1, rx: 6, fill: 'url(#mot-glow)' }));
  parts.push(tag('path', { d: `M6 0.5 H3.5 A3 3 0 0 0 0.5 3.5 V${NODE_HEIGHT - 3.5} A3 3 0 0 0 3.5 ${NODE_HEIGHT - 0.5} H6`, fill: 'none', stroke: edgeColour(t, node), 'stroke-width': 3 }));
  // head: icon, kind (and start), moment-of-truth star
  parts.push(tag('rect', { x: 10, y: 6, width: 18, height: 18, rx: 4, fill: kind, 'fill-opacity': 0.22 }));
  parts.push(pictureIcon(d?.icon ?? 'unknown', 12.5, 8.5, 13, kind));
  const kindTitle = (d?.title ?? node.kind).toUpperCase();
  const headRight = node.momentOfTruth ? NODE_WIDTH - 26 : NODE_WIDTH - 10;
  if (isStart) {
    const start = 'START · ';
    parts.push(pictureIcon('start', 34, 10.5, 9, t.success));
    parts.push(tag('text', { x: 45, y: 18.5, 'font-size': 10, 'font-weight': 600, 'letter-spacing': 0.6 }, tag('tspan', { fill: t.success }, start) + tag('tspan', { fill: t.muted }, fitText(kindTitle, headRight - 45 - textWidth(start, 11), 11))));
  } else parts.push(text({ x: 34, y: 18.5, 'font-size': 10, 'font-weight': 600, 'letter-spacing': 0.6, fill: t.muted }, fitText(kindTitle, headRight - 34, 11)));
  if (node.momentOfTruth) parts.push(tag('g', { class: 'moment-of-truth' }, title('Moment of truth') + text({ x: NODE_WIDTH - 17, y: 20, 'text-anchor': 'middle', 'font-size': 14, fill: t.mot }, '★')));
  // label: two lines, as the card clamps it
  const label = node.label || node.id;
  const { lines, cut } = wrapText(label, LABEL_WIDTH, LABEL_SIZE, 2);
  const tspans = lines.map((l, i) => tag('tspan', { x: 10, dy: i === 0 ? 0 : 15.6 }, xml(l))).join('');
  const labelText = tag('text', { class: 'node-label', x: 10, y: 40, 'font-size': LABEL_SIZE, 'font-weight': 500, fill: t.fgStrong }, tspans);
  parts.push(cut ? tag('g', {}, title(label) + labelText) : labelText);
  // foot: chips, emotion face
  let x = 10;
  const right = NODE_WIDTH - (node.emotion !== undefined ? 28 : 10);
  for (const chip of nodeChips(node, team)) {
    const room = right - x;
    if (room < 24) break;
    const iconRoom = chip.icon ? 13 : 0;
    const s = fitText(chip.text, Math.min(86, room - 10 - iconRoom), CHIP_SIZE);
    const w = textWidth(s, CHIP_SIZE) + 10 + iconRoom;
    const c = chipColours(t, chip.tone, kind);
    parts.push(tag('rect', { x, y: 62, width: w, height: 16, rx: 3, fill: c.bg, 'fill-opacity': c.alpha }) + (chip.icon ? pictureIcon(chip.icon, x + 4, 65, 10, c.fg) : '') + text({ x: x + 5 + iconRoom, y: 73.5, 'font-size': CHIP_SIZE, fill: c.fg }, s));
    x += w + 4;
  }
  if (node.emotion !== undefined) parts.push(face(t, node.emotion, NODE_WIDTH - 18, 70));
  if (overlay) parts.push(overlayMarks(t, overlay));
  return tag('g', { class: 'node', 'data-node': node.id, 'data-kind': node.kind, transform: `translate(${num(at.x)} ${num(at.y)})`, opacity: dimmed ? 0.35 : undefined }, parts.join(''));
}
