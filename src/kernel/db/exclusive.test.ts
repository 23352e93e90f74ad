// One run at a time under a name (what the job runner uses): a second run is skipped while the first is under way,
// and a run that hangs (a mail server that does not answer) never keeps the database from closing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { type DatabaseHandle, openDatabase } from './database.js';

// Locks need no tables: the configured server's own database, or an empty embedded one.
const serverUrl = loadConfig().databaseUrl;
const open = (): Promise<DatabaseHandle> =>
  serverUrl ? openDatabase({ kind: 'postgres', url: serverUrl, poolSize: 2 }) : openDatabase({ kind: 'pglite-memory' });

describe('exclusive runs', () => {
  let database: DatabaseHandle;
  /** A second handle, for the test that closes it. */
  let closing: DatabaseHandle;
  beforeAll(async () => {
    database = await open();
  });
  beforeAll(async () => {
    closing = await open();
  });
  afterAll(() => database.close());

  it('skips a second run under the same name while the first is under way, not one under another name', async () => {
    let finish!: () => void;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const first = database.exclusive('exclusive-test-proef', () => {
      started();
      return new Promise<string>((resolve) => (finish = () => resolve('a')));
    });
    // Under way once its work has begun (on a server, after the lock's own connection took the lock).
    await running;
    expect(await database.exclusive('exclusive-test-proef', async () => 'b')).toEqual({ ran: false });
    expect(await database.exclusive('exclusive-test-ander', async () => 'c')).toEqual({ ran: true, value: 'c' });
    finish();
    expect(await first).toEqual({ ran: true, value: 'a' });
    expect(await database.exclusive('exclusive-test-proef', async () => 'd')).toEqual({ ran: true, value: 'd' });
  });

  it('lets the database close while a run is under way', async () => {
    let finish!: () => void;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const run = closing.exclusive('exclusive-test-hangt', async () => {
      started();
      await new Promise<void>((resolve) => (finish = resolve));
    });
    await running;
    // Before: the lock sat on a connection of the pool, and closing waited for it for ever (`nabij serve` hung on
    // SIGTERM while a job was running).
    await closing.close();
    finish();
    await run;
  });
});
