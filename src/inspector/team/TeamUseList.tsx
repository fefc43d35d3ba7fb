import type { Journey } from '../../../runtime/model/journey';
import type { TeamUse } from '../../../runtime/model/ops';
import type { Selection } from '../../canvas/selection';
import { teamUseLabel } from './teamUseLabel';

const MAX_LISTED = 12;

/** The places that use a team; each one selects its node or edge when the host can select. */
export function TeamUseList({ journey, users, onReveal }: { journey: Journey; users: readonly TeamUse[]; onReveal?: ((s: Selection) => void) | undefined }) {
  const more = users.length - MAX_LISTED;
  return (
    <ul className="jt-uses" data-testid="team-uses">
      {users.slice(0, MAX_LISTED).map((u) => {
        const label = teamUseLabel(journey, u);
        const select = () => onReveal?.(u.nodeId !== undefined ? { nodes: [u.nodeId], edges: [] } : { nodes: [], edges: [u.edgeId!] });
        return (
          <li key={u.path.join('.')}>
            {onReveal ? (
              <button type="button" className="jt-link" title="Select it" onClick={select}>
                {label}
              </button>
            ) : (
              label
            )}
          </li>
        );
      })}
      {more > 0 ? <li className="ji-hint">and {more} more</li> : null}
    </ul>
  );
}
