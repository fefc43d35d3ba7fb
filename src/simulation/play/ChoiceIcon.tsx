import type { PlayChoice } from '../model/playCustomer';

const PATHS: Record<PlayChoice['kind'], string> = {
  event: 'M9 1.5 3.5 9H8l-1 5.5L12.5 7H8z',
  timer: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM8 5v3.2l2.2 1.3',
  work: 'M8 2.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM3 14c0-2.8 2.2-4.5 5-4.5s5 1.7 5 4.5',
};

/** An event (a bolt), a timer (a clock), a staff step (a person): drawn, emoji fonts vary. */
export function ChoiceIcon({ kind }: { kind: PlayChoice['kind'] }) {
  return (
    <svg className={`rp-choice-icon rp-icon-${kind}`} width="13" height="13" viewBox="0 0 16 16" aria-hidden="true">
      <path d={PATHS[kind]} fill={kind === 'event' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
