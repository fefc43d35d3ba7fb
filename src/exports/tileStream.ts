import type { PictureTile } from './picture/mapPicture';

/** A PNG's tiles as the picture worker writes them: the page draws the first ones while it writes the rest. */
export interface TileStream {
  push(tile: PictureTile): void;
  /** No more tiles (or, with an error, none will come: waiting for one fails). */
  end(error?: Error): void;
  /** The i-th tile once it has come; undefined when there is none. */
  at(i: number): Promise<PictureTile | undefined>;
}

export function tileStream(): TileStream {
  const tiles: PictureTile[] = [];
  let ended = false;
  let failure: Error | undefined;
  const waiting = new Map<number, { resolve: (t: PictureTile | undefined) => void; reject: (e: Error) => void }[]>();
  const settle = () => {
    for (const [i, waiters] of waiting) {
      if (i < tiles.length) waiters.forEach((w) => w.resolve(tiles[i]));
      else if (failure) waiters.forEach((w) => w.reject(failure!));
      else if (ended) waiters.forEach((w) => w.resolve(undefined));
      else continue;
      waiting.delete(i);
    }
  };
  return {
    push(tile) {
      if (ended) return;
      tiles.push(tile);
      settle();
    },
    end(error) {
      if (ended) return;
      ended = true;
      failure = error;
      settle();
    },
    at(i) {
      if (i < tiles.length) return Promise.resolve(tiles[i]);
      if (failure) return Promise.reject(failure);
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve, reject) => waiting.set(i, [...(waiting.get(i) ?? []), { resolve, reject }]));
    },
  };
}
