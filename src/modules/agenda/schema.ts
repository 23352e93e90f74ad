// Table types of the neighbourhood agenda, the public account and the sounding board, and the words they are made of.
import type { Generated } from 'kysely';

/** The states of a proposal; the steps between them are the table in states.ts. */
export const proposalStatuses = ['ingediend', 'besproken', 'beantwoord', 'verborgen'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** The team's answer to a proposal: taken up, not now (with a reason), or already under way. */
export const proposalAnswers = ['aangenomen', 'niet_nu', 'al_bezig'] as const;
export type ProposalAnswer = (typeof proposalAnswers)[number];

export const proposalOrigins = ['bewoner', 'signalen', 'team'] as const;
export type ProposalOrigin = (typeof proposalOrigins)[number];

export const resultStatuses = ['gepland', 'bezig', 'klaar', 'gestopt'] as const;
export type ResultStatus = (typeof resultStatuses)[number];

export const memberChoices = ['gekozen', 'geloot'] as const;
export type MemberChoice = (typeof memberChoices)[number];

export interface AgendaSettingsTable {
  tenant_id: string;
  answer_term_days: Generated<number>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

export interface AgendaProposalTable {
  id: Generated<string>;
  tenant_id: string;
  reference: string;
  neighbourhood_id: string;
  area_id: string | null;
  title: string;
  what: string;
  where_text: Generated<string>;
  why: Generated<string>;
  own_contribution: Generated<string>;
  proposer_user_id: string | null;
  theme_id: string | null;
  origin: Generated<ProposalOrigin>;
  status: ProposalStatus;
  answer: ProposalAnswer | null;
  answer_text: Generated<string>;
  answered_by: string | null;
  answered_at: Date | null;
  answer_due_at: Date;
  hidden_reason: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AgendaSupportTable {
  tenant_id: string;
  proposal_id: string;
  user_id: string;
  created_at: Generated<Date>;
}

export interface AgendaProposalEventTable {
  id: Generated<string>;
  tenant_id: string;
  proposal_id: string;
  at: Generated<Date>;
  actor_user_id: string | null;
  /** 'ingediend', 'besproken', 'beantwoord', 'verborgen', 'teruggezet', 'resultaat' … */
  kind: string;
  from_status: ProposalStatus | null;
  to_status: ProposalStatus | null;
  text: Generated<string>;
  meeting_id: string | null;
}

export interface AgendaResultTable {
  id: Generated<string>;
  tenant_id: string;
  neighbourhood_id: string;
  proposal_id: string | null;
  title: string;
  description: Generated<string>;
  owner_user_id: string;
  status: ResultStatus;
  progress: Generated<number>;
  starts_on: string | null;
  ends_on: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AgendaMilestoneTable {
  id: Generated<string>;
  tenant_id: string;
  result_id: string;
  title: string;
  due_on: string | null;
  done_on: string | null;
  position: Generated<number>;
}

export interface AgendaUpdateTable {
  id: Generated<string>;
  tenant_id: string;
  result_id: string;
  at: Generated<Date>;
  author_user_id: string | null;
  text: string;
  progress: number | null;
  status: ResultStatus | null;
  mailed_at: Date | null;
}

export interface AgendaFollowTable {
  id: Generated<string>;
  tenant_id: string;
  result_id: string;
  user_id: string | null;
  email: string | null;
  stop_token_hash: string;
  confirmed_at: Date | null;
  created_at: Generated<Date>;
}

/** A link in a mail to a follower (migration 0049): confirm a follow by e-mail, or stop following. */
export interface AgendaFollowLinkTable {
  token_hash: string;
  tenant_id: string;
  follow_id: string;
  purpose: 'bevestigen' | 'stoppen';
  created_at: Generated<Date>;
}

export interface SoundingBoardMemberTable {
  id: Generated<string>;
  tenant_id: string;
  neighbourhood_id: string;
  user_id: string;
  chosen_how: MemberChoice;
  draw_id: string | null;
  from_on: string;
  until_on: string;
  ended_on: string | null;
  created_at: Generated<Date>;
}

export interface SoundingBoardCandidateTable {
  id: Generated<string>;
  tenant_id: string;
  neighbourhood_id: string;
  user_id: string;
  motivation: Generated<string>;
  number: number | null;
  withdrawn_at: Date | null;
  created_at: Generated<Date>;
}

export interface SoundingBoardDrawTable {
  id: Generated<string>;
  tenant_id: string;
  neighbourhood_id: string;
  seed: string;
  candidate_numbers: number[];
  seats: number;
  drawn_numbers: number[];
  drawn_by: string | null;
  drawn_at: Generated<Date>;
}

export interface SoundingBoardMeetingTable {
  id: Generated<string>;
  tenant_id: string;
  neighbourhood_id: string;
  held_on: string;
  place: Generated<string>;
  agenda: Generated<string>;
  minutes: Generated<string>;
  minutes_published_at: Date | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface AgendaTables {
  agenda_settings: AgendaSettingsTable;
  agenda_proposals: AgendaProposalTable;
  agenda_supports: AgendaSupportTable;
  agenda_proposal_events: AgendaProposalEventTable;
  agenda_results: AgendaResultTable;
  agenda_milestones: AgendaMilestoneTable;
  agenda_updates: AgendaUpdateTable;
  agenda_follows: AgendaFollowTable;
  agenda_follow_links: AgendaFollowLinkTable;
  sounding_board_members: SoundingBoardMemberTable;
  sounding_board_candidates: SoundingBoardCandidateTable;
  sounding_board_draws: SoundingBoardDrawTable;
  sounding_board_meetings: SoundingBoardMeetingTable;
}
