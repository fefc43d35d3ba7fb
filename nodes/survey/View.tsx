import { memo } from 'react';
import { Chip, NodeCard, type NodeOfKind, type NodeViewProps } from '../NodeCard';

/** A survey: its metric and how many questions it asks. */
export const SurveyView = memo(function SurveyView(props: NodeViewProps<NodeOfKind<'survey'>>) {
  const { node } = props;
  const n = node.questions.length;
  return (
    <NodeCard
      {...props}
      chips={
        <>
          <Chip tone="accent" title={`Measures ${node.metric.toUpperCase()}`}>
            {node.metric.toUpperCase()}
          </Chip>
          <Chip title={node.questions.join('\n')} tone={n < 2 || n > 5 ? 'warning' : undefined}>
            {n} q · {Math.round(node.responseRate * 100)}%
          </Chip>
        </>
      }
    />
  );
});

/** The view the canvas finds in this folder (nodes/views.ts). */
export default SurveyView;
