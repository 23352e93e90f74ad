// The job runner: the modules' jobs on their clocks in `nabij serve`, or each once in `nabij herinneringen`.
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from './http/context.js';
import type { Job } from './modules.js';

/** Runs every job once, in order; returns what each did. */
export async function runJobsOnce(jobs: readonly Job[], ctx: AppContext): Promise<{ job: Job; count: number }[]> {
  const done: { job: Job; count: number }[] = [];
  for (const job of jobs) done.push({ job, count: await job.run(ctx) });
  return done;
}

/** Starts each job on its clock; the timers do not keep the process alive. A failed run is logged, not fatal. */
export function startJobs(jobs: readonly Job[], ctx: AppContext, log: FastifyBaseLogger): void {
  for (const job of jobs) {
    const run = () =>
      job.run(ctx).then(
        (count) => log.info({ job: job.name, count }, 'job done'),
        (error: unknown) => log.error({ job: job.name, err: error }, 'job failed'),
      );
    if (job.firstAfterMs !== undefined) setTimeout(run, job.firstAfterMs).unref();
    setInterval(run, job.everyMs).unref();
  }
}
