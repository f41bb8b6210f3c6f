import type { LangCode } from '../model/language.js';
import { PROFILES } from '../lang/profiles/index.js';

/**
 * Abbreviations that end in a dot but do not end a sentence, per language, lower case. Merged with every
 * profile's OJ and page words. Multi-dot forms ("dz.u.", "z.b.") are matched as whole tokens.
 */
const COMMON_ABBREVIATIONS = ['nr.', 'no.', 'art.', 'p.', 'pp.', 'vol.', 'ed.', 'lit.', 'pct.', 'cf.', 'ca.', 'op.', 'cit.', 'ibid.', 'resp.'];
const ABBREVIATIONS: Partial<Record<LangCode, readonly string[]>> = {
  ro: ['alin.', 'art.', 'nr.', 'lit.', 'pct.', 'p.', 'dl.', 'dna.', 'dlui.', 'str.', 'reg.', 'ex.', 'vol.', 'ed.'],
  en: ['no.', 'nos.', 'art.', 'arts.', 'p.', 'pp.', 'mr.', 'mrs.', 'ms.', 'dr.', 'e.g.', 'i.e.', 'para.', 'paras.', 'vs.', 'st.'],
  fr: ['art.', 'p.', 'pp.', 'mm.', 'mme.', 'mlle.', 'cf.', 'vol.', 'éd.', 'par.', 'al.', 'chap.'],
  de: ['nr.', 'abs.', 'art.', 's.', 'abl.', 'z.b.', 'z.', 'b.', 'd.h.', 'u.a.', 'vgl.', 'bzw.', 'dr.', 'ziff.', 'buchst.', 'gem.', 'bd.', 'hrsg.'],
  el: ['αριθ.', 'άρθ.', 'άρθρ.', 'παρ.', 'π.χ.', 'σελ.', 'εδ.', 'στοιχ.', 'κ.', 'βλ.', 'κ.λπ.', 'δηλ.', 'ε.ε.'],
  bg: ['бр.', 'чл.', 'ал.', 'т.', 'т.е.', 'стр.', 'г.', 'гр.', 'изм.', 'напр.', 'вж.', 'д-р.', 'с.'],
  pl: ['dz.u.', 'nr.', 'art.', 'ust.', 'pkt.', 'lit.', 's.', 'm.in.', 'np.', 'tj.', 'r.', 'tzw.', 'zob.'],
  cs: ['úř.', 'věst.', 'č.', 'odst.', 'písm.', 'čl.', 's.', 'tzv.', 'např.', 'tj.', 'r.'],
  sk: ['ú.', 'v.', 'č.', 'ods.', 'písm.', 'čl.', 's.', 'napr.', 'tzv.'],
  sl: ['ur.', 'l.', 'št.', 'odst.', 'čl.', 'str.', 'npr.', 'tč.', 'i.'],
  hr: ['sl.', 'br.', 'čl.', 'st.', 'str.', 'npr.', 'tj.', 'toč.'],
  hu: ['hl.', 'sz.', 'bek.', 'cikk.', 'pl.', 'o.', 'ún.', 'stb.', 'ill.', 'vö.'],
  it: ['art.', 'p.', 'pag.', 'n.', 'lett.', 'par.', 'cfr.', 'sig.', 'on.'],
  es: ['art.', 'p.', 'pág.', 'núm.', 'apdo.', 'sr.', 'sra.', 'ee.uu.', 'd.o.'],
  pt: ['art.', 'p.', 'pág.', 'n.', 'alín.', 'sr.', 'sra.', 'al.'],
  nl: ['nr.', 'art.', 'blz.', 'lid.', 'pb.', 'bijv.', 'd.w.z.', 'o.a.', 'mr.'],
  da: ['nr.', 'art.', 's.', 'stk.', 'ef-t.', 'bl.a.', 'f.eks.', 'jf.', 'evt.'],
  sv: ['nr.', 'art.', 's.', 'st.', 'bl.a.', 't.ex.', 'jfr.', 'dvs.'],
  fi: ['nro.', 's.', 'art.', 'esim.', 'ks.', 'mm.', 'ns.', 'vrt.'],
  et: ['nr.', 'lk.', 'art.', 'lg.', 'nt.', 'vt.', 'jm.'],
  lv: ['nr.', 'lpp.', 'art.', 'pants.', 'piem.', 'utt.', 'sk.'],
  lt: ['nr.', 'p.', 'str.', 'd.', 'm.', 'pvz.', 'žr.', 'psl.'],
  mt: ['nru.', 'art.', 'p.', 'paġ.', 'eż.'],
  ga: ['lch.', 'uimh.', 'alt.', 'igh.', 'srl.'],
};

/**
 * Languages that write ordinals and day numbers with a dot ("20. Januar", "3. odstavec"). `any`: a dot after a
 * number of up to three digits never ends a sentence (nouns are capitalised, so the next word tells nothing);
 * `month`: only when a month name follows.
 */
const DOTTED_ORDINALS: Partial<Record<LangCode, 'any' | 'month'>> = {
  de: 'any', da: 'month', fi: 'month', et: 'month', hu: 'month', cs: 'month', sk: 'month', sl: 'month', hr: 'month',
  lv: 'month', lt: 'month', pl: 'month', sv: 'month',
};

const monthCache = new Map<LangCode, ReadonlySet<string>>();
function monthsOf(lang: LangCode): ReadonlySet<string> {
  let set = monthCache.get(lang);
  if (!set) {
    const m = PROFILES[lang]?.months;
    set = new Set(m ? [...m.nominative, ...m.afterDay, ...(m.variants ?? []).flat()].map((x) => x.toLowerCase()) : []);
    monthCache.set(lang, set);
  }
  return set;
}

const abbrevCache = new Map<LangCode, ReadonlySet<string>>();
function abbreviationsOf(lang: LangCode): ReadonlySet<string> {
  let set = abbrevCache.get(lang);
  if (!set) {
    const profile = PROFILES[lang];
    const fromProfile = profile ? [...profile.pageWords, ...profile.oj.map((o) => (o.endsWith('.') ? o : `${o}.`))] : [];
    set = new Set([...COMMON_ABBREVIATIONS, ...(ABBREVIATIONS[lang] ?? []), ...fromProfile].map((x) => x.toLowerCase()));
    abbrevCache.set(lang, set);
  }
  return set;
}

/** Characters that may follow a sentence end and belong to it: closing quotes, brackets. */
const CLOSERS = '"”»’)]';
/** Sentence-final punctuation; ";" and "·" (Greek ano teleia) end clauses chained in recitals and paragraphs. */
const ENDERS = '.!?;\u00B7\u0387\u037E…';

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits text into sentences and ";"-chained clauses, returning offsets into `text` (trimmed spans, in order,
 * non-overlapping, never empty). Language-aware: abbreviations (`alin.`, `Nr.`, `Dz.U.`, `Úř. věst.`, …),
 * initials (`K. Tokayev`), dotted ordinals and dates (`20. Januar`, `2022. január`), decimals, points `(a)`,
 * and closing quotes are handled. Deterministic; never throws.
 */
export function splitSentenceSpans(text: string, lang: LangCode): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const abbrevs = abbreviationsOf(lang);
  const dotted = DOTTED_ORDINALS[lang] ?? null;
  const months = monthsOf(lang);
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!ENDERS.includes(ch)) continue;
    let k = i + 1;
    while (k < text.length && (ENDERS.includes(text[k]) || CLOSERS.includes(text[k]))) k++;
    if (k < text.length && !/\s/u.test(text[k])) continue; // "2.5", "Dz.U.", "UE-Kazahstan;x"
    if (k >= text.length) break;
    if (ch === '.' && !isSentenceDot(text, i, k, abbrevs, dotted, months)) continue;
    if (ch === '…' && isLowerNext(text, k)) continue;
    if ((ch === '!' || ch === '?') && isLowerNext(text, k) && lang !== 'el') continue;
    push(k);
    i = k - 1;
  }
  push(text.length);
  return spans;
}

function isLowerNext(text: string, k: number): boolean {
  let j = k;
  while (j < text.length && /[\s"“„«‘(]/u.test(text[j])) j++;
  return j < text.length && /\p{Ll}/u.test(text[j]);
}

function isSentenceDot(text: string, dot: number, after: number, abbrevs: ReadonlySet<string>, dotted: 'any' | 'month' | null, months: ReadonlySet<string>): boolean {
  let s = dot;
  while (s > 0 && !/\s/u.test(text[s - 1])) s--;
  const token = text.slice(s, dot + 1);
  const bare = token.replace(/^[("“„«‘[]+/u, '');
  const lower = bare.toLowerCase();
  if (abbrevs.has(lower)) return false;
  // A two-word abbreviation such as "Úř. věst." or "z. B.": the previous token with this one.
  if (/^\p{Lu}$/u.test(bare.slice(0, -1))) return false; // an initial: "K. Tokayev"
  if (/^(?:\p{L}\.){2,}$/u.test(bare)) return false; // "e.g.", "π.χ.", "т.е."
  const next = text.slice(after).trimStart();
  if (/^\p{Ll}/u.test(next)) return false; // "2022. január", "nr. 5" already; lower case continues the sentence
  if (/^\d+\.$/u.test(bare)) {
    const nextWord = (/^\p{L}+/u.exec(next)?.[0] ?? '').toLowerCase();
    if (bare.length <= 4 && (dotted === 'any' || (dotted === 'month' && months.has(nextWord)))) return false; // "20. Januar"
    if (/^\d/u.test(next)) return false; // "1. 2."
  }
  if (/^\(\p{L}{1,3}\)$/u.test(next.split(/\s/u)[0] ?? '') && /\d\.$/u.test(bare)) return false;
  return true;
}

/** `splitSentenceSpans` as strings. Deterministic; never throws. */
export function splitSentences(text: string, lang: LangCode): string[] {
  return splitSentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));
}
