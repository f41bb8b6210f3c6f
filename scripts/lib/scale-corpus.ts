// A synthetic resolution for the scale spec: the corpus layout (title, procedure line, opening, citations,
// recitals, numbered paragraphs, closing) in every EU language, written from each language's formula words in
// core/lang/profiles. The sentences are nonsense made of the language's common words; the numbers and dates vary
// per paragraph so that every paragraph is distinct and the number/date extractors have work to do.
import { LANGUAGES, PROFILES, recitalLabel } from '../../core/index.js';
import type { LangCode, LanguageProfile } from '../../core/index.js';

export interface ScaleCorpusOptions {
  /** Numbered paragraphs per version. */
  readonly paragraphs: number;
  readonly citations?: number;
  readonly recitals?: number;
}

/** Every EU language code, in the order of the shared model. */
export const ALL_LANGS: readonly LangCode[] = LANGUAGES;

function words(p: LanguageProfile, seed: number, count: number): string {
  const w = p.commonWords;
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(w[(seed * 7 + i * 3) % w.length]);
  return out.join(' ');
}

function date(p: LanguageProfile, n: number): string {
  const day = 1 + (n % 28);
  const month = p.months.afterDay[n % 12];
  const year = 1990 + (n % 33);
  return p.dateOrder === 'ymd' ? `${year}. ${month} ${day}.` : `${day} ${month} ${year}`;
}

function capitalised(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** The text of one version, in the layout of corpus/2022-2505-RSP/*.txt. */
export function scaleDocument(lang: LangCode, options: ScaleCorpusOptions): string {
  const p = PROFILES[lang];
  const citations = options.citations ?? 5;
  const recitals = options.recitals ?? 8;
  const lines: string[] = [];
  lines.push(`${p.titleStarts[0]} ${words(p, 1, 6)} 2099`, '(2099/9999(RSP))', '', `${p.opening[0]},`, '');
  for (let c = 1; c <= citations; c++) {
    lines.push(`– ${p.citationOpeners[0]} ${words(p, c, 10)} ${date(p, c)} ${c * 11},`, '');
  }
  for (let r = 1; r <= recitals; r++) {
    const opener = p.recitalOpeners[0] ?? '';
    lines.push(`${recitalLabel(p.lettering, r)}. ${opener ? `${opener} ` : ''}${words(p, r + 50, 12)} ${date(p, r + 3)}, ${r * 13};`, '');
  }
  for (let n = 1; n <= options.paragraphs; n++) {
    lines.push(`${n}. ${capitalised(words(p, n, 14))} ${n * 17} ${date(p, n)} ${words(p, n + 5, 6)} ${(n * 31) % 997};`, '');
  }
  lines.push(`${options.paragraphs + 1}. ${capitalised(p.closingStems[0])} ${words(p, 2, 12)}.`, '');
  return lines.join('\n');
}
