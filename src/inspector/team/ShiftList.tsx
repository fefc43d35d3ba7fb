import type { Journey, ScheduleEntry, Team } from '../../../runtime/model/journey';
import { addScheduleEntry, removeScheduleEntry, updateScheduleEntry } from '../../../runtime/model/ops';
import { parseDays } from '../../../runtime/model/calendar/scheduleEntry';
import { MINUTES_PER_DAY } from '../../../runtime/model/calendar/scheduleGrid';
import { weeklyStaff } from '../../../runtime/model/calendar/weeklyStaff';
import { DAY_NAMES } from '../../../runtime/model/calendar/weekCalendar';
import type { ElementDiagnostics } from '../fieldDiagnostics';
import { DiagnosticList } from '../fields/Field';
import { useLiveDraft } from '../fields/useLiveDraft';

export interface ShiftListProps {
  journey: Journey;
  team: Team;
  diagnostics: ElementDiagnostics;
  onEdit(next: Journey, label: string): void;
}

/** "mon-fri" as typed; "mon, thu" (or "mon thu") → ["mon","thu"]. */
export function daysOfText(text: string): ScheduleEntry['days'] {
  const words = text.split(/[\s,]+/).filter(Boolean);
  return words.length === 1 ? words[0]! : words;
}

export const textOfDays = (days: ScheduleEntry['days']) => (Array.isArray(days) ? days.join(', ') : days);

/** A new shift: 09:00–17:00 on the first day nobody works yet (Monday when every day is worked). */
function newShift(team: Team): ScheduleEntry {
  const week = weeklyStaff({ staff: team.staff, schedule: team.schedule ?? [] }).byMinute;
  const free = DAY_NAMES.findIndex((_, d) => week.subarray(d * MINUTES_PER_DAY, (d + 1) * MINUTES_PER_DAY).every((x) => x === 0));
  return { days: DAY_NAMES[Math.max(0, free)]!, from: '09:00', to: '17:00', staff: 1 };
}

/**
 * The schedule's entries as written, each editable to the minute: where times off the grid
 * (09:15, 17:45) are set, and where the linter's problems with an entry (J031, J108) show.
 */
export function ShiftList({ journey, team, diagnostics, onEdit }: ShiftListProps) {
  const schedule = team.schedule ?? [];
  const set = (i: number, patch: Partial<ScheduleEntry>, what: string) => onEdit(updateScheduleEntry(journey, team.id, i, patch), `Set ${what} of shift ${i + 1} of team ${team.id}`);
  return (
    <div className="jt-shifts" data-testid="shift-list">
      {schedule.length > 0 ? (
        <div className="jt-shift jt-shift-head" aria-hidden="true">
          <span>Days</span>
          <span>From</span>
          <span>To</span>
          <span>Staff</span>
          <span />
        </div>
      ) : (
        <p className="ji-hint">No shifts: nobody is on duty. Paint the grid or add a shift.</p>
      )}
      {schedule.map((entry, i) => (
        <div key={i} className="jt-shift-block" data-field={`schedule.${i}`}>
          <div className="jt-shift">
            <ShiftInput label={`Days of shift ${i + 1}`} testId={`shift-${i}-days`} value={textOfDays(entry.days)} invalid={'unknown' in parseDays(entry.days)} onCommit={(v) => set(i, { days: daysOfText(v) }, 'days')} />
            <ShiftInput label={`Start of shift ${i + 1}`} testId={`shift-${i}-from`} value={entry.from} onCommit={(v) => set(i, { from: v.trim() }, 'start')} />
            <ShiftInput label={`End of shift ${i + 1}`} testId={`shift-${i}-to`} value={entry.to} onCommit={(v) => set(i, { to: v.trim() }, 'end')} />
            <ShiftInput
              label={`Staff of shift ${i + 1}`}
              testId={`shift-${i}-staff`}
              value={String(entry.staff)}
              numeric
              onCommit={(v) => {
                const n = Number(v);
                if (v.trim() === '' || !Number.isInteger(n) || n < 0) return false;
                set(i, { staff: n }, 'staff');
              }}
            />
            <button type="button" className="ji-icon-button" aria-label={`Remove shift ${i + 1}`} title="Remove the shift" data-testid={`shift-remove-${i}`} onClick={() => onEdit(removeScheduleEntry(journey, team.id, i), `Remove shift ${i + 1} of team ${team.id}`)}>
              ✕
            </button>
          </div>
          <DiagnosticList diagnostics={diagnostics.at(`schedule.${i}`) ?? []} />
        </div>
      ))}
      <button type="button" className="ji-button jt-shift-add" data-testid="shift-add" onClick={() => onEdit(addScheduleEntry(journey, team.id, newShift(team)), `Add a shift to team ${team.id}`)}>
        + Add shift
      </button>
      <p className="ji-hint">
        Days: <code>mon</code>…<code>sun</code>, a range <code>mon-fri</code>, or a list <code>mon, thu</code>. Times <code>HH:MM</code> up to <code>24:00</code>; a night shift is two entries. Shifts that overlap add up.
      </p>
    </div>
  );
}

/**
 * A small text input of a shift row: commits as you type (when the typing pauses), on blur or
 * Enter; Escape reverts. A refused commit (false) stays while typing and goes back on blur.
 */
function ShiftInput({ label, value, onCommit, testId, numeric, invalid }: { label: string; value: string; onCommit(v: string): boolean | void; testId: string; numeric?: boolean; invalid?: boolean }) {
  const draft = useLiveDraft(value, onCommit, { revertRefused: true });
  return (
    <input
      className={`ji-input jt-shift-input${numeric ? ' ji-input-number' : ''}`}
      type={numeric ? 'number' : 'text'}
      min={numeric ? 0 : undefined}
      aria-label={label}
      aria-invalid={invalid || undefined}
      data-testid={testId}
      spellCheck={false}
      value={draft.text}
      onChange={(e) => draft.change(e.target.value)}
      onFocus={draft.focus}
      onBlur={draft.blur}
      onKeyDown={(e) => draft.keyDown(e)}
    />
  );
}
