import { memo, useMemo, useRef, useState } from 'react';
import type { Journey } from '../../runtime/model/journey';
import { emotionColor } from '../../nodes/EmotionFace';
import { emotionPoints } from './emotionPoints';
import { useElementWidth } from './useElementWidth';

export interface EmotionCurveProps {
  journey: Journey;
  /** Selected node ids: their points are ringed. */
  selected?: readonly string[];
  onSelectNode?(id: string, additive: boolean): void;
  height?: number;
}

const PAD_LEFT = 34;
const PAD_RIGHT = 16;
const PAD_TOP = 18;
const PAD_BOTTOM = 8;
const STEP_MAX = 120;
const STEP_MIN = 14;

/**
 * The emotion curve under the map: one point per node with an emotion, ordered by stage then x.
 * Numeric emotions are filled; CEL-expression emotions are hollow points on the neutral line.
 */
export const EmotionCurve = memo(function EmotionCurve({ journey, selected = [], onSelectNode, height = 96 }: EmotionCurveProps) {
  const series = useMemo(() => emotionPoints(journey), [journey]);
  const [hover, setHover] = useState<number | undefined>(undefined);
  const rootRef = useRef<HTMLDivElement>(null);
  const available = useElementWidth(rootRef) || 900;
  const selectedSet = new Set(selected);
  const n = series.points.length;
  if (n === 0) {
    return (
      <div className="ec-root ec-empty" data-testid="emotion-curve" style={{ height }} ref={rootRef}>
        <span className="ec-title">Emotion</span> Give nodes an emotion (−2…+2) in the inspector to draw the emotion curve.
      </div>
    );
  }
  const step = Math.max(STEP_MIN, Math.min(STEP_MAX, (available - PAD_LEFT - PAD_RIGHT) / n));
  const width = PAD_LEFT + PAD_RIGHT + step * n;
  const plotH = height - PAD_TOP - PAD_BOTTOM;
  const x = (i: number) => PAD_LEFT + step * (i + 0.5);
  const y = (v: number) => PAD_TOP + ((2 - v) / 4) * plotH;
  const numeric = series.points.map((p, i) => ({ p, i })).filter(({ p }) => p.value !== undefined);
  const path = numeric.map(({ p, i }, k) => `${k === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value!).toFixed(1)}`).join(' ');
  const hovered = hover === undefined ? undefined : series.points[hover];
  return (
    <div className="ec-root" data-testid="emotion-curve" style={{ height }} ref={rootRef}>
      <svg className="ec-svg" width={width} height={height} role="img" aria-label="Emotion curve">
        {series.stages.map((s, k) => (
          <g key={`${s.name}-${s.first}`} className={k % 2 ? 'ec-stage ec-stage-odd' : 'ec-stage'}>
            <rect x={PAD_LEFT + step * s.first} y={0} width={step * (s.last - s.first + 1)} height={height} />
            <text x={PAD_LEFT + step * s.first + 4} y={11}>
              {fit(s.name, step * (s.last - s.first + 1) - 8)}
            </text>
          </g>
        ))}
        {[2, 1, 0, -1, -2].map((v) => (
          <g key={v} className={v === 0 ? 'ec-axis ec-axis-zero' : 'ec-axis'}>
            <line x1={PAD_LEFT} x2={width - PAD_RIGHT} y1={y(v)} y2={y(v)} />
            <text x={PAD_LEFT - 6} y={y(v) + 3} textAnchor="end">
              {v > 0 ? `+${v}` : v}
            </text>
          </g>
        ))}
        <path d={path} className="ec-line" />
        {series.points.map((p, i) => {
          const cy = y(p.value ?? 0);
          const isSel = selectedSet.has(p.nodeId);
          return (
            <g
              key={p.nodeId}
              className={`ec-point${p.value === undefined ? ' ec-point-expr' : ''}${isSel ? ' ec-point-selected' : ''}`}
              data-testid={`emotion-point-${p.nodeId}`}
              onMouseEnter={() => setHover(i)}
              onMouseLeave={() => setHover(undefined)}
              onClick={(e) => onSelectNode?.(p.nodeId, e.shiftKey || e.metaKey || e.ctrlKey)}
            >
              <title>{`${p.label}: ${p.value === undefined ? `emotion = ${p.expr}` : `emotion ${p.value > 0 ? '+' : ''}${p.value}`}${p.momentOfTruth ? ' · moment of truth' : ''}`}</title>
              <rect x={x(i) - step / 2} y={0} width={step} height={height} className="ec-hit" />
              {isSel ? <circle cx={x(i)} cy={cy} r={8} className="ec-ring" /> : null}
              {p.momentOfTruth ? (
                <text x={x(i)} y={cy + 4.5} textAnchor="middle" className="ec-star" style={p.value === undefined ? undefined : { fill: emotionColor(p.value) }}>
                  ★
                </text>
              ) : (
                <circle cx={x(i)} cy={cy} r={4.5} style={p.value === undefined ? undefined : { fill: emotionColor(p.value) }} />
              )}
            </g>
          );
        })}
      </svg>
      {hovered ? (
        <div className="ec-tooltip" style={{ left: Math.min(x(hover!) + 10, width - 10) }}>
          {hovered.label}
        </div>
      ) : null}
    </div>
  );
});

/** A label cut to a width (about 6.5 px per upper-case character at the curve's size). */
function fit(text: string, width: number): string {
  const max = Math.floor(width / 6.5);
  if (text.length <= max) return text;
  return max <= 1 ? '' : `${text.slice(0, max - 1)}…`;
}
