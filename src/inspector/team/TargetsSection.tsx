import { durationMs } from '../../../runtime/model/duration';
import type { Journey, Team } from '../../../runtime/model/journey';
import { clearServiceLevel, setMaxAbandon, setServiceLevel } from '../../../runtime/model/ops';
import { DurationNote, humanDuration } from '../durationNote';
import type { ElementDiagnostics } from '../fieldDiagnostics';
import { CheckboxField } from '../fields/CheckboxField';
import { parseScalar } from '../fields/ScalarField';
import { TextField } from '../fields/TextField';
import { Section } from '../Section';
import { PercentField, toPercent } from './PercentField';

export interface TargetsSectionProps {
  journey: Journey;
  team: Team;
  diagnostics: ElementDiagnostics;
  onEdit(next: Journey, label: string): void;
}

/** What "good" means for the team: a service level and the most abandonment it accepts (DESIGN §2). */
export function TargetsSection({ journey, team, diagnostics, onEdit }: TargetsSectionProps) {
  const sl = team.serviceLevel;
  const at = (name: string, exact?: boolean) => diagnostics.at(name, exact);
  const slLabel = `Set service level of team ${team.id}`;
  return (
    <Section title="Targets">
      <CheckboxField
        name="serviceLevel"
        label="Service level target"
        value={sl !== undefined}
        testId="target-service-level"
        onCommit={(on) => onEdit(on ? setServiceLevel(journey, team.id, {}) : clearServiceLevel(journey, team.id), on ? slLabel : `Clear service level of team ${team.id}`)}
        description="The share of the customers offered to the team who reach a staff member within a time"
        diagnostics={at('serviceLevel', true)}
      />
      {sl ? (
        <div className="jt-target">
          <PercentField name="serviceLevel.answer" label="Answered (%)" value={sl.answer} testId="target-answer" onCommit={(v) => v !== undefined && onEdit(setServiceLevel(journey, team.id, { answer: v }), slLabel)} diagnostics={at('serviceLevel.answer')} />
          <TextField
            name="serviceLevel.within"
            label="Within"
            value={String(sl.within)}
            placeholder="20s"
            testId="target-within"
            noteFor={(draft) => <DurationNote text={draft} />}
            onCommit={(v) => v !== undefined && v.trim() !== '' && onEdit(setServiceLevel(journey, team.id, { within: parseScalar(v) }), slLabel)}
            diagnostics={at('serviceLevel.within')}
          />
          <p className="ji-hint" data-testid="target-service-level-words">
            {serviceLevelWords(sl.answer, sl.within)}
          </p>
        </div>
      ) : null}
      <PercentField
        name="maxAbandon"
        label="Most abandonment (%)"
        value={team.maxAbandon}
        optional
        testId="target-max-abandon"
        description="The largest share of the customers offered to the team who may give up waiting"
        onCommit={(v) => onEdit(setMaxAbandon(journey, team.id, v), v === undefined ? `Clear most abandonment of team ${team.id}` : `Set most abandonment of team ${team.id}`)}
        diagnostics={at('maxAbandon')}
      />
      {team.maxAbandon !== undefined ? <p className="ji-hint">At most {toPercent(team.maxAbandon)} % of the customers offered give up.</p> : null}
    </Section>
  );
}

/** "80 % of the customers offered reach a staff member within 20 seconds." */
export function serviceLevelWords(answer: number, within: string | number): string {
  const ms = durationMs(within);
  return `${toPercent(answer)} % of the customers offered reach a staff member within ${ms === undefined ? String(within) : humanDuration(ms)}.`;
}
