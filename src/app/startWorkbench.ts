import { commands } from '../commands/commandRegistry';
import { openJourneyDb, type JourneyDb } from '../storage/journeyDb';
import { openSaveChannel, type SaveChannel } from '../storage/saveChannel';
import { listFiles } from '../storage/fileRepository';
import { seedWorkspace } from '../storage/seedWorkspace';
import { SAMPLE_TEXTS } from '../storage/sampleTexts';
import { getSetting, setSetting } from '../storage/settingsRepository';
import { loadCurrencySetting } from '../settings/currencySetting';
import { readBackups } from '../storage/crashBackup';
import { ownValue } from '../../runtime/model/ownValue';
import { flushValidation, loadDocs, typeText } from '../state/workspaceActions';
import { sortedDocs, useWorkspace } from '../state/workspaceStore';
import { useLayout, type LayoutState } from '../state/layoutStore';
import { restoreLayout } from '../state/layoutActions';
import { askConflict, log, notify, setTheme } from '../state/uiActions';
import { useUi, type Theme } from '../state/uiStore';
import { setServices } from './workbenchServices';
import { startAutosave } from './autosave';
import { installKeybindings } from './keybindings';
import { openDocument } from './fileActions';
import { registerWorkbenchCommands } from './commands/workbenchCommands';
import { registerFileCommands } from './commands/fileCommands';
import { registerEditCommands } from './commands/editCommands';
import { registerEditorCommands } from './commands/editorCommands';
import { registerSimulationCommands } from './commands/simulationCommands';
import { startSimulationOverlay } from '../simulation/startSimulationOverlay';
import { registerExportCommands } from './commands/exportCommands';
import { registerCanvasViewCommands } from './commands/canvasViewCommands';
import { registerStageNavigationCommands } from './commands/stageNavigationCommands';
import { registerReplayCommands } from './commands/replayCommands';
import { registerTeamCommands } from './commands/teamCommands';
import { registerCohortCommands } from './commands/cohortCommands';
import { registerNotificationCommands } from './commands/notificationCommands';
import { registerCollabCommands, startSharing } from '../collab/collabCommands';

const LAYOUT_KEYS = ['groups', 'activeGroupId', 'sideView', 'sideWidth', 'panelOpen', 'panelTab', 'panelHeight', 'inspectorOpen', 'inspectorWidth', 'minimapOpen', 'emotionCurveOpen', 'viewports'] as const;

/** Unsaved text from a crash or a kill: back in the editor, unsaved (so autosave stores it). */
function recoverBackups(): void {
  const docs = useWorkspace.getState().docs;
  for (const [id, backup] of Object.entries(readBackups())) {
    // An id from storage: only a loaded file's own entry (never `constructor` or the like from Object.prototype).
    const doc = ownValue(docs, id);
    if (!doc || backup.text === doc.text) continue;
    if (backup.baseRev === doc.rev) {
      typeText(id, backup.text);
      flushValidation(id);
      log(`Recovered unsaved changes to ${doc.path}`, 'warning');
    } else {
      // Saved elsewhere since: the user chooses.
      const stored = { text: doc.text, rev: doc.rev };
      typeText(id, backup.text);
      flushValidation(id);
      askConflict({ docId: id, path: doc.path, theirs: stored });
    }
  }
}

function persistPreferences(db: JourneyDb): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveLayout = (s: LayoutState) => {
    clearTimeout(timer);
    timer = setTimeout(() => void setSetting(db, 'layout', Object.fromEntries(LAYOUT_KEYS.map((k) => [k, s[k]]))), 300);
  };
  const offLayout = useLayout.subscribe(saveLayout);
  const offTheme = useUi.subscribe((s, prev) => {
    if (s.theme !== prev.theme) void setSetting(db, 'theme', s.theme);
  });
  const onHide = () => void setSetting(db, 'layout', Object.fromEntries(LAYOUT_KEYS.map((k) => [k, useLayout.getState()[k]])));
  addEventListener('pagehide', onHide);
  return () => {
    offLayout();
    offTheme();
    removeEventListener('pagehide', onHide);
    clearTimeout(timer);
  };
}

export interface RunningWorkbench {
  db: JourneyDb;
  channel: SaveChannel;
  stop(): void;
}

/** Open the storage, seed the samples on first start, load the workspace, wire commands and keys. */
export async function startWorkbench(): Promise<RunningWorkbench> {
  const db = openJourneyDb();
  const channel = openSaveChannel();
  setServices({ db, channel });
  const theme = await getSetting<Theme>(db, 'theme', typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');
  setTheme(theme);
  await loadCurrencySetting(db);
  const seeded = await seedWorkspace(db, SAMPLE_TEXTS);
  loadDocs(await listFiles(db));
  recoverBackups();
  restoreLayout(await getSetting<Partial<LayoutState> | undefined>(db, 'layout', undefined), (id) => !!useWorkspace.getState().docs[id]);
  if (seeded.length > 0) {
    log(`Welcome to Journey Studio: ${seeded.length} sample files are in the Explorer`);
    const first = sortedDocs(useWorkspace.getState().docs).find((d) => d.kind === 'journey');
    if (first && useLayout.getState().groups.every((g) => g.tabs.length === 0)) openDocument(first.id);
  }
  const autosave = startAutosave(db, channel);
  const stops = [
    autosave.stop,
    persistPreferences(db),
    registerWorkbenchCommands(),
    registerFileCommands(autosave.flush),
    registerEditCommands(),
    registerEditorCommands(),
    registerSimulationCommands(),
    startSimulationOverlay(),
    registerExportCommands(),
    registerCanvasViewCommands(),
    registerStageNavigationCommands(),
    registerReplayCommands(),
    registerTeamCommands(),
    registerCohortCommands(),
    registerNotificationCommands(),
    registerCollabCommands(),
    installKeybindings(commands),
  ];
  stops.push(startSharing());
  db.on('versionchange', () => {
    notify('Journey Studio was updated in another tab: reload this one', 'warning');
    return false;
  });
  return {
    db,
    channel,
    stop() {
      stops.forEach((s) => s());
      channel.close();
      db.close();
      setServices(undefined);
    },
  };
}
