import { describe, expect, it } from 'vitest';
import type { PictureTile } from './picture/mapPicture';
import { tileStream } from './tileStream';

const tile = (x: number): PictureTile => ({ x, y: 0, width: 10, height: 10, svg: `<svg data-x="${x}"/>` });

describe('tileStream', () => {
  it('gives each tile to whoever waits for it, before or after it comes, and nothing past the end', async () => {
    const tiles = tileStream();
    const early = tiles.at(1);
    tiles.push(tile(0));
    expect(await tiles.at(0)).toEqual(tile(0));
    tiles.push(tile(10));
    expect(await early).toEqual(tile(10));
    const past = tiles.at(2);
    tiles.end();
    expect(await past).toBeUndefined();
    expect(await tiles.at(5)).toBeUndefined();
    expect(await tiles.at(1)).toEqual(tile(10));
  });

  it('fails whoever waits for a tile that will not come, but keeps those that came', async () => {
    const tiles = tileStream();
    tiles.push(tile(0));
    const waiting = tiles.at(1);
    tiles.end(new Error('the picture worker failed'));
    await expect(waiting).rejects.toThrow('the picture worker failed');
    await expect(tiles.at(3)).rejects.toThrow('the picture worker failed');
    expect(await tiles.at(0)).toEqual(tile(0));
  });
});
