import type { CanvasHighlights } from '../model/compareModel';

const TONES = ['changed', 'added', 'removed'] as const;

/** What differs from A to B, by kind, with the colours the canvas uses for them (the legend). */
export function CompareChanges({ highlights, nodeLabels }: { highlights: CanvasHighlights; nodeLabels: Record<string, string> }) {
  const total = TONES.reduce((n, t) => n + highlights.nodes[t].size + highlights.edges[t].size, 0);
  return (
    <section className="cp-changes" data-testid="compare-changes" aria-label="Changes from A to B">
      <h4 className="cp-title">Changes from A to B</h4>
      {total === 0 && highlights.fields.length === 0 && <p className="rp-hint">No changes: the same journey.</p>}
      <ul className="cp-legend">
        {TONES.map((tone) => {
          const nodes = [...highlights.nodes[tone]];
          const edges = highlights.edges[tone].size;
          return (
            <li key={tone} data-testid={`compare-${tone}`} data-count={nodes.length + edges}>
              <span className={`cp-swatch cp-tone-${tone}`} aria-hidden="true" />
              <strong>{tone}</strong>
              <span className="rp-muted">
                {' '}
                {nodes.length} node{nodes.length === 1 ? '' : 's'}, {edges} edge{edges === 1 ? '' : 's'}
              </span>
              {nodes.length > 0 && <span className="cp-names">{nodes.map((id) => nodeLabels[id] ?? id).join(', ')}</span>}
            </li>
          );
        })}
        {highlights.fields.length > 0 && (
          <li>
            <span className="cp-swatch cp-tone-fields" aria-hidden="true" />
            <strong>journey</strong> <span className="rp-muted">{highlights.fields.join(', ')}</span>
          </li>
        )}
      </ul>
    </section>
  );
}
