// The interface texts: Dutch first (B1), English as a second language. The English object must have every Dutch key.
export const nl = {
  lang: 'nl',
  skipLink: 'Ga direct naar de inhoud',
  mainNav: 'Hoofdmenu',
  home: 'Home',
  signIn: 'Inloggen',
  signOut: 'Uitloggen',
  myAccount: 'Mijn account',
  myStart: 'Mijn startpagina',
  otherLanguage: 'English',
  otherLanguageLabel: 'Read this site in English',
  footerAbout: 'Nabij brengt bewoners, vrijwilligers en het wijkteam bij elkaar.',
  accessibility: 'Toegankelijkheid',
  privacy: 'Privacy',
  signedInAs: 'Ingelogd als',
  errorSummaryTitle: 'Er is iets niet goed ingevuld',
  required: 'verplicht',
  notFoundTitle: 'Deze pagina bestaat niet',
  notFoundText: 'We kunnen deze pagina niet vinden. Misschien is het adres verkeerd getypt, of is de pagina weg.',
  forbiddenTitle: 'Geen toegang',
  forbiddenText: 'Je hebt geen toegang tot deze gegevens. Deze poging is vastgelegd.',
  signInNeededTitle: 'Log eerst in',
  signInNeededText: 'Voor deze pagina moet je ingelogd zijn.',
  tooManyTitle: 'Even wachten',
  tooManyText: 'Er zijn te veel pogingen gedaan. Probeer het over een kwartier opnieuw.',
  errorTitle: 'Er ging iets mis',
  errorText: 'Er ging bij ons iets mis. Probeer het later nog eens. Lukt het dan nog niet? Bel het wijkteam.',
  badRequestTitle: 'Dit verzoek klopt niet',
  badRequestText:
    'Het formulier is verlopen of niet compleet. Ga terug, laad de pagina opnieuw en probeer het nog eens.',
  tooLargeTitle: 'Dit is te groot',
  tooLargeText:
    'Wat je stuurde is te groot voor Nabij. Maak je tekst korter of kies een kleiner bestand, en probeer het opnieuw.',
  backHome: 'Terug naar de homepagina',
};

export type Messages = { [K in keyof typeof nl]: string };

export const en: Messages = {
  lang: 'en',
  skipLink: 'Skip to content',
  mainNav: 'Main menu',
  home: 'Home',
  signIn: 'Sign in',
  signOut: 'Sign out',
  myAccount: 'My account',
  myStart: 'My start page',
  otherLanguage: 'Nederlands',
  otherLanguageLabel: 'Lees deze site in het Nederlands',
  footerAbout: 'Nabij brings residents, volunteers and the neighbourhood team together.',
  accessibility: 'Accessibility',
  privacy: 'Privacy',
  signedInAs: 'Signed in as',
  errorSummaryTitle: 'Something was not filled in correctly',
  required: 'required',
  notFoundTitle: 'This page does not exist',
  notFoundText: 'We cannot find this page. The address may be mistyped, or the page is gone.',
  forbiddenTitle: 'No access',
  forbiddenText: 'You do not have access to this data. This attempt has been recorded.',
  signInNeededTitle: 'Please sign in first',
  signInNeededText: 'You need to be signed in for this page.',
  tooManyTitle: 'Please wait',
  tooManyText: 'Too many attempts were made. Please try again in fifteen minutes.',
  errorTitle: 'Something went wrong',
  errorText:
    'Something went wrong on our side. Please try again later. Still not working? Call the neighbourhood team.',
  badRequestTitle: 'This request is not right',
  badRequestText: 'The form has expired or is incomplete. Go back, reload the page and try again.',
  tooLargeTitle: 'This is too large',
  tooLargeText: 'What you sent is too large for Nabij. Make your text shorter or choose a smaller file, and try again.',
  backHome: 'Back to the home page',
};

export type Lang = 'nl' | 'en';
export const messagesFor = (lang: Lang): Messages => (lang === 'en' ? en : nl);

/** Picks the text for the page's language: `tr(lang, 'Dutch', 'English')`. Used for page-specific sentences. */
export const tr = (lang: Lang, dutch: string, english: string): string => (lang === 'en' ? english : dutch);
