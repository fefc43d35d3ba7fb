import { useEffect, useRef } from 'react';
import type { EChartsOption } from 'echarts';
import type { ECElementEvent, ECharts } from 'echarts/core';
import { useUi } from '../../state/uiStore';
import { loadEcharts } from './loadEcharts';
import { queueChartWork } from './chartQueue';
import { writeChartFacts } from './chartFacts';

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', system-ui, Ubuntu, sans-serif";

/** The workbench's look on every chart: transparent over the panel, its font. */
function themed(option: EChartsOption): EChartsOption {
  return { backgroundColor: 'transparent', textStyle: { fontFamily: FONT }, ...option };
}

/**
 * One echarts chart: loads echarts lazily, creates the instance in a task of its own, follows the
 * workbench's dark/light theme (a new instance), resizes with its box, and disposes on unmount.
 * `onClick` gets echarts' click events (a bar, an axis label with `triggerEvent`).
 */
export function EChart({ option, label, onClick }: { option: EChartsOption; label: string; onClick?: (params: ECElementEvent) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  const click = useRef(onClick);
  click.current = onClick;
  const theme = useUi((s) => s.theme);

  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(themed(option), true);
    if (chart.current && box.current) writeChartFacts(box.current, chart.current);
  }, [option]);

  useEffect(() => {
    let alive = true;
    let instance: ECharts | undefined;
    let observer: ResizeObserver | undefined;
    let frame = 0;
    let unqueue = () => {};
    void loadEcharts().then(({ init }) => {
      if (!alive) return;
      unqueue = queueChartWork(() => {
        const el = box.current;
        if (!alive || !el) return;
        instance = init(el, theme === 'dark' ? 'dark' : undefined, { renderer: 'canvas' });
        instance.setOption(themed(latest.current));
        writeChartFacts(el, instance);
        instance.on('click', (params) => click.current?.(params));
        chart.current = instance;
        if (typeof ResizeObserver === 'function') {
          observer = new ResizeObserver(() => {
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(() => instance?.resize());
          });
          observer.observe(el);
        }
      });
    });
    return () => {
      alive = false;
      unqueue();
      cancelAnimationFrame(frame);
      observer?.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, [theme]);

  return <div className="sp-chart" ref={box} role="img" aria-label={label} data-testid="result-chart" />;
}
