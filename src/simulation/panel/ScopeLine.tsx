import type { ReactNode } from 'react';
import { formatCount } from '../model/formatNumbers';

/** The line above a results view: its headline, and whom it counts (all customers, or the segment chosen in the Simulation view). */
export function ScopeLine({ customers, segment, segmentName, children }: { customers: number; segment: string | null; segmentName?: string | undefined; children: ReactNode }) {
  return (
    <p className="dl-scope" data-testid="results-scope">
      <span className="dl-scope-head">{children}</span>
      <span className="dl-scope-note">{segment === null ? 'All customers' : `Segment: ${segmentName ?? segment} (${formatCount(customers)} customers; choose another in the Simulation view)`}</span>
    </p>
  );
}
