import { useState } from 'react';
import type { Journey, Team } from '../../../runtime/model/journey';
import { removeTeam, type TeamUse } from '../../../runtime/model/ops';
import type { Selection } from '../../canvas/selection';
import { TeamUseList } from './TeamUseList';

export interface RemoveTeamPromptProps {
  journey: Journey;
  team: Team;
  users: readonly TeamUse[];
  onEdit(next: Journey, label: string): void;
  onCancel(): void;
  onReveal?: ((s: Selection) => void) | undefined;
}

/**
 * A team still in use is not removed blindly: say where it is used, and offer to move that work to
 * another team first (or to go and change those places).
 */
export function RemoveTeamPrompt({ journey, team, users, onEdit, onCancel, onReveal }: RemoveTeamPromptProps) {
  const others = (journey.teams ?? []).filter((t) => t.id !== team.id);
  const [to, setTo] = useState(others[0]?.id ?? '');
  return (
    <div className="jt-prompt" role="alertdialog" aria-label={`Remove team ${team.id}`} data-testid="team-remove-prompt">
      <p className="jt-prompt-text">
        <strong>{team.name || team.id}</strong> is used in {users.length} place{users.length === 1 ? '' : 's'}:
      </p>
      <TeamUseList journey={journey} users={users} onReveal={onReveal} />
      {others.length > 0 ? (
        <div className="ji-add-row">
          <label className="jt-prompt-label">
            Move to
            <select className="ji-input ji-select" value={to} data-testid="team-reassign" onChange={(e) => setTo(e.target.value)}>
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name || t.id} ({t.id})
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="ji-button"
            data-testid="team-reassign-confirm"
            onClick={() => {
              const r = removeTeam(journey, team.id, { reassignTo: to });
              if (r.removed) onEdit(r.journey, `Remove team ${team.id}, moving its work to ${to}`);
            }}
          >
            Move and remove
          </button>
        </div>
      ) : (
        <p className="ji-hint">Add another team to move this work to, or change those steps first.</p>
      )}
      <button type="button" className="ji-button jt-button-quiet" data-testid="team-remove-cancel" onClick={onCancel}>
        Keep the team
      </button>
    </div>
  );
}
