import { useState } from 'react';

/**
 * The text being typed in a field, reset whenever the document's value changes (undo, another
 * editor) — the input commits on blur or Enter, not on every keystroke. The inspector's fields
 * commit as you type instead (useLiveDraft); this is left for the cohort editor's cells.
 */
export function useDraft(value: string): [string, (s: string) => void, () => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  return [draft, setDraft, () => setDraft(value)];
}
