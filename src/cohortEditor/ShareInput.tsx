import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { CellInput } from './CellInput';

/** A share (0…1) as a percentage, to 0.01 %: 0.35 → "35", 1/3 → "33.33". */
export const formatPercent = (share: number) => String(Number((share * 100).toFixed(2)));

/** "35", "35 %", "35,5" → 0.35, 0.355; undefined when it is not a number. */
export function parsePercent(text: string): number | undefined {
  const t = text.replace('%', '').replace(',', '.').trim();
  if (t === '' || !/^-?\d*\.?\d+$|^-?\d+\.$/.test(t)) return undefined;
  return Number(t) / 100;
}

export interface ShareInputProps {
  index: number;
  name: string;
  share: number;
  /** The share asked for; the cohort rebalances the others. */
  onCommit(share: number): void;
  diagnostics?: readonly Diagnostic[] | undefined;
}

/** A segment's share in percent: type it (Enter or blur), or step it with ↑ ↓ (1 %, Shift: 10 %). */
export function ShareInput({ index, name, share, onCommit, diagnostics }: ShareInputProps) {
  return (
    <span className="ce-share-input">
      <CellInput
        value={formatPercent(share)}
        label={`Share of ${name} (%)`}
        testId={`segment-share-${index}`}
        className="ce-number"
        inputMode="decimal"
        diagnostics={diagnostics}
        onCommit={(text) => {
          const next = parsePercent(text);
          if (next !== undefined) onCommit(next);
        }}
        onKey={(e, draft) => {
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return false;
          e.preventDefault();
          const step = (e.shiftKey ? 10 : 1) / 100;
          const from = parsePercent(draft) ?? share;
          onCommit(Math.min(1, Math.max(0, from + (e.key === 'ArrowUp' ? step : -step))));
          return true;
        }}
      />
      <span className="ce-unit" aria-hidden="true">
        %
      </span>
    </span>
  );
}
