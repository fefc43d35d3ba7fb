import { create } from 'zustand';
import type { JourneyDb } from '../storage/journeyDb';
import { getSetting, setSetting } from '../storage/settingsRepository';
import { services } from '../app/workbenchServices';
import { DEFAULT_CURRENCY, validCurrency } from './currency';

/** The workspace setting of the currency money is shown in (Settings; stored with the workspace). */
export const CURRENCY_SETTING = 'currency';

export const useCurrencySetting = create<{ currency: string }>()(() => ({ currency: DEFAULT_CURRENCY }));

/** The currency now: for code outside React (exports, commands). */
export const currentCurrency = (): string => useCurrencySetting.getState().currency;

/** The currency, following the setting (components). */
export const useCurrency = (): string => useCurrencySetting((s) => s.currency);

/** Read the stored setting (at start); a stored value that is no currency gives the default. */
export async function loadCurrencySetting(db: JourneyDb): Promise<void> {
  useCurrencySetting.setState({ currency: validCurrency(await getSetting<unknown>(db, CURRENCY_SETTING, DEFAULT_CURRENCY)) });
}

/** Change the setting: every money figure follows at once, and the next session keeps it. */
export function setCurrency(code: string): void {
  const currency = validCurrency(code);
  useCurrencySetting.setState({ currency });
  try {
    void setSetting(services().db, CURRENCY_SETTING, currency).catch(() => undefined);
  } catch {
    // no storage (tests): kept for this session
  }
}
