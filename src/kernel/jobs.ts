// The job runner: the modules' jobs on their clocks in `nabij serve`, or each once in `nabij herinneringen`. A job
// runs once at a time over all instances: a run that finds another run of the same job under way (another server on
// the same PostgreSQL, or an earlier run here that is not done) is skipped, so two instances never mail twice.
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from './http/context.js';
import type { Job } from './modules.js';

export type JobRun = { job: Job; count: number; skipped: boolean };

/** Runs one job unless another run of it is under way; a skipped run did nothing. */
export async function runJob(job: Job, ctx: AppContext): Promise<JobRun> {
  const result = await ctx.database.exclusive(`job:${job.name}`, () => job.run(ctx));
  return result.ran ? { job, count: result.value, skipped: false } : { job, count: 0, skipped: true };
}

/** Runs every job once, in order; returns what each did. */
export async function runJobsOnce(jobs: readonly Job[], ctx: AppContext): Promise<JobRun[]> {
  const done: JobRun[] = [];
  for (const job of jobs) done.push(await runJob(job, ctx));
  return done;
}

/** Starts each job on its clock; the timers do not keep the process alive. A failed run is logged, not fatal. */
export function startJobs(jobs: readonly Job[], ctx: AppContext, log: FastifyBaseLogger): void {
  for (const job of jobs) {
    const run = () =>
      runJob(job, ctx).then(
        ({ count, skipped }) =>
          skipped
            ? log.info({ job: job.name }, 'job skipped: another run is under way')
            : log.info({ job: job.name, count }, 'job done'),
        (error: unknown) => log.error({ job: job.name, err: error }, 'job failed'),
      );
    if (job.firstAfterMs !== undefined) setTimeout(run, job.firstAfterMs).unref();
    setInterval(run, job.everyMs).unref();
  }
}
