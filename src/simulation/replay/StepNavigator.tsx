const PATHS = {
  first: 'M4 3v10M13 3 6.5 8 13 13z',
  prev: 'M11.5 3 4.5 8l7 5z',
  next: 'M4.5 3l7 5-7 5z',
  last: 'M12 3v10M3 3l6.5 5L3 13z',
};

function Glyph({ d }: { d: string }) {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
      <path d={d} fill="currentColor" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}

/** First / Previous / Next / Last, with where the replay is. */
export function StepNavigator({ step, count, onStep }: { step: number; count: number; onStep: (i: number) => void }) {
  const last = count - 1;
  const button = (label: string, d: string, to: number, testid: string, disabled: boolean) => (
    <button className="ws-button ws-small rp-nav-button" title={label} aria-label={label} data-testid={testid} disabled={disabled} onClick={() => onStep(to)}>
      <Glyph d={d} />
    </button>
  );
  return (
    <div className="rp-nav" role="toolbar" aria-label="Replay steps">
      {button('First step (Home)', PATHS.first, 0, 'replay-first', step <= 0)}
      {button('Previous step (←, Shift+F10)', PATHS.prev, step - 1, 'replay-prev', step <= 0)}
      <span className="rp-nav-position" data-testid="replay-position">
        Step {step + 1} of {count}
      </span>
      {button('Next step (→, F10)', PATHS.next, step + 1, 'replay-next', step >= last)}
      {button('Last step (End)', PATHS.last, last, 'replay-last', step >= last)}
    </div>
  );
}
