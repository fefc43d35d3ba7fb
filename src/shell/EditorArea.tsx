import { useLayout } from '../state/layoutStore';
import { EditorGroupView } from './EditorGroupView';

/** The editors: groups side by side (split editors), each with its tabs. */
export function EditorArea() {
  const groups = useLayout((s) => s.groups);
  const activeGroupId = useLayout((s) => s.activeGroupId);
  return (
    <div className="ws-editor-area" data-testid="editor-area">
      {groups.map((g) => (
        <EditorGroupView key={g.id} group={g} active={g.id === activeGroupId} single={groups.length === 1} />
      ))}
    </div>
  );
}
