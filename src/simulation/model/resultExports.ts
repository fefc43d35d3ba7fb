// A run as files people take away: CSV (long format, one figure a line, RFC 4180) for spreadsheets
// and BI tools, Markdown for a readable report. Against formula injection (as OWASP advises), a CSV
// text cell that begins with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, so a spreadsheet
// shows it as text and never runs it; numbers (-3) stay numbers.
import type { Cohort } from '../../../runtime/model/cohort';
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { economicsChart, emotionByStageChart, outcomesBySegmentChart, teamLoadChart } from './chartOptions';
import { dropOffSections } from './dropOffSections';
import { formatCount, formatDuration, formatPercent } from './formatNumbers';
import { DEFAULT_CURRENCY, formatCurrency } from '../../settings/currency';
import { markdownCell, tableToMarkdown } from './tableModel';
import { runLabel } from './runLabel';
import { serviceLevelChart, teamServiceRows } from './teamCharts';
import { abandonLimitText, serviceLevelTargetText } from './teamTargets';

export const CSV_HEADER = ['section', 'key', 'segment', 'metric', 'value'] as const;

type CsvValue = string | number | boolean | null;

/** One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF (quotes doubled); text that a spreadsheet would read as a formula gets a leading `'`. */
export function csvField(value: CsvValue): string {
  const text = value === null ? '' : typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The result in long format: `section,key,segment,metric,value`, CRLF line ends, empty values for null. */
export function resultToCsv(result: SimulationResult): string {
  const lines: string[] = [CSV_HEADER.join(',')];
  const row = (section: string, key: string, segment: string, metric: string, value: CsvValue) =>
    lines.push([section, key, segment, metric, value].map(csvField).join(','));
  const all = (section: string, key: string, values: Record<string, CsvValue>) => {
    for (const [metric, value] of Object.entries(values)) row(section, key, '', metric, value);
  };

  all('run', '', {
    format: result.format,
    journey: result.journey,
    cohort: result.cohort,
    customers: result.customers,
    seed: result.seed,
    engine: result.engine,
    horizonMs: result.horizonMs,
    spanMs: result.spanMs,
    handoffsPerCustomer: result.handoffsPerCustomer,
  });
  for (const [id, o] of Object.entries(result.outcomes)) {
    all('outcomes', id, { result: o.result, count: o.count, share: o.share });
    for (const [g, s] of Object.entries(o.bySegment)) {
      row('outcomes', id, g, 'count', s.count);
      row('outcomes', id, g, 'share', s.share);
    }
  }
  all('terminal', '', result.terminal);
  for (const [g, s] of Object.entries(result.segments)) all('segments', g, s);
  for (const [id, n] of Object.entries(result.nodes)) {
    const { queue, bySegment, ...counts } = n;
    all('nodes', id, counts);
    for (const [g, c] of Object.entries(bySegment)) for (const [metric, value] of Object.entries(c)) row('nodes', id, g, metric, value);
    if (queue) {
      all('nodes', id, {
        queueOffered: queue.offered, queueServed: queue.served, queueAbandoned: queue.abandoned, queueAbandonRate: queue.abandonRate,
        queueMeanWaitMs: queue.meanWaitMs, queueP50WaitMs: queue.p50WaitMs, queueP90WaitMs: queue.p90WaitMs, queueP99WaitMs: queue.p99WaitMs,
        queueMaxWaitMs: queue.maxWaitMs, queueServiceLevel: queue.serviceLevel,
      });
    }
  }
  for (const [id, e] of Object.entries(result.edges)) {
    row('edges', id, '', 'count', e.count);
    for (const [g, count] of Object.entries(e.bySegment)) row('edges', id, g, 'count', count);
  }
  all('events', '', result.events);
  const { histogram, ...timeFigures } = result.timeToOutcome;
  all('timeToOutcome', '', timeFigures);
  for (const bin of histogram) row('timeToOutcome', `${bin.fromMs}-${bin.toMs}`, '', 'count', bin.count);
  for (const [stage, e] of Object.entries(result.emotion.byStage)) {
    row('emotion', stage, '', 'mean', e.mean);
    for (const [g, v] of Object.entries(e.bySegment)) row('emotion', stage, g, 'mean', v);
  }
  for (const [id, t] of Object.entries(result.teams)) {
    const { target, byHourOfWeek, ...figures } = t;
    all('teams', id, { ...figures, targetServiceLevel: target.serviceLevel, targetWithinMs: target.withinMs, targetMaxAbandon: target.maxAbandon });
    for (const [name, hours] of Object.entries(byHourOfWeek)) hours.forEach((v, h) => row('teamsByHourOfWeek', id, String(h), name, v));
  }
  result.arrivals.byHourOfWeek.forEach((v, h) => row('arrivalsByHourOfWeek', '', String(h), 'customers', v));
  const { bySegment, ...economics } = result.economics;
  all('economics', '', economics);
  for (const [g, e] of Object.entries(bySegment)) {
    row('economics', '', g, 'costPerCustomer', e.costPerCustomer);
    row('economics', '', g, 'valuePerCustomer', e.valuePerCustomer);
  }
  return lines.join('\r\n') + '\r\n';
}

/** One line per team with a target: its service level and abandon rate against the target, and whether it met it. */
function teamTargetLines(journey: Journey, result: SimulationResult): string {
  const lines = teamServiceRows(journey, result)
    .filter((r) => r.stats.target.serviceLevel !== null || r.stats.target.maxAbandon !== null)
    .map(({ name, stats: t, status }) => {
      const parts: string[] = [];
      if (t.target.serviceLevel !== null) parts.push(`service level ${t.serviceLevel === null ? '–' : formatPercent(t.serviceLevel)} (target ${serviceLevelTargetText(t.target)})`);
      parts.push(`${t.offered > 0 ? formatPercent(t.abandonRate) : '–'} gave up${t.target.maxAbandon !== null ? ` (at most ${abandonLimitText(t.target)})` : ''}`);
      return `- **${markdownCell(name)}**: ${parts.join(', ')}: ${status === 'met' ? 'targets met' : status === 'missed' ? 'targets missed' : 'nobody offered'}.`;
    });
  return lines.length > 0 ? lines.join('\n') : 'No team sets a service level or a maximum abandon rate.';
}

/** A readable report of the run: outcomes, endings without an outcome, time, teams, economics, drop-off. */
export function resultToMarkdown(journey: Journey, result: SimulationResult, cohort?: Cohort, currency: string = DEFAULT_CURRENCY): string {
  const N = result.customers;
  const share = (n: number) => (N > 0 ? n / N : 0);
  const t = result.timeToOutcome;
  const out: string[] = [];
  out.push(`# ${markdownCell(journey.name)}: simulation`);
  const arrivals = result.arrivals.overMs > 0 ? `arrivals over ${formatDuration(result.arrivals.overMs)}` : 'everyone arrives at t = 0';
  out.push(`${runLabel({ customers: N, seed: result.seed, engine: result.engine })} · horizon ${formatDuration(result.horizonMs)} · cohort \`${result.cohort}\` · ${arrivals}`);

  out.push('## Outcomes', tableToMarkdown(outcomesBySegmentChart(journey, result, cohort).table));

  out.push('## Customers without an outcome');
  out.push(
    tableToMarkdown({
      columns: [
        { key: 'ending', label: 'Ending', align: 'left' },
        { key: 'count', label: 'Customers', align: 'right' },
        { key: 'share', label: 'Share', align: 'right' },
      ],
      rows: (
        [
          ['stalled', 'Stalled (nothing more happens)', result.terminal.stalled],
          ['abandoned', 'Gave up waiting in a queue', result.terminal.abandoned],
          ['inProgress', 'Still inside at the horizon', result.terminal.inProgress],
        ] as const
      ).map(([key, label, n]) => ({ key, cells: [label, formatCount(n), formatPercent(share(n))], values: [label, n, share(n)] })),
    }),
  );

  out.push('## Time to outcome');
  out.push(
    t.count === 0
      ? 'No customer reached an outcome.'
      : `${formatCount(t.count)} customers (${formatPercent(share(t.count))}) reached an outcome: mean ${formatDuration(t.meanMs)}, median ${formatDuration(t.p50Ms)}, p90 ${formatDuration(t.p90Ms)}, p99 ${formatDuration(t.p99Ms)}.`,
  );

  if (Object.keys(result.teams).length > 0) {
    out.push('## Teams', tableToMarkdown(teamLoadChart(journey, result, currency).table));
    out.push('## Service levels and abandonment', tableToMarkdown(serviceLevelChart(journey, result, currency).table));
    out.push(teamTargetLines(journey, result));
  }

  out.push('## Economics', tableToMarkdown(economicsChart(result, cohort, currency).table));
  out.push(`Total cost ${formatCurrency(result.economics.totalCost, currency)} · total value ${formatCurrency(result.economics.totalValue, currency)} · ${result.handoffsPerCustomer.toFixed(2)} handoffs per customer.`);

  const emotion = emotionByStageChart(journey, result, cohort).table;
  if (emotion.rows.length > 0) out.push('## Emotion by stage', tableToMarkdown(emotion));

  out.push(...dropOffSections(journey, result));
  return out.join('\n\n') + '\n';
}
