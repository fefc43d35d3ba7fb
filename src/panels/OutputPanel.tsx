import { useEffect, useRef } from 'react';
import { useUi } from '../state/uiStore';

const time = (t: number) => new Date(t).toLocaleTimeString(undefined, { hour12: false });

/** The Output panel: what the workbench did (imports, refusals, saves from other tabs…). */
export function OutputPanel() {
  const lines = useUi((s) => s.output);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [lines.length]);
  if (lines.length === 0) return <div className="ws-panel-empty">Nothing yet.</div>;
  return (
    <div className="ws-output" data-testid="output" role="log">
      {lines.map((l, i) => (
        <div key={i} className={`ws-output-line ws-${l.severity}`} data-testid="output-line">
          <span className="ws-output-time">[{time(l.time)}]</span> {l.severity !== 'info' && <span className="ws-output-level">{l.severity}:</span>} {l.text}
        </div>
      ))}
      <div ref={end} />
    </div>
  );
}
