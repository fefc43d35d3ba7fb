import { describe, expect, it } from 'vitest';
import { csvField, resultToCsv, resultToMarkdown } from './resultExports';
import { sampleRun } from './testRuns';

const { journey, cohort, result } = sampleRun('mortgage-preapproval');

/** An RFC 4180 reader, to read back what resultToCsv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

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
});

describe('resultToMarkdown', () => {
  const md = resultToMarkdown(journey, result, cohort);

  it('reads as a report with every section', () => {
    expect(md.startsWith('# Mortgage pre-approval: simulation\n\n2,000 customers · seed 7 · fast · horizon 365d · cohort `home-buyers`')).toBe(true);
    for (const h of ['## Outcomes', '## Customers without an outcome', '## Time to outcome', '## Teams', '## Economics', '## Emotion by stage', '## Top drop-off points']) expect(md).toContain(h);
  });

  it('puts the run’s numbers in its tables', () => {
    const o = result.outcomes['mortgage-opened']!;
    expect(md).toContain(`| Mortgage application opened | success | ${(o.share * 100).toFixed(1)}% (${o.count.toLocaleString('en-US')}) |`);
    expect(md).toContain(`| Gave up waiting in a queue | ${result.terminal.abandoned.toLocaleString('en-US')} |`);
    expect(md).toMatch(/\| Mortgage advisors \| 3 \| \d+\.\d% \|/);
    expect(md).toContain(`${result.timeToOutcome.count.toLocaleString('en-US')} customers`);
    // the advisors' queue loses the most customers
    const drop = md.slice(md.indexOf('## Top drop-off points'));
    expect(drop.split('\n')[4]).toMatch(/^\| Advisor discovery call \| /);
  });

  it('escapes pipes in labels', () => {
    const j = { ...journey, nodes: journey.nodes.map((n) => (n.id === 'mortgage-opened' ? { ...n, label: 'Opened | funded' } : n)) };
    expect(resultToMarkdown(j, result)).toContain('| Opened \\| funded | success |');
  });
});
