import { commands, type Disposer } from '../../commands/commandRegistry';
import { activeDoc } from '../activeDocument';
import { cancelSimulation, runSimulation } from '../../simulation/runSimulation';
import { overlayVisible, setOverlayVisible } from '../../simulation/simulationActions';
import { useSimulation } from '../../simulation/simulationStore';
import { exportShownResult } from '../../simulation/exportShownResult';
import { revealResults } from '../../simulation/revealResults';
import { registerResultsViewCommands } from '../../simulation/panel/resultsViewCommands';
import { applyStaffingProposal, discardStaffingProposal, proposalOf, suggestStaffingFor } from '../../simulation/staffing/staffingActions';

/** Simulation: run (F5), cancel, the results on the map, the results panel, CSV / Markdown exports, staffing suggestions. */
export function registerSimulationCommands(): Disposer {
  const journeyActive = () => activeDoc()?.kind === 'journey';
  const shownRun = () => {
    const d = activeDoc();
    return d ? useSimulation.getState().shown[d.id] : undefined;
  };
  const disposers = [
    commands.register({ id: 'simulation.run', title: 'Run simulation', category: 'Simulation', keybinding: 'F5', when: journeyActive, run: () => runSimulation() }),
    commands.register({ id: 'simulation.cancel', title: 'Cancel simulation', category: 'Simulation', keybinding: 'Shift+F5', when: () => !!useSimulation.getState().job, run: cancelSimulation }),
    commands.register({
      id: 'simulation.toggleOverlay',
      title: 'Toggle results on the map',
      category: 'Simulation',
      when: () => !!shownRun(),
      run: () => {
        const d = activeDoc();
        if (d) setOverlayVisible(d.id, !overlayVisible(d.id));
      },
    }),
    commands.register({ id: 'simulation.showResults', title: 'Show results panel', category: 'Simulation', run: revealResults }),
    commands.register({ id: 'simulation.exportCsv', title: 'Export results as CSV', category: 'Simulation', when: () => !!shownRun(), run: () => exportShownResult('csv') }),
    commands.register({ id: 'simulation.exportMarkdown', title: 'Export results as Markdown', category: 'Simulation', when: () => !!shownRun(), run: () => exportShownResult('markdown') }),
    commands.register({ id: 'simulation.suggestStaffing', title: 'Suggest staffing', category: 'Simulation', when: journeyActive, run: () => suggestStaffingFor() }),
    commands.register({ id: 'simulation.applyStaffing', title: 'Apply suggested staffing', category: 'Simulation', when: () => !!proposalOf(activeDoc()?.id), run: () => applyStaffingProposal() }),
    commands.register({ id: 'simulation.discardStaffing', title: 'Discard suggested staffing', category: 'Simulation', when: () => !!proposalOf(activeDoc()?.id), run: () => discardStaffingProposal() }),
    registerResultsViewCommands(),
  ];
  return () => disposers.forEach((d) => d());
}
