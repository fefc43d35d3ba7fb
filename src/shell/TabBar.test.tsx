// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { formatDocument } from '../../runtime/model/formatDocument';
import { minimalJourney } from '../../runtime/testing/minimalJourney';
import { docFromFile } from '../state/documentState';
import { initialLayout, useLayout, type EditorGroup } from '../state/layoutStore';
import { useWorkspace } from '../state/workspaceStore';
import { TabBar } from './TabBar';

const PATHS = ['a-long-journey-name.journey.json', 'b-long-journey-name.journey.json', 'c-long-journey-name.journey.json'];
const TAB_WIDTH = 200;
const STRIP_WIDTH = 300;

/** happy-dom lays nothing out: each tab is TAB_WIDTH wide in a strip of STRIP_WIDTH, scrolled by scrollLeft. */
function fakeLayout() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const strip = this.closest('[role="tablist"]') as HTMLElement | null;
    if (this.getAttribute('role') === 'tablist') return DOMRect.fromRect({ x: 0, y: 0, width: STRIP_WIDTH, height: 35 });
    if (this.getAttribute('role') === 'tab' && strip) {
      const index = [...strip.children].indexOf(this);
      return DOMRect.fromRect({ x: index * TAB_WIDTH - strip.scrollLeft, y: 0, width: TAB_WIDTH, height: 35 });
    }
    return DOMRect.fromRect({ x: 0, y: 0, width: 0, height: 0 });
  });
}

function group(activeKey: string): EditorGroup {
  return { id: 'g1', tabs: PATHS.map((_, i) => ({ key: `canvas:j${i}`, kind: 'canvas' as const, docId: `j${i}` })), activeKey };
}

beforeEach(() => {
  const docs = Object.fromEntries(PATHS.map((path, i) => [`j${i}`, docFromFile({ id: `j${i}`, path, kind: 'journey', text: formatDocument(minimalJourney()), rev: 1 })]));
  useWorkspace.setState({ ready: true, docs, selection: {} });
  useLayout.setState(initialLayout());
  fakeLayout();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the tab bar', () => {
  it('scrolls the active tab into view when it changes, and only as far as needed', () => {
    const { rerender } = render(<TabBar group={group('canvas:j0')} />);
    const strip = screen.getByRole('tablist');
    expect(strip.scrollLeft).toBe(0);
    // The last tab (400–600) in a 300 px strip: scrolled so that its right edge is the strip's.
    rerender(<TabBar group={group('canvas:j2')} />);
    expect(strip.scrollLeft).toBe(3 * TAB_WIDTH - STRIP_WIDTH);
    // The middle one (200–400) has its left edge cut in the view (300–600): back to that edge.
    rerender(<TabBar group={group('canvas:j1')} />);
    expect(strip.scrollLeft).toBe(TAB_WIDTH);
    act(() => {
      strip.scrollLeft = 0;
    });
    // An active tab already in view does not move the strip.
    rerender(<TabBar group={group('canvas:j0')} />);
    expect(strip.scrollLeft).toBe(0);
  });

  it('names each tab by its full path (its tooltip), the close button beside the label', () => {
    render(<TabBar group={group('canvas:j1')} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('title'))).toEqual(PATHS.map((p) => `${p} — canvas`));
    expect(tabs[1]!.querySelector('.ws-tab-label')!.nextElementSibling!.classList.contains('ws-tab-close')).toBe(true);
  });

  it('holds no control inside a tab (axe: nested-interactive): the close mark is for the pointer, Delete closes by keyboard', () => {
    useLayout.setState({ groups: [group('canvas:j0')], activeGroupId: 'g1' });
    render(<TabBar group={group('canvas:j0')} />);
    const tabs = screen.getAllByRole('tab');
    for (const tab of tabs) expect(tab.querySelectorAll('button, a, input, [tabindex]')).toHaveLength(0);
    const keys = () => useLayout.getState().groups[0]!.tabs.map((t) => t.key);
    fireEvent.keyDown(tabs[1]!, { key: 'Delete' });
    expect(keys()).toEqual(['canvas:j0', 'canvas:j2']);
    const close = tabs[2]!.querySelector('.ws-tab-close')!;
    expect(close.getAttribute('aria-hidden')).toBe('true');
    fireEvent.click(close);
    expect(keys()).toEqual(['canvas:j0']);
  });
});
