// Key persons (sleutelpersonen): people the neighbourhood knows and trusts, recorded only with their consent,
// and only ever visible to team roles. Every query takes a GatedDb.
import type { GatedDb } from '../../../kernel/access/gate.js';

export type KeyPerson = {
  id: string;
  name: string;
  knownFor: string;
  phone: string | null;
  email: string | null;
  languages: string[];
  needKeys: string[];
  consentRecordedAt: Date;
};

export async function listKeyPersons(db: GatedDb, tenantId: string): Promise<KeyPerson[]> {
  return db
    .selectFrom('key_persons')
    .select([
      'id',
      'name',
      'known_for as knownFor',
      'phone',
      'email',
      'languages',
      'need_keys as needKeys',
      'consent_recorded_at as consentRecordedAt',
    ])
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
}

export type NewKeyPerson = Omit<KeyPerson, 'id' | 'consentRecordedAt'>;

export async function insertKeyPerson(
  db: GatedDb,
  tenantId: string,
  recordedBy: string,
  person: NewKeyPerson,
): Promise<string> {
  const row = await db
    .insertInto('key_persons')
    .values({
      tenant_id: tenantId,
      name: person.name,
      known_for: person.knownFor,
      phone: person.phone,
      email: person.email,
      languages: person.languages,
      need_keys: person.needKeys,
      consent_recorded_at: new Date(),
      consent_recorded_by: recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteKeyPerson(db: GatedDb, tenantId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('key_persons')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
