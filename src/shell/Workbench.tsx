import { useEffect, useState } from 'react';
import { useUi } from '../state/uiStore';
import { useLayout } from '../state/layoutStore';
import { useWorkspace } from '../state/workspaceStore';
import { resize } from '../state/layoutActions';
import { ActivityBar } from './ActivityBar';
import { SideBar } from './SideBar';
import { EditorArea } from './EditorArea';
import { Panel } from './Panel';
import { StatusBar } from './StatusBar';
import { Sash } from './Sash';
import { panelHeightFor } from './panelHeight';
import { useElementHeight } from './useElementHeight';
import { Notifications } from './Notifications';
import { ConflictDialog } from './ConflictDialog';
import { PictureExportDialog } from '../exports/PictureExportDialog';
import { QuickPick } from '../quickPick/QuickPick';
import { InspectorPane } from '../editors/InspectorPane';
import { CanvasCommandsHost } from '../editors/CanvasCommandsHost';

/** VS Code's layout: activity bar, side bar, editors over the panel, status bar. */
export function Workbench() {
  const theme = useUi((s) => s.theme);
  const ready = useWorkspace((s) => s.ready);
  const sideView = useLayout((s) => s.sideView);
  const sideWidth = useLayout((s) => s.sideWidth);
  const panelOpen = useLayout((s) => s.panelOpen);
  const askedPanelHeight = useLayout((s) => s.panelHeight);
  const [center, setCenter] = useState<HTMLDivElement | null>(null);
  // the panel never takes the larger part of the column from the map
  const panelHeight = panelHeightFor(askedPanelHeight, useElementHeight(center));
  const inspectorOpen = useLayout((s) => s.inspectorOpen);
  const inspectorWidth = useLayout((s) => s.inspectorWidth);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  if (!ready) {
    return (
      <div className="ws-loading" role="status">
        <div className="ws-loading-mark">◆</div>
        <div>Opening your workspace…</div>
      </div>
    );
  }

  return (
    <div className="ws-workbench" data-testid="workbench">
      <div className="ws-main">
        <ActivityBar />
        {sideView && (
          <>
            <div className="ws-sidebar nokey" style={{ width: sideWidth }}>
              <SideBar view={sideView} />
            </div>
            <Sash direction="vertical" onResize={(delta, start) => resize('sideWidth', start + delta)} start={() => sideWidth} />
          </>
        )}
        <div className="ws-center" ref={setCenter}>
          <div className="ws-editors">
            <EditorArea />
          </div>
          {panelOpen && (
            <>
              <Sash direction="horizontal" onResize={(delta, start) => resize('panelHeight', start - delta)} start={() => panelHeight} />
              <div className="ws-panel nokey" style={{ height: panelHeight }}>
                <Panel />
              </div>
            </>
          )}
        </div>
        {inspectorOpen && (
          <>
            <Sash direction="vertical" onResize={(delta, start) => resize('inspectorWidth', start - delta)} start={() => inspectorWidth} />
            <aside className="ws-inspector-pane nokey" style={{ width: inspectorWidth }} data-testid="inspector-pane">
              <InspectorPane />
            </aside>
          </>
        )}
      </div>
      <StatusBar />
      <CanvasCommandsHost />
      <QuickPick />
      <Notifications />
      <ConflictDialog />
      <PictureExportDialog />
    </div>
  );
}
