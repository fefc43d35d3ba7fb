// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { formatDocument } from '../../../runtime/model/formatDocument';
import type { Journey, ScheduleEntry, Team } from '../../../runtime/model/journey';
import { mini } from '../../canvas/testJourneys';
import { commands, type Disposer } from '../../commands/commandRegistry';
import { registerEditCommands } from '../../app/commands/editCommands';
import { registerTeamCommands } from '../../app/commands/teamCommands';
import { InspectorPane } from '../../editors/InspectorPane';
import { docFromFile } from '../../state/documentState';
import { initialLayout, useLayout } from '../../state/layoutStore';
import { useWorkspace } from '../../state/workspaceStore';
import { useTeamEditor } from './teamEditorStore';

const ID = 'j1';
let stops: Disposer[] = [];

const OFFICE: ScheduleEntry[] = [{ days: 'mon-fri', from: '09:00', to: '17:00', staff: 4 }];

/** The mini journey in the workspace, its canvas the active editor, the inspector pane shown (closed until asked). */
function setup(edit: (j: Journey) => void = () => {}) {
  const journey = mini();
  edit(journey);
  const doc = docFromFile({ id: ID, path: 'mini.journey.json', kind: 'journey', text: formatDocument(journey), rev: 1 });
  useWorkspace.setState({ ready: true, docs: { [ID]: doc }, selection: {} });
  useLayout.setState({ ...initialLayout(), inspectorOpen: false, groups: [{ id: 'g1', tabs: [{ key: `canvas:${ID}`, kind: 'canvas', docId: ID }], activeKey: `canvas:${ID}` }] });
  stops = [registerTeamCommands(), registerEditCommands()];
  render(<InspectorPane />);
}

/** Open a team's editor the way the palette does. */
function openTeam(id = 'advisors') {
  act(() => void commands.execute('journey.editTeams', id));
  return screen.getByTestId('team-editor');
}

const doc = () => useWorkspace.getState().docs[ID]!;
const present = () => doc().history!.present as Journey;
const team = (id = 'advisors'): Team => present().teams!.find((t) => t.id === id)!;
const steps = () => doc().history!.past.length;
const byTestId = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const cell = (day: number, hour: number) => screen.getByTestId(`schedule-cell-${day}-${hour}`);
const withSchedule = (schedule: ScheduleEntry[], more: Partial<Team> = {}) => (j: Journey) => {
  j.teams = [{ id: 'advisors', name: 'Advisors', staff: 4, schedule, ...more }];
};
const commit = (input: HTMLInputElement, value: string) => {
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
};

afterEach(() => {
  cleanup();
  stops.forEach((s) => s());
  stops = [];
  useTeamEditor.setState({ open: null });
});

describe('Team editor: reaching it', () => {
  it('journey.editTeams opens the inspector on the teams; a team opens from the list and goes back', () => {
    setup();
    expect(commands.get('journey.editTeams')!.when!()).toBe(true);
    act(() => void commands.execute('journey.editTeams'));
    expect(useLayout.getState().inspectorOpen).toBe(true);
    const list = screen.getByTestId('team-list');
    expect(within(list).getByTestId('team-row-advisors').textContent).toContain('Around the clock · 1 staff; 168 staff-hours a week');
    fireEvent.click(within(list).getByTestId('team-edit-advisors'));
    expect(screen.getByTestId('team-editor').dataset.team).toBe('advisors');
    fireEvent.click(screen.getByTestId('team-back'));
    expect(screen.queryByTestId('team-editor')).toBeNull();
    expect(screen.getByTestId('team-list')).toBeTruthy();
  });

  it('adds a team from the list (one step) and opens it', () => {
    setup();
    act(() => void commands.execute('journey.editTeams'));
    fireEvent.change(byTestId('team-add-name'), { target: { value: 'Care team' } });
    fireEvent.click(screen.getByTestId('team-add'));
    expect(present().teams!.map((t) => t.id)).toEqual(['advisors', 'care-team']);
    expect(steps()).toBe(1);
    expect(screen.getByTestId('team-editor').dataset.team).toBe('care-team');
  });

  it('selecting an element leaves the team editor', () => {
    setup();
    openTeam();
    act(() => useWorkspace.setState({ selection: { [ID]: { nodes: ['visit'], edges: [] } } }));
    act(() => useWorkspace.setState({ selection: { [ID]: { nodes: [], edges: [] } } }));
    expect(screen.queryByTestId('team-editor')).toBeNull();
  });
});

describe('Team editor: staff and the schedule toggle', () => {
  it('sets staff and cost, one step each', () => {
    setup();
    openTeam();
    commit(byTestId('team-staff'), '3');
    expect(team().staff).toBe(3);
    commit(byTestId('team-cost'), '55');
    expect(team().costPerHour).toBe(55);
    expect(steps()).toBe(2);
    expect(screen.getByTestId('schedule-summary').textContent).toBe('Around the clock · 3 staff; 504 staff-hours a week');
  });

  it('switches to office hours and back, and restores the schedule it had', () => {
    setup((j) => (j.teams![0]!.staff = 3));
    openTeam();
    fireEvent.click(byTestId('schedule-toggle'));
    expect(team().schedule).toEqual([{ days: 'mon-fri', from: '09:00', to: '17:00', staff: 3 }]);
    expect(byTestId('schedule-toggle').checked).toBe(true);
    expect(screen.queryByTestId('team-staff')).toBeNull();
    expect(cell(0, 9).textContent).toBe('3');
    expect(cell(5, 9).textContent).toBe('');
    expect(screen.getByTestId('schedule-summary').textContent).toBe('Mon–Fri 09:00–17:00 · 3 staff; 120 staff-hours a week');
    // paint Saturday morning, then go around the clock and come back: the painted schedule returns
    fireEvent.pointerDown(cell(5, 9));
    fireEvent.pointerUp(window);
    fireEvent.click(byTestId('schedule-toggle'));
    expect(team()).not.toHaveProperty('schedule');
    expect(byTestId('team-staff').value).toBe('3');
    fireEvent.click(byTestId('schedule-toggle'));
    expect(team().schedule).toEqual([
      { days: 'mon-fri', from: '09:00', to: '17:00', staff: 3 },
      { days: 'sat', from: '09:00', to: '10:00', staff: 3 },
    ]);
    expect(steps()).toBe(4);
  });
});

describe('Team editor: painting the week', () => {
  it('one drag paints a rectangle in one undo step, previewed while dragging', () => {
    setup(withSchedule(OFFICE));
    openTeam();
    commit(byTestId('paint-staff'), '2');
    fireEvent.pointerDown(cell(5, 10));
    fireEvent.pointerEnter(cell(5, 11));
    fireEvent.pointerEnter(cell(6, 13));
    // previewed, not yet in the journey
    expect(cell(6, 12).textContent).toBe('2');
    expect(steps()).toBe(0);
    fireEvent.pointerUp(window);
    expect(steps()).toBe(1);
    expect(team().schedule).toEqual([...OFFICE, { days: 'sat-sun', from: '10:00', to: '14:00', staff: 2 }]);
    expect(screen.getByTestId('schedule-summary').textContent).toBe('Mon–Fri 09:00–17:00 · 4 staff; Sat–Sun 10:00–14:00 · 2 staff; 176 staff-hours a week');
    expect(screen.getByTestId('schedule-total').textContent).toContain('176 staff-hours a week');
    act(() => void commands.execute('edit.undo'));
    expect(team().schedule).toEqual(OFFICE);
    expect(cell(5, 10).textContent).toBe('');
  });

  it('painting the weekend keeps the overlapping weekday shifts as written, and adds one entry', () => {
    const shifts: ScheduleEntry[] = [
      { days: 'mon-fri', from: '08:00', to: '16:00', staff: 1 },
      { days: 'mon-fri', from: '12:00', to: '20:00', staff: 1 },
      { days: 'sat', from: '09:00', to: '13:00', staff: 1 },
    ];
    setup(withSchedule(shifts));
    openTeam();
    commit(byTestId('paint-staff'), '2');
    fireEvent.pointerDown(cell(5, 13));
    fireEvent.pointerEnter(cell(6, 16));
    fireEvent.pointerUp(window);
    expect(steps()).toBe(1);
    expect(team().schedule).toEqual([...shifts, { days: 'sat-sun', from: '13:00', to: '17:00', staff: 2 }]);
    expect([cell(0, 12).textContent, cell(5, 12).textContent, cell(5, 13).textContent, cell(6, 16).textContent, cell(6, 17).textContent]).toEqual(['2', '1', '2', '2', '']);
    // one more person at midday on Monday: the shifts stay, the extra hours are their own entry
    commit(byTestId('paint-staff'), '3');
    fireEvent.pointerDown(cell(0, 12));
    fireEvent.pointerEnter(cell(0, 13));
    fireEvent.pointerUp(window);
    expect(team().schedule).toEqual([...shifts, { days: 'sat-sun', from: '13:00', to: '17:00', staff: 2 }, { days: 'mon', from: '12:00', to: '14:00', staff: 1 }]);
    expect(steps()).toBe(2);
  });

  it('paint 0 erases; a cancelled drag and a drag that changes nothing paint nothing', () => {
    setup(withSchedule(OFFICE));
    openTeam();
    commit(byTestId('paint-staff'), '0');
    fireEvent.pointerDown(cell(0, 12));
    fireEvent.pointerEnter(cell(4, 12));
    fireEvent.pointerUp(window);
    expect(team().schedule).toEqual([
      { days: 'mon-fri', from: '09:00', to: '12:00', staff: 4 },
      { days: 'mon-fri', from: '13:00', to: '17:00', staff: 4 },
    ]);
    fireEvent.pointerDown(cell(0, 14));
    fireEvent.keyDown(cell(0, 14), { key: 'Escape' });
    fireEvent.pointerUp(window);
    fireEvent.pointerDown(cell(6, 3));
    fireEvent.pointerUp(window);
    expect(steps()).toBe(1);
  });

  it('keyboard: arrows move, Shift+arrows stretch, a digit sets the staff (one step each)', () => {
    setup(withSchedule(OFFICE));
    openTeam();
    act(() => cell(0, 9).focus());
    fireEvent.keyDown(cell(0, 9), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell(0, 10));
    fireEvent.keyDown(cell(0, 10), { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(cell(1, 10), { key: 'ArrowDown', shiftKey: true });
    expect(cell(1, 10).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(cell(2, 10), { key: '6' });
    expect(steps()).toBe(1);
    expect([0, 1, 2, 3].map((d) => cell(d, 10).textContent)).toEqual(['6', '6', '6', '4']);
    fireEvent.keyDown(cell(2, 10), { key: 'Escape' });
    fireEvent.keyDown(cell(2, 10), { key: 'Delete' });
    expect(cell(2, 10).textContent).toBe('');
    fireEvent.keyDown(cell(2, 10), { key: 'End' });
    fireEvent.keyDown(cell(2, 23), { key: 'Enter' });
    expect(cell(2, 23).textContent).toBe('4');
    expect(steps()).toBe(3);
  });

  it('half hours, and shifts at exact times kept when painting', () => {
    setup(withSchedule([{ days: 'mon', from: '09:30', to: '12:00', staff: 2 }, { days: 'tue', from: '08:10', to: '09:00', staff: 1 }]));
    openTeam();
    expect(byTestId('schedule-resolution').checked).toBe(true);
    expect(screen.getByTestId('schedule-cell-0-9.5').textContent).toBe('2');
    expect(screen.getByTestId('schedule-cell-0-9').textContent).toBe('');
    fireEvent.click(byTestId('schedule-resolution'));
    expect(cell(0, 9).textContent).toBe('2');
    expect(cell(0, 9).className).toContain('jt-cell-kept');
    expect(screen.getByTestId('schedule-kept').textContent).toContain('2 shifts are not on the hour');
    // the paint count starts at the most staff the grid shows
    expect(byTestId('paint-staff').value).toBe('2');
    fireEvent.pointerDown(cell(2, 9));
    fireEvent.pointerUp(window);
    expect(team().schedule).toEqual([
      { days: 'mon', from: '09:30', to: '12:00', staff: 2 },
      { days: 'tue', from: '08:10', to: '09:00', staff: 1 },
      { days: 'wed', from: '09:00', to: '10:00', staff: 2 },
    ]);
  });

  it('edits a shift to the minute, with its diagnostics beside it', () => {
    setup(withSchedule([...OFFICE, { days: 'funday', from: '10:00', to: '12:00', staff: 1 }]));
    openTeam();
    const shifts = screen.getByTestId('shift-list');
    expect(shifts.querySelector('[data-field="schedule.1"] [data-code="J031"]')!.textContent).toContain('Days of shift 2 (“funday”) is not valid');
    commit(byTestId('shift-1-days'), 'sat, sun');
    expect(team().schedule![1]!.days).toEqual(['sat', 'sun']);
    commit(byTestId('shift-0-to'), '17:45');
    expect(team().schedule![0]!.to).toBe('17:45');
    commit(byTestId('shift-0-staff'), '-1');
    expect(byTestId('shift-0-staff').value).toBe('4');
    fireEvent.click(screen.getByTestId('shift-remove-1'));
    expect(team().schedule).toEqual([{ ...OFFICE[0]!, to: '17:45' }]);
    fireEvent.click(screen.getByTestId('shift-add'));
    expect(team().schedule![1]).toEqual({ days: 'sat', from: '09:00', to: '17:00', staff: 1 });
    expect(steps()).toBe(4);
  });
});

describe('Team editor: targets', () => {
  it('sets a service level and the most abandonment, one step each', () => {
    setup();
    openTeam();
    fireEvent.click(byTestId('target-service-level'));
    expect(team().serviceLevel).toEqual({ answer: 0.8, within: '20s' });
    expect(byTestId('target-answer').value).toBe('80');
    expect(screen.getByTestId('target-service-level-words').textContent).toBe('80 % of the customers offered reach a staff member within 20 seconds.');
    commit(byTestId('target-answer'), '90');
    fireEvent.change(byTestId('target-within'), { target: { value: '2m' } });
    fireEvent.keyDown(byTestId('target-within'), { key: 'Enter' });
    expect(team().serviceLevel).toEqual({ answer: 0.9, within: '2m' });
    commit(byTestId('target-max-abandon'), '7');
    expect(team().maxAbandon).toBe(0.07);
    expect(byTestId('target-max-abandon').value).toBe('7');
    expect(steps()).toBe(4);
    commit(byTestId('target-max-abandon'), '');
    expect(team()).not.toHaveProperty('maxAbandon');
    fireEvent.click(byTestId('target-service-level'));
    expect(team()).not.toHaveProperty('serviceLevel');
  });

  it('shows the linter’s problems with the targets next to them', () => {
    setup((j) => (j.teams = [{ id: 'advisors', name: 'Advisors', staff: 1, maxAbandon: 5, serviceLevel: { answer: 0.8, within: 'soon' } }]));
    const editor = openTeam();
    expect(editor.querySelector('[data-field="maxAbandon"] [data-code="J033"]')!.textContent).toContain('Most abandonment (%) is a share of the customers offered, so it is from 0 to 100 %');
    expect(editor.querySelector('[data-field="serviceLevel.within"] [data-code="J023"]')).toBeTruthy();
  });
});

describe('Team editor: removing a team', () => {
  const used = (j: Journey) => {
    j.nodes[0] = { ...j.nodes[0]!, work: { team: 'advisors', handle: '10m' } };
  };

  it('says where a used team is used, and removes it by moving its work (one step)', () => {
    setup((j) => {
      used(j);
      j.teams!.push({ id: 'care', name: 'Care', staff: 2 });
    });
    openTeam();
    fireEvent.click(screen.getByTestId('team-remove'));
    const prompt = screen.getByTestId('team-remove-prompt');
    expect(within(prompt).getByTestId('team-uses').textContent).toContain('Visit — needs its staff');
    expect(present().teams).toHaveLength(2);
    fireEvent.click(within(prompt).getByTestId('team-reassign-confirm'));
    expect(present().teams!.map((t) => t.id)).toEqual(['care']);
    expect(present().nodes[0]!.work).toEqual({ team: 'care', handle: '10m' });
    expect(steps()).toBe(1);
    expect(screen.queryByTestId('team-editor')).toBeNull();
  });

  it('without another team, keeps it and says how to go on; a used team is listed and can be selected', () => {
    setup(used);
    act(() => void commands.execute('journey.editTeams'));
    fireEvent.click(screen.getByTestId('team-remove-advisors'));
    const prompt = screen.getByTestId('team-remove-prompt');
    expect(prompt.textContent).toContain('Add another team to move this work to');
    expect(within(prompt).queryByTestId('team-reassign')).toBeNull();
    fireEvent.click(within(prompt).getByText('Visit — needs its staff'));
    expect(useWorkspace.getState().selection[ID]).toEqual({ nodes: ['visit'], edges: [] });
    expect(steps()).toBe(0);
  });

  it('removes an unused team at once', () => {
    setup();
    act(() => void commands.execute('journey.editTeams'));
    fireEvent.click(screen.getByTestId('team-remove-advisors'));
    expect(present().teams).toEqual([]);
  });
});
