import type { ScheduleDescription } from '../../../runtime/model/calendar/describeSchedule';

/** What the staffing means, read-only: "Mon–Fri 09:00–17:00 · 4 staff; Sat 10:00–14:00 · 1 staff; 164 staff-hours a week". */
export function ScheduleSummary({ description }: { description: ScheduleDescription }) {
  return (
    <p className="jt-summary" data-testid="schedule-summary" aria-live="polite">
      {description.text}
    </p>
  );
}
