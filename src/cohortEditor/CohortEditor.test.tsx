// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Cohort } from '../../runtime/model/cohort';
import { formatDocument } from '../../runtime/model/formatDocument';
import { minimalCohort } from '../../runtime/testing/minimalJourney';
import { commands, type Disposer } from '../commands/commandRegistry';
import { installKeybindings } from '../app/keybindings';
import { registerCohortCommands } from '../app/commands/cohortCommands';
import { registerEditCommands } from '../app/commands/editCommands';
import { docFromFile } from '../state/documentState';
import { initialLayout, useLayout } from '../state/layoutStore';
import { flushValidation, typeText } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { CohortEditor } from './CohortEditor';

const ID = 'c1';
let stops: Disposer[] = [];

function setup(cohort: Record<string, unknown> = minimalCohort()) {
  const doc = docFromFile({ id: ID, path: 'mini.cohort.json', kind: 'cohort', text: formatDocument(cohort), rev: 1 });
  useWorkspace.setState({ ready: true, docs: { [ID]: doc }, selection: {} });
  useLayout.setState({ ...initialLayout(), groups: [{ id: 'g1', tabs: [{ key: `cohort:${ID}`, kind: 'cohort', docId: ID }], activeKey: `cohort:${ID}` }] });
  stops = [registerCohortCommands(), registerEditCommands(), installKeybindings(commands, window, false)];
  render(<CohortEditor docId={ID} />);
}

const doc = () => useWorkspace.getState().docs[ID]!;
const present = () => doc().history!.present as Cohort;
const shares = () => present().segments.map((s) => s.share);
const byTestId = (id: string) => screen.getByTestId(id) as HTMLInputElement;
/** Ctrl+Z where the focus is (outside a text field, the workbench's undo). */
const undoKey = (target: Element) => fireEvent.keyDown(target, { key: 'z', code: 'KeyZ', ctrlKey: true });
const withArrivals = (arrivals: Record<string, unknown>) => ({ ...minimalCohort(), arrivals });

afterEach(() => {
  cleanup();
  stops.forEach((s) => s());
  stops = [];
  vi.restoreAllMocks();
});

describe('CohortEditor: segments', () => {
  beforeEach(() => setup());

  it('shows each segment with its share in percent, and the total', () => {
    expect(screen.getAllByTestId('segment-row').map((r) => r.dataset.segment)).toEqual(['young', 'old']);
    expect(byTestId('segment-share-0').value).toBe('40');
    expect(byTestId('segment-share-1').value).toBe('60');
    expect(byTestId('segment-name-1').value).toBe('Old');
    expect(byTestId('segment-id-1').value).toBe('old');
    expect(screen.getByTestId('segments-total').textContent).toBe('Total 100 %');
    expect(screen.getByTestId('segment-patience-0').textContent).toContain('waits forever');
    expect(screen.getByTestId('segment-patience-1').textContent).toContain('exponential, mean 20m');
  });

  it('editing a share rebalances the others: one undo step, the total stays 100 %', () => {
    const share = byTestId('segment-share-0');
    fireEvent.change(share, { target: { value: '25' } });
    expect(shares()).toEqual([0.4, 0.6]);
    fireEvent.blur(share);
    expect(shares()).toEqual([0.25, 0.75]);
    expect(byTestId('segment-share-1').value).toBe('75');
    expect(screen.getByTestId('segments-total').textContent).toBe('Total 100 %');
    expect(doc().history!.past).toHaveLength(1);
    expect(doc().labels).toEqual(['Set share of young to 25 %']);
    expect(JSON.parse(doc().text).segments[1].share).toBe(0.75);
    act(() => void commands.execute('edit.undo'));
    expect(shares()).toEqual([0.4, 0.6]);
    expect(byTestId('segment-share-0').value).toBe('40');
  });

  it('steps a share with the arrow keys and rejects what is not a number', () => {
    const share = byTestId('segment-share-1');
    fireEvent.keyDown(share, { key: 'ArrowUp' });
    expect(shares()).toEqual([0.39, 0.61]);
    fireEvent.keyDown(share, { key: 'ArrowDown', shiftKey: true });
    expect(shares()).toEqual([0.49, 0.51]);
    fireEvent.change(share, { target: { value: 'lots' } });
    fireEvent.keyDown(share, { key: 'Enter' });
    expect(shares()).toEqual([0.49, 0.51]);
    expect(byTestId('segment-share-1').value).toBe('51');
  });

  it('adds a segment through the command (equal share, the last one’s attributes), focused to be named', () => {
    fireEvent.click(screen.getByTestId('segment-add'));
    const c = present();
    expect(c.segments.map((s) => s.id)).toEqual(['young', 'old', 'segment-3']);
    expect(c.segments[2]).toMatchObject({ name: 'Segment 3', attributes: { income: 60000 } });
    expect(c.segments.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 9);
    expect(document.activeElement).toBe(byTestId('segment-name-2'));
    fireEvent.change(byTestId('segment-name-2'), { target: { value: 'Students' } });
    fireEvent.blur(byTestId('segment-name-2'));
    expect(present().segments[2]!.name).toBe('Students');
  });

  it('removes a segment, the others taking its share; the last one cannot be removed', () => {
    fireEvent.click(screen.getByTestId('segment-remove-0'));
    expect(present().segments.map((s) => [s.id, s.share])).toEqual([['old', 1]]);
    expect(byTestId('segment-remove-0').disabled).toBe(true);
    expect(commands.get('cohort.removeSegment')!.when!()).toBe(false);
  });

  it('changes a segment’s id as a slug', () => {
    fireEvent.change(byTestId('segment-id-0'), { target: { value: 'Young Adults' } });
    fireEvent.keyDown(byTestId('segment-id-0'), { key: 'Enter' });
    expect(present().segments[0]!.id).toBe('young-adults');
  });

  it('edits patience (none: waits forever) and attributes in the details', () => {
    fireEvent.click(screen.getByTestId('segment-toggle-0'));
    const details = screen.getByTestId('segment-details-0');
    const dist = details.querySelector('[name="segments.0.patience.dist"]') as HTMLSelectElement;
    fireEvent.change(dist, { target: { value: 'exponential' } });
    expect(present().segments[0]!.patience).toMatchObject({ dist: 'exponential' });
    fireEvent.change(dist, { target: { value: '' } });
    expect('patience' in present().segments[0]!).toBe(false);
    const add = within(details).getByLabelText('New attribute of young');
    fireEvent.change(add, { target: { value: 'digital' } });
    fireEvent.submit(add.closest('form')!);
    expect(present().segments[0]!.attributes).toEqual({ income: { dist: 'normal', mean: 40000, sd: 5000 }, digital: 0 });
    fireEvent.click(within(details).getByLabelText('Remove attribute income of young'));
    expect(present().segments[0]!.attributes).toEqual({ digital: 0 });
    expect(doc().history!.past).toHaveLength(4);
  });
});

describe('CohortEditor: arrivals', () => {
  it('switches between all at once and spread over a duration', () => {
    setup();
    expect(screen.getByTestId('arrivals-toggle').dataset.mode).toBe('once');
    expect(screen.getByTestId('arrivals-peak').textContent).toBe('Every customer enters at t = 0 (Monday 00:00).');
    expect(screen.queryByTestId('weekly-bar-0')).toBeNull();
    fireEvent.click(screen.getByTestId('arrivals-spread'));
    expect(present().arrivals).toEqual({ over: '7d' });
    expect(screen.getAllByRole('slider')).toHaveLength(7 + 24);
    fireEvent.change(byTestId('arrivals-over'), { target: { value: '28d' } });
    fireEvent.keyDown(byTestId('arrivals-over'), { key: 'Enter' });
    expect(present().arrivals).toEqual({ over: '28d' });
    expect(screen.getByTestId('arrivals-peak').textContent).toBe('Flat: customers arrive evenly over 4 weeks.');
    fireEvent.click(screen.getByTestId('arrivals-at-once'));
    expect(present().arrivals).toBeUndefined();
    // spreading again brings back what there was
    fireEvent.click(screen.getByTestId('arrivals-spread'));
    expect(present().arrivals).toEqual({ over: '28d' });
  });

  it('changes a weekly bar with the keyboard; Ctrl+Z undoes it', () => {
    setup(withArrivals({ over: '7d' }));
    const friday = screen.getByTestId('weekly-bar-4');
    act(() => friday.focus());
    fireEvent.keyDown(friday, { key: 'ArrowUp' });
    expect(present().arrivals!.weekly).toEqual([1, 1, 1, 1, 1.1, 1, 1]);
    expect(friday.getAttribute('aria-valuenow')).toBe('1.1');
    expect(screen.getByTestId('weekly-readout').textContent).toMatch(/^Friday: 1\.1 \(1\.1× the average day\)$/);
    expect(screen.getByTestId('arrivals-peak').textContent).toMatch(/^Peak: Friday, all day \(1\.1× the average hour\)$/);
    fireEvent.keyDown(friday, { key: 'ArrowUp', shiftKey: true });
    expect(present().arrivals!.weekly![4]).toBe(2.1);
    // ← → move between the bars (one tab stop for the chart)
    fireEvent.keyDown(friday, { key: 'ArrowRight' });
    const saturday = screen.getByTestId('weekly-bar-5');
    expect(document.activeElement).toBe(saturday);
    expect(saturday.tabIndex).toBe(0);
    expect(friday.tabIndex).toBe(-1);
    fireEvent.keyDown(saturday, { key: 'ArrowDown' });
    expect(present().arrivals!.weekly![5]).toBe(0.9);
    undoKey(saturday);
    undoKey(saturday);
    expect(present().arrivals!.weekly).toEqual([1, 1, 1, 1, 1.1, 1, 1]);
    undoKey(saturday);
    expect(present().arrivals).toEqual({ over: '7d' });
  });

  it('sets a bar by dragging its top: one edit per drag', () => {
    setup(withArrivals({ over: '7d' }));
    const bar = screen.getByTestId('weekly-bar-2');
    vi.spyOn(bar, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 100, top: 100, bottom: 200, left: 0, right: 20, width: 20, height: 100, toJSON: () => ({}) } as DOMRect);
    // The scale's top is 2 (flat weights of 1): halfway up is 1, a quarter from the top 1.5.
    fireEvent.pointerDown(bar, { clientY: 150, button: 0, pointerId: 1 });
    fireEvent.pointerMove(bar, { clientY: 120, pointerId: 1 });
    expect(bar.dataset.value).toBe('1.6');
    expect(present().arrivals!.weekly).toBeUndefined();
    fireEvent.pointerMove(bar, { clientY: 125, pointerId: 1 });
    fireEvent.pointerUp(bar, { clientY: 125, pointerId: 1 });
    expect(present().arrivals!.weekly).toEqual([1, 1, 1.5, 1, 1, 1, 1]);
    expect(doc().history!.past).toHaveLength(1);
    expect(document.activeElement).toBe(bar);
    // a drag below the axis sets 0
    fireEvent.pointerDown(bar, { clientY: 260, button: 0, pointerId: 1 });
    fireEvent.pointerUp(bar, { clientY: 260, pointerId: 1 });
    expect(present().arrivals!.weekly![2]).toBe(0);
    act(() => void commands.execute('edit.undo'));
    expect(present().arrivals!.weekly![2]).toBe(1.5);
  });

  it('drags a daily bar, and resets a profile to flat', () => {
    setup(withArrivals({ over: '7d', daily: [...new Array(9).fill(0.2), ...new Array(15).fill(1)] }));
    const bar = screen.getByTestId('daily-bar-23');
    vi.spyOn(bar, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, bottom: 100, left: 0, right: 10, width: 10, height: 100, toJSON: () => ({}) } as DOMRect);
    fireEvent.pointerDown(bar, { clientY: 90, button: 0, pointerId: 7 });
    fireEvent.pointerUp(bar, { clientY: 90, pointerId: 7 });
    expect(present().arrivals!.daily![23]).toBe(0.2);
    expect(screen.getByTestId('arrivals-peak').textContent).toBe('Peak: every day 09:00–23:00 (1.5× the average hour)');
    expect(byTestId('weekly-flat').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('daily-flat'));
    expect(present().arrivals).toEqual({ over: '7d' });
  });
});

describe('CohortEditor: diagnostics and broken text', () => {
  it('shows each diagnostic at the field it is about (as the Problems panel has them)', () => {
    const cohort = minimalCohort();
    cohort.segments[0]!.share = 0.3;
    cohort.segments[1]!.patience = { dist: 'exponential', mean: 'soon' };
    setup({ ...cohort, arrivals: { over: '0s', weekly: [1, 1, 1] } });
    expect(screen.getByTestId('segments-total').textContent).toBe('Total 90 %');
    const section = screen.getByTestId('segments-section');
    expect(section.querySelector('[data-code="J022"]')).toBeTruthy();
    // the patience problem: a mark in the folded row, the message in the unfolded field
    expect(screen.getByTestId('segment-patience-1').querySelector('[data-code="J024"]')).toBeTruthy();
    fireEvent.click(screen.getByTestId('segment-toggle-1'));
    expect(screen.getByTestId('segment-patience-field-1').querySelector('[data-code="J024"]')!.textContent).toContain('not a duration');
    const arrivals = screen.getByTestId('arrivals-section');
    expect(byTestId('arrivals-over').getAttribute('aria-invalid')).toBe('true');
    expect(arrivals.querySelector('[data-code="J023"]')).toBeTruthy();
    expect(screen.getByTestId('weekly-profile').querySelector('[data-code="J032"]')!.textContent).toContain('needs 7');
    expect(doc().diagnostics.map((d) => d.code).sort()).toEqual(['J022', 'J023', 'J024', 'J032']);
    // the fix is one click away, and the problem goes
    fireEvent.click(screen.getByTestId('segments-rebalance'));
    expect(shares()).toEqual([0.3333, 0.6667]);
    act(() => flushValidation(ID));
    expect(section.querySelector('[data-code="J022"]')).toBeNull();
    expect(doc().diagnostics.some((d) => d.code === 'J022')).toBe(false);
  });

  it('keeps the last valid cohort in the form while the source text is broken', () => {
    setup();
    act(() => {
      typeText(ID, '{ "format": "cohort/1", "segments": [');
      flushValidation(ID);
    });
    expect(doc().broken).toBe(true);
    expect(screen.getByTestId('source-error-banner').textContent).toContain('showing the last valid version');
    expect(screen.getAllByTestId('segment-row')).toHaveLength(2);
    expect(byTestId('segment-share-0').value).toBe('40');
    // a field's edit that changes nothing leaves the broken text alone
    fireEvent.change(byTestId('segment-share-0'), { target: { value: '40.00' } });
    fireEvent.blur(byTestId('segment-share-0'));
    expect(doc().text).toBe('{ "format": "cohort/1", "segments": [');
    // a real edit starts from the last valid cohort
    fireEvent.change(byTestId('segment-share-0'), { target: { value: '50' } });
    fireEvent.blur(byTestId('segment-share-0'));
    expect(doc().broken).toBe(false);
    expect(JSON.parse(doc().text).segments.map((s: { share: number }) => s.share)).toEqual([0.5, 0.5]);
  });

  it('offers the source when the text was never valid', () => {
    const never = docFromFile({ id: ID, path: 'bad.cohort.json', kind: 'cohort', text: '{', rev: 1 });
    useWorkspace.setState({ ready: true, docs: { [ID]: never }, selection: {} });
    render(<CohortEditor docId={ID} />);
    expect(screen.getByTestId('cohort-no-document').textContent).toContain('Open Source to fix it');
  });
});
