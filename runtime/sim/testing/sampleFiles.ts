// The sample journeys of the repository (samples/*.journey.json) with their cohorts, for tests
// (through Vite's import.meta.glob, so no file system API is needed).
import { cohortSchema, type Cohort } from '../../model/cohort';
import { journeySchema, type Journey } from '../../model/journey';

const journeys = import.meta.glob('/samples/*.journey.json', { eager: true, import: 'default' }) as Record<string, unknown>;
const cohorts = import.meta.glob('/samples/*.cohort.json', { eager: true, import: 'default' }) as Record<string, unknown>;

export interface Sample {
  name: string;
  journey: Journey;
  cohort: Cohort;
}

export function loadSamples(): Sample[] {
  return Object.keys(journeys)
    .sort()
    .map((path) => {
      const journey = journeySchema.parse(journeys[path]);
      const cohortPath = `/samples/${journey.cohort}`;
      if (journey.cohort === undefined || !(cohortPath in cohorts)) throw new Error(`sample ${path}: its cohort '${journey.cohort}' is not in samples/`);
      return { name: path.replace(/^\/samples\/|\.journey\.json$/g, ''), journey, cohort: cohortSchema.parse(cohorts[cohortPath]) };
    });
}
