type EchartsModule = typeof import('./echartsSetup');

let loading: Promise<EchartsModule> | undefined;

/** echarts, loaded on first use (never part of the first page load). */
export function loadEcharts(): Promise<EchartsModule> {
  loading ??= import('./echartsSetup').catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
