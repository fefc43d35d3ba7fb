/** A select of the workspace's cohort files; a value that is not one of them is kept and shown as such. */
export function CohortSelect({ value, cohorts, onChange, placeholder = 'choose a cohort', testId }: { value: string; cohorts: string[]; onChange: (path: string) => void; placeholder?: string; testId?: string }) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      {!cohorts.includes(value) && <option value={value}>{value || placeholder}</option>}
      {cohorts.map((p) => (
        <option key={p} value={p}>
          {p}
        </option>
      ))}
    </select>
  );
}
