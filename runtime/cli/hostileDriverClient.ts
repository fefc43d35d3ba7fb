import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DriverRequest, DriverResult } from './hostileDriver';

/** The heap cap of the driver's process, in MB (`--max-old-space-size`); its peak RSS must stay under it. */
export const DRIVER_MEMORY_CAP_MB = 1024;

export interface HostileDriver {
  /** Runs one command line in the driver; rejects, naming the request, when the driver dies or takes longer than `timeoutMs`. */
  run(request: DriverRequest, timeoutMs: number): Promise<DriverResult>;
  stop(): void;
}

/**
 * Starts runtime/cli/hostileDriver.ts as a child process with a memory cap (tsx costs about 2 s
 * to start, so one driver serves many requests); a driver that died or hung is replaced by a new
 * one for the next request.
 */
export function startHostileDriver(repo: string, capMb = DRIVER_MEMORY_CAP_MB): HostileDriver {
  let child: ChildProcess | undefined;
  let ready: Promise<void> | undefined;
  let waiting: { resolve: (r: DriverResult) => void; reject: (e: Error) => void; id: string } | undefined;
  let running: string | undefined;
  let stderr = '';

  const start = () => {
    stderr = '';
    const proc = spawn(process.execPath, [`--max-old-space-size=${capMb}`, '--import', 'tsx', join(repo, 'runtime/cli/hostileDriver.ts')], { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    child = proc;
    proc.stderr!.on('data', (d: Buffer) => void (stderr = (stderr + d.toString()).slice(-4000)));
    ready = new Promise((resolve, reject) => {
      const lines = createInterface({ input: proc.stdout! });
      lines.on('line', (line) => {
        const message = JSON.parse(line) as { ready?: boolean; running?: string } & Partial<DriverResult>;
        if (message.ready) resolve();
        else if (message.running !== undefined) running = message.running;
        else if (waiting && message.id === waiting.id) {
          const w = waiting;
          waiting = undefined;
          running = undefined;
          w.resolve(message as DriverResult);
        }
      });
      proc.on('exit', (code, signal) => {
        if (child === proc) child = undefined;
        const why = new Error(`the driver died (exit ${code}, signal ${signal}) while running ${running ?? 'nothing'}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
        reject(why);
        if (waiting) {
          const w = waiting;
          waiting = undefined;
          w.reject(why);
        }
      });
    });
  };

  return {
    async run(request, timeoutMs) {
      if (child === undefined) start();
      await ready;
      const proc = child!;
      return new Promise<DriverResult>((resolve, reject) => {
        const timer = setTimeout(() => {
          if (child === proc) child = undefined;
          waiting = undefined;
          proc.kill('SIGKILL');
          reject(new Error(`the driver took more than ${timeoutMs} ms on ${request.id}: killed`));
        }, timeoutMs);
        waiting = {
          id: request.id,
          resolve: (r) => (clearTimeout(timer), resolve(r)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        };
        proc.stdin!.write(`${JSON.stringify(request)}\n`);
      });
    },
    stop() {
      child?.stdin?.end();
      child?.kill();
      child = undefined;
    },
  };
}
