// The backup file's first line and checksum, and the daily rotation of `serve` on an injected clock.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BackupError,
  backupsBeyondKeep,
  dailyBackupName,
  decodeBackup,
  encodeBackup,
  runDailyBackup,
} from './backup.js';

const summary = { migrations: ['0001_tenancy'], tables: { tenants: 1, kysely_migration: 1 } };
const tarball = new Uint8Array([31, 139, 8, 0, 1, 2, 3, 4]);
const day = (n: number) => new Date(Date.UTC(2026, 11, n, 12));

describe('backup file', () => {
  it('reads back what it wrote: the summary, the date and the tarball', () => {
    const file = encodeBackup(summary, tarball, day(7));
    expect(file.subarray(0, 13).toString()).toBe('NABIJ-BACKUP ');
    const { manifest, tarball: back } = decodeBackup(file);
    expect(manifest).toMatchObject({ format: 1, createdAt: '2026-12-07T12:00:00.000Z', ...summary, bytes: 8 });
    expect([...back]).toEqual([...tarball]);
  });

  it.each([
    ['another file', () => Buffer.from('PGDMP custom format of pg_dump'), /geen backup van Nabij/],
    ['a first line that is not JSON', () => Buffer.from('NABIJ-BACKUP {kapot\nxx'), /geen backup van Nabij/],
    ['a cut-off file', () => encodeBackup(summary, tarball, day(7)).subarray(0, -3), /beschadigd of niet compleet/],
    [
      'a changed byte',
      () => {
        const file = encodeBackup(summary, tarball, day(7));
        file.writeUInt8(file.readUInt8(file.length - 1) ^ 1, file.length - 1);
        return file;
      },
      /controlesom klopt niet/,
    ],
    [
      'another format',
      () => Buffer.from(`NABIJ-BACKUP ${JSON.stringify({ format: 2 })}\n`),
      /formaat 2; deze versie van Nabij kent 1/,
    ],
  ])('refuses %s', (_name, file, message) => {
    expect(() => decodeBackup(file())).toThrow(BackupError);
    expect(() => decodeBackup(file())).toThrow(message);
  });
});

describe('daily backup rotation', () => {
  it('names a file by its UTC date and keeps the newest, leaving other files alone', () => {
    expect(dailyBackupName(day(7))).toBe('nabij-2026-12-07.backup');
    const names = ['nabij-2026-12-03.backup', 'notities.txt', 'nabij-2026-12-01.backup', 'nabij-2026-12-02.backup'];
    expect(backupsBeyondKeep(names, 2)).toEqual(['nabij-2026-12-01.backup']);
    expect(backupsBeyondKeep(names, 3)).toEqual([]);
    expect(backupsBeyondKeep(names, 1)).toEqual(['nabij-2026-12-01.backup', 'nabij-2026-12-02.backup']);
  });

  it('writes one backup a day however often it runs, and deletes the oldest beyond KEEP', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'nabij-backups-')), 'backups');
    const writes: string[] = [];
    const write = async (path: string) => {
      writes.push(path);
      writeFileSync(path, 'backup', { mode: 0o600 });
    };
    let deleted: string[] = [];
    for (let n = 1; n <= 10; n++) {
      for (const hour of [0, 9, 23]) {
        const now = new Date(Date.UTC(2026, 11, n, hour));
        deleted = deleted.concat((await runDailyBackup({ dir, keep: 3, now, write })).deleted);
      }
    }
    expect(writes).toHaveLength(10);
    expect(readdirSync(dir).sort()).toEqual([
      'nabij-2026-12-08.backup',
      'nabij-2026-12-09.backup',
      'nabij-2026-12-10.backup',
    ]);
    expect(deleted).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `nabij-2026-12-0${n}.backup`));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readFileSync(join(dir, 'nabij-2026-12-10.backup'), 'utf8')).toBe('backup');
  });
});
