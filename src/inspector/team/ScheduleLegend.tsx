import { useId, useState } from 'react';
import { formatHours } from '../../../runtime/model/calendar/describeSchedule';
import { formatCurrency } from '../../settings/currency';
import { useCurrency } from '../../settings/currencySetting';

export interface ScheduleLegendProps {
  /** The staff count that painting puts in a cell. */
  paint: number;
  onPaintChange(paint: number): void;
  /** Staff-hours on duty in a week (the whole schedule, shifts at exact times included). */
  staffHours: number;
  /** The cost of those hours, when the team has a cost per hour. */
  weeklyCost?: number | undefined;
}

/** Under the week grid: the paint count, what the colours mean, and the week's staff-hours. */
export function ScheduleLegend({ paint, onPaintChange, staffHours, weeklyCost }: ScheduleLegendProps) {
  const id = useId();
  const currency = useCurrency();
  // The text typed, so that clearing the input to type another number does not snap back to 0.
  const [draft, setDraft] = useState(String(paint));
  const [seen, setSeen] = useState(paint);
  if (seen !== paint) {
    setSeen(paint);
    setDraft(String(paint));
  }
  return (
    <div className="jt-legend">
      <label className="jt-paint" htmlFor={id}>
        <span>Paint</span>
        <input
          id={id}
          className="ji-input ji-input-number jt-paint-input"
          type="number"
          min={0}
          step={1}
          value={draft}
          data-testid="paint-staff"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setDraft(e.target.value);
            const n = Number(e.target.value);
            if (e.target.value.trim() !== '' && Number.isInteger(n) && n >= 0) onPaintChange(n);
          }}
          onBlur={() => setDraft(String(paint))}
        />
        <span>staff</span>
      </label>
      <span id={`${id}-hint`} className="jt-legend-hint">
        drag over the hours; 0 erases
      </span>
      <span className="jt-legend-scale" aria-hidden="true">
        <span className="jt-swatch" style={{ opacity: 0.25 }} />
        <span className="jt-swatch" style={{ opacity: 0.6 }} />
        <span className="jt-swatch" />
        more staff
      </span>
      <span className="jt-legend-total" data-testid="schedule-total">
        <strong>{formatHours(staffHours)}</strong> staff-hours a week
        {weeklyCost !== undefined ? <> · {formatCurrency(weeklyCost, currency, Number.isInteger(weeklyCost) ? 'whole' : 'cents')} a week on duty</> : null}
      </span>
    </div>
  );
}

/** 9020 → "9,020", 37.5 → "37.50": fixed, no locale, like the simulation's figures (no currency: the journey does not say). */
export function formatMoney(value: number): string {
  const fixed = Number.isInteger(value) ? String(Math.abs(value)) : Math.abs(value).toFixed(2);
  const [int, dec] = fixed.split('.') as [string, string | undefined];
  return `${value < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${dec !== undefined ? `.${dec}` : ''}`;
}
