// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowEdge, FlowNode } from '../toFlow';
import type { EdgeRouting } from './routeJourney';

// The worker round trip, answered by the test.
const asked: { resolve: (r: { ms: number; routes: Map<string, EdgeRouting> }) => void; reject: (e: Error) => void }[] = [];
vi.mock('./routeOffThread', () => ({
  routeOffThread: () => new Promise((resolve, reject) => asked.push({ resolve, reject })),
}));
const { useEdgeRoutes, ROUTE_DELAY_MS } = await import('./useEdgeRoutes');

const card = (id: string, x: number): FlowNode => ({ id, type: 'journey', position: { x, y: 0 }, width: 100, height: 60, data: {} }) as unknown as FlowNode;
const edge = { id: 'e', source: 'a', target: 'b' } as unknown as FlowEdge;
const route = (y: number): Map<string, EdgeRouting> => new Map([['e', { points: [{ x: 100, y }, { x: 200, y }] } as unknown as EdgeRouting]]);

beforeEach(() => {
  vi.useFakeTimers();
  asked.length = 0;
  vi.stubGlobal('requestIdleCallback', undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useEdgeRoutes: whether the labels shown are those of the map shown', () => {
  it('is pending until the pass for the current cards is drawn, and pending again when a card moves', async () => {
    let nodes = [card('a', 0), card('b', 300)];
    const { result, rerender } = renderHook(() => useEdgeRoutes(nodes, [edge], false));
    expect(result.current.state).toBe('pending');
    await act(async () => vi.advanceTimersByTime(ROUTE_DELAY_MS));
    expect(asked).toHaveLength(1);
    expect(result.current.state).toBe('pending');
    await act(async () => asked[0]!.resolve({ ms: 3, routes: route(30) }));
    expect(result.current.state).toBe('settled');
    expect(result.current.routes.get('e')).toBeDefined();

    nodes = [card('a', 0), card('b', 500)];
    rerender();
    expect(result.current.state).toBe('pending');
    await act(async () => vi.advanceTimersByTime(ROUTE_DELAY_MS));
    await act(async () => asked[1]!.resolve({ ms: 3, routes: route(40) }));
    expect(result.current.state).toBe('settled');
  });

  it('a pass answered after the map changed again does not count as settled', async () => {
    let nodes = [card('a', 0), card('b', 300)];
    const { result, rerender } = renderHook(() => useEdgeRoutes(nodes, [edge], false));
    await act(async () => vi.advanceTimersByTime(ROUTE_DELAY_MS));
    nodes = [card('a', 0), card('b', 600)];
    rerender();
    await act(async () => asked[0]!.resolve({ ms: 3, routes: route(30) }));
    expect(result.current.state).toBe('pending');
  });

  it('says unavailable when the router cannot load, so nothing waits for it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const nodes = [card('a', 0), card('b', 300)];
    const { result } = renderHook(() => useEdgeRoutes(nodes, [edge], false));
    await act(async () => vi.advanceTimersByTime(ROUTE_DELAY_MS));
    await act(async () => asked[0]!.reject(new Error('no wasm')));
    expect(result.current.state).toBe('unavailable');
    expect(warn).toHaveBeenCalled();
  });
});
