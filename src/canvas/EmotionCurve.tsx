import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { shallow } from 'zustand/shallow';
import type { Journey } from '../../runtime/model/journey';
import { emotionColor } from '../../nodes/EmotionFace';
import { commands } from '../commands/commandRegistry';
import { REVEAL_NODE } from '../simulation/panel/resultsViewCommands';
import { emotionPoints } from './emotionPoints';
import { axisTicks, curvePath, curvePoints, emotionInWords, stageBands, starPath, tooltipLeft, type CurveBox, type CurvePointAt } from './emotionCurveGeometry';
import type { Grid } from './gridOf';
import { useElementWidth } from './useElementWidth';
import { useEmotionCurveHeight } from './emotionCurveHeight';
import './EmotionCurve.css';

export interface EmotionCurveProps {
  journey: Journey;
  /** The map's grid (its stage columns and node positions). */
  grid: Grid;
  /** The document's id, for Reveal Node (default: the active document). */
  docId?: string | undefined;
  /** Selected node ids: their points are ringed. */
  selected?: readonly string[];
  /** A click with Shift/Ctrl/Cmd: add or remove the node from the selection. */
  onSelectNode?(id: string, additive: boolean): void;
  /** Default: by the window's height (useEmotionCurveHeight). */
  height?: number;
}

/** Width of the axis gutter on the left (the words of the y axis). */
export const CURVE_GUTTER = 108;
const PAD_TOP = 25;
const PAD_BOTTOM = 9;
const MARK_R = 4.5;
const STAR_R = 7;

const viewOf = (s: ReactFlowState) => [s.transform[0], s.transform[1], s.transform[2]] as const;

/**
 * The emotion curve under the map: one point per node with an emotion, each at the screen x of
 * its node's centre on the map, so that it pans and zooms with the map and its stage columns line
 * up with the map's. A y axis in words, a legend for its marks, a tooltip with the whole label on
 * hover or focus. A point is a button: a click selects its node and reveals it on the map.
 */
export const EmotionCurve = memo(function EmotionCurve({ journey, grid, docId, selected = [], onSelectNode, height: fixedHeight }: EmotionCurveProps) {
  const fitted = useEmotionCurveHeight();
  const height = fixedHeight ?? fitted;
  const series = useMemo(() => emotionPoints(journey), [journey]);
  const [vx, vy, zoom] = useStore(viewOf, shallow);
  const rootRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(rootRef) || 900;
  const box: CurveBox = { width, height, gutter: CURVE_GUTTER, padTop: PAD_TOP, padBottom: PAD_BOTTOM };
  const viewport = { x: vx, y: vy, zoom };
  const points = curvePoints(series.points, grid, viewport, box);
  const [tipId, setTipId] = useState<string | undefined>(undefined);
  const tipped = points.find((p) => p.nodeId === tipId && p.visible);
  const selectedSet = new Set(selected);

  if (series.points.length === 0) {
    return (
      <div className="ec-root ec-empty" data-testid="emotion-curve" style={{ height: 40 }} ref={rootRef}>
        <span className="ec-title">Emotion</span> Give nodes an emotion (−2…+2) in the inspector to draw the emotion curve.
      </div>
    );
  }

  const pick = (p: CurvePointAt, e: MouseEvent) => {
    const additive = e.shiftKey || e.metaKey || e.ctrlKey;
    if (additive) return onSelectNode?.(p.nodeId, true);
    if (!commands.execute(REVEAL_NODE, p.nodeId, docId)) onSelectNode?.(p.nodeId, false);
  };

  return (
    <div className="ec-root nokey" data-testid="emotion-curve" style={{ height }} ref={rootRef}>
      <svg className="ec-svg" width={width} height={height} aria-hidden="true">
        {stageBands(grid, viewport, box).map((b) => (
          <g key={`${b.name}-${b.x0}`} className={b.odd ? 'ec-stage ec-stage-odd' : 'ec-stage'} data-testid="emotion-stage">
            <rect x={b.x0} y={0} width={Math.max(0, b.x1 - b.x0)} height={height} />
            <line x1={b.x0} x2={b.x0} y1={0} y2={height} />
          </g>
        ))}
        {axisTicks(box).map((t) => (
          <line key={t.value} className={t.value === 0 ? 'ec-grid ec-grid-zero' : 'ec-grid'} x1={CURVE_GUTTER} x2={width} y1={t.y} y2={t.y} />
        ))}
        <path d={curvePath(points)} className="ec-line" />
      </svg>
      <div className="ec-points" role="group" aria-label="Emotion curve: nodes by their emotion" onKeyDown={stepFocus}>
        {points
          .filter((p) => p.visible)
          .map((p) => (
            <CurveMark
              key={p.nodeId}
              p={p}
              selected={selectedSet.has(p.nodeId)}
              onClick={(e) => pick(p, e)}
              onTip={(on) => setTipId((t) => (on ? p.nodeId : t === p.nodeId ? undefined : t))}
            />
          ))}
      </div>
      <div className="ec-gutter" style={{ width: CURVE_GUTTER }}>
        <span className="ec-title">Emotion</span>
        {axisTicks(box).map((t) => (
          <span key={t.value} className="ec-tick" data-testid="emotion-tick" style={{ top: t.y }}>
            <span className="ec-tick-value">{t.label}</span> {t.words}
          </span>
        ))}
      </div>
      <div className="ec-legend" data-testid="emotion-legend">
        <span>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <path d={starPath(7, 7.5, 5.6)} className="ec-legend-star" />
          </svg>
          moment of truth
        </span>
        <span>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" className="ec-legend-hollow" />
          </svg>
          hollow: emotion set by an expression
        </span>
      </div>
      {tipped ? <CurveTooltip p={tipped} box={box} /> : null}
    </div>
  );
});

/** Left/Right arrow (Home/End): the focus to the previous/next point (the first/last), in x order. */
function stepFocus(e: KeyboardEvent<HTMLDivElement>) {
  const keys: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity };
  const by = keys[e.key];
  if (by === undefined) return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.ec-point')];
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  if (at < 0) return;
  e.preventDefault();
  const next = by === -Infinity ? 0 : by === Infinity ? buttons.length - 1 : Math.max(0, Math.min(buttons.length - 1, at + by));
  buttons[next]?.focus();
}

/** One point: a button at the node's x and its emotion's height (a star for a moment of truth, hollow for an expression). */
function CurveMark({ p, selected, onClick, onTip }: { p: CurvePointAt; selected: boolean; onClick: (e: MouseEvent) => void; onTip: (on: boolean) => void }) {
  const fill = p.value === undefined ? undefined : emotionColor(p.value);
  const s = STAR_R * 2 + 4;
  const c = s / 2;
  return (
    <button
      type="button"
      className={`ec-point${p.value === undefined ? ' ec-point-expr' : ''}${selected ? ' ec-point-selected' : ''}`}
      data-testid={`emotion-point-${p.nodeId}`}
      data-node={p.nodeId}
      aria-label={`${p.label}: ${emotionInWords(p)}${p.momentOfTruth ? ', moment of truth' : ''}`}
      aria-pressed={selected}
      style={{ left: p.x - c, top: p.y - c, width: s, height: s }}
      onClick={onClick}
      onMouseEnter={() => onTip(true)}
      onMouseLeave={() => onTip(false)}
      onFocus={() => onTip(true)}
      onBlur={() => onTip(false)}
    >
      <svg width={s} height={s} viewBox={`0 0 ${s} ${s}`} aria-hidden="true">
        {selected ? <circle cx={c} cy={c} r={c - 1} className="ec-ring" /> : null}
        {p.momentOfTruth ? <path d={starPath(c, c + 0.5, STAR_R)} className="ec-star" style={fill ? { fill } : undefined} /> : <circle cx={c} cy={c} r={MARK_R} className="ec-dot" style={fill ? { fill } : undefined} />}
      </svg>
    </button>
  );
}

/** The whole label and the emotion in words, by the point, kept inside the curve's box. */
function CurveTooltip({ p, box }: { p: CurvePointAt; box: CurveBox }) {
  const ref = useRef<HTMLDivElement>(null);
  const [tipWidth, setTipWidth] = useState(0);
  const text = `${p.label} · ${emotionInWords(p)}${p.momentOfTruth ? ' · moment of truth' : ''}`;
  useLayoutEffect(() => setTipWidth(ref.current?.offsetWidth ?? 0), [text, box.width]);
  const below = p.y < box.height / 2;
  return (
    <div
      ref={ref}
      className={`ec-tooltip${below ? ' ec-tooltip-below' : ' ec-tooltip-above'}`}
      role="tooltip"
      data-testid="emotion-tooltip"
      style={{ left: tooltipLeft(p.x, tipWidth, box.width, box.gutter), top: below ? p.y + STAR_R + 4 : p.y - STAR_R - 4, maxWidth: box.width - 8, visibility: tipWidth ? 'visible' : 'hidden' }}
    >
      {text}
    </div>
  );
}
