// The lock on the embedded data folder: a second opener is refused with a clear message; a stale lock is taken over,
// also when its process id is in use again (a container restarted after kill -9 gives its process the same id).
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'nabij-lock-'));
const bootId = () => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
/** Field 22 of /proc/PID/stat: when the process started, in clock ticks after boot. */
const startTicks = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
};

describe('data folder lock', () => {
  it('refuses a second opener while the first holds it, and allows it after release', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/al in gebruik/);
    release();
    lockDataDir(dir)();
  });

  it('takes over the lock of a process that no longer runs', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'nabij.pid'), '999999999');
    const release = lockDataDir(dir);
    release();
  });

  it('makes the data folder readable by its owner only, a new one and one that was open to others', () => {
    const fresh = join(freshDir(), 'data');
    lockDataDir(fresh)();
    expect(statSync(fresh).mode & 0o777).toBe(0o700);
    const open = freshDir();
    chmodSync(open, 0o755);
    lockDataDir(open)();
    expect(statSync(open).mode & 0o777).toBe(0o700);
  });

  it('refuses a folder that another running process holds', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'nabij.pid'), `${process.ppid}\n${bootId()} ${startTicks(process.ppid)}\n`);
    expect(() => lockDataDir(dir)).toThrow(new DataDirLockedError(dir, process.ppid).message);
    // A lock written by an earlier version holds only the process id: a running process still counts.
    writeFileSync(join(dir, 'nabij.pid'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });

  it('takes over a lock with this very process id that an earlier process left (a restarted container)', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'nabij.pid'), String(process.pid));
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
  });

  it('takes over a lock whose process id now belongs to another process', () => {
    const dir = freshDir();
    // The same id, started at another moment: the lock's own process has ended and the id was given out again.
    writeFileSync(join(dir, 'nabij.pid'), `${process.ppid}\n${bootId()} 1\n`);
    lockDataDir(dir)();
    // Or written before the machine last started: every process of that boot has ended.
    writeFileSync(join(dir, 'nabij.pid'), `${process.ppid}\nan-earlier-boot ${startTicks(process.ppid)}\n`);
    lockDataDir(dir)();
  });

  it('writes its process id first, so an earlier version reads the lock as before', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(Number.parseInt(readFileSync(join(dir, 'nabij.pid'), 'utf8'), 10)).toBe(process.pid);
    release();
  });
});
