// echarts options of the team figures (DESIGN §5): a team's load through the week (168 hours, every
// week of the run folded onto one) and each team's service level and abandonment against its
// targets. Pure data, with the table shown beside each chart.
import type { BarSeriesOption, EChartsOption, LineSeriesOption, ScatterSeriesOption } from 'echarts';
import type { Journey, Team } from '../../../runtime/model/journey';
import { addByHourOfWeek, DAY_NAMES, formatWeekTime, HOURS_PER_WEEK, MINUTES_PER_WEEK, MS_PER_HOUR } from '../../../runtime/model/calendar/weekCalendar';
import { weeklyStaff } from '../../../runtime/model/calendar/weeklyStaff';
import type { SimulationResult, TeamStats } from '../../../runtime/sim/result/simulationResult';
import type { ChartModel } from './chartOptions';
import { formatCount, formatPercent } from './formatNumbers';
import { DEFAULT_CURRENCY, formatCurrency } from '../../settings/currency';
import { journeyLabels } from './journeyLabels';
import { numberColumn, textColumn, type TableModel } from './tableModel';
import { abandonLimitText, abandonStatus, maxAbandonText, serviceLevelStatus, serviceLevelTargetText, STATUS_COLOURS, STATUS_WORDS, teamStatus, type TargetStatus } from './teamTargets';

const COLOURS = { offered: '#4f8fd6', abandoned: '#d64545', utilisation: '#e0a526', staff: '#3fa34d', target: '#c8ccd2' };
const percentAxis = (v: number) => `${Math.round(v * 100)}%`;
const percentValue = (v: unknown) => (typeof v === 'number' ? formatPercent(v) : '–');
const countValue = (v: unknown) => (typeof v === 'number' ? formatCount(v) : '–');
const staffValue = (v: unknown) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : '–');
const hoursText = (h: number) => (Math.round(h * 10) / 10).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dayTitle = (d: number) => DAY_NAMES[d]![0]!.toUpperCase() + DAY_NAMES[d]!.slice(1);
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** "Mon 00:00" … "Sun 23:00": the 168 hours of the week, Monday first. */
export const HOUR_OF_WEEK_LABELS: readonly string[] = Array.from({ length: HOURS_PER_WEEK }, (_, h) => formatWeekTime(h * MS_PER_HOUR));

/**
 * How many times each hour of the week occurs in [0, spanMs), in hours (the last one may count in
 * part): what folded staff-hours divide by to give the staff on duty then, when the team's own
 * schedule is not known.
 */
export function hourOfWeekExposure(spanMs: number): number[] {
  const ms = new Float64Array(HOURS_PER_WEEK);
  if (spanMs > 0) addByHourOfWeek(ms, 0, 0, spanMs);
  return Array.from(ms, (x) => x / MS_PER_HOUR);
}

/**
 * The staff on duty in each hour of the week by the team's document: its schedule (overlapping
 * entries add up; a shift starting at 09:30 gives that hour 0.5 of a staff member per person), or
 * `staff` around the clock. Staff-hours per hour, i.e. staff on duty.
 */
export function scheduledStaffByHour(team: Pick<Team, 'staff' | 'schedule'>): number[] {
  const byMinute = weeklyStaff(team).byMinute;
  const hours = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (let m = 0; m < MINUTES_PER_WEEK; m++) hours[Math.floor(m / 60)]! += byMinute[m]!;
  return hours.map((x) => round(x / 60, 2));
}

/** The teams a result has figures for, in document order. */
export function resultTeams(result: SimulationResult): string[] {
  return Object.keys(result.teams);
}

export interface TeamHours {
  offered: number[];
  abandoned: number[];
  /** busy / on duty in that hour (overtime counts in both); null when nobody was on duty. */
  utilisation: (number | null)[];
  /** Staff on duty in that hour; null when it is not known (a run shorter than a week, without the team's schedule). */
  staff: (number | null)[];
}

/**
 * A team's figures by hour of the week, as the chart draws them. The staff on duty is the
 * schedule's (`scheduled`, from the journey); without it, the folded staff-hours over the hour's
 * occurrences in [0, spanMs).
 */
export function teamHours(team: TeamStats, spanMs: number, scheduled?: readonly number[]): TeamHours {
  const b = team.byHourOfWeek;
  const exposure = scheduled ? undefined : hourOfWeekExposure(spanMs);
  return {
    offered: [...b.offered],
    abandoned: [...b.abandoned],
    utilisation: b.onDutyHours.map((on, h) => (on > 0 ? round(b.busyHours[h]! / on, 4) : null)),
    staff: scheduled ? [...scheduled] : b.onDutyHours.map((on, h) => (exposure![h]! > 0 ? round(on / exposure![h]!, 2) : null)),
  };
}

/** Every 24th hour (midnight) carries a day label and a tick. */
const midnight = (index: number) => index % 24 === 0;

/**
 * One team's load through the week: customers offered and abandoned in each hour (bars, the
 * abandoned in front), the utilisation (busy / on-duty staff-hours, a line) and the staff on duty
 * by its schedule (a step line). The table says the same by day.
 */
export function teamHoursChart(journey: Journey, result: SimulationResult, teamId: string): ChartModel {
  const names = journeyLabels(journey);
  const team = result.teams[teamId];
  const title = `Load through the week: ${names.team(teamId)}`;
  if (!team) return { title, option: { title: { text: title, subtext: 'The run has no figures for this team' }, series: [] }, table: { columns: [], rows: [] } };
  // The run's own staff on duty (its schedule then, overtime included), not the journey's now. Runs
  // stored before `activeUntilMs` existed fall back to the journey's schedule.
  const doc = journey.teams?.find((t) => t.id === teamId);
  const h = teamHours(team, team.activeUntilMs ?? result.spanMs, team.activeUntilMs === undefined && doc ? scheduledStaffByHour(doc) : undefined);
  const bar = (name: string, data: number[], colour: string, z: number): BarSeriesOption => ({
    type: 'bar',
    name,
    data,
    yAxisIndex: 0,
    barGap: '-100%',
    barCategoryGap: '10%',
    z,
    itemStyle: { color: colour },
    tooltip: { valueFormatter: countValue },
  });
  const line = (name: string, data: (number | null)[], colour: string, axis: number, extra: Partial<LineSeriesOption>, format: (v: unknown) => string): LineSeriesOption => ({
    type: 'line',
    name,
    data,
    yAxisIndex: axis,
    showSymbol: false,
    connectNulls: false,
    z: 5,
    itemStyle: { color: colour },
    lineStyle: { color: colour, width: 1.5 },
    tooltip: { valueFormatter: format },
    ...extra,
  });
  const weeks = (team.activeUntilMs ?? result.spanMs) / (HOURS_PER_WEEK * MS_PER_HOUR);
  const offeredTotal = team.offered;
  const subtext = offeredTotal === 0 ? 'Nobody was offered to this team' : weeks > 1 ? `${Math.round(weeks * 10) / 10} weeks of the run folded onto one` : '';
  const option: EChartsOption = {
    title: { text: title, left: 'center', textStyle: { fontSize: 13 }, ...(subtext ? { subtext } : {}) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 24, itemGap: 8, itemWidth: 14 },
    grid: { containLabel: true, left: 8, right: 16, bottom: 8, top: 56 },
    xAxis: {
      type: 'category',
      data: [...HOUR_OF_WEEK_LABELS],
      axisLabel: { interval: (index: number) => midnight(index), formatter: (value: string) => value.slice(0, 3) },
      axisTick: { interval: (index: number) => midnight(index) },
    },
    // Customers on the left; utilisation (%) and staff on the right (the tooltip names each series).
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 1, axisLabel: { formatter: percentAxis }, splitLine: { show: false } },
      { type: 'value', min: 0, minInterval: 1, offset: 40, position: 'right', splitLine: { show: false }, axisLabel: { color: COLOURS.staff } },
    ],
    series: [
      bar('Offered', h.offered, COLOURS.offered, 1),
      bar('Abandoned', h.abandoned, COLOURS.abandoned, 2),
      line('Utilisation', h.utilisation, COLOURS.utilisation, 1, {}, percentValue),
      line('Staff on duty', h.staff, COLOURS.staff, 2, { step: 'middle', lineStyle: { color: COLOURS.staff, width: 2 } }, staffValue),
    ],
  };
  return { title, option, table: teamDaysTable(team, h), wide: true };
}

/** The table beside the week chart: the same figures by day (the CSV export has them by hour). */
function teamDaysTable(team: TeamStats, h: TeamHours): TableModel {
  const b = team.byHourOfWeek;
  const hasTarget = team.target.serviceLevel !== null;
  const sum = (xs: readonly number[], d: number) => xs.slice(d * 24, d * 24 + 24).reduce((a, x) => a + x, 0);
  const rows = DAY_NAMES.map((_, d) => {
    const offered = sum(b.offered, d);
    const abandoned = sum(b.abandoned, d);
    const within = sum(b.withinTarget, d);
    const busy = sum(b.busyHours, d);
    const onDuty = sum(b.onDutyHours, d);
    const staff = h.staff.slice(d * 24, d * 24 + 24).filter((x): x is number => x !== null);
    const peak = staff.length > 0 ? Math.max(...staff) : null;
    const sl = hasTarget && offered > 0 ? within / offered : null;
    const abandonRate = offered > 0 ? abandoned / offered : null;
    const utilisation = onDuty > 0 ? busy / onDuty : null;
    return {
      key: DAY_NAMES[d]!,
      cells: [
        dayTitle(d),
        formatCount(offered),
        formatCount(abandoned),
        abandonRate === null ? '–' : formatPercent(abandonRate),
        ...(hasTarget ? [sl === null ? '–' : formatPercent(sl)] : []),
        hoursText(busy),
        hoursText(onDuty),
        utilisation === null ? '–' : formatPercent(utilisation),
        peak === null ? '–' : staffValue(peak),
      ],
      values: [dayTitle(d), offered, abandoned, abandonRate, ...(hasTarget ? [sl] : []), busy, onDuty, utilisation, peak],
    };
  });
  return {
    columns: [
      textColumn('day', 'Day'),
      numberColumn('offered', 'Offered'),
      numberColumn('abandoned', 'Abandoned'),
      numberColumn('abandonRate', 'Abandon rate'),
      ...(hasTarget ? [numberColumn('serviceLevel', 'Service level')] : []),
      numberColumn('busyHours', 'Busy h'),
      numberColumn('onDutyHours', 'On-duty h'),
      numberColumn('utilization', 'Utilisation'),
      numberColumn('peakStaff', 'Most staff'),
    ],
    rows,
  };
}

/** One team's row of the service-level chart and table. */
export interface TeamServiceRow {
  team: string;
  name: string;
  stats: TeamStats;
  serviceLevel: TargetStatus;
  abandon: TargetStatus;
  status: TargetStatus;
}

/** Every team of the result with its statuses against its targets. */
export function teamServiceRows(journey: Journey, result: SimulationResult): TeamServiceRow[] {
  const names = journeyLabels(journey);
  return resultTeams(result).map((id) => {
    const stats = result.teams[id]!;
    return {
      team: id,
      name: names.team(id),
      stats,
      serviceLevel: serviceLevelStatus(stats.serviceLevel, stats.target),
      abandon: abandonStatus(stats, stats.target),
      status: teamStatus(stats),
    };
  });
}

/**
 * Service level and abandonment per team against its targets: per team a bar of its service level
 * and one of its abandon rate (horizontal, 0–100%), green when the target is met, red when missed,
 * grey without a target; the target as a marker on each bar. The table has the queue, the targets,
 * the utilisation and the money.
 */
export function serviceLevelChart(journey: Journey, result: SimulationResult, currency: string = DEFAULT_CURRENCY): ChartModel {
  const rows = teamServiceRows(journey, result);
  const title = 'Service level and abandonment by team';
  const categories = rows.flatMap((r) => [`${r.name} · service level`, `${r.name} · abandoned`]);
  const values = rows.flatMap((r) => [
    { value: r.stats.serviceLevel, itemStyle: { color: STATUS_COLOURS[r.serviceLevel] } },
    { value: r.stats.offered > 0 ? r.stats.abandonRate : null, itemStyle: { color: STATUS_COLOURS[r.abandon] } },
  ]);
  const targets = rows.flatMap((r, i) => [
    ...(r.stats.target.serviceLevel !== null ? [{ value: [r.stats.target.serviceLevel, 2 * i], name: `target ${serviceLevelTargetText(r.stats.target)}` }] : []),
    ...(r.stats.target.maxAbandon !== null ? [{ value: [r.stats.target.maxAbandon, 2 * i + 1], name: `at most ${abandonLimitText(r.stats.target)}` }] : []),
  ]);
  const bars: BarSeriesOption = { type: 'bar', name: 'Figure', data: values, barMaxWidth: 16, tooltip: { valueFormatter: percentValue } };
  const marker: ScatterSeriesOption = {
    type: 'scatter',
    name: 'Target',
    data: targets,
    symbol: 'rect',
    symbolSize: [4, 20],
    z: 5,
    itemStyle: { color: COLOURS.target, borderColor: '#5c6670', borderWidth: 1 },
    tooltip: { formatter: (p: unknown) => String((p as { name?: string }).name ?? '') },
  };
  const noTarget = rows.every((r) => r.stats.target.serviceLevel === null && r.stats.target.maxAbandon === null);
  const option: EChartsOption = {
    title: { text: title, left: 'center', textStyle: { fontSize: 13 }, ...(noTarget ? { subtext: 'No team sets a service level or a maximum abandon rate' } : {}) },
    // Per item: a bar says its figure, a marker its target.
    tooltip: { trigger: 'item' },
    grid: { containLabel: true, left: 8, right: 16, bottom: 8, top: 56 },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: percentAxis, alignMaxLabel: 'right' } },
    yAxis: { type: 'category', data: categories, inverse: true },
    series: [bars, marker],
  };
  return { title, option, table: serviceLevelTable(rows, currency) };
}

/** The team's figures; money in whole units (13 columns share the card). */
function serviceLevelTable(rows: TeamServiceRow[], currency: string): TableModel {
  return {
    columns: [
      textColumn('team', 'Team'),
      textColumn('status', 'Targets'),
      numberColumn('offered', 'Offered'),
      numberColumn('served', 'Served'),
      numberColumn('abandoned', 'Abandoned'),
      numberColumn('serviceLevel', 'Service level'),
      numberColumn('target', 'Target'),
      numberColumn('abandonRate', 'Abandon rate'),
      numberColumn('maxAbandon', 'Max abandon'),
      numberColumn('utilization', 'Utilisation'),
      numberColumn('onDutyHours', 'On-duty hours'),
      numberColumn('cost', 'Cost'),
      numberColumn('idleCost', 'Idle cost'),
    ],
    rows: rows.map((r) => {
      const t = r.stats;
      return {
        key: r.team,
        cells: [
          r.name,
          STATUS_WORDS[r.status],
          formatCount(t.offered),
          formatCount(t.served),
          formatCount(t.abandoned),
          t.serviceLevel === null ? '–' : formatPercent(t.serviceLevel),
          serviceLevelTargetText(t.target),
          t.offered > 0 ? formatPercent(t.abandonRate) : '–',
          maxAbandonText(t.target),
          formatPercent(t.utilization),
          hoursText(t.onDutyHours),
          formatCurrency(t.cost, currency, 'whole'),
          formatCurrency(t.idleCost, currency, 'whole'),
        ],
        values: [r.name, r.status, t.offered, t.served, t.abandoned, t.serviceLevel, t.target.serviceLevel, t.abandonRate, t.target.maxAbandon, t.utilization, t.onDutyHours, t.cost, t.idleCost],
      };
    }),
  };
}
