// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createPlayer } from '../model/playCustomer';
import { sample } from '../model/testRuns';
import { ChoiceButtons } from './ChoiceButtons';

const { journey } = sample('subscription-renewal');

describe('ChoiceButtons', () => {
  afterEach(cleanup);

  it('a button per event and timer; one whose rule fails is disabled, with the rule shown', () => {
    const player = createPlayer(journey);
    const edge = journey.edges.find((e) => e.id === 'rediscover-nudge-offer')!;
    // Low usage after three months: the rules lead to the nudge, whose offer needs an hour of use.
    const state = player.start({ segment: 'regulars', monthlyHours: 0.5, tenureMonths: 12, annualPlan: false });
    expect(state.nodeId).toBe(edge.from);
    const choices = player.available(state);
    const onChoose = vi.fn();
    render(<ChoiceButtons choices={choices} state={state} onChoose={onChoose} />);
    const buttons = screen.getAllByTestId('play-choice');
    expect(buttons).toHaveLength(choices.length);
    const guarded = buttons.find((b) => b.dataset.edge === edge.id)!;
    expect(guarded).toHaveProperty('disabled', true);
    expect(guarded.parentElement!.textContent).toContain(`blocked: needs ${edge.guard}`);
    const open = buttons.find((b) => !(b as HTMLButtonElement).disabled)!;
    fireEvent.click(open);
    expect(onChoose).toHaveBeenCalledWith(choices.find((c) => c.event === open.dataset.event && (c.edgeId ?? '') === open.dataset.edge));
  });
});
