// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { CurrencySetting } from './CurrencySetting';
import { currentCurrency, useCurrencySetting } from './currencySetting';

afterEach(() => {
  cleanup();
  useCurrencySetting.setState({ currency: 'EUR' });
});

describe('CurrencySetting', () => {
  it('shows euros by default and switches every money figure to the chosen currency', () => {
    render(<CurrencySetting />);
    const select = screen.getByTestId('setting-currency') as HTMLSelectElement;
    expect(select.value).toBe('EUR');
    expect(screen.getByText(/€1,234\.50/)).toBeTruthy();
    fireEvent.change(select, { target: { value: 'USD' } });
    expect(currentCurrency()).toBe('USD');
    expect(select.value).toBe('USD');
    expect(screen.getByText(/\$1,234\.50/)).toBeTruthy();
  });
});
