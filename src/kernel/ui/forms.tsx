// Form parts in the NL Design System / GOV.UK pattern: error summary on top, message beside the field, nothing typed
// lost.
import type { ComponentChildren } from 'preact';
import { z } from 'zod';
import { tableFileMessages } from '../tables/table-file.js';
import { type Lang, tr } from './messages.js';
import type { View } from './view.js';

/** Field messages, in both languages. Schemas name a key of this table as their error message. */
export const fieldMessages = {
  email_nodig: ['Vul je e-mailadres in.', 'Enter your email address.'],
  email_ongeldig: [
    'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    'Enter a valid email address, like name@example.com.',
  ],
  email_bestaat_al: [
    'Er is al een account met dit e-mailadres.',
    'There already is an account with this email address.',
  ],
  code_ongeldig: ['Vul de 6 cijfers uit de e-mail in.', 'Enter the 6 digits from the email.'],
  code_onjuist: [
    'Deze code klopt niet. Kijk goed in de e-mail en probeer het opnieuw.',
    'This code is not right. Check the email and try again.',
  ],
  code_verlopen: [
    'Deze code is verlopen of al gebruikt. Vraag een nieuwe code aan.',
    'This code has expired or was already used. Ask for a new code.',
  ],
  code_geblokkeerd: [
    'Te vaak een verkeerde code. Vraag een nieuwe code aan.',
    'Too many wrong codes. Ask for a new code.',
  ],
  wachtwoord_nodig: ['Vul je wachtwoord in.', 'Enter your password.'],
  wachtwoord_te_kort: ['Kies een wachtwoord van minstens 12 tekens.', 'Choose a password of at least 12 characters.'],
  wachtwoord_te_lang: ['Kies een wachtwoord van hoogstens 200 tekens.', 'Choose a password of at most 200 characters.'],
  wachtwoorden_verschillen: ['Typ twee keer hetzelfde wachtwoord.', 'Type the same password twice.'],
  inlog_onjuist: [
    'Dit e-mailadres of wachtwoord klopt niet. Na 5 keer verkeerd kun je een kwartier niet inloggen.',
    'This email address or password is not right. After 5 wrong tries you cannot sign in for a quarter of an hour.',
  ],
  inlog_geblokkeerd: [
    'Je kunt een kwartier niet inloggen, omdat er te vaak iets verkeerds is ingevuld. Kijk in je e-mail.',
    'You cannot sign in for a quarter of an hour, because something wrong was entered too often. Check your email.',
  ],
  totp_al_gebruikt: [
    'Deze code is al gebruikt. Wacht op de volgende code in je app.',
    'This code was already used. Wait for the next code in your app.',
  ],
  totp_ongeldig: ['Vul de 6 cijfers uit je app in.', 'Enter the 6 digits from your app.'],
  totp_onjuist: [
    'Deze code klopt niet. Gebruik de nieuwste code uit je app.',
    'This code is not right. Use the newest code in your app.',
  ],
  naam_nodig: ['Vul je naam in.', 'Enter your name.'],
  naam_ander_nodig: [
    'Vul de voornaam in van de persoon voor wie je hulp vraagt.',
    'Enter the first name of the person you are asking help for.',
  ],
  naam_ander_te_lang: [
    'De voornaam mag niet langer zijn dan 100 tekens.',
    'The first name can be at most 100 characters.',
  ],
  naam_te_lang: ['Je naam mag niet langer zijn dan 100 tekens.', 'Your name can be at most 100 characters.'],
  telefoon_ongeldig: [
    'Vul een telefoonnummer in met alleen cijfers, spaties, + of -.',
    'Enter a phone number with only digits, spaces, + or -.',
  ],
  rol_ongeldig: ['Kies een rol.', 'Choose a role.'],
  zoekterm_te_kort: ['Vul minstens 2 tekens in.', 'Enter at least 2 characters.'],
  zoekterm_te_lang: ['Gebruik minder dan 200 tekens.', 'Use fewer than 200 characters.'],
  postcode_ongeldig: [
    'Dit is geen geldige postcode. Een postcode heeft 4 cijfers en 2 letters, zoals 1234 AB.',
    'This is not a valid postcode. A postcode has 4 digits and 2 letters, like 1234 AB.',
  ],
  postcode_onbekend: [
    'We kennen deze postcode niet. We zoeken daarom zonder afstand.',
    'We do not know this postcode, so we search without distance.',
  ],
  bestand_nodig: ['Kies een bestand (CSV of Excel).', 'Choose a file (CSV or Excel).'],
  // Why an uploaded spreadsheet is refused as a whole, with the limits written in (kernel/tables).
  ...tableFileMessages,
  bekend_om_nodig: ['Schrijf op waarom mensen deze persoon kennen.', 'Write down why people know this person.'],
  tekst_te_lang: ['Deze tekst is te lang.', 'This text is too long.'],
  // Neighbourhood themes (signals): the title and summary of a theme for the neighbourhood agenda.
  titel_nodig: ['Geef het thema een korte titel.', 'Give the theme a short title.'],
  niets_wacht: [
    'In deze groep wacht geen signaal meer: er is niets op de wijkagenda te zetten.',
    'No signal in this group is waiting any more: there is nothing to put on the agenda.',
  ],
  samenvatting_nodig: [
    'Schrijf in een paar zinnen wat er in de buurt speelt.',
    'Write in a few sentences what is going on in the area.',
  ],
  taal_onbekend: [
    'Deze taal kennen we niet. Schrijf de naam, zoals Papiaments of Tamazight, of de code, zoals pap.',
    'We do not know this language. Write its name, like Papiamento or Tamazight, or its code, like pap.',
  ],
  toestemming_nodig: [
    'Vraag eerst toestemming. Zonder toestemming zetten we niemand op de lijst.',
    'Ask for consent first. Without consent nobody goes on the list.',
  ],
  omschrijving_nodig: ['Schrijf kort wat het is.', 'Write briefly what it is.'],
  aantal_ongeldig: ['Vul een heel getal in, of laat het leeg.', 'Enter a whole number, or leave it empty.'],
  uitzonderingen_ongeldig: [
    'Schrijf elke regel als 2026-12-21/2027-01-03 kerstvakantie, of 2027-04-27 Koningsdag.',
    'Write each line as 2026-12-21/2027-01-03 Christmas holiday, or 2027-04-27 King’s Day.',
  ],
  verhaal_te_kort: [
    'Vertel iets meer: minstens een paar woorden over wat er speelt.',
    'Tell us a bit more: at least a few words about what is going on.',
  ],
  voor_wie_kiezen: ['Kies voor wie de hulp is.', 'Choose who the help is for.'],
  relatie_nodig: ['Schrijf op wie deze persoon voor je is.', 'Write down who this person is to you.'],
  toestemming_kiezen: ['Kies of deze persoon het weet en goed vindt.', 'Choose whether this person knows and agrees.'],
  bereikbaar_nodig: [
    'Vul een e-mailadres of een telefoonnummer in, zodat we je kunnen bereiken.',
    'Enter an email address or a phone number, so we can reach you.',
  ],
  uitkomst_kiezen: ['Kies of je vraag is opgelost.', 'Choose whether your question was solved.'],
  reden_nodig: [
    'Vertel kort wat er misging, dan kunnen we verder zoeken.',
    'Tell us briefly what went wrong, so we can keep looking.',
  ],
  route_kiezen: ['Kies een route.', 'Choose a route.'],
  wijziging_reden_nodig: [
    'Schrijf op waarom je de triage verandert. Daar leert Nabij van.',
    'Write down why you change the triage. Nabij learns from it.',
  ],
  aanbod_kiezen: [
    'Kies minstens één ding waar je bij wilt helpen.',
    'Choose at least one thing you would like to help with.',
  ],
  afspraken_nodig: [
    'Lees de afspraken en vink aan dat je ze goed vindt.',
    'Read the agreement and tick that you accept it.',
  ],
  datum_ongeldig: [
    'Schrijf de datum als 18-03-2025, of kies hem in de kalender.',
    'Write the date as 18-03-2025, or pick it in the calendar.',
  ],
  uren_ongeldig: ['Vul het aantal uren in, bijvoorbeeld 2 of 1,5.', 'Enter the number of hours, for example 2 or 1.5.'],
  bedrag_ongeldig: ['Schrijf het bedrag als 12,50.', 'Write the amount as 12.50.'],
  jaar_ongeldig: ['Schrijf het jaar in 4 cijfers, zoals 2027.', 'Write the year in 4 digits, like 2027.'],
  periode_ongeldig: ['De einddatum moet na de begindatum liggen.', 'The end date must be after the start date.'],
  naam_gemeente_nodig: ['Vul een naam in.', 'Enter a name.'],
  waarde_ongeldig: [
    'Dit antwoord kunnen we niet gebruiken. Kijk wat je hebt ingevuld of gekozen.',
    'We cannot use this answer. Check what you entered or chose.',
  ],
  provincie_kiezen: ['Kies een provincie uit de lijst.', 'Choose a province from the list.'],
  naam_systeem_nodig: ['Schrijf op welk systeem de sleutel gebruikt.', 'Write down which system uses the key.'],
  rechten_kiezen: ['Kies minstens één recht.', 'Choose at least one right.'],
  datum_voorbij: [
    'Kies vandaag of een latere datum, of laat het leeg.',
    'Choose today or a later date, or leave it empty.',
  ],
  notitie_nodig: ['Schrijf de notitie op.', 'Write the note.'],
  collega_kiezen: ['Kies een collega uit de lijst.', 'Choose a colleague from the list.'],
  overdracht_reden_nodig: [
    'Schrijf op waarom je de casus overdraagt. Je collega leest het in de tijdlijn.',
    'Write down why you hand the case over. Your colleague reads it in the timeline.',
  ],
  casus_uitkomst_kiezen: ['Kies hoe de casus afloopt.', 'Choose how the case ends.'],
  toelichting_nodig: ['Schrijf bij "anders" op hoe de casus afloopt.', 'With "other", write down how the case ends.'],
  heropenen_reden_nodig: ['Schrijf op waarom je de casus weer opent.', 'Write down why you open the case again.'],
  bewaartermijn_dossier: [
    'Vul een heel aantal jaren in, van 15 tot en met 20. Een Wmo-dossier bewaart het wijkteam minstens 15 jaar.',
    'Enter a whole number of years, from 15 to 20. The team keeps a Wmo file for at least 15 years.',
  ],
  bewaartermijn_jeugd: [
    'Vul een heel aantal jaren in, van 20 tot en met 30. De Jeugdwet vraagt minstens 20 jaar.',
    'Enter a whole number of years, from 20 to 30. The Jeugdwet asks for at least 20 years.',
  ],
  bewaartermijn_gekoppeld: [
    'Vul een heel aantal maanden in, van 6 tot en met 60.',
    'Enter a whole number of months, from 6 to 60.',
  ],
  bewaartermijn_kort: [
    'Vul een heel aantal maanden in, van 3 tot en met 24.',
    'Enter a whole number of months, from 3 to 24.',
  ],
  werkdagen_ongeldig: [
    'Vul een heel aantal werkdagen in, van 1 tot en met 30.',
    'Enter a whole number of working days, from 1 to 30.',
  ],
  weken_ongeldig: [
    'Vul een heel aantal weken in, van 1 tot en met 26.',
    'Enter a whole number of weeks, from 1 to 26.',
  ],
  niveau_ongeldig: [
    'Kies een niveau van 1 tot en met 5, of "niet besproken".',
    'Choose a level from 1 to 5, or "not discussed".',
  ],
  gesprek_leeg: [
    'Kies bij minstens één onderwerp een niveau, of schrijf iets op.',
    'Choose a level for at least one topic, or write something down.',
  ],
  instrument_kiezen: ['Kies een instrument uit de lijst.', 'Choose an instrument from the list.'],
  ontvanger_kiezen: ['Kies met wie de gegevens gedeeld worden.', 'Choose who the data is shared with.'],
  ontvanger_naam_nodig: [
    'Schrijf de naam op van de persoon of de organisatie.',
    'Write down the name of the person or the organisation.',
  ],
  gegevens_kiezen: ['Kies welke gegevens gedeeld worden.', 'Choose which data is shared.'],
  doel_kiezen: ['Kies waarvoor de gegevens gedeeld worden.', 'Choose what the data is shared for.'],
  doel_toelichting_nodig: [
    'Schrijf bij "anders" op waarvoor de gegevens gedeeld worden.',
    'With "other", write down what the data is shared for.',
  ],
  toestemming_hoe_kiezen: ['Kies hoe de bewoner toestemming gaf.', 'Choose how the resident gave consent.'],
  onderwerp_kiezen: ['Kies een onderwerp uit de lijst.', 'Choose a topic from the list.'],
  doel_nodig: ['Schrijf op wat je wilt bereiken, in je eigen woorden.', 'Write down what you want to achieve.'],
  afspraak_nodig: ['Schrijf op wat er gaat gebeuren.', 'Write down what is going to happen.'],
  wie_kiezen: ['Kies wie het doet.', 'Choose who does it.'],
  wie_naam_nodig: [
    'Schrijf de naam op van de persoon of de organisatie die het doet.',
    'Write down the name of the person or organisation who does it.',
  ],
  plaats_nodig: ['Schrijf op waar jullie afspreken.', 'Write down where you meet.'],
  genodigde_nodig: ['Schrijf minstens één naam op.', 'Write down at least one name.'],
  grondslag_reden_nodig: [
    'Schrijf op waarom de wet delen zonder toestemming toestaat. De bewoner leest dit.',
    'Write down why the law allows sharing without consent. The resident reads this.',
  ],
  ondersteuner_kiezen: [
    'Kies een cliëntondersteuner uit de lijst, of vul naam en e-mailadres in van iemand die je zelf kiest.',
    'Choose a client supporter from the list, or fill in the name and email address of someone you choose.',
  ],
  delen_kiezen: ['Kies minstens één ding dat je wilt delen.', 'Choose at least one thing you want to share.'],
  email_ander_account: [
    'Dit e-mailadres hoort al bij een ander soort account. Vraag de cliëntondersteuner om een ander e-mailadres.',
    'This email address already belongs to another kind of account. Ask the client supporter for another address.',
  ],
  klacht_soort_kiezen: [
    'Kies of het een klacht of een bezwaar is.',
    'Choose whether it is a complaint or an objection.',
  ],
  klacht_over_nodig: ['Schrijf op waar het over gaat.', 'Write down what it is about.'],
  klacht_wat_nodig: ['Schrijf op wat er is gebeurd.', 'Write down what happened.'],
  klacht_stap_kiezen: ['Kies wat je doet met de klacht.', 'Choose what you do with the complaint.'],
  klacht_antwoord_nodig: [
    'Schrijf het antwoord op. De bewoner leest het.',
    'Write down the answer. The resident reads it.',
  ],
  regisseur_kiezen: [
    'Kies een andere regisseur van de gemeente uit de lijst.',
    'Choose another case director of the municipality from the list.',
  ],
  regisseur_reden_nodig: [
    'Schrijf op waarom deze regisseur de casus krijgt.',
    'Write down why this case director gets the case.',
  ],
  besluit_nodig: [
    'Schrijf op wat je besluit. De bewoner leest dit.',
    'Write down what you decide. The resident reads this.',
  ],
  besluit_reden_nodig: [
    'Schrijf op waarom je dit besluit. De bewoner leest dit.',
    'Write down why you decide this. The resident reads this.',
  ],
  aanbieder_kiezen: ['Kies een aanbieder uit de lijst, of "een andere aanbieder".', 'Choose a provider from the list.'],
  aanbieder_naam_nodig: ['Schrijf de naam van de andere aanbieder op.', 'Write down the name of the other provider.'],
  keuze_reden_nodig: ['Schrijf op waarom je voor deze aanbieder kiest.', 'Write down why you choose this provider.'],
  keuze_hoe_kiezen: ['Kies hoe de bewoner zijn keuze doorgaf.', 'Choose how the resident passed on the choice.'],
  wachttijd_ongeldig: [
    'Vul een heel aantal weken in, van 0 tot en met 104, of laat het leeg.',
    'Enter a whole number of weeks, from 0 to 104, or leave it empty.',
  ],
  // Signals, the team's side (issue 13).
  signaal_stap_kiezen: ['Kies de volgende stap.', 'Choose the next step.'],
  signaal_reden_nodig: ['Schrijf kort waarom.', 'Write briefly why.'],
  signaal_uitkomst_kiezen: ['Kies hoe het signaal afloopt.', 'Choose how the signal ends.'],
  signaal_doorzetting_kiezen: ['Kies waarheen het signaal gaat.', 'Choose where the signal goes.'],
  bezoek_kiezen: ['Kies wat het bezoek opleverde.', 'Choose what the visit gave.'],
  hulp_bij_nodig: [
    'Schrijf op waarbij de persoon hulp wil, in zijn of haar eigen woorden.',
    'Write down what the person wants help with, in their own words.',
  ],
  toestemming_vastleggen_nodig: [
    'Vink aan dat de persoon toestemming gaf. Zonder toestemming leggen we niets vast.',
    'Tick that the person gave consent. Without consent we record nothing.',
  ],
  signaal_termijn_ongeldig: [
    'Vul een heel aantal in: 1 tot en met 720 uur, of 1 tot en met 60 werkdagen.',
    'Enter a whole number: 1 to 720 hours, or 1 to 60 working days.',
  ],
  signaal_tweede_termijn_korter: [
    'De tweede termijn moet langer zijn dan de eerste.',
    'The second term must be longer than the first.',
  ],
  // Signals (issue 13): the reporter's forms and the feedback question.
  zorg_kiezen: ['Kies waar je je zorgen over maakt.', 'Choose what you are worried about.'],
  signaal_tekst_nodig: ['Schrijf kort op wat je ziet of hoort.', 'Write briefly what you see or hear.'],
  waar_nodig: [
    'Vul een straat of een postcode in. Een huisnummer is niet nodig.',
    'Fill in a street or a postcode. A house number is not needed.',
  ],
  signaal_postcode_ongeldig: [
    'Vul de 4 cijfers van de postcode in, zoals 3532, of de hele postcode, zoals 3532 LC.',
    'Enter the 4 digits of the postcode, like 3532, or the whole postcode, like 3532 LC.',
  ],
  weet_persoon_kiezen: ['Kies of de persoon weet dat je dit meldt.', 'Choose whether the person knows.'],
  gevaar_kiezen: ['Kies of er nu gevaar is.', 'Choose whether there is danger right now.'],
  melder_rol_kiezen: ['Kies wie je bent.', 'Choose who you are.'],
  organisatie_nodig: ['Schrijf op bij welke organisatie je werkt.', 'Write down which organisation you work for.'],
  thema_kiezen: ['Kies waar het over gaat.', 'Choose what it is about.'],
  antwoord_kiezen: ['Kies ja of nee.', 'Choose yes or no.'],
  postcodes_ongeldig: [
    'Schrijf postcodes als 4 cijfers (3581) of als hele postcode (3581 AB), gescheiden door een komma of spatie.',
    'Write postcodes as 4 digits (3581) or whole (3581 AB), separated by a comma or space.',
  ],
  postcode_dubbel: [
    'Een postcode hoort bij één buurt. Deze staat ook bij een andere buurt.',
    'A postcode belongs to one area. This one is also given for another area.',
  ],
  // The neighbourhood agenda (issue 14, proposals): the resident's form and the team's steps.
  agenda_wijk_kiezen: ['Kies de wijk waar je voorstel over gaat.', 'Choose the neighbourhood your proposal is about.'],
  agenda_titel_nodig: ['Geef je voorstel een korte titel.', 'Give your proposal a short title.'],
  agenda_titel_te_lang: ['De titel mag hoogstens 120 tekens zijn.', 'The title can be at most 120 characters.'],
  agenda_wat_nodig: ['Schrijf op wat je voorstelt.', 'Write down what you propose.'],
  agenda_verslag_nodig: ['Schrijf kort op wat er besproken is.', 'Write briefly what was discussed.'],
  agenda_bespreking_kiezen: ['Kies wie het besprak.', 'Choose who discussed it.'],
  agenda_antwoord_kiezen: ['Kies het antwoord van het team.', 'Choose the team’s answer.'],
  agenda_antwoordtekst_nodig: [
    'Leg het antwoord kort uit. Bij "nu niet" schrijf je waarom.',
    'Explain the answer briefly. With "not now" write why.',
  ],
  agenda_reden_nodig: ['Schrijf kort waarom.', 'Write briefly why.'],
  agenda_termijn_ongeldig: ['Vul een heel aantal dagen in, van 1 tot en met 365.', 'Enter whole days, from 1 to 365.'],
  agenda_thema_weg: [
    'Dit thema staat al op de wijkagenda, of bestaat niet meer.',
    'This theme is already on the agenda, or no longer exists.',
  ],
  agenda_stap_verouderd: [
    'Iemand anders heeft dit voorstel net een stap verder gezet. Kijk opnieuw en kies dan.',
    'Someone else just moved this proposal on. Look again, then choose.',
  ],
  // Issue 14, helper B: the public account (results, updates, following) and the sounding board.
  resultaat_titel_nodig: ['Geef het resultaat een korte titel.', 'Give the result a short title.'],
  eigenaar_kiezen: ['Kies wie van het team het trekt.', 'Choose who in the team leads it.'],
  wijk_kiezen: ['Kies een wijk.', 'Choose a neighbourhood.'],
  voortgang_ongeldig: [
    'Vul een heel getal van 0 tot en met 100 in, of laat het leeg.',
    'Enter a whole number from 0 to 100, or leave it empty.',
  ],
  resultaat_stap_ongeldig: [
    'Deze status kan niet vanuit de huidige status. Kies een andere.',
    'This status cannot follow the current one. Choose another.',
  ],
  update_tekst_nodig: ['Schrijf kort wat er is gebeurd.', 'Write briefly what happened.'],
  mijlpaal_titel_nodig: ['Geef de mijlpaal een korte naam.', 'Give the milestone a short name.'],
  motivatie_nodig: ['Schrijf kort waarom je mee wilt doen.', 'Write briefly why you want to take part.'],
  account_kiezen: ['Kies een account uit de lijst.', 'Choose an account from the list.'],
  zaadje_nodig: ['Vul het zaadje in dat je vooraf bekend hebt gemaakt.', 'Enter the seed you announced beforehand.'],
  zetels_ongeldig: ['Vul een heel getal van 1 tot en met 50 in.', 'Enter a whole number from 1 to 50.'],
  geen_kandidaten: [
    'Er zijn geen kandidaten met een nummer in deze wijk. Sluit eerst de lijst.',
    'There are no numbered candidates in this neighbourhood. Close the list first.',
  ],
  // The monitor's satisfaction questions (issue 14, C1).
  stelling_kiezen: ['Kies een van de antwoorden.', 'Choose one of the answers.'],
  stelling_minstens_een: [
    'Kies bij minstens één zin een antwoord. Weet je het niet, kies dan "Weet ik niet".',
    'Choose an answer for at least one sentence. If you do not know, choose "I don’t know".',
  ],
} as const satisfies Record<string, readonly [string, string]>;

/** A phone number as people write it (digits, spaces, +, -, brackets); empty when left open. */
export const phoneInput = () =>
  z
    .string()
    .trim()
    .max(20, 'telefoon_ongeldig')
    .regex(/^[0-9+\-\s()]*$/, 'telefoon_ongeldig');

/** An email address that may be left empty. */
export const optionalEmailInput = () =>
  z.union([z.literal(''), z.string().trim().max(254, 'email_ongeldig').pipe(z.email('email_ongeldig'))]);

export type FieldMessageKey = keyof typeof fieldMessages;

export const fieldMessage = (lang: Lang, key: FieldMessageKey): string => fieldMessages[key][lang === 'en' ? 1 : 0];

export type FormErrors = Record<string, FieldMessageKey>;
export type FormValues = Record<string, string>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FormErrors; values: FormValues };

/** Keeps every value as typed (passwords excepted), for showing the form again. */
export function keptValues(body: unknown): FormValues {
  const values: FormValues = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body)) {
      if (typeof value === 'string' && key !== '_csrf' && !/wachtwoord|password/i.test(key)) values[key] = value;
    }
  }
  return values;
}

/**
 * The message key a schema named for a refused value; a check without one (zod's own English text, such as a
 * maximum length or an option that is not offered) gets the general "this answer cannot be used".
 */
export const messageKeyOf = (message: string): FieldMessageKey =>
  message in fieldMessages ? (message as FieldMessageKey) : 'waarde_ongeldig';

/** Validates a form body with the schema that types it; its messages are keys of fieldMessages. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, data: result.data };
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!(field in errors)) errors[field] = messageKeyOf(issue.message);
  }
  return { ok: false, errors, values: keptValues(body) };
}

export function ErrorSummary({
  view,
  errors,
  labels,
}: {
  view: View;
  errors: FormErrors;
  labels: Record<string, string>;
}) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div
      class="utrecht-alert utrecht-alert--error nabij-error-summary"
      role="alert"
      aria-labelledby="foutoverzicht-titel"
      tabIndex={-1}
    >
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <h2 class="utrecht-heading-2" id="foutoverzicht-titel">
            {view.t.errorSummaryTitle}
          </h2>
          <ul class="utrecht-unordered-list">
            {entries.map(([field, key]) => (
              <li key={field}>
                <a class="utrecht-link" href={`#veld-${field}`}>
                  {labels[field] ? `${labels[field]}${labels[field].endsWith('?') ? ' ' : ': '}` : ''}
                  {fieldMessage(view.lang, key)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

type TextFieldProps = {
  view: View;
  name: string;
  label: string;
  values?: FormValues;
  errors?: FormErrors;
  type?: 'text' | 'email' | 'password' | 'tel' | 'search';
  hint?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
  required?: boolean;
  multiline?: boolean;
};

/** The parts every field shares: label, hint and error (each with the id the control points at), then the control. */
export function FieldFrame({
  view,
  id,
  label,
  hint,
  error,
  kind,
  children,
}: {
  view: View;
  id: string;
  label: string;
  hint?: string | undefined;
  error?: FieldMessageKey | undefined;
  kind?: string;
  children: ComponentChildren;
}) {
  return (
    <div
      class={[
        'utrecht-form-field',
        kind ? `utrecht-form-field--${kind}` : '',
        error ? 'utrecht-form-field--invalid' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <div class="utrecht-form-field-description utrecht-form-field__description" id={`${id}-uitleg`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div class="utrecht-form-field-error-message utrecht-form-field__error-message" id={`${id}-fout`}>
          {fieldMessage(view.lang, error)}
        </div>
      ) : null}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export const describedBy = (id: string, hint: string | undefined, error: unknown) =>
  [hint ? `${id}-uitleg` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(props: TextFieldProps) {
  const {
    view,
    name,
    label,
    values,
    errors,
    type = 'text',
    hint,
    autoComplete,
    inputMode,
    required,
    multiline,
  } = props;
  const id = `veld-${name}`;
  const error = errors?.[name];
  const common = {
    id,
    name,
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? ('true' as const) : undefined,
    required,
    autoComplete,
  };
  return (
    <FieldFrame view={view} id={id} label={label} hint={hint} error={error} kind="text">
      {multiline ? (
        <textarea class={`utrecht-textarea${error ? ' utrecht-textarea--invalid' : ''}`} rows={6} {...common}>
          {values?.[name] ?? ''}
        </textarea>
      ) : (
        <input
          class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
          type={type}
          inputMode={inputMode}
          value={type === 'password' ? '' : (values?.[name] ?? '')}
          {...common}
        />
      )}
    </FieldFrame>
  );
}

export function CsrfField({ view }: { view: View }) {
  return <input type="hidden" name="_csrf" value={view.csrfToken} />;
}

export function Form({
  view,
  action,
  children,
  label,
}: {
  view: View;
  action: string;
  children: ComponentChildren;
  label?: string;
}) {
  return (
    <form method="post" action={action} class="nabij-form" noValidate aria-label={label}>
      <CsrfField view={view} />
      {children}
    </form>
  );
}

export function SubmitButton({ children, secondary }: { children: ComponentChildren; secondary?: boolean }) {
  return (
    <button
      type="submit"
      class={`utrecht-button ${secondary ? 'utrecht-button--secondary-action' : 'utrecht-button--primary-action'}`}
    >
      {children}
    </button>
  );
}

export function SelectField({
  view,
  name,
  label,
  options,
  values,
  errors,
  hint,
}: {
  view: View;
  name: string;
  label: string;
  options: readonly (readonly [value: string, text: string])[];
  values?: FormValues;
  errors?: FormErrors;
  hint?: string;
}) {
  const id = `veld-${name}`;
  const error = errors?.[name];
  return (
    <FieldFrame view={view} id={id} label={label} hint={hint} error={error}>
      <select
        class="utrecht-select utrecht-select--html-select"
        id={id}
        name={name}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map(([value, text]) => (
          <option value={value} selected={(values?.[name] ?? '') === value} key={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A checkbox; several with one name (and their own value) make a list, like the needs of a request. */
export function CheckboxField({
  name,
  label,
  values,
  value = 'ja',
  checked: checkedOverride,
}: {
  name: string;
  label: string;
  values?: FormValues;
  value?: string;
  checked?: boolean;
}) {
  const id = value === 'ja' ? `veld-${name}` : `veld-${name}-${value}`;
  const checked = checkedOverride ?? ['ja', 'on', 'true', '1'].includes(values?.[name] ?? '');
  return (
    <div class="utrecht-form-field utrecht-form-field--checkbox">
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={id}
          name={name}
          value={value}
          checked={checked}
        />
      </div>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

/** The message of a field without a frame of its own (a group of checkboxes, a pair of buttons), beside it. */
export function FieldError({ view, name, errors }: { view: View; name: string; errors?: FormErrors | undefined }) {
  const error = errors?.[name];
  return error ? (
    <p class="utrecht-form-field-error-message" id={`veld-${name}-fout`}>
      {fieldMessage(view.lang, error)}
    </p>
  ) : null;
}

/**
 * A question with one answer out of a few, as radio buttons in a fieldset; the hint and the error sit under the
 * legend.
 */
export function RadioField({
  view,
  name,
  legend,
  options,
  values,
  errors,
  hint,
}: {
  view: View;
  name: string;
  legend: string;
  options: readonly (readonly [value: string, text: string])[];
  values: FormValues;
  errors?: FormErrors;
  hint?: string;
}) {
  const error = errors?.[name];
  const id = `veld-${name}`;
  return (
    <fieldset
      class={`utrecht-form-fieldset${error ? ' utrecht-form-field--invalid' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      {hint ? (
        <p class="utrecht-form-field-description" id={`${id}-uitleg`}>
          {hint}
        </p>
      ) : null}
      <FieldError view={view} name={name} errors={errors} />
      {options.map(([value, label]) => (
        <div class="utrecht-form-field utrecht-form-field--radio" key={value}>
          <input
            class="utrecht-radio-button utrecht-radio-button--html-input"
            type="radio"
            id={`veld-${name}-${value}`}
            name={name}
            value={value}
            checked={values[name] === value}
          />
          <label class="utrecht-form-label utrecht-form-label--radio" for={`veld-${name}-${value}`}>
            {label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * The top of an administrator's settings page: what went wrong, the way back to /beheer, the title, and (after a
 * save) a status line saying so.
 */
export function SettingsPageTop({
  view,
  errors,
  labels,
  title,
  saved,
}: {
  view: View;
  errors: FormErrors | undefined;
  labels: Record<string, string>;
  title: string;
  /** The status line after a save; nothing when undefined. */
  saved: string | undefined;
}) {
  const { lang } = view;
  return (
    <>
      <ErrorSummary view={view} errors={errors ?? {}} labels={labels} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/beheer">
          {tr(lang, 'Terug naar beheer', 'Back to administration')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      {saved ? (
        <p class="utrecht-paragraph" role="status">
          {saved}
        </p>
      ) : null}
    </>
  );
}
