import { commands, type Disposer } from '../../commands/commandRegistry';
import { addTeam } from '../../../runtime/model/ops';
import { openTeamEditor } from '../../inspector/team/teamEditorStore';
import { journeyOf } from '../../state/documentState';
import { showInspector } from '../../state/layoutActions';
import { EMPTY_SELECTION } from '../../state/selection';
import { promptText } from '../../state/uiActions';
import { editDocument, setSelection } from '../../state/workspaceActions';
import { activeDoc } from '../activeDocument';

/**
 * The journey's teams in the inspector: `journey.editTeams` shows the list (or, given a team id,
 * that team's editor); `journey.addTeam` asks for a name and opens the new team.
 */
export function registerTeamCommands(): Disposer {
  const journeyDoc = () => {
    const d = activeDoc();
    return journeyOf(d) ? d : undefined;
  };
  // The team editor shows while nothing is selected, in the inspector.
  const show = (docId: string, team: string | null) => {
    setSelection(docId, EMPTY_SELECTION);
    showInspector();
    openTeamEditor(docId, team);
  };
  const disposers = [
    commands.register({
      id: 'journey.editTeams',
      title: 'Edit Teams (Staff, Schedule, Targets)',
      category: 'Journey',
      when: () => !!journeyDoc(),
      run: (teamId?: unknown) => {
        const d = journeyDoc();
        if (!d) return;
        const known = typeof teamId === 'string' && journeyOf(d)!.teams?.some((t) => t.id === teamId);
        show(d.id, known ? (teamId as string) : null);
      },
    }),
    commands.register({
      id: 'journey.addTeam',
      title: 'Add Team…',
      category: 'Journey',
      when: () => !!journeyDoc(),
      run: async () => {
        const d = journeyDoc();
        if (!d) return;
        const name = await promptText({ title: 'Add a team', value: '', placeholder: 'Team name, e.g. Mortgage advisors', validate: (v) => (v.trim() === '' ? 'A team needs a name' : undefined) });
        const journey = journeyOf(d);
        if (!name?.trim() || !journey) return;
        const { journey: next, teamId } = addTeam(journey, name.trim());
        editDocument(d.id, next, `Add team ${teamId}`);
        show(d.id, teamId);
      },
    }),
  ];
  return () => disposers.forEach((x) => x());
}
