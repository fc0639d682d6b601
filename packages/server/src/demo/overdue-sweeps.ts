import { sweepOverdueCases } from '../rules/overdue-sweeper';
import type { SeedContext } from './seed-context';

/**
 * Plans a run of the overdue sweeper at the moment a promised response time passes, as the
 * server's sweeper (every minute) would have run then: a case support has not answered by then
 * is escalated at that very time. Every response time the store functions return is planned, so
 * none is missed.
 */
export function planOverdueSweep(context: SeedContext, respondBy: Date | null): void {
  const { site, queue, sweeps } = context;
  if (respondBy === null || !site.escalation.responseTimeBreached || sweeps.has(respondBy.getTime())) return;
  sweeps.add(respondBy.getTime());
  queue.add(respondBy, () => sweepNow(context, respondBy));
}

/** Runs the overdue sweeper for the site at `now`. */
export async function sweepNow(context: SeedContext, now: Date): Promise<void> {
  await sweepOverdueCases(context.db, new Map([[context.site.key, context.site]]), now);
}
