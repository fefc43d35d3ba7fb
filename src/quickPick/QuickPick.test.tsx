// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { QuickPick } from './QuickPick';
import { commands } from '../commands/commandRegistry';
import { openQuick, promptText } from '../state/uiActions';
import { useUi } from '../state/uiStore';

afterEach(() => {
  cleanup();
  useUi.setState({ quick: null });
});

describe('QuickPick', () => {
  it('lists commands with their key bindings and runs the chosen one', () => {
    const run = vi.fn();
    const off = [
      commands.register({ id: 'test.alpha', title: 'Alpha Thing', category: 'Test', keybinding: 'Mod+Shift+K', run }),
      commands.register({ id: 'test.beta', title: 'Beta Thing', category: 'Test', run: () => {} }),
    ];
    act(() => openQuick('commands'));
    render(<QuickPick />);
    const input = screen.getByTestId('command-palette-input') as HTMLInputElement;
    expect(input.value).toBe('>');
    const labels = screen.getAllByTestId('quick-item').map((i) => i.textContent);
    expect(labels.some((l) => l?.includes('Test: Alpha Thing') && /Ctrl\+Shift\+K|⌘⇧K/.test(l))).toBe(true);
    fireEvent.change(input, { target: { value: '>alpha' } });
    expect(screen.getAllByTestId('quick-item')[0]!.dataset.id).toBe('test.alpha');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(run).toHaveBeenCalled();
    expect(useUi.getState().quick).toBeNull();
    off.forEach((d) => d());
  });

  it('names its list, which the keyboard can reach and drive too', () => {
    const run = vi.fn();
    const off = [commands.register({ id: 'test.gamma', title: 'Gamma Thing', category: 'Test', run })];
    act(() => openQuick('commands'));
    render(<QuickPick />);
    const input = screen.getByRole('combobox', { name: 'Commands' });
    const list = screen.getByRole('listbox', { name: 'Commands' });
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(list.tabIndex).toBe(0);
    fireEvent.change(input, { target: { value: '>gamma' } });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(run).toHaveBeenCalled();
    off.forEach((d) => d());
  });

  it('asks for text, checks it, and answers', async () => {
    let answer: Promise<string | undefined> | undefined;
    act(() => {
      answer = promptText({ title: 'Name it', value: 'x', validate: (v) => (v === 'bad' ? 'Not that' : undefined) });
    });
    render(<QuickPick />);
    const input = screen.getByTestId('command-palette-input');
    fireEvent.change(input, { target: { value: 'bad' } });
    expect(screen.getByText('Not that')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(useUi.getState().quick).not.toBeNull();
    fireEvent.change(input, { target: { value: 'good' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await expect(answer).resolves.toBe('good');
  });

  it('Escape cancels', async () => {
    let answer: Promise<string | undefined> | undefined;
    act(() => {
      answer = promptText({ title: 'Name it', value: 'x' });
    });
    render(<QuickPick />);
    fireEvent.keyDown(screen.getByTestId('command-palette-input'), { key: 'Escape' });
    await expect(answer).resolves.toBeUndefined();
  });
});
