import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearNotifications, dismiss, holdNotification, MAX_VISIBLE_NOTIFICATIONS, notify, NOTIFICATION_RESUME_MS, NOTIFICATION_TIMEOUT_MS, visibleNotifications } from './notificationService';
import { useUi } from './uiStore';

const shown = () => useUi.getState().notifications.map((n) => n.message);

describe('notificationService', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    clearNotifications();
  });
  afterEach(() => {
    clearNotifications();
    vi.useRealTimers();
  });

  it('an info leaves after its time, a warning later, an error without actions later still', () => {
    notify('saved');
    notify('careful', 'warning');
    notify('broken', 'error');
    vi.advanceTimersByTime(NOTIFICATION_TIMEOUT_MS.info - 1);
    expect(shown()).toEqual(['saved', 'careful', 'broken']);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual(['careful', 'broken']);
    vi.advanceTimersByTime(NOTIFICATION_TIMEOUT_MS.warning - NOTIFICATION_TIMEOUT_MS.info);
    expect(shown()).toEqual(['broken']);
    vi.advanceTimersByTime(NOTIFICATION_TIMEOUT_MS.error - NOTIFICATION_TIMEOUT_MS.warning);
    expect(shown()).toEqual([]);
    expect(NOTIFICATION_TIMEOUT_MS.info).toBeGreaterThanOrEqual(6000);
    expect(NOTIFICATION_TIMEOUT_MS.error).toBeGreaterThan(NOTIFICATION_TIMEOUT_MS.warning);
  });

  it('a question (a notification with actions) stays until it is answered or closed', () => {
    const id = notify('a.journey.json exists', 'warning', [{ label: 'Keep both', run: () => {} }]);
    vi.advanceTimersByTime(10 * 60_000);
    expect(shown()).toEqual(['a.journey.json exists']);
    dismiss(id);
    expect(shown()).toEqual([]);
  });

  it('the same notification again is counted, with its time started over', () => {
    const a = notify('Refused x.json', 'error');
    vi.advanceTimersByTime(NOTIFICATION_TIMEOUT_MS.error - 1000);
    const b = notify('Refused x.json', 'error');
    expect(b).toBe(a);
    expect(useUi.getState().notifications).toEqual([expect.objectContaining({ id: a, message: 'Refused x.json', count: 2 })]);
    vi.advanceTimersByTime(1000);
    expect(shown()).toEqual(['Refused x.json']);
    vi.advanceTimersByTime(NOTIFICATION_TIMEOUT_MS.error - 1000);
    expect(shown()).toEqual([]);
    // Another severity is another notification.
    notify('same words');
    notify('same words', 'warning');
    expect(useUi.getState().notifications.map((n) => n.count)).toEqual([1, 1]);
  });

  it('its time stops while hovered or focused, and it stays a moment after both have left', () => {
    const id = notify('hover me');
    vi.advanceTimersByTime(NOTIFICATION_TIMEOUT_MS.info - 500);
    holdNotification(id, 'hover', true);
    holdNotification(id, 'focus', true);
    vi.advanceTimersByTime(60_000);
    expect(shown()).toEqual(['hover me']);
    holdNotification(id, 'hover', false);
    vi.advanceTimersByTime(60_000);
    expect(shown()).toEqual(['hover me']);
    holdNotification(id, 'focus', false);
    vi.advanceTimersByTime(NOTIFICATION_RESUME_MS - 1);
    expect(shown()).toEqual(['hover me']);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
  });

  it(`shows at most ${MAX_VISIBLE_NOTIFICATIONS}; the others wait, their time not running, and come in as the shown ones leave`, () => {
    const ask = [{ label: 'Undo', run: () => {} }];
    notify('old info');
    for (let i = 1; i <= MAX_VISIBLE_NOTIFICATIONS; i++) notify(`question ${i}`, 'info', ask);
    expect(visibleNotifications(useUi.getState().notifications).map((n) => n.message)).toEqual(['question 1', 'question 2', 'question 3']);
    vi.advanceTimersByTime(60_000);
    expect(shown()).toContain('old info');
    dismiss(useUi.getState().notifications.at(-1)!.id);
    expect(visibleNotifications(useUi.getState().notifications).map((n) => n.message)).toEqual(['old info', 'question 1', 'question 2']);
    vi.advanceTimersByTime(NOTIFICATION_TIMEOUT_MS.info);
    expect(shown()).toEqual(['question 1', 'question 2']);
  });
});
