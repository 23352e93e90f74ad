// The lock on the embedded data folder: a second opener is refused with a clear message; a stale lock is taken over.
import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'nabij-lock-'));

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
});
