// Time to outcome as a distribution: the result's log histogram (buckets 6.25% wide) gathered into
// at most ~24 bins of whole durations, with the median and p90 marked.
import type { BarSeriesOption } from 'echarts';
import type { SimulationResult } from '../../../runtime/sim';
import type { ChartModel } from '../model/chartOptions';
import { formatCount, formatDuration, formatPercent } from '../model/formatNumbers';
import { numberColumn, textColumn } from '../model/tableModel';

export interface TimeBin {
  fromMs: number;
  toMs: number;
  count: number;
}

const MAX_BINS = 24;

/** The histogram's buckets gathered into at most MAX_BINS bins of equal width on a log scale (a bucket goes to the bin of its middle). */
export function timeBins(buckets: readonly TimeBin[], maxBins = MAX_BINS): TimeBin[] {
  const used = buckets.filter((b) => b.count > 0);
  if (used.length <= maxBins) return used.map((b) => ({ ...b }));
  const lo = Math.max(1, used[0]!.fromMs);
  const hi = Math.max(lo * 1.0001, used[used.length - 1]!.toMs);
  const step = Math.log(hi / lo) / maxBins;
  const bins: TimeBin[] = Array.from({ length: maxBins }, (_, i) => ({ fromMs: Math.round(lo * Math.exp(step * i)), toMs: Math.round(lo * Math.exp(step * (i + 1))), count: 0 }));
  for (const b of used) {
    const mid = Math.sqrt(Math.max(1, b.fromMs) * Math.max(1, b.toMs));
    const i = Math.min(maxBins - 1, Math.max(0, Math.floor(Math.log(mid / lo) / step)));
    bins[i]!.count += b.count;
  }
  const first = bins.findIndex((b) => b.count > 0);
  let last = bins.length - 1;
  while (last > first && bins[last]!.count === 0) last--;
  return bins.slice(first, last + 1);
}

const binLabel = (b: TimeBin) => `${formatDuration(b.fromMs)}–${formatDuration(b.toMs)}`;

/** Time to outcome (histogram with p50 and p90 lines); undefined when the result has no histogram. */
export function timeToOutcomeHistogram(result: SimulationResult): ChartModel | undefined {
  const t = result.timeToOutcome;
  const buckets = (t as { histogram?: TimeBin[] }).histogram;
  if (!buckets || buckets.length === 0 || t.count === 0) return undefined;
  const bins = timeBins(buckets);
  const total = bins.reduce((n, b) => n + b.count, 0);
  const title = 'Time to outcome';
  const binOf = (ms: number | null) => (ms === null ? -1 : bins.findIndex((b, i) => ms < b.toMs || i === bins.length - 1));
  const marks = (
    [
      ['p50', t.p50Ms],
      ['p90', t.p90Ms],
    ] as const
  )
    .map(([name, ms]) => ({ name: `${name} ${formatDuration(ms)}`, at: binOf(ms) }))
    .filter((m) => m.at >= 0)
    // Quantiles in the same bin share one line (and one label).
    .reduce<{ name: string; at: number }[]>((out, m) => {
      const same = out.find((x) => x.at === m.at);
      if (same) same.name = `${same.name} · ${m.name}`;
      else out.push({ ...m });
      return out;
    }, []);
  const series: BarSeriesOption = {
    type: 'bar',
    name: 'Customers',
    data: bins.map((b) => b.count),
    barCategoryGap: '8%',
    itemStyle: { color: '#5c9ce6' },
    tooltip: { valueFormatter: (v: unknown) => (typeof v === 'number' ? `${formatCount(v)} (${formatPercent(total > 0 ? v / total : 0)})` : '–') },
    markLine: {
      symbol: 'none',
      lineStyle: { type: 'dashed', color: '#d9a520' },
      label: { formatter: '{b}', position: 'insideEndTop', fontSize: 11 },
      data: marks.map((m) => ({ name: m.name, xAxis: m.at })),
    },
  };
  let cumulative = 0;
  return {
    title,
    option: {
      title: { text: title, subtext: `${formatCount(t.count)} customers reached an outcome · median ${formatDuration(t.p50Ms)} · p90 ${formatDuration(t.p90Ms)} · mean ${formatDuration(t.meanMs)}`, left: 'center' },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { containLabel: true },
      xAxis: { type: 'category', data: bins.map((b) => formatDuration(b.fromMs)), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatCount(v) } },
      series: [series],
    },
    table: {
      columns: [textColumn('bin', 'Time to outcome'), numberColumn('count', 'Customers'), numberColumn('share', 'Share'), numberColumn('cumulative', 'Cumulative')],
      rows: bins.flatMap((b) => {
        cumulative += b.count;
        const share = total > 0 ? b.count / total : 0;
        const cum = total > 0 ? cumulative / total : 0;
        return b.count === 0 ? [] : [{ key: String(b.fromMs), cells: [binLabel(b), formatCount(b.count), formatPercent(share), formatPercent(cum)], values: [binLabel(b), b.count, share, cum] }];
      }),
    },
  };
}
