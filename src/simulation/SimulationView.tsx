import { useActiveDocId } from '../app/activeDocument';
import { useWorkspace } from '../state/workspaceStore';
import { journeyOf } from '../state/documentState';

/** The Simulation view (its runs and charts come with the simulator): the journey and cohort it would use. */
export function SimulationView() {
  const id = useActiveDocId();
  const journey = journeyOf(useWorkspace((s) => (id ? s.docs[id] : undefined)));
  return (
    <div className="ws-pad" data-testid="simulation">
      {journey ? (
        <>
          <p>
            <strong>{journey.name}</strong>
          </p>
          <p className="ws-hint">Cohort: {journey.cohort ?? 'none set — add "cohort" to the journey'}</p>
          <p className="ws-hint">Simulation runs will appear here.</p>
        </>
      ) : (
        <p className="ws-hint">Open a journey to simulate it.</p>
      )}
    </div>
  );
}
