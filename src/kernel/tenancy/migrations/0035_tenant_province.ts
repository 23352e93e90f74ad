// The province of a municipality: Open Referral HSDS 3 requires it in every address (address.state_province).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tenants ADD COLUMN province text`.execute(db);
}
