import { currencySymbol } from './currency';
import { useCurrency } from './currencySetting';

/** The workspace currency's sign ("€", "$"), for short amounts on the map's chips. */
export function CurrencySign() {
  return <>{currencySymbol(useCurrency())}</>;
}
