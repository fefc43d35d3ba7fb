import { useEffect } from 'react';
import { notify } from '../../state/uiActions';
import { refreshRuns } from '../simulationActions';
import { useSimulation } from '../simulationStore';
import type { RunSummary } from '../model/runRepository';

/** The stored runs of a journey file, loaded when first needed (undefined while loading). */
export function useRunsOf(fileId: string): RunSummary[] | undefined {
  const runs = useSimulation((s) => s.runs[fileId]);
  const loaded = runs !== undefined;
  useEffect(() => {
    if (loaded) return;
    refreshRuns(fileId).catch((e: unknown) => notify(`Could not read the stored runs: ${e instanceof Error ? e.message : String(e)}`, 'error'));
  }, [fileId, loaded]);
  return runs;
}
