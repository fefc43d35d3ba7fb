// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { commands, type Disposer } from '../commands/commandRegistry';
import { REVEAL_NODE } from '../simulation/panel/resultsViewCommands';
import { EmotionCurve } from './EmotionCurve';
import { gridOf } from './gridOf';
import { NODE_WIDTH } from './nodeSize';
import { mortgage } from './testJourneys';

const stops: Disposer[] = [];
afterEach(() => {
  stops.splice(0).forEach((s) => s());
  cleanup();
});

type Store = ReturnType<typeof useStoreApi>;

function renderCurve(onSelectNode = vi.fn(), selected: string[] = []) {
  const j = mortgage();
  const grid = gridOf(j);
  let store: Store | undefined;
  function Grab() {
    const s = useStoreApi();
    useEffect(() => void (store = s), [s]);
    return null;
  }
  render(
    <ReactFlowProvider>
      <Grab />
      <EmotionCurve journey={j} grid={grid} docId="doc" selected={selected} onSelectNode={onSelectNode} height={108} />
    </ReactFlowProvider>,
  );
  const pan = (x: number, y: number, zoom: number) => act(() => store!.setState({ transform: [x, y, zoom] }));
  return { j, grid, pan, onSelectNode };
}

const leftOf = (id: string) => {
  const b = screen.queryByTestId(`emotion-point-${id}`);
  return b ? parseFloat((b as HTMLElement).style.left) + parseFloat((b as HTMLElement).style.width) / 2 : undefined;
};

describe('EmotionCurve', () => {
  it('puts each point at its node’s centre under the viewport, and follows a pan and zoom', () => {
    const { grid, pan } = renderCurve();
    pan(0, 0, 1);
    const x = grid.positions.get('nurture-content')!.x + NODE_WIDTH / 2;
    expect(leftOf('nurture-content')).toBeCloseTo(x, 5);
    pan(-200, 0, 0.5);
    expect(leftOf('nurture-content')).toBeCloseTo(x * 0.5 - 200, 5);
    // scrolled far left of the view: clipped, no button
    pan(-100_000, 0, 1);
    expect(screen.queryByTestId('emotion-point-nurture-content')).toBeNull();
  });

  it('says each point’s label and emotion in words, and has an axis in words and a legend', () => {
    const { j, pan } = renderCurve();
    pan(0, 0, 0.3);
    const mot = j.nodes.find((n) => n.momentOfTruth && typeof n.emotion === 'number')!;
    const b = screen.getByTestId(`emotion-point-${mot.id}`);
    expect(b.tagName).toBe('BUTTON');
    expect(b.getAttribute('aria-label')).toMatch(new RegExp(`^${mot.label.replace(/[()]/g, '\\$&')}: (very unhappy|unhappy|neutral|happy|delighted) .*moment of truth$`));
    expect(b.querySelector('path.ec-star')).toBeTruthy();
    expect(screen.getAllByTestId('emotion-tick').map((t) => t.textContent)).toEqual(['+2 delighted', '+1 happy', '0 neutral', '−1 unhappy', '−2 very unhappy']);
    expect(screen.getByTestId('emotion-legend').textContent).toMatch(/moment of truth.*hollow: emotion set by an expression/);
    fireEvent.focus(b);
    expect(screen.getByTestId('emotion-tooltip').textContent).toContain(mot.label);
    // the arrow keys walk the points in x order
    const buttons = screen.getAllByRole('button');
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons.at(-1));
    fireEvent.keyDown(buttons.at(-1)!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(buttons.at(-2));
  });

  it('reveals the node with Reveal Node on a click; Shift+click adds it to the selection', () => {
    const reveal = vi.fn();
    stops.push(commands.register({ id: REVEAL_NODE, title: 'Reveal Node', run: reveal }));
    const { pan, onSelectNode } = renderCurve();
    pan(0, 0, 0.3);
    fireEvent.click(screen.getByTestId('emotion-point-nurture-content'));
    expect(reveal).toHaveBeenCalledWith('nurture-content', 'doc');
    expect(onSelectNode).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('emotion-point-nurture-content'), { shiftKey: true });
    expect(onSelectNode).toHaveBeenCalledWith('nurture-content', true);
  });

  it('selects the node itself where Reveal Node is not registered', () => {
    const { pan, onSelectNode } = renderCurve();
    pan(0, 0, 0.3);
    fireEvent.click(screen.getByTestId('emotion-point-nurture-content'));
    expect(onSelectNode).toHaveBeenCalledWith('nurture-content', false);
  });
});
