// A generated social base at the scale of a city (or a neighbourhood), for benchmarks and for trying search on
// realistic volumes: `nabij seed --scale city`. Deterministic: the same seed gives the same municipality. No personal
// data: providers are organisations, contact addresses are organisation mailboxes on .example.
import type { Db } from '../../src/kernel/db/database.js';
import { type NeedKey, needKeys } from '../../src/kernel/taxonomy/needs.js';
import { ensureTenant, type Tenant } from '../../src/kernel/tenancy/queries.js';
import { type ActivityInput, isFreeOfCharge } from '../../src/modules/socialbase/activity-import.js';
import { type PostcodeRow, upsertPostcodes } from '../../src/kernel/geo/index.js';
import {
  type Schedule,
  type ScheduleException,
  scheduleDays,
  type Weekday,
  weekdayName,
  weekdays,
} from '../../src/kernel/time/index.js';
import type { ActivityKind } from '../../src/modules/socialbase/schema.js';

/** Activities per scale of `nabij seed --scale`. */
export const cityScales = { buurt: 1_000, city: 20_000 } as const;
export type CityScale = keyof typeof cityScales;

export const DEFAULT_CITY_SEED = 20_261_123;

/** Centre and size of the generated city: about 10 km across, where the demo lives too. */
const centre = { lat: 52.09, lon: 5.12 };
const GRID = 8;
const CITY_KM = 10;
const cellLat = CITY_KM / GRID / 111.2;
const cellLon = CITY_KM / GRID / (111.32 * Math.cos((centre.lat * Math.PI) / 180));
/** PC4 areas 3511–3574: clear of the demo's 3581–3584, so both can live in one database. */
const FIRST_PC4 = 3511;
/** Letters Dutch postcodes use; SA, SD and SS are not issued. */
const postcodeLetters = 'ABCDEGHJKLMNPRSTVWXZ';
const validLetterPairs = [...postcodeLetters].flatMap((a, i) =>
  [...postcodeLetters].flatMap((b, j) =>
    ['SA', 'SD', 'SS'].includes(a + b) ? [] : [{ letters: a + b, row: i, col: j }],
  ),
);

/** mulberry32: small, fast and good enough to shuffle building blocks. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = ReturnType<typeof seededRandom>;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (random: Random, p: number) => random() < p;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

type DayPart = 'ochtend' | 'middag' | 'avond';
type Template = {
  name: string;
  needs: NeedKey[];
  kind: ActivityKind;
  /** How it usually runs: at fixed times, or by appointment (services at home). */
  appointment?: boolean;
  parts: DayPart[];
  text: string;
  professional?: boolean;
};

// What neighbourhoods offer, per need key, in the words of the demo social base.
const templates: Template[] = [
  {
    name: 'Koffieochtend',
    needs: ['ontmoeting'],
    kind: 'activiteit',
    parts: ['ochtend'],
    text:
      'De deur staat open voor een kop koffie of thee met iets lekkers erbij. Je hoeft niemand te kennen: loop ' +
      'gewoon binnen.',
  },
  {
    name: 'Open huiskamer',
    needs: ['ontmoeting'],
    kind: 'voorziening',
    parts: ['ochtend', 'middag'],
    text: 'Lees de krant, maak een praatje of zit gewoon even ergens anders dan thuis. De koffie is gratis.',
  },
  {
    name: 'Buurtkamer',
    needs: ['ontmoeting'],
    kind: 'initiatief',
    parts: ['middag'],
    text: 'Bewoners hebben een lege ruimte omgebouwd tot buurtkamer. Kletsen, puzzelen, samen een spelletje doen.',
  },
  {
    name: 'Sjoelen en kaarten',
    needs: ['ontmoeting'],
    kind: 'activiteit',
    parts: ['middag'],
    text: 'Er wordt gesjoeld, geklaverjast en gerikt. Nieuw met kaarten? Er is altijd iemand die het rustig uitlegt.',
  },
  {
    name: 'Zangmiddag',
    needs: ['ontmoeting'],
    kind: 'activiteit',
    parts: ['middag'],
    text: 'Samen zingen we bekende liedjes van vroeger en nu. Je hoeft geen noten te kunnen lezen.',
  },
  {
    name: 'Handwerkcafé',
    needs: ['ontmoeting'],
    kind: 'activiteit',
    parts: ['middag', 'avond'],
    text: 'Breien, haken of borduren met buren. Neem je eigen werkje mee of leer iets nieuws.',
  },
  {
    name: 'Buurtbingo',
    needs: ['ontmoeting'],
    kind: 'activiteit',
    parts: ['middag', 'avond'],
    text: 'Een gezellige bingo met kleine prijsjes uit de buurt. Een kaart kost bijna niets.',
  },
  {
    name: 'Inloopochtend',
    needs: ['ontmoeting', 'psychisch'],
    kind: 'voorziening',
    parts: ['ochtend'],
    text: 'Even je verhaal kwijt of gewoon gezelschap? Vrijwilligers zetten koffie en hebben een luisterend oor.',
  },
  {
    name: 'Buurtontbijt',
    needs: ['ontmoeting', 'maaltijd'],
    kind: 'activiteit',
    parts: ['ochtend'],
    text: 'We zetten de tafels klaar voor een groot ontbijt met de buurt. Neem gerust iemand mee.',
  },
  {
    name: 'Samen eten',
    needs: ['maaltijd', 'ontmoeting'],
    kind: 'initiatief',
    parts: ['avond'],
    text: 'Buren koken om de beurt een warme maaltijd. Alleenstaanden, gezinnen, jong en oud schuiven aan.',
  },
  {
    name: 'Buurtmaaltijd',
    needs: ['maaltijd'],
    kind: 'activiteit',
    parts: ['avond'],
    text: 'Een driegangenmaaltijd voor een klein bedrag. Vegetarisch eten kan altijd. Meld je een dag van tevoren aan.',
  },
  {
    name: 'Eettafel',
    needs: ['maaltijd', 'ontmoeting'],
    kind: 'initiatief',
    parts: ['middag', 'avond'],
    text: 'De ene week Surinaams, de andere week Hollandse stamppot. Samen eten is gezellig.',
  },
  {
    name: 'Soepmiddag',
    needs: ['maaltijd'],
    kind: 'activiteit',
    parts: ['middag'],
    text: 'Verse soep met brood, gemaakt door vrijwilligers met groente uit de buurtmoestuin.',
  },
  {
    name: 'Boodschappendienst',
    needs: ['boodschappen'],
    kind: 'dienst',
    parts: ['ochtend'],
    text: 'Kun je zelf even geen boodschappen doen? Vrijwilligers gaan voor je naar de supermarkt of lopen met je mee.',
  },
  {
    name: 'Boodschappenmaatje',
    needs: ['boodschappen', 'maatje'],
    kind: 'dienst',
    appointment: true,
    parts: ['ochtend'],
    text:
      'Een vaste vrijwilliger gaat een keer per week met je boodschappen doen. Je betaalt alleen je eigen ' +
      'boodschappen.',
  },
  {
    name: 'Boodschappenbus',
    needs: ['boodschappen', 'vervoer'],
    kind: 'dienst',
    parts: ['ochtend'],
    text: 'De bus haalt je thuis op en brengt je naar het winkelcentrum en weer terug.',
  },
  {
    name: 'Buurtbus',
    needs: ['vervoer'],
    kind: 'dienst',
    parts: ['ochtend', 'middag'],
    text:
      'De buurtbus brengt je voor een klein bedrag naar de huisarts, de markt of de apotheek. Bel een dag van ' +
      'tevoren.',
  },
  {
    name: 'Rijmaatjes',
    needs: ['vervoer'],
    kind: 'dienst',
    appointment: true,
    parts: ['ochtend'],
    text: 'Een vrijwilliger brengt je met de eigen auto naar het ziekenhuis of de fysiotherapeut en weer thuis.',
  },
  {
    name: 'Repair Café',
    needs: ['klussen', 'ontmoeting'],
    kind: 'activiteit',
    parts: ['ochtend', 'middag'],
    text:
      'Is je broodrooster stuk of je fietsband lek? Handige vrijwilligers repareren het samen met jou. Ondertussen ' +
      'drink je een kop koffie.',
  },
  {
    name: 'Klusploeg',
    needs: ['klussen'],
    kind: 'dienst',
    appointment: true,
    parts: ['ochtend'],
    text: 'Een lamp ophangen of een kraan die lekt: de vaste klussers komen langs en lossen het samen met je op.',
  },
  {
    name: 'Fietsenwerkplaats',
    needs: ['klussen', 'werk'],
    kind: 'voorziening',
    parts: ['middag'],
    text: 'Leer je eigen fiets maken. Gereedschap en onderdelen zijn er; vrijwilligers helpen je.',
  },
  {
    name: 'Moestuin',
    needs: ['tuin', 'ontmoeting', 'bewegen'],
    kind: 'initiatief',
    parts: ['ochtend'],
    text: 'We zaaien, wieden en oogsten samen. Je hebt geen groene vingers nodig; we leren het elkaar.',
  },
  {
    name: 'Schoffelteam',
    needs: ['tuin'],
    kind: 'dienst',
    appointment: true,
    parts: ['ochtend'],
    text: 'Lukt het niet meer om je tuin bij te houden? Het team komt snoeien, wieden en maaien.',
  },
  {
    name: 'Formulierenspreekuur',
    needs: ['administratie'],
    kind: 'dienst',
    parts: ['ochtend', 'middag'],
    text:
      'Snap je een brief niet of moet je een toeslag aanvragen? ' +
      'Vrijwilligers helpen je met brieven en formulieren.',
  },
  {
    name: 'Hulp bij post en formulieren',
    needs: ['administratie', 'geldzaken'],
    kind: 'dienst',
    parts: ['middag'],
    text: 'Samen maken we je papieren overzichtelijk en zoeken we uit wat er moet gebeuren. Neem je brieven mee.',
  },
  {
    name: 'Belastingspreekuur',
    needs: ['administratie', 'geldzaken'],
    kind: 'dienst',
    parts: ['ochtend'],
    text: 'Hulp bij je belastingaangifte en toeslagen. Neem je DigiD-gegevens mee.',
    professional: true,
  },
  {
    name: 'Thuisadministratie',
    needs: ['administratie', 'geldzaken'],
    kind: 'dienst',
    appointment: true,
    parts: ['ochtend'],
    text: 'Een getrainde vrijwilliger komt bij je thuis en helpt je je administratie weer op orde te krijgen.',
  },
  {
    name: 'Budgetcafé',
    needs: ['geldzaken', 'ontmoeting'],
    kind: 'activiteit',
    parts: ['avond'],
    text:
      'Tips over besparen, toeslagen en een weekbudget maken. Niemand hoeft iets over zijn eigen situatie te ' +
      'vertellen.',
  },
  {
    name: 'Geldzorgenspreekuur',
    needs: ['geldzaken', 'schulden'],
    kind: 'dienst',
    parts: ['ochtend'],
    text: 'Loop je achter met betalen? Een schuldhulpverlener kijkt met je naar je situatie en maakt een plan.',
    professional: true,
  },
  {
    name: 'Schuldhulpmaatje',
    needs: ['schulden', 'maatje'],
    kind: 'dienst',
    appointment: true,
    parts: ['ochtend'],
    text: 'Een maatje helpt je overzicht te krijgen in je schulden en gaat mee naar afspraken.',
  },
  {
    name: 'Digicafé',
    needs: ['digitaal'],
    kind: 'activiteit',
    parts: ['ochtend'],
    text: 'Vragen over je telefoon, tablet of laptop? Vrijwilligers helpen met appen, DigiD en internetbankieren.',
  },
  {
    name: 'Klik en Tik',
    needs: ['digitaal'],
    kind: 'activiteit',
    parts: ['middag'],
    text: 'Een cursus voor wie voor het eerst met de computer werkt, in kleine stappen en in je eigen tempo.',
  },
  {
    name: 'Telefoonhulp',
    needs: ['digitaal'],
    kind: 'activiteit',
    parts: ['middag'],
    text: 'Jongeren uit de buurt helpen je met videobellen, appen en een afspraak maken via de app van de huisarts.',
  },
  {
    name: 'Taalcafé',
    needs: ['taal', 'ontmoeting'],
    kind: 'activiteit',
    parts: ['ochtend', 'avond'],
    text: 'Oefen Nederlands in gewone gesprekken: boodschappen doen, naar de dokter gaan, een gesprek op school.',
  },
  {
    name: 'Taalmaatje',
    needs: ['taal', 'maatje'],
    kind: 'dienst',
    appointment: true,
    parts: ['middag'],
    text: 'Een vrijwilliger oefent een keer per week Nederlands met je, over wat jij belangrijk vindt.',
  },
  {
    name: 'Nederlandse les',
    needs: ['taal'],
    kind: 'activiteit',
    parts: ['ochtend', 'avond'],
    text: 'Les in kleine groepjes voor beginners en gevorderden. Er is kinderopvang tijdens de les.',
  },
  {
    name: 'Ouderochtend',
    needs: ['opvoeding', 'ontmoeting'],
    kind: 'activiteit',
    parts: ['ochtend'],
    text: 'Ouders praten met elkaar over slapen, eten, schermtijd en ruzie tussen broertjes en zusjes.',
  },
  {
    name: 'Opvoedspreekuur',
    needs: ['opvoeding'],
    kind: 'dienst',
    parts: ['middag'],
    text: 'Een gezinscoach beantwoordt je vragen over opvoeden en opgroeien.',
    professional: true,
  },
  {
    name: 'Peuterspeelochtend',
    needs: ['kinderopvang', 'opvoeding', 'ontmoeting'],
    kind: 'activiteit',
    parts: ['ochtend'],
    text: "Kinderen spelen samen terwijl ouders, opa's en oma's een kop koffie drinken.",
  },
  {
    name: 'Oppasnetwerk',
    needs: ['kinderopvang'],
    kind: 'initiatief',
    appointment: true,
    parts: ['middag'],
    text: 'Ouders ruilen oppasuren; er gaat geen geld in om. Iedereen die oppast heeft een VOG.',
  },
  {
    name: 'Huiswerkklas',
    needs: ['huiswerk', 'jongeren'],
    kind: 'activiteit',
    parts: ['middag'],
    text: 'Studenten helpen kinderen met rekenen, begrijpend lezen en een spreekbeurt voorbereiden.',
  },
  {
    name: 'Huiswerkbegeleiding',
    needs: ['huiswerk'],
    kind: 'dienst',
    parts: ['middag'],
    text: 'Een rustige plek met een computer en hulp bij plannen en leren voor toetsen.',
  },
  {
    name: 'Wandelgroep',
    needs: ['bewegen', 'ontmoeting'],
    kind: 'activiteit',
    parts: ['ochtend'],
    text: 'We wandelen in een rustig tempo een uur door de wijk en drinken daarna samen koffie.',
  },
  {
    name: 'Stoelyoga',
    needs: ['bewegen', 'gezondheid'],
    kind: 'activiteit',
    parts: ['ochtend', 'middag'],
    text: 'Yoga op een stoel, zodat iedereen mee kan doen, ook met stijve gewrichten of een rollator.',
  },
  {
    name: 'Walking football',
    needs: ['bewegen', 'ontmoeting'],
    kind: 'activiteit',
    parts: ['ochtend'],
    text: 'Voetballen in wandeltempo voor 55-plussers. Daarna een bakje koffie in de kantine.',
  },
  {
    name: 'Bewegen voor ouderen',
    needs: ['bewegen', 'gezondheid'],
    kind: 'activiteit',
    parts: ['ochtend'],
    text: 'Oefeningen voor balans en kracht, zodat je zekerder loopt.',
  },
  {
    name: 'Fietsgroep',
    needs: ['bewegen', 'ontmoeting'],
    kind: 'activiteit',
    parts: ['middag'],
    text: 'Samen fietsen we een rondje door de polder. Een elektrische fiets mag ook.',
  },
  {
    name: 'Mantelzorgcafé',
    needs: ['mantelzorg', 'ontmoeting'],
    kind: 'activiteit',
    parts: ['middag', 'avond'],
    text: 'Zorg je voor je partner, ouder of kind? Kom even op adem met andere mantelzorgers.',
  },
  {
    name: 'Respijthulp',
    needs: ['mantelzorg'],
    kind: 'dienst',
    appointment: true,
    parts: ['middag'],
    text: 'Een vrijwilliger neemt de zorg een middag van je over, zodat jij even weg kunt.',
  },
  {
    name: 'Maatjesproject',
    needs: ['maatje', 'ontmoeting'],
    kind: 'dienst',
    appointment: true,
    parts: ['middag'],
    text: 'Zin om samen te wandelen of een museum te bezoeken? We koppelen je aan een maatje uit de buurt.',
  },
  {
    name: 'Bezoekdienst',
    needs: ['maatje'],
    kind: 'dienst',
    appointment: true,
    parts: ['middag'],
    text: 'Een vrijwilliger komt regelmatig bij je op bezoek voor een praatje en een kop koffie.',
  },
  {
    name: 'Telefooncirkel',
    needs: ['maatje', 'veiligheid'],
    kind: 'initiatief',
    parts: ['ochtend'],
    text: 'Elke ochtend bellen deelnemers elkaar even, zodat je weet dat alles goed is.',
  },
  {
    name: 'Uitlaatmaatjes',
    needs: ['huisdieren'],
    kind: 'initiatief',
    appointment: true,
    parts: ['ochtend', 'middag'],
    text: 'Buren laten je hond uit of voeren je kat als het jou even niet lukt.',
  },
  {
    name: 'Werkcafé',
    needs: ['werk'],
    kind: 'activiteit',
    parts: ['ochtend'],
    text: 'Hulp bij je cv, een sollicitatiebrief of het zoeken naar vrijwilligerswerk.',
  },
  {
    name: 'Dagbesteding',
    needs: ['werk', 'psychisch'],
    kind: 'voorziening',
    parts: ['ochtend', 'middag'],
    text: 'Werken in je eigen tempo met begeleiding, als opstap naar werk of voor ritme in je week.',
    professional: true,
  },
  {
    name: 'Vrijwilligerspunt',
    needs: ['werk'],
    kind: 'dienst',
    parts: ['ochtend'],
    text: 'We zoeken samen vrijwilligerswerk dat bij jou past.',
  },
  {
    name: 'Woonspreekuur',
    needs: ['wonen'],
    kind: 'dienst',
    parts: ['middag'],
    text: 'Vragen over je huur, onderhoud of een aanpassing in huis? De wijkconsulent helpt je verder.',
    professional: true,
  },
  {
    name: 'Energiecafé',
    needs: ['wonen', 'geldzaken'],
    kind: 'activiteit',
    parts: ['avond'],
    text: 'Tips om energie te besparen en hulp bij je energierekening. Energiecoaches komen ook bij je thuis.',
  },
  {
    name: 'Verhuishulp',
    needs: ['wonen', 'klussen'],
    kind: 'initiatief',
    appointment: true,
    parts: ['ochtend'],
    text: 'Buren helpen met inpakken, sjouwen en gordijnen ophangen in je nieuwe huis.',
  },
  {
    name: 'Gezondheidsspreekuur',
    needs: ['gezondheid'],
    kind: 'dienst',
    parts: ['ochtend'],
    text: 'Loop binnen bij de wijkverpleegkundige met vragen over je gezondheid of een hulpmiddel.',
    professional: true,
  },
  {
    name: 'Valpreventie',
    needs: ['gezondheid', 'bewegen'],
    kind: 'activiteit',
    parts: ['middag'],
    text: 'Een training om vallen te voorkomen, met oefeningen die je ook thuis kunt doen.',
  },
  {
    name: 'Praatgroep',
    needs: ['psychisch'],
    kind: 'activiteit',
    parts: ['avond'],
    text: 'Onder begeleiding praat je met anderen over somberheid of angst. Je vertelt alleen wat je zelf wilt.',
  },
  {
    name: 'Rouwcafé',
    needs: ['psychisch', 'ontmoeting'],
    kind: 'activiteit',
    parts: ['avond'],
    text: 'Een plek om te praten over het verlies van een dierbare, met mensen die hetzelfde meemaken.',
  },
  {
    name: 'Spreekuur verslavingszorg',
    needs: ['verslaving'],
    kind: 'dienst',
    parts: ['middag'],
    text: 'Maak je je zorgen over drinken, blowen of gokken? Je kunt hier anoniem je verhaal kwijt.',
    professional: true,
  },
  {
    name: 'Naastengroep',
    needs: ['verslaving', 'mantelzorg'],
    kind: 'activiteit',
    parts: ['avond'],
    text: 'Voor partners, ouders en kinderen van iemand met een verslaving.',
  },
  {
    name: 'Jongerenwerk',
    needs: ['jongeren'],
    kind: 'voorziening',
    parts: ['middag', 'avond'],
    text: 'Chillen, gamen, tafeltennissen of muziek maken. De jongerenwerker denkt mee over school en werk.',
  },
  {
    name: 'Meidenavond',
    needs: ['jongeren'],
    kind: 'activiteit',
    parts: ['avond'],
    text: 'Koken, praten, een workshop of gewoon chillen met andere meiden uit de buurt.',
  },
  {
    name: 'Buurtpreventie',
    needs: ['veiligheid'],
    kind: 'initiatief',
    parts: ['avond'],
    text: 'Bewoners lopen rondes door de wijk en letten op kapotte lantaarnpalen en verdachte situaties.',
  },
  {
    name: 'Spreekuur wijkagent',
    needs: ['veiligheid'],
    kind: 'dienst',
    parts: ['middag'],
    text: 'Vragen over overlast, inbraak of oplichting? De wijkagent luistert en helpt verder.',
    professional: true,
  },
];

const districtStems = [
  'Vogel',
  'Bloemen',
  'Molen',
  'Linden',
  'Bron',
  'Rivier',
  'Dichters',
  'Schilders',
  'Zeehelden',
  'Sterren',
  'Oranje',
  'Kerk',
  'Haven',
  'Wilgen',
  'Eiken',
  'Kastanje',
];
const districtSuffixes = ['wijk', 'hof', 'park', 'kwartier'];
const streetStems = [
  'Merel',
  'Spreeuwen',
  'Vinken',
  'Zwaluw',
  'Linden',
  'Eiken',
  'Beuken',
  'Kastanje',
  'Molen',
  'Bron',
  'Tulp',
  'Rozen',
  'Anjer',
  'Vondel',
  'Bilderdijk',
  'Rembrandt',
  'Vermeer',
  'Oranje',
  'Nassau',
  'Kerk',
  'Haven',
  'Dijk',
  'Wilgen',
  'Populieren',
];
const streetSuffixes = ['straat', 'laan', 'weg', 'plein', 'hof', 'singel', 'kade', 'dreef'];
const venueTypes = [
  'Buurthuis',
  'Wijkcentrum',
  'Bibliotheek',
  'Ontmoetingscentrum',
  'Woonzorgcentrum',
  'Kerkzaal',
  'Speeltuingebouw',
  'Gezondheidscentrum',
  'Sporthal',
  'Huiskamer',
  'Moskee',
  'Wijkkantoor',
];
const venueNames = [
  'De Linde',
  'Het Anker',
  'De Bron',
  'De Schakel',
  'Het Trefpunt',
  'De Boog',
  'De Kooi',
  'Het Baken',
  'De Wissel',
  'De Brug',
  'De Kapel',
  'Het Zonnehuis',
  'De Regenboog',
  'De Paraplu',
  'De Meander',
  'De Horizon',
  'Het Klooster',
  'De Vlinder',
  'Het Vogelnest',
  'De Spil',
  'Ar-Rahma',
  'De Ark',
  'Het Kompas',
  'De Zonnebloem',
];
const providerTypes = [
  'Stichting',
  'Bewonersgroep',
  'Buurtvereniging',
  'Huurdersvereniging',
  'Vrijwilligerscentrale',
  'Welzijn',
  'Stichting Buurtwerk',
  'Bibliotheek',
  'Sportvereniging',
  'Kerkgemeenschap',
  'Moskeevereniging',
  'Jongerenwerk',
  'Mantelzorgpunt',
  'Buurtteam',
  'Speeltuinvereniging',
];
const targetGroups = [
  'iedereen',
  'iedereen',
  'iedereen',
  '55+',
  'ouderen',
  'ouders met jonge kinderen',
  'jongeren van 12 tot 18',
  'mantelzorgers',
  'nieuwkomers',
  'mensen met een kleine beurs',
  'mensen die slecht ter been zijn',
];
const costs = [
  'gratis',
  'gratis',
  'gratis',
  'gratis',
  'vrijwillige bijdrage',
  'vrijwillige bijdrage',
  '€ 1',
  '€ 2 inclusief koffie',
  '€ 3,50 per keer',
  '€ 5 per maand',
  '€ 25 per jaar',
];
const rideCosts = ['gratis', '€ 1,50 per rit', '€ 2 per rit', '€ 0,35 per kilometer'];
const otherLanguages = ['en', 'ar', 'tr', 'pl', 'uk', 'ti', 'so', 'fa', 'es'];
const generalSentences = [
  'Je hoeft je niet op te geven: loop gewoon binnen.',
  'Koffie en thee staan klaar.',
  'Nieuw in de buurt? Dan ben je extra welkom.',
  'Vrijwilligers uit de buurt helpen je op weg.',
  'Neem gerust een buurman of buurvrouw mee.',
  'Het gebouw is goed bereikbaar met de bus.',
  'Heb je een vraag? Bel of mail de organisatie.',
  'Meedoen kan ook als je weinig Nederlands spreekt.',
  'Wie wil, kan ook meehelpen als vrijwilliger.',
  'In de schoolvakanties gaat het soms niet door; kijk bij de uitzonderingen.',
];
const workdays: Weekday[] = weekdays.slice(0, 5);
const dayNames = (days: readonly Weekday[]) => days.map((d) => weekdayName(d)).join(' en ');
const partTimes: Record<DayPart, [start: string, end: string][]> = {
  ochtend: [
    ['09:00', '11:00'],
    ['09:30', '12:00'],
    ['10:00', '12:00'],
    ['10:00', '11:30'],
  ],
  middag: [
    ['13:30', '15:30'],
    ['14:00', '16:00'],
    ['14:00', '16:30'],
    ['15:00', '17:00'],
  ],
  avond: [
    ['18:00', '20:00'],
    ['19:00', '21:00'],
    ['19:30', '21:30'],
    ['17:30', '19:30'],
  ],
};

export type CityPlace = {
  address: string;
  postcode: string;
  lat: number;
  lon: number;
  venue: string;
  district: string;
};
export type GeneratedCity = {
  name: string;
  postcodes: PostcodeRow[];
  organisations: string[];
  places: CityPlace[];
  /** Activities; `address` and `postcode` point at one of `places`, or are empty for services without a place. */
  activities: ActivityInput[];
};

export type CityOptions = {
  activities: number;
  /** Same seed, same city. */
  seed?: number;
  /** Name of the municipality; derived from the slug by seedCity. */
  name?: string;
  /** Reference date for "last confirmed" and biweekly schedules; defaults to now. */
  now?: Date;
};

const districtName = (cell: number) => {
  const stem = districtStems[cell % districtStems.length];
  return `${stem}${districtSuffixes[Math.floor(cell / districtStems.length) % districtSuffixes.length]}`;
};

/** Postcode centroids: a grid of PC4 areas over the city, each with up to 397 PC6 codes on a 20×20 sub-grid. */
function cityPostcodes(count: number): (PostcodeRow & { cell: number })[] {
  const cells = GRID * GRID;
  const rows: (PostcodeRow & { cell: number })[] = [];
  const south = centre.lat - (GRID / 2) * cellLat;
  const west = centre.lon - (GRID / 2) * cellLon;
  for (let cell = 0; cell < cells; cell++) {
    const inCell = Math.min(validLetterPairs.length, Math.floor(count / cells) + (cell < count % cells ? 1 : 0));
    const cellRow = Math.floor(cell / GRID);
    const cellCol = cell % GRID;
    for (let k = 0; k < inCell; k++) {
      const pair = validLetterPairs[Math.floor((k * validLetterPairs.length) / inCell)]!;
      rows.push({
        postcode: `${FIRST_PC4 + cell} ${pair.letters}`,
        lat: Number((south + (cellRow + (pair.row + 0.5) / postcodeLetters.length) * cellLat).toFixed(5)),
        lon: Number((west + (cellCol + (pair.col + 0.5) / postcodeLetters.length) * cellLon).toFixed(5)),
        cell,
      });
    }
  }
  return rows;
}

function scheduleFor(random: Random, template: Template, now: Date): Schedule {
  if (template.appointment && chance(random, 0.8)) return { frequentie: 'op_afspraak' };
  const roll = random();
  if (roll < 0.06) return { frequentie: 'op_afspraak' };
  const part = pick(random, template.parts);
  const [start, eind] = pick(random, partTimes[part]);
  const weekend = part !== 'avond' && chance(random, 0.12);
  const day = weekend ? pick(random, ['za', 'zo'] as Weekday[]) : pick(random, workdays);
  if (roll < 0.16)
    return { frequentie: 'maandelijks', dag: day, week: pick(random, [1, 2, 3, 4, -1] as const), start, eind };
  if (roll < 0.28) {
    const vanaf = new Date(now.getTime() - between(random, 0, 13) * 86_400_000).toISOString().slice(0, 10);
    return { frequentie: 'tweewekelijks', dagen: [day], vanaf, start, eind };
  }
  const more = chance(random, 0.25) ? [pick(random, workdays)] : [];
  const dagen = workdays.filter((d) => d === day || more.includes(d));
  return { frequentie: 'wekelijks', dagen: dagen.length > 0 ? dagen : [day], start, eind };
}

function whenSentence(schedule: Schedule): string {
  switch (schedule.frequentie) {
    case 'wekelijks':
      return `Elke ${dayNames(schedule.dagen)} van ${schedule.start} tot ${schedule.eind}.`;
    case 'tweewekelijks':
      return `Om de week op ${dayNames(schedule.dagen)}, van ${schedule.start} tot ${schedule.eind}.`;
    case 'maandelijks': {
      const which = schedule.week === -1 ? 'laatste' : ['eerste', 'tweede', 'derde', 'vierde'][schedule.week - 1];
      return `Op de ${which} ${weekdayName(schedule.dag)} van de maand, van ${schedule.start} tot ${schedule.eind}.`;
    }
    case 'op_afspraak':
      return 'Je maakt zelf een afspraak; we komen ook bij je thuis.';
  }
}

const slugOf = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Builds the whole city in memory; pure and deterministic for a given seed, size and date. */
export function generateCity(options: CityOptions): GeneratedCity {
  const count = Math.max(0, Math.floor(options.activities));
  const random = seededRandom(options.seed ?? DEFAULT_CITY_SEED);
  const now = options.now ?? new Date();
  const cityName = options.name ?? 'Grootstad';

  const postcodeRows = cityPostcodes(Math.max(1, Math.round(count / 5)));
  const postcodes = postcodeRows.map(({ postcode, lat, lon }) => ({ postcode, lat, lon }));

  // Organisations: unique names, about one per ten activities.
  const organisationTarget = Math.max(1, Math.round(count / 10));
  const organisationSet = new Set<string>();
  for (let attempt = 0; organisationSet.size < organisationTarget && attempt < organisationTarget * 20; attempt++) {
    const type = pick(random, providerTypes);
    const qualifier = chance(random, 0.5)
      ? districtName(between(random, 0, GRID * GRID - 1))
      : chance(random, 0.3)
        ? cityName
        : pick(random, venueNames);
    organisationSet.add(`${type} ${qualifier}`);
  }
  const organisations = [...organisationSet];

  // Places: venues at addresses, about one per four activities, each near its postcode's centroid.
  const placeTarget = Math.max(1, Math.round(count / 4));
  const places: CityPlace[] = [];
  const placeKeys = new Set<string>();
  while (places.length < placeTarget) {
    const pc = pick(random, postcodeRows);
    const street = `${pick(random, streetStems)}${pick(random, streetSuffixes)}`;
    let number = between(random, 1, 180);
    while (placeKeys.has(`${street} ${number}|${pc.postcode}`)) number++;
    placeKeys.add(`${street} ${number}|${pc.postcode}`);
    const district = districtName(pc.cell);
    const venue = `${pick(random, venueTypes)} ${chance(random, 0.7) ? pick(random, venueNames) : district}`;
    places.push({
      address: `${street} ${number}`,
      postcode: pc.postcode,
      lat: Number((pc.lat + (random() - 0.5) * 0.0006).toFixed(5)),
      lon: Number((pc.lon + (random() - 0.5) * 0.0009).toFixed(5)),
      venue,
      district,
    });
  }

  const activities: ActivityInput[] = [];
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const template = pick(random, templates);
    const place = pick(random, places);
    const venueShort = place.venue.split(' ').slice(1).join(' ');
    const style = random();
    const name =
      style < 0.3
        ? `${template.name} ${place.district}`
        : style < 0.6
          ? `${template.name} in ${venueShort}`
          : style < 0.85
            ? `${template.name} ${venueShort}`
            : `${template.name} ${cityName}`;
    const schedule = scheduleFor(random, template, now);
    const atHome = schedule.frequentie === 'op_afspraak' && template.kind === 'dienst' && chance(random, 0.5);
    const sentences = [template.text, whenSentence(schedule)];
    if (!atHome) sentences.push(`Je vindt ons in ${place.venue}, ${place.address}.`);
    const extra = between(random, 1, 3);
    for (let s = 0; s < extra; s++) {
      const sentence = pick(random, generalSentences);
      if (!sentences.includes(sentence)) sentences.push(sentence);
    }
    const needs = new Set<string>(template.needs.slice(0, 1 + Math.floor(random() * template.needs.length)));
    if (chance(random, 0.08)) needs.add(pick(random, needKeys));
    const cost = template.professional
      ? 'gratis'
      : pick(random, template.needs.includes('vervoer') ? rideCosts : costs);
    const languages = [
      'nl',
      ...(chance(random, 0.25) ? [pick(random, otherLanguages)] : []),
      ...(chance(random, 0.05) ? ['en'] : []),
    ];
    const exceptions: ScheduleException[] =
      schedule.frequentie !== 'op_afspraak' && chance(random, 0.15)
        ? [{ van: `${now.getUTCFullYear()}-12-21`, tot: `${now.getUTCFullYear() + 1}-01-03`, reden: 'kerstvakantie' }]
        : [];
    const capacity = template.kind === 'activiteit' && chance(random, 0.3) ? between(random, 8, 40) : null;
    const provider = pick(random, organisations);
    activities.push({
      externalId: `stad-${String(i + 1).padStart(width, '0')}`,
      name,
      description: sentences.join(' '),
      kind: template.kind,
      needKeys: [...needs],
      providerName: provider,
      professional: template.professional === true,
      address: atHome ? '' : place.address,
      postcode: atHome ? null : place.postcode,
      lat: atHome ? null : place.lat,
      lon: atHome ? null : place.lon,
      schedule,
      exceptions,
      cost,
      isFree: isFreeOfCharge(cost),
      targetGroup: template.needs.includes('jongeren') ? 'jongeren van 12 tot 18' : pick(random, targetGroups),
      wheelchairAccessible: chance(random, 0.7),
      languages: [...new Set(languages)],
      capacity,
      freePlaces: capacity === null ? null : between(random, 0, capacity),
      contactEmail: chance(random, 0.4) ? `info@${slugOf(provider)}.example` : null,
      // Most entries confirmed within half a year; some are stale, as in a real social base.
      lastConfirmedAt: new Date(now.getTime() - Math.floor(random() ** 2 * 400) * 86_400_000),
    });
  }
  return { name: cityName, postcodes, organisations, places, activities };
}

export type CitySeedReport = {
  tenant: Tenant;
  /** False when the municipality already had activities: nothing was added then. */
  created: boolean;
  activities: number;
  organisations: number;
  places: number;
  postcodes: number;
};

const CHUNK = 1000;
const chunks = <T>(rows: readonly T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

const nameFromSlug = (slug: string) =>
  slug
    .split('-')
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');

/**
 * Creates the municipality and its generated social base with multi-row inserts, in one transaction.
 * Only when the municipality has no activities yet, so it never mixes with (or overwrites) a real social base.
 */
export async function seedCity(db: Db, tenantSlug: string, options: CityOptions): Promise<CitySeedReport> {
  const name = options.name ?? nameFromSlug(tenantSlug);
  const tenant = await ensureTenant(db, tenantSlug, name);
  const existing = await db
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenant.id)
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0)
    return { tenant, created: false, activities: Number(existing.n), organisations: 0, places: 0, postcodes: 0 };

  const city = generateCity({ ...options, name: tenant.name });
  await db.transaction().execute(async (trx) => {
    await upsertPostcodes(trx, city.postcodes);
    const organisationIds = new Map<string, string>();
    for (const part of chunks(city.organisations)) {
      const rows = await trx
        .insertInto('organisations')
        .values(part.map((organisation) => ({ tenant_id: tenant.id, name: organisation })))
        .returning(['id', 'name'])
        .execute();
      for (const row of rows) organisationIds.set(row.name, row.id);
    }
    const placeIds = new Map<string, string>();
    for (const part of chunks(city.places)) {
      const rows = await trx
        .insertInto('places')
        .values(
          part.map((p) => ({ tenant_id: tenant.id, address: p.address, postcode: p.postcode, lat: p.lat, lon: p.lon })),
        )
        .returning(['id', 'address', 'postcode'])
        .execute();
      for (const row of rows) placeIds.set(`${row.address}|${row.postcode}`, row.id);
    }
    for (const part of chunks(city.activities)) {
      await trx
        .insertInto('activities')
        .values(
          part.map((a) => {
            const timed = a.schedule.frequentie !== 'op_afspraak' ? a.schedule : undefined;
            return {
              tenant_id: tenant.id,
              external_id: a.externalId,
              name: a.name,
              description: a.description,
              kind: a.kind,
              need_keys: a.needKeys,
              organisation_id: organisationIds.get(a.providerName) ?? null,
              provider_name: a.providerName,
              professional: a.professional,
              place_id: a.postcode ? (placeIds.get(`${a.address}|${a.postcode}`) ?? null) : null,
              schedule: JSON.stringify(a.schedule),
              exceptions: JSON.stringify(a.exceptions),
              days: scheduleDays(a.schedule),
              time_start: timed?.start ?? null,
              time_end: timed?.eind ?? null,
              cost: a.cost,
              is_free: a.isFree,
              target_group: a.targetGroup,
              wheelchair_accessible: a.wheelchairAccessible,
              languages: a.languages,
              capacity: a.capacity,
              free_places: a.freePlaces,
              contact_email: a.contactEmail,
              ...(a.lastConfirmedAt ? { last_confirmed_at: a.lastConfirmedAt } : {}),
            };
          }),
        )
        .execute();
    }
  });
  return {
    tenant,
    created: true,
    activities: city.activities.length,
    organisations: city.organisations.length,
    places: city.places.length,
    postcodes: city.postcodes.length,
  };
}
