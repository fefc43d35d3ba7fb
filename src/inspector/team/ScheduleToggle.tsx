import { useId } from 'react';

/** "Works around the clock" or "Works a schedule": one switch, both states named beside it. */
export function ScheduleToggle({ scheduled, onChange }: { scheduled: boolean; onChange(scheduled: boolean): void }) {
  const id = useId();
  return (
    <div className="ji-field jt-toggle" data-field="schedule">
      <label className="jt-switch" htmlFor={id}>
        <span className={scheduled ? 'jt-switch-off' : 'jt-switch-on'}>Works around the clock</span>
        {/* The real checkbox lies over the drawn track, so that it is what a click or a tap hits. */}
        <span className="jt-switch-box">
          <input id={id} type="checkbox" role="switch" className="jt-switch-input" aria-label="Works a schedule" checked={scheduled} data-testid="schedule-toggle" onChange={(e) => onChange(e.target.checked)} />
          <span className="jt-switch-track" aria-hidden="true" />
        </span>
        <span className={scheduled ? 'jt-switch-on' : 'jt-switch-off'}>Works a schedule</span>
      </label>
    </div>
  );
}
