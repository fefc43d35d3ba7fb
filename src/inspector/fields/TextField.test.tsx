// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { ScalarField } from './ScalarField';
import { TextField, type TextFieldProps } from './TextField';
import { COMMIT_DELAY_MS } from './useLiveDraft';
import { hasPendingDrafts } from './pendingDrafts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setup(props: Partial<TextFieldProps> = {}) {
  const onCommit = vi.fn<(v: string | undefined) => void>();
  const utils = render(<TextField name="label" label="Label" value="Visit" onCommit={onCommit} {...props} />);
  const input = () => document.querySelector('[name="label"]') as HTMLInputElement;
  const type = (text: string) => {
    fireEvent.focus(input());
    fireEvent.change(input(), { target: { value: text } });
  };
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
  return { ...utils, input, type, wait, onCommit };
}

describe('TextField: commits as you type', () => {
  it('commits when the typing pauses, without a blur', () => {
    const { type, wait, onCommit, input } = setup();
    type('Visit the site');
    wait(COMMIT_DELAY_MS - 1);
    expect(onCommit).not.toHaveBeenCalled();
    wait(1);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Visit the site');
    expect(input().value).toBe('Visit the site');
  });

  it('commits a burst of typing once, with its last text', () => {
    const { type, wait, onCommit } = setup();
    for (const text of ['Visit ', 'Visit t', 'Visit th', 'Visit the', 'Visit the site']) {
      type(text);
      wait(COMMIT_DELAY_MS / 3);
    }
    wait(COMMIT_DELAY_MS);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Visit the site');
  });

  it('counts as pending (not saved) until committed, and commits at once when the page is left', () => {
    const { type, onCommit } = setup();
    expect(hasPendingDrafts()).toBe(false);
    type('Visit the site');
    expect(hasPendingDrafts()).toBe(true);
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Visit the site');
    expect(hasPendingDrafts()).toBe(false);
  });

  it.each(['beforeunload', 'visibilitychange'])('commits at once on %s', (event) => {
    const { type, onCommit } = setup();
    type('Visit the site');
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      (event === 'visibilitychange' ? document : window).dispatchEvent(new Event(event));
    });
    hidden.mockRestore();
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Visit the site');
  });

  it('commits a pending draft when it is unmounted', () => {
    const { type, unmount, onCommit } = setup();
    type('Visit the site');
    unmount();
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Visit the site');
    expect(hasPendingDrafts()).toBe(false);
  });

  it('Escape drops what is not committed yet', () => {
    const { type, wait, input, onCommit } = setup();
    type('Oops');
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(input().value).toBe('Visit');
    wait(COMMIT_DELAY_MS * 2);
    fireEvent.blur(input());
    expect(onCommit).not.toHaveBeenCalled();
    expect(hasPendingDrafts()).toBe(false);
  });

  it('a multi-line field commits as you type too; Enter is a new line there', () => {
    const { type, wait, input, onCommit } = setup({ multiline: true, optional: true, value: undefined });
    type('First line');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(onCommit).not.toHaveBeenCalled();
    type('First line\nSecond');
    wait(COMMIT_DELAY_MS);
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('First line\nSecond');
  });

  it('live={false} (an id) commits only on blur or Enter', () => {
    const { type, wait, input, onCommit } = setup({ live: false });
    type('visit-2');
    wait(COMMIT_DELAY_MS * 3);
    expect(onCommit).not.toHaveBeenCalled();
    // Still not in the document: not saved, and leaving the page commits it.
    expect(hasPendingDrafts()).toBe(true);
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('visit-2');
    expect(hasPendingDrafts()).toBe(false);
  });

  it('keeps the text being typed when the document answers with another spelling of it', () => {
    const onCommit = vi.fn<(v: string | number | undefined) => void>();
    const field = (value: number | string) => <ScalarField name="after" label="After" value={value} onCommit={onCommit} />;
    const { rerender } = render(field(2));
    const input = document.querySelector('[name="after"]') as HTMLInputElement;
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '1.0' } });
    act(() => vi.advanceTimersByTime(COMMIT_DELAY_MS));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith(1);
    rerender(field(1)); // the document's value is 1 now
    expect(input.value).toBe('1.0'); // typing "1.05" goes on from here, not from "1"
    fireEvent.change(input, { target: { value: '1.05' } });
    act(() => vi.advanceTimersByTime(COMMIT_DELAY_MS));
    expect(onCommit).toHaveBeenLastCalledWith(1.05);
    rerender(field(1.05));
    fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledTimes(2);
    rerender(field(7)); // then another editor changes it: the field follows
    expect(input.value).toBe('7');
  });

  it('typing the same text again after the document moved away commits it again', () => {
    const onCommit = vi.fn<(v: string | undefined) => void>();
    const field = (value: string) => <TextField name="label" label="Label" value={value} onCommit={onCommit} />;
    const { rerender } = render(field('Visit'));
    const input = document.querySelector('[name="label"]') as HTMLInputElement;
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'Visit us' } });
    act(() => vi.advanceTimersByTime(COMMIT_DELAY_MS));
    rerender(field('Visit us'));
    fireEvent.blur(input);
    rerender(field('Visit')); // undone from the canvas
    expect(input.value).toBe('Visit');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'Visit us' } });
    act(() => vi.advanceTimersByTime(COMMIT_DELAY_MS));
    expect(onCommit).toHaveBeenCalledTimes(2);
    expect(onCommit).toHaveBeenLastCalledWith('Visit us');
  });
});
