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

/** Lock files this process holds: a lock with our own process id and not in here was left by an earlier process. */
const held = new Set<string>();

/**
 * Which process holds a lock. A process id alone is given out again: after a reboot, and in a container, whose
 * restarted process gets the same id as the one killed before it. So the lock also records the boot and when the
 * process started (Linux; elsewhere these stay empty and the process id alone counts).
 */
type Holder = { pid: number; bootId: string | undefined; started: string | undefined };

function readOr(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const currentBootId = () => readOr('/proc/sys/kernel/random/boot_id')?.trim() || undefined;

/** Field 22 of /proc/PID/stat: when the process started, in clock ticks after boot. */
function startedAt(pid: number): string | undefined {
  const stat = readOr(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
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

/** Line one is the process id (as earlier versions wrote and read it); line two the boot and the start. */
function parseHolder(text: string): Holder {
  const [pidLine = '', identity = ''] = text.split('\n');
  const [bootId, started] = identity.trim().split(' ');
  return { pid: Number.parseInt(pidLine, 10), bootId: bootId || undefined, started: started || undefined };
}

function holdsLock(holder: Holder, file: string): boolean {
  if (!Number.isInteger(holder.pid)) return false;
  if (holder.pid === process.pid) return held.has(file);
  if (!isAlive(holder.pid)) return false;
  const bootId = currentBootId();
  if (holder.bootId && bootId && holder.bootId !== bootId) return false;
  const started = startedAt(holder.pid);
  if (holder.started && started && holder.started !== started) return false;
  return true;
}

/**
 * Takes the lock or throws DataDirLockedError; returns a release function. A stale lock (its process has ended) is
 * taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  // The folder holds every person's data (PGlite writes its files readable for all): for the owner only.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  closeToOthers(dataDir);
  const file = join(dataDir, 'nabij.pid');
  const content = `${process.pid}\n${currentBootId() ?? ''} ${startedAt(process.pid) ?? ''}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, content, { flag: 'wx' });
      held.add(file);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        // A process that opens many folders in turn (the test suite's workers) would otherwise keep every listener.
        process.removeListener('exit', release);
        held.delete(file);
        try {
          if (readFileSync(file, 'utf8') === content) unlinkSync(file);
        } catch {
          // already gone: nothing to release
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = parseHolder(readFileSync(file, 'utf8'));
      if (holdsLock(holder, file)) throw new DataDirLockedError(dataDir, holder.pid);
      unlinkSync(file);
    }
  }
  throw new DataDirLockedError(dataDir, -1);
}
