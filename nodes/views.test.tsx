// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { JourneyNode } from '../runtime/model/journey';
import { NodeCard } from './NodeCard';
import { NODE_KIND_NAMES, connectOf, requireNodeKind } from './registry';
import { NODE_VIEWS, viewOf } from './views';

afterEach(cleanup);

const node = (kind: string, extra: Record<string, unknown> = {}) => ({ id: `a-${kind}`, kind, ...requireNodeKind(kind).defaults(), ...extra }) as unknown as JourneyNode;

describe('node views', () => {
  it('has exactly one view per kind, and a plain card for unknown kinds', () => {
    expect(Object.keys(NODE_VIEWS).sort()).toEqual([...NODE_KIND_NAMES].sort());
    // Each kind's own View.tsx, found by folder; every folder with a view is a registered kind.
    const folders = Object.keys(import.meta.glob('./*/View.tsx')).map((p) => p.split('/')[1]);
    expect(folders.sort()).toEqual([...NODE_KIND_NAMES].sort());
    for (const kind of NODE_KIND_NAMES) {
      expect(viewOf({ kind }).View).not.toBe(NodeCard);
      expect(viewOf({ kind }).connect).toBe(connectOf({ kind }));
    }
    expect(connectOf({ kind: 'nope' })).toBe('event');
    expect(viewOf({ kind: 'nope' }).View).toBeDefined();
    expect(viewOf({ kind: 'outcome' }).connect).toBe('none');
    expect(viewOf({ kind: 'decision' }).connect).toBe('always');
  });

  it.each(NODE_KIND_NAMES)('renders a %s with its test id, icon, kind and label', (kind) => {
    const { View } = viewOf({ kind });
    render(<View node={node(kind, { label: `My ${kind}` })} />);
    const card = screen.getByTestId(`node-a-${kind}`);
    expect(card.textContent).toContain(`My ${kind}`);
    expect(card.querySelector(`.jn-icon svg[data-icon="${requireNodeKind(kind).icon}"]`)).not.toBeNull();
    expect(card.textContent).toContain(requireNodeKind(kind).title);
  });

  it('shows channel, moment of truth, team, emotion and diagnostics', () => {
    const { View } = viewOf({ kind: 'touchpoint' });
    render(
      <View
        node={node('touchpoint', { channel: 'phone', momentOfTruth: true, emotion: -2, work: { team: 'advisors', handle: { dist: 'lognormal', median: '45m', p90: '90m' } } })}
        team={{ id: 'advisors', name: 'Advisors', staff: 3 }}
        issues={{ errors: 2, warnings: 1, messages: ['J014 unreachable', 'J015 dead end', 'J101 listen'] }}
        selected
      />,
    );
    const card = screen.getByTestId('node-a-touchpoint');
    expect(card.textContent).toContain('phone');
    expect(card.querySelector('.jn-mot-mark')!.textContent).toBe('★');
    expect(card.querySelector('.jn-team')!.textContent).toContain('Advisors');
    expect(card.querySelector('.jn-team')!.textContent).toContain('~45m');
    expect(card.querySelector('[aria-label^="emotion -2"]')).not.toBeNull();
    const badge = card.querySelector('.jn-issues')!;
    expect(badge.textContent).toContain('2');
    expect(badge.getAttribute('title')).toContain('J014 unreachable');
    expect(card.className).toContain('jn-selected');
  });

  it('draws an expression emotion hollow, and kind details', () => {
    render(<>{[
      (() => { const { View } = viewOf({ kind: 'survey' }); return <View key="s" node={node('survey', { emotion: 'customer.digital ? 1.0 : -1.0', questions: ['a'] })} />; })(),
      (() => { const { View } = viewOf({ kind: 'outcome' }); return <View key="o" node={node('outcome', { result: 'churn', value: 1200 })} />; })(),
      (() => { const { View } = viewOf({ kind: 'handoff' }); return <View key="h" node={node('handoff', { toTeam: 'ops', repeatsInfo: true })} />; })(),
    ]}</>);
    expect(screen.getByTestId('node-a-survey').querySelector('.jn-face-expr')).not.toBeNull();
    expect(screen.getByTestId('node-a-survey').textContent).toContain('1 q');
    expect(screen.getByTestId('node-a-outcome').textContent).toContain('churn');
    expect(screen.getByTestId('node-a-outcome').textContent).toContain('1.2k');
    expect(screen.getByTestId('node-a-handoff').textContent).toContain('repeats info');
  });
});
