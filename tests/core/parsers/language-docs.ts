import type { FootnoteCall, LangCode, UnitKind } from '../../../core/index.js';

/**
 * One short EP resolution per official EU language, written by us in the way that language's EP texts are
 * written (facts doc §1a/§1b/§3/§5b): title pattern and date position, opening line, three citations with the
 * language's formula(s), four recitals with its lettering and formula, three numbered paragraphs with its case
 * convention, the closing "instructs its President" paragraph, and one footnote in its Official Journal form.
 * "{1}" marks the footnote call. `cleanText` and `docxText` render each document in two layouts.
 */
export interface LanguageDoc {
  readonly lang: LangCode;
  /** doceo sitting header line (clean layout only). */
  readonly sitting: string;
  readonly title: string;
  readonly opening: string;
  readonly citations: readonly [string, string, string];
  readonly recitals: readonly (readonly [label: string, text: string])[];
  /** Three numbered paragraphs, then the closing paragraph (numbered 4). */
  readonly paragraphs: readonly [string, string, string, string];
  readonly footnote: string;
  /** The EU motto (facts doc §4), page furniture on the first page of the DOCX layout. */
  readonly motto: string;
}

export const PROCEDURE = '2022/2505(RSP)';

export const LANGUAGE_DOCS: readonly LanguageDoc[] = [
  {
    lang: 'bg',
    sitting: 'Четвъртък, 20 януари 2022 г. - Страсбург',
    title: 'Резолюция на Европейския парламент от 20 януари 2022 г. относно положението в Казахстан',
    opening: 'Европейският парламент,',
    citations: [
      'като взе предвид предишните си резолюции относно Казахстан, и по-специално резолюцията си от 11 февруари 2021 г.{1},',
      'като взе предвид Споразумението за засилено партньорство и сътрудничество между Европейския съюз и Казахстан,',
      'като взе предвид член 144, параграф 5 и член 132, параграф 4 от своя Правилник за дейността,',
    ],
    recitals: [
      ['А', 'като има предвид, че на 2 януари 2022 г. започнаха мирни протести срещу рязкото поскъпване на горивата, които се разпространиха в много градове;'],
      ['Б', 'като има предвид, че властите обявиха извънредно положение и прекъснаха достъпа до интернет за няколко дни;'],
      ['В', 'като има предвид, че хиляди хора бяха задържани, сред които журналисти и защитници на правата на човека;'],
      ['Г', 'като има предвид, че Европейският съюз и Казахстан поддържат дипломатически отношения от 1992 г.;'],
    ],
    paragraphs: [
      'осъжда насилието срещу мирни протестиращи и изказва съболезнования на семействата на жертвите;',
      'призовава за независимо международно разследване на събитията от януари 2022 г.;',
      'настоятелно призовава властите да освободят всички лица, задържани единствено заради упражняването на основните им права;',
      'възлага на своя председател да предаде настоящата резолюция на Съвета, на Комисията и на органите на Казахстан.',
    ],
    footnote: 'ОВ C 465, 17.11.2021 г., стр. 147.',
    motto: 'Обединен в многообразието',
  },
  {
    lang: 'cs',
    sitting: 'Čtvrtek, 20. ledna 2022 - Štrasburk',
    title: 'Usnesení Evropského parlamentu ze dne 20. ledna 2022 o situaci v Kazachstánu',
    opening: 'Evropský parlament,',
    citations: [
      's ohledem na svá předchozí usnesení o Kazachstánu, zejména na usnesení ze dne 11. února 2021{1},',
      's ohledem na dohodu o posíleném partnerství a spolupráci mezi Evropskou unií a Kazachstánem,',
      's ohledem na čl. 144 odst. 5 a čl. 132 odst. 4 jednacího řádu,',
    ],
    recitals: [
      ['A', 'vzhledem k tomu, že dne 2. ledna 2022 začaly pokojné protesty proti prudkému zdražení pohonných hmot, které se rozšířily do mnoha měst;'],
      ['B', 'vzhledem k tomu, že orgány vyhlásily výjimečný stav a na několik dní přerušily přístup k internetu;'],
      ['C', 'vzhledem k tomu, že byly zadrženy tisíce lidí, mezi nimi novináři a obránci lidských práv;'],
      ['D', 'vzhledem k tomu, že Evropská unie a Kazachstán udržují diplomatické vztahy od roku 1992;'],
    ],
    paragraphs: [
      'odsuzuje násilí proti pokojným demonstrantům a vyjadřuje soustrast rodinám obětí;',
      'vyzývá k nezávislému mezinárodnímu vyšetření událostí z ledna 2022;',
      'naléhavě vyzývá orgány, aby propustily všechny osoby zadržené pouze za výkon svých základních práv;',
      'pověřuje svou předsedkyni, aby toto usnesení předala Radě, Komisi a orgánům Kazachstánu.',
    ],
    footnote: 'Úř. věst. C 465, 17.11.2021, s. 147.',
    motto: 'Jednotná v rozmanitosti',
  },
  {
    lang: 'da',
    sitting: 'Torsdag den 20. januar 2022 - Strasbourg',
    title: 'Europa-Parlamentets beslutning af 20. januar 2022 om situationen i Kasakhstan',
    opening: 'Europa-Parlamentet,',
    citations: [
      'der henviser til sine tidligere beslutninger om Kasakhstan, navnlig beslutningen af 11. februar 2021{1},',
      'der henviser til den udvidede partnerskabs- og samarbejdsaftale mellem Den Europæiske Union og Kasakhstan,',
      'der henviser til forretningsordenens artikel 144, stk. 5, og artikel 132, stk. 4,',
    ],
    recitals: [
      ['A', 'der henviser til, at fredelige protester mod en kraftig stigning i brændstofpriserne begyndte den 2. januar 2022 og bredte sig til mange byer;'],
      ['B', 'der henviser til, at myndighederne erklærede undtagelsestilstand og lukkede adgangen til internettet i flere dage;'],
      ['C', 'der henviser til, at tusindvis af mennesker blev tilbageholdt, heriblandt journalister og menneskerettighedsforkæmpere;'],
      ['D', 'der henviser til, at Den Europæiske Union og Kasakhstan har haft diplomatiske forbindelser siden 1992;'],
    ],
    paragraphs: [
      'fordømmer volden mod fredelige demonstranter og udtrykker sin medfølelse med ofrenes familier;',
      'opfordrer til en uafhængig international undersøgelse af begivenhederne i januar 2022;',
      'opfordrer indtrængende myndighederne til at løslade alle, der udelukkende er tilbageholdt for at have udøvet deres grundlæggende rettigheder;',
      'pålægger sin formand at sende denne beslutning til Rådet, Kommissionen og Kasakhstans myndigheder.',
    ],
    footnote: 'EUT C 465 af 17.11.2021, s. 147.',
    motto: 'Forenet i mangfoldighed',
  },
  {
    lang: 'de',
    sitting: 'Donnerstag, 20. Januar 2022 - Straßburg',
    title: 'Entschließung des Europäischen Parlaments vom 20. Januar 2022 zur Lage in Kasachstan',
    opening: 'Das Europäische Parlament,',
    citations: [
      'unter Hinweis auf seine früheren Entschließungen zu Kasachstan, insbesondere jene vom 11. Februar 2021{1},',
      'unter Hinweis auf das Abkommen über eine verstärkte Partnerschaft und Zusammenarbeit zwischen der Europäischen Union und Kasachstan,',
      'gestützt auf Artikel 144 Absatz 5 und Artikel 132 Absatz 4 seiner Geschäftsordnung,',
    ],
    recitals: [
      ['A', 'in der Erwägung, dass am 2. Januar 2022 friedliche Proteste gegen einen starken Anstieg der Kraftstoffpreise begannen und sich auf viele Städte ausweiteten;'],
      ['B', 'in der Erwägung, dass die Behörden den Ausnahmezustand verhängten und den Zugang zum Internet für mehrere Tage sperrten;'],
      ['C', 'in der Erwägung, dass Tausende Menschen festgenommen wurden, darunter Journalisten und Menschenrechtsverteidiger;'],
      ['D', 'in der Erwägung, dass die Europäische Union und Kasachstan seit 1992 diplomatische Beziehungen unterhalten;'],
    ],
    paragraphs: [
      'verurteilt die Gewalt gegen friedliche Demonstranten und spricht den Familien der Opfer sein Beileid aus;',
      'fordert eine unabhängige internationale Untersuchung der Ereignisse vom Januar 2022;',
      'fordert die Behörden nachdrücklich auf, alle Personen freizulassen, die allein wegen der Ausübung ihrer Grundrechte inhaftiert wurden;',
      'beauftragt seine Präsidentin, diese Entschließung dem Rat, der Kommission und den Behörden Kasachstans zu übermitteln.',
    ],
    footnote: 'ABl. C 465 vom 17.11.2021, S. 147.',
    motto: 'In Vielfalt geeint',
  },
  {
    lang: 'el',
    sitting: 'Πέμπτη 20 Ιανουαρίου 2022 - Στρασβούργο',
    title: 'Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου της 20ής Ιανουαρίου 2022 σχετικά με την κατάσταση στο Καζαχστάν',
    opening: 'Το Ευρωπαϊκό Κοινοβούλιο,',
    citations: [
      'έχοντας υπόψη τα προηγούμενα ψηφίσματά του σχετικά με το Καζαχστάν, ιδίως εκείνο της 11ης Φεβρουαρίου 2021{1},',
      'έχοντας υπόψη την ενισχυμένη συμφωνία εταιρικής σχέσης και συνεργασίας μεταξύ της Ευρωπαϊκής Ένωσης και του Καζαχστάν,',
      'έχοντας υπόψη το άρθρο 144 παράγραφος 5 και το άρθρο 132 παράγραφος 4 του Κανονισμού του,',
    ],
    recitals: [
      ['Α', 'λαμβάνοντας υπόψη ότι στις 2 Ιανουαρίου 2022 ξεκίνησαν ειρηνικές διαμαρτυρίες κατά της απότομης αύξησης των τιμών των καυσίμων, οι οποίες εξαπλώθηκαν σε πολλές πόλεις·'],
      ['Β', 'λαμβάνοντας υπόψη ότι οι αρχές κήρυξαν κατάσταση έκτακτης ανάγκης και διέκοψαν την πρόσβαση στο διαδίκτυο για αρκετές ημέρες·'],
      ['Γ', 'λαμβάνοντας υπόψη ότι χιλιάδες άνθρωποι κρατήθηκαν, μεταξύ των οποίων δημοσιογράφοι και υπερασπιστές των ανθρωπίνων δικαιωμάτων·'],
      ['Δ', 'λαμβάνοντας υπόψη ότι η Ευρωπαϊκή Ένωση και το Καζαχστάν διατηρούν διπλωματικές σχέσεις από το 1992·'],
    ],
    paragraphs: [
      'καταδικάζει τη βία κατά ειρηνικών διαδηλωτών και εκφράζει τα συλλυπητήριά του στις οικογένειες των θυμάτων·',
      'ζητεί ανεξάρτητη διεθνή έρευνα για τα γεγονότα του Ιανουαρίου 2022·',
      'καλεί τις αρχές να απελευθερώσουν όλα τα πρόσωπα που κρατούνται αποκλειστικά επειδή άσκησαν τα θεμελιώδη δικαιώματά τους·',
      'αναθέτει στην Πρόεδρό του να διαβιβάσει το παρόν ψήφισμα στο Συμβούλιο, στην Επιτροπή και στις αρχές του Καζαχστάν.',
    ],
    footnote: 'ΕΕ C 465 της 17.11.2021, σ. 147.',
    motto: 'Ενωμένη στην πολυμορφία',
  },
  {
    lang: 'en',
    sitting: 'Thursday, 20 January 2022 - Strasbourg',
    title: 'European Parliament resolution of 20 January 2022 on the situation in Kazakhstan',
    opening: 'The European Parliament,',
    citations: [
      'having regard to its previous resolutions on Kazakhstan, in particular that of 11 February 2021{1},',
      'having regard to the Enhanced Partnership and Cooperation Agreement between the European Union and Kazakhstan,',
      'having regard to Rules 144(5) and 132(4) of its Rules of Procedure,',
    ],
    recitals: [
      ['A', 'whereas peaceful protests against a sharp rise in fuel prices began on 2 January 2022 and spread to many cities;'],
      ['B', 'whereas the authorities declared a state of emergency and shut down access to the internet for several days;'],
      ['C', 'whereas thousands of people were detained, among them journalists and human rights defenders;'],
      ['D', 'whereas the European Union and Kazakhstan have maintained diplomatic relations since 1992;'],
    ],
    paragraphs: [
      'Condemns the violence against peaceful protesters and expresses its condolences to the families of the victims;',
      'Calls for an independent international investigation into the events of January 2022;',
      'Urges the authorities to release all persons detained solely for exercising their fundamental rights;',
      'Instructs its President to forward this resolution to the Council, the Commission and the authorities of Kazakhstan.',
    ],
    footnote: 'OJ C 465, 17.11.2021, p. 147.',
    motto: 'United in diversity',
  },
  {
    lang: 'es',
    sitting: 'Jueves 20 de enero de 2022 - Estrasburgo',
    title: 'Resolución del Parlamento Europeo, de 20 de enero de 2022, sobre la situación en Kazajistán',
    opening: 'El Parlamento Europeo,',
    citations: [
      'Vistas sus anteriores Resoluciones sobre Kazajistán, en particular la de 11 de febrero de 2021{1},',
      'Visto el Acuerdo de Colaboración y Cooperación Reforzado entre la Unión Europea y Kazajistán,',
      'Vistos el artículo 144, apartado 5, y el artículo 132, apartado 4, de su Reglamento interno,',
    ],
    recitals: [
      ['A', 'Considerando que el 2 de enero de 2022 comenzaron protestas pacíficas contra una fuerte subida de los precios del combustible, que se extendieron a muchas ciudades;'],
      ['B', 'Considerando que las autoridades declararon el estado de emergencia y cortaron el acceso a internet durante varios días;'],
      ['C', 'Considerando que miles de personas fueron detenidas, entre ellas periodistas y defensores de los derechos humanos;'],
      ['D', 'Considerando que la Unión Europea y Kazajistán mantienen relaciones diplomáticas desde 1992;'],
    ],
    paragraphs: [
      'Condena la violencia contra manifestantes pacíficos y expresa sus condolencias a las familias de las víctimas;',
      'Pide una investigación internacional independiente sobre los acontecimientos de enero de 2022;',
      'Insta a las autoridades a que liberen a todas las personas detenidas únicamente por ejercer sus derechos fundamentales;',
      'Encarga a su presidenta que transmita la presente Resolución al Consejo, a la Comisión y a las autoridades de Kazajistán.',
    ],
    footnote: 'DO C 465 de 17.11.2021, p. 147.',
    motto: 'Unida en la diversidad',
  },
  {
    lang: 'et',
    sitting: 'Neljapäev, 20. jaanuar 2022 - Strasbourg',
    title: 'Euroopa Parlamendi 20. jaanuari 2022. aasta resolutsioon olukorra kohta Kasahstanis',
    opening: 'Euroopa Parlament,',
    citations: [
      'võttes arvesse oma varasemaid resolutsioone Kasahstani kohta, eriti 11. veebruari 2021. aasta resolutsiooni{1},',
      'võttes arvesse Euroopa Liidu ja Kasahstani vahelist laiendatud partnerlus- ja koostöölepingut,',
      'võttes arvesse kodukorra artikli 144 lõiget 5 ja artikli 132 lõiget 4,',
    ],
    recitals: [
      ['A', 'arvestades, et 2. jaanuaril 2022 algasid rahumeelsed meeleavaldused kütusehindade järsu tõusu vastu ning need levisid paljudesse linnadesse;'],
      ['B', 'arvestades, et ametivõimud kuulutasid välja erakorralise seisukorra ja katkestasid mitmeks päevaks juurdepääsu internetile;'],
      ['C', 'arvestades, et vahistati tuhandeid inimesi, sealhulgas ajakirjanikke ja inimõiguste kaitsjaid;'],
      ['D', 'arvestades, et Euroopa Liidul ja Kasahstanil on diplomaatilised suhted alates 1992. aastast;'],
    ],
    paragraphs: [
      'mõistab hukka vägivalla rahumeelsete meeleavaldajate vastu ja avaldab kaastunnet ohvrite perekondadele;',
      'nõuab 2022. aasta jaanuari sündmuste sõltumatut rahvusvahelist uurimist;',
      'nõuab tungivalt, et ametivõimud vabastaksid kõik isikud, kes on vahistatud üksnes oma põhiõiguste kasutamise eest;',
      'teeb presidendile ülesandeks edastada käesolev resolutsioon nõukogule, komisjonile ja Kasahstani ametivõimudele.',
    ],
    footnote: 'ELT C 465, 17.11.2021, lk 147.',
    motto: 'Ühinenud mitmekesisuses',
  },
  {
    lang: 'fi',
    sitting: 'Torstai 20. tammikuuta 2022 - Strasbourg',
    title: 'Euroopan parlamentin päätöslauselma 20. tammikuuta 2022 Kazakstanin tilanteesta',
    opening: 'Euroopan parlamentti, joka',
    citations: [
      'ottaa huomioon aiemmat päätöslauselmansa Kazakstanista ja erityisesti 11. helmikuuta 2021 antamansa päätöslauselman{1},',
      'ottaa huomioon Euroopan unionin ja Kazakstanin välisen tehostetun kumppanuus- ja yhteistyösopimuksen,',
      'ottaa huomioon työjärjestyksen 144 artiklan 5 kohdan ja 132 artiklan 4 kohdan,',
    ],
    recitals: [
      ['A', 'ottaa huomioon, että rauhanomaiset mielenosoitukset polttoaineiden jyrkkää hinnannousua vastaan alkoivat 2. tammikuuta 2022 ja levisivät moniin kaupunkeihin;'],
      ['B', 'toteaa, että viranomaiset julistivat poikkeustilan ja katkaisivat internetyhteydet useiksi päiviksi;'],
      ['C', 'katsoo, että tuhansia ihmisiä pidätettiin, heidän joukossaan toimittajia ja ihmisoikeuksien puolustajia;'],
      ['D', 'ottaa huomioon, että Euroopan unionilla ja Kazakstanilla on ollut diplomaattisuhteet vuodesta 1992;'],
    ],
    paragraphs: [
      'tuomitsee rauhanomaisiin mielenosoittajiin kohdistuneen väkivallan ja esittää osanottonsa uhrien perheille;',
      'vaatii riippumatonta kansainvälistä tutkimusta tammikuun 2022 tapahtumista;',
      'kehottaa viranomaisia vapauttamaan kaikki, jotka on pidätetty pelkästään perusoikeuksiensa käyttämisen vuoksi;',
      'kehottaa puhemiestä välittämään tämän päätöslauselman neuvostolle, komissiolle ja Kazakstanin viranomaisille.',
    ],
    footnote: 'EUVL C 465, 17.11.2021, s. 147.',
    motto: 'Moninaisuudessaan yhtenäinen',
  },
  {
    lang: 'fr',
    sitting: 'Jeudi 20 janvier 2022 - Strasbourg',
    title: 'Résolution du Parlement européen du 20 janvier 2022 sur la situation au Kazakhstan',
    opening: 'Le Parlement européen,',
    citations: [
      'vu ses précédentes résolutions sur le Kazakhstan, et notamment celle du 11 février 2021{1},',
      'vu l’accord de partenariat et de coopération renforcé entre l’Union européenne et le Kazakhstan,',
      'vu l’article 144, paragraphe 5, et l’article 132, paragraphe 4, de son règlement intérieur,',
    ],
    recitals: [
      ['A', 'considérant que des manifestations pacifiques contre une forte hausse des prix du carburant ont commencé le 2 janvier 2022 et se sont étendues à de nombreuses villes;'],
      ['B', 'considérant que les autorités ont déclaré l’état d’urgence et coupé l’accès à l’internet pendant plusieurs jours;'],
      ['C', 'considérant que des milliers de personnes ont été arrêtées, parmi lesquelles des journalistes et des défenseurs des droits de l’homme;'],
      ['D', 'considérant que l’Union européenne et le Kazakhstan entretiennent des relations diplomatiques depuis 1992;'],
    ],
    paragraphs: [
      'condamne les violences commises contre des manifestants pacifiques et présente ses condoléances aux familles des victimes;',
      'demande une enquête internationale indépendante sur les événements de janvier 2022;',
      'invite instamment les autorités à libérer toutes les personnes détenues pour avoir exercé leurs droits fondamentaux;',
      'charge sa présidente de transmettre la présente résolution au Conseil, à la Commission et aux autorités du Kazakhstan.',
    ],
    footnote: 'JO C 465 du 17.11.2021, p. 147.',
    motto: 'Unie dans la diversité',
  },
  {
    lang: 'ga',
    sitting: 'Déardaoin, 20 Eanáir 2022 - Strasbourg',
    title: 'Rún ó Pharlaimint na hEorpa an 20 Eanáir 2022 maidir leis an staid sa Chasacstáin',
    opening: 'Tá Parlaimint na hEorpa,',
    citations: [
      'ag féachaint dá rúin roimhe seo maidir leis an gCasacstáin, go háirithe rún an 11 Feabhra 2021{1},',
      'ag féachaint don Chomhaontú Feabhsaithe Comhpháirtíochta agus Comhair idir an tAontas Eorpach agus an Chasacstáin,',
      'ag féachaint do Riail 144(5) agus Riail 132(4) dá Rialacha Nós Imeachta,',
    ],
    recitals: [
      ['A', 'de bhrí gur thosaigh agóidí síochánta an 2 Eanáir 2022 i gcoinne ardú géar ar phraghsanna breosla agus gur scaip siad chuig a lán cathracha;'],
      ['B', 'de bhrí gur fhógair na húdaráis staid éigeandála agus gur ghearr siad rochtain ar an idirlíon ar feadh roinnt laethanta;'],
      ['C', 'de bhrí go ndearnadh na mílte duine a choinneáil, iriseoirí agus cosantóirí cearta an duine ina measc;'],
      ['D', 'de bhrí nach bhfuil aon fhiosrúchán neamhspleách déanta fós ar na himeachtaí sin;'],
    ],
    paragraphs: [
      'cáineann sí an foréigean in aghaidh lucht agóide síochánta agus déanann sí comhbhrón le teaghlaigh na n-íospartach;',
      'iarrann sí go ndéanfaí imscrúdú idirnáisiúnta neamhspleách ar imeachtaí Eanáir 2022;',
      'áitíonn sí ar na húdaráis gach duine a coinníodh as a gcearta bunúsacha a fheidhmiú a scaoileadh saor;',
      'tugann sí treoir dá hUachtarán an rún seo a chur ar aghaidh chuig an gComhairle, chuig an gCoimisiún agus chuig údaráis na Casacstáine.',
    ],
    footnote: 'IO C 465, 17.11.2021, lch. 147.',
    motto: 'Aontaithe san éagsúlacht',
  },
  {
    lang: 'hr',
    sitting: 'Četvrtak, 20. siječnja 2022. - Strasbourg',
    title: 'Rezolucija Europskog parlamenta od 20. siječnja 2022. o stanju u Kazahstanu',
    opening: 'Europski parlament,',
    citations: [
      'uzimajući u obzir svoje prethodne rezolucije o Kazahstanu, a posebno Rezoluciju od 11. veljače 2021.{1},',
      'uzimajući u obzir Sporazum o pojačanom partnerstvu i suradnji između Europske unije i Kazahstana,',
      'uzimajući u obzir članak 144. stavak 5. i članak 132. stavak 4. Poslovnika,',
    ],
    recitals: [
      ['A', 'budući da su 2. siječnja 2022. započeli mirni prosvjedi protiv naglog poskupljenja goriva, koji su se proširili na mnoge gradove;'],
      ['B', 'budući da su vlasti proglasile izvanredno stanje i na nekoliko dana prekinule pristup internetu;'],
      ['C', 'budući da su tisuće ljudi pritvorene, među njima novinari i branitelji ljudskih prava;'],
      ['D', 'budući da Europska unija i Kazahstan održavaju diplomatske odnose od 1992.;'],
    ],
    paragraphs: [
      'osuđuje nasilje nad mirnim prosvjednicima i izražava sućut obiteljima žrtava;',
      'poziva na neovisnu međunarodnu istragu događaja iz siječnja 2022.;',
      'poziva vlasti da oslobode sve osobe pritvorene isključivo zbog ostvarivanja svojih temeljnih prava;',
      'nalaže svojoj predsjednici da ovu Rezoluciju proslijedi Vijeću, Komisiji i vlastima Kazahstana.',
    ],
    footnote: 'SL C 465, 17.11.2021., str. 147.',
    motto: 'Ujedinjeni u različitosti',
  },
  {
    lang: 'hu',
    sitting: '2022. január 20., Csütörtök - Strasbourg',
    title: 'Az Európai Parlament 2022. január 20-i állásfoglalása a kazahsztáni helyzetről',
    opening: 'Az Európai Parlament,',
    citations: [
      'tekintettel a Kazahsztánról szóló korábbi állásfoglalásaira, különösen a 2021. február 11-i állásfoglalására{1},',
      'tekintettel az Európai Unió és Kazahsztán közötti megerősített partnerségi és együttműködési megállapodásra,',
      'tekintettel eljárási szabályzata 144. cikkének (5) bekezdésére és 132. cikkének (4) bekezdésére,',
    ],
    recitals: [
      ['A', 'mivel 2022. január 2-án békés tüntetések kezdődtek az üzemanyagárak meredek emelkedése ellen, amelyek számos városra kiterjedtek;'],
      ['B', 'mivel a hatóságok szükségállapotot hirdettek ki, és több napra megszakították az internet-hozzáférést;'],
      ['C', 'mivel emberek ezreit vették őrizetbe, köztük újságírókat és emberi jogi jogvédőket;'],
      ['D', 'mivel az Európai Unió és Kazahsztán 1992 óta tart fenn diplomáciai kapcsolatokat;'],
    ],
    paragraphs: [
      'elítéli a békés tüntetők elleni erőszakot, és részvétét fejezi ki az áldozatok családjainak;',
      'kéri a 2022. januári események független nemzetközi kivizsgálását;',
      'sürgeti a hatóságokat, hogy engedjenek szabadon minden olyan személyt, akit kizárólag alapvető jogai gyakorlása miatt tartanak fogva;',
      'utasítja elnökét, hogy továbbítsa ezt az állásfoglalást a Tanácsnak, a Bizottságnak és Kazahsztán hatóságainak.',
    ],
    footnote: 'HL C 465., 2021.11.17., 147. o.',
    motto: 'Egyesülve a sokféleségben',
  },
  {
    lang: 'it',
    sitting: 'Giovedì 20 gennaio 2022 - Strasburgo',
    title: 'Risoluzione del Parlamento europeo del 20 gennaio 2022 sulla situazione in Kazakhstan',
    opening: 'Il Parlamento europeo,',
    citations: [
      'viste le sue precedenti risoluzioni sul Kazakhstan, in particolare quella dell’11 febbraio 2021{1},',
      'visto l’accordo rafforzato di partenariato e di cooperazione tra l’Unione europea e il Kazakhstan,',
      'visti l’articolo 144, paragrafo 5, e l’articolo 132, paragrafo 4, del suo regolamento,',
    ],
    recitals: [
      ['A', 'considerando che il 2 gennaio 2022 sono iniziate proteste pacifiche contro un forte aumento dei prezzi del carburante, che si sono estese a molte città;'],
      ['B', 'considerando che le autorità hanno dichiarato lo stato di emergenza e interrotto l’accesso a internet per diversi giorni;'],
      ['C', 'considerando che migliaia di persone sono state arrestate, tra cui giornalisti e difensori dei diritti umani;'],
      ['D', 'considerando che l’Unione europea e il Kazakhstan intrattengono relazioni diplomatiche dal 1992;'],
    ],
    paragraphs: [
      'condanna le violenze contro i manifestanti pacifici ed esprime il suo cordoglio alle famiglie delle vittime;',
      'chiede un’indagine internazionale indipendente sugli eventi del gennaio 2022;',
      'esorta le autorità a rilasciare tutte le persone detenute unicamente per aver esercitato i loro diritti fondamentali;',
      'incarica la sua Presidente di trasmettere la presente risoluzione al Consiglio, alla Commissione e alle autorità del Kazakhstan.',
    ],
    footnote: 'GU C 465 del 17.11.2021, pag. 147.',
    motto: 'Unita nella diversità',
  },
  {
    lang: 'lt',
    sitting: 'Ketvirtadienis, 2022 m. sausio 20 d. - Strasbūras',
    title: '2022 m. sausio 20 d. Europos Parlamento rezoliucija dėl padėties Kazachstane',
    opening: 'Europos Parlamentas,',
    citations: [
      'atsižvelgdamas į savo ankstesnes rezoliucijas dėl Kazachstano, ypač į 2021 m. vasario 11 d. rezoliuciją{1},',
      'atsižvelgdamas į Europos Sąjungos ir Kazachstano išplėstinės partnerystės ir bendradarbiavimo susitarimą,',
      'atsižvelgdamas į Darbo tvarkos taisyklių 144 straipsnio 5 dalį ir 132 straipsnio 4 dalį,',
    ],
    recitals: [
      ['A', 'kadangi 2022 m. sausio 2 d. prasidėjo taikūs protestai prieš staigų degalų kainų padidėjimą, kurie išplito į daugelį miestų;'],
      ['B', 'kadangi valdžios institucijos paskelbė nepaprastąją padėtį ir kelioms dienoms nutraukė prieigą prie interneto;'],
      ['C', 'kadangi buvo sulaikyti tūkstančiai žmonių, tarp jų žurnalistai ir žmogaus teisių gynėjai;'],
      ['D', 'kadangi Europos Sąjunga ir Kazachstanas palaiko diplomatinius santykius nuo 1992 m.;'],
    ],
    paragraphs: [
      'smerkia smurtą prieš taikius protestuotojus ir reiškia užuojautą aukų šeimoms;',
      'ragina atlikti nepriklausomą tarptautinį 2022 m. sausio mėn. įvykių tyrimą;',
      'primygtinai ragina valdžios institucijas paleisti visus asmenis, sulaikytus vien už naudojimąsi savo pagrindinėmis teisėmis;',
      'paveda Pirmininkei perduoti šią rezoliuciją Tarybai, Komisijai ir Kazachstano valdžios institucijoms.',
    ],
    footnote: 'OL C 465, 2021 11 17, p. 147.',
    motto: 'Suvienijusi įvairovę',
  },
  {
    lang: 'lv',
    sitting: 'Ceturtdiena, 2022. gada 20. janvāris - Strasbūra',
    title: 'Eiropas Parlamenta 2022. gada 20. janvāra rezolūcija par stāvokli Kazahstānā',
    opening: 'Eiropas Parlaments,',
    citations: [
      'ņemot vērā iepriekšējās rezolūcijas par Kazahstānu, jo īpaši 2021. gada 11. februāra rezolūciju{1},',
      'ņemot vērā Eiropas Savienības un Kazahstānas paplašinātās partnerības un sadarbības nolīgumu,',
      'ņemot vērā Reglamenta 144. panta 5. punktu un 132. panta 4. punktu,',
    ],
    recitals: [
      ['A', 'tā kā 2022. gada 2. janvārī sākās miermīlīgi protesti pret straujo degvielas cenu kāpumu, kas izplatījās daudzās pilsētās;'],
      ['B', 'tā kā iestādes izsludināja ārkārtas stāvokli un uz vairākām dienām pārtrauca piekļuvi internetam;'],
      ['C', 'tā kā tika aizturēti tūkstošiem cilvēku, tostarp žurnālisti un cilvēktiesību aizstāvji;'],
      ['D', 'tā kā Eiropas Savienība un Kazahstāna uztur diplomātiskās attiecības kopš 1992. gada;'],
    ],
    paragraphs: [
      'nosoda vardarbību pret miermīlīgiem protestētājiem un izsaka līdzjūtību upuru ģimenēm;',
      'aicina veikt neatkarīgu starptautisku izmeklēšanu par 2022. gada janvāra notikumiem;',
      'mudina iestādes atbrīvot visas personas, kas aizturētas tikai par savu pamattiesību izmantošanu;',
      'uzdod priekšsēdētājai šo rezolūciju nosūtīt Padomei, Komisijai un Kazahstānas iestādēm.',
    ],
    footnote: 'OV C 465, 17.11.2021., 147. lpp.',
    motto: 'Vienoti daudzveidībā',
  },
  {
    lang: 'mt',
    sitting: 'Il-Ħamis, 20 ta\' Jannar 2022 - Strasburgu',
    title: "Riżoluzzjoni tal-Parlament Ewropew tal-20 ta' Jannar 2022 dwar is-sitwazzjoni fil-Każakistan",
    opening: 'Il-Parlament Ewropew,',
    citations: [
      "wara li kkunsidra r-riżoluzzjonijiet preċedenti tiegħu dwar il-Każakistan, b'mod partikolari dik tal-11 ta' Frar 2021{1},",
      "wara li kkunsidra l-Ftehim Imsaħħaħ ta' Sħubija u Kooperazzjoni bejn l-Unjoni Ewropea u l-Każakistan,",
      "wara li kkunsidra l-Artikoli 144(5) u 132(4) tar-Regoli ta' Proċedura tiegħu,",
    ],
    recitals: [
      ['A', "billi fit-2 ta' Jannar 2022 bdew protesti paċifiċi kontra żieda qawwija fil-prezzijiet tal-fjuwil, li nxterdu f'ħafna bliet;"],
      ['B', "billi l-awtoritajiet iddikjaraw stat ta' emerġenza u qatgħu l-aċċess għall-internet għal diversi jiem;"],
      ['C', "billi nżammu eluf ta' persuni, fosthom ġurnalisti u difensuri tad-drittijiet tal-bniedem;"],
      ['D', 'billi l-Unjoni Ewropea u l-Każakistan għandhom relazzjonijiet diplomatiċi mill-1992;'],
    ],
    paragraphs: [
      'Jikkundanna l-vjolenza kontra dimostranti paċifiċi u jesprimi l-kondoljanzi tiegħu lill-familji tal-vittmi;',
      "Jitlob investigazzjoni internazzjonali indipendenti dwar il-ġrajjiet ta' Jannar 2022;",
      'Iħeġġeġ lill-awtoritajiet jeħilsu lill-persuni kollha miżmuma biss talli eżerċitaw id-drittijiet fundamentali tagħhom;',
      'Jagħti istruzzjonijiet lill-President tiegħu biex jgħaddi din ir-riżoluzzjoni lill-Kunsill, lill-Kummissjoni u lill-awtoritajiet tal-Każakistan.',
    ],
    footnote: 'ĠU C 465, 17.11.2021, p. 147.',
    motto: 'Magħquda fid-diversità',
  },
  {
    lang: 'nl',
    sitting: 'Donderdag 20 januari 2022 - Straatsburg',
    title: 'Resolutie van het Europees Parlement van 20 januari 2022 over de situatie in Kazachstan',
    opening: 'Het Europees Parlement,',
    citations: [
      'gezien zijn eerdere resoluties over Kazachstan, met name die van 11 februari 2021{1},',
      'gezien de versterkte partnerschaps- en samenwerkingsovereenkomst tussen de Europese Unie en Kazachstan,',
      'gelet op artikel 144, lid 5, en artikel 132, lid 4, van zijn Reglement,',
    ],
    recitals: [
      ['A', 'overwegende dat op 2 januari 2022 vreedzame protesten begonnen tegen een sterke stijging van de brandstofprijzen, die zich naar veel steden uitbreidden;'],
      ['B', 'overwegende dat de autoriteiten de noodtoestand hebben afgekondigd en de toegang tot het internet gedurende enkele dagen hebben afgesloten;'],
      ['C', 'overwegende dat duizenden mensen zijn aangehouden, onder wie journalisten en mensenrechtenverdedigers;'],
      ['D', 'overwegende dat de Europese Unie en Kazachstan sinds 1992 diplomatieke betrekkingen onderhouden;'],
    ],
    paragraphs: [
      'veroordeelt het geweld tegen vreedzame demonstranten en betuigt zijn medeleven aan de families van de slachtoffers;',
      'verzoekt om een onafhankelijk internationaal onderzoek naar de gebeurtenissen van januari 2022;',
      'dringt er bij de autoriteiten op aan alle personen vrij te laten die uitsluitend wegens de uitoefening van hun grondrechten zijn vastgehouden;',
      'verzoekt zijn Voorzitter deze resolutie te doen toekomen aan de Raad, de Commissie en de autoriteiten van Kazachstan.',
    ],
    footnote: 'PB C 465 van 17.11.2021, blz. 147.',
    motto: 'In verscheidenheid verenigd',
  },
  {
    lang: 'pl',
    sitting: 'Czwartek, 20 stycznia 2022 r. - Strasburg',
    title: 'Rezolucja Parlamentu Europejskiego z dnia 20 stycznia 2022 r. w sprawie sytuacji w Kazachstanie',
    opening: 'Parlament Europejski,',
    citations: [
      'uwzględniając swoje poprzednie rezolucje w sprawie Kazachstanu, w szczególności rezolucję z dnia 11 lutego 2021 r.{1},',
      'uwzględniając umowę o wzmocnionym partnerstwie i współpracy między Unią Europejską a Kazachstanem,',
      'uwzględniając art. 144 ust. 5 i art. 132 ust. 4 Regulaminu,',
    ],
    recitals: [
      ['A', 'mając na uwadze, że 2 stycznia 2022 r. rozpoczęły się pokojowe protesty przeciwko gwałtownemu wzrostowi cen paliw, które rozprzestrzeniły się na wiele miast;'],
      ['B', 'mając na uwadze, że władze ogłosiły stan wyjątkowy i na kilka dni odcięły dostęp do internetu;'],
      ['C', 'mając na uwadze, że zatrzymano tysiące osób, w tym dziennikarzy i obrońców praw człowieka;'],
      ['D', 'mając na uwadze, że Unia Europejska i Kazachstan utrzymują stosunki dyplomatyczne od 1992 r.;'],
    ],
    paragraphs: [
      'potępia przemoc wobec pokojowych demonstrantów i składa kondolencje rodzinom ofiar;',
      'apeluje o niezależne międzynarodowe dochodzenie w sprawie wydarzeń ze stycznia 2022 r.;',
      'wzywa władze do uwolnienia wszystkich osób zatrzymanych wyłącznie za korzystanie z przysługujących im praw podstawowych;',
      'zobowiązuje swoją przewodniczącą do przekazania niniejszej rezolucji Radzie, Komisji oraz władzom Kazachstanu.',
    ],
    footnote: 'Dz.U. C 465 z 17.11.2021, s. 147.',
    motto: 'Zjednoczona w różnorodności',
  },
  {
    lang: 'pt',
    sitting: 'Quinta-feira, 20 de janeiro de 2022 - Estrasburgo',
    title: 'Resolução do Parlamento Europeu, de 20 de janeiro de 2022, sobre a situação no Cazaquistão',
    opening: 'O Parlamento Europeu,',
    citations: [
      'Tendo em conta as suas anteriores resoluções sobre o Cazaquistão, nomeadamente a de 11 de fevereiro de 2021{1},',
      'Tendo em conta o Acordo de Parceria e Cooperação Reforçado entre a União Europeia e o Cazaquistão,',
      'Tendo em conta o artigo 144.º, n.º 5, e o artigo 132.º, n.º 4, do seu Regimento,',
    ],
    recitals: [
      ['A', 'Considerando que, em 2 de janeiro de 2022, começaram protestos pacíficos contra um forte aumento dos preços dos combustíveis, que se alastraram a muitas cidades;'],
      ['B', 'Considerando que as autoridades declararam o estado de emergência e cortaram o acesso à Internet durante vários dias;'],
      ['C', 'Considerando que milhares de pessoas foram detidas, entre as quais jornalistas e defensores dos direitos humanos;'],
      ['D', 'Considerando que a União Europeia e o Cazaquistão mantêm relações diplomáticas desde 1992;'],
    ],
    paragraphs: [
      'Condena a violência contra manifestantes pacíficos e apresenta as suas condolências às famílias das vítimas;',
      'Solicita uma investigação internacional independente sobre os acontecimentos de janeiro de 2022;',
      'Insta as autoridades a libertarem todas as pessoas detidas unicamente por exercerem os seus direitos fundamentais;',
      'Encarrega a sua Presidente de transmitir a presente resolução ao Conselho, à Comissão e às autoridades do Cazaquistão.',
    ],
    footnote: 'JO C 465 de 17.11.2021, p. 147.',
    motto: 'Unida na diversidade',
  },
  {
    lang: 'ro',
    sitting: 'Joi, 20 ianuarie 2022 - Strasbourg',
    title: 'Rezoluția Parlamentului European din 20 ianuarie 2022 referitoare la situația din Kazahstan',
    opening: 'Parlamentul European,',
    citations: [
      'având în vedere rezoluțiile sale anterioare referitoare la Kazahstan, în special cea din 11 februarie 2021{1},',
      'având în vedere Acordul de parteneriat și cooperare consolidat dintre Uniunea Europeană și Kazahstan,',
      'având în vedere articolul 144 alineatul (5) și articolul 132 alineatul (4) din Regulamentul său de procedură,',
    ],
    recitals: [
      ['A', 'întrucât la 2 ianuarie 2022 au început proteste pașnice împotriva creșterii bruște a prețurilor la carburanți, care s-au extins în multe orașe;'],
      ['B', 'întrucât autoritățile au declarat starea de urgență și au întrerupt accesul la internet timp de mai multe zile;'],
      ['C', 'întrucât mii de persoane au fost reținute, printre care jurnaliști și apărători ai drepturilor omului;'],
      ['D', 'întrucât Uniunea Europeană și Kazahstanul întrețin relații diplomatice din 1992;'],
    ],
    paragraphs: [
      'condamnă violențele împotriva protestatarilor pașnici și transmite condoleanțe familiilor victimelor;',
      'solicită o anchetă internațională independentă privind evenimentele din ianuarie 2022;',
      'îndeamnă autoritățile să elibereze toate persoanele reținute exclusiv pentru că și-au exercitat drepturile fundamentale;',
      'încredințează Președintei sale sarcina de a transmite prezenta rezoluție Consiliului, Comisiei și autorităților din Kazahstan.',
    ],
    footnote: 'JO C 465, 17.11.2021, p. 147.',
    motto: 'Unită în diversitate',
  },
  {
    lang: 'sk',
    sitting: 'Štvrtok, 20. januára 2022 - Štrasburg',
    title: 'Uznesenie Európskeho parlamentu z 20. januára 2022 o situácii v Kazachstane',
    opening: 'Európsky parlament,',
    citations: [
      'so zreteľom na svoje predchádzajúce uznesenia o Kazachstane, najmä na uznesenie z 11. februára 2021{1},',
      'so zreteľom na Dohodu o rozšírenom partnerstve a spolupráci medzi Európskou úniou a Kazachstanom,',
      'so zreteľom na článok 144 ods. 5 a článok 132 ods. 4 rokovacieho poriadku,',
    ],
    recitals: [
      ['A', 'keďže 2. januára 2022 sa začali pokojné protesty proti prudkému zvýšeniu cien pohonných látok, ktoré sa rozšírili do mnohých miest;'],
      ['B', 'keďže orgány vyhlásili výnimočný stav a na niekoľko dní prerušili prístup na internet;'],
      ['C', 'keďže tisíce ľudí boli zadržané vrátane novinárov a obhajcov ľudských práv;'],
      ['D', 'keďže Európska únia a Kazachstan udržiavajú diplomatické vzťahy od roku 1992;'],
    ],
    paragraphs: [
      'odsudzuje násilie voči pokojným demonštrantom a vyjadruje sústrasť rodinám obetí;',
      'vyzýva na nezávislé medzinárodné vyšetrovanie udalostí z januára 2022;',
      'naliehavo vyzýva orgány, aby prepustili všetky osoby zadržané len za uplatňovanie svojich základných práv;',
      'poveruje svoju predsedníčku, aby toto uznesenie postúpila Rade, Komisii a orgánom Kazachstanu.',
    ],
    footnote: 'Ú. v. EÚ C 465, 17.11.2021, s. 147.',
    motto: 'Zjednotení v rozmanitosti',
  },
  {
    lang: 'sl',
    sitting: 'Četrtek, 20. januar 2022 - Strasbourg',
    title: 'Resolucija Evropskega parlamenta z dne 20. januarja 2022 o razmerah v Kazahstanu',
    opening: 'Evropski parlament,',
    citations: [
      'ob upoštevanju svojih prejšnjih resolucij o Kazahstanu, zlasti resolucije z dne 11. februarja 2021{1},',
      'ob upoštevanju okrepljenega sporazuma o partnerstvu in sodelovanju med Evropsko unijo in Kazahstanom,',
      'ob upoštevanju člena 144(5) in člena 132(4) Poslovnika,',
    ],
    recitals: [
      ['A', 'ker so se 2. januarja 2022 začeli mirni protesti proti močnemu zvišanju cen goriva, ki so se razširili v številna mesta;'],
      ['B', 'ker so oblasti razglasile izredne razmere in za več dni prekinile dostop do interneta;'],
      ['C', 'ker je bilo pridržanih na tisoče ljudi, med njimi novinarji in zagovorniki človekovih pravic;'],
      ['D', 'ker Evropska unija in Kazahstan vzdržujeta diplomatske odnose od leta 1992;'],
    ],
    paragraphs: [
      'obsoja nasilje nad mirnimi protestniki in izreka sožalje družinam žrtev;',
      'poziva k neodvisni mednarodni preiskavi dogodkov iz januarja 2022;',
      'odločno poziva oblasti, naj izpustijo vse osebe, pridržane samo zato, ker so uveljavljale svoje temeljne pravice;',
      'naroči svoji predsednici, naj to resolucijo posreduje Svetu, Komisiji in oblastem Kazahstana.',
    ],
    footnote: 'UL C 465, 17.11.2021, str. 147.',
    motto: 'Združena v raznolikosti',
  },
  {
    lang: 'sv',
    sitting: 'Torsdagen den 20 januari 2022 - Strasbourg',
    title: 'Europaparlamentets resolution av den 20 januari 2022 om situationen i Kazakstan',
    opening: 'Europaparlamentet utfärdar denna resolution',
    citations: [
      'med beaktande av sina tidigare resolutioner om Kazakstan, särskilt resolutionen av den 11 februari 2021{1},',
      'med beaktande av det förstärkta partnerskaps- och samarbetsavtalet mellan Europeiska unionen och Kazakstan,',
      'med beaktande av artiklarna 144.5 och 132.4 i arbetsordningen, och av följande skäl:',
    ],
    recitals: [
      ['A', 'Fredliga protester mot en kraftig höjning av bränslepriserna inleddes den 2 januari 2022 och spred sig till många städer.'],
      ['B', 'Myndigheterna utlyste undantagstillstånd och stängde av tillgången till internet under flera dagar.'],
      ['C', 'Tusentals människor greps, däribland journalister och människorättsförsvarare.'],
      ['D', 'Europeiska unionen och Kazakstan har haft diplomatiska förbindelser sedan 1992.'],
    ],
    paragraphs: [
      'Europaparlamentet fördömer våldet mot fredliga demonstranter och framför sina kondoleanser till offrens familjer.',
      'Europaparlamentet kräver en oberoende internationell utredning av händelserna i januari 2022.',
      'Europaparlamentet uppmanar med kraft myndigheterna att frige alla som frihetsberövats enbart för att de utövat sina grundläggande rättigheter.',
      'Europaparlamentet uppdrar åt talmannen att översända denna resolution till rådet, kommissionen och Kazakstans myndigheter.',
    ],
    footnote: 'EUT C 465, 17.11.2021, s. 147.',
    motto: 'Förenade i mångfalden',
  },
];

/** Splits "text{1}, more" into the clean text and its calls. */
function splitCalls(marked: string): { text: string; calls: FootnoteCall[] } {
  const calls: FootnoteCall[] = [];
  let text = '';
  let rest = marked;
  for (let m = /\{(\d+)\}/.exec(rest); m; m = /\{(\d+)\}/.exec(rest)) {
    text += rest.slice(0, m.index);
    calls.push({ n: Number(m[1]), offset: text.length });
    rest = rest.slice(m.index + m[0].length);
  }
  return { text: text + rest, calls };
}

export interface ExpectedUnit {
  readonly id: string;
  readonly kind: UnitKind;
  readonly label: string | null;
  readonly text: string;
  readonly calls: readonly FootnoteCall[];
}

/** The units the parser must return for a document, in order, in either layout. */
export function expectedUnits(doc: LanguageDoc): ExpectedUnit[] {
  const units: ExpectedUnit[] = [
    { id: 'title', kind: 'title', label: null, text: doc.title, calls: [] },
    { id: 'opening', kind: 'opening', label: null, text: doc.opening, calls: [] },
  ];
  doc.citations.forEach((c, i) => units.push({ id: `citation:${i + 1}`, kind: 'citation', label: null, ...splitCalls(c) }));
  doc.recitals.forEach(([label, t], i) => units.push({ id: `recital:${i + 1}`, kind: 'recital', label, ...splitCalls(t) }));
  doc.paragraphs.forEach((t, i) => {
    const closing = i === doc.paragraphs.length - 1;
    units.push({ id: closing ? 'closing' : `para:${i + 1}`, kind: closing ? 'closing' : 'paragraph', label: String(i + 1), ...splitCalls(t) });
  });
  return units;
}

/**
 * Clean EP-web layout (doceo "Texts adopted" page copied as text): sitting header, the reference line, the title
 * with the procedure, an en dash before each citation, calls as "(1)", footnotes at the end as "(1) …".
 */
export function cleanText(doc: LanguageDoc): string {
  const call = (s: string) => s.replace(/\{(\d+)\}/g, '($1)');
  const out = [doc.sitting, 'P9_TA(2022)0012RC-B9-0065/2022', `${doc.title} (${PROCEDURE})`, '', doc.opening, ''];
  for (const c of doc.citations) out.push(`– ${call(c)}`, '');
  for (const [label, t] of doc.recitals) out.push(`${label}. ${call(t)}`, '');
  doc.paragraphs.forEach((t, i) => out.push(`${i + 1}. ${call(t)}`, ''));
  out.push(`(1) ${doc.footnote}`, '');
  return out.join('\n');
}

/** A word that would read as a label ("2.", "B.") or a citation formula if a wrapped line started with it. */
function unsafeLineStart(word: string): boolean {
  return /^\d{1,3}\.$/.test(word) || /^\p{Lu}{1,3}\.$/u.test(word);
}

/**
 * Wraps text the way a DOCX-to-text extraction does, at spaces, about `width` characters a line. Never puts a
 * label-like word at a line start, and never ends a line with a hyphenated compound part ("partnerskaps-"),
 * which a line join would glue to the next word.
 */
export function wrap(text: string, width = 64): string[] {
  const lines: string[][] = [];
  let cur: string[] = [];
  for (const w of text.split(' ')) {
    if (cur.length > 0 && [...cur, w].join(' ').length > width) {
      lines.push(cur);
      cur = [];
    }
    cur.push(w);
  }
  if (cur.length) lines.push(cur);
  for (let i = 1; i < lines.length; i++) {
    while (lines[i - 1].length > 1 && (unsafeLineStart(lines[i][0]) || lines[i - 1][lines[i - 1].length - 1].endsWith('-'))) {
      lines[i].unshift(lines[i - 1].pop() as string);
    }
  }
  return lines.map((l) => l.join(' '));
}

const LATIN_LOOKALIKE: Readonly<Record<string, string>> = { Α: 'A', А: 'A' };

/**
 * DOCX-extracted layout of a joint motion: the stacked motion numbers, the title wrapped over lines, the
 * procedure on its own line, wrapped units separated by blank lines, a tab after each label or dash, the call
 * as a bare digit glued to the word or year before it ("2021" + "1" → "20211"), and a page break in the middle
 * of recital B: the footnote body "1 …" at the page bottom, the footer "RC\1247433XX.docx 1/2 PE702.845v01-00 }",
 * the lone "XX" line and the motto line. The last page ends with its footer too. The first Greek or Bulgarian
 * recital label is a Latin look-alike "A".
 */
export function docxText(doc: LanguageDoc): string {
  const xx = doc.lang.toUpperCase();
  const call = (s: string) => s.replace(/\{(\d+)\}/g, '$1');
  const out = ['B9-0065/2022 }', 'B9-0066/2022 } RC1', '', ...wrap(doc.title), `(${PROCEDURE})`, '', doc.opening, ''];
  const unit = (prefix: string, text: string): string[] => {
    const lines = wrap(call(text));
    return [`${prefix}\t${lines[0]}`, ...lines.slice(1)];
  };
  for (const c of doc.citations) out.push(...unit('–', c), '');
  doc.recitals.forEach(([label, t], i) => {
    // Greek and Bulgarian Word files often carry a Latin look-alike label (facts doc §2: "A." next to "Б.").
    const lines = unit(`${i === 0 ? (LATIN_LOOKALIKE[label] ?? label) : label}.`, t);
    if (i !== 1) {
      out.push(...lines, '');
      return;
    }
    // Page break inside recital B: split its lines (or, for one line, its words) in two.
    let first: string[];
    let rest: string[];
    if (lines.length > 1) {
      const cut = Math.ceil(lines.length / 2);
      first = lines.slice(0, cut);
      rest = lines.slice(cut);
    } else {
      const words = lines[0].split(' ');
      let cut = Math.ceil(words.length / 2);
      while (cut < words.length - 1 && unsafeLineStart(words[cut])) cut++;
      first = [words.slice(0, cut).join(' ')];
      rest = [words.slice(cut).join(' ')];
    }
    out.push(...first, '', `1 ${doc.footnote}`, `RC\\1247433${xx}.docx 1/2 PE702.845v01-00 }`, xx, `${xx} ${doc.motto} ${xx}`, ...rest, '');
  });
  doc.paragraphs.forEach((t, i) => out.push(...unit(`${i + 1}.`, t), ''));
  out.push(`RC\\1247433${xx}.docx 2/2 PE702.845v01-00 }`, xx, '');
  return out.join('\n');
}
