// Signals in the access policy. A worry about a person is read only by the team's professionals who work cases:
// the person did not ask for it. A neighbourhood signal (a theme, where, what would help, and who reported it) also
// by the community worker. The reporter reads only their own signals' state, never the follow-up.
import { caseRoles, residentRoles } from '../../kernel/access/policy.js';
import type { ModulePolicy } from '../../kernel/modules.js';

declare module '../../kernel/access/policy.js' {
  interface DataCategories {
    /** A signal about a person: what was seen, where, the outreach and its result. */
    signaal: true;
    /** A signal about the neighbourhood, with the reporter's contact details. */
    buurtsignaal: true;
    /** The reporter's own signals: that they signalled, and the state each is in. */
    melding: true;
  }
}

/** Who works signals about the neighbourhood: the case workers, and the community worker who takes up themes. */
export const neighbourhoodSignalRoles = [...caseRoles, 'opbouwwerker'] as const;

export const signalsPolicy: ModulePolicy = {
  rules: [
    { category: 'signaal', actions: ['read', 'search', 'update', 'create'], roles: caseRoles, scope: 'tenant' },
    {
      category: 'buurtsignaal',
      actions: ['read', 'search', 'update', 'create'],
      roles: neighbourhoodSignalRoles,
      scope: 'tenant',
    },
    { category: 'melding', actions: ['read', 'create', 'update'], roles: residentRoles, scope: 'self' },
  ],
  categoryWords: {
    signaal: [
      'een signaal over jou: wat iemand zag, en wat het wijkteam deed',
      'a signal about you, and what was done',
    ],
    buurtsignaal: ['een signaal over de buurt', 'a signal about the neighbourhood'],
    melding: ['de signalen die je gaf, en hoe het ermee staat', 'the signals you gave, and their state'],
  },
  purposeWords: {
    signaal_oppakken: ['om het signaal op te pakken en erop af te gaan', 'to take up the signal and reach out'],
    signaal_melden: ['om je signaal te ontvangen', 'to receive your signal'],
    signaal_volgen: ['om je te laten zien hoe het met je signaal staat', 'to show you how your signal is doing'],
  },
};
