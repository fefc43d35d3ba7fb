// Commands of the results' views: show each view, all the steps where customers leave, and
// "Reveal Node" (select a node and bring it into view on the map), which their rows dispatch.
import { activeDoc } from '../../app/activeDocument';
import { commands, type Disposer } from '../../commands/commandRegistry';
import { selectionOf } from '../../state/workspaceActions';
import { revealNode } from '../revealNode';
import { useSimulation } from '../simulationStore';
import { RESULTS_VIEWS, showResultsView, toggleAllDropOffs } from './resultsView';

export const REVEAL_NODE = 'journey.revealNode';
export const TOGGLE_ALL_DROP_OFFS = 'simulation.toggleAllDropOffs';

const TITLES: Record<string, string> = {
  charts: 'Show result charts',
  dropOffs: 'Show where customers leave',
  funnel: 'Show funnel by stage',
  experiments: 'Show experiments',
};

export function registerResultsViewCommands(): Disposer {
  const journeyActive = () => activeDoc()?.kind === 'journey';
  const shownRun = () => {
    const d = activeDoc();
    return !!d && useSimulation.getState().shown[d.id]?.kind === 'simulation';
  };
  const disposers = [
    ...RESULTS_VIEWS.map((v) => commands.register({ id: v.command, title: TITLES[v.view]!, category: 'Simulation', when: shownRun, run: () => showResultsView(v.view) })),
    commands.register({ id: TOGGLE_ALL_DROP_OFFS, title: 'Show all drop-off steps, or the top 10', category: 'Simulation', when: shownRun, run: toggleAllDropOffs }),
    commands.register({
      id: REVEAL_NODE,
      title: 'Reveal Node',
      category: 'Journey',
      when: journeyActive,
      // (nodeId, docId?): from the palette, without arguments, the selected node.
      run: (nodeId?: unknown, docId?: unknown) => {
        const id = typeof docId === 'string' ? docId : activeDoc()?.id;
        const node = typeof nodeId === 'string' ? nodeId : selectionOf(id).nodes[0];
        return node !== undefined && revealNode(node, id);
      },
    }),
  ];
  return () => disposers.forEach((d) => d());
}
