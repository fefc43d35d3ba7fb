import { commands } from '../../commands/commandRegistry';
import type { TeamStaffing } from '../../../runtime/sim/staffing/suggestStaffing';
import { useSimulation } from '../simulationStore';
import { RunProgress } from '../view/RunProgress';
import { proposalRows, proposalSummary, teamVerdict, type StaffingProposal } from './staffingProposal';
import { useCurrency } from '../../settings/currencySetting';

/**
 * The Simulation view's staffing: "Suggest staffing" (or its progress with Cancel), then the
 * proposal with Apply and Discard.
 */
export function StaffingSection({ fileId, hasTarget, hash }: { fileId: string; hasTarget: boolean; hash: string | undefined }) {
  const jobKind = useSimulation((s) => s.job?.kind);
  const jobFile = useSimulation((s) => s.job?.fileId);
  const proposal = useSimulation((s) => s.proposals[fileId]);
  const mine = jobKind === 'staffing' && jobFile === fileId;
  const busy = jobKind !== undefined;
  const why = busy ? 'Another job is running' : !hasTarget ? 'No team sets a service level or a maximum abandon rate: give a team a target first' : 'Simulation: Suggest staffing — the fewest staff that meet each team’s target, on the customers of this form';
  return (
    <section className="sv-section" data-testid="staffing-section">
      <h3 className="sv-heading">Staffing</h3>
      <div className="sv-pad">
        {mine ? (
          <RunProgress kind="staffing" />
        ) : (
          <button className="ws-button sv-run-button sv-staffing-button" data-testid="suggest-staffing" disabled={busy || !hasTarget} title={why} onClick={() => void commands.execute('simulation.suggestStaffing')}>
            Suggest staffing
          </button>
        )}
        {!proposal && !mine && (
          <p className="sv-note sv-staffing-hint">{hasTarget ? 'Simulates other staff levels on the same customers to find the fewest that meet each team’s target.' : 'Give a team a service level or a maximum abandon rate to get a staffing suggestion.'}</p>
        )}
      </div>
      {proposal && <ProposalView proposal={proposal} changed={!!hash && hash !== proposal.journeyHash} />}
    </section>
  );
}

function ProposalView({ proposal, changed }: { proposal: StaffingProposal; changed: boolean }) {
  const { result } = proposal;
  const anyChange = result.teams.some((t) => t.changed);
  return (
    <div className="sv-pad sv-proposal" data-testid="staffing-proposal" data-met={result.met ? 'true' : 'false'}>
      <p className={`sv-proposal-summary${result.met ? '' : ' sv-missed'}`} data-testid="staffing-summary" role="status">
        {proposalSummary(result)}
      </p>
      <p className="sv-note">For {proposal.load}</p>
      {changed && (
        <span className="sv-changed" data-testid="staffing-journey-changed" title="The journey was edited after the suggestion: Apply still changes only the teams' staff">
          journey changed since
        </span>
      )}
      {result.teams.map((t) => (
        <TeamProposal key={t.team} team={t} />
      ))}
      <div className="sv-proposal-actions">
        <button className="ws-button ws-primary" data-testid="staffing-apply" disabled={!anyChange} title={anyChange ? 'Simulation: Apply suggested staffing (one undoable edit)' : 'The suggestion changes nothing'} onClick={() => void commands.execute('simulation.applyStaffing')}>
          Apply
        </button>
        <button className="ws-button" data-testid="staffing-discard" title="Simulation: Discard suggested staffing" onClick={() => void commands.execute('simulation.discardStaffing')}>
          Discard
        </button>
      </div>
    </div>
  );
}

function TeamProposal({ team }: { team: TeamStaffing }) {
  const currency = useCurrency();
  const rows = proposalRows(team, currency);
  return (
    <div className={`sv-staff-team${team.met ? '' : ' sv-missed'}`} data-testid="staffing-team" data-team={team.team} data-met={team.met ? 'true' : 'false'}>
      <div className="sv-staff-head">
        <span className="sv-staff-name" title={team.name}>
          {team.name}
        </span>
        <span className={`sv-verdict sv-verdict-${team.met ? 'met' : 'missed'}`} data-testid="staffing-verdict">
          {teamVerdict(team)}
        </span>
      </div>
      <table className="sv-staff-table" aria-label={`Staffing of ${team.name}`}>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="sp-num">
              Now
            </th>
            <th scope="col" className="sp-num">
              Suggested
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.kind === 'staff' ? 'sv-staff-row' : undefined} data-testid="staffing-row" data-row={r.key} data-changed={r.changed ? 'true' : 'false'}>
              <th scope="row">
                {r.label}
                {r.target && <span className="sv-staff-target">target {r.target}</span>}
              </th>
              <td className="sp-num">{r.now}</td>
              <td className={`sp-num${r.status ? ` sv-status-${r.status}` : ''}${r.kind === 'staff' && r.changed ? ' sv-staff-changed' : ''}`} title={r.status ? `${r.status === 'met' ? 'meets' : 'misses'} the target ${r.target}` : undefined}>
                {r.kind === 'staff' && r.changed ? `→ ${r.suggested}` : r.suggested}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
