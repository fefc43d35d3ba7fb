import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { DiagnosticList } from '../inspector/fields/Field';
import { formatRatio } from './arrivalPeak';

export interface ProfileBarsProps {
  /** Names the test ids: `weekly-bar-4`, `weekly-flat`. */
  name: string;
  title: string;
  /** Short labels under the bars ("Mon", "09"), and each bar's full name, read out ("Monday"). */
  labels: readonly string[];
  names: readonly string[];
  /** What a bar is, for "1.3× the average day". */
  unit: string;
  /** The weights, one per bar (a missing profile is flat: all 1). */
  values: readonly number[];
  /** A bar's new weight: one edit (one undo step) per drag or key press. */
  onSet(index: number, value: number): void;
  onFlat(): void;
  /** Already flat: nothing to reset. */
  flat: boolean;
  /** Every bar shows its value (few bars); otherwise only the one hovered, focused or dragged. */
  showValues?: boolean;
  diagnostics?: readonly Diagnostic[] | undefined;
}

/** A drag moves in steps of 0.05, a key in steps of 0.1 (Shift, PageUp/PageDown: 1). */
const DRAG_STEP = 0.05;
const KEY_STEP = 0.1;
const round2 = (v: number) => Math.round(v * 100) / 100;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const weightOf = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? Math.max(0, v) : 0);
export const formatWeight = (v: number) => String(round2(v));

/** The top of the scale: room above the tallest bar, and at least 2 (twice the flat weight). */
export function scaleMax(values: readonly number[]): number {
  const max = Math.max(0, ...values.map(weightOf));
  return Math.max(2, Math.ceil(max * 1.25 * 2) / 2);
}

interface Drag {
  index: number;
  value: number;
  /** The scale is kept while dragging, so the bar stays under the pointer. */
  max: number;
}

/**
 * A profile as a bar chart you edit: drag a bar's top (or press anywhere in its column) to set its
 * weight; or focus the chart (one tab stop), ← → to pick a bar, ↑ ↓ to change it. The dashed line
 * is the average. Plain HTML: an input control, not a chart library.
 */
export function ProfileBars({ name, title, labels, names, unit, values, onSet, onFlat, flat, showValues, diagnostics = [] }: ProfileBarsProps) {
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const [hover, setHover] = useState<number | undefined>();
  const [drag, setDrag] = useState<Drag | null>(null);
  const geometry = useRef<{ index: number; bottom: number; height: number; max: number } | null>(null);
  const bars = useRef<(HTMLDivElement | null)[]>([]);
  const max = drag?.max ?? scaleMax(values);
  const weights = values.map(weightOf);
  const average = weights.reduce((a, b) => a + b, 0) / Math.max(1, weights.length);
  const shown = (i: number) => (drag?.index === i ? drag.value : weights[i]!);
  const current = drag?.index ?? hover ?? (focused ? active : undefined);
  const invalid = new Set(diagnostics.map((d) => d.path[2]).filter((p): p is number => typeof p === 'number'));
  const describe = (i: number) => `${formatWeight(shown(i))}${average > 0 ? ` (${formatRatio(shown(i) / average)} the average ${unit})` : ''}`;

  const valueAt = (clientY: number) => {
    const g = geometry.current!;
    const fraction = clamp((g.bottom - clientY) / g.height, 0, 1);
    return round2(Math.round((fraction * g.max) / DRAG_STEP) * DRAG_STEP);
  };
  const focusBar = (i: number) => {
    setActive(i);
    bars.current[i]?.focus();
  };

  const onPointerDown = (i: number, e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const rect = e.currentTarget.getBoundingClientRect();
    if (!(rect.height > 0)) return;
    // No text selection while dragging; the bar takes the focus, so the keys go on from there.
    e.preventDefault();
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      // Not a live pointer (synthetic events): the moves still reach the bar under it.
    }
    geometry.current = { index: i, bottom: rect.bottom, height: rect.height, max };
    focusBar(i);
    setDrag({ index: i, value: valueAt(e.clientY), max });
  };
  const onPointerMove = (i: number, e: PointerEvent<HTMLDivElement>) => {
    const g = geometry.current;
    if (g?.index === i) setDrag({ index: i, value: valueAt(e.clientY), max: g.max });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const g = geometry.current;
    if (!g) return;
    const value = valueAt(e.clientY);
    geometry.current = null;
    setDrag(null);
    if (value !== weights[g.index] || values[g.index] !== weights[g.index]) onSet(g.index, value);
  };
  const onPointerCancel = () => {
    geometry.current = null;
    setDrag(null);
  };

  const onKeyDown = (i: number, e: KeyboardEvent<HTMLDivElement>) => {
    const v = weights[i]!;
    const set = (next: number) => {
      e.preventDefault();
      const value = round2(Math.max(0, next));
      if (value !== values[i]) onSet(i, value);
    };
    const move = (j: number) => {
      e.preventDefault();
      focusBar(clamp(j, 0, values.length - 1));
    };
    const big = e.shiftKey ? 1 : KEY_STEP;
    if (e.key === 'ArrowUp') set(v + big);
    else if (e.key === 'ArrowDown') set(v - big);
    else if (e.key === 'PageUp') set(v + 1);
    else if (e.key === 'PageDown') set(v - 1);
    else if (e.key === 'ArrowRight') move(i + 1);
    else if (e.key === 'ArrowLeft') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(values.length - 1);
  };

  return (
    <div className="ce-profile" data-testid={`${name}-profile`}>
      <div className="ce-profile-head">
        <span className="ce-profile-title">{title}</span>
        <span className="ce-readout" data-testid={`${name}-readout`} aria-live="polite">
          {current === undefined ? 'Drag a bar, or focus one and press ↑ ↓' : `${names[current]}: ${describe(current)}`}
        </span>
        <button type="button" className="ws-button ws-small" data-testid={`${name}-flat`} disabled={flat} title={`Every ${unit} alike (weight 1)`} onClick={onFlat}>
          Flat
        </button>
      </div>
      <div className="ce-bars" role="group" aria-label={title} style={{ gridTemplateColumns: `repeat(${values.length}, minmax(0, 1fr))` }}>
        {values.map((_, i) => {
          const v = shown(i);
          return (
            <div
              key={i}
              ref={(el) => {
                bars.current[i] = el;
              }}
              className={`ce-bar${drag?.index === i ? ' ce-dragging' : ''}${invalid.has(i) ? ' ce-bar-invalid' : ''}`}
              role="slider"
              tabIndex={i === active ? 0 : -1}
              aria-label={names[i]}
              aria-orientation="vertical"
              aria-valuemin={0}
              aria-valuemax={max}
              aria-valuenow={v}
              aria-valuetext={describe(i)}
              title={`${names[i]}: ${describe(i)}`}
              data-testid={`${name}-bar-${i}`}
              data-value={v}
              onPointerDown={(e) => onPointerDown(i, e)}
              onPointerMove={(e) => onPointerMove(i, e)}
              onPointerUp={onPointerUp}
              onPointerCancel={onPointerCancel}
              onPointerEnter={() => setHover(i)}
              onPointerLeave={() => setHover((h) => (h === i ? undefined : h))}
              onKeyDown={(e) => onKeyDown(i, e)}
              onFocus={() => {
                setActive(i);
                setFocused(true);
              }}
              onBlur={() => setFocused(false)}
            >
              <div className="ce-bar-fill" style={{ height: `${clamp(v / max, 0, 1) * 100}%` }}>
                {showValues || current === i ? <span className="ce-bar-value">{formatWeight(v)}</span> : null}
              </div>
            </div>
          );
        })}
        <div className="ce-average" style={{ bottom: `${clamp(average / max, 0, 1) * 100}%` }} title={`The average ${unit}: ${formatWeight(average)}`} aria-hidden="true" />
      </div>
      <div className="ce-bar-labels" aria-hidden="true" style={{ gridTemplateColumns: `repeat(${values.length}, minmax(0, 1fr))` }}>
        {labels.map((l, i) => (
          <span key={i}>{l}</span>
        ))}
      </div>
      <DiagnosticList diagnostics={diagnostics} />
    </div>
  );
}
