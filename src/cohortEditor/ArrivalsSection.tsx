import { useId } from 'react';
import type { Cohort } from '../../runtime/model/cohort';
import { profileOf, setArrivalsOver, setProfileWeight, type ProfileName } from '../../runtime/model/ops';
import { commands } from '../commands/commandRegistry';
import { DiagnosticList } from '../inspector/fields/Field';
import type { ElementDiagnostics } from '../inspector/fieldDiagnostics';
import { DAY_LABELS, describeArrivalPeak } from './arrivalPeak';
import { ProfileBars } from './ProfileBars';
import { OverInput } from './OverInput';
import { DEFAULT_ARRIVALS } from '../app/commands/cohortCommands';

export interface ArrivalsSectionProps {
  docId: string;
  cohort: Cohort;
  diagnostics: ElementDiagnostics;
  onEdit(next: Cohort, label: string): void;
}

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
const PROFILES: Record<ProfileName, { title: string; labels: readonly string[]; names: readonly string[]; unit: string; flatCommand: string }> = {
  weekly: { title: 'Weekly profile (Monday first)', labels: DAY_LABELS.map((d) => d.slice(0, 3)), names: DAY_LABELS, unit: 'day', flatCommand: 'cohort.flatWeekly' },
  daily: { title: 'Daily profile (by hour)', labels: HOURS, names: HOURS.map((h, i) => `${h}:00–${HOURS[i + 1] ?? '24'}:00`), unit: 'hour', flatCommand: 'cohort.flatDaily' },
};
const SECTION_FIELDS = ['over', 'weekly', 'daily'];

/** When the customers come: all at t = 0, or spread over a duration with weekly and daily profiles. */
export function ArrivalsSection({ docId, cohort, diagnostics, onEdit }: ArrivalsSectionProps) {
  const id = useId();
  const arrivals = cohort.arrivals;
  const spread = !!arrivals;
  const mode = (m: 'once' | 'spread') => commands.execute('cohort.toggleArrivals', docId, m);
  const rest = diagnostics.all.filter((d) => d.path[0] === 'arrivals' && !SECTION_FIELDS.includes(String(d.path[1])));
  return (
    <section className="ce-section" aria-labelledby={`${id}-title`} data-testid="arrivals-section">
      <h2 className="ce-section-title" id={`${id}-title`}>
        Arrivals
      </h2>
      <div className="ce-arrivals-mode" role="radiogroup" aria-label="When the customers arrive" data-testid="arrivals-toggle" data-mode={spread ? 'spread' : 'once'}>
        <label className="ji-check">
          <input type="radio" name={`${id}-mode`} checked={!spread} onChange={() => mode('once')} data-testid="arrivals-at-once" />
          <span>All customers arrive at once (t = 0)</span>
        </label>
        <label className="ji-check">
          <input type="radio" name={`${id}-mode`} checked={spread} onChange={() => mode('spread')} data-testid="arrivals-spread" />
          <span>Spread over</span>
        </label>
        {/* Typing a duration spreads the arrivals, whichever choice was on. */}
        <OverInput value={arrivals?.over ?? DEFAULT_ARRIVALS.over} invalid={!!diagnostics.at('arrivals.over')} onCommit={(over) => onEdit(setArrivalsOver(cohort, over), `Spread arrivals over ${over}`)} />
      </div>
      <DiagnosticList diagnostics={[...(diagnostics.at('arrivals.over') ?? []), ...rest]} />
      <p className="ce-peak" data-testid="arrivals-peak">
        {describeArrivalPeak(arrivals)}
      </p>
      {spread
        ? (['weekly', 'daily'] as const).map((p) => {
            const spec = PROFILES[p];
            return (
              <ProfileBars
                key={p}
                name={p}
                title={spec.title}
                labels={spec.labels}
                names={spec.names}
                unit={spec.unit}
                values={profileOf(arrivals, p)}
                showValues={p === 'weekly'}
                flat={arrivals[p] === undefined}
                diagnostics={diagnostics.at(`arrivals.${p}`)}
                onSet={(i, v) => onEdit(setProfileWeight(cohort, p, i, v), `Set ${p} arrivals of ${spec.names[i]} to ${v}`)}
                onFlat={() => commands.execute(spec.flatCommand, docId)}
              />
            );
          })
        : null}
    </section>
  );
}
