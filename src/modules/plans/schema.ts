// Table types of the personal plan: the plan of a case, its goals and agreements, every change, the network meeting.
import type { Generated } from 'kysely';

export const planStatuses = ['concept', 'vastgesteld'] as const;
export type PlanStatus = (typeof planStatuses)[number];
/** Who carries out an agreement: the resident, someone of their network, a volunteer, an activity, a professional. */
export const agreementWhos = ['bewoner', 'netwerk', 'vrijwilliger', 'activiteit', 'professional'] as const;
export type AgreementWho = (typeof agreementWhos)[number];

export interface PlanTable {
  id: Generated<string>;
  tenant_id: string;
  case_id: string;
  status: Generated<PlanStatus>;
  /** When the plan was set (vastgesteld): the case's plan term stops here. */
  set_at: Date | null;
  set_by_user_id: string | null;
  created_at: Generated<Date>;
}

export interface PlanGoalTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  /** A domain key of the case's instrument, or 'anders'. */
  domain_key: string;
  /** In the resident's own words. */
  goal: string;
  went_well: Generated<string>;
  created_at: Generated<Date>;
  removed_at: Date | null;
}

export interface PlanAgreementTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  goal_id: string | null;
  what: string;
  who: AgreementWho;
  /** The person of the network, the volunteer, or the provider, by name. */
  who_name: string | null;
  /** An activity of the social base, when who = 'activiteit'. */
  activity_id: string | null;
  /** A referral to a provider (issue 12, deliver 5 links it); empty until then. */
  referral_id: string | null;
  /** ISO date (Dutch calendar day). */
  due_on: string | null;
  done_at: Date | null;
  created_at: Generated<Date>;
  removed_at: Date | null;
}

export interface PlanChangeTable {
  id: Generated<number>;
  tenant_id: string;
  plan_id: string;
  at: Generated<Date>;
  actor_user_id: string | null;
  actor_role: string;
  /** 'plan', 'doel', 'afspraak', 'beraad', 'genodigde'. */
  item_kind: string;
  item_id: string | null;
  /** Which field, or 'toegevoegd' / 'verwijderd' / 'vastgesteld' / 'gedaan' for a whole item. */
  field: string;
  old_text: string | null;
  new_text: string | null;
}

export interface PlanMeetingTable {
  id: Generated<string>;
  tenant_id: string;
  plan_id: string;
  meets_on: string;
  place: string;
  created_at: Generated<Date>;
}

export interface PlanMeetingInviteeTable {
  id: Generated<string>;
  tenant_id: string;
  meeting_id: string;
  name: string;
  phone: string | null;
  email: string | null;
  /** The agreement written after the meeting: what this person will do. */
  agreement_id: string | null;
}

export interface PlanTables {
  plans: PlanTable;
  plan_goals: PlanGoalTable;
  plan_agreements: PlanAgreementTable;
  plan_changes: PlanChangeTable;
  plan_meetings: PlanMeetingTable;
  plan_meeting_invitees: PlanMeetingInviteeTable;
}
