// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Journey } from '../../runtime/model/journey';
import { mini, mortgage } from '../canvas/testJourneys';
import { Inspector } from './Inspector';

afterEach(cleanup);

function setup(journey: Journey, selection: { nodes?: string[]; edges?: string[] } = {}) {
  const onEdit = vi.fn<(next: Journey, label: string) => void>();
  const utils = render(<Inspector journey={journey} selection={{ nodes: selection.nodes ?? [], edges: selection.edges ?? [] }} diagnostics={[]} onEdit={onEdit} />);
  const root = screen.getByTestId('inspector');
  const input = (name: string) => root.querySelector(`[name="${name}"]`) as HTMLInputElement;
  const last = () => onEdit.mock.calls[onEdit.mock.calls.length - 1]!;
  return { ...utils, root, input, onEdit, last };
}

describe('Inspector: edges', () => {
  it('changing the trigger select emits a document whose edge has an event and no after', () => {
    const { input, onEdit, last } = setup(mortgage(), { edges: ['nurture-content-after-30d'] });
    const select = input('trigger') as unknown as HTMLSelectElement;
    expect(select.value).toBe('after');
    expect([...select.options].map((o) => o.value)).toEqual(['event', 'after', 'always']);
    expect(input('after').value).toBe('30d');
    fireEvent.change(select, { target: { value: 'event' } });
    expect(onEdit).toHaveBeenCalledTimes(1);
    const [next, label] = last();
    const edge = next.edges.find((e) => e.id === 'nurture-content-after-30d')!;
    expect(edge.event).toBe('NOT_READY_YET_NURTURED');
    expect(edge).not.toHaveProperty('after');
    expect(label).toBe('Set trigger of nurture-content-after-30d');
  });

  it('switches to a rule and back to a timer', () => {
    const { input, last } = setup(mini(), { edges: ['apply'] });
    fireEvent.change(input('trigger'), { target: { value: 'always' } });
    expect(last()[0].edges[0]).toMatchObject({ always: true });
    expect(last()[0].edges[0]).not.toHaveProperty('event');
    fireEvent.change(input('trigger'), { target: { value: 'after' } });
    expect(last()[0].edges[0]).toMatchObject({ after: '1d' });
  });

  it('checks a CEL guard as you type, with the position, and commits on blur', () => {
    const { input, root, onEdit, last } = setup(mini(), { edges: ['apply'] });
    const guard = input('guard');
    fireEvent.change(guard, { target: { value: 'customer.incme > 1.0' } });
    const problem = within(root).getByTestId('expr-problem');
    expect(problem.textContent).toMatch(/col 10: unknown attribute 'incme'/);
    expect(problem.querySelector('mark')!.textContent).toBe('incme');
    expect(onEdit).not.toHaveBeenCalled();
    fireEvent.change(guard, { target: { value: 'customer.income > 1.0' } });
    expect(within(root).getByTestId('expr-ok').textContent).toContain('valid condition');
    fireEvent.blur(guard);
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(last()[0].edges[0]!.guard).toBe('customer.income > 1.0');
    expect(last()[1]).toBe('Set guard of apply');
  });

  it('edits an event name and the simulation probability', () => {
    const { input, last } = setup(mini(), { edges: ['apply'] });
    fireEvent.change(input('event'), { target: { value: 'SUBMIT' } });
    fireEvent.keyDown(input('event'), { key: 'Enter' });
    expect(last()[0].edges[0]!.event).toBe('SUBMIT');
    fireEvent.change(input('sim.p'), { target: { value: '0.25' } });
    fireEvent.blur(input('sim.p'));
    expect(last()[0].edges[0]!.sim).toEqual({ p: 0.25, delay: '1d' });
  });
});

describe('Inspector: nodes', () => {
  it('commits a burst of typing once (here on blur, before the pause), not on every keystroke', () => {
    const { input, onEdit, last, rerender } = setup(mini(), { nodes: ['visit'] });
    const label = input('label');
    expect(label.value).toBe('Visit');
    fireEvent.change(label, { target: { value: 'Visit the site' } });
    fireEvent.change(label, { target: { value: 'Visit the website' } });
    expect(onEdit).not.toHaveBeenCalled();
    fireEvent.blur(label);
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(last()[1]).toBe('Set label of visit');
    expect(last()[0].nodes[0]!.label).toBe('Visit the website');
    // the shell applies the edit: the field now shows the document's value, nothing left to commit
    rerender(<Inspector journey={last()[0]} selection={{ nodes: ['visit'], edges: [] }} diagnostics={[]} onEdit={onEdit} />);
    fireEvent.blur(input('label'));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('reverts a draft with Escape', () => {
    const { input, onEdit } = setup(mini(), { nodes: ['visit'] });
    fireEvent.change(input('label'), { target: { value: 'Oops' } });
    fireEvent.keyDown(input('label'), { key: 'Escape' });
    expect(input('label').value).toBe('Visit');
    fireEvent.blur(input('label'));
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('generates the kind fields from its schema: an enum as a select', () => {
    const { input, last } = setup(mini(), { nodes: ['visit'] });
    const channel = input('channel') as unknown as HTMLSelectElement;
    expect(channel.tagName).toBe('SELECT');
    expect(channel.value).toBe('web');
    fireEvent.change(channel, { target: { value: 'app' } });
    expect(last()[0].nodes[0]).toMatchObject({ channel: 'app' });
    expect(last()[1]).toBe('Set channel of visit');
  });

  it('bounds numbers by the schema and shows the problem while typing', () => {
    const j = mini();
    j.nodes.push({ id: 'pulse', kind: 'survey', label: 'Pulse', metric: 'csat', questions: ['How?', 'Why?'], responseRate: 0.3 } as Journey['nodes'][number]);
    const { input, root, last } = setup(j, { nodes: ['pulse'] });
    const rate = input('responseRate');
    expect(rate.getAttribute('type')).toBe('number');
    expect(rate.getAttribute('max')).toBe('1');
    fireEvent.change(rate, { target: { value: '2' } });
    expect(root.querySelector('[data-field="responseRate"]')!.textContent).toContain('must be at most 1');
    fireEvent.change(rate, { target: { value: '0.5' } });
    fireEvent.blur(rate);
    expect(last()[0].nodes[3]).toMatchObject({ responseRate: 0.5 });
    // the questions list editor
    fireEvent.change(input('questions.1'), { target: { value: 'What could we do better?' } });
    fireEvent.blur(input('questions.1'));
    expect((last()[0].nodes[3] as { questions: string[] }).questions).toEqual(['How?', 'What could we do better?']);
  });

  it('shows the document diagnostics under the field their path points to', () => {
    const j = mini();
    j.nodes.push({ id: 'pulse', kind: 'survey', label: 'Pulse', metric: 'csat', questions: ['Only one?'], responseRate: 0.3 } as Journey['nodes'][number]);
    const { root } = setup(j, { nodes: ['pulse'] });
    const field = root.querySelector('[data-field="questions"]')!;
    expect(field.querySelector('[data-code="J102"]')!.textContent).toContain('1 question');
  });

  it('sets the emotion with a face or a CEL expression checked as a number', () => {
    const { input, root, last } = setup(mini(), { nodes: ['visit'] });
    fireEvent.click(within(root.querySelector('[data-field="emotion"]') as HTMLElement).getByTitle(/^\+2/));
    expect(last()[0].nodes[0]).toMatchObject({ emotion: 2 });
    fireEvent.change(input('emotion'), { target: { value: 'customer.income' } });
    expect(root.querySelector('[data-field="emotion"]')!.textContent).toContain('valid number');
    fireEvent.change(input('emotion'), { target: { value: '"happy"' } });
    expect(root.querySelector('[data-field="emotion"]')!.textContent).toMatch(/must be a number/);
    fireEvent.change(input('emotion'), { target: { value: '-1' } });
    fireEvent.blur(input('emotion'));
    expect(last()[0].nodes[0]).toMatchObject({ emotion: -1 });
  });

  it('edits common fields: stage, moment of truth, work', () => {
    const { input, last } = setup(mini(), { nodes: ['visit'] });
    fireEvent.change(input('stage'), { target: { value: '' } });
    expect(last()[0].nodes[0]).not.toHaveProperty('stage');
    fireEvent.click(input('momentOfTruth'));
    expect(last()[0].nodes[0]).toMatchObject({ momentOfTruth: true });
    fireEvent.click(screen.getByRole('button', { name: /work/i }));
    fireEvent.change(input('work.team'), { target: { value: 'advisors' } });
    expect(last()[0].nodes[0]).toMatchObject({ work: { team: 'advisors', handle: '15m' } });
  });

  it('adds an optional object field (offer incentive) as a fieldset', () => {
    const j = mini();
    j.nodes.push({ id: 'deal', kind: 'offer', label: 'Deal', product: 'card', channel: 'email' } as Journey['nodes'][number]);
    const { root, last } = setup(j, { nodes: ['deal'] });
    fireEvent.click(within(root).getByText('+ Incentive and its cost per use'));
    expect(last()[0].nodes[3]).toMatchObject({ incentive: { name: '', cost: 0 } });
  });
});

describe('Inspector: the journey', () => {
  it('shows the journey form when nothing is selected', () => {
    const { input, last } = setup(mini());
    expect(input('name').value).toBe('Mini journey');
    fireEvent.change(input('name'), { target: { value: 'Mini' } });
    fireEvent.keyDown(input('name'), { key: 'Enter' });
    expect(last()).toEqual([expect.objectContaining({ name: 'Mini' }), 'Set name of journey']);
    fireEvent.change(input('start'), { target: { value: 'gone' } });
    expect(last()[0].start).toBe('gone');
  });

  it('adds and removes stages', () => {
    const { root, last } = setup(mini());
    fireEvent.change(within(root).getByLabelText('New stage name'), { target: { value: 'Buy' } });
    fireEvent.click(within(root).getByText('Add stage'));
    expect(last()[0].stages!.map((s) => s.id)).toEqual(['explore', 'buy']);
    fireEvent.click(within(root).getByLabelText('Remove stage explore'));
    expect(last()[0].stages).toEqual([]);
    expect(last()[0].nodes[0]).not.toHaveProperty('stage');
  });

  it('ignores selected ids the document no longer has', () => {
    const { input } = setup(mini(), { nodes: ['deleted-node'] });
    expect(input('name').value).toBe('Mini journey');
  });

  it('summarises a multiple selection', () => {
    const { root } = setup(mini(), { nodes: ['visit', 'gone'], edges: ['apply'] });
    expect(root.textContent).toContain('3 elements selected');
  });
});

describe('Inspector: the journey’s stages', () => {
  it('moves a stage left with a left-arrow icon button (an SVG, no glyph), disabled for the first stage', () => {
    const journey = mortgage();
    const { onEdit, last } = setup(journey);
    const [first, second] = journey.stages!;
    const firstButton = screen.getByRole('button', { name: `Move stage ${first!.id} left` });
    const button = screen.getByRole('button', { name: `Move stage ${second!.id} left` });
    expect((firstButton as HTMLButtonElement).disabled).toBe(true);
    expect(button.querySelector('svg')).not.toBeNull();
    expect(button.textContent?.trim()).toBe('');
    fireEvent.click(button);
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(last()[0].stages!.map((s) => s.id).slice(0, 2)).toEqual([second!.id, first!.id]);
  });
});
