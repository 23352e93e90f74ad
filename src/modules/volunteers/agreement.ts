// The volunteer agreement: rights and duties, in plain Dutch. Accepting it is recorded with a date.
export const AGREEMENT_VERSION = '2026-11';

export const agreementText: { title: string; points: string[] } = {
  title: 'Afspraken voor vrijwilligers (versie november 2026)',
  points: [
    'Jij bepaalt wat je doet, wanneer en hoeveel. Nee zeggen mag altijd.',
    'Je krijgt alleen te horen wat nodig is om te helpen: een voornaam, de buurt en waar de hulp over gaat.',
    'Wat je hoort, houd je voor jezelf. Je vertelt het niet door, ook niet aan andere buren.',
    'Maak je je zorgen over iemand, of zie je gevaar? Meld het bij het wijkteam. Bij direct gevaar bel je 112.',
    'Voor hulp aan kinderen en aan kwetsbare volwassenen alleen heb je een geldige VOG nodig. ' +
      'Die vraag je aan via het wijkteam; het is gratis.',
    'Je bent tijdens je vrijwilligerswerk verzekerd via de vrijwilligersverzekering van de gemeente.',
    'Je kunt onkosten en een vrijwilligersvergoeding krijgen, tot het bedrag dat de Belastingdienst toestaat. ' +
      'Nabij waarschuwt als je daar overheen zou gaan.',
    'Je kunt altijd stoppen. Laat het wijkteam dan even weten wie je nu helpt.',
    'Het wijkteam is er voor jou: met vragen, als iets zwaar wordt, of als het niet klikt.',
  ],
};
