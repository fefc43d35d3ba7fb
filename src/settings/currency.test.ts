import { describe, expect, it } from 'vitest';
import { currencySymbol, DEFAULT_CURRENCY, formatCurrency, isCurrency, validCurrency } from './currency';

describe('formatCurrency', () => {
  it('shows euros by default, with thousands separators and cents', () => {
    expect(DEFAULT_CURRENCY).toBe('EUR');
    expect(formatCurrency(1234.5)).toBe('€1,234.50');
    expect(formatCurrency(0.1)).toBe('€0.10');
    expect(formatCurrency(-2500)).toBe('-€2,500.00');
  });

  it('shows another currency when the setting says', () => {
    expect(formatCurrency(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatCurrency(1234.5, 'GBP')).toBe('£1,234.50');
    // A currency without cents gets none.
    expect(formatCurrency(1234.5, 'JPY')).toBe('¥1,235');
  });

  it('drops the cents when asked, and never shows "-€0.00"', () => {
    expect(formatCurrency(16575.4, 'EUR', 'whole')).toBe('€16,575');
    expect(formatCurrency(-0.001)).toBe('€0.00');
    expect(formatCurrency(Number.NaN)).toBe('–');
  });

  it('never shows the generic sign "¤"', () => {
    for (const c of ['EUR', 'USD', 'GBP', 'CHF']) expect(formatCurrency(10, c)).not.toContain('¤');
  });

  it('falls back to the default for what is no currency', () => {
    expect(isCurrency('usd')).toBe(true);
    expect(isCurrency('euro')).toBe(false);
    expect(validCurrency('chf')).toBe('CHF');
    expect(validCurrency('??')).toBe('EUR');
    expect(validCurrency(42)).toBe('EUR');
    expect(formatCurrency(5, 'nope')).toBe('€5.00');
  });

  it('gives the sign money shows', () => {
    expect(currencySymbol('EUR')).toBe('€');
    expect(currencySymbol('USD')).toBe('$');
    expect(currencySymbol('GBP')).toBe('£');
    expect(currencySymbol('CHF')).toBe('CHF');
  });
});
