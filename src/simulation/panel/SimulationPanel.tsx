import { Fragment, useMemo } from 'react';
import type { Cohort } from '../../../runtime/model/cohort';
import { useActiveDocId } from '../../app/activeDocument';
import { commands } from '../../commands/commandRegistry';
import { journeyOf } from '../../state/documentState';
import { useWorkspace } from '../../state/workspaceStore';
import { ChartCard } from '../charts/ChartCard';
import { useSimulation } from '../simulationStore';
import { useJourneyHash } from '../useJourneyHash';
import { resultCharts, TEAM_SERVICE_LEVELS_TESTID } from './resultCharts';
import { RunCaption } from './RunCaption';
import { TeamHoursCard } from './TeamHoursCard';
import { DropOffList } from './DropOffList';
import { ResultsViewTabs } from './ResultsViewTabs';
import { StageFunnelView } from './StageFunnelView';
import { ExperimentsView } from './ExperimentsView';
import { useResultsView } from './resultsView';
import { useCurrency } from '../../settings/currencySetting';

/** The Simulation tab of the panel: the shown run of the active journey as charts, each with its table. */
export function SimulationPanel() {
  const docId = useActiveDocId();
  const doc = useWorkspace((s) => (docId ? s.docs[docId] : undefined));
  const journey = journeyOf(doc);
  const run = useSimulation((s) => (docId ? s.shown[docId] : undefined));
  const running = useSimulation((s) => s.job?.kind === 'run' && s.job.fileId === docId && !!docId);
  const cohortDoc = useWorkspace((s) => (run ? Object.values(s.docs).find((d) => d.kind === 'cohort' && d.path === run.cohortPath) : undefined));
  const cohort = cohortDoc?.history?.present as Cohort | undefined;
  const hash = useJourneyHash(run?.journeyHash ? journey : undefined);
  const result = run?.kind === 'simulation' ? run.result : undefined;
  const currency = useCurrency();
  const charts = useMemo(() => (journey && result ? resultCharts(journey, result, cohort, currency) : []), [journey, result, cohort, currency]);
  const view = useResultsView((s) => s.view);
  const chosenSegment = useSimulation((s) => s.segment);
  const segment = result && chosenSegment !== null && result.segments[chosenSegment] ? chosenSegment : null;
  const segmentName = segment === null ? undefined : (cohort?.segments.find((g) => g.id === segment)?.name ?? segment);

  if (!journey) return <div className="ws-panel-empty">Open a journey to see its simulation results.</div>;
  if (!run || !result || !docId) {
    return (
      <div className="ws-panel-empty sp-empty" data-testid="simulation-panel-empty">
        {running ? 'Simulating… the results show here when the run ends.' : 'No results yet: run a simulation, or open a stored run in the Simulation view.'}
        {!running && (
          <button className="ws-button ws-small" onClick={() => commands.execute('simulation.run')}>
            Run simulation <kbd>F5</kbd>
          </button>
        )}
      </div>
    );
  }
  return (
    <div className={view === 'charts' ? 'sp-root' : 'sp-root sp-root-fill'} data-testid="simulation-panel" data-view={view}>
      <header className="sp-header">
        <RunCaption run={run} changed={!!run.journeyHash && run.journeyHash !== hash} />
        <span className="ws-spacer" />
        <button className="ws-button ws-small" data-testid="export-csv" title="Simulation: Export results as CSV" onClick={() => commands.execute('simulation.exportCsv')}>
          Export CSV
        </button>
        <button className="ws-button ws-small" data-testid="export-markdown" title="Simulation: Export results as Markdown" onClick={() => commands.execute('simulation.exportMarkdown')}>
          Export Markdown
        </button>
      </header>
      <ResultsViewTabs />
      {view === 'charts' ? (
        <div className="sp-grid" role="tabpanel" aria-labelledby="results-tab-charts">
          {charts.map((c) => (
            <Fragment key={c.title}>
              <ChartCard model={c} />
              {c.testIds?.table === TEAM_SERVICE_LEVELS_TESTID && <TeamHoursCard journey={journey} result={result} />}
            </Fragment>
          ))}
        </div>
      ) : (
        <div className="dl-panel" role="tabpanel" aria-labelledby={`results-tab-${view}`}>
          {view === 'dropOffs' ? (
            <DropOffList docId={docId} journey={journey} result={result} segment={segment} segmentName={segmentName} />
          ) : view === 'funnel' ? (
            <StageFunnelView docId={docId} journey={journey} result={result} segment={segment} segmentName={segmentName} />
          ) : (
            <ExperimentsView journey={journey} result={result} currency={currency} />
          )}
        </div>
      )}
    </div>
  );
}
