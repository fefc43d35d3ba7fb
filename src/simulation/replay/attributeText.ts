/** A customer attribute as people read it: 52310.4 → "52,310.4", true → "yes". */
export function attributeText(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    const [int, dec] = (Math.round(value * 100) / 100).toString().split('.') as [string, string | undefined];
    return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${dec ? `.${dec}` : ''}`;
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null || value === undefined) return '–';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
