import { useMemo } from 'react';
import type { Journey } from '../../runtime/model/journey';
import { journeyHash } from './journeyHash';

/** The journey's hash, computed once per version of the document. */
export function useJourneyHash(journey: Journey | undefined): string | undefined {
  return useMemo(() => (journey ? journeyHash(journey) : undefined), [journey]);
}
