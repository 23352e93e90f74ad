// The embedded database in a worker thread of its own. PGlite runs PostgreSQL as WebAssembly on the thread that
// calls it: on the main thread its start (about 0.6 s) waits until the program has loaded, and every statement
// stops the handling of other requests while it runs. In its own thread it opens while the program loads, and
// statements run beside the rendering of pages. The connection speaks PostgreSQL's wire protocol to it: what
// node-postgres writes goes to the thread as bytes, and the bytes that come back are parsed here.
import { Worker } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import type pg from 'pg';
import type { BackendMessage } from 'pg-protocol/dist/messages.js';
import { Parser } from 'pg-protocol/dist/parser.js';

type Reply = { id: number; ok: true; bytes?: Uint8Array } | { id: number; ok: false; message: string };
type Operation = 'exec' | 'dump' | 'close';

/** Frontend messages whose answer the client waits for: sync, flush, a simple query, copy done or failed, password. */
const answerNow = new Set([...'SHQcfp'].map((c) => c.charCodeAt(0)));

export class EmbeddedThread {
  /** Settles when PostgreSQL in the thread has started, or failed to. */
  readonly ready: Promise<void>;
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve(bytes?: Uint8Array): void; reject(error: Error): void }>();
  private nextId = 1;
  private failure: Error | undefined;

  constructor(dataDir: string, buffersMiB: number) {
    this.worker = new Worker(new URL('./embedded-worker.js', import.meta.url), { workerData: { dataDir, buffersMiB } });
    this.ready = new Promise<void>((resolve, reject) => this.waiting.set(0, { resolve: () => resolve(), reject }));
    // Nobody may be waiting for `ready` yet when the start fails; the failure reaches whoever asks next.
    this.ready.catch(() => {});
    this.worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply.bytes);
      else waiter?.reject(new Error(reply.message));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`De databasethread is gestopt (code ${code}).`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  private async send(op: Operation, bytes?: Uint8Array): Promise<Uint8Array | undefined> {
    await this.ready;
    if (this.failure) throw this.failure;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, bytes });
    });
  }

  /** node-postgres's settings for a pool on this thread (one connection, as PGlite is one). */
  pgConfig(): pg.PoolConfig {
    const parse = (bytes: Uint8Array): BackendMessage[] => {
      const messages: BackendMessage[] = [];
      new Parser().parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), (m) => messages.push(m));
      return messages;
    };
    // node-postgres writes an extended query as five messages (parse, bind, describe, execute, sync). They go to
    // the thread together when the sync (or a message that wants its answer now) comes: one trip, not five.
    let pending: Uint8Array[] = [];
    const exec = async (message: Uint8Array): Promise<BackendMessage[]> => {
      pending.push(message.slice());
      if (!answerNow.has(message[0] ?? 0)) return [];
      const bytes = Buffer.concat(pending);
      pending = [];
      return parse((await this.send('exec', bytes)) ?? new Uint8Array());
    };
    // PGlite's own adapter takes any object with `waitReady` and `execProtocolStream` as its database.
    const remote = { waitReady: this.ready, execProtocolStream: exec };
    return { ...createPgConfig(remote as unknown as PGlite), max: 1 };
  }

  /** The data folder as a gzipped tarball (see `DatabaseHandle.dumpEmbedded`). */
  async dump(): Promise<Uint8Array> {
    return (await this.send('dump')) ?? new Uint8Array();
  }

  async close(): Promise<void> {
    if (!this.failure) await this.send('close').catch(() => {});
    await this.worker.terminate();
  }
}
