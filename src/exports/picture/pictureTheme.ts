import type { OverlayTone } from '../../canvas/canvasOverlay';
import type { LaneKind } from '../../../runtime/model/primitives';

/**
 * The colours and fonts a map picture is drawn with: plain `#rrggbb` values (transparency is the
 * picture's own business, as opacity attributes), read from the workbench theme at export time.
 */
export interface PictureTheme {
  font: string;
  mono: string;
  bg: string;
  fg: string;
  fgStrong: string;
  muted: string;
  faint: string;
  border: string;
  borderStrong: string;
  cardBg: string;
  cardBorder: string;
  widgetBg: string;
  panelBg: string;
  focus: string;
  success: string;
  error: string;
  warning: string;
  info: string;
  edgeEvent: string;
  edgeAfter: string;
  edgeAlways: string;
  /** Kind colour by node kind; `kindDefault` for unknown kinds. */
  kinds: Record<string, string>;
  kindDefault: string;
  /** Emotion −2…+2, by `Math.round(v) + 2`. */
  emotion: [string, string, string, string, string];
  emotionInk: string;
  mot: string;
  tones: Record<OverlayTone, string>;
  flow: string;
  /** The tint of each lane kind's row and of its blueprint line. */
  lanes: Record<LaneKind, string>;
}

/** The colour keys a theme reader fills (everything but fonts and the nested records). */
export type PictureColourKey = Exclude<keyof PictureTheme, 'font' | 'mono' | 'kinds' | 'emotion' | 'tones' | 'lanes'>;

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const MONO = "ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace";
const KINDS = { touchpoint: '#3794ff', decision: '#c586c0', wait: '#d7ba7d', action: '#4ec9b0', offer: '#f0883e', survey: '#89d185', handoff: '#ce9178', outcome: '#8b949e' };
const EMOTION: PictureTheme['emotion'] = ['#f14c4c', '#f0883e', '#a0a0a0', '#8fd16a', '#3fb950'];
const LANES = (fg: string): Record<LaneKind, string> => ({ evidence: fg, customer: '#3794ff', frontstage: '#4ec9b0', backstage: '#c586c0', support: '#d7ba7d' });

/** The light theme's colours (src/shell/theme.css, src/canvas/canvas.css, nodes/nodeCard.css). */
export const LIGHT_PICTURE_THEME: PictureTheme = {
  font: FONT,
  mono: MONO,
  bg: '#fbfbfc',
  fg: '#3b3b3b',
  fgStrong: '#1f1f1f',
  muted: '#6f6f6f',
  faint: '#9a9a9a',
  border: '#e5e5e5',
  borderStrong: '#cecece',
  cardBg: '#ffffff',
  cardBorder: '#d4d4d8',
  widgetBg: '#f8f8f8',
  panelBg: '#f8f8f8',
  focus: '#005fb8',
  success: '#2da042',
  error: '#e51400',
  warning: '#bf8803',
  info: '#1a85ff',
  edgeEvent: '#5a7fa8',
  edgeAfter: '#a57a10',
  edgeAlways: '#9a5a96',
  kinds: KINDS,
  kindDefault: '#7f8ea3',
  emotion: EMOTION,
  emotionInk: '#1a1a1a',
  mot: '#e3b341',
  tones: { good: '#2da042', warn: '#bf8803', bad: '#d1242f', none: '#9a9aa2', current: '#005fb8', visited: '#4c7fae', added: '#2da042', changed: '#bf8803', removed: '#d1242f' },
  flow: '#3a78c2',
  lanes: LANES('#3b3b3b'),
};

/** The dark theme's colours. */
export const DARK_PICTURE_THEME: PictureTheme = {
  ...LIGHT_PICTURE_THEME,
  bg: '#1b1b1f',
  fg: '#cccccc',
  fgStrong: '#e7e7e7',
  muted: '#9d9d9d',
  faint: '#6e6e6e',
  border: '#2b2b2b',
  borderStrong: '#454545',
  cardBg: '#26262a',
  cardBorder: '#3a3a40',
  widgetBg: '#202020',
  panelBg: '#181818',
  focus: '#0078d4',
  success: '#3fb950',
  error: '#f14c4c',
  warning: '#cca700',
  info: '#3794ff',
  edgeEvent: '#6f9fd8',
  edgeAfter: '#d7ba7d',
  edgeAlways: '#c586c0',
  tones: { good: '#3fb950', warn: '#d9a520', bad: '#f14c4c', none: '#6e6e76', current: '#0078d4', visited: '#4a87b8', added: '#3fb950', changed: '#d9a520', removed: '#f14c4c' },
  flow: '#5c9ce6',
  lanes: LANES('#cccccc'),
};

/** The colour of an emotion (−2…+2). */
export function emotionColour(theme: PictureTheme, value: number): string {
  return theme.emotion[Math.max(-2, Math.min(2, Math.round(value))) + 2]!;
}
