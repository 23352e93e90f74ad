// Keeping the team's list of key persons: one is added only with their consent, and removed when they withdraw it.
// Both go through the access gate, so the access log shows who did it and why.
import { withAccess } from '../../../kernel/access/gate.js';
import type { SignedInActor } from '../../../kernel/auth/actor.js';
import type { Db } from '../../../kernel/db/database.js';
import type { KeyPersonForm } from '../pages/key-persons-page.js';
import { deleteKeyPerson, insertKeyPerson } from '../queries/key-persons.js';

export async function addKeyPerson(db: Db, actor: SignedInActor, form: KeyPersonForm): Promise<string> {
  return withAccess(
    db,
    actor,
    { category: 'sleutelpersoon', action: 'create', purpose: 'sociale_kaart', subjectUserId: null },
    (gated) =>
      insertKeyPerson(gated, actor.tenantId, actor.userId, {
        name: form.naam,
        knownFor: form.bekend_om,
        phone: form.telefoon || null,
        email: form.email || null,
        languages: form.talen.length > 0 ? form.talen : ['nl'],
        needKeys: form.behoefte ? [form.behoefte] : [],
      }),
  );
}

/** Removes a key person, for instance when they withdraw their consent; false when there is no such person. */
export async function removeKeyPerson(db: Db, actor: SignedInActor, keyPersonId: string): Promise<boolean> {
  return withAccess(
    db,
    actor,
    { category: 'sleutelpersoon', action: 'delete', purpose: 'sociale_kaart', subjectUserId: null },
    (gated) => deleteKeyPerson(gated, actor.tenantId, keyPersonId),
  );
}
