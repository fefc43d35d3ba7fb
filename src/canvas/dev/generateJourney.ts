import { journeySchema, type Journey } from '../../../runtime/model/journey';
import { generateLargeJourney } from '../../../runtime/testing/generateLargeJourney';

/** The project's large generated journey, typed, for the canvas harness and canvas tests. */
export function generateJourney(count = 300, stages = 10, positioned = true): Journey {
  return journeySchema.parse(generateLargeJourney(count, { stages, positioned }));
}
