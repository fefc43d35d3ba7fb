import type { JourneyDb } from '../storage/journeyDb';
import type { SaveChannel } from '../storage/saveChannel';

/** The storage of the running workbench: set once at start. */
export interface WorkbenchServices {
  db: JourneyDb;
  channel: SaveChannel;
}

let current: WorkbenchServices | undefined;

export function setServices(services: WorkbenchServices | undefined): void {
  current = services;
}

export function services(): WorkbenchServices {
  if (!current) throw new Error('the workbench has not started');
  return current;
}
