import { memo } from 'react';
import { Chip, NodeCard, type NodeOfKind, type NodeViewProps } from '../NodeCard';

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** An experiment: its variants with their share of the customers and, after a run, the goal share of each. */
export const SplitView = memo(function SplitView(props: NodeViewProps<NodeOfKind<'split'>>) {
  const { node, overlay } = props;
  const total = node.variants.reduce((a, v) => a + (v.weight > 0 ? v.weight : 0), 0);
  const goal = node.goal ?? 'success';
  return (
    <NodeCard
      {...props}
      chips={
        <>
          {node.variants.map((v) => {
            const share = total > 0 && v.weight > 0 ? v.weight / total : 0;
            const run = overlay?.variants?.[v.id];
            const title = `Variant ${v.id}${v.holdout ? ' (holdout: gets nothing)' : ''}: weight ${v.weight}, ${percent(share)} of the customers${run ? `; ${run.customers.toLocaleString('en')} customers in the run, ${percent(run.goalShare)} reached ${goal}` : ''}`;
            return (
              <Chip key={v.id} tone={v.holdout ? undefined : 'accent'} title={title}>
                <span data-variant={v.id}>
                  {v.id}{v.holdout ? ' ∅' : ''} {percent(share)}
                  {run ? <span className="jn-chip-dim"> → {percent(run.goalShare)}</span> : null}
                </span>
              </Chip>
            );
          })}
        </>
      }
    />
  );
});

/** The view the canvas finds in this folder (nodes/views.ts). */
export default SplitView;
