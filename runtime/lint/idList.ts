/**
 * The first `max` names, comma-separated, then `, …` when there are more ('' when none): for
 * messages that suggest what to use instead. Takes at most max + 1 names from `names`, so that a
 * message costs the same however many there are (a journey may declare thousands).
 */
export function idList(names: Iterable<string>, max = 8): string {
  const some: string[] = [];
  for (const name of names) if (some.push(name) > max) break;
  return some.length > max ? `${some.slice(0, max).join(', ')}, …` : some.join(', ');
}
