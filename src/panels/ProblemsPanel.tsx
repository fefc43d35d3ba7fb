import { useState } from 'react';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { CATALOGUE } from '../../runtime/diagnostics/catalogue';
import { plainElement, plainMessage } from '../../runtime/diagnostics/plainMessage';
import { useOpenDocs } from './useOpenDiagnostics';
import { revealProblem } from './revealProblem';
import { ChevronIcon, ErrorIcon, InfoIcon, WarningIcon } from '../shell/icons';
import { presentOf, type DocState } from '../state/documentState';
import './problemsPanel.css';

export function SeverityIcon({ severity, size = 14 }: { severity: Diagnostic['severity']; size?: number }) {
  if (severity === 'error') return <ErrorIcon size={size} aria-label="error" />;
  if (severity === 'warning') return <WarningIcon size={size} aria-label="warning" />;
  return <InfoIcon size={size} aria-label="info" />;
}

/** Every problem of the open documents, grouped by file; a click shows where it is. */
export function ProblemsPanel() {
  const docs = useOpenDocs().filter((d) => d.diagnostics.length > 0);
  const [collapsed, setCollapsed] = useState<Record<string, boolean>>({});
  if (docs.length === 0) return <div className="ws-panel-empty">No problems have been detected in the open files.</div>;
  return (
    <div className="ws-problems" role="tree" data-testid="problems">
      {docs.map((doc) => (
        <ProblemGroup key={doc.id} doc={doc} collapsed={!!collapsed[doc.id]} onToggle={() => setCollapsed({ ...collapsed, [doc.id]: !collapsed[doc.id] })} />
      ))}
    </div>
  );
}

function ProblemGroup({ doc, collapsed, onToggle }: { doc: DocState; collapsed: boolean; onToggle: () => void }) {
  // Named by the document as it is now (the last valid one): a renamed node shows its new label at once.
  const present = presentOf(doc);
  return (
    <div className="ws-problem-group" data-testid="problem-group" data-path={doc.path}>
      <button className="ws-problem-file" aria-expanded={!collapsed} onClick={onToggle}>
        <ChevronIcon open={!collapsed} size={14} />
        <span className="ws-problem-filename">{doc.path}</span>
        {doc.broken && <span className="ws-problem-note">source has errors — the {doc.kind === 'cohort' ? 'cohort editor' : 'canvas'} shows the last valid version</span>}
        <span className="ws-badge">{doc.diagnostics.length}</span>
      </button>
      {!collapsed &&
        doc.diagnostics.map((d, i) => <ProblemRow key={`${d.code}-${i}-${d.start?.line}-${d.start?.column}`} docId={doc.id} d={d} present={present} />)}
    </div>
  );
}

/**
 * One problem: in plain words (what the canvas and inspector say, nodes by their labels), then the
 * JSON-level message the CLI prints and the Source tab marks, the code, the element and the place.
 */
function ProblemRow({ docId, d, present }: { docId: string; d: Diagnostic; present: unknown }) {
  const plain = plainMessage(d, present);
  const element = plainElement(d, present);
  return (
    <button
      className="ws-problem"
      data-testid="problem"
      data-code={d.code}
      data-severity={d.severity}
      data-node={d.nodeId}
      data-edge={d.edgeId}
      title={`${CATALOGUE[d.code]?.title ?? d.code}: ${plain}\n\n${d.message}`}
      onClick={() => revealProblem(docId, d)}
    >
      <SeverityIcon severity={d.severity} />
      <span className="ws-problem-plain">{plain}</span>
      <span className="ws-problem-message">{d.message}</span>
      <span className="ws-problem-code">{d.code}</span>
      {element && <span className="ws-problem-element">{element}</span>}
      <span className="ws-problem-where">
        [Ln {d.start?.line ?? 1}, Col {d.start?.column ?? 1}]
      </span>
    </button>
  );
}
