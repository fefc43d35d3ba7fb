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

  it('shows nothing for files that are not open', () => {
    useLayout.setState(initialLayout());
    render(<ProblemsPanel />);
    expect(screen.queryAllByTestId('problem')).toEqual([]);
    expect(screen.getByText(/No problems/)).toBeTruthy();
  });
});
