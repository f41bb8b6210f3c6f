import { missingCase } from '../errors.js';
import type { AlignedDocumentRef, AlignedRow } from '../model/alignment.js';
import type { ParsedDocument } from '../model/document.js';
import type { ConventionConfidence, ConventionSource, NameEntity } from '../model/findings.js';
import type { LangCode } from '../model/language.js';

/**
 * A grid whose rows may be produced lazily (a generator): exporters read each row once, in order, and never keep
 * it, so a 100 000-row grid streams in flat memory. Every `AlignmentGrid` is one.
 */
export interface ExportGrid {
  readonly pivot: number;
  readonly documents: readonly AlignedDocumentRef[];
  readonly rows: Iterable<AlignedRow>;
}

/** What exporters need of a parsed version (references, official flag); a `ParsedDocument` is one. */
export type ExportDocument = Pick<ParsedDocument, 'lang' | 'official' | 'references' | 'title' | 'procedure'>;

/**
 * The part of a stored annotation exporters show (the project service's `Annotation` is one): the words it is
 * about, by row and language, and the translator's comment.
 */
export interface ExportAnnotation {
  readonly id: string;
  readonly category: string;
  readonly status: string;
  readonly comment: string;
  readonly author: string;
  readonly spans: readonly {
    readonly rowKey: string;
    readonly unitId: string;
    readonly lang: LangCode;
    readonly start: number;
    readonly end: number;
    readonly quote: string;
  }[];
}

/** How language codes are written: `ro` (ISO 639-1) or `ro-RO` (with the main region, as many CAT tools expect). */
export type LangCodeStyle = 'short' | 'region';

/** The region each EU language is most often tagged with in translation memories (BCP 47). */
export const REGION_CODES: Readonly<Record<LangCode, string>> = {
  bg: 'bg-BG', cs: 'cs-CZ', da: 'da-DK', de: 'de-DE', el: 'el-GR', en: 'en-GB', es: 'es-ES', et: 'et-EE',
  fi: 'fi-FI', fr: 'fr-FR', ga: 'ga-IE', hr: 'hr-HR', hu: 'hu-HU', it: 'it-IT', lt: 'lt-LT', lv: 'lv-LV',
  mt: 'mt-MT', nl: 'nl-NL', pl: 'pl-PL', pt: 'pt-PT', ro: 'ro-RO', sk: 'sk-SK', sl: 'sl-SI', sv: 'sv-SE',
};

/** `ro` → `ro` or `ro-RO`. Deterministic. */
export function langTag(lang: LangCode, style: LangCodeStyle): string {
  switch (style) {
    case 'short':
      return lang;
    case 'region':
      return REGION_CODES[lang];
    default:
      return missingCase(style);
  }
}


/** A name entity with the spellings a terminologist accepted (the project service's `NameEntityView` is one). */
export type ExportNameEntity = NameEntity & { readonly accepted?: Readonly<Partial<Record<LangCode, string>>> };

/** One spelling of an entity in one language, as TBX and CSV list them. */
export interface NameSpelling {
  readonly lang: LangCode;
  readonly text: string;
  readonly count: number;
  readonly accepted: boolean;
  readonly conventional: boolean | null;
  readonly expected: string | null;
  /** How sure the convention verdict is (the form's `confidence`); null where the form carries none. */
  readonly confidence: ConventionConfidence | null;
  /** The Cyrillic/Greek spellings the verdict was checked against; empty when it was inferred from the form alone. */
  readonly sources: readonly ConventionSource[];
}

/**
 * The spellings of an entity per language, in first-seen language order: every form found (merged across versions
 * of the same language: counts add up, the verdict — conventional, expected, confidence, sources — is the first
 * version's), plus an accepted spelling no version uses yet (count 0, no verdict). Deterministic.
 */
export function spellingsOf(entity: ExportNameEntity): Map<LangCode, NameSpelling[]> {
  const out = new Map<LangCode, NameSpelling[]>();
  for (const f of entity.forms) {
    const list = out.get(f.lang) ?? [];
    const same = list.findIndex((s) => s.text === f.text);
    const accepted = entity.accepted?.[f.lang] === f.text;
    if (same >= 0) list[same] = { ...list[same], count: list[same].count + f.count };
    else {
      list.push({
        lang: f.lang,
        text: f.text,
        count: f.count,
        accepted,
        conventional: f.conventional,
        expected: f.expected ?? null,
        confidence: f.confidence ?? null,
        sources: f.sources ?? [],
      });
    }
    out.set(f.lang, list);
  }
  for (const [lang, text] of Object.entries(entity.accepted ?? {}) as [LangCode, string | undefined][]) {
    if (!text) continue;
    const list = out.get(lang) ?? [];
    if (!list.some((s) => s.text === text)) list.push({ lang, text, count: 0, accepted: true, conventional: null, expected: null, confidence: null, sources: [] });
    out.set(lang, list);
  }
  return out;
}
