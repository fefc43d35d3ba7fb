// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ProblemsPanel } from './ProblemsPanel';
import { useWorkspace } from '../state/workspaceStore';
import { useLayout, initialLayout } from '../state/layoutStore';
import { useUi } from '../state/uiStore';
import { docFromFile } from '../state/documentState';
import { formatDocument } from '../../runtime/model/formatDocument';
import { minimalJourney } from '../../runtime/testing/minimalJourney';

function setup() {
  const broken = { ...minimalJourney(), start: 'nowhere' };
  broken.nodes.push({ id: 'orphan', kind: 'touchpoint', label: 'Orphan', channel: 'web' });
  const doc = docFromFile({ id: 'f1', path: 'mini.journey.json', kind: 'journey', text: formatDocument(broken), rev: 1 });
  useWorkspace.setState({ ready: true, docs: { f1: doc }, selection: {} });
  useLayout.setState({ ...initialLayout(), groups: [{ id: 'g1', tabs: [{ key: 'canvas:f1', kind: 'canvas', docId: 'f1' }], activeKey: 'canvas:f1' }] });
  useUi.setState({ reveal: null });
  return doc;
}

describe('ProblemsPanel', () => {
  beforeEach(setup);
  afterEach(cleanup);

  it('lists the problems of open files, grouped by file, with codes and places', () => {
    render(<ProblemsPanel />);
    expect(screen.getByText('mini.journey.json')).toBeTruthy();
    const rows = screen.getAllByTestId('problem');
    expect(rows.map((r) => r.dataset.code)).toEqual(expect.arrayContaining(['J013']));
    expect(rows[0]!.textContent).toMatch(/Ln \d+, Col \d+/);
  });

  it('a click selects the node and asks the source to reveal the line', () => {
    render(<ProblemsPanel />);
    const row = screen.getAllByTestId('problem').find((r) => r.dataset.node === 'orphan')!;
    fireEvent.click(row);
    expect(useWorkspace.getState().selection.f1).toEqual({ nodes: ['orphan'], edges: [] });
    expect(useUi.getState().reveal).toMatchObject({ docId: 'f1' });
    expect(useUi.getState().reveal!.line).toBeGreaterThan(1);
  });

  it('says each problem in plain words, the node by its label, with the CLI\'s message beside it', () => {
    render(<ProblemsPanel />);
    const row = screen.getAllByTestId('problem').find((r) => r.dataset.node === 'orphan' && r.dataset.code === 'J015')!;
    expect(row.querySelector('.ws-problem-plain')!.textContent).toBe('‘Orphan’ is a dead end: customers there are stuck. Draw an edge out of it, or change it into an outcome.');
    expect(row.querySelector('.ws-problem-message')!.textContent).toMatch(/^node 'orphan' is a dead end/);
    expect(row.querySelector('.ws-problem-element')!.textContent).toBe('node ‘Orphan’');
  });

  it('follows a rename of the label at once, before any new validation', () => {
    const doc = useWorkspace.getState().docs.f1!;
    const present = doc.history!.present as ReturnType<typeof minimalJourney>;
    const renamed = { ...present, nodes: present.nodes.map((n) => (n.id === 'orphan' ? { ...n, label: 'Call back' } : n)) };
    // Only the document changes: the diagnostics are those of the old one.
    useWorkspace.setState({ docs: { f1: { ...doc, history: { ...doc.history!, present: renamed as never } } } });
    render(<ProblemsPanel />);
    const row = screen.getAllByTestId('problem').find((r) => r.dataset.node === 'orphan' && r.dataset.code === 'J015')!;
    expect(row.querySelector('.ws-problem-plain')!.textContent).toMatch(/^‘Call back’ is a dead end/);
    expect(row.querySelector('.ws-problem-element')!.textContent).toBe('node ‘Call back’');
  });

  it('shows nothing for files that are not open', () => {
    useLayout.setState(initialLayout());
    render(<ProblemsPanel />);
    expect(screen.queryAllByTestId('problem')).toEqual([]);
    expect(screen.getByText(/No problems/)).toBeTruthy();
  });
});
