import { useRef, type KeyboardEvent } from 'react';
import { commands } from '../../commands/commandRegistry';
import { RESULTS_VIEWS, useResultsView } from './resultsView';

/** The views of the results (charts, where customers leave, funnel by stage) as tabs: click, or ←/→ (Home/End) on them. */
export function ResultsViewTabs() {
  const view = useResultsView((s) => s.view);
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = RESULTS_VIEWS.findIndex((v) => v.view === view);
    const n = RESULTS_VIEWS.length;
    const to = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    commands.execute(RESULTS_VIEWS[to]!.command);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[to]?.focus();
  };
  return (
    <div className="dl-tabs" role="tablist" aria-label="Results" ref={list} onKeyDown={onKeyDown}>
      {RESULTS_VIEWS.map((v) => (
        <button
          key={v.view}
          type="button"
          role="tab"
          id={`results-tab-${v.view}`}
          aria-selected={view === v.view}
          tabIndex={view === v.view ? 0 : -1}
          className={view === v.view ? 'dl-tab ws-active' : 'dl-tab'}
          data-testid={`results-view-${v.view}`}
          onClick={() => commands.execute(v.command)}
        >
          {v.title}
        </button>
      ))}
    </div>
  );
}
