import type { Cohort } from '../../runtime/model/cohort';
import { activeDocId } from '../app/activeDocument';
import { stemOf } from '../app/fileActions';
import { download } from '../app/importExport';
import { journeyOf } from '../state/documentState';
import { log, notify } from '../state/uiActions';
import { useWorkspace } from '../state/workspaceStore';
import { resultToCsv, resultToMarkdown } from './model/resultExports';
import { useSimulation } from './simulationStore';
import { currentCurrency } from '../settings/currencySetting';

/** Download the result shown for a journey file (the active one) as CSV or a Markdown report. */
export function exportShownResult(format: 'csv' | 'markdown', fileId: string | undefined = activeDocId()): void {
  const docs = useWorkspace.getState().docs;
  const doc = fileId ? docs[fileId] : undefined;
  const run = fileId ? useSimulation.getState().shown[fileId] : undefined;
  const journey = journeyOf(doc);
  if (!doc || !journey || run?.kind !== 'simulation') {
    notify('Run a simulation or open a stored run first', 'warning');
    return;
  }
  const cohort = Object.values(docs).find((d) => d.kind === 'cohort' && d.path === run.cohortPath)?.history?.present as Cohort | undefined;
  const name = `${stemOf(doc.path)}.simulation-${run.id}.${format === 'csv' ? 'csv' : 'md'}`;
  if (format === 'csv') download(name, resultToCsv(run.result), 'text/csv');
  else download(name, resultToMarkdown(journey, run.result, cohort, currentCurrency()), 'text/markdown');
  log(`Exported ${name}`);
}
