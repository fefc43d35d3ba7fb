import type { Cohort } from '../../runtime/model/cohort';
import type { Journey } from '../../runtime/model/journey';
import type { CanvasOverlay } from '../canvas/canvasOverlay';
import { journeyOf } from '../state/documentState';
import { overlayOf, setOverlay, useOverlay } from '../state/overlayStore';
import { useWorkspace } from '../state/workspaceStore';
import type { SavedRun } from './model/runRepository';
import { setOverlayVisible } from './simulationActions';
import { simulationOverlay } from './simulationOverlay';
import { useSimulation } from './simulationStore';

interface Painted {
  overlay: CanvasOverlay;
  run: SavedRun;
  journey: Journey;
  cohort: Cohort | undefined;
  mode: string;
  segment: string | null;
}

function cohortAt(path: string): Cohort | undefined {
  const doc = Object.values(useWorkspace.getState().docs).find((d) => d.kind === 'cohort' && d.path === path);
  return doc?.history?.present as Cohort | undefined;
}

/**
 * Keeps each journey's map overlay in step with its shown run, the colouring mode, the segment and
 * the journey itself (edits). Only ever replaces or clears its own overlay; when another feature
 * (replay, comparison) or the legend's close button takes the map, the run's overlay counts as
 * switched off for that file.
 */
export function startSimulationOverlay(): () => void {
  const painted = new Map<string, Painted>();

  const paint = () => {
    const sim = useSimulation.getState();
    const docs = useWorkspace.getState().docs;
    for (const id of new Set([...Object.keys(sim.shown), ...painted.keys()])) {
      const run = sim.shown[id];
      const journey = journeyOf(docs[id]);
      const prev = painted.get(id);
      if (!run || run.kind !== 'simulation' || !journey || sim.overlayHidden[id]) {
        if (prev) {
          painted.delete(id);
          if (overlayOf(id) === prev.overlay) setOverlay(id, undefined);
        }
        continue;
      }
      const cohort = cohortAt(run.cohortPath);
      if (prev && prev.run === run && prev.journey === journey && prev.cohort === cohort && prev.mode === sim.heatMode && prev.segment === sim.segment) continue;
      const segmentName = (seg: string) => cohort?.segments.find((s) => s.id === seg)?.name ?? seg;
      const overlay = simulationOverlay(journey, run.result, { mode: sim.heatMode, segment: sim.segment }, segmentName);
      painted.set(id, { overlay, run, journey, cohort, mode: sim.heatMode, segment: sim.segment });
      setOverlay(id, overlay);
    }
  };

  const offOverlay = useOverlay.subscribe((s) => {
    for (const [id, p] of painted) {
      if (s.byFile[id] === p.overlay) continue;
      painted.delete(id);
      setOverlayVisible(id, false);
    }
  });
  const offSim = useSimulation.subscribe(paint);
  const offDocs = useWorkspace.subscribe((s, prev) => {
    if (s.docs !== prev.docs) paint();
  });
  paint();
  return () => {
    offOverlay();
    offSim();
    offDocs();
  };
}
