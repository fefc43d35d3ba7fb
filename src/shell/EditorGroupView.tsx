import { focusGroup } from '../state/layoutActions';
import type { EditorGroup } from '../state/layoutStore';
import { TabBar } from './TabBar';
import { EditorContent } from './EditorContent';
import { WelcomePage } from './WelcomePage';

/** One editor group: its tab bar and its active editor. */
export function EditorGroupView({ group, active, single }: { group: EditorGroup; active: boolean; single: boolean }) {
  const tab = group.tabs.find((t) => t.key === group.activeKey);
  return (
    <div className={`ws-group${active ? ' ws-active' : ''}`} data-testid="editor-group" data-group={group.id} onPointerDownCapture={() => focusGroup(group.id)} onFocusCapture={() => focusGroup(group.id)}>
      {group.tabs.length > 0 && <TabBar group={group} />}
      <div className="ws-group-body">{tab ? <EditorContent key={tab.key} tab={tab} /> : single ? <WelcomePage /> : null}</div>
    </div>
  );
}
