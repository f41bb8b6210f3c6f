import type { LangCode, Script } from '../model/language.js';

/** Which recital lettering sequence a language uses (see core/lang/lettering.ts). */
export type LetteringScheme = 'latin' | 'greek' | 'cyrillic-bg';

/**
 * Per-language facts an EP resolution parser, the checks and language detection need. Data only: code reads
 * these tables and never branches on a language code for something a table can say.
 * Source: ../shared/docs/eu-format-facts.md (V = seen in real documents, U = hypothesis); comments on each
 * entry say which items are unverified.
 */
export interface LanguageProfile {
  readonly code: LangCode;
  /** English name of the language, for messages. */
  readonly name: string;
  /** The language's own name for itself. */
  readonly nativeName: string;
  readonly script: Script;
  readonly lettering: LetteringScheme;
  /** Opening line variants without the final comma, e.g. "Parlamentul European". */
  readonly opening: readonly string[];
  /** Citation formulas, lower case, e.g. "având în vedere"; several for DE/NL/ES/IT. */
  readonly citationOpeners: readonly string[];
  /** Recital formulas after the label, lower case; empty where recitals have none (SV). */
  readonly recitalOpeners: readonly string[];
  /** First words of the closing "Instructs its President…" paragraph (verb stems; gender-neutral). */
  readonly closingStems: readonly string[];
  /** Words that start the title, e.g. "Rezoluția", "European Parliament resolution". */
  readonly titleStarts: readonly string[];
  /** Month names: nominative/stand-alone forms and the form used after a day number, January first. */
  readonly months: {
    readonly nominative: readonly string[];
    readonly afterDay: readonly string[];
    /** Further accepted variants per month (older spellings, abbreviations), January first. */
    readonly variants?: readonly (readonly string[])[];
  };
  /** Order of day, month and year in running text. */
  readonly dateOrder: 'dmy' | 'ymd';
  /** Decimal separator in EU texts of this language. */
  readonly decimal: ',' | '.';
  /** Official Journal abbreviation(s) and the page word used in footnotes ("OJ", "p."). */
  readonly oj: readonly string[];
  readonly pageWords: readonly string[];
  /** "Texts adopted" as used in footnotes citing earlier resolutions. */
  readonly textsAdopted: readonly string[];
  /** The EU motto in this language (page furniture on the first page of DOCX/PDF documents). */
  readonly motto: string;
  /** Frequent short function words, lower case, used by language detection. */
  readonly commonWords: readonly string[];
  /**
   * Coordinating conjunctions (and similar words) that follow a suspended compound, lower case: DE
   * "Partnerschafts- und Kooperationsabkommen", NL "land- en tuinbouw", EN "pre- and post-". A line that ends in a
   * hyphen and a line that starts with one of these are joined with a space, not glued (structure.ts joinLines).
   */
  readonly hyphenContinuations: readonly string[];
}
