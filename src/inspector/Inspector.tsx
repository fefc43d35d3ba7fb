import { useCallback, useEffect, useMemo, type JSX } from 'react';
import './inspector.css';
import { nodeKind } from '../../nodes/registry';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { ExprScope } from '../../runtime/expr';
import type { Journey } from '../../runtime/model/journey';
import type { Selection } from '../canvas/selection';
import { triggerLabel } from '../canvas/triggerLabel';
import { EdgeForm } from './EdgeForm';
import { elementDiagnostics } from './fieldDiagnostics';
import { CommitProbeContext, type CommitProbe } from './fields/commitProbe';
import { JourneyForm } from './JourneyForm';
import { NodeForm } from './NodeForm';
import { TeamEditor } from './team/TeamEditor';
import { closeTeamEditor, openTeamEditor, useTeamEditor } from './team/teamEditorStore';
import { useDocumentDiagnostics } from './useDocumentDiagnostics';
import { Icon } from '../shell/icons';

export interface InspectorProps {
  journey: Journey;
  selection: Selection;
  diagnostics: Diagnostic[];
  /** Every committed change: the next whole document and its history label ("Set label of visit"). */
  onEdit(next: Journey, label: string): void;
  /** Optional: lets the inspector rename a node and keep it selected. */
  onSelectionChange?(s: Selection): void;
  /** Optional: select a node or an edge the inspector points to (where a team is used); else onSelectionChange. */
  onReveal?(s: Selection): void;
  /** The journey's file: a team editor opened for it (by a command) shows here. */
  docId?: string;
}

/**
 * The form of what is selected: a node (its kind's schema), an edge, or the journey itself when
 * nothing is. Shows the document's diagnostics under the fields they are about.
 */
export function Inspector({ journey, selection: given, diagnostics, onEdit: edit, onSelectionChange, onReveal, docId = '' }: InspectorProps): JSX.Element {
  // Every edit is counted, so a field can tell a commit its form refused (CommitProbeContext).
  const probe = useMemo<CommitProbe>(() => ({ edits: 0 }), []);
  const onEdit = useCallback(
    (next: Journey, label: string) => {
      probe.edits++;
      edit(next, label);
    },
    [probe, edit],
  );
  const all = useDocumentDiagnostics(journey, diagnostics);
  // Ids the document no longer has (deleted, undone) are not selected.
  const selection = useMemo(() => liveSelection(journey, given), [journey, given]);
  const scope = useMemo<ExprScope>(() => ({ customer: journey.customer ?? {}, vars: journey.vars ?? {} }), [journey.customer, journey.vars]);
  const count = selection.nodes.length + selection.edges.length;
  const nodeIndex = selection.nodes.length === 1 && selection.edges.length === 0 ? journey.nodes.findIndex((n) => n.id === selection.nodes[0]) : -1;
  const edgeIndex = selection.edges.length === 1 && selection.nodes.length === 0 ? journey.edges.findIndex((e) => e.id === selection.edges[0]) : -1;
  // A team opened from the Teams section or a command, shown while nothing is selected.
  const open = useTeamEditor((s) => (s.open?.docId === docId ? s.open : null));
  const teamIndex = count === 0 && open?.team ? (journey.teams ?? []).findIndex((t) => t.id === open.team) : -1;
  const selected = count > 0;
  useEffect(() => {
    // Selecting something leaves the team: deselecting then shows the journey, as always.
    if (selected) closeTeamEditor();
  }, [selected]);
  const reveal = onReveal ?? onSelectionChange;

  let head: JSX.Element;
  let body: JSX.Element;
  if (nodeIndex >= 0) {
    const node = journey.nodes[nodeIndex]!;
    const d = nodeKind(node.kind);
    head = (
      <Header icon={d?.icon ?? 'unknown'} kind={node.kind} title={node.label || node.id} subtitle={`${d?.title ?? node.kind} · ${node.id}`} description={d?.description} />
    );
    body = (
      <NodeForm
        key={node.id}
        journey={journey}
        node={node}
        scope={scope}
        diagnostics={elementDiagnostics(all, ['nodes', nodeIndex])}
        onEdit={onEdit}
        {...(onSelectionChange ? { onRenamed: (id: string) => onSelectionChange({ nodes: [id], edges: [] }) } : {})}
      />
    );
  } else if (edgeIndex >= 0) {
    const edge = journey.edges[edgeIndex]!;
    const label = triggerLabel(edge);
    head = <Header icon="edge" kind="edge" title={`${edge.from} → ${edge.to}`} subtitle={`Edge · ${edge.id} · ${label.text}`} />;
    body = <EdgeForm key={edge.id} journey={journey} edge={edge} scope={scope} diagnostics={elementDiagnostics(all, ['edges', edgeIndex])} onEdit={onEdit} />;
  } else if (teamIndex >= 0) {
    const team = journey.teams![teamIndex]!;
    head = <Header icon="team" kind="team" title={team.name || team.id} subtitle={`Team · ${team.id} · ${team.schedule ? 'works a schedule' : `${team.staff} staff around the clock`}`} />;
    body = (
      <TeamEditor
        key={team.id}
        journey={journey}
        team={team}
        diagnostics={elementDiagnostics(all, ['teams', teamIndex])}
        onEdit={onEdit}
        onBack={() => openTeamEditor(docId, null)}
        onRenamed={(id) => openTeamEditor(docId, id)}
        onReveal={reveal}
      />
    );
  } else if (count === 0) {
    head = <Header icon="journey" kind="journey" title={journey.name || journey.id} subtitle={`Journey · ${journey.nodes.length} nodes · ${journey.edges.length} edges`} />;
    body = (
      <JourneyForm
        journey={journey}
        diagnostics={elementDiagnostics(all, [])}
        onEdit={onEdit}
        onOpenTeam={(id) => openTeamEditor(docId, id)}
        revealTeams={open && open.team === null ? open.seq : undefined}
        onReveal={reveal}
      />
    );
  } else {
    head = <Header icon="multiple" kind="multiple" title={`${count} elements selected`} subtitle={[selection.nodes.length ? `${selection.nodes.length} nodes` : '', selection.edges.length ? `${selection.edges.length} edges` : ''].filter(Boolean).join(' · ')} />;
    body = <MultiSummary journey={journey} selection={selection} diagnostics={all} />;
  }
  return (
    <div className="ji-root" data-testid="inspector">
      {head}
      <CommitProbeContext.Provider value={probe}>
        <div className="ji-body">{body}</div>
      </CommitProbeContext.Provider>
    </div>
  );
}

function liveSelection(journey: Journey, s: Selection): Selection {
  const nodes = new Set(journey.nodes.map((n) => n.id));
  const edges = new Set(journey.edges.map((e) => e.id));
  return { nodes: s.nodes.filter((id) => nodes.has(id)), edges: s.edges.filter((id) => edges.has(id)) };
}

function Header({ icon, kind, title, subtitle, description }: { icon: string; kind: string; title: string; subtitle: string; description?: string | undefined }) {
  return (
    <header className={`ji-header jn-kind-${kind}`} title={description}>
      <span className="ji-header-icon" aria-hidden="true">
        <Icon name={icon} size={18} />
      </span>
      <div className="ji-header-text">
        <div className="ji-header-title">{title}</div>
        <div className="ji-header-sub">{subtitle}</div>
      </div>
    </header>
  );
}

const MAX_LISTED = 40;

/** Several elements: what they are and their problems (edits apply to one element at a time). */
function MultiSummary({ journey, selection, diagnostics }: { journey: Journey; selection: Selection; diagnostics: Diagnostic[] }) {
  const nodes = new Set(selection.nodes);
  const edges = new Set(selection.edges);
  const problems = diagnostics.filter((d) => (d.nodeId !== undefined && nodes.has(d.nodeId)) || (d.edgeId !== undefined && edges.has(d.edgeId)));
  const selectedNodes = journey.nodes.filter((n) => nodes.has(n.id));
  const selectedEdges = journey.edges.filter((e) => edges.has(e.id));
  const more = selectedNodes.length + selectedEdges.length - MAX_LISTED;
  return (
    <div className="ji-form">
      <ul className="ji-multi">
        {selectedNodes.slice(0, MAX_LISTED).map((n) => (
            <li key={n.id} className={`jn-kind-${n.kind}`}>
              <span className="ji-multi-icon"><Icon name={nodeKind(n.kind)?.icon ?? 'unknown'} size={12} /></span> {n.label || n.id}
            </li>
          ))}
        {selectedEdges.slice(0, Math.max(0, MAX_LISTED - selectedNodes.length)).map((e) => (
          <li key={e.id}>
            <span className="ji-multi-icon"><Icon name="edge" size={12} /></span> {e.from} → {e.to} <code>{triggerLabel(e).text}</code>
          </li>
        ))}
        {more > 0 ? <li className="ji-hint">and {more} more</li> : null}
      </ul>
      <p className="ji-hint">{problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'} in the selection.` : 'No problems in the selection.'} Select one element to edit it.</p>
    </div>
  );
}
