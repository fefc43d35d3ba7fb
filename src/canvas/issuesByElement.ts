import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { NodeIssues } from '../../nodes/NodeCard';
import { plainMessage } from '../../runtime/diagnostics/plainMessage';

/** Issues of one element, with a key that changes whenever what the badge shows changes. */
export interface ElementIssues extends NodeIssues {
  key: string;
}

export interface IssuesByElement {
  nodes: Map<string, ElementIssues>;
  edges: Map<string, ElementIssues>;
}

/**
 * The errors and warnings of each node and edge (info diagnostics are not badged), in plain words:
 * nodes named by their labels in `doc`, the document as it is drawn (so a rename shows at once).
 */
export function issuesByElement(diagnostics: readonly Diagnostic[], doc?: unknown): IssuesByElement {
  const nodes = new Map<string, ElementIssues>();
  const edges = new Map<string, ElementIssues>();
  const add = (map: Map<string, ElementIssues>, id: string, d: Diagnostic) => {
    const issues = map.get(id) ?? { errors: 0, warnings: 0, messages: [], key: '' };
    const text = `${d.code} ${doc === undefined ? d.message : plainMessage(d, doc)}`;
    if (d.severity === 'error') {
      issues.errors++;
      issues.messages.unshift(text);
    } else {
      issues.warnings++;
      issues.messages.push(text);
    }
    map.set(id, issues);
  };
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    if (d.edgeId !== undefined) add(edges, d.edgeId, d);
    if (d.nodeId !== undefined && d.edgeId === undefined) add(nodes, d.nodeId, d);
  }
  for (const map of [nodes, edges]) for (const issues of map.values()) issues.key = `${issues.errors}|${issues.warnings}|${issues.messages.join('\n')}`;
  return { nodes, edges };
}
