import { memo } from 'react';
import { Chip, NodeCard, type NodeOfKind, type NodeViewProps } from '../NodeCard';
import { shortMoney } from '../viewFormat';
import { CurrencySign } from '../../src/settings/CurrencySign';

/** An outcome: its result (coloured) and value. */
export const OutcomeView = memo(function OutcomeView(props: NodeViewProps<NodeOfKind<'outcome'>>) {
  const { node } = props;
  return (
    <NodeCard
      {...props}
      className={`jn-result-${node.result}`}
      chips={
        <>
          <Chip tone={`result-${node.result}`} title={`The journey ends: ${node.result}`}>
            {node.result}
          </Chip>
          {node.value !== undefined ? <Chip title="Value of this outcome"><CurrencySign />{shortMoney(node.value)}</Chip> : null}
        </>
      }
    />
  );
});

/** The view the canvas finds in this folder (nodes/views.ts). */
export default OutcomeView;
