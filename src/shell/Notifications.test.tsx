// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { clearNotifications, MAX_VISIBLE_NOTIFICATIONS, notify, NOTIFICATION_TIMEOUT_MS } from '../state/notificationService';
import { Notifications } from './Notifications';

describe('Notifications', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    clearNotifications();
  });
  afterEach(() => {
    cleanup();
    clearNotifications();
    vi.useRealTimers();
  });

  it('an error is an alert, the rest are status; each has a focusable close button that closes it', () => {
    render(<Notifications />);
    act(() => {
      notify('saved');
      notify('broken', 'error');
    });
    expect(screen.getByRole('alert').textContent).toContain('broken');
    expect(screen.getByRole('status').textContent).toContain('saved');
    const close = screen.getAllByRole('button', { name: 'Dismiss' });
    expect(close).toHaveLength(2);
    close[0]!.focus();
    expect(document.activeElement).toBe(close[0]);
    act(() => close[0]!.click());
    expect(screen.queryByText('saved')).toBeNull();
  });

  it('counts a repeat instead of showing it twice', () => {
    render(<Notifications />);
    act(() => {
      for (let i = 0; i < 3; i++) notify('Refused x.json', 'error');
    });
    expect(screen.getAllByTestId('notification')).toHaveLength(1);
    expect(screen.getByTestId('notification-count').textContent).toBe('3');
  });

  it('stays while hovered, leaves after; Escape in it closes it', () => {
    render(<Notifications />);
    act(() => void notify('hover me'));
    const toast = screen.getByTestId('notification');
    fireEvent.mouseEnter(toast);
    act(() => vi.advanceTimersByTime(NOTIFICATION_TIMEOUT_MS.info * 3));
    expect(screen.queryByText('hover me')).not.toBeNull();
    fireEvent.mouseLeave(toast);
    act(() => vi.advanceTimersByTime(NOTIFICATION_TIMEOUT_MS.info));
    expect(screen.queryByText('hover me')).toBeNull();
    act(() => void notify('escape me', 'info', [{ label: 'Undo', run: () => {} }]));
    fireEvent.keyDown(screen.getByTestId('notification'), { key: 'Escape' });
    expect(screen.queryByText('escape me')).toBeNull();
  });

  it(`shows at most ${MAX_VISIBLE_NOTIFICATIONS} and says how many wait`, () => {
    render(<Notifications />);
    act(() => {
      for (let i = 1; i <= MAX_VISIBLE_NOTIFICATIONS + 2; i++) notify(`note ${i}`, 'warning', [{ label: 'OK', run: () => {} }]);
    });
    expect(screen.getAllByTestId('notification')).toHaveLength(MAX_VISIBLE_NOTIFICATIONS);
    expect(screen.getByTestId('notifications-waiting').textContent).toBe('2 more notifications: they show as these close');
  });
});
