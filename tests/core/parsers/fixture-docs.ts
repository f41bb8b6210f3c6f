import type { FootnoteCall, LangCode, UnitKind } from '../../../core/index.js';

/**
 * The small resolution every fixture format is generated from (scripts/fixtures/make-fixtures.ts), written by us
 * in ten languages, and the units every parser must return for it. "{n}" marks footnote call n in a text.
 */
export interface FixtureDoc {
  readonly lang: LangCode;
  readonly title: string;
  readonly procedure: string;
  readonly opening: string;
  readonly citations: readonly string[];
  readonly recitals: readonly (readonly [label: string, text: string])[];
  /** Numbered paragraphs; the last one is the closing paragraph. */
  readonly paragraphs: readonly string[];
  readonly footnotes: readonly string[];
  /** doceo page furniture: sitting header and short title. */
  readonly sitting: string;
  readonly shortTitle: string;
  readonly motto: string;
}

export const FIXTURE_DOCS: readonly FixtureDoc[] = [
  {
    lang: 'en',
    title: 'European Parliament resolution of 20 January 2022 on the situation in Kazakhstan',
    procedure: '2022/2505(RSP)',
    opening: 'The European Parliament,',
    citations: [
      'having regard to its resolution of 11 February 2021 on the human rights situation in Kazakhstan{1},',
      'having regard to the Enhanced Partnership and Cooperation Agreement, which entered into force on 1 March 2020{2},',
      'having regard to Rule 144(5) and Rule 132(4) of its Rules of Procedure,',
    ],
    recitals: [
      ['A', 'whereas peaceful protests against a rise in gas prices began in Zhanaozen on 2 January 2022;'],
      ['B', 'whereas thousands of people were detained during the following days;'],
      ['C', 'whereas access to the internet was cut off across the country;'],
    ],
    paragraphs: [
      'deplores the loss of life and offers its condolences to the families of the victims;',
      'calls for an independent international investigation into the events of January 2022;',
      'urges the authorities to release all peaceful protesters without delay;',
      'Instructs its President to forward this resolution to the Council, the Commission and the President of Kazakhstan.',
    ],
    footnotes: ['Texts adopted, P9_TA(2021)0056.', 'OJ L 29, 4.2.2016, p. 3.'],
    sitting: 'Thursday, 20 January 2022 - Strasbourg',
    shortTitle: 'Situation in Kazakhstan',
    motto: 'United in diversity',
  },
  {
    lang: 'ro',
    title: 'Rezoluția Parlamentului European din 20 ianuarie 2022 referitoare la situația din Kazahstan',
    procedure: '2022/2505(RSP)',
    opening: 'Parlamentul European,',
    citations: [
      'având în vedere Rezoluția sa din 11 februarie 2021 referitoare la situația drepturilor omului în Kazahstan{1},',
      'având în vedere Acordul de parteneriat și cooperare consolidat, care a intrat în vigoare la 1 martie 2020{2},',
      'având în vedere articolul 144 alineatul (5) și articolul 132 alineatul (4) din Regulamentul său de procedură,',
    ],
    recitals: [
      ['A', 'întrucât, la 2 ianuarie 2022, au început proteste pașnice la Janaozen împotriva creșterii prețului gazului;'],
      ['B', 'întrucât mii de persoane au fost reținute în zilele următoare;'],
      ['C', 'întrucât accesul la internet a fost întrerupt în întreaga țară;'],
    ],
    paragraphs: [
      'deplânge pierderea de vieți omenești și transmite condoleanțe familiilor victimelor;',
      'solicită o anchetă internațională independentă privind evenimentele din ianuarie 2022;',
      'îndeamnă autoritățile să elibereze fără întârziere toți protestatarii pașnici;',
      'încredințează Președintei sarcina de a transmite prezenta rezoluție Consiliului, Comisiei și Președintelui Kazahstanului.',
    ],
    footnotes: ['Texte adoptate, P9_TA(2021)0056.', 'JO L 29, 4.2.2016, p. 3.'],
    sitting: 'Joi, 20 ianuarie 2022 - Strasbourg',
    shortTitle: 'Situația din Kazahstan',
    motto: 'Unită în diversitate',
  },
  {
    lang: 'fr',
    title: 'Résolution du Parlement européen du 20 janvier 2022 sur la situation au Kazakhstan',
    procedure: '2022/2505(RSP)',
    opening: 'Le Parlement européen,',
    citations: [
      'vu sa résolution du 11 février 2021 sur la situation des droits de l’homme au Kazakhstan{1},',
      'vu l’accord de partenariat et de coopération renforcé, entré en vigueur le 1er mars 2020{2},',
      'vu l’article 144, paragraphe 5, et l’article 132, paragraphe 4, de son règlement intérieur,',
    ],
    recitals: [
      ['A', 'considérant que des manifestations pacifiques ont commencé à Janaozen le 2 janvier 2022;'],
      ['B', 'considérant que des milliers de personnes ont été arrêtées les jours suivants;'],
      ['C', 'considérant que l’accès à l’internet a été coupé dans tout le pays;'],
    ],
    paragraphs: [
      'déplore les pertes en vies humaines et présente ses condoléances aux familles des victimes;',
      'demande une enquête internationale indépendante sur les événements de janvier 2022;',
      'exhorte les autorités à libérer sans délai tous les manifestants pacifiques;',
      'charge sa présidente de transmettre la présente résolution au Conseil, à la Commission et au président du Kazakhstan.',
    ],
    footnotes: ['Textes adoptés, P9_TA(2021)0056.', 'JO L 29 du 4.2.2016, p. 3.'],
    sitting: 'Jeudi 20 janvier 2022 - Strasbourg',
    shortTitle: 'Situation au Kazakhstan',
    motto: 'Unie dans la diversité',
  },
  {
    lang: 'de',
    title: 'Entschließung des Europäischen Parlaments vom 20. Januar 2022 zur Lage in Kasachstan',
    procedure: '2022/2505(RSP)',
    opening: 'Das Europäische Parlament,',
    citations: [
      'unter Hinweis auf seine Entschließung vom 11. Februar 2021 zur Menschenrechtslage in Kasachstan{1},',
      'unter Hinweis auf das erweiterte Partnerschafts- und Kooperationsabkommen, das seit März 2020{2} in Kraft ist,',
      'gestützt auf Artikel 144 Absatz 5 und Artikel 132 Absatz 4 seiner Geschäftsordnung,',
    ],
    recitals: [
      ['A', 'in der Erwägung, dass am 2. Januar 2022 in Schangaösen friedliche Proteste begannen;'],
      ['B', 'in der Erwägung, dass in den folgenden Tagen Tausende Menschen festgenommen wurden;'],
      ['C', 'in der Erwägung, dass der Zugang zum Internet landesweit gesperrt wurde;'],
    ],
    paragraphs: [
      'bedauert den Verlust von Menschenleben und spricht den Familien der Opfer sein Beileid aus;',
      'fordert eine unabhängige internationale Untersuchung der Ereignisse vom Januar 2022;',
      'fordert die Behörden auf, alle friedlichen Demonstranten unverzüglich freizulassen;',
      'beauftragt seine Präsidentin, diese Entschließung dem Rat, der Kommission und dem Präsidenten Kasachstans zu übermitteln.',
    ],
    footnotes: ['Angenommene Texte, P9_TA(2021)0056.', 'ABl. L 29 vom 4.2.2016, S. 3.'],
    sitting: 'Donnerstag, 20. Januar 2022 - Straßburg',
    shortTitle: 'Lage in Kasachstan',
    motto: 'In Vielfalt geeint',
  },
  {
    lang: 'el',
    title: 'Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου της 20ής Ιανουαρίου 2022 σχετικά με την κατάσταση στο Καζαχστάν',
    procedure: '2022/2505(RSP)',
    opening: 'Το Ευρωπαϊκό Κοινοβούλιο,',
    citations: [
      'έχοντας υπόψη το ψήφισμά του της 11ης Φεβρουαρίου 2021 σχετικά με τα ανθρώπινα δικαιώματα στο Καζαχστάν{1},',
      'έχοντας υπόψη την ενισχυμένη συμφωνία εταιρικής σχέσης και συνεργασίας, σε ισχύ από τον Μάρτιο του 2020{2},',
      'έχοντας υπόψη το άρθρο 144 παράγραφος 5 και το άρθρο 132 παράγραφος 4 του Κανονισμού του,',
    ],
    recitals: [
      ['Α', 'λαμβάνοντας υπόψη ότι ειρηνικές διαμαρτυρίες ξεκίνησαν στη Ζαναοζέν στις 2 Ιανουαρίου 2022·'],
      ['Β', 'λαμβάνοντας υπόψη ότι οι διαμαρτυρίες εξαπλώθηκαν γρήγορα σε άλλες πόλεις·'],
      ['Γ', 'λαμβάνοντας υπόψη ότι χιλιάδες άνθρωποι κρατήθηκαν τις επόμενες ημέρες·'],
      ['Δ', 'λαμβάνοντας υπόψη ότι η πρόσβαση στο διαδίκτυο διακόπηκε σε όλη τη χώρα·'],
      ['Ε', 'λαμβάνοντας υπόψη ότι κηρύχθηκε κατάσταση έκτακτης ανάγκης·'],
      ['ΣΤ', 'λαμβάνοντας υπόψη ότι η κυβέρνηση παραιτήθηκε στις 5 Ιανουαρίου 2022·'],
      ['Ζ', 'λαμβάνοντας υπόψη ότι ζητήθηκε βοήθεια από ξένες δυνάμεις·'],
      ['Η', 'λαμβάνοντας υπόψη ότι δημοσιογράφοι εμποδίστηκαν στο έργο τους·'],
      ['Θ', 'λαμβάνοντας υπόψη ότι αναφέρθηκαν περιπτώσεις βασανιστηρίων·'],
      ['Ι', 'λαμβάνοντας υπόψη ότι οι ξένες δυνάμεις αποχώρησαν έως τις 19 Ιανουαρίου 2022·'],
      ['ΙΑ', 'λαμβάνοντας υπόψη ότι οι αρχές ανακοίνωσαν μεταρρυθμίσεις·'],
      ['ΙΒ', 'λαμβάνοντας υπόψη ότι η ΕΕ και το Καζαχστάν είναι εταίροι από το 1992·'],
    ],
    paragraphs: [
      'εκφράζει τη βαθιά του λύπη για τις απώλειες ανθρώπινων ζωών·',
      'ζητεί ανεξάρτητη διεθνή έρευνα για τα γεγονότα του Ιανουαρίου 2022·',
      'καλεί τις αρχές να απελευθερώσουν αμέσως όλους τους ειρηνικούς διαδηλωτές·',
      'αναθέτει στην Πρόεδρό του να διαβιβάσει το παρόν ψήφισμα στο Συμβούλιο, στην Επιτροπή και στον Πρόεδρο του Καζαχστάν.',
    ],
    footnotes: ['Κείμενα που εγκρίθηκαν, P9_TA(2021)0056.', 'ΕΕ L 29 της 4.2.2016, σ. 3.'],
    sitting: 'Πέμπτη 20 Ιανουαρίου 2022 - Στρασβούργο',
    shortTitle: 'Η κατάσταση στο Καζαχστάν',
    motto: 'Ενωμένη στην πολυμορφία',
  },
  {
    lang: 'bg',
    title: 'Резолюция на Европейския парламент от 20 януари 2022 г. относно положението в Казахстан',
    procedure: '2022/2505(RSP)',
    opening: 'Европейският парламент,',
    citations: [
      'като взе предвид своята резолюция от 11 февруари 2021 г. относно правата на човека в Казахстан{1},',
      'като взе предвид Споразумението за засилено партньорство и сътрудничество{2}, което е в сила от март 2020 г.,',
      'като взе предвид член 144, параграф 5 и член 132, параграф 4 от своя Правилник за дейността,',
    ],
    recitals: [
      ['А', 'като има предвид, че на 2 януари 2022 г. в Жанаозен започнаха мирни протести;'],
      ['Б', 'като има предвид, че протестите бързо се разпространиха;'],
      ['В', 'като има предвид, че хиляди хора бяха задържани;'],
      ['Г', 'като има предвид, че достъпът до интернет беше прекъснат;'],
      ['Д', 'като има предвид, че беше обявено извънредно положение;'],
      ['Е', 'като има предвид, че правителството подаде оставка;'],
      ['Ж', 'като има предвид, че бяха поканени чуждестранни сили;'],
      ['З', 'като има предвид, че журналисти бяха възпрепятствани в работата си;'],
      ['И', 'като има предвид, че има сведения за изтезания;'],
      ['Й', 'като има предвид, че ЕС и Казахстан са партньори от 1992 г.;'],
    ],
    paragraphs: [
      'изразява дълбоко съжаление за загубата на човешки живот;',
      'призовава за независимо международно разследване на събитията от януари 2022 г.;',
      'настоятелно призовава властите незабавно да освободят всички мирни протестиращи;',
      'възлага на своя председател да предаде настоящата резолюция на Съвета, на Комисията и на президента на Казахстан.',
    ],
    footnotes: ['Приети текстове, P9_TA(2021)0056.', 'ОВ L 29, 4.2.2016 г., стр. 3.'],
    sitting: 'Четвъртък, 20 януари 2022 г. - Страсбург',
    shortTitle: 'Положението в Казахстан',
    motto: 'Обединен в многообразието',
  },
  {
    lang: 'da',
    title: 'Europa-Parlamentets beslutning af 20. januar 2022 om situationen i Kasakhstan',
    procedure: '2022/2505(RSP)',
    opening: 'Europa-Parlamentet,',
    citations: [
      'der henviser til sin beslutning af 11. februar 2021 om menneskerettighedssituationen i Kasakhstan{1},',
      'der henviser til den udvidede partnerskabs- og samarbejdsaftale, som har været i kraft siden marts 2020{2},',
      'der henviser til forretningsordenens artikel 144, stk. 5, og artikel 132, stk. 4,',
    ],
    recitals: [
      ['A', 'der henviser til, at der den 2. januar 2022 begyndte fredelige protester i Zjanaozen;'],
      ['B', 'der henviser til, at tusindvis af mennesker blev tilbageholdt i de følgende dage;'],
      ['C', 'der henviser til, at adgangen til internettet blev afbrudt i hele landet;'],
    ],
    paragraphs: [
      'beklager tabet af menneskeliv og udtrykker sin medfølelse med ofrenes familier;',
      'opfordrer til en uafhængig international undersøgelse af begivenhederne i januar 2022;',
      'opfordrer indtrængende myndighederne til straks at løslade alle fredelige demonstranter;',
      'pålægger sin formand at sende denne beslutning til Rådet, Kommissionen og Kasakhstans præsident.',
    ],
    footnotes: ['Vedtagne tekster, P9_TA(2021)0056.', 'EUT L 29 af 4.2.2016, s. 3.'],
    sitting: 'Torsdag den 20. januar 2022 - Strasbourg',
    shortTitle: 'Situationen i Kasakhstan',
    motto: 'Forenet i mangfoldighed',
  },
  {
    lang: 'sv',
    title: 'Europaparlamentets resolution av den 20 januari 2022 om situationen i Kazakstan',
    procedure: '2022/2505(RSP)',
    opening: 'Europaparlamentet utfärdar denna resolution',
    citations: [
      'med beaktande av sin resolution av den 11 februari 2021 om människorättssituationen i Kazakstan{1},',
      'med beaktande av det utvidgade partnerskaps- och samarbetsavtalet, som är i kraft sedan mars 2020{2},',
      'med beaktande av artiklarna 144.5 och 132.4 i arbetsordningen, och av följande skäl:',
    ],
    recitals: [
      ['A', 'Fredliga protester inleddes i Zjanaozen den 2 januari 2022.'],
      ['B', 'Tusentals människor greps under de följande dagarna.'],
      ['C', 'Tillgången till internet stängdes av i hela landet.'],
    ],
    paragraphs: [
      'Europaparlamentet beklagar förlusten av människoliv och framför sina kondoleanser till offrens familjer.',
      'Europaparlamentet begär en oberoende internationell utredning av händelserna i januari 2022.',
      'Europaparlamentet uppmanar myndigheterna att omedelbart frige alla fredliga demonstranter.',
      'Europaparlamentet uppdrar åt talmannen att översända denna resolution till rådet, kommissionen och Kazakstans president.',
    ],
    footnotes: ['Antagna texter, P9_TA(2021)0056.', 'EUT L 29, 4.2.2016, s. 3.'],
    sitting: 'Torsdagen den 20 januari 2022 - Strasbourg',
    shortTitle: 'Situationen i Kazakstan',
    motto: 'Förenade i mångfalden',
  },
  {
    lang: 'fi',
    title: 'Euroopan parlamentin päätöslauselma 20. tammikuuta 2022 Kazakstanin tilanteesta',
    procedure: '2022/2505(RSP)',
    opening: 'Euroopan parlamentti, joka',
    citations: [
      'ottaa huomioon 11. helmikuuta 2021 antamansa päätöslauselman Kazakstanin ihmisoikeustilanteesta{1},',
      'ottaa huomioon tehostetun kumppanuus- ja yhteistyösopimuksen, joka on ollut voimassa maaliskuusta 2020{2},',
      'ottaa huomioon työjärjestyksen 144 artiklan 5 kohdan ja 132 artiklan 4 kohdan,',
    ],
    recitals: [
      ['A', 'ottaa huomioon, että rauhanomaiset mielenosoitukset alkoivat Zhanaozenissa 2. tammikuuta 2022;'],
      ['B', 'toteaa, että tuhansia ihmisiä pidätettiin seuraavina päivinä;'],
      ['C', 'katsoo, että internetyhteydet katkaistiin koko maassa;'],
    ],
    paragraphs: [
      'pahoittelee ihmishenkien menetystä ja esittää osanottonsa uhrien perheille;',
      'vaatii riippumatonta kansainvälistä tutkimusta tammikuun 2022 tapahtumista;',
      'kehottaa viranomaisia vapauttamaan viipymättä kaikki rauhanomaiset mielenosoittajat;',
      'kehottaa puhemiestä välittämään tämän päätöslauselman neuvostolle, komissiolle ja Kazakstanin presidentille.',
    ],
    footnotes: ['Hyväksytyt tekstit, P9_TA(2021)0056.', 'EUVL L 29, 4.2.2016, s. 3.'],
    sitting: 'Torstai 20. tammikuuta 2022 - Strasbourg',
    shortTitle: 'Kazakstanin tilanne',
    motto: 'Moninaisuudessaan yhtenäinen',
  },
  {
    lang: 'hu',
    title: 'Az Európai Parlament 2022. január 20-i állásfoglalása a kazahsztáni helyzetről',
    procedure: '2022/2505(RSP)',
    opening: 'Az Európai Parlament,',
    citations: [
      'tekintettel a kazahsztáni emberi jogi helyzetről szóló, 2021. február 11-i állásfoglalására{1},',
      'tekintettel a 2020 márciusa óta hatályos megerősített partnerségi és együttműködési megállapodásra{2},',
      'tekintettel eljárási szabályzata 144. cikkének (5) bekezdésére és 132. cikkének (4) bekezdésére,',
    ],
    recitals: [
      ['A', 'mivel 2022. január 2-án Zsanaozenben békés tüntetések kezdődtek;'],
      ['B', 'mivel a következő napokban emberek ezreit vették őrizetbe;'],
      ['C', 'mivel az internet-hozzáférést az egész országban megszakították;'],
    ],
    paragraphs: [
      'mélységes sajnálatát fejezi ki az emberéletek elvesztése miatt;',
      'független nemzetközi vizsgálatot kér a 2022. januári események kivizsgálására;',
      'sürgeti a hatóságokat, hogy haladéktalanul engedjenek szabadon minden békés tüntetőt;',
      'utasítja elnökét, hogy továbbítsa ezt az állásfoglalást a Tanácsnak, a Bizottságnak és Kazahsztán elnökének.',
    ],
    footnotes: ['Elfogadott szövegek, P9_TA(2021)0056.', 'HL L 29., 2016.2.4., 3. o.'],
    sitting: '2022. január 20., Csütörtök - Strasbourg',
    shortTitle: 'A kazahsztáni helyzet',
    motto: 'Egyesülve a sokféleségben',
  },
];

/** Splits "text{1}, more" into the clean text and its calls. */
export function splitCalls(marked: string): { text: string; calls: FootnoteCall[] } {
  const calls: FootnoteCall[] = [];
  let text = '';
  let rest = marked;
  for (;;) {
    const m = /\{(\d+)\}/.exec(rest);
    if (!m) break;
    text += rest.slice(0, m.index);
    calls.push({ n: Number(m[1]), offset: text.length });
    rest = rest.slice(m.index + m[0].length);
  }
  return { text: text + rest, calls };
}

export interface ExpectedUnit {
  readonly kind: UnitKind;
  readonly label: string | null;
  readonly ordinal: number;
  readonly text: string;
  readonly calls: readonly FootnoteCall[];
}

/** The units a parser must return for a fixture document, in order. */
export function expectedUnits(doc: FixtureDoc): ExpectedUnit[] {
  const units: ExpectedUnit[] = [
    { kind: 'title', label: null, ordinal: 1, text: doc.title, calls: [] },
    { kind: 'opening', label: null, ordinal: 1, text: doc.opening, calls: [] },
  ];
  doc.citations.forEach((c, i) => units.push({ kind: 'citation', label: null, ordinal: i + 1, ...splitCalls(c) }));
  doc.recitals.forEach(([label, t], i) => units.push({ kind: 'recital', label, ordinal: i + 1, ...splitCalls(t) }));
  doc.paragraphs.forEach((p, i) => {
    const last = i === doc.paragraphs.length - 1;
    units.push({ kind: last ? 'closing' : 'paragraph', label: String(i + 1), ordinal: last ? 1 : i + 1, ...splitCalls(p) });
  });
  return units;
}
