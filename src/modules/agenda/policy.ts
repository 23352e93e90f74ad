// The neighbourhood agenda in the access policy. What a proposal says and what the team did are public; who proposed,
// who supports, who follows, and who put themselves forward for the sounding board are personal data.
import { boardRoles, residentRoles, teamRoles } from '../../kernel/access/policy.js';
import type { Role } from '../../kernel/auth/roles.js';
import type { ModulePolicy } from '../../kernel/modules.js';

declare module '../../kernel/access/policy.js' {
  interface DataCategories {
    /** Proposals a resident made for the agenda, as theirs (the proposal's text itself is public). */
    wijkvoorstel: true;
    /** That a resident supports a proposal (only the count is ever shown). */
    steun: true;
    /** That someone follows a result, with the address the mails go to. */
    volger: true;
    /** Members of the sounding board and residents who put themselves forward for the draw. */
    klankbordlid: true;
  }
}

/** Everyone who signs in with a code may propose, support and follow: residents, and the board and council too. */
export const agendaParticipantRoles: readonly Role[] = [...residentRoles, 'klankbordgroep', 'wmoraad'];
/** Who answers proposals, keeps the account and runs the sounding board. */
export const agendaTeamRoles: readonly Role[] = teamRoles;
/** Who sees the draft monitor and the board's meetings before they are public (the kernel's list). */
export { boardRoles };

export const agendaPolicy: ModulePolicy = {
  rules: [
    { category: 'wijkvoorstel', actions: ['read', 'create'], roles: agendaParticipantRoles, scope: 'self' },
    { category: 'wijkvoorstel', actions: ['read', 'search', 'update'], roles: agendaTeamRoles, scope: 'tenant' },
    { category: 'steun', actions: ['read', 'create', 'delete'], roles: agendaParticipantRoles, scope: 'self' },
    { category: 'volger', actions: ['read', 'create', 'delete'], roles: agendaParticipantRoles, scope: 'self' },
    { category: 'klankbordlid', actions: ['read', 'create', 'update'], roles: agendaParticipantRoles, scope: 'self' },
    {
      category: 'klankbordlid',
      actions: ['read', 'search', 'create', 'update'],
      roles: ['opbouwwerker', 'beheerder'],
      scope: 'tenant',
    },
  ],
  categoryWords: {
    wijkvoorstel: ['je voorstellen voor de wijkagenda', 'your proposals for the neighbourhood agenda'],
    steun: ['welke voorstellen je steunt', 'which proposals you support'],
    volger: ['wat je volgt, en je e-mailadres daarvoor', 'what you follow, and your email address for it'],
    klankbordlid: ['je plek in de klankbordgroep of je aanmelding', 'your place on the sounding board'],
  },
  purposeWords: {
    wijkagenda: ['voor de wijkagenda', 'for the neighbourhood agenda'],
    verantwoording_volgen: ['om je te mailen over wat je volgt', 'to mail you about what you follow'],
    klankbordgroep: ['voor de klankbordgroep', 'for the sounding board'],
  },
};
