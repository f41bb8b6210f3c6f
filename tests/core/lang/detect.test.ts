import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../core/lang/detect.js';
import type { LangCode } from '../../../core/model/language.js';

// Plain prose (no EP formula), written for these tests: the same three ideas in each language.
const PROSE: Record<LangCode, string> = {
  bg: 'Правителството трябва незабавно да освободи задържаните журналисти. Парламентът е дълбоко загрижен, че положението в страната се влошава. Гражданите имат право на мирни събрания.',
  cs: 'Vláda by měla okamžitě propustit všechny zadržené novináře. Parlament je hluboce znepokojen tím, že se situace v zemi zhoršuje. Občané mají právo na pokojné shromažďování.',
  da: 'Regeringen bør straks løslade alle tilbageholdte journalister. Parlamentet er dybt bekymret over, at situationen i landet forværres. Borgerne har ret til fredelige forsamlinger.',
  de: 'Die Regierung sollte alle inhaftierten Journalisten unverzüglich freilassen. Das Parlament ist zutiefst besorgt darüber, dass sich die Lage im Land verschlechtert. Die Bürger haben das Recht auf friedliche Versammlungen.',
  el: 'Η κυβέρνηση πρέπει να απελευθερώσει αμέσως όλους τους κρατούμενους δημοσιογράφους. Το Κοινοβούλιο εκφράζει βαθιά ανησυχία για την επιδείνωση της κατάστασης στη χώρα. Οι πολίτες έχουν δικαίωμα στην ειρηνική συνάθροιση.',
  en: 'The government should release all detained journalists without delay. Parliament is deeply concerned that the situation in the country is getting worse. Citizens have the right to peaceful assembly.',
  es: 'El Gobierno debe liberar de inmediato a todos los periodistas detenidos. El Parlamento está profundamente preocupado por el deterioro de la situación en el país. Los ciudadanos tienen derecho a reunirse de forma pacífica.',
  et: 'Valitsus peaks viivitamata vabastama kõik kinni peetud ajakirjanikud. Parlament on sügavalt mures selle pärast, et olukord riigis halveneb. Kodanikel on õigus rahumeelsetele kogunemistele.',
  fi: 'Hallituksen olisi vapautettava kaikki pidätetyt toimittajat välittömästi. Parlamentti on syvästi huolissaan siitä, että tilanne maassa heikkenee. Kansalaisilla on oikeus rauhanomaiseen kokoontumiseen.',
  fr: 'Le gouvernement devrait libérer sans délai tous les journalistes détenus. Le Parlement est profondément préoccupé par la dégradation de la situation dans le pays. Les citoyens ont le droit de se réunir pacifiquement.',
  ga: 'Ba cheart don rialtas na hiriseoirí go léir atá faoi choinneáil a scaoileadh saor láithreach. Tá imní mhór ar an bParlaimint go bhfuil an staid sa tír ag dul in olcas. Tá sé de cheart ag na saoránaigh teacht le chéile go síochánta.',
  hr: 'Vlada bi trebala odmah osloboditi sve zatočene novinare. Parlament je duboko zabrinut zbog toga što se stanje u zemlji pogoršava. Građani imaju pravo na mirno okupljanje.',
  hu: 'A kormánynak haladéktalanul szabadon kell engednie az összes fogva tartott újságírót. A Parlament mélységesen aggódik amiatt, hogy romlik a helyzet az országban. A polgároknak joguk van a békés gyülekezéshez.',
  it: 'Il governo dovrebbe liberare immediatamente tutti i giornalisti detenuti. Il Parlamento è profondamente preoccupato per il peggioramento della situazione nel paese. I cittadini hanno il diritto di riunirsi pacificamente.',
  lt: 'Vyriausybė turėtų nedelsdama paleisti visus sulaikytus žurnalistus. Parlamentas yra labai susirūpinęs, kad padėtis šalyje blogėja. Piliečiai turi teisę taikiai rinktis.',
  lv: 'Valdībai nekavējoties jāatbrīvo visi aizturētie žurnālisti. Parlaments ir dziļi nobažījies par to, ka stāvoklis valstī pasliktinās. Pilsoņiem ir tiesības uz miermīlīgu pulcēšanos.',
  mt: 'Il-gvern għandu jeħles minnufih lill-ġurnalisti kollha detenuti. Il-Parlament huwa mħasseb ħafna li s-sitwazzjoni fil-pajjiż qed tmur għall-agħar. Iċ-ċittadini għandhom id-dritt li jiltaqgħu b’mod paċifiku.',
  nl: 'De regering moet alle vastgehouden journalisten onmiddellijk vrijlaten. Het Parlement is zeer bezorgd dat de situatie in het land verslechtert. De burgers hebben het recht om vreedzaam bijeen te komen.',
  pl: 'Rząd powinien niezwłocznie uwolnić wszystkich zatrzymanych dziennikarzy. Parlament jest głęboko zaniepokojony tym, że sytuacja w kraju się pogarsza. Obywatele mają prawo do pokojowych zgromadzeń.',
  pt: 'O Governo deve libertar imediatamente todos os jornalistas detidos. O Parlamento está profundamente preocupado com a deterioração da situação no país. Os cidadãos têm direito à reunião pacífica.',
  ro: 'Guvernul ar trebui să elibereze imediat toți jurnaliștii reținuți. Parlamentul este profund îngrijorat de faptul că situația din țară se înrăutățește. Cetățenii au dreptul de a se întruni în mod pașnic.',
  sk: 'Vláda by mala okamžite prepustiť všetkých zadržaných novinárov. Parlament je hlboko znepokojený tým, že sa situácia v krajine zhoršuje. Občania majú právo na pokojné zhromažďovanie.',
  sl: 'Vlada bi morala takoj izpustiti vse pridržane novinarje. Parlament je zelo zaskrbljen, ker se stanje v državi slabša. Državljani imajo pravico do mirnega zbiranja.',
  sv: 'Regeringen bör omedelbart frige alla fängslade journalister. Parlamentet är djupt oroat över att situationen i landet förvärras. Medborgarna har rätt till fredliga sammankomster.',
};

// EP-style openings (formula + one recital), written for these tests.
const FORMULAS: Partial<Record<LangCode, string>> = {
  sv: 'Europaparlamentet utfärdar denna resolution\n– med beaktande av sina tidigare resolutioner om landet,\nA. Situationen har försämrats under året.',
  fi: 'Euroopan parlamentti, joka\n– ottaa huomioon aiemmat päätöslauselmansa maasta,\nA. toteaa, että tilanne on heikentynyt.',
  da: 'Europa-Parlamentet,\n– der henviser til sine tidligere beslutninger om landet,\nA. der henviser til, at situationen er blevet værre.',
  hr: 'Europski parlament,\n– uzimajući u obzir svoje prethodne rezolucije o toj zemlji,\nA. budući da se stanje pogoršalo.',
  sl: 'Evropski parlament,\n– ob upoštevanju svojih prejšnjih resolucij o tej državi,\nA. ker se je stanje poslabšalo.',
  ga: 'Tá Parlaimint na hEorpa,\n– ag féachaint dá rúin roimhe seo faoin tír,\nA. de bhrí go bhfuil an staid ag dul in olcas.',
  de: 'Das Europäische Parlament,\n– unter Hinweis auf seine früheren Entschließungen zu dem Land,\n– gestützt auf Artikel 144 Absatz 5 seiner Geschäftsordnung,\nA. in der Erwägung, dass sich die Lage verschlechtert hat.',
  es: 'El Parlamento Europeo,\n– Vistas sus anteriores resoluciones sobre el país,\nA. Considerando que la situación ha empeorado.',
  pt: 'O Parlamento Europeu,\n– Tendo em conta as suas anteriores resoluções sobre o país,\nA. Considerando que a situação se agravou.',
  it: 'Il Parlamento europeo,\n– viste le sue precedenti risoluzioni sul paese,\nA. considerando che la situazione è peggiorata.',
  cs: 'Evropský parlament,\n– s ohledem na svá předchozí usnesení o této zemi,\nA. vzhledem k tomu, že se situace zhoršila.',
  sk: 'Európsky parlament,\n– so zreteľom na svoje predchádzajúce uznesenia o tejto krajine,\nA. keďže sa situácia zhoršila.',
  lv: 'Eiropas Parlaments,\n– ņemot vērā savas iepriekšējās rezolūcijas par šo valsti,\nA. tā kā stāvoklis ir pasliktinājies.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(PROSE) as [LangCode, string][])('detects %s from plain prose', (lang, text) => {
    const r = detectLanguage(text);
    expect(r?.lang).toBe(lang);
    expect(r!.confidence).toBeGreaterThan(0);
    expect(r!.confidence).toBeLessThanOrEqual(1);
  });

  it.each(Object.entries(FORMULAS) as [LangCode, string][])('detects %s from EP formulas', (lang, text) => {
    expect(detectLanguage(text)?.lang).toBe(lang);
  });

  it('keeps candidates to the script of the text', () => {
    const r = detectLanguage(PROSE.el)!;
    expect(Object.keys(r.scores)).toEqual(['el']);
    const b = detectLanguage(PROSE.bg)!;
    expect(Object.keys(b.scores)).toEqual(['bg']);
  });

  it('separates close pairs by their letters and words', () => {
    for (const [a, b] of [['cs', 'sk'], ['hr', 'sl'], ['da', 'sv'], ['es', 'pt'], ['pt', 'it']] as const) {
      const ra = detectLanguage(PROSE[a])!;
      expect(ra.scores[a]!).toBeGreaterThan(ra.scores[b]!);
      const rb = detectLanguage(PROSE[b])!;
      expect(rb.scores[b]!).toBeGreaterThan(rb.scores[a]!);
    }
  });

  it('returns null for text that is too short', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('Parlamentul')).toBeNull();
    expect(detectLanguage('vu le')).toBeNull();
  });

  it('returns null for text in no EU language', () => {
    // Russian (Cyrillic, but not Bulgarian) and Turkish (Latin, with ı and ğ).
    expect(detectLanguage('Это предложение написано по-русски, и оно не относится ни к одному языку Евросоюза. Мы проверяем, что детектор его отвергнет.')).toBeNull();
    expect(detectLanguage('Bu cümle Türkçe yazılmıştır ve hiçbir Avrupa Birliği diline ait değildir. Dedektörün bunu reddetmesini bekliyoruz.')).toBeNull();
  });

  it('is deterministic', () => {
    expect(detectLanguage(PROSE.ro)).toEqual(detectLanguage(PROSE.ro));
  });
});
