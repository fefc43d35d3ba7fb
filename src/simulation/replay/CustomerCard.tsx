import type { Cohort } from '../../../runtime/model/cohort';
import type { CustomerTrace } from '../../../runtime/sim';
import { formatDuration } from '../model/formatNumbers';
import { attributeText } from './attributeText';

/** Who the replayed customer is: index, segment, attributes, patience. */
export function CustomerCard({ trace, cohort }: { trace: CustomerTrace; cohort: Cohort }) {
  const segment = cohort.segments.find((s) => s.id === trace.customer.segment);
  const attributes = Object.entries(trace.customer.attributes).filter(([k]) => k !== 'segment');
  return (
    <section className="rp-card rp-replay-customer" data-testid="replay-customer" aria-label="Customer">
      <h4 className="rp-card-title">
        Customer #{trace.index}
        <span className="rp-segment" data-testid="replay-segment" data-segment={trace.customer.segment}>
          {segment?.name ?? trace.customer.segment}
        </span>
      </h4>
      <dl className="rp-facts rp-facts-inline">
        {attributes.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{attributeText(v)}</dd>
          </div>
        ))}
        <div>
          <dt>patience</dt>
          <dd>{trace.customer.patienceMs === null ? 'waits as long as it takes' : formatDuration(trace.customer.patienceMs)}</dd>
        </div>
        <div>
          <dt>run</dt>
          <dd>
            seed {trace.seed} · {trace.cohort}
          </dd>
        </div>
      </dl>
    </section>
  );
}
