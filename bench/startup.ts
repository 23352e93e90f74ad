// Cold start to first page and memory after start: `nabij serve --demo` on a fresh embedded data folder, several runs.
// The first start of a program version on a new folder also migrates and keeps the migrated copy that later new
// folders start from (src/kernel/db/template): it is measured once on its own, like the compiling before it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compiledProgram } from '../bin/compiled.js';
import { MIGRATED_DATABASE_FILE } from '../src/kernel/db/template/index.js';

export type StartupRun = { coldStartMs: number; warmStartMs: number; rssMiB: number };
export type Startup = { firstStartMs: number; runs: StartupRun[] };

const bin = join(import.meta.dirname, '..', 'bin', 'nabij.js');

async function firstPage(port: number, deadline: number): Promise<void> {
  while (performance.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.status === 200 && (await response.text()).includes('<html lang="nl"')) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('Nabij did not serve its first page within 60 s');
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

async function startOnce(dataDir: string, port: number): Promise<{ ms: number; rss: number }> {
  const started = performance.now();
  const child = spawn('node', [bin, 'serve', '--demo'], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      NABIJ_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
    stdio: 'ignore',
  });
  try {
    await firstPage(port, started + 60_000);
    const ms = performance.now() - started;
    return { ms, rss: rssMiB(child.pid ?? 0) };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

export async function measureStartup(runs = 3): Promise<Startup> {
  // The compiled program is made once for these sources (bin/compiled.js), as the first `nabij` command would.
  const building = performance.now();
  const program = await compiledProgram();
  console.log(`compiled program ready in ${Math.round(performance.now() - building)} ms (not part of the runs)`);
  rmSync(join(program, MIGRATED_DATABASE_FILE), { force: true });
  const firstRoot = mkdtempSync(join(tmpdir(), 'nabij-bench-'));
  const first = await startOnce(join(firstRoot, 'data'), 39169);
  rmSync(firstRoot, { recursive: true, force: true });
  console.log(`first start of this program on a new folder: ${Math.round(first.ms)} ms (migrates, keeps a copy)`);
  const results: StartupRun[] = [];
  for (let i = 0; i < runs; i++) {
    const root = mkdtempSync(join(tmpdir(), 'nabij-bench-'));
    const dataDir = join(root, 'data');
    const port = 39170 + i;
    const cold = await startOnce(dataDir, port);
    const warm = await startOnce(dataDir, port);
    results.push({ coldStartMs: Math.round(cold.ms), warmStartMs: Math.round(warm.ms), rssMiB: warm.rss });
    rmSync(root, { recursive: true, force: true });
  }
  return { firstStartMs: Math.round(first.ms), runs: results };
}
