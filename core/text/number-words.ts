import type { LangCode } from '../model/language.js';

/**
 * Small numbers written as words, 1–20, per language: each entry lists the forms for 1, 2, … 20 (gender and
 * case variants included). Forms that double as the indefinite article (EN "a", FR "un/une", DE "ein/eine",
 * ES/IT "un/una", RO "un/o", NL "een", EL "ένα/μία") are left out: they would flood the results. Matching is
 * case- and accent-insensitive (see core/text/numbers.ts), so NL "één" is also left out (it folds to "een").
 * Languages without a table report digits only.
 */
export const NUMBER_WORDS: Readonly<Partial<Record<LangCode, readonly (readonly string[])[]>>> = {
  en: [['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten'], ['eleven'], ['twelve'], ['thirteen'], ['fourteen'], ['fifteen'], ['sixteen'], ['seventeen'], ['eighteen'], ['nineteen'], ['twenty']],
  ro: [['unu'], ['doi', 'două'], ['trei'], ['patru'], ['cinci'], ['șase', 'şase'], ['șapte', 'şapte'], ['opt'], ['nouă'], ['zece'], ['unsprezece', 'unsprăzece'], ['doisprezece', 'douăsprezece'], ['treisprezece'], ['paisprezece', 'patrusprezece'], ['cincisprezece'], ['șaisprezece', 'şaisprezece'], ['șaptesprezece', 'şaptesprezece'], ['optsprezece'], ['nouăsprezece'], ['douăzeci']],
  fr: [[], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf'], ['dix'], ['onze'], ['douze'], ['treize'], ['quatorze'], ['quinze'], ['seize'], ['dix-sept'], ['dix-huit'], ['dix-neuf'], ['vingt']],
  de: [['eins'], ['zwei'], ['drei'], ['vier'], ['fünf'], ['sechs'], ['sieben'], ['acht'], ['neun'], ['zehn'], ['elf'], ['zwölf'], ['dreizehn'], ['vierzehn'], ['fünfzehn'], ['sechzehn'], ['siebzehn'], ['achtzehn'], ['neunzehn'], ['zwanzig']],
  el: [[], ['δύο'], ['τρία', 'τρεις', 'τριών'], ['τέσσερα', 'τέσσερις', 'τεσσάρων'], ['πέντε'], ['έξι'], ['επτά', 'εφτά'], ['οκτώ', 'οχτώ'], ['εννέα', 'εννιά'], ['δέκα'], ['έντεκα'], ['δώδεκα'], ['δεκατρία', 'δεκατρείς'], ['δεκατέσσερα', 'δεκατέσσερις'], ['δεκαπέντε'], ['δεκαέξι', 'δεκάξι'], ['δεκαεπτά', 'δεκαεφτά'], ['δεκαοκτώ', 'δεκαοχτώ'], ['δεκαεννέα', 'δεκαεννιά'], ['είκοσι']],
  bg: [['един', 'една', 'едно'], ['два', 'две', 'двама'], ['три', 'трима'], ['четири', 'четирима'], ['пет', 'петима'], ['шест', 'шестима'], ['седем'], ['осем'], ['девет'], ['десет'], ['единадесет', 'единайсет'], ['дванадесет', 'дванайсет'], ['тринадесет', 'тринайсет'], ['четиринадесет', 'четиринайсет'], ['петнадесет', 'петнайсет'], ['шестнадесет', 'шестнайсет'], ['седемнадесет', 'седемнайсет'], ['осемнадесет', 'осемнайсет'], ['деветнадесет', 'деветнайсет'], ['двадесет', 'двайсет']],
  es: [['uno'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve'], ['diez'], ['once'], ['doce'], ['trece'], ['catorce'], ['quince'], ['dieciséis'], ['diecisiete'], ['dieciocho'], ['diecinueve'], ['veinte']],
  it: [['uno'], ['due'], ['tre'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove'], ['dieci'], ['undici'], ['dodici'], ['tredici'], ['quattordici'], ['quindici'], ['sedici'], ['diciassette'], ['diciotto'], ['diciannove'], ['venti']],
  pl: [['jeden', 'jedna', 'jedno'], ['dwa', 'dwie', 'dwóch', 'dwu', 'dwoma'], ['trzy', 'trzech', 'trzema'], ['cztery', 'czterech', 'czterema'], ['pięć', 'pięciu'], ['sześć', 'sześciu'], ['siedem', 'siedmiu'], ['osiem', 'ośmiu'], ['dziewięć', 'dziewięciu'], ['dziesięć', 'dziesięciu'], ['jedenaście', 'jedenastu'], ['dwanaście', 'dwunastu'], ['trzynaście', 'trzynastu'], ['czternaście', 'czternastu'], ['piętnaście', 'piętnastu'], ['szesnaście', 'szesnastu'], ['siedemnaście', 'siedemnastu'], ['osiemnaście', 'osiemnastu'], ['dziewiętnaście', 'dziewiętnastu'], ['dwadzieścia', 'dwudziestu']],
  nl: [[], ['twee'], ['drie'], ['vier'], ['vijf'], ['zes'], ['zeven'], ['acht'], ['negen'], ['tien'], ['elf'], ['twaalf'], ['dertien'], ['veertien'], ['vijftien'], ['zestien'], ['zeventien'], ['achttien'], ['negentien'], ['twintig']],
};

/** Words for "per cent" per language (after a number), folded by the caller. U except EN. */
export const PERCENT_WORDS: Readonly<Partial<Record<LangCode, readonly string[]>>> = {
  en: ['per cent', 'percent'],
  de: ['Prozent'],
  fr: ['pour cent'],
  ro: ['la sută'],
  it: ['per cento'],
  es: ['por ciento'],
  pt: ['por cento'],
  nl: ['procent'],
  pl: ['procent', 'procentów', 'procenta'],
  sv: ['procent'],
  da: ['procent'],
  el: ['τοις εκατό'],
  bg: ['процента', 'процент'],
};
