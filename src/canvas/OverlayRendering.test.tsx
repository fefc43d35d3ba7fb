// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Journey } from '../../runtime/model/journey';
import { JourneyCanvas } from './JourneyCanvas';
import type { CanvasOverlay } from './canvasOverlay';
import { toFlow } from './toFlow';
import { mini } from './testJourneys';

afterEach(cleanup);

const EMPTY = { nodes: [], edges: [] };

function overlayOf(j: Journey): CanvasOverlay {
  return {
    source: 'simulation',
    legend: 'Simulation · 100 customers',
    nodes: { [j.nodes[0]!.id]: { tone: 'bad', badge: '38.0% drop', title: '100 visits' } },
    edges: { [j.edges[0]!.id]: { width: 9, label: '62 · 62.0%' } },
    dimOthers: true,
  };
}

function renderWith(j: Journey, overlay?: CanvasOverlay, onDismissOverlay?: () => void) {
  return render(
    <div style={{ width: 1200, height: 800 }}>
      <JourneyCanvas journey={j} diagnostics={[]} selection={EMPTY} onSelectionChange={() => {}} onEdit={() => {}} overlay={overlay} onDismissOverlay={onDismissOverlay} />
    </div>,
  );
}

describe('the canvas overlay', () => {
  it('draws edge labels, widths, node badges and tones, dims the rest, and shows a legend', () => {
    const j = mini();
    const dismiss = vi.fn();
    renderWith(j, overlayOf(j), dismiss);
    const edge = j.edges[0]!;
    expect(screen.getByTestId(`edge-${edge.id}`).textContent).toBe('62 · 62.0%');
    expect(screen.getByTestId(`edge-${edge.id}`).getAttribute('title')).toContain('62 · 62.0%');
    expect((document.querySelector(`[data-id="${edge.id}"] .je-heat`) as SVGPathElement | null)?.style.strokeWidth).toBe('9');
    const badge = screen.getByTestId(`overlay-badge-${j.nodes[0]!.id}`);
    expect(badge.textContent).toBe('38.0% drop');
    expect(badge.dataset.tone).toBe('bad');
    expect(document.querySelectorAll('.react-flow__node.jo-dimmed').length).toBe(j.nodes.length - 1);
    const legend = screen.getByTestId('overlay-legend');
    expect(legend.textContent).toContain('Simulation · 100 customers');
    expect(legend.textContent).toContain('problem');
    fireEvent.click(screen.getByTestId('overlay-legend-close'));
    expect(dismiss).toHaveBeenCalledOnce();
  });

  it('names the tones in the key as the overlay says', () => {
    const j = mini();
    renderWith(j, { ...overlayOf(j), toneNames: { bad: 'misses by more' } });
    const legend = screen.getByTestId('overlay-legend');
    expect(legend.textContent).toContain('misses by more');
    expect(legend.textContent).not.toContain('problem');
  });

  it('draws the plain map without one', () => {
    const j = mini();
    renderWith(j);
    expect(screen.queryByTestId('overlay-legend')).toBeNull();
    expect(document.querySelector('.je-heat')).toBeNull();
    expect(screen.queryByTestId(`overlay-badge-${j.nodes[0]!.id}`)).toBeNull();
  });

  it('keeps the elements whose overlay did not change (cheap re-renders)', () => {
    const j = mini();
    const first = toFlow(j, [], EMPTY, undefined, overlayOf(j));
    const again = toFlow(j, [], EMPTY, first, overlayOf(j));
    expect(again.nodes).toEqual(first.nodes);
    again.nodes.forEach((n, i) => expect(n).toBe(first.nodes[i]));
    again.edges.forEach((e, i) => expect(e).toBe(first.edges[i]));
    const other = overlayOf(j);
    other.edges[j.edges[0]!.id] = { width: 2, label: '1 · 1.0%' };
    const changed = toFlow(j, [], EMPTY, again, other);
    expect(changed.edges[0]).not.toBe(again.edges[0]);
    expect(changed.nodes.find((n) => n.id === j.nodes[0]!.id)).toBe(again.nodes.find((n) => n.id === j.nodes[0]!.id));
  });
});
