// Our own test sentences: another neighbourhood, other writers (short, long, typos, no punctuation, third person,
// professional phone notes, English and mixed). They guard generalisation beyond the development set.
import type { NeedKey } from '../../../kernel/taxonomy/needs.js';
import type { Route } from './types.js';

export type OwnCase = { tekst: string; route: Route; needs: NeedKey[] };

export const ownSentences: OwnCase[] = [
  // ontmoeting / maatje
  { tekst: 'ik voel me zo eenzaam sinds mijn man dood is, is hier een koffie ochtend of zo', route: 'collectief', needs: ['ontmoeting'] },
  { tekst: 'Niemand om mee te praten de hele week. Waar kan ik heen om wat mensen te zien?', route: 'collectief', needs: ['ontmoeting'] },
  { tekst: 'mw. belt ivm eenzaamheid, 81 jr, komt de deur niet meer uit door COPD, zou graag iemand op bezoek willen', route: 'informeel', needs: ['maatje'] },
  { tekst: 'Mijn buurman is sinds de dood van zijn vrouw erg stil. Hij zou wel een maatje willen om mee te wandelen.', route: 'informeel', needs: ['maatje'] },
  { tekst: 'Im new in the neighbourhood and feeling lonely. Are there any groups where I can meet people?', route: 'collectief', needs: ['ontmoeting'] },
  // boodschappen / vervoer / klussen / tuin
  { tekst: 'boodschappen doen lukt niet meer met mijn rollator, kan iemand 1x per week voor mij naar de supermarkt', route: 'informeel', needs: ['boodschappen'] },
  { tekst: 'Mijn vader moet volgende week dinsdagochtend naar het ziekenhuis voor een scan, wie kan hem rijden?', route: 'informeel', needs: ['vervoer'] },
  { tekst: 'Er zit een lekkende kraan in de keuken en de lamp in de gang is kapot. Ik ben 79 en kan niet meer op een trapje. Wie kan langskomen?', route: 'informeel', needs: ['klussen'] },
  { tekst: 'De heg is veel te hoog geworden en het onkruid groeit overal. Ik kan niet meer bukken. Bestaat er een tuinploeg?', route: 'collectief', needs: ['tuin'] },
  { tekst: 'myn stofzuiger is kapot, waar kan ik die laten repareren zonder veel geld', route: 'collectief', needs: ['klussen'] },
  // maaltijd / administratie / geldzaken / schulden
  { tekst: 'Sinds mijn heupoperatie kan ik niet koken. Is er iemand die een paar keer per week een warme maaltijd brengt?', route: 'informeel', needs: ['maaltijd'] },
  { tekst: 'Ik eet altijd alleen en dat vind ik niet gezellig. Is er in de buurt ergens samen eten voor weinig geld?', route: 'collectief', needs: ['maaltijd'] },
  { tekst: 'Er liggen stapels brieven van de Belastingdienst en de toeslagen, ik snap er niks van. Waar kan ik met mijn post terecht?', route: 'collectief', needs: ['administratie'] },
  { tekst: 'Ik heb een aanmaning van een incassobureau en de deurwaarder heeft een brief gestuurd. Ik weet niet meer hoe ik dit moet betalen.', route: 'professioneel', needs: ['schulden'] },
  { tekst: 'Heb geen schulden maar wil graag leren budgetteren, elke maand is het geld op voor de 25e', route: 'collectief', needs: ['geldzaken'] },
  { tekst: 'Client heeft huurachterstand van 4 maanden, woningcorporatie dreigt met ontruiming. Graag schuldhulp inschakelen.', route: 'professioneel', needs: ['schulden', 'wonen'] },
  // digitaal / taal
  { tekst: 'Ik krijg mijn DigiD niet aan de praat en moet online iets aanvragen bij de gemeente. Is er een spreekuur?', route: 'collectief', needs: ['digitaal'] },
  { tekst: 'hoe werkt whatsapp ik wil fotos van mijn kleinkinderen zien maar ik snap de telefoon niet, graag iemand bij mij thuis want ik loop slecht', route: 'informeel', needs: ['digitaal'] },
  { tekst: 'Ik ben 1 jaar in Nederland en wil nederlands leren. Ik spreek Tigrinya. Waar is taalles?', route: 'collectief', needs: ['taal'] },
  { tekst: 'Ich spreche wenig Niederländisch, I want to practice Dutch with someone in the evening after work', route: 'informeel', needs: ['taal'] },
  // opvoeding / kinderopvang / huiswerk / jongeren
  { tekst: 'Mijn zoon van 4 heeft elke dag driftbuien en ik weet niet meer hoe ik grenzen moet stellen. Zijn er andere ouders met dit probleem?', route: 'collectief', needs: ['opvoeding'] },
  { tekst: 'Ik werk op dinsdag en donderdag tot 18 uur, wie kan mijn dochter (7) van school halen en opvangen tot ik thuis ben?', route: 'informeel', needs: ['kinderopvang'] },
  { tekst: 'Mijn dochter zit in de brugklas en haalt onvoldoendes voor Engels. Is er huiswerkbegeleiding in de buurt?', route: 'collectief', needs: ['huiswerk'] },
  { tekst: 'Er hangt elke avond een groepje jongeren bij de speeltuin, ze roken wiet en intimideren mensen. Kan het jongerenwerk iets doen?', route: 'professioneel', needs: ['jongeren'] },
  // bewegen / mantelzorg / huisdieren / werk / wonen
  { tekst: 'Ik wil meer bewegen maar alleen lukt het niet. Is er een wandelgroep voor 60-plussers?', route: 'collectief', needs: ['bewegen'] },
  { tekst: 'Ik zorg al 3 jaar voor mijn man met Alzheimer en ben echt overbelast. Kan iemand een middag per week bij hem zitten zodat ik even weg kan?', route: 'informeel', needs: ['mantelzorg'] },
  { tekst: 'Ik moet 5 dagen het ziekenhuis in. Wie kan mijn hond uitlaten en de kat eten geven?', route: 'informeel', needs: ['huisdieren'] },
  { tekst: 'Ik zit al 2 jaar thuis in de ziektewet en wil weer iets zinvols doen, misschien vrijwilligerswerk of dagbesteding', route: 'collectief', needs: ['werk'] },
  { tekst: 'Ik ga verhuizen naar een seniorenflat en zoek iemand met een bus die op zaterdag kan helpen met de kasten', route: 'informeel', needs: ['wonen'] },
  { tekst: 'In onze huurwoning zit overal schimmel en de verhuurder doet niets. Mijn kinderen hebben astma.', route: 'professioneel', needs: ['wonen'] },
  // psychisch / verslaving / gezondheid / stapeling
  { tekst: 'Ik ben al maanden somber, slaap slecht en pieker de hele nacht. De huisarts heeft een wachtlijst.', route: 'professioneel', needs: ['psychisch'] },
  { tekst: 'mijn zoon blowt elke dag en gokt online, hij is 19 en heeft al schulden', route: 'professioneel', needs: ['verslaving'] },
  { tekst: 'Mevrouw (88) valt vaak, kan zich niet meer zelf wassen en aankleden. Dochter vraagt om huishoudelijke hulp en wijkverpleging.', route: 'professioneel', needs: ['gezondheid'] },
  { tekst: 'alles loopt mis, baan kwijt, huur niet betaald, mijn zoon spijbelt en ik slaap niet meer, ik weet niet waar ik moet beginnen', route: 'professioneel', needs: ['schulden'] },
  // spoed
  { tekst: 'ik zie het echt niet meer zitten en denk erover om er een eind aan te maken', route: 'spoed', needs: ['psychisch'] },
  { tekst: 'Mijn buurvrouw schreeuwt elke nacht en vanochtend had haar dochtertje blauwe plekken op haar armen', route: 'spoed', needs: ['veiligheid'] },
  { tekst: 'mn vriend slaat me als hij dronken is, ik durf niet meer naar huis', route: 'spoed', needs: ['veiligheid'] },
  { tekst: 'Mijn opa ligt op de grond in de badkamer en kan niet opstaan, hij reageert raar', route: 'spoed', needs: ['gezondheid'] },
  { tekst: 'de kinderen van hiernaast zijn al twee dagen alleen thuis, de moeder is weg en ze hebben honger', route: 'spoed', needs: ['veiligheid'] },
  { tekst: 'My husband hits me and took my passport. I am scared. Please help, I do not speak Dutch well.', route: 'spoed', needs: ['veiligheid'] },
  { tekst: 'Buurman reageert al drie dagen niet, de post stapelt zich op en de gordijnen zijn dicht', route: 'spoed', needs: ['gezondheid'] },
  { tekst: 'ik wil er niet meer zijn. niemand zou me missen', route: 'spoed', needs: ['psychisch'] },
  // no danger although the words look close
  { tekst: 'Ik ben doodmoe van het zorgen voor mijn moeder, ik zou graag een keer naar het mantelzorgcafé gaan', route: 'collectief', needs: ['mantelzorg'] },
  { tekst: 'Wij willen samen met de buren een slag slaan in de tuin van de oude meneer op nummer 3, hij kan het zelf niet meer', route: 'collectief', needs: ['tuin'] },
];
