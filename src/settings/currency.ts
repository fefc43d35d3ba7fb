// Money as the workspace's currency says (a workspace setting, EUR unless changed): through
// Intl.NumberFormat, in one fixed locale so that the figures read the same for everybody (the
// simulation's other figures are fixed too: "1,234" and "12.3%").

/** The currencies offered in Settings (ISO 4217 codes); any other valid code formats too. */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'CAD', 'AUD', 'INR'] as const;
export const DEFAULT_CURRENCY = 'EUR';
/** The locale of every money figure: "€1,234.50", "$1,234.50", "CHF 1,234.50". */
export const MONEY_LOCALE = 'en-US';

const formats = new Map<string, Intl.NumberFormat>();

function format(currency: string, digits: 'cents' | 'whole'): Intl.NumberFormat {
  const key = `${currency}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(MONEY_LOCALE, { style: 'currency', currency, ...(digits === 'whole' ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}) });
    formats.set(key, f);
  }
  return f;
}

/** Whether `code` is a currency Intl knows ("EUR", "usd"…). */
export function isCurrency(code: string): boolean {
  if (!/^[A-Za-z]{3}$/.test(code)) return false;
  try {
    format(code.toUpperCase(), 'cents');
    return true;
  } catch {
    return false;
  }
}

/** `code` if it is a currency, else the default (a stored setting from elsewhere, hand-edited). */
export const validCurrency = (code: unknown): string => (typeof code === 'string' && isCurrency(code) ? code.toUpperCase() : DEFAULT_CURRENCY);

/** 1234.5 → "€1,234.50" (EUR); "–" for what is not a number. `whole` drops the cents: "€1,235". */
export function formatCurrency(x: number, currency: string = DEFAULT_CURRENCY, digits: 'cents' | 'whole' = 'cents'): string {
  if (!Number.isFinite(x)) return '–';
  // No "-€0.00" for a tiny negative amount.
  const v = Math.abs(x) < (digits === 'whole' ? 0.5 : 0.005) ? 0 : x;
  return format(validCurrency(currency), digits).format(v);
}

/** The currency's sign as money shows it: "€", "$", "£", "CHF". */
export function currencySymbol(currency: string = DEFAULT_CURRENCY): string {
  return format(validCurrency(currency), 'whole').formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
}
