// Our own test sentences: another neighbourhood, other writers (short, long, typos, no punctuation, third person,
// professional phone notes, English and mixed). They guard generalisation beyond the development set.
import type { NeedKey } from '../../../kernel/taxonomy/needs.js';
import type { Route } from './types.js';

export type OwnCase = { tekst: string; route: Route; needs: NeedKey[] };

export const ownSentences: OwnCase[] = [
  // ontmoeting / maatje
  {
    tekst: 'ik voel me zo eenzaam sinds mijn man dood is, is hier een koffie ochtend of zo',
    route: 'collectief',
    needs: ['ontmoeting'],
  },
  {
    tekst: 'Niemand om mee te praten de hele week. Waar kan ik heen om wat mensen te zien?',
    route: 'collectief',
    needs: ['ontmoeting'],
  },
  {
    tekst: 'mw. belt ivm eenzaamheid, 81 jr, komt de deur niet meer uit door COPD, zou graag iemand op bezoek willen',
    route: 'informeel',
    needs: ['maatje'],
  },
  {
    tekst: 'Mijn buurman is sinds de dood van zijn vrouw erg stil. Hij zou wel een maatje willen om mee te wandelen.',
    route: 'informeel',
    needs: ['maatje'],
  },
  {
    tekst: 'Im new in the neighbourhood and feeling lonely. Are there any groups where I can meet people?',
    route: 'collectief',
    needs: ['ontmoeting'],
  },
  // boodschappen / vervoer / klussen / tuin
  {
    tekst: 'boodschappen doen lukt niet meer met mijn rollator, kan iemand 1x per week voor mij naar de supermarkt',
    route: 'informeel',
    needs: ['boodschappen'],
  },
  {
    tekst: 'Mijn vader moet volgende week dinsdagochtend naar het ziekenhuis voor een scan, wie kan hem rijden?',
    route: 'informeel',
    needs: ['vervoer'],
  },
  {
    tekst:
      'Er zit een lekkende kraan in de keuken en de lamp in de gang is kapot. Ik ben 79 en kan niet meer op een trapje. Wie kan langskomen?',
    route: 'informeel',
    needs: ['klussen'],
  },
  {
    tekst:
      'De heg is veel te hoog geworden en het onkruid groeit overal. Ik kan niet meer bukken. Bestaat er een tuinploeg?',
    route: 'collectief',
    needs: ['tuin'],
  },
  {
    tekst: 'myn stofzuiger is kapot, waar kan ik die laten repareren zonder veel geld',
    route: 'collectief',
    needs: ['klussen'],
  },
  // maaltijd / administratie / geldzaken / schulden
  {
    tekst:
      'Sinds mijn heupoperatie kan ik niet koken. Is er iemand die een paar keer per week een warme maaltijd brengt?',
    route: 'informeel',
    needs: ['maaltijd'],
  },
  {
    tekst: 'Ik eet altijd alleen en dat vind ik niet gezellig. Is er in de buurt ergens samen eten voor weinig geld?',
    route: 'collectief',
    needs: ['maaltijd'],
  },
  {
    tekst:
      'Er liggen stapels brieven van de Belastingdienst en de toeslagen, ik snap er niks van. Waar kan ik met mijn post terecht?',
    route: 'collectief',
    needs: ['administratie'],
  },
  {
    tekst:
      'Ik heb een aanmaning van een incassobureau en de deurwaarder heeft een brief gestuurd. Ik weet niet meer hoe ik dit moet betalen.',
    route: 'professioneel',
    needs: ['schulden'],
  },
  {
    tekst: 'Heb geen schulden maar wil graag leren budgetteren, elke maand is het geld op voor de 25e',
    route: 'collectief',
    needs: ['geldzaken'],
  },
  {
    tekst:
      'Client heeft huurachterstand van 4 maanden, woningcorporatie dreigt met ontruiming. Graag schuldhulp inschakelen.',
    route: 'professioneel',
    needs: ['schulden', 'wonen'],
  },
  // digitaal / taal
  {
    tekst: 'Ik krijg mijn DigiD niet aan de praat en moet online iets aanvragen bij de gemeente. Is er een spreekuur?',
    route: 'collectief',
    needs: ['digitaal'],
  },
  {
    tekst:
      'hoe werkt whatsapp ik wil fotos van mijn kleinkinderen zien maar ik snap de telefoon niet, graag iemand bij mij thuis want ik loop slecht',
    route: 'informeel',
    needs: ['digitaal'],
  },
  {
    tekst: 'Ik ben 1 jaar in Nederland en wil nederlands leren. Ik spreek Tigrinya. Waar is taalles?',
    route: 'collectief',
    needs: ['taal'],
  },
  {
    tekst: 'Ich spreche wenig Niederländisch, I want to practice Dutch with someone in the evening after work',
    route: 'informeel',
    needs: ['taal'],
  },
  // opvoeding / kinderopvang / huiswerk / jongeren
  {
    tekst:
      'Mijn zoon van 4 heeft elke dag driftbuien en ik weet niet meer hoe ik grenzen moet stellen. Zijn er andere ouders met dit probleem?',
    route: 'collectief',
    needs: ['opvoeding'],
  },
  {
    tekst:
      'Ik werk op dinsdag en donderdag tot 18 uur, wie kan mijn dochter (7) van school halen en opvangen tot ik thuis ben?',
    route: 'informeel',
    needs: ['kinderopvang'],
  },
  {
    tekst: 'Mijn dochter zit in de brugklas en haalt onvoldoendes voor Engels. Is er huiswerkbegeleiding in de buurt?',
    route: 'collectief',
    needs: ['huiswerk'],
  },
  {
    tekst:
      'Er hangt elke avond een groepje jongeren bij de speeltuin, ze roken wiet en intimideren mensen. Kan het jongerenwerk iets doen?',
    route: 'professioneel',
    needs: ['jongeren'],
  },
  // bewegen / mantelzorg / huisdieren / werk / wonen
  {
    tekst: 'Ik wil meer bewegen maar alleen lukt het niet. Is er een wandelgroep voor 60-plussers?',
    route: 'collectief',
    needs: ['bewegen'],
  },
  {
    tekst:
      'Ik zorg al 3 jaar voor mijn man met Alzheimer en ben echt overbelast. Kan iemand een middag per week bij hem zitten zodat ik even weg kan?',
    route: 'informeel',
    needs: ['mantelzorg'],
  },
  {
    tekst: 'Ik moet 5 dagen het ziekenhuis in. Wie kan mijn hond uitlaten en de kat eten geven?',
    route: 'informeel',
    needs: ['huisdieren'],
  },
  {
    tekst:
      'Ik zit al 2 jaar thuis in de ziektewet en wil weer iets zinvols doen, misschien vrijwilligerswerk of dagbesteding',
    route: 'collectief',
    needs: ['werk'],
  },
  {
    tekst: 'Ik ga verhuizen naar een seniorenflat en zoek iemand met een bus die op zaterdag kan helpen met de kasten',
    route: 'informeel',
    needs: ['wonen'],
  },
  {
    tekst: 'In onze huurwoning zit overal schimmel en de verhuurder doet niets. Mijn kinderen hebben astma.',
    route: 'professioneel',
    needs: ['wonen'],
  },
  // psychisch / verslaving / gezondheid / stapeling
  {
    tekst: 'Ik ben al maanden somber, slaap slecht en pieker de hele nacht. De huisarts heeft een wachtlijst.',
    route: 'professioneel',
    needs: ['psychisch'],
  },
  {
    tekst: 'mijn zoon blowt elke dag en gokt online, hij is 19 en heeft al schulden',
    route: 'professioneel',
    needs: ['verslaving'],
  },
  {
    tekst:
      'Mevrouw (88) valt vaak, kan zich niet meer zelf wassen en aankleden. Dochter vraagt om huishoudelijke hulp en wijkverpleging.',
    route: 'professioneel',
    needs: ['gezondheid'],
  },
  {
    tekst:
      'alles loopt mis, baan kwijt, huur niet betaald, mijn zoon spijbelt en ik slaap niet meer, ik weet niet waar ik moet beginnen',
    route: 'professioneel',
    needs: ['schulden'],
  },
  // spoed
  {
    tekst: 'ik zie het echt niet meer zitten en denk erover om er een eind aan te maken',
    route: 'spoed',
    needs: ['psychisch'],
  },
  {
    tekst: 'Mijn buurvrouw schreeuwt elke nacht en vanochtend had haar dochtertje blauwe plekken op haar armen',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'mn vriend slaat me als hij dronken is, ik durf niet meer naar huis',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'Mijn opa ligt op de grond in de badkamer en kan niet opstaan, hij reageert raar',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  {
    tekst: 'de kinderen van hiernaast zijn al twee dagen alleen thuis, de moeder is weg en ze hebben honger',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'My husband hits me and took my passport. I am scared. Please help, I do not speak Dutch well.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'Buurman reageert al drie dagen niet, de post stapelt zich op en de gordijnen zijn dicht',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  { tekst: 'ik wil er niet meer zijn. niemand zou me missen', route: 'spoed', needs: ['psychisch'] },
  // no danger although the words look close
  {
    tekst: 'Ik ben doodmoe van het zorgen voor mijn moeder, ik zou graag een keer naar het mantelzorgcafé gaan',
    route: 'collectief',
    needs: ['mantelzorg'],
  },
  {
    tekst:
      'Wij willen samen met de buren een slag slaan in de tuin van de oude meneer op nummer 3, hij kan het zelf niet meer',
    route: 'collectief',
    needs: ['tuin'],
  },
  // ---- Second round: residents of another neighbourhood, written for generalisation (elderly, little Dutch,
  // young parents, carers, neighbours, WhatsApp style, typos, phone notes). Danger first.
  // spoed: suicidal words, said indirectly
  {
    tekst:
      'het hoeft voor mij allemaal niet meer. sinds mijn vrouw weg is lig ik de hele dag op bed en denk ik dat het zo genoeg is geweest',
    route: 'spoed',
    needs: ['psychisch'],
  },
  { tekst: 'Ik ga er een eind aan maken. Sorry. Ik kan dit niet meer', route: 'spoed', needs: ['psychisch'] },
  {
    tekst:
      'mw. belt ivm zoon (23) die al weken somber is en nu zegt dat hij niet meer wil leven. Heeft zijn spullen weggegeven.',
    route: 'spoed',
    needs: ['psychisch'],
  },
  {
    tekst: 'Soms denk ik dat mijn kinderen beter af zijn als ik er niet meer ben. Ik heb al een tijdje pillen bewaard.',
    route: 'spoed',
    needs: ['psychisch'],
  },
  {
    tekst: 'my brother say he want to end it all, he is not answering his phone since yesterday',
    route: 'spoed',
    needs: ['psychisch'],
  },
  {
    tekst: 'ik wil niet leven meer. mijn man is weg met de kinderen en alles is kapot. wat moet ik doen',
    route: 'spoed',
    needs: ['psychisch'],
  },
  {
    tekst: 'Mijn dochter van 15 krast in haar armen en schreef in haar dagboek dat ze dood wil',
    route: 'spoed',
    needs: ['psychisch'],
  },
  {
    tekst:
      'Ik ben alles kwijt, mijn baan, mijn huis. Ik zie geen toekomst meer en wil gewoon slapen en niet meer wakker worden',
    route: 'spoed',
    needs: ['psychisch'],
  },
  { tekst: 'ik sta op het balkon en ik denk erover om te springen', route: 'spoed', needs: ['psychisch'] },
  {
    tekst:
      'Buurman zei vanochtend tegen me dat hij klaar is met het leven en dat hij een touw heeft gekocht. Ik weet niet of hij het meent.',
    route: 'spoed',
    needs: ['psychisch'],
  },
  {
    tekst: 'Abla ik heb geen zin meer om te leven. niemand helpt mij, ik ben helemaal alleen in dit land',
    route: 'spoed',
    needs: ['psychisch'],
  },
  // spoed: violence and threats at home
  {
    tekst:
      'mijn vriend duwt en knijpt mij als hij boos is, gisteren heeft hij mij tegen de muur geduwd. ik weet niet wat ik moet doen',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'Ik ben bang voor mijn man. Als ik niet doe wat hij zegt schreeuwt hij en trekt hij aan mijn haren',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'my husband he beat me and say he kill me if i go to police. i have 2 small children',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'Mijn ex staat elke avond voor de deur en zegt dat hij me wat aandoet als ik de kinderen niet laat zien',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'Ik hoor bij de buren elke nacht harde klappen en een vrouw die om hulp schreeuwt. Vannacht weer. Moet ik iets doen?',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'mijn man sla mij elke keer als hij drinkt. ik heb geen familie hier. ik weet niet waar ik heen moet',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'Mijn zus (19) mag van haar man niet naar buiten, hij pakt haar telefoon af en heeft haar paspoort. Ze is doodsbang.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'Mijn vriend dwingt me tot seks als ik niet wil. Ik durf het niemand te vertellen.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  // spoed: a child in danger
  {
    tekst: 'De kinderen boven ons worden geslagen, we horen het bijna elke avond en het kleinste kind gilt het uit',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'het meisje van de overkant (6) krijgt thuis geen eten volgens mij, ze staat elke dag bij ons aan de deur of ze een boterham mag',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'de kids van de buren (3 en 5) zijn al 2 dagen alleen thuis, moeder is nergens te zien. ze huilen de hele tijd',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'Leerkracht groep 4 belt: leerling heeft brandplekken op zijn armen die op sigaretten lijken en wil niet naar huis.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'mijn dochter van 8 vertelt dat de vriend van haar moeder aan haar zit als mama er niet is',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      "het zoontje van de buren (4) loopt 's avonds om 11 uur alleen buiten in zijn pyjama, de moeder ligt dronken op de bank",
    route: 'spoed',
    needs: ['veiligheid'],
  },
  // spoed: neglect or abuse of a vulnerable elderly person
  {
    tekst:
      'Mijn buurvrouw (88) ligt volgens mij al dagen op de grond, ik zie haar door het raam liggen en ze doet niet open',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  {
    tekst:
      'De zoon van mevrouw Bakker pakt elke week haar geld af en schreeuwt tegen haar. Ze is bang en durft niks te zeggen.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'Meneer op de derde verdieping (91) zit in de kou, er is al een week geen eten in huis en hij is erg in de war. Zijn dochter komt nooit.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'mw. (86, dementie) wordt door haar kleinzoon opgesloten in haar slaapkamer als hij weg gaat, thuiszorg meldt ook blauwe plekken',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  // spoed: acute medical danger
  {
    tekst: 'Help mijn man praat ineens heel raar en zijn mond hangt scheef, hij kan zijn arm niet optillen',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  { tekst: 'opa is op de wc flauwgevallen en hij wordt niet wakker', route: 'spoed', needs: ['gezondheid'] },
  {
    tekst: 'Mijn vader ademt heel raar en zijn lippen zijn blauw, wat moet ik doen',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  {
    tekst: 'buurman (80) is in de douche uitgegleden en komt niet meer omhoog, hij roept om hulp',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  {
    tekst: 'I think my neighbour is having a heart attack, he is holding his chest and sweating a lot',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  {
    tekst: 'Mijn moeder heeft suiker en is heel suf en zweterig, ze reageert nergens meer op',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  {
    tekst: 'ik heb een drukkend gevoel op mijn borst en mijn linkerarm doet pijn, is dat erg?',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  // spoed: a vulnerable person missing
  {
    tekst: 'Mijn moeder (81) heeft alzheimer en is sinds vanmiddag zoek. Ze heeft geen jas aan en het wordt al donker.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'buurman met dementie is vanochtend gaan wandelen en niet teruggekomen, zijn vrouw weet niet waar hij is',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'my father has dementia and walked out of the house this morning, we cant find him anywhere',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  // hard negatives: words that look like danger but are not (figurative, long past, asking in general)
  {
    tekst: 'ik ben doodmoe van de nachtdiensten, kan iemand af en toe op mijn zoontje passen als ik moet slapen?',
    route: 'informeel',
    needs: ['kinderopvang'],
  },
  {
    tekst:
      'Ik schrik me dood van die rekeningen, alles is zo duur geworden. Waar kan ik leren hoe ik kan besparen? Schulden heb ik niet.',
    route: 'collectief',
    needs: ['geldzaken'],
  },
  {
    tekst:
      'mijn man is vorig jaar overleden en ik ben eenzaam. ik zou graag wat vaker onder de mensen zijn, is er een inloop?',
    route: 'collectief',
    needs: ['ontmoeting'],
  },
  {
    tekst: 'De kinderen slaan de deur dicht en luisteren nergens meer naar. Zijn er avonden voor ouders van pubers?',
    route: 'collectief',
    needs: ['opvoeding'],
  },
  {
    tekst: 'Mijn hond is dood en nu kom ik nooit meer buiten. Is er een wandelclub hier in de wijk?',
    route: 'collectief',
    needs: ['bewegen'],
  },
  {
    tekst:
      'Vroeger sloeg mijn vader ons, elke week. Ik ben nu 45 en heb er nog steeds nachtmerries van. Ik wil er met iemand over praten.',
    route: 'professioneel',
    needs: ['psychisch'],
  },
  {
    tekst:
      'Jaren geleden ben ik door mijn ex mishandeld. Nu woon ik veilig met mijn dochter. Ik zoek een groep met vrouwen die hetzelfde hebben meegemaakt.',
    route: 'professioneel',
    needs: [],
  },
  {
    tekst:
      'Ik ben leerkracht en wil graag een training over het herkennen van kindermishandeling voor ons team. Wie geeft zoiets in de wijk?',
    route: 'professioneel',
    needs: [],
  },
  {
    tekst:
      'Ik wil graag vrijwilligerswerk doen bij ouderen en eerst een cursus reanimeren volgen, voor als iemand een hartaanval krijgt. Waar kan dat?',
    route: 'collectief',
    needs: ['werk'],
  },
  {
    tekst:
      'Mijn moeder (84) is vorige maand gevallen en heeft haar pols gebroken. Ze kan nu geen boodschappen dragen. Wie kan één keer per week voor haar naar de supermarkt?',
    route: 'informeel',
    needs: ['boodschappen'],
  },
  {
    tekst:
      'Mijn vrouw is er niet meer sinds de zomer. Ik zit de hele dag voor de tv. Ik zou wel eens willen kaarten of biljarten met andere mannen.',
    route: 'collectief',
    needs: ['ontmoeting'],
  },
  {
    tekst:
      'ik lach me dood om die oude films met Johnny Kraaijkamp, zijn er mensen die samen films willen kijken in het buurthuis?',
    route: 'collectief',
    needs: ['ontmoeting'],
  },
  {
    tekst:
      'Mijn zoon van 6 slaat soms andere kinderen als hij boos is. Op school zeggen ze dat het erbij hoort maar ik wil graag tips. Is er een opvoedspreekuur?',
    route: 'collectief',
    needs: ['opvoeding'],
  },
  {
    tekst:
      'Ik heb al maanden nergens zin in en huil veel sinds mijn scheiding. De huisarts zegt dat ik met iemand moet praten.',
    route: 'professioneel',
    needs: ['psychisch'],
  },
  {
    tekst:
      'Mijn buurman slaat elke zaterdag alarm over de hangjongeren, maar er gebeurt niks. Kan het jongerenwerk eens komen kijken?',
    route: 'professioneel',
    needs: ['jongeren'],
  },
  {
    tekst: 'Onze oma ligt sinds gisteren in het ziekenhuis na een val. Kan iemand haar kat eten geven tot ze terug is?',
    route: 'informeel',
    needs: ['huisdieren'],
  },
  {
    tekst:
      'Ik ben mantelzorger van mijn vader, hij heeft vorig jaar een beroerte gehad. Is er een bijeenkomst voor mantelzorgers waar ik kan leren wat ik moet doen als het weer gebeurt?',
    route: 'collectief',
    needs: ['mantelzorg'],
  },
  {
    tekst:
      'Het gras is dood door de droogte en de tuin is een woestijn. Ik ben 82, wie kan mij helpen met nieuw gras zaaien?',
    route: 'informeel',
    needs: ['tuin'],
  },
  {
    tekst:
      'Ik wil eerlijk gezegd niet meer naar de dagbesteding, ik zoek iets anders om te doen overdag, liefst met mijn handen',
    route: 'collectief',
    needs: ['werk'],
  },
  {
    tekst: 'Ik kan niet meer lopen zonder rollator en de boodschappen lukken niet meer. Wie kan voor mij naar de Lidl?',
    route: 'informeel',
    needs: ['boodschappen'],
  },
  // carers at the end of their strength, said indirectly
  {
    tekst:
      'mijn moeder is op. ze zorgt al 6 jaar dag en nacht voor mijn vader met parkinson en slaapt bijna niet meer. kan iemand haar een middag per week ontlasten?',
    route: 'informeel',
    needs: ['mantelzorg'],
  },
  {
    tekst:
      'ik kan niet meer, mijn man met dementie loopt de hele nacht door het huis en ik sta er alleen voor. Wie kan mij helpen?',
    route: 'professioneel',
    needs: ['mantelzorg'],
  },
  {
    tekst:
      'Ik doe alles voor mijn zoon met autisme en voor mijn moeder met COPD, ik loop op mijn tandvlees. Is er een plek waar mantelzorgers elkaar ontmoeten?',
    route: 'collectief',
    needs: ['mantelzorg'],
  },
  {
    tekst:
      'dhr. belt ivm echtgenote (MS), hij verzorgt haar alleen, geeft aan dat hij het niet meer trekt en zelf ook niet meer slaapt. Verzoek contact mantelzorgconsulent.',
    route: 'professioneel',
    needs: ['mantelzorg'],
  },
  // the other needs
  {
    tekst:
      'deurwaarder komt morgen. ik heb brief maar begrijp niet alles. veel rekening niet betaald door ziek zijn. help',
    route: 'professioneel',
    needs: ['schulden'],
  },
  {
    tekst: 'Vattenfall dreigt de stroom af te sluiten want ik heb 3 maanden niet betaald. Ik heb 2 kleine kinderen.',
    route: 'professioneel',
    needs: ['schulden'],
  },
  {
    tekst:
      'mw belt ivm CJIB boetes die oplopen, zorgverzekering al maanden niet betaald, weet niet meer hoe ze eruit moet komen',
    route: 'professioneel',
    needs: ['schulden'],
  },
  {
    tekst:
      'goedemorgen ik ben 87 en zit de hele dag alleen. mijn kinderen wonen in het buitenland. ik zou het fijn vinden als er iemand eens op de koffie komt',
    route: 'informeel',
    needs: ['maatje'],
  },
  {
    tekst:
      'ben 24 en net verhuisd voor werk, ken hier echt niemand. zijn er dingen te doen in de buurt om mensen te leren kennen?',
    route: 'collectief',
    needs: ['ontmoeting'],
  },
  {
    tekst:
      'mw. (79) belt ivm brief van de SVB over haar AOW, ziet slecht en kan het niet lezen. Graag iemand die thuis komt helpen met de post.',
    route: 'informeel',
    needs: ['administratie'],
  },
  {
    tekst:
      'Ik moet een formulier voor de huurtoeslag invullen maar ik snap het niet. Waar is een spreekuur voor hulp met formulieren?',
    route: 'collectief',
    needs: ['administratie'],
  },
  {
    tekst:
      'de bank stuurt geen papieren meer, alles moet met de app. ik heb een telefoon maar weet niet hoe. is er een cursus voor ouderen?',
    route: 'collectief',
    needs: ['digitaal'],
  },
  {
    tekst:
      'Mijn DigiD werkt niet meer, ik ben mijn wachtwoord vergeten. Kan iemand langskomen om het opnieuw in te stellen? Ik ben slecht ter been.',
    route: 'informeel',
    needs: ['digitaal'],
  },
  {
    tekst: "ik wil beter nederlands praten. ik werk in de schoonmaak, alleen 's avonds vrij. waar kan ik oefenen?",
    route: 'collectief',
    needs: ['taal'],
  },
  {
    tekst: 'Kan iemand met mijn vader mee naar de gemeente om te tolken? Hij spreekt alleen Arabisch.',
    route: 'informeel',
    needs: ['taal'],
  },
  {
    tekst:
      'mijn zoon zit in groep 7 en heeft moeite met rekenen, ik kan hem niet helpen want mijn nederlands is niet goed. is er huiswerkhulp na school?',
    route: 'collectief',
    needs: ['huiswerk'],
  },
  {
    tekst:
      'Ik ben verpleegkundige met vroege diensten en alleenstaand met 2 kinderen (4 en 6). Wie kan ze op maandag en donderdag naar school brengen?',
    route: 'informeel',
    needs: ['kinderopvang'],
  },
  {
    tekst:
      'mijn puber van 13 zit de hele dag te gamen en is heel brutaal. ik wil graag praten met andere ouders die dit ook hebben',
    route: 'collectief',
    needs: ['opvoeding'],
  },
  {
    tekst:
      'ik ben 19 en net mama geworden. voel me vaak alleen met de baby. zijn er andere jonge moeders in de buurt om mee af te spreken?',
    route: 'collectief',
    needs: ['ontmoeting'],
  },
  {
    tekst: 'kan iemand voor mij naar de apotheek? ik heb griep en woon alleen, ik kom niet uit bed',
    route: 'informeel',
    needs: ['boodschappen'],
  },
  {
    tekst:
      'Mijn man moet 3 keer per week naar de dialyse in het ziekenhuis en ik rijd geen auto. Wie kan hem brengen en halen?',
    route: 'informeel',
    needs: ['vervoer'],
  },
  {
    tekst:
      'De deur van de badkamer sluit niet meer en er hangt een kastje los. Ik ben weduwe en heb geen gereedschap. Wie wil een uurtje komen klussen?',
    route: 'informeel',
    needs: ['klussen'],
  },
  {
    tekst:
      'de tuin van mijn moeder is een jungle, zij is 90 en kan niks meer zelf. wie kan een paar uur helpen snoeien en onkruid wieden?',
    route: 'informeel',
    needs: ['tuin'],
  },
  {
    tekst:
      'Ik kom net uit het ziekenhuis en mag nog niet staan in de keuken. Is er iemand die een paar dagen wat eten kan brengen?',
    route: 'informeel',
    needs: ['maaltijd'],
  },
  {
    tekst: 'moet morgen onverwacht opgenomen worden, wie kan mijn 2 katten eten geven en de kattenbak doen?',
    route: 'informeel',
    needs: ['huisdieren'],
  },
  {
    tekst:
      'Ik heb een uitkering en zit veel thuis. Ik wil graag vrijwilligerswerk doen, ook om mijn Nederlands te oefenen.',
    route: 'collectief',
    needs: ['werk'],
  },
  {
    tekst:
      'Mijn huisbaas wil dat ik binnen een maand vertrek, anders zet hij mijn spullen op straat. Mag dat zomaar? Ik heb een kind van 3.',
    route: 'professioneel',
    needs: ['wonen'],
  },
  {
    tekst:
      'mw. (79) belt ivm hulp bij het douchen, kan het zelf niet meer sinds ze gevallen is. Dochter vraagt of er thuiszorg kan komen.',
    route: 'professioneel',
    needs: ['gezondheid'],
  },
  {
    tekst:
      'Mijn vader drinkt elke avond een halve fles wodka en gaat daarna slapen. Hij gaat er aan onderdoor. Waar kan hij hulp krijgen?',
    route: 'professioneel',
    needs: ['verslaving'],
  },
  {
    tekst:
      'er wordt elke avond gedeald bij het speelveldje achter de school en er lopen jongens van 12 mee als loopjongen',
    route: 'professioneel',
    needs: ['jongeren'],
  },
  {
    tekst:
      'mijn man is weg, ik heb 3 kinderen, geen werk, de huur is achter en ik slaap niet meer. ik weet niet waar ik moet beginnen',
    route: 'professioneel',
    needs: ['schulden'],
  },
  {
    tekst:
      'Ik (71) heb last van mijn knieën en wil graag in beweging blijven. Is er iets zoals stoelgym of zwemmen voor ouderen?',
    route: 'collectief',
    needs: ['bewegen'],
  },
  {
    tekst:
      'Ik ben Fatma, ik woon 1 jaar hier. ik ben altijd thuis met de kinderen. ik wil vrouwen leren kennen en koffie drinken. waar kan?',
    route: 'collectief',
    needs: ['ontmoeting'],
  },
  // Round after a blind set written by someone else: families of wording it showed were missing (not its sentences).
  {
    tekst:
      'Kan iemand een extra slot op mijn deur zetten? Mijn vriend is weg maar hij heeft een sleutel en stuurde vannacht dat hij me komt afmaken.',
    route: 'spoed',
    needs: ['veiligheid', 'klussen'],
  },
  {
    tekst:
      'Wie wil mijn twee katten hebben? Ik heb mijn zaken op orde gebracht en na deze week is er niemand meer om voor ze te zorgen.',
    route: 'spoed',
    needs: ['psychisch', 'huisdieren'],
  },
  {
    tekst:
      'Mijn moeder heeft dementie en is vanochtend de deur uitgegaan zonder haar tas. Ze is nog niet terug. Wie kan helpen zoeken?',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'please help my wife cannot breathe well and her lips are blue, we are new here',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  {
    tekst:
      'Het buurmeisje van 5 vroeg vanmiddag om eten, ze zegt dat ze al dagen niks gegeten heeft en haar ouders zijn er niet.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'Mijn kleinzoon krijgt van zijn stiefvader met de riem als hij niet luistert, hij had striemen op zijn benen.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'Mijn buurvrouw (88) zegt dat haar kleinzoon haar pinpas heeft en dat ze niets mag zeggen. Als ik het aan iemand vertel word ik weggestuurd, zegt ze.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'Dat onkruid vermoordt me nog, wie kan een middag in mijn tuin helpen?',
    route: 'informeel',
    needs: ['tuin'],
  },
  {
    tekst:
      'Twee jaar geleden ben ik bijna doodgegaan aan een hartaanval, nu gaat het goed en wil ik graag met anderen wandelen.',
    route: 'collectief',
    needs: ['bewegen'],
  },
  {
    tekst:
      'Ik ben als de dood dat mijn vader nog eens valt, is er een valpreventie-cursus of beweeggroep voor ouderen?',
    route: 'collectief',
    needs: ['bewegen'],
  },
  {
    tekst:
      'In de flat naast ons stinkt het al maanden, de woning staat tot aan het plafond vol met vuilniszakken en er lopen ratten op de galerij.',
    route: 'professioneel',
    needs: ['wonen'],
  },
  {
    tekst:
      'Wij zitten in een vechtscheiding en onze dochter plast weer in bed. De juf maakt zich zorgen. Waar kunnen we terecht?',
    route: 'professioneel',
    needs: ['opvoeding'],
  },
  {
    tekst:
      'Sinds mijn vrouw weg is drink ik elke dag een fles wijn en soms meer. Ik wil ermee stoppen maar het lukt niet alleen.',
    route: 'professioneel',
    needs: ['verslaving'],
  },
  // Danger told in parts (lexicon `samen`), in our own words.
  {
    tekst:
      'Beneden bij ons zitten al sinds zaterdag drie kinderen alleen in huis, de jongste is een peuter. Ze kwamen vragen of we iets te eten hadden.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'Vannacht weer geschreeuw bij de bovenburen en ik hoorde haar roepen "laat me los". Gisteren zag ik een blauw oog.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'Mijn tante (86) doet al twee dagen niet open en haar telefoon gaat over zonder dat ze opneemt.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  { tekst: 'my brother took a lot of pills and I cannot wake him up', route: 'spoed', needs: ['gezondheid'] },
  {
    tekst:
      'Ik ga dood van verveling sinds mijn pensioen, mijn hele leven heb ik gewerkt. Is er vrijwilligerswerk in de wijk?',
    route: 'collectief',
    needs: ['werk'],
  },
  {
    tekst:
      'Onze kinderen zijn in het weekend alleen bij hun vader, ik zoek voor die dagen een leuke sportclub voor mezelf.',
    route: 'collectief',
    needs: ['bewegen'],
  },
  // After a third blind set: more families said in parts or in passing, and more look-alikes.
  {
    tekst:
      'Opa heeft alzheimer en is na het eten de deur uit gegaan. Hij is nog steeds niet terug en het wordt donker.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'Wie kan vanmiddag mijn apotheekspullen ophalen? Sinds vanochtend hangt mijn mond een beetje scheef en mijn linkerarm wil niet goed.',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  {
    tekst: 'Ik verveel me echt waar dood sinds ik thuis zit. Is er een klussengroep of werkplaats in de wijk?',
    route: 'collectief',
    needs: ['werk'],
  },
  {
    tekst:
      'Ik heb twintig jaar als ambulanceverpleegkundige gewerkt en heb overdoses en ongelukken allemaal gezien. Nu zoek ik een wandelgroep.',
    route: 'collectief',
    needs: ['bewegen'],
  },
  // After a fourth blind set.
  {
    tekst:
      'Mijn moeder (79) neemt sinds gisteravond haar telefoon niet meer op en de krant zit nog in de bus. Ze heeft suikerziekte.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'My neighbour asked me for help with groceries, but just now her face was drooping on one side and she could not lift her arm.',
    route: 'spoed',
    needs: ['gezondheid'],
  },
  {
    tekst:
      'Mijn broer heeft een verstandelijke beperking. Er wonen nu twee mannen bij hem die zijn bankpas hebben, hij mag niet naar buiten en is veel afgevallen.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst:
      'Ik heb in mijn land oorlog meegemaakt. Nu is alles goed maar ik heb elke nacht nachtmerries en slaap bijna niet.',
    route: 'professioneel',
    needs: ['psychisch'],
  },
  {
    tekst:
      'Since I lost my job I have been drinking way too much, almost a bottle of vodka a day. Where can I get help?',
    route: 'professioneel',
    needs: ['verslaving'],
  },
  {
    tekst:
      'Mijn ex sloeg me vroeger, maar dat is voorbij: ik woon nu rustig en veilig met de kinderen. Ik zoek een taalcafé om Nederlands te oefenen.',
    route: 'collectief',
    needs: ['taal'],
  },
  {
    tekst:
      'Onze verhuurder reageert al maanden niet op onze mails over de schimmel in de slaapkamer en de kinderen hoesten steeds.',
    route: 'professioneel',
    needs: ['wonen'],
  },
  // After a fifth blind set.
  {
    tekst:
      'Mijn hond zoekt een nieuw baasje. Ik heb alles op een rijtje gezet en voor ik er een eind aan maak wil ik weten dat hij goed terechtkomt.',
    route: 'spoed',
    needs: ['psychisch', 'huisdieren'],
  },
  {
    tekst:
      'De oude buurvrouw doet al sinds vrijdag niet open en haar brievenbus puilt uit. Haar kat miauwt de hele dag.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  // After a sixth blind set.
  {
    tekst:
      'Ik heb lang in een gewelddadig huwelijk gezeten, maar dat is al jaren voorbij. Nu zoek ik een wandelgroep om weer onder de mensen te komen.',
    route: 'collectief',
    needs: ['bewegen'],
  },
  {
    tekst:
      'Thuis is er veel ruzie met onze dochter van 15 over haar telefoon, maar er is geen geweld of iets onveiligs. Is er een oudercursus?',
    route: 'collectief',
    needs: ['opvoeding'],
  },
  {
    tekst:
      'Ik werk op maandag tot zes uur. Wie kan mijn zoon (6) die dag van school ophalen en tot ik thuis ben opvangen?',
    route: 'informeel',
    needs: ['kinderopvang'],
  },
  // After a seventh blind set (regional writers).
  { tekst: 'ik kan niet meer. alles is op. de tabletten heb ik gespaard', route: 'spoed', needs: ['psychisch'] },
  {
    tekst:
      'Ik zoek een oppas voor mijn meiden (3 en 5). Ik werk elke avond tot elf uur en nu sluit ik ze op in huis, dat voelt niet goed.',
    route: 'spoed',
    needs: ['veiligheid', 'kinderopvang'],
  },
  {
    tekst:
      'Mijn buurvrouw is dement. Vannacht liep ze weer in haar nachthemd op straat in de kou en niemand komt meer bij haar.',
    route: 'spoed',
    needs: ['veiligheid'],
  },
  {
    tekst: 'De grasmaaier slaat steeds af en ik vermoord dat ding nog eens. Is er een repair café?',
    route: 'collectief',
    needs: ['klussen'],
  },
  {
    tekst:
      'Ik ben een tijd somber geweest maar heb geen gedachten om mezelf iets aan te doen. Ik zoek een inloop om mensen te ontmoeten.',
    route: 'professioneel',
    needs: ['psychisch', 'ontmoeting'],
  },
];
