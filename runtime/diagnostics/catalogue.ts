/**
 * The catalogue of diagnostics: stable codes, their severity and what they are about.
 * Codes never change meaning; new problems get new codes. J0xx are errors, J101–J109 warnings;
 * J110–J119 are the experiment (`split`) rules: errors, but J119 (no holdout), a warning.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface CatalogueEntry {
  severity: Severity;
  title: string;
}

export const CATALOGUE = {
  J001: { severity: 'error', title: 'The file is not valid JSON' },
  J002: { severity: 'error', title: 'Wrong or missing "format"' },
  J003: { severity: 'error', title: 'A field has the wrong shape or is missing' },
  J004: { severity: 'error', title: 'Unknown node kind' },
  J005: { severity: 'error', title: 'The file could not be read' },
  J010: { severity: 'error', title: 'Duplicate id' },
  J011: { severity: 'error', title: 'Reference to an unknown id' },
  J012: { severity: 'error', title: 'Missing start' },
  J013: { severity: 'error', title: 'Unknown start node' },
  J014: { severity: 'error', title: 'Unreachable node' },
  J015: { severity: 'error', title: 'Dead end: a node that is not an outcome has no way out' },
  J016: { severity: 'error', title: 'Decision without a default edge' },
  J017: { severity: 'error', title: 'Decision with an edge that is not a rule' },
  J018: { severity: 'error', title: 'Wait without a timer' },
  J019: { severity: 'error', title: 'Edge out of an outcome' },
  J020: { severity: 'error', title: 'More than one sim for one event of a node' },
  J021: { severity: 'error', title: 'Event probabilities sum above 1' },
  J022: { severity: 'error', title: 'Cohort shares do not sum to 1' },
  J023: { severity: 'error', title: 'Bad duration' },
  J024: { severity: 'error', title: 'Bad distribution' },
  J025: { severity: 'error', title: 'CEL expression error' },
  J026: { severity: 'error', title: 'An edge needs exactly one trigger' },
  J027: { severity: 'error', title: 'Cohort does not describe a declared customer attribute' },
  J028: { severity: 'error', title: 'Unknown segment' },
  J029: { severity: 'error', title: 'Assignment to an undeclared journey variable' },
  J030: { severity: 'error', title: 'Rule edges loop forever' },
  J031: { severity: 'error', title: 'Bad schedule entry' },
  J032: { severity: 'error', title: 'Bad arrival profile' },
  J033: { severity: 'error', title: 'Target outside 0 to 1' },
  J034: { severity: 'error', title: 'Arrivals spread over longer than the horizon' },
  J035: { severity: 'error', title: 'The file is not valid UTF-8' },
  J036: { severity: 'error', title: 'JSON nested too deep' },
  J037: { severity: 'error', title: 'A number too large to hold (it would be Infinity)' },
  J038: { severity: 'error', title: 'A money amount above the largest allowed' },
  J039: { severity: 'error', title: 'A matches() pattern that is not an RE2 regular expression within its limits' },
  J040: { severity: 'error', title: 'More nodes than the simulator can hold' },
  J041: { severity: 'error', title: 'Constant emotion outside -2 to +2' },
  J045: { severity: 'error', title: 'The name "__proto__" cannot be used' },
  J046: { severity: 'error', title: 'Cohort attribute values do not fit the declared type' },
  J047: { severity: 'error', title: 'Assignment does not fit the variable\'s type' },
  J048: { severity: 'error', title: 'Constant expression outside the range of its literal' },
  J050: { severity: 'error', title: 'CEL expression too large or nested too deep' },
  J051: { severity: 'error', title: 'A CEL comprehension inside the body of another' },
  J101: { severity: 'warning', title: 'Moment of truth without a listening point' },
  J102: { severity: 'warning', title: 'Survey length outside 2 to 5 questions' },
  J103: { severity: 'warning', title: 'Too many handoffs on one path' },
  J104: { severity: 'warning', title: 'Handoff asks the customer to repeat information' },
  J105: { severity: 'warning', title: 'Event the simulator can never emit' },
  J106: { severity: 'warning', title: 'No success outcome' },
  J107: { severity: 'warning', title: 'Rule edges after the default can never be taken' },
  J108: { severity: 'warning', title: 'Unknown field' },
  J109: { severity: 'warning', title: 'Duplicate key in an object: the last one is used' },
  J110: { severity: 'error', title: 'Experiment variant with a weight that is not above 0' },
  J111: { severity: 'error', title: 'Experiment variant id used twice' },
  J112: { severity: 'error', title: 'Experiment variant without exactly one edge' },
  J113: { severity: 'error', title: 'Edge out of an experiment that is not a rule carrying one of its variants' },
  J114: { severity: 'error', title: 'Guard on an edge out of an experiment' },
  J115: { severity: 'error', title: '"variant" on an edge that does not leave an experiment' },
  J116: { severity: 'error', title: 'Experiment goal that names no outcome and no result' },
  J117: { severity: 'error', title: 'Experiment goal that a variant cannot reach' },
  J118: { severity: 'error', title: 'Experiment with more than one holdout' },
  J119: { severity: 'warning', title: 'Experiment without a holdout' },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof CATALOGUE;
