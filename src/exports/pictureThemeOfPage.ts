import type { OverlayTone } from '../canvas/canvasOverlay';
import { DARK_PICTURE_THEME, LIGHT_PICTURE_THEME, type PictureColourKey, type PictureTheme } from './picture/pictureTheme';

/** Where each colour of the picture comes from: the canvas's and the cards' CSS variables. */
const COLOURS: Record<PictureColourKey, string> = {
  bg: '--jc-bg',
  fg: '--jc-fg',
  fgStrong: '--ws-fg-strong',
  muted: '--jc-muted',
  faint: '--jc-faint',
  border: '--jc-border',
  borderStrong: '--jc-border-strong',
  cardBg: '--jn-card-bg',
  cardBorder: '--jn-card-border',
  widgetBg: '--ws-widget-bg',
  panelBg: '--ws-panel-bg',
  focus: '--ws-focus',
  success: '--ws-success',
  error: '--ws-error',
  warning: '--ws-warning',
  info: '--ws-info',
  edgeEvent: '--jc-edge-event',
  edgeAfter: '--jc-edge-after',
  edgeAlways: '--jc-edge-always',
  kindDefault: '--jn-kind-default',
  emotionInk: '--jn-emotion-ink',
  mot: '--jn-mot',
  flow: '--jo-flow',
};
const EMOTIONS = ['--jn-emotion-n2', '--jn-emotion-n1', '--jn-emotion-p0', '--jn-emotion-p1', '--jn-emotion-p2'];

/**
 * The declarations of the light theme's rules in the page's style sheets, as they are written: its
 * `--ws-*` colours, its colour scheme, and what a CSS build declares for light-dark() beside them
 * (empty values included, which CSSOM's setProperty would drop).
 */
function lightThemeDeclarations(): string {
  const out: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet
    }
    for (const rule of Array.from(rules)) if (rule instanceof CSSStyleRule && /data-theme=["']?light/.test(rule.selectorText)) out.push(rule.style.cssText);
  }
  return out.join(' ');
}

const LIGHT_PROBE = 'jx-picture-light';

/** A CSS colour as `#rrggbb` (any syntax the browser knows: light-dark(), color-mix()…), drawn on a pixel to read it back. */
function hexOf(ctx: CanvasRenderingContext2D, css: string): string | undefined {
  if (!css) return undefined;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  if (!a) return undefined;
  return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The picture's colours as the canvas shows them now, or in the light theme (a light background
 * whatever the workbench's theme): CSS variables resolved on a hidden probe shaped like the canvas.
 */
export function pictureThemeOfPage(light: boolean): PictureTheme {
  const base = light ? LIGHT_PICTURE_THEME : document.documentElement.dataset.theme === 'light' ? LIGHT_PICTURE_THEME : DARK_PICTURE_THEME;
  const root = document.createElement('div');
  root.className = 'jc-root';
  root.setAttribute('aria-hidden', 'true');
  root.style.cssText = 'position:fixed;left:-10000px;top:0;width:10px;height:10px;visibility:hidden;pointer-events:none';
  const style = document.createElement('style');
  if (light) {
    style.textContent = `.jc-root.${LIGHT_PROBE} { color-scheme: light; ${lightThemeDeclarations()} }`;
    document.head.append(style);
    root.classList.add(LIGHT_PROBE);
  }
  const card = document.createElement('div');
  card.className = 'jn-card';
  const probe = document.createElement('span');
  card.append(probe);
  root.append(card);
  document.body.append(root);
  // The reading canvas sits in the probe: a computed light-dark() colour resolves in its colour scheme.
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  root.append(canvas);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  try {
    const read = (variable: string) => {
      probe.style.color = '';
      probe.style.color = `var(${variable})`;
      return ctx ? hexOf(ctx, getComputedStyle(probe).color) : undefined;
    };
    const theme: PictureTheme = { ...base, kinds: { ...base.kinds }, tones: { ...base.tones }, emotion: [...base.emotion], lanes: { ...base.lanes } };
    for (const [key, variable] of Object.entries(COLOURS) as [PictureColourKey, string][]) theme[key] = read(variable) ?? base[key];
    for (const kind of Object.keys(theme.kinds)) theme.kinds[kind] = read(`--jn-kind-${kind}`) ?? theme.kinds[kind]!;
    EMOTIONS.forEach((v, i) => (theme.emotion[i] = read(v) ?? theme.emotion[i]!));
    for (const tone of Object.keys(theme.tones) as OverlayTone[]) theme.tones[tone] = read(`--jo-${tone}`) ?? theme.tones[tone];
    theme.lanes.evidence = theme.fg;
    const font = getComputedStyle(root).fontFamily;
    if (font) theme.font = font;
    return theme;
  } finally {
    root.remove();
    style.remove();
  }
}
