import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import type { SimulationResult, TeamStats } from '../../../runtime/sim/result/simulationResult';
import { MS_PER_HOUR, MS_PER_WEEK } from '../../../runtime/model/calendar/weekCalendar';
import { HOUR_OF_WEEK_LABELS, hourOfWeekExposure, scheduledStaffByHour, serviceLevelChart, teamHours, teamHoursChart, teamServiceRows } from './teamCharts';
import { abandonStatus, maxAbandonText, serviceLevelStatus, serviceLevelTargetText, STATUS_COLOURS, teamStatus } from './teamTargets';
import { targetRun } from './testRuns';

const { journey, result } = targetRun();
const series = (option: { series?: unknown }) => option.series as (BarSeriesOption | LineSeriesOption | ScatterSeriesOption)[];
const week = (f: (h: number) => number) => Array.from({ length: 168 }, (_, h) => f(h));

/** A team's figures, made up: everything zero unless given; without `activeUntilMs`, like a run stored before it existed. */
function team(patch: Partial<TeamStats> = {}): TeamStats {
  const zero = week(() => 0);
  return {
    offered: 0,
    served: 0,
    abandoned: 0,
    abandonRate: 0,
    meanWaitMs: null,
    p50WaitMs: null,
    p90WaitMs: null,
    p99WaitMs: null,
    maxWaitMs: null,
    serviceLevel: null,
    staff: 1,
    utilization: 0,
    busyHours: 0,
    onDutyHours: 0,
    cost: 0,
    idleCost: 0,
    target: { serviceLevel: null, withinMs: null, maxAbandon: null },
    tasks: 0,
    byHourOfWeek: { offered: zero, abandoned: zero, withinTarget: zero, busyHours: zero, onDutyHours: zero },
    ...patch,
  } as TeamStats;
}

function withTeams(teams: Record<string, TeamStats>, spanMs = result.spanMs): SimulationResult {
  return { ...result, spanMs, teams };
}

describe('the week of a team', () => {
  it('counts how often each hour of the week occurs in a run', () => {
    const e = hourOfWeekExposure(2 * MS_PER_WEEK + 2.5 * MS_PER_HOUR);
    expect(e[0]).toBe(3);
    expect(e[1]).toBe(3);
    expect(e[2]).toBe(2.5);
    expect(e[3]).toBe(2);
    expect(e[167]).toBe(2);
    expect(e.reduce((a, b) => a + b, 0)).toBeCloseTo(2 * 168 + 2.5, 9);
    expect(hourOfWeekExposure(0).every((x) => x === 0)).toBe(true);
  });

  it('names the 168 hours, Monday 00:00 first', () => {
    expect(HOUR_OF_WEEK_LABELS).toHaveLength(168);
    expect(HOUR_OF_WEEK_LABELS[0]).toBe('Mon 00:00');
    expect(HOUR_OF_WEEK_LABELS[33]).toBe('Tue 09:00');
    expect(HOUR_OF_WEEK_LABELS[167]).toBe('Sun 23:00');
  });

  it('takes the staff on duty from the schedule, hour by hour', () => {
    const staff = scheduledStaffByHour({
      staff: 9,
      schedule: [
        { days: 'mon-fri', from: '09:30', to: '17:00', staff: 2 },
        { days: 'mon', from: '12:00', to: '13:00', staff: 1 },
      ],
    });
    expect(staff.slice(8, 14)).toEqual([0, 1, 2, 2, 3, 2]);
    expect(staff[16]).toBe(2);
    expect(staff[17]).toBe(0);
    expect(staff[24 + 12]).toBe(2);
    expect(staff[5 * 24 + 10]).toBe(0);
    expect(scheduledStaffByHour({ staff: 4 }).every((x) => x === 4)).toBe(true);
  });

  it('draws offered and abandoned as bars, utilisation as a line, the staff on duty as a step line', () => {
    // Two weeks: 6 staff-hours Mon 09:00–10:00 (3 of them busy), nobody else on duty.
    const onDuty = week((h) => (h === 9 ? 6 : 0));
    const busy = week((h) => (h === 9 ? 3 : 0));
    const offered = week((h) => (h === 9 ? 40 : h === 10 ? 5 : 0));
    const abandoned = week((h) => (h === 10 ? 5 : 0));
    const t = team({ offered: 45, abandoned: 5, byHourOfWeek: { offered, abandoned, withinTarget: week(() => 0), busyHours: busy, onDutyHours: onDuty } });
    const r = withTeams({ advisors: t }, 2 * MS_PER_WEEK);
    const { title, option, table } = teamHoursChart(journey, r, 'advisors');
    expect(title).toBe('Load through the week: Mortgage advisors');
    const xAxis = option.xAxis as { data: string[]; axisLabel: { interval: (i: number) => boolean; formatter: (v: string) => string } };
    expect(xAxis.data).toEqual(HOUR_OF_WEEK_LABELS);
    expect([0, 24, 144].map(xAxis.axisLabel.interval)).toEqual([true, true, true]);
    expect([1, 23, 25].map(xAxis.axisLabel.interval)).toEqual([false, false, false]);
    expect(xAxis.axisLabel.formatter('Wed 00:00')).toBe('Wed');
    const [o, a, u, s] = series(option);
    expect(o).toMatchObject({ type: 'bar', name: 'Offered', data: offered, yAxisIndex: 0 });
    expect(a).toMatchObject({ type: 'bar', name: 'Abandoned', data: abandoned, yAxisIndex: 0, barGap: '-100%' });
    expect(u).toMatchObject({ type: 'line', name: 'Utilisation', yAxisIndex: 1 });
    expect((u!.data as (number | null)[])[9]).toBe(0.5);
    expect((u!.data as (number | null)[])[10]).toBeNull();
    expect(s).toMatchObject({ type: 'line', name: 'Staff on duty', step: 'middle', yAxisIndex: 2 });
    // A run stored before `activeUntilMs`: the journey's schedule, 2 advisors Mon–Fri 09:00–17:00, 1 on Saturday 10:00–14:00.
    expect(s!.data).toEqual(scheduledStaffByHour(journey.teams!.find((x) => x.id === 'advisors')!));
    expect((s!.data as number[])[9]).toBe(2);
    expect((s!.data as number[])[8]).toBe(0);
    expect(option.title).toMatchObject({ subtext: '2 weeks of the run folded onto one' });
    // The table by day: Monday has it all.
    expect(table.columns.map((c) => c.label)).toEqual(['Day', 'Offered', 'Abandoned', 'Abandon rate', 'Busy h', 'On-duty h', 'Utilisation', 'Most staff']);
    expect(table.rows.map((r) => r.key)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(table.rows[0]!.cells).toEqual(['Mon', '45', '5', '11.1%', '3.0', '6.0', '50.0%', '2']);
    expect(table.rows[1]!.cells).toEqual(['Tue', '0', '0', '–', '0.0', '0.0', '–', '2']);
    expect(table.rows[6]!.cells.at(-1)).toBe('0');
    // A run that says until when the team was active: the run's own on-duty staff-hours over the
    // hour's occurrences (6 over 2 weeks: 3), whatever the journey's schedule says now.
    const own = series(teamHoursChart(journey, withTeams({ advisors: { ...t, activeUntilMs: 2 * MS_PER_WEEK } }), 'advisors').option)[3]!.data as number[];
    expect(own[9]).toBe(3);
    expect(own[10]).toBe(0);
    // A team the journey no longer has: the folded staff-hours over the hour's occurrences (6 over 2 weeks: 3).
    const gone = series(teamHoursChart(journey, withTeams({ brokers: t }, 2 * MS_PER_WEEK), 'brokers').option)[3]!.data as number[];
    expect(gone[9]).toBe(3);
    expect(gone[8]).toBe(0);
  });

  it('says the staff is unknown in hours a short run never reached, and adds the service level by day with a target', () => {
    const t = team({ target: { serviceLevel: 0.8, withinMs: 20_000, maxAbandon: null }, byHourOfWeek: { ...team().byHourOfWeek, offered: week((h) => (h === 1 ? 10 : 0)), withinTarget: week((h) => (h === 1 ? 7 : 0)) } });
    const h = teamHours(t, 3 * MS_PER_HOUR);
    expect(h.staff.slice(0, 4)).toEqual([0, 0, 0, null]);
    const { table } = teamHoursChart(journey, withTeams({ advisors: t }, 3 * MS_PER_HOUR), 'advisors');
    expect(table.columns.map((c) => c.key)).toContain('serviceLevel');
    expect(table.rows[0]!.values[4]).toBe(0.7);
  });

  it('charts every team of a real run, with the run’s own figures', () => {
    for (const id of Object.keys(result.teams)) {
      const { option } = teamHoursChart(journey, result, id);
      const [o, a] = series(option);
      expect(o!.data).toEqual(result.teams[id]!.byHourOfWeek.offered);
      expect(a!.data).toEqual(result.teams[id]!.byHourOfWeek.abandoned);
      expect((o!.data as number[]).reduce((x, y) => x + y, 0)).toBe(result.teams[id]!.offered);
    }
    // The advisors work Mon–Fri 09:00–17:00 (2) and Sat 10:00–14:00 (1): nobody at night.
    const staff = series(teamHoursChart(journey, result, 'advisors').option)[3]!.data as (number | null)[];
    expect([staff[3], staff[10], staff[5 * 24 + 11], staff[6 * 24 + 11]]).toEqual([0, 2, 1, 0]);
    // Someone worked in every hour the chart shows as busy.
    const b = result.teams['advisors']!.byHourOfWeek;
    b.busyHours.forEach((busy, h) => expect(busy <= b.onDutyHours[h]! + 1e-9).toBe(true));
  });
});

describe('service level and abandonment by team', () => {
  const teams = {
    advisors: team({ offered: 100, served: 97, abandoned: 3, abandonRate: 0.03, serviceLevel: 0.85, utilization: 0.6, onDutyHours: 80, cost: 2640, idleCost: 1760, target: { serviceLevel: 0.8, withinMs: 20_000, maxAbandon: 0.05 } }),
    underwriters: team({ offered: 50, served: 45, abandoned: 5, abandonRate: 0.1, serviceLevel: 0.6, target: { serviceLevel: 0.8, withinMs: 3_600_000, maxAbandon: null } }),
    brokers: team({ offered: 10, served: 10 }),
  };
  const r = withTeams(teams);

  it('judges the targets', () => {
    expect(serviceLevelStatus(0.8, teams.advisors.target)).toBe('met');
    expect(serviceLevelStatus(0.7999, teams.advisors.target)).toBe('missed');
    expect(serviceLevelStatus(null, teams.advisors.target)).toBe('none');
    expect(abandonStatus({ offered: 100, abandonRate: 0.05 }, teams.advisors.target)).toBe('met');
    expect(abandonStatus({ offered: 0, abandonRate: 0 }, teams.advisors.target)).toBe('none');
    expect(teamStatus(teams.advisors)).toBe('met');
    expect(teamStatus(teams.underwriters)).toBe('missed');
    expect(teamStatus(teams.brokers)).toBe('none');
    expect(serviceLevelTargetText(teams.advisors.target)).toBe('80% in 20s');
    expect(maxAbandonText(teams.advisors.target)).toBe('≤ 5%');
    expect(maxAbandonText({ serviceLevel: null, withinMs: null, maxAbandon: 0.025 })).toBe('≤ 2.5%');
    expect(teamServiceRows(journey, r).map((x) => [x.team, x.serviceLevel, x.abandon, x.status])).toEqual([
      ['advisors', 'met', 'met', 'met'],
      ['underwriters', 'missed', 'none', 'missed'],
      ['brokers', 'none', 'none', 'none'],
    ]);
  });

  it('draws a bar per team and figure, green or red by the target, with the target as a marker', () => {
    const { option } = serviceLevelChart(journey, r);
    expect((option.yAxis as { data: string[] }).data).toEqual([
      'Mortgage advisors · service level',
      'Mortgage advisors · abandoned',
      'Underwriting · service level',
      'Underwriting · abandoned',
      'brokers · service level',
      'brokers · abandoned',
    ]);
    const [bars, marker] = series(option);
    expect((bars!.data as { value: number | null; itemStyle: { color: string } }[]).map((d) => [d.value, d.itemStyle.color])).toEqual([
      [0.85, STATUS_COLOURS.met],
      [0.03, STATUS_COLOURS.met],
      [0.6, STATUS_COLOURS.missed],
      [0.1, STATUS_COLOURS.none],
      [null, STATUS_COLOURS.none],
      [0, STATUS_COLOURS.none],
    ]);
    expect(marker).toMatchObject({ type: 'scatter', name: 'Target', symbol: 'rect' });
    expect((marker!.data as { value: number[] }[]).map((d) => d.value)).toEqual([
      [0.8, 0],
      [0.05, 1],
      [0.8, 2],
    ]);
  });

  it('tables the queue, the targets, the utilisation and the money', () => {
    const { table } = serviceLevelChart(journey, r);
    expect(table.columns.map((c) => c.label)).toEqual(['Team', 'Targets', 'Offered', 'Served', 'Abandoned', 'Service level', 'Target', 'Abandon rate', 'Max abandon', 'Utilisation', 'On-duty hours', 'Cost', 'Idle cost']);
    expect(table.rows[0]!.cells).toEqual(['Mortgage advisors', 'met', '100', '97', '3', '85.0%', '80% in 20s', '3.0%', '≤ 5%', '60.0%', '80.0', '€2,640', '€1,760']);
    // Money in the workspace's currency.
    expect(serviceLevelChart(journey, r, 'USD').table.rows[0]!.cells.slice(-2)).toEqual(['$2,640', '$1,760']);
    expect(table.rows[1]!.cells.slice(0, 9)).toEqual(['Underwriting', 'missed', '50', '45', '5', '60.0%', '80% in 1h', '10.0%', '–']);
    expect(table.rows[2]!.cells[1]).toBe('no target');
  });

  it('says when no team sets a target, and follows a real run', () => {
    expect(serviceLevelChart(journey, withTeams({ brokers: teams.brokers })).option.title).toMatchObject({ subtext: 'No team sets a service level or a maximum abandon rate' });
    const real = serviceLevelChart(journey, result);
    expect(real.table.rows.map((x) => x.key)).toEqual(['advisors', 'underwriters']);
    expect(real.table.rows[0]!.values[5]).toBe(result.teams['advisors']!.serviceLevel);
    expect(real.table.rows[0]!.cells[6]).toBe('80% in 4h');
    expect(real.table.rows[1]!.cells[8]).toBe('–');
  });
});
