import type { DocumentKind } from '../../runtime/model/parseDocument';

/**
 * What kind of document an imported file is, even when its text does not parse: the format it
 * names (`"format": "cohort/1"`), else its name (`*.cohort.json`), else a journey. It comes in as
 * that kind and is validated as one, so its problems are those the editor gives it.
 */
export function importKind(name: string, text: string): DocumentKind {
  const format = /"format"\s*:\s*"(journey|cohort)\//.exec(text)?.[1];
  if (format === 'journey' || format === 'cohort') return format;
  return /\.cohort(\.json)?$/i.test(name.trim()) ? 'cohort' : 'journey';
}
