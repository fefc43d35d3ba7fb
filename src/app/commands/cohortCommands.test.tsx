// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { formatDocument } from '../../../runtime/model/formatDocument';
import { minimalCohort, minimalJourney } from '../../../runtime/testing/minimalJourney';
import { commands, type Disposer } from '../../commands/commandRegistry';
import { registerCohortCommands } from './cohortCommands';
import { registerEditorCommands } from './editorCommands';
import { openDocument } from '../fileActions';
import { docFromFile } from '../../state/documentState';
import { activeTab, initialLayout, useLayout } from '../../state/layoutStore';
import { useWorkspace } from '../../state/workspaceStore';
import { answerQuick } from '../../state/uiActions';
import { useUi } from '../../state/uiStore';
import type { Cohort } from '../../../runtime/model/cohort';
import { TabBar } from '../../shell/TabBar';

let stops: Disposer[] = [];
const tabsOf = () => useLayout.getState().groups.map((g) => g.tabs.map((t) => t.key));

beforeEach(() => {
  const cohort = docFromFile({ id: 'c1', path: 'mini.cohort.json', kind: 'cohort', text: formatDocument(minimalCohort()), rev: 1 });
  const journey = docFromFile({ id: 'j1', path: 'mini.journey.json', kind: 'journey', text: formatDocument(minimalJourney()), rev: 1 });
  useWorkspace.setState({ ready: true, docs: { c1: cohort, j1: journey }, selection: {} });
  useLayout.setState(initialLayout());
  stops = [registerCohortCommands(), registerEditorCommands()];
});

afterEach(() => {
  cleanup();
  stops.forEach((s) => s());
});

describe('opening a cohort', () => {
  it('opens a cohort in the cohort editor, a journey on the canvas', () => {
    openDocument('c1');
    expect(activeTab()).toMatchObject({ kind: 'cohort', docId: 'c1' });
    openDocument('j1');
    expect(activeTab()).toMatchObject({ kind: 'canvas', docId: 'j1' });
  });

  it('reaches the Source beside the cohort editor, and comes back to the editor from it', () => {
    openDocument('c1');
    render(<TabBar group={useLayout.getState().groups[0]!} />);
    fireEvent.click(screen.getByTestId('action-open-source'));
    expect(tabsOf()).toEqual([['cohort:c1'], ['source:c1']]);
    expect(activeTab()).toMatchObject({ kind: 'source', docId: 'c1' });
    cleanup();
    render(<TabBar group={useLayout.getState().groups[1]!} />);
    expect(screen.queryByTestId('action-open-source')).toBeNull();
    fireEvent.click(screen.getByTestId('action-open-cohort-editor'));
    expect(activeTab()).toMatchObject({ kind: 'cohort', docId: 'c1' });
    expect(tabsOf()).toEqual([['cohort:c1'], ['source:c1']]);
  });

  it('has a palette command for the cohort editor, for cohorts only', () => {
    openDocument('j1');
    expect(commands.execute('cohort.openEditor')).toBe(false);
    expect(commands.execute('cohort.openEditor', 'c1')).toBe(false);
    useLayout.setState({ ...initialLayout(), groups: [{ id: 'g1', tabs: [{ key: 'source:c1', kind: 'source', docId: 'c1' }], activeKey: 'source:c1' }] });
    expect(commands.execute('cohort.openEditor')).toBe(true);
    expect(activeTab()).toMatchObject({ kind: 'cohort', docId: 'c1' });
  });

  it('from the palette, act on the active cohort: Remove Segment… asks which', async () => {
    openDocument('c1');
    const present = () => useWorkspace.getState().docs.c1!.history!.present as Cohort;
    expect(commands.execute('cohort.removeSegment')).toBe(true);
    const quick = useUi.getState().quick;
    expect(quick?.kind === 'input' && quick.request.validate?.('nobody')).toMatch(/No segment 'nobody'/);
    answerQuick('young');
    await Promise.resolve();
    expect(present().segments.map((s) => [s.id, s.share])).toEqual([['old', 1]]);
    expect(commands.get('cohort.removeSegment')!.when!()).toBe(false);
    expect(commands.execute('cohort.toggleArrivals')).toBe(true);
    expect(present().arrivals).toEqual({ over: '7d' });
    expect(commands.execute('cohort.addSegment')).toBe(true);
    expect(present().segments.map((s) => s.id)).toEqual(['old', 'segment-2']);
  });
});
