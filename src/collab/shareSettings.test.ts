import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openJourneyDb } from '../storage/journeyDb';
import { getBindings, parseShareLink, serverUrl, setBinding, shareLink } from './shareSettings';

const db = openJourneyDb('share-settings');
afterEach(async () => db.settings.clear());

describe('share settings', () => {
  it('reads a server address as typed', () => {
    expect(serverUrl('127.0.0.1:1234')).toBe('ws://127.0.0.1:1234');
    expect(serverUrl('ws://team.local:8080/')).toBe('ws://team.local:8080');
    expect(serverUrl('https://sync.example.com')).toBe('wss://sync.example.com');
    expect(serverUrl('')).toBeUndefined();
    expect(serverUrl('ftp://x')).toBeUndefined();
    expect(serverUrl('ws://h:1/room?x=1')).toBeUndefined();
  });

  it('a link names the server and the file, and reads back; the token is never in it', () => {
    const link = shareLink('http://localhost:4173/#old', { server: 'ws://127.0.0.1:1234', room: 'my map.journey.json' });
    expect(link).toBe('http://localhost:4173/#share=ws%3A%2F%2F127.0.0.1%3A1234&file=my%20map.journey.json');
    expect(parseShareLink(new URL(link).hash)).toEqual({ server: 'ws://127.0.0.1:1234', room: 'my map.journey.json' });
    expect(parseShareLink('#file=x.journey.json')).toBeUndefined();
    expect(parseShareLink('')).toBeUndefined();
  });

  it('remembers which local file is shared where, and forgets it', async () => {
    await setBinding(db, 'f1', { server: 'ws://a:1', room: 'a.journey.json' });
    await setBinding(db, 'f2', { server: 'ws://a:1', room: 'b.cohort.json', token: 't2' });
    await setBinding(db, 'f1', undefined);
    expect(await getBindings(db)).toEqual({ f2: { server: 'ws://a:1', room: 'b.cohort.json', token: 't2' } });
    await db.settings.put({ key: 'collab.bindings', value: { bad: { server: 3 }, constructor: 'x' } });
    expect(await getBindings(db)).toEqual({});
  });
});
