import { useId } from 'react';
import { CURRENCIES, formatCurrency } from './currency';
import { setCurrency, useCurrency } from './currencySetting';

const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'currency' }) : undefined;

/** The workspace's currency: every money figure (charts, tables, the map's chips, reports) shows in it. */
export function CurrencySetting() {
  const currency = useCurrency();
  const id = useId();
  const offered = (CURRENCIES as readonly string[]).includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];
  return (
    <section className="ws-setting">
      <h3>
        <label htmlFor={id}>Currency</label>
      </h3>
      <p className="ws-hint">Money in the simulation results, the staffing suggestions and on the map, e.g. {formatCurrency(1234.5, currency)}.</p>
      <select id={id} className="ji-input ji-select sv-currency-select" data-testid="setting-currency" value={currency} onChange={(e) => setCurrency(e.target.value)}>
        {offered.map((c) => (
          <option key={c} value={c}>
            {c} · {names?.of(c) ?? c}
          </option>
        ))}
      </select>
    </section>
  );
}
