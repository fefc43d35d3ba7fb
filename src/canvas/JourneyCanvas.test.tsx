// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, createEvent, fireEvent, render, screen } from '@testing-library/react';
import type { Journey } from '../../runtime/model/journey';
import { JourneyCanvas, NODE_KIND_MIME, type Selection } from './JourneyCanvas';
import { gridOf } from './gridOf';
import { mini, mortgage } from './testJourneys';

afterEach(cleanup);

function renderCanvas(journey: Journey, selection: Selection = { nodes: [], edges: [] }) {
  const onEdit = vi.fn<(next: Journey, label: string) => void>();
  const onSelectionChange = vi.fn<(s: Selection) => void>();
  const utils = render(
    <div style={{ width: 1200, height: 800 }}>
      <JourneyCanvas journey={journey} diagnostics={[]} selection={selection} onSelectionChange={onSelectionChange} onEdit={onEdit} />
    </div>,
  );
  return { ...utils, onEdit, onSelectionChange };
}

describe('JourneyCanvas', () => {
  it('renders nodes, lane rows, stage columns and the emotion curve with their test ids', () => {
    const j = mortgage();
    renderCanvas(j);
    expect(screen.getByTestId('journey-canvas')).toBeTruthy();
    for (const n of j.nodes) expect(screen.getByTestId(`node-${n.id}`)).toBeTruthy();
    for (const l of j.lanes!) expect(screen.getByTestId(`lane-${l.id}`)).toBeTruthy();
    for (const s of j.stages!) expect(screen.getByTestId(`stage-${s.id}`)).toBeTruthy();
    expect(screen.getByTestId('emotion-curve')).toBeTruthy();
    expect(screen.getByTestId('edge-nurture-content-after-30d').textContent).toBe('⏱ 30d');
    expect(screen.getByTestId('edge-route-outreach-to-nurture-content').textContent).toBe('rule');
    expect(screen.getByTestId('edge-route-outreach-to-nurture-content').getAttribute('title')).toContain('if customer.creditScore < 600.0');
    expect(screen.getByTestId('edge-nurture-content-start-application').textContent).toBe('START_APPLICATION');
  });

  it('reports a click on a node as the selection', () => {
    const { onSelectionChange } = renderCanvas(mini());
    fireEvent.click(screen.getByTestId('node-visit'));
    expect(onSelectionChange).toHaveBeenLastCalledWith({ nodes: ['visit'], edges: [] });
  });

  it('selects an edge from its label', () => {
    const { onSelectionChange } = renderCanvas(mini());
    fireEvent.click(screen.getByTestId('edge-timeout'));
    expect(onSelectionChange).toHaveBeenLastCalledWith({ nodes: [], edges: ['timeout'] });
  });

  it('drops a palette kind in the stage and lane under the pointer', () => {
    const j = mortgage();
    const { onEdit, onSelectionChange } = renderCanvas(j);
    const grid = gridOf(j);
    const apply = grid.columns.find((c) => c.stageId === 'apply')!;
    const back = grid.rows.find((r) => r.laneId === 'backstage')!;
    // happy-dom has no layout: read the viewport transform to turn the flow point into a screen point
    const m = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)!;
    const [tx, ty, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const toScreen = (x: number, y: number) => ({ clientX: x * zoom + tx, clientY: y * zoom + ty });
    const data = new Map<string, string>([[NODE_KIND_MIME, 'action']]);
    const dataTransfer = { types: [NODE_KIND_MIME], getData: (t: string) => data.get(t) ?? '', dropEffect: 'none' };
    const target = screen.getByTestId('journey-canvas');
    // happy-dom's DragEvent ignores the mouse fields of its init: set them on the event
    const fire = (type: 'dragOver' | 'drop') => {
      const event = createEvent[type](target, { dataTransfer });
      for (const [k, v] of Object.entries(toScreen(apply.x0 + 120, back.y0 + 60))) Object.defineProperty(event, k, { value: v });
      fireEvent(target, event);
    };
    act(() => {
      fire('dragOver');
      fire('drop');
    });
    expect(onEdit).toHaveBeenCalledTimes(1);
    const [next, label] = onEdit.mock.calls[0]!;
    const added = next.nodes[next.nodes.length - 1]!;
    expect(added).toMatchObject({ kind: 'action', stage: 'apply', lane: 'backstage' });
    expect(added.position!.x).toBeCloseTo(apply.x0 + 20, -1);
    expect(label).toBe(`Add action ${added.id}`);
    expect(onSelectionChange).toHaveBeenLastCalledWith({ nodes: [added.id], edges: [] });
  });

  it('renames a stage from its header (double-click, Enter)', () => {
    const { onEdit } = renderCanvas(mini());
    const header = screen.getByTitle(/^Stage Explore \(explore\)/);
    fireEvent.doubleClick(header);
    const input = screen.getByLabelText('Name of stage explore');
    fireEvent.change(input, { target: { value: 'Discover' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onEdit.mock.calls[0]![0].stages).toEqual([{ id: 'explore', name: 'Discover' }]);
    expect(onEdit.mock.calls[0]![1]).toBe('Rename stage explore');
  });

  it('shows the selection it is given, and follows a new document', () => {
    const j = mini();
    const { rerender, onEdit, onSelectionChange } = renderCanvas(j, { nodes: ['visit'], edges: [] });
    expect(screen.getByTestId('node-visit').className).toContain('jn-selected');
    const next = { ...j, nodes: j.nodes.map((n) => (n.id === 'visit' ? { ...n, label: 'Landing page' } : n)) };
    rerender(
      <div>
        <JourneyCanvas journey={next} diagnostics={[]} selection={{ nodes: [], edges: [] }} onSelectionChange={onSelectionChange} onEdit={onEdit} />
      </div>,
    );
    expect(screen.getByTestId('node-visit').textContent).toContain('Landing page');
    expect(screen.getByTestId('node-visit').className).not.toContain('jn-selected');
  });
});
