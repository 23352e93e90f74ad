// The embedded database's own thread (see embedded-thread.ts): opens PGlite on the data folder it is given and
// answers the PostgreSQL wire protocol, dumps and the close. Plain JavaScript: a worker starts from a file, and in
// development and tests no TypeScript loader reaches it.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

const { dataDir, buffersMiB } = workerData;

/** Replies carry the bytes' buffer as a transfer, not a copy. */
function reply(message, bytes) {
  parentPort.postMessage(bytes ? { ...message, bytes } : message, bytes ? [bytes.buffer] : []);
}

let pglite;
try {
  pglite = await PGlite.create(dataDir, {
    extensions: { pg_trgm, unaccent },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${buffersMiB}MB`],
  });
  reply({ id: 0, ok: true });
} catch (error) {
  reply({ id: 0, ok: false, message: error instanceof Error ? error.message : String(error) });
}

async function answer(request) {
  if (request.op === 'exec') {
    // A copy: the protocol's bytes may be a view into memory PGlite reuses for the next statement.
    return new Uint8Array(await pglite.execProtocolRaw(request.bytes));
  }
  if (request.op === 'dump') return new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
  await pglite.close();
  return undefined;
}

if (pglite) {
  // PGlite runs one statement at a time; requests are answered in the order they came.
  let queue = Promise.resolve();
  parentPort.on('message', (request) => {
    queue = queue.then(async () => {
      try {
        reply({ id: request.id, ok: true }, await answer(request));
      } catch (error) {
        reply({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
      }
      if (request.op === 'close') parentPort.close();
    });
  });
}
