import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './shell/theme.css';
import './shell/workbench.css';
import { Workbench } from './shell/Workbench';
import { startWorkbench } from './app/startWorkbench';
import { log, notify } from './state/uiActions';
import { useWorkspace } from './state/workspaceStore';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Workbench />
  </StrictMode>,
);

startWorkbench().catch((e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  log(`Could not open the workspace: ${message}`, 'error');
  notify(`Could not open the workspace: ${message}`, 'error');
  useWorkspace.setState({ ready: true });
});
