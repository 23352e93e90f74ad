// What the person asking may see of the monitor, for the pages and the API alike.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../kernel/db/database.js';
import { type MonitorAccess, monitorAccessOf, ownNeighbourhoodOf, PUBLIC_ACCESS } from '../queries/pages.js';

/** The public view for a visitor, a key of a linked system, or anyone on the public door (/monitor). */
export async function accessOfRequest(db: Db, request: FastifyRequest, publicDoor: boolean): Promise<MonitorAccess> {
  const user = request.user?.state === 'actief' ? request.user : undefined;
  if (publicDoor || !user || request.apiToken) return PUBLIC_ACCESS;
  const own = user.role === 'klankbordgroep' ? await ownNeighbourhoodOf(db, user.tenantId, user.userId) : null;
  return monitorAccessOf(user.role, own);
}
