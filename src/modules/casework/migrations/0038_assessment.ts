// The conversation about self-reliance (issue 12, deliver 2): instruments as data (shared or a municipality's own),
// the municipality's choice of instrument, and assessments on a case with one answer per domain. The built-in
// instrument "Zelfredzaamheid" is written in the team's own plain words; it copies no licensed scale text.
import { type Kysely, sql } from 'kysely';

const levels = [
  'Acute problematiek',
  'Niet zelfredzaam',
  'Beperkt zelfredzaam',
  'Voldoende zelfredzaam',
  'Volledig zelfredzaam',
];

const domains: { key: string; name: string; levels: string[] }[] = [
  {
    key: 'financien',
    name: 'Financiën',
    levels: [
      'Er zijn grote geldproblemen die nu meteen aandacht nodig hebben, zoals afsluiting van gas en licht.',
      'De schulden groeien. Rekeningen blijven liggen en het geld is op voor het einde van de maand.',
      'Het geld is krap. Rekeningen gaan soms te laat. Iemand heeft hulp nodig om overzicht te houden.',
      'Er is genoeg geld voor de vaste lasten. Soms is er hulp bij een lastige brief.',
      'Iemand regelt het geld helemaal zelf en houdt geld over of spaart.',
    ],
  },
  {
    key: 'werk_opleiding',
    name: 'Werk en opleiding',
    levels: [
      'Er is geen werk, opleiding of uitkering, en daardoor zijn er nu problemen.',
      'Er is geen werk of opleiding. Zoeken lukt niet zonder veel hulp.',
      'Iemand zoekt werk of een opleiding, of werkt met veel steun.',
      'Iemand heeft werk of volgt een opleiding, maar het is onzeker of tijdelijk.',
      'Iemand heeft werk of een opleiding die past, of is met pensioen en tevreden.',
    ],
  },
  {
    key: 'tijdsbesteding',
    name: 'Tijdsbesteding',
    levels: [
      'Er is geen ritme. Dag en nacht lopen door elkaar en dat geeft nu problemen.',
      'De dagen zijn leeg of onrustig. Er is bijna niets te doen dat zin geeft.',
      'Er is wel iets te doen, maar niet genoeg of niet elke week.',
      'De meeste dagen zijn gevuld met dingen die iemand wil doen.',
      'Iemand vult de tijd helemaal zelf, met werk, hobby’s of vrijwilligerswerk.',
    ],
  },
  {
    key: 'huisvesting',
    name: 'Huisvesting',
    levels: [
      'Iemand heeft geen dak boven het hoofd, of moet heel snel het huis uit.',
      'Iemand woont tijdelijk of onveilig, of het huis is zo vuil dat wonen niet goed gaat.',
      'Iemand heeft een eigen plek, maar die is onzeker of past niet goed (te duur, te klein, huurachterstand).',
      'Iemand heeft een eigen huis dat past. Soms is er hulp nodig bij onderhoud of regels.',
      'Iemand woont veilig en passend en houdt het huis helemaal zelf op orde.',
    ],
  },
  {
    key: 'huiselijke_relaties',
    name: 'Huiselijke relaties',
    levels: [
      'Er is geweld of dreiging in huis. Iemand is nu niet veilig.',
      'Er is veel ruzie of spanning thuis. Kinderen of huisgenoten hebben er last van.',
      'Er zijn problemen thuis, maar er wordt over gepraat en er is wat hulp.',
      'Het gaat thuis redelijk. Ruzies lossen de mensen meestal samen op.',
      'Het gaat thuis goed en iemand voelt zich veilig. Of iemand woont alleen en wil dat zo.',
    ],
  },
  {
    key: 'geestelijke_gezondheid',
    name: 'Geestelijke gezondheid',
    levels: [
      'Iemand is in gevaar door psychische klachten, bijvoorbeeld door gedachten aan zelfdoding of verwardheid.',
      'Psychische klachten bepalen het leven van elke dag. Er is geen of te weinig behandeling.',
      'Er zijn psychische klachten. Met behandeling of steun gaat het leven meestal door.',
      'Er zijn weinig klachten, of iemand weet er goed mee om te gaan.',
      'Iemand voelt zich psychisch goed en kan tegen een stootje.',
    ],
  },
  {
    key: 'lichamelijke_gezondheid',
    name: 'Lichamelijke gezondheid',
    levels: [
      'Er is een ernstig lichamelijk probleem dat nu zorg nodig heeft, en die zorg is er niet.',
      'Lichamelijke klachten maken elke dag zwaar. Er is te weinig zorg.',
      'Er zijn klachten. Met zorg of hulpmiddelen lukt het leven van elke dag meestal.',
      'Er zijn weinig klachten, of iemand gaat er zelf goed mee om.',
      'Iemand is lichamelijk gezond, of regelt de eigen zorg helemaal zelf.',
    ],
  },
  {
    key: 'middelengebruik',
    name: 'Middelengebruik',
    levels: [
      'Alcohol, drugs, medicijnen of gokken brengen iemand nu in gevaar.',
      'Het gebruik is zo groot dat werk, geld of relaties er veel last van hebben.',
      'Het gebruik geeft problemen, maar iemand wil iets veranderen of krijgt hulp.',
      'Er is gebruik, maar het geeft weinig of geen problemen.',
      'Er is geen gebruik, of alleen af en toe en zonder problemen.',
    ],
  },
  {
    key: 'basale_adl',
    name: 'Basale ADL (wassen, aankleden, eten)',
    levels: [
      'Wassen, aankleden of eten lukt niet en er is geen hulp. Dat is nu gevaarlijk.',
      'Wassen, aankleden of eten lukt vaak niet. De hulp die er is, is niet genoeg.',
      'Met hulp van anderen of met hulpmiddelen lukt het.',
      'Het lukt bijna helemaal zelf, soms met een hulpmiddel.',
      'Iemand wast zich, kleedt zich aan en eet helemaal zelf.',
    ],
  },
  {
    key: 'instrumentele_adl',
    name: 'Instrumentele ADL (huishouden, boodschappen, reizen)',
    levels: [
      'Huishouden, boodschappen of reizen lukt niet en er is geen hulp. Er is nu gevaar, bijvoorbeeld geen eten in ' +
        'huis.',
      'Veel dingen in en om het huis lukken niet. De hulp die er is, is niet genoeg.',
      'Met hulp van anderen lukt het huishouden, boodschappen doen en reizen.',
      'Het lukt bijna allemaal zelf, soms met een beetje hulp.',
      'Iemand doet het huishouden, de boodschappen, de post en het reizen helemaal zelf.',
    ],
  },
  {
    key: 'sociaal_netwerk',
    name: 'Sociaal netwerk',
    levels: [
      'Iemand heeft niemand, of de mensen om iemand heen zijn een gevaar.',
      'Er is bijna geen contact met anderen. Iemand voelt zich vaak alleen.',
      'Er zijn een paar mensen, maar niet genoeg om op terug te vallen.',
      'Er zijn mensen om op terug te vallen, al is het soms weinig.',
      'Iemand heeft genoeg mensen om zich heen en helpt zelf ook anderen.',
    ],
  },
  {
    key: 'maatschappelijke_participatie',
    name: 'Maatschappelijke participatie',
    levels: [
      'Iemand doet nergens aan mee en raakt nu uit beeld, bijvoorbeeld zonder adres of papieren.',
      'Iemand doet bijna nergens aan mee, niet in de buurt en niet daarbuiten.',
      'Iemand doet soms mee, maar weinig, of alleen met hulp.',
      'Iemand doet mee in de buurt, bij een club of een vereniging.',
      'Iemand doet volop mee en zet zich in voor anderen of de buurt.',
    ],
  },
  {
    key: 'justitie',
    name: 'Justitie',
    levels: [
      'Er is nu een zaak bij politie of rechter met direct gevolg, zoals een straf die begint.',
      'Er lopen zaken bij justitie, of iemand doet nu dingen die strafbaar zijn.',
      'Er is contact met justitie, bijvoorbeeld de reclassering of een boete die nog loopt.',
      'Er waren vroeger zaken bij justitie, maar die zijn klaar.',
      'Er is geen contact met politie of justitie.',
    ],
  },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // An instrument without a municipality is shared by all; a municipality adds its own as a row naming it. Not
  // personal data but the texts of a scale, so a reference table (docs/sharding.md): every shard holds all of it,
  // and `municipality_id` only says whose list shows it.
  await sql`
    CREATE TABLE assessment_instruments (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      municipality_id uuid REFERENCES tenants (id) ON DELETE CASCADE,
      key text NOT NULL CHECK (key ~ '^[a-z0-9_]{1,40}$'),
      name text NOT NULL,
      levels jsonb NOT NULL,
      domains jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (id)
    )`.execute(db);
  await sql`
    CREATE UNIQUE INDEX assessment_instruments_key
      ON assessment_instruments ((coalesce(municipality_id, '00000000-0000-0000-0000-000000000000'::uuid)), key)`.execute(
    db,
  );
  await sql`COMMENT ON TABLE assessment_instruments IS 'nabij:reference - scales for the conversation'`.execute(db);
  await sql`
    INSERT INTO assessment_instruments (municipality_id, key, name, levels, domains)
    VALUES (NULL, 'zelfredzaamheid', 'Zelfredzaamheid', ${JSON.stringify(levels)}::jsonb,
      ${JSON.stringify(domains)}::jsonb)`.execute(db);

  // The municipality's choice; a municipality without a row uses the shared "zelfredzaamheid".
  await sql`
    CREATE TABLE assessment_settings (
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      instrument_id uuid NOT NULL REFERENCES assessment_instruments (id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id)
    )`.execute(db);

  // One conversation on a case: when, with which instrument, filled in by whom. Dossier data.
  await sql`
    CREATE TABLE assessments (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
      case_id uuid NOT NULL,
      instrument_id uuid NOT NULL REFERENCES assessment_instruments (id),
      held_at timestamptz NOT NULL DEFAULT now(),
      filled_by_user_id uuid NOT NULL,
      PRIMARY KEY (id, tenant_id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES cases (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, filled_by_user_id) REFERENCES users (tenant_id, id)
    )`.execute(db);
  await sql`CREATE INDEX assessments_case ON assessments (case_id, held_at)`.execute(db);

  // Per domain: the level (null = not discussed), who does what, and whether the resident wants to talk about it.
  await sql`
    CREATE TABLE assessment_answers (
      tenant_id uuid NOT NULL,
      assessment_id uuid NOT NULL,
      domain_key text NOT NULL,
      level smallint CHECK (level BETWEEN 1 AND 5),
      self_text text NOT NULL DEFAULT '',
      network_text text NOT NULL DEFAULT '',
      professional_text text NOT NULL DEFAULT '',
      wants_to_talk boolean NOT NULL DEFAULT false,
      PRIMARY KEY (assessment_id, domain_key, tenant_id),
      FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessments (tenant_id, id) ON DELETE CASCADE
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE assessment_answers`.execute(db);
  await sql`DROP TABLE assessments`.execute(db);
  await sql`DROP TABLE assessment_settings`.execute(db);
  await sql`DROP TABLE assessment_instruments`.execute(db);
}
