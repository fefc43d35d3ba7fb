/** Marks a phase of a map picture's export on the page's performance timeline (DevTools, the browser tests and benchmark read it): `map picture: <phase>`. */
export function timed<T>(phase: string, start: number, value: T): T {
  performance.measure(`map picture: ${phase}`, { start, end: performance.now() });
  return value;
}
