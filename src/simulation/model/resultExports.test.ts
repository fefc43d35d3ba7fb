import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, wellFormed } from '../../../runtime/testing/hostileJourney';
import { markdownCell } from './tableModel';
import { rankDropOffs } from './dropOffs';
import { fixtureJourney, fixtureResult } from './dropOffFixture';
import { howTheyLeft } from './howTheyLeft';
import { rankWaits } from './waitRanking';
import { TOP_DROP_OFFS } from '../panel/resultsView';
import { csvField, resultToCsv, resultToMarkdown } from './resultExports';
import { dropOffSections, REPORT_STEPS } from './dropOffSections';
import { sampleRun, targetRun } from './testRuns';

const { journey, cohort, result } = sampleRun('mortgage-preapproval');

/** Reads back what resultToCsv wrote, with a real RFC 4180 parser. */
const parseCsv = (text: string): string[][] => parse(text, { relax_column_count: false, record_delimiter: '\r\n' }) as string[][];

describe('resultToCsv', () => {
  const rows = parseCsv(resultToCsv(result));
  const value = (section: string, key: string, segment: string, metric: string) => {
    const found = rows.filter((r) => r[0] === section && r[1] === key && r[2] === segment && r[3] === metric);
    expect(found).toHaveLength(1);
    return found[0]![4];
  };

  it('writes one figure per line under the header, every line with five fields and CRLF', () => {
    expect(rows[0]).toEqual(['section', 'key', 'segment', 'metric', 'value']);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    expect(resultToCsv(result).split('\r\n').at(-1)).toBe('');
    expect(resultToCsv(result)).not.toMatch(/[^\r]\n/);
  });

  it('holds the numbers of the result', () => {
    expect(value('run', '', '', 'customers')).toBe('2000');
    expect(value('run', '', '', 'engine')).toBe('fast');
    const o = result.outcomes['mortgage-opened']!;
    expect(value('outcomes', 'mortgage-opened', '', 'share')).toBe(String(o.share));
    expect(value('outcomes', 'mortgage-opened', 'movers', 'count')).toBe(String(o.bySegment['movers']!.count));
    expect(value('terminal', '', '', 'abandoned')).toBe(String(result.terminal.abandoned));
    expect(value('nodes', 'advisor-call', '', 'queueP90WaitMs')).toBe(String(result.nodes['advisor-call']!.queue!.p90WaitMs));
    expect(value('nodes', 'route-outreach', '', 'meanEmotion')).toBe(''); // null
    expect(value('edges', 'house-hunting-offer-accepted', '', 'count')).toBe(String(result.edges['house-hunting-offer-accepted']!.count));
    expect(value('emotion', 'apply', 'investors', 'mean')).toBe(String(result.emotion.byStage['apply']!.bySegment['investors']));
    expect(value('teams', 'underwriters', '', 'utilization')).toBe(String(result.teams['underwriters']!.utilization));
    expect(value('economics', '', 'first-time', 'valuePerCustomer')).toBe(String(result.economics.bySegment['first-time']!.valuePerCustomer));
    expect(value('timeToOutcome', '', '', 'p90Ms')).toBe(String(result.timeToOutcome.p90Ms));
  });

  it('quotes like RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(-0.5)).toBe('-0.5');
    const odd = { ...result, journey: 'a "quoted", journey' };
    expect(parseCsv(resultToCsv(odd)).find((r) => r[3] === 'journey')![4]).toBe('a "quoted", journey');
  });

  it('neutralises text cells a spreadsheet would run as a formula, and leaves numbers alone', () => {
    for (const text of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(csvField(text).replace(/^"|"$/g, '')).toBe(`'${text}`);
    expect(csvField('=HYPERLINK("http://example.invalid")')).toBe(`"'=HYPERLINK(""http://example.invalid"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField('a=1')).toBe('a=1');
    const rows = parseCsv(resultToCsv(result));
    expect(rows.filter((r) => r[4]!.startsWith('-')).every((r) => Number.isFinite(Number(r[4])))).toBe(true);
  });

  it('writes any text so that a CSV parser reads it back (formulas neutralised)', () => {
    // The file is UTF-8, so a lone surrogate reads back as U+FFFD.
    const neutral = (text: string) => wellFormed(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileText, hostileText, fc.double({ noNaN: true })), { minLength: 1, maxLength: 5 }), (lines) => {
        const text = lines.map(([a, b, n]) => [a, b, n].map(csvField).join(',')).join('\r\n') + '\r\n';
        expect(parseCsv(text)).toEqual(lines.map(([a, b, n]) => [neutral(a), neutral(b), String(n)]));
      }),
      { numRuns: 500 },
    );
    const [journey, cohort, node] = ['=cmd|" /C calc"!A0', '"a",\r\nb', '@x\u2028y'];
    const rows = parseCsv(resultToCsv({ ...result, journey, cohort, nodes: { [node]: Object.values(result.nodes)[0]! } }));
    expect(rows.every((r) => r.length === 5)).toBe(true);
    expect(rows.find((r) => r[3] === 'journey')![4]).toBe(neutral(journey));
    expect(rows.find((r) => r[3] === 'cohort')![4]).toBe(cohort);
    expect(new Set(rows.filter((r) => r[0] === 'nodes').map((r) => r[1]))).toEqual(new Set([neutral(node)]));
  });
});

describe('resultToMarkdown', () => {
  const md = resultToMarkdown(journey, result, cohort);

  it('reads as a report with every section', () => {
    expect(md.startsWith('# Mortgage pre-approval: simulation\n\n2,000 customers · seed 7 · fast · horizon 365d · cohort `home-buyers`')).toBe(true);
    for (const h of ['## Outcomes', '## Customers without an outcome', '## Time to outcome', '## Teams', '## Economics', '## Emotion by stage', '## Where customers leave']) expect(md).toContain(h);
  });

  it('puts the run’s numbers in its tables', () => {
    const o = result.outcomes['mortgage-opened']!;
    expect(md).toContain(`| Mortgage application opened | success | ${(o.share * 100).toFixed(1)}% (${o.count.toLocaleString('en-US')}) |`);
    expect(md).toContain(`| Gave up waiting in a queue | ${result.terminal.abandoned.toLocaleString('en-US')} |`);
    expect(md).toMatch(new RegExp(`\\| Mortgage advisors \\| ${journey.teams!.find((t) => t.id === 'advisors')!.staff} \\| \\d+\\.\\d% \\|`));
    expect(md).toContain(`${result.timeToOutcome.count.toLocaleString('en-US')} customers`);
  });

  it('ranks where customers leave as the list "Where customers leave" does (the same steps, counts and words)', () => {
    const ranking = rankDropOffs(journey, result);
    expect(ranking.rows.length).toBeGreaterThan(0);
    const section = md.slice(md.indexOf('## Where customers leave'), md.indexOf('## Where customers wait longest'));
    const body = section.split('\n').filter((l) => l.startsWith('| ')).slice(2);
    expect(body).toHaveLength(Math.min(REPORT_STEPS, ranking.rows.length));
    body.forEach((line, i) => {
      const r = ranking.rows[i]!;
      const cells = line.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, ''));
      expect(cells[0]).toBe(markdownCell(r.label));
      expect(cells[2]).toBe(r.left.toLocaleString('en-US'));
      expect(cells[5]).toBe(markdownCell(howTheyLeft(r)));
    });
    expect(section).toContain(`${ranking.totalLeft.toLocaleString('en-US')} of ${result.customers.toLocaleString('en-US')} customers`);
    expect(REPORT_STEPS).toBe(TOP_DROP_OFFS);
  });

  it('words each step of the hand-counted fixture by how its customers left', () => {
    const report = dropOffSections(fixtureJourney, fixtureResult).join('\n\n');
    expect(report).toContain('67 of 100 customers (67.0%) left without a success:');
    expect(report).toContain('| Sees the ad | Discover | 27 | 27.0% | 27.0% | Lost interest (churned) 20 · stalled 7 |');
    expect(report).toContain('| Calls an advisor | Apply | 15 | 23.8% | 15.0% | gave up in the queue 15 |');
    // no queue kept anyone waiting in the fixture: no such section
    expect(report).not.toContain('## Where customers wait longest');
  });

  it('lists where customers wait longest with the mean and p90 waits', () => {
    const waits = rankWaits(journey, result);
    expect(waits.length).toBeGreaterThan(0);
    const section = md.slice(md.indexOf('## Where customers wait longest'));
    const first = section.split('\n').filter((l) => l.startsWith('| '))[2]!;
    expect(first.startsWith(`| ${markdownCell(waits[0]!.label)} | `)).toBe(true);
  });

  it('has a team section with each team’s service level and abandonment against its target', () => {
    const run = targetRun();
    const report = resultToMarkdown(run.journey, run.result, run.cohort);
    expect(report).toContain('· arrivals over 14d');
    const section = report.slice(report.indexOf('## Service levels and abandonment'), report.indexOf('## Economics'));
    expect(section.split('\n')[2]).toBe('| Team | Targets | Offered | Served | Abandoned | Service level | Target | Abandon rate | Max abandon | Utilisation | On-duty hours | Cost | Idle cost |');
    const advisors = run.result.teams['advisors']!;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    expect(section).toContain(`| Mortgage advisors | ${advisors.serviceLevel! >= 0.8 ? 'met' : 'missed'} | ${advisors.offered.toLocaleString('en-US')} |`);
    expect(section).toContain(`| ${pct(advisors.serviceLevel!)} | 80% in 4h | ${pct(advisors.abandonRate)} | ≤ 5% |`);
    expect(section).toMatch(/^- \*\*Mortgage advisors\*\*: service level \d+\.\d% \(target 80% in 4h\), \d+\.\d% gave up \(at most 5%\): targets (met|missed)\.$/m);
    expect(section).toMatch(/^- \*\*Underwriting\*\*: service level \d+\.\d% \(target 90% in 1d\), \d+\.\d% gave up: targets (met|missed)\.$/m);
    // A run of a journey without targets says so.
    const plain = { ...run.result, teams: Object.fromEntries(Object.entries(run.result.teams).map(([id, t]) => [id, { ...t, target: { serviceLevel: null, withinMs: null, maxAbandon: null } }])) };
    expect(resultToMarkdown(run.journey, plain)).toContain('No team sets a service level or a maximum abandon rate.');
  });

  it('escapes pipes, line breaks and HTML in cells, whatever the text', () => {
    expect(markdownCell('a | b\nc <img src=x onerror=alert(1)> & `x`')).toBe('a \\| b<br>c &lt;img src=x onerror=alert(1)&gt; &amp; \\`x\\`');
    // Read back: undo the escapes (what a Markdown renderer shows); only line breaks become <br>.
    const shown = (cell: string) => cell.replace(/<br>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\\([\\|`])/g, '$1');
    fc.assert(
      fc.property(hostileText, (text) => {
        const cell = markdownCell(text);
        expect(cell).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(cell.replace(/<br>/g, '')).not.toMatch(/[<>]/);
        expect(cell.replace(/\\[\\|`]/g, '')).not.toMatch(/[|`\\]/);
        expect(shown(cell)).toBe(text.replace(/\r\n|[\r\u2028\u2029]/g, '\n'));
      }),
      { numRuns: 500 },
    );
  });

  it('escapes pipes in labels', () => {
    const j = { ...journey, nodes: journey.nodes.map((n) => (n.id === 'mortgage-opened' ? { ...n, label: 'Opened | funded' } : n)) };
    expect(resultToMarkdown(j, result)).toContain('| Opened \\| funded | success |');
  });
});
