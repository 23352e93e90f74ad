// The satisfaction questions: the standard statements of the cliëntervaringsonderzoek Wmo that VNG set out for every
// municipality (toegang, kwaliteit, effect), asked after a match, a closed case and a closed signal, answered on a
// 5-point scale from "helemaal mee oneens" (1) to "helemaal mee eens" (5), or "weet ik niet".

export type SatisfactionQuestion = { key: string; group: 'toegang' | 'kwaliteit' | 'effect'; text: [string, string] };

export const satisfactionQuestions: readonly SatisfactionQuestion[] = [
  { key: 'wist_waar', group: 'toegang', text: ['Ik wist waar ik moest zijn met mijn vraag.', 'I knew where to go.'] },
  { key: 'snel_geholpen', group: 'toegang', text: ['Ik werd snel geholpen.', 'I was helped quickly.'] },
  {
    key: 'serieus',
    group: 'toegang',
    text: ['De medewerker nam mij serieus.', 'The person who helped me took me seriously.'],
  },
  {
    key: 'samen_gekeken',
    group: 'toegang',
    text: [
      'De medewerker en ik hebben samen gekeken naar oplossingen.',
      'The person who helped me and I looked for solutions together.',
    ],
  },
  {
    key: 'kwaliteit_goed',
    group: 'kwaliteit',
    text: ['Ik vind de hulp die ik krijg goed.', 'I think the help I get is good.'],
  },
  {
    key: 'past_bij_vraag',
    group: 'kwaliteit',
    text: ['De hulp past bij mijn vraag.', 'The help fits my question.'],
  },
  {
    key: 'beter_doen',
    group: 'effect',
    text: [
      'Door de hulp kan ik beter de dingen doen die ik wil.',
      'Because of the help I can better do the things I want.',
    ],
  },
  {
    key: 'beter_redden',
    group: 'effect',
    text: ['Door de hulp kan ik mij beter redden.', 'Because of the help I manage better.'],
  },
  {
    key: 'beter_leven',
    group: 'effect',
    text: ['Door de hulp heb ik een beter leven.', 'Because of the help my life is better.'],
  },
];

/** The 5-point scale, lowest first. */
export const satisfactionScale: readonly [number, [string, string]][] = [
  [1, ['Helemaal mee oneens', 'Strongly disagree']],
  [2, ['Mee oneens', 'Disagree']],
  [3, ['Niet eens, niet oneens', 'Neither agree nor disagree']],
  [4, ['Mee eens', 'Agree']],
  [5, ['Helemaal mee eens', 'Strongly agree']],
];
