// A PID lock on the embedded data folder: PGlite has no lock of its own, and two processes on one folder lose writes.
import { chmodSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `De databasemap ${dataDir} is al in gebruik door proces ${pid}. ` +
        `Stop dat proces eerst, of kies een andere map met NABIJ_DATA_DIR.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function closeToOthers(dir: string): void {
  try {
    chmodSync(dir, 0o700);
  } catch (error) {
    // A folder of another owner (a mount point): its owner decides, and the lock below still guards it.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}

/**
 * Takes the lock or throws DataDirLockedError; returns a release function. A stale lock of a dead process is taken
 * over.
 */
export function lockDataDir(dataDir: string): () => void {
  // The folder holds every person's data (PGlite writes its files readable for all): for the owner only.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  closeToOthers(dataDir);
  const file = join(dataDir, 'nabij.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone: nothing to release
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(dataDir, holder);
      }
      if (holder === process.pid) throw new DataDirLockedError(dataDir, holder);
      unlinkSync(file);
    }
  }
  throw new DataDirLockedError(dataDir, -1);
}
