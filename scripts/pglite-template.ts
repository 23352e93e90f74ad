// npm run pglite-template: makes the empty embedded database that new data folders start from
// (src/kernel/db/template). Run it after upgrading @electric-sql/pglite; until then, new folders run initdb.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { installedPgliteVersion, writeTemplate } from '../src/kernel/db/template/index.js';

const folder = mkdtempSync(join(tmpdir(), 'nabij-template-'));
try {
  const pglite = await PGlite.create(join(folder, 'pglite'));
  await pglite.query('CHECKPOINT');
  const tarball = new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer());
  await pglite.close();
  const { bytes } = writeTemplate(tarball);
  console.log(`Template for PGlite ${installedPgliteVersion()} written: ${Math.round(bytes / 1024)} KiB`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
