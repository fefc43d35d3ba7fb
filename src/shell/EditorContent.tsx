import type { EditorTab } from '../state/layoutStore';
import { CanvasEditor } from '../editors/CanvasEditor';
import { SourceEditor } from '../source/SourceEditor';
import { CompiledEditor } from '../source/CompiledEditor';
import { CohortEditor } from '../cohortEditor/CohortEditor';

/** The editor of a tab. */
export function EditorContent({ tab }: { tab: EditorTab }) {
  if (tab.kind === 'canvas') return <CanvasEditor docId={tab.docId} />;
  if (tab.kind === 'cohort') return <CohortEditor docId={tab.docId} />;
  if (tab.kind === 'source') return <SourceEditor docId={tab.docId} />;
  return <CompiledEditor docId={tab.docId} />;
}
