// The README's hosting guide is examples/hostJourney.ts, shown in it verbatim (checked here). This
// runs that file, as a host project would have it, against the exported module of the
// pet-food-cancellation sample: it type-checks strictly beside the module, provides the actions,
// queues staffed work, stores a snapshot at every change and resumes from it after a "restart".
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { journeySchema } from '../runtime/model/journey';
import { exportTs } from '../runtime/compile/exports/exportTs';

const repo = fileURLToPath(new URL('../', import.meta.url));
const guide = readFileSync(join(repo, 'examples/hostJourney.ts'), 'utf8');
const DAY = 86_400_000;

type Customer = { id: string; segment: string; [attribute: string]: unknown };
interface Store {
  save(customerId: string, json: string): void;
  load(customerId: string): string | undefined;
}
interface Services {
  sendMessage(customerId: string, message: { channel: string; template: string }): void;
  createTask(customerId: string, task: { team: string; title: string }): void;
  queueForStaff(customerId: string, work: { team: string; node: string }): void;
  store: Store;
}
interface Host {
  start(customer: Customer): void;
  resume(customer: Customer): void;
  send(customerId: string, type: string): void;
  workStarted(customerId: string): void;
  workDone(customerId: string): void;
  where(customerId: string): unknown;
  outcome(customerId: string): { outcome: string; result: string; value?: number } | undefined;
  stop(): void;
}

let dir: string;
let journeyHost: (services: Services) => Host;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'journey-host-'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const sample = journeySchema.parse(JSON.parse(readFileSync(join(repo, 'samples/pet-food-cancellation.journey.json'), 'utf8')));
  writeFileSync(join(dir, 'pet-food-cancellation.machine.ts'), exportTs(sample));
  copyFileSync(join(repo, 'examples/hostJourney.ts'), join(dir, 'hostJourney.ts'));
  ({ journeyHost } = (await import(/* @vite-ignore */ join(dir, 'hostJourney.ts'))) as { journeyHost: typeof journeyHost });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => void vi.useRealTimers());

/** In-memory stand-ins for the host's systems, recording what the journey asked of them. */
function services() {
  const rows = new Map<string, string>();
  const calls = { messages: [] as unknown[], tasks: [] as unknown[], queued: [] as unknown[] };
  const s: Services = {
    sendMessage: (customerId, message) => void calls.messages.push({ customerId, ...message }),
    createTask: (customerId, task) => void calls.tasks.push({ customerId, ...task }),
    queueForStaff: (customerId, work) => void calls.queued.push({ customerId, ...work }),
    store: { save: (id, json) => void rows.set(id, json), load: (id) => rows.get(id) },
  };
  return { services: s, calls, rows };
}

describe('the hosting guide (examples/hostJourney.ts)', () => {
  it('is in the README verbatim', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    expect(readme).toContain('```ts\n' + guide + '```\n');
  });

  it('type-checks as a strict TypeScript module beside the exported one', () => {
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['hostJourney.ts'] }),
    );
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  }, 120_000);

  it('runs the actions with their params, stores snapshots, and resumes a paused customer whose 5-week timer survives a restart', () => {
    vi.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z') });
    const { services: systems, calls, rows } = services();
    const customer = { id: 'c-price', segment: 'price-sensitive', monthsSubscribed: 6, multiPet: false };
    const first = journeyHost(systems);
    first.start(customer);
    for (const type of ['WANTS_TO_CANCEL', 'REASON_GIVEN', 'TAKE_PAUSE']) first.send(customer.id, type);
    expect(first.where(customer.id)).toEqual({ close: 'paused' });
    expect(calls.messages).toEqual([{ customerId: 'c-price', channel: 'email', template: 'pause-confirmed' }]);
    vi.advanceTimersByTime(10 * DAY);
    first.stop(); // the process goes down; the store keeps the customer
    expect(JSON.parse(rows.get(customer.id)!)).toMatchObject({ status: 'active', value: { close: 'paused' } });

    vi.advanceTimersByTime(5 * DAY);
    const second = journeyHost(systems);
    second.resume(customer);
    vi.advanceTimersByTime(20 * DAY - 1000);
    expect(second.where(customer.id)).toEqual({ close: 'paused' });
    vi.advanceTimersByTime(1000); // 5 weeks after the pause began
    expect(second.outcome(customer.id)).toEqual({ outcome: 'resumed', result: 'success', value: 180 });
    expect(JSON.parse(rows.get(customer.id)!)).toMatchObject({ status: 'done', output: { outcome: 'resumed' } });
    second.stop();
  });

  it('sends the message and creates the task of a node, and a 3-week wait after them ends in the outcome', () => {
    vi.useFakeTimers();
    const { services: systems, calls } = services();
    const host = journeyHost(systems);
    host.start({ id: 'c-loss', segment: 'pet-loss', monthsSubscribed: 20, multiPet: false });
    host.send('c-loss', 'WANTS_TO_CANCEL');
    host.send('c-loss', 'REASON_GIVEN');
    expect(calls.messages).toEqual([{ customerId: 'c-loss', channel: 'email', template: 'condolence' }]);
    expect(calls.tasks).toEqual([{ customerId: 'c-loss', team: 'care-team', title: 'Send a handwritten condolence card' }]);
    expect(host.where('c-loss')).toEqual({ 'after-exit': 'quiet-period' });
    vi.advanceTimersByTime(21 * DAY);
    expect(host.outcome('c-loss')).toEqual({ outcome: 'farewell', result: 'neutral' });
    host.stop();
  });

  it('queues a staffed node once, also across a restart, and feeds work.start and work.done', () => {
    vi.useFakeTimers();
    const { services: systems, calls } = services();
    const customer = { id: 'c-diet', segment: 'switching-diet', monthsSubscribed: 9, multiPet: true };
    const first = journeyHost(systems);
    first.start(customer);
    first.send(customer.id, 'WANTS_TO_CANCEL');
    first.send(customer.id, 'REASON_GIVEN');
    expect(first.where(customer.id)).toEqual({ respond: { 'diet-advice-chat': 'queued' } });
    expect(calls.queued).toEqual([{ customerId: 'c-diet', team: 'care-team', node: 'diet-advice-chat' }]);
    first.stop();

    const second = journeyHost(systems);
    second.resume(customer);
    second.workStarted(customer.id);
    expect(second.where(customer.id)).toEqual({ respond: { 'diet-advice-chat': 'handling' } });
    second.workDone(customer.id);
    expect(second.where(customer.id)).toEqual({ close: 'recipe-decision' });
    second.send(customer.id, 'SWITCH_RECIPE');
    expect(second.outcome(customer.id)).toEqual({ outcome: 'recipe-switched', result: 'success', value: 210 });
    expect(calls.queued).toHaveLength(1);
    second.stop();
  });
});
