// Which view of the results panel is shown: the charts, where customers leave, the funnel by
// stage or the experiments; and whether the list of where customers leave shows every step or the top ones.
import { create } from 'zustand';
import { revealResults } from '../revealResults';

export type ResultsView = 'charts' | 'dropOffs' | 'funnel' | 'experiments';

export const RESULTS_VIEWS: readonly { view: ResultsView; title: string; command: string }[] = [
  { view: 'charts', title: 'Charts', command: 'simulation.showResultCharts' },
  { view: 'dropOffs', title: 'Where customers leave', command: 'simulation.showDropOffs' },
  { view: 'funnel', title: 'Funnel by stage', command: 'simulation.showStageFunnel' },
  { view: 'experiments', title: 'Experiments', command: 'simulation.showExperiments' },
];

/** Rows of "Where customers leave" before "Show all". */
export const TOP_DROP_OFFS = 10;

interface ResultsViewState {
  view: ResultsView;
  allDropOffs: boolean;
}

export const useResultsView = create<ResultsViewState>()(() => ({ view: 'charts', allDropOffs: false }));

/** Show this view of the results, in the panel (opened, tall enough). */
export function showResultsView(view: ResultsView): void {
  useResultsView.setState({ view });
  revealResults();
}

export function toggleAllDropOffs(): void {
  useResultsView.setState((s) => ({ allDropOffs: !s.allDropOffs }));
}
