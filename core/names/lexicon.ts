import type { LangCode } from '../model/language.js';
import type { EntityType } from '../model/findings.js';

/**
 * Per-language word lists the name extractor reads (data, not branches). All entries are lower case.
 * - `stop`: capitalised words that are not names: sentence-initial function words, formula words, operative verbs,
 *   months, and generic capitalised nouns of EP texts;
 * - `connectors`: lower-case words allowed inside a multi-word name ("Banca Europeană pentru Reconstrucție");
 * - `orgHeads`: words that make a name an organisation; `personCues`/`placeCues`: words right before a name that
 *   say what it is;
 * - `suffixes`: inflection endings to strip ([ending, replacement]) when the stripped form also occurs in the
 *   same version (Kazahstanului → Kazahstan, Kasachstans → Kasachstan, Καζαχστάνου → Καζαχστάν).
 */
export interface NameLexicon {
  readonly stop: readonly string[];
  readonly connectors: readonly string[];
  /** "and" words, allowed inside an organisation's name ("Banca … pentru Reconstrucție și Dezvoltare"). */
  readonly conjunctions: readonly string[];
  readonly orgHeads: readonly string[];
  readonly personCues: readonly string[];
  readonly placeCues: readonly string[];
  readonly suffixes: readonly (readonly [string, string])[];
  /** Multi-word place names whose words would otherwise look like a person's name (lower case). */
  readonly places?: readonly string[];
  /** First words that make a multi-word name a place ("Republica Kazahstan"), lower case. */
  readonly placeHeads?: readonly string[];
  /** All nouns are capitalised (DE): a lone capitalised word is a name only with other evidence. */
  readonly capitalisesNouns?: boolean;
}

const EMPTY: NameLexicon = { stop: [], connectors: [], conjunctions: [], orgHeads: [], personCues: [], placeCues: [], suffixes: [] };

const MONTHS_ETC = {
  ro: 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
  en: 'january february march april may june july august september october november december',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  de: 'januar februar märz april mai juni juli august september oktober november dezember',
};

export const LEXICON: Partial<Record<LangCode, NameLexicon>> = {
  ro: {
    stop: `${MONTHS_ETC.ro} întrucât având rezoluția parlamentul parlamentului european europene europeană texte adoptate jo a b c d e f g h i j k l m n o p q r s t u v w x y z articolul articolele regulamentul tratatul tratatului declarația declarația convenția pactul acordul acordului președintele președintelui președintei vicepreședintelui înaltului înaltul reprezentant reprezentantul reprezentantului special comisar comisarul comisiei comisia consiliului consiliul uniunii uniunea statele ministerul ministerului guvernul guvernului guvernelor codul codului mecanismului mecanismul avocatului poporului dialogului comitetului biroului organizației organizația drepturile omului drepturilor acord acordul și în la din de cu pentru care ale ca ce`.split(' '),
    connectors: ['de', 'pentru', 'din', 'al', 'a', 'fără'],
    conjunctions: ['și', 'în'],
    places: ['asia centrală', 'asia centrale', 'asiei centrale'],
    placeHeads: ['republica', 'orașul'],
    orgHeads: ['organizației', 'organizația', 'consiliul', 'consiliului', 'banca', 'biroului', 'biroul', 'ministerului', 'ministerul', 'uniunea', 'uniunii', 'parlamentul', 'parlamentului', 'comisia', 'comisiei', 'serviciului', 'serviciul', 'fond', 'fondul', 'alternativa', 'mecanismul', 'mecanismului', 'comitetului', 'avocatului', 'tv'],
    personCues: ['președintele', 'președintelui', 'activiștii', 'activistul', 'jurnalist', 'jurnalistul', 'fotograf', 'apărătorul', 'apărătoarea', 'civilii', 'prizonierii', 'pe', 'numărându-se'],
    placeCues: ['orașul', 'orașului', 'la', 'în', 'din', 'de'],
    suffixes: [['ului', ''], ['ul', ''], ['lui', ''], ['ei', 'a'], ['iei', 'ia'], ['ii', 'ia']],
  },
  en: {
    stop: `${MONTHS_ETC.en} whereas having the a an and of in on to for with by at from this that these those its his her their european parliament resolution texts adopted oj article articles rules treaty declaration convention covenant agreement president vice high representative special commissioner commission council union member states government ministry code mechanism ombudsman dialogue committee office organisation organization development reconstruction human rights security cooperation europe fund calls urges condemns stands welcomes expresses takes recalls deeply instructs encourages notes stresses regrets asks insists regime sanctions global universal periodic review international civil political partnership enhanced central policy foreign affairs external action service delegation director national preventive torture limited election observation mission institutions democratic criminal internal press freedom index co without borders strategy people world bank`.split(' '),
    connectors: ['of', 'for', 'the', 'on', 'without'],
    conjunctions: ['and', 'in'],
    places: ['central asia'],
    placeHeads: ['republic'],
    orgHeads: ['organisation', 'organization', 'council', 'bank', 'office', 'ministry', 'union', 'parliament', 'commission', 'service', 'fund', 'choice', 'reporters', 'mechanism', 'committee', 'ombudsman', 'tv'],
    personCues: ['president', 'activists', 'activist', 'journalist', 'photographer', 'defender', 'civilians', 'prisoners', 'including'],
    placeCues: ['city', 'in', 'at', 'of', 'from'],
    suffixes: [],
  },
  fr: {
    stop: `${MONTHS_ETC.fr} considérant vu le la les l un une des du de et en au aux à sur pour par avec résolution parlement européen européenne européens textes adoptés jo article articles règlement traité déclaration convention pacte accord président présidente vice haut haute représentant représentante spécial commissaire commission conseil union états état gouvernement ministère code mécanisme médiateur dialogue comité bureau organisation développement reconstruction droits homme sécurité coopération europe fonds nations unies république`.split(' '),
    connectors: ['de', 'des', 'du', 'pour', 'la', 'sans', "d'", 'en'],
    conjunctions: ['et'],
    places: ['asie centrale'],
    placeHeads: ['république'],
    orgHeads: ['organisation', 'conseil', 'banque', 'bureau', 'ministère', 'union', 'parlement', 'commission', 'service', 'fonds', 'choix', 'reporters', 'mécanisme', 'comité', 'tv'],
    personCues: ['président', 'militants', 'militant', 'journaliste', 'photographe', 'défenseure', 'défenseur', 'civils', 'prisonniers', 'dont'],
    placeCues: ['ville', 'à', 'au', 'en', 'de', "d'"],
    suffixes: [],
  },
  de: {
    stop: `${MONTHS_ETC.de} in erwägung unter hinweis auf gestützt das der die den dem des ein eine und von zu zur zum im am mit für bei entschließung europäische europäischen europäisches parlament parlaments angenommene texte abl artikel präsident präsidenten vizepräsident vizepräsidenten hoher hohen vertreter vertreterin sonderbeauftragte sonderbeauftragten kommission rat union mitgliedstaaten regierung ministerium`.split(' '),
    connectors: ['für', 'der', 'des', 'ohne'],
    conjunctions: ['und', 'in'],
    orgHeads: ['organisation', 'rat', 'bank', 'büro', 'ministerium', 'union', 'parlament', 'kommission', 'dienst', 'fonds', 'reporter', 'mechanismus', 'tv', 'weltbank'],
    personCues: ['präsident', 'präsidenten', 'aktivisten', 'aktivistin', 'journalisten', 'journalist', 'fotografen', 'menschenrechtsverteidigerin', 'zivilisten', 'gefangenen', 'darunter'],
    placeCues: ['stadt', 'in', 'aus', 'von'],
    suffixes: [['s', ''], ['es', '']],
    capitalisesNouns: true,
  },
  el: {
    stop: 'λαμβάνοντας έχοντας υπόψη το η ο οι τα τον την της του των και σε στο στη στην στον για με από ψήφισμα ευρωπαϊκό ευρωπαϊκού ευρωπαϊκής κοινοβούλιο κοινοβουλίου άρθρο πρόεδρος προέδρου πρόεδρο επιτροπή επιτροπής συμβούλιο συμβουλίου ένωση ένωσης κράτη κυβέρνηση'.split(' '),
    connectors: ['της', 'του', 'των', 'για'],
    conjunctions: ['και', 'στην'],
    places: ['κεντρική ασία', 'κεντρικής ασίας', 'κεντρική ασία'],
    orgHeads: ['οργάνωση', 'οργάνωσης', 'συμβούλιο', 'τράπεζα', 'γραφείο', 'υπουργείο', 'ένωση', 'κοινοβούλιο', 'επιτροπή', 'υπηρεσία', 'ταμείο'],
    personCues: ['πρόεδρος', 'προέδρου', 'πρόεδρο', 'ακτιβιστές', 'δημοσιογράφο', 'φωτογράφο'],
    placeCues: ['πόλη', 'στο', 'στην', 'στη', 'από'],
    suffixes: [['ου', ''], ['ς', ''], ['ας', 'α'], ['ης', 'η']],
  },
  bg: {
    stop: 'като взе предвид има на и в за от с по до резолюция европейския европейският парламент член президент президента председател комисия комисията съвет съвета съюз съюза държави правителство'.split(' '),
    connectors: ['на', 'за'],
    conjunctions: ['и', 'в'],
    places: ['централна азия'],
    orgHeads: ['организация', 'организацията', 'съвет', 'съвета', 'банка', 'бюро', 'министерство', 'съюз', 'парламент', 'комисия', 'служба', 'фонд'],
    personCues: ['президентът', 'президента', 'активистите', 'журналист', 'фотограф'],
    placeCues: ['град', 'в', 'от'],
    suffixes: [['а', ''], ['ът', ''], ['я', '']],
  },
};

export function lexiconFor(lang: LangCode): NameLexicon {
  return LEXICON[lang] ?? EMPTY;
}

/**
 * Organisation acronyms of EP resolutions and their local forms, keyed by a canonical (English) acronym. A form
 * found in any version links to the same entity.
 */
export const ACRONYMS: Readonly<Record<string, readonly string[]>> = {
  OSCE: ['OSCE', 'OSZE', 'ΟΑΣΕ', 'ОССЕ', 'EBESZ', 'ETPJ', 'ETYJ', 'EBVO', 'ESBO', 'DVSE', 'ATSE', 'EDSO', 'ESSV', 'EBSO'],
  ODIHR: ['ODIHR', 'BIDDH', 'BDIMR', 'ΓΔΘΑΔ', 'СДИПЧ', 'OIDDH'],
  CSTO: ['CSTO', 'OTSC', 'OVKS', 'ΟΣΣΑ', 'ОДКС', 'ODKB'],
  UN: ['UN', 'ONU', 'VN', 'ΟΗΕ', 'ООН', 'ONZ', 'OSN', 'ENSZ', 'YK', 'FN', 'NU'],
  EEAS: ['EEAS', 'SEAE', 'EAD', 'ΕΥΕΔ', 'ЕСВД', 'EUSZ', 'ESVČ', 'EUTP', 'EHS', 'EUH', 'ESDZ'],
  EU: ['EU', 'UE', 'ΕΕ', 'ЕС', 'AE'],
  EPCA: ['EPCA', 'APCC', 'APCR', 'ΣΕΣΣ', 'СРПС'],
  DCK: ['DCK'],
  NGO: ['NGO', 'NGOs', 'ONG', 'ONG-uri', 'NRO', 'ΜΚΟ', 'НПО'],
  'VP/HR': ['VP/HR', 'VP/ÎR', 'VP/HV', 'ΑΠ/ΥΕ', 'ЗП/ВП'],
};

/** Types a cue word or head word implies, in priority order. */
export const TYPE_PRIORITY: readonly EntityType[] = ['organisation', 'person', 'place', 'other'];
