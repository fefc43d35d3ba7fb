// echarts options for the Simulation panel, each with the table shown beside its chart. Pure data
// from a `simulation/1` result: series hold the result's own numbers (shares 0…1, times in ms,
// money per customer); axes and tooltips format them.
import type { BarSeriesOption, EChartsOption, LineSeriesOption } from 'echarts';
import type { Cohort } from '../../../runtime/model/cohort';
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { formatCount, formatDuration, formatEmotion, formatPercent } from './formatNumbers';
import { KIND_FAMILIES, NO_OUTCOME_COLOUR, hslToHex, outcomeColours, type ResultKind } from '../charts/outcomeColours';
import { DEFAULT_CURRENCY, formatCurrency } from '../../settings/currency';
import { journeyLabels } from './journeyLabels';
import { numberColumn, textColumn, type TableModel } from './tableModel';

export interface ChartModel {
  title: string;
  option: EChartsOption;
  table: TableModel;
  /** data-testids of the chart's box and of its table (browser tests), when it has its own. */
  testIds?: { chart?: string; table?: string };
  /** The chart needs more width than its table (e.g. 168 hours). */
  wide?: boolean;
  /** The colour of the series each table row is (by row key): the table is then the chart's legend. */
  rowColours?: Record<string, string>;
}

const kindColour = (kind: ResultKind) => hslToHex(KIND_FAMILIES[kind].hue, KIND_FAMILIES[kind].saturation, KIND_FAMILIES[kind].lightness);

/** The colour of each result kind (one outcome of it; several get shades: outcomeColours). */
export const RESULT_COLOURS: Record<string, string> = {
  success: kindColour('success'),
  neutral: kindColour('neutral'),
  failure: kindColour('failure'),
  churn: kindColour('churn'),
  abandoned: kindColour('abandoned'),
  none: NO_OUTCOME_COLOUR,
};

/** Cost bars (economics): orange, apart from every outcome colour. */
const COST_COLOUR = '#e07b39';

export const ALL_CUSTOMERS = 'All customers';
const NO_OUTCOME = 'No outcome (stalled, gave up in a queue, still inside)';

const percentAxis = (v: number) => `${Math.round(v * 100)}%`;
const percentValue = (v: unknown) => (typeof v === 'number' ? formatPercent(v) : '–');
const durationValue = (v: unknown) => (typeof v === 'number' ? formatDuration(v) : '–');
const base = (title: string): EChartsOption => ({ title: { text: title, left: 'center', textStyle: { fontSize: 13 } }, grid: { containLabel: true, left: 8, right: 16, bottom: 8, top: 56 } });

/** Outcomes by segment: one 100% bar per scope (all customers, then each segment), stacked by outcome. */
export function outcomesBySegmentChart(journey: Journey, result: SimulationResult, cohort?: Cohort): ChartModel {
  const names = journeyLabels(journey, cohort);
  const segments = Object.keys(result.segments);
  const categories = [ALL_CUSTOMERS, ...segments.map(names.segment)];
  const outcomeIds = Object.keys(result.outcomes);
  const scopeCustomers = [result.customers, ...segments.map((s) => result.segments[s]!.customers)];
  const countsOf = (id: string) => {
    const o = result.outcomes[id]!;
    return [o.count, ...segments.map((s) => o.bySegment[s]?.count ?? 0)];
  };
  const sharesOf = (id: string) => {
    const o = result.outcomes[id]!;
    return [o.share, ...segments.map((s) => o.bySegment[s]?.share ?? 0)];
  };
  const noneCounts = scopeCustomers.map((n, i) => n - outcomeIds.reduce((sum, id) => sum + countsOf(id)[i]!, 0));
  const noneShares = noneCounts.map((c, i) => (scopeCustomers[i]! > 0 ? c / scopeCustomers[i]! : 0));
  const bar = (name: string, data: number[], colour: string): BarSeriesOption => ({
    type: 'bar',
    name,
    stack: 'outcomes',
    data,
    itemStyle: { color: colour },
    emphasis: { focus: 'series' },
    tooltip: { valueFormatter: percentValue },
  });
  const colours = outcomeColours(outcomeIds.map((id) => ({ id, result: result.outcomes[id]!.result })));
  const series = outcomeIds.map((id) => bar(names.node(id), sharesOf(id), colours[id]!));
  if (noneCounts.some((c) => c > 0)) series.push(bar(NO_OUTCOME, noneShares, NO_OUTCOME_COLOUR));
  const title = 'Outcomes by segment';
  const table: TableModel = {
    columns: [textColumn('outcome', 'Outcome'), textColumn('result', 'Result'), ...categories.map((c, i) => numberColumn(i === 0 ? 'all' : segments[i - 1]!, c))],
    rows: [
      ...outcomeIds.map((id) => ({
        key: id,
        cells: [names.node(id), result.outcomes[id]!.result, ...sharesOf(id).map((s, i) => `${formatPercent(s)} (${formatCount(countsOf(id)[i]!)})`)],
        values: [names.node(id), result.outcomes[id]!.result, ...sharesOf(id)],
      })),
      {
        key: '#none',
        cells: [NO_OUTCOME, '', ...noneShares.map((s, i) => `${formatPercent(s)} (${formatCount(noneCounts[i]!)})`)],
        values: [NO_OUTCOME, null, ...noneShares],
      },
    ],
  };
  return {
    title,
    option: {
      ...base(title),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', top: 24 },
      xAxis: { type: 'value', max: 1, axisLabel: { formatter: percentAxis } },
      yAxis: { type: 'category', data: categories, inverse: true },
      series,
    },
    table,
    rowColours: { ...colours, '#none': NO_OUTCOME_COLOUR },
  };
}

/**
 * Time from entering to reaching an outcome: mean and quantiles (ms) with p50 / p90 lines.
 * `simulation/1` keeps quantiles, not the histogram, so this is no distribution plot.
 */
export function timeToOutcomeChart(result: SimulationResult): ChartModel {
  const t = result.timeToOutcome;
  const points: [string, number | null][] = [
    ['Mean', t.meanMs],
    ['Median (p50)', t.p50Ms],
    ['p90', t.p90Ms],
    ['p99', t.p99Ms],
  ];
  const title = 'Time to outcome';
  const marks = [
    ['p50', t.p50Ms],
    ['p90', t.p90Ms],
  ].filter((m): m is [string, number] => m[1] !== null);
  const series: BarSeriesOption = {
    type: 'bar',
    name: title,
    data: points.map(([, v]) => v),
    tooltip: { valueFormatter: durationValue },
    markLine: { symbol: 'none', label: { formatter: '{b}' }, data: marks.map(([name, v]) => ({ name, yAxis: v })) },
  };
  return {
    title,
    option: {
      ...base(title),
      ...(t.count === 0 ? { title: { text: title, subtext: 'No customer reached an outcome', left: 'center' } } : {}),
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map(([name]) => name) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatDuration(v) } },
      series: [series],
    },
    table: {
      columns: [textColumn('measure', 'Measure'), numberColumn('value', 'Value')],
      rows: [
        { key: 'count', cells: ['Customers reaching an outcome', `${formatCount(t.count)} (${formatPercent(result.customers > 0 ? t.count / result.customers : 0)})`], values: ['count', t.count] },
        ...points.map(([name, v]) => ({ key: name, cells: [name, formatDuration(v)], values: [name, v] })),
      ],
    },
  };
}

/** Mean emotion (−2…+2) by stage, for all customers and each segment. */
export function emotionByStageChart(journey: Journey, result: SimulationResult, cohort?: Cohort): ChartModel {
  const names = journeyLabels(journey, cohort);
  const stages = (journey.stages ?? []).map((s) => s.id).filter((id) => id in result.emotion.byStage);
  const segments = Object.keys(result.segments);
  const line = (name: string, data: (number | null)[], dashed: boolean): LineSeriesOption => ({
    type: 'line',
    name,
    data,
    connectNulls: false,
    symbolSize: 6,
    lineStyle: dashed ? { type: 'dashed' } : { width: 3 },
    tooltip: { valueFormatter: (v: unknown) => (typeof v === 'number' ? formatEmotion(v) : '–') },
  });
  const all = stages.map((s) => result.emotion.byStage[s]!.mean);
  const bySegment = segments.map((g) => stages.map((s) => result.emotion.byStage[s]!.bySegment[g] ?? null));
  const title = 'Emotion by stage';
  return {
    title,
    option: {
      ...base(title),
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 24 },
      xAxis: { type: 'category', data: stages.map(names.stage) },
      yAxis: { type: 'value', min: -2, max: 2, interval: 1 },
      series: [line(ALL_CUSTOMERS, all, false), ...segments.map((g, i) => line(names.segment(g), bySegment[i]!, true))],
    },
    table: {
      columns: [textColumn('stage', 'Stage'), numberColumn('all', ALL_CUSTOMERS), ...segments.map((g) => numberColumn(g, names.segment(g)))],
      rows: stages.map((s, i) => {
        const values = [all[i]!, ...bySegment.map((b) => b[i]!)];
        return { key: s, cells: [names.stage(s), ...values.map(formatEmotion)], values: [names.stage(s), ...values] };
      }),
    },
  };
}

/** Team utilisation (busy time / staff time), with hours, cost, customers served and tasks in the table. */
export function teamLoadChart(journey: Journey, result: SimulationResult, currency: string = DEFAULT_CURRENCY): ChartModel {
  const names = journeyLabels(journey);
  const teams = Object.keys(result.teams);
  const title = 'Team utilisation';
  return {
    title,
    option: {
      ...base(title),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: teams.map(names.team) },
      yAxis: { type: 'value', max: 1, axisLabel: { formatter: percentAxis } },
      series: [{ type: 'bar', name: 'Utilisation', data: teams.map((t) => result.teams[t]!.utilization), tooltip: { valueFormatter: percentValue } }],
    },
    table: {
      columns: [textColumn('team', 'Team'), numberColumn('staff', 'Staff'), numberColumn('utilization', 'Utilisation'), numberColumn('busyHours', 'Busy hours'), numberColumn('served', 'Served'), numberColumn('tasks', 'Tasks'), numberColumn('cost', 'Cost')],
      rows: teams.map((t) => {
        const x = result.teams[t]!;
        return {
          key: t,
          cells: [names.team(t), formatCount(x.staff), formatPercent(x.utilization), x.busyHours.toFixed(1), formatCount(x.served), formatCount(x.tasks), formatCurrency(x.cost, currency)],
          values: [names.team(t), x.staff, x.utilization, x.busyHours, x.served, x.tasks, x.cost],
        };
      }),
    },
  };
}

/** Waits in the staff queues of the nodes with work: mean and p90 (ms), and who gave up there. */
export function queueWaitChart(journey: Journey, result: SimulationResult): ChartModel {
  const names = journeyLabels(journey);
  const team = new Map(journey.nodes.map((n) => [n.id, n.work?.team]));
  const queues = Object.keys(result.nodes).filter((id) => result.nodes[id]!.queue !== null);
  const bar = (name: string, data: (number | null)[]): BarSeriesOption => ({ type: 'bar', name, data, tooltip: { valueFormatter: durationValue } });
  const title = 'Queue waits';
  return {
    title,
    option: {
      ...base(title),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 24 },
      xAxis: { type: 'category', data: queues.map(names.node) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatDuration(v) } },
      series: [bar('Mean wait', queues.map((id) => result.nodes[id]!.queue!.meanWaitMs)), bar('p90 wait', queues.map((id) => result.nodes[id]!.queue!.p90WaitMs))],
    },
    table: {
      columns: [textColumn('node', 'Step'), textColumn('team', 'Team'), numberColumn('served', 'Served'), numberColumn('abandoned', 'Gave up'), numberColumn('mean', 'Mean wait'), numberColumn('p90', 'p90 wait'), numberColumn('max', 'Longest wait')],
      rows: queues.map((id) => {
        const n = result.nodes[id]!;
        const q = n.queue!;
        const teamId = team.get(id) ?? '';
        return {
          key: id,
          cells: [names.node(id), names.team(teamId), formatCount(q.served), formatCount(n.abandoned), formatDuration(q.meanWaitMs), formatDuration(q.p90WaitMs), formatDuration(q.maxWaitMs)],
          values: [names.node(id), teamId, q.served, n.abandoned, q.meanWaitMs, q.p90WaitMs, q.maxWaitMs],
        };
      }),
    },
  };
}

/** Cost to serve against value, per customer: all customers and each segment ("optimal, not maximal"). */
export function economicsChart(result: SimulationResult, cohort?: Cohort, currency: string = DEFAULT_CURRENCY): ChartModel {
  const money = (v: number) => formatCurrency(v, currency);
  const moneyValue = (v: unknown) => (typeof v === 'number' ? money(v) : '–');
  const segmentName = (id: string) => cohort?.segments.find((s) => s.id === id)?.name ?? id;
  const segments = Object.keys(result.segments);
  const e = result.economics;
  const scopes = [{ key: 'all', name: ALL_CUSTOMERS, customers: result.customers, cost: e.costPerCustomer, value: e.valuePerCustomer }].concat(
    segments.map((g) => ({ key: g, name: segmentName(g), customers: result.segments[g]!.customers, cost: e.bySegment[g]?.costPerCustomer ?? 0, value: e.bySegment[g]?.valuePerCustomer ?? 0 })),
  );
  const bar = (name: string, data: number[], colour: string): BarSeriesOption => ({ type: 'bar', name, data, itemStyle: { color: colour }, tooltip: { valueFormatter: moneyValue } });
  const title = 'Cost to serve and value per customer';
  return {
    title,
    option: {
      ...base(title),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 24 },
      xAxis: { type: 'category', data: scopes.map((s) => s.name) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => money(v) } },
      series: [bar('Cost to serve', scopes.map((s) => s.cost), COST_COLOUR), bar('Value', scopes.map((s) => s.value), RESULT_COLOURS.success!)],
    },
    table: {
      columns: [textColumn('segment', 'Customers'), numberColumn('customers', 'Count'), numberColumn('cost', 'Cost / customer'), numberColumn('value', 'Value / customer'), numberColumn('net', 'Net / customer')],
      rows: scopes.map((s) => ({
        key: s.key,
        cells: [s.name, formatCount(s.customers), money(s.cost), money(s.value), money(s.value - s.cost)],
        values: [s.name, s.customers, s.cost, s.value, s.value - s.cost],
      })),
    },
  };
}
