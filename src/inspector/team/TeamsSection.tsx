import { useEffect, useRef, useState } from 'react';
import { describeSchedule } from '../../../runtime/model/calendar/describeSchedule';
import type { Journey, Team } from '../../../runtime/model/journey';
import { addTeam, removeTeam, teamUsers } from '../../../runtime/model/ops';
import type { Selection } from '../../canvas/selection';
import type { ElementDiagnostics } from '../fieldDiagnostics';
import { Section } from '../Section';
import { toPercent } from './PercentField';
import { RemoveTeamPrompt } from './RemoveTeamPrompt';
import './team.css';

export interface TeamsSectionProps {
  journey: Journey;
  /** The journey's diagnostics (paths from the journey's root). */
  diagnostics: ElementDiagnostics;
  onEdit(next: Journey, label: string): void;
  /** Open a team's editor. */
  onOpen(teamId: string): void;
  /** Asked for by a command: open, scrolled into view, the new-team name focused. */
  revealed?: boolean;
  onReveal?: ((s: Selection) => void) | undefined;
}

/** "SL 80 % in 20s · ≤ 5 % abandon": a team's targets, short. */
function targetsOf(team: Team): string {
  const parts: string[] = [];
  if (team.serviceLevel) parts.push(`SL ${toPercent(team.serviceLevel.answer)} % in ${String(team.serviceLevel.within)}`);
  if (team.maxAbandon !== undefined) parts.push(`≤ ${toPercent(team.maxAbandon)} % abandon`);
  return parts.join(' · ');
}

/** The journey's teams (the frontline), each opening its editor; add and remove here. */
export function TeamsSection({ journey, diagnostics, onEdit, onOpen, revealed, onReveal }: TeamsSectionProps) {
  const teams = journey.teams ?? [];
  const [removing, setRemoving] = useState<string | null>(null);
  const [name, setName] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!revealed) return;
    root.current?.scrollIntoView?.({ block: 'nearest' });
    input.current?.focus();
  }, [revealed]);
  const add = () => {
    if (name.trim() === '') return;
    const { journey: next, teamId } = addTeam(journey, name.trim());
    onEdit(next, `Add team ${teamId}`);
    setName('');
    onOpen(teamId);
  };
  const remove = (team: Team) => {
    const r = removeTeam(journey, team.id);
    if (r.removed) onEdit(r.journey, `Remove team ${team.id}`);
    else setRemoving(team.id);
  };
  return (
    <div ref={root} data-testid="team-list">
      <Section title={`Teams (${teams.length})`} defaultOpen={teams.length > 0 || revealed === true}>
        <p className="ji-hint">The frontline: steps with work queue for a member of a team. Open a team for its schedule and targets.</p>
        <ul className="jt-teams">
          {teams.map((t, i) => {
            const problems = diagnostics.at(`teams.${i}`) ?? [];
            const targets = targetsOf(t);
            const words = describeSchedule(t).text;
            return (
              <li key={t.id} data-testid={`team-row-${t.id}`}>
                <div className="jt-team-row">
                  <button type="button" className="jt-team-open" data-testid={`team-edit-${t.id}`} onClick={() => onOpen(t.id)} title="Edit the team">
                    <span className="jt-team-name">
                      {t.name || t.id} <code>{t.id}</code>
                      {problems.length > 0 ? (
                        <span className={`jt-badge jt-badge-${problems.some((d) => d.severity === 'error') ? 'error' : 'warning'}`} title={problems.map((d) => `${d.code} ${d.message}`).join('\n')}>
                          {problems.length}
                        </span>
                      ) : null}
                    </span>
                    <span className="jt-team-sub" title={words}>
                      {words}
                    </span>
                    {targets ? <span className="jt-team-sub">{targets}</span> : null}
                  </button>
                  <button type="button" className="ji-icon-button" aria-label={`Remove team ${t.id}`} title="Remove the team" data-testid={`team-remove-${t.id}`} onClick={() => remove(t)}>
                    ✕
                  </button>
                </div>
                {removing === t.id ? <RemoveTeamPrompt journey={journey} team={t} users={teamUsers(journey, t.id)} onEdit={onEdit} onCancel={() => setRemoving(null)} onReveal={onReveal} /> : null}
              </li>
            );
          })}
        </ul>
        <div className="ji-add-row">
          <input ref={input} className="ji-input" value={name} placeholder="New team name" aria-label="New team name" data-testid="team-add-name" onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
          <button type="button" className="ji-button" data-testid="team-add" onClick={add} disabled={name.trim() === ''}>
            Add team
          </button>
        </div>
      </Section>
    </div>
  );
}
