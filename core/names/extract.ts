import type { AlignmentGrid } from '../model/alignment.js';
import type { ParsedDocument } from '../model/document.js';
import type { EntityType, NameEntity, NameForm, NameOccurrence } from '../model/findings.js';
import type { LangCode } from '../model/language.js';
import { missingCase } from '../errors.js';
import { PROFILES } from '../lang/profiles/index.js';
import { ACRONYMS, lexiconFor } from './lexicon.js';
import { scriptOf } from '../model/language.js';
import { checkConvention, checkConventionFrom, hasGreekOnlySpelling, skeletonKey } from './translit/index.js';
import type { ConventionVerdict } from './translit/index.js';
import { similarity, stableHash } from './util.js';

/** One name found in one cell of the grid. */
export interface Mention {
  readonly doc: number;
  readonly lang: LangCode;
  readonly row: string;
  readonly unit: string;
  readonly start: number;
  readonly end: number;
  /** As printed. */
  readonly surface: string;
  /** Inflection stripped (Kazahstanului → Kazahstan); used to group forms. */
  readonly base: string;
  readonly type: EntityType;
  /** Canonical acronym when the mention is a known acronym (OSCE for OSZE/ΟΑΣΕ/ОССЕ). */
  readonly acronym: string | null;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation or a sentence break sits between this token and the previous one. */
  readonly breakBefore: boolean;
  readonly sentenceStart: boolean;
}

const ACRONYM_OF = new Map<string, string>();
for (const [canon, forms] of Object.entries(ACRONYMS)) for (const f of forms) ACRONYM_OF.set(f, canon);

const isCap = (t: string) => /^\p{Lu}/u.test(t);
const isAllCaps = (t: string) => t.length >= 2 && /^[\p{Lu}\p{N}/-]+$/u.test(t) && /\p{Lu}/u.test(t);

// Endings of Russian, Kazakh and other Slavic surnames as Latin, Greek and Cyrillic texts write them: a run of
// capitalised words ending in one is a person; other runs (Koshe Partiyasy, Femina Virtute) are not assumed to be.
const SURNAME =
  /(?:ov|ev|iev|yev|jev|ow|ew|jew|ova|eva|yeva|owa|ewa|jewa|in|ina|yn|yna|ski|sky|skiy|skaya|enko|ich|vich|uly|ulı|kyzy|kîzî|kysy|bek|bai|bay|ol|zhol|schol|baev|baeva|ian|yan|jan|zhan|żan|οφ|εφ|οβα|εβα|ιν|ινα|σκι|μπεκ|ζαν|ζάν|ов|ев|ова|ева|ин|ина|ски|бек|ич|жан)$/u;

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-‑'’/][\p{L}\p{N}]+)*/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const between = text.slice(last, m.index);
    const breakBefore = out.length === 0 || /[^\s]/u.test(between);
    const sentenceStart = out.length === 0 || /[.;:!?]\s*$/u.test(between) || /[„“"«(]\s*$/u.test(between);
    const slash = m[0].includes('/') && !isAllCaps(m[0]);
    const parts = m[0].split(slash ? /\// : /(?<=[\p{L}\p{N}])[-‑](?=[\p{L}\p{N}])/u);
    if (parts.length > 1 && (slash || parts.some(isAllCaps))) {
      let at = m.index;
      parts.forEach((p, k) => {
        out.push({ text: p, start: at, end: at + p.length, breakBefore: k === 0 ? breakBefore : true, sentenceStart: k === 0 ? sentenceStart : false });
        at += p.length + 1;
      });
    } else out.push({ text: m[0], start: m.index, end: m.index + m[0].length, breakBefore, sentenceStart });
    last = m.index + m[0].length;
  }
  return out;
}


/** Strips a French/Italian elided article (d'Almaty) and an English possessive (Kazakhstan's). */
function trimToken(t: Token): Token {
  let { text, start } = t;
  const elided = /^(?:[dDlL]|qu)['’](?=\p{Lu})/u.exec(text);
  if (elided) {
    start += elided[0].length;
    text = text.slice(elided[0].length);
  }
  const poss = /['’]s?$/u.exec(text);
  if (poss) text = text.slice(0, poss.index);
  return { ...t, text, start, end: start + text.length };
}

interface WordSets {
  readonly lex: ReturnType<typeof lexiconFor>;
  readonly heads: ReadonlySet<string>;
  readonly stop: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
}

const WORD_SETS = new Map<LangCode, WordSets>();

/** A language's lexicon as sets, built once per language (findNameSpans runs on every cell). */
function wordSetsOf(lang: LangCode): WordSets {
  let sets = WORD_SETS.get(lang);
  if (!sets) {
    const lex = lexiconFor(lang);
    const heads = new Set(lex.orgHeads);
    const months = PROFILES[lang].months;
    const stop = new Set([...lex.stop.filter((w) => !heads.has(w)), ...months.nominative, ...months.afterDay, ...(months.variants ?? []).flat()].map((w) => w.toLowerCase()));
    sets = { lex, heads, stop, connectors: new Set(lex.connectors) };
    WORD_SETS.set(lang, sets);
  }
  return sets;
}

/**
 * Names in one text: runs of capitalised words (with the language's connectors between them), minus stop words,
 * plus known acronyms. Returns spans into `text`. Deterministic.
 */
export function findNameSpans(text: string, lang: LangCode): { start: number; end: number; surface: string; type: EntityType; acronym: string | null }[] {
  const { lex, heads, stop, connectors } = wordSetsOf(lang);
  const tokens = tokenize(text).map(trimToken).filter((t) => t.text.length > 0);
  const out: { start: number; end: number; surface: string; type: EntityType; acronym: string | null }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const acronym = ACRONYM_OF.get(t.text) ?? null;
    const glued = text[t.end] === '_' || text[t.start - 1] === '_';
    const next = tokens[i + 1];
    const startsRun = !acronym && isAllCaps(t.text) && next !== undefined && !next.breakBefore && isCap(next.text) && !isAllCaps(next.text);
    if (!startsRun && (acronym || (isAllCaps(t.text) && !/\p{N}/u.test(t.text) && !glued && t.text.length <= 6 && !stop.has(t.text.toLowerCase())))) {
      out.push({ start: t.start, end: t.end, surface: t.text, type: 'organisation', acronym: acronym ?? t.text.toUpperCase() });
      i++;
      continue;
    }
    if (!startsRun && (!isCap(t.text) || isAllCaps(t.text) || glued)) {
      i++;
      continue;
    }
    // Grow a run of capitalised tokens, allowing connectors followed by another capitalised token.
    let j = i + 1;
    let lastCap = i;
    while (j < tokens.length && !tokens[j].breakBefore) {
      const w = tokens[j].text;
      if (isCap(w) && !isAllCaps(w) && !ACRONYM_OF.has(w.toLowerCase())) {
        lastCap = j;
        j++;
      } else if (
        j - lastCap <= 2 &&
        tokens.slice(i, j).some((x) => heads.has(x.text.toLowerCase())) &&
        (connectors.has(w.toLowerCase()) ||
          // "and" joins two parts of an organisation's name only after a connector: "Organizației pentru
          // Securitate și Cooperare", not "Uniunea Europeană și Kazahstanul".
          (lex.conjunctions.includes(w.toLowerCase()) && tokens.slice(i, j).some((x) => connectors.has(x.text.toLowerCase()))))
      ) j++;
      else break;
    }
    let run = tokens.slice(i, lastCap + 1);
    // Leading stop words (formula words, sentence-initial function words) are not part of a name.
    while (run.length && (stop.has(run[0].text.toLowerCase()) || connectors.has(run[0].text.toLowerCase()))) run = run.slice(1);
    const trailing = (x: Token) => stop.has(x.text.toLowerCase()) || connectors.has(x.text.toLowerCase()) || lex.conjunctions.includes(x.text.toLowerCase());
    while (run.length && trailing(run[run.length - 1])) run = run.slice(0, -1);
    i = lastCap + 1;
    if (run.length === 0) continue;
    // One letter ("C" of an OJ series, a point "A") is not a name.
    if (run.length === 1 && [...run[0].text].length < 2) continue;
    const words = run.map((r) => r.text.toLowerCase());
    if (run.length === 1 && heads.has(words[0])) continue;
    if (run.every((r) => stop.has(r.text.toLowerCase()))) continue;
    // Sentence-initial single word that the language writes in lower case elsewhere: not a name.
    if (run.length === 1 && run[0].sentenceStart && new RegExp(`(?<![\\p{L}])${run[0].text.toLowerCase()}(?![\\p{L}])`, 'u').test(text)) continue;
    const prev = tokens[tokens.indexOf(run[0]) - 1]?.text.toLowerCase();
    let type: EntityType = 'other';
    if (words.some((w) => heads.has(w))) type = 'organisation';
    else if (lex.places?.includes(words.join(' ')) || lex.placeHeads?.includes(words[0])) type = 'place';
    else if ((prev !== undefined && lex.personCues.includes(prev)) || (run.length >= 2 && run.length <= 4 && SURNAME.test(words[words.length - 1])))
      type = 'person';
    // "à"/"în"/"in" before one word is a place ("à Almaty"); before two it may be anything ("à Koshe Partiyasy").
    else if (run.length === 1 && prev !== undefined && lex.placeCues.includes(prev)) type = 'place';
    // German capitalises every noun: a lone word needs other evidence (a cue, or the linking step across versions).
    if (lex.capitalisesNouns && run.length === 1 && type === 'other') type = 'other';
    const start = run[0].start;
    const end = run[run.length - 1].end;
    out.push({ start, end, surface: text.slice(start, end), type, acronym: null });
  }
  // In a list of names ("Sania Toiken, Mahambet Abgian, … și Darhan Omirbek") an untyped multi-word item next
  // to a person is a person too.
  const listGap = new RegExp(`^\\s*(?:,|${lex.conjunctions.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})\\s*$`, 'u');
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < out.length; k++) {
      const o = out[k];
      if (o.type !== 'other' || o.acronym || !/\s/u.test(o.surface) || o.surface.split(/\s+/u).length > 4) continue;
      const before = out[k - 1];
      const after = out[k + 1];
      const joined = (a: typeof o | undefined, b: typeof o | undefined) => a !== undefined && b !== undefined && listGap.test(text.slice(a.end, b.start));
      if ((before?.type === 'person' && joined(before, o)) || (after?.type === 'person' && joined(o, after))) out[k] = { ...o, type: 'person' };
    }
  }
  return out;
}

function baseOf(surface: string, lang: LangCode, known: ReadonlySet<string>): string {
  const lex = lexiconFor(lang);
  const words = surface.split(/(\s+)/u);
  return words
    .map((w) => {
      if (/^\s+$/u.test(w)) return w;
      for (const [suffix, repl] of [...lex.suffixes].sort((a, b) => b[0].length - a[0].length)) {
        if (w.length > suffix.length + 2 && w.toLowerCase().endsWith(suffix)) {
          const stem = w.slice(0, w.length - suffix.length) + repl;
          if (known.has(stem.toLowerCase())) return stem;
        }
      }
      return w;
    })
    .join('');
}

/** All mentions in a grid: every cell of every row, with inflection stripped per version. Deterministic. */
export function findMentions(grid: AlignmentGrid, docs: readonly ParsedDocument[]): Mention[] {
  const raw: { doc: number; row: string; unit: string; span: ReturnType<typeof findNameSpans>[number] }[] = [];
  for (const row of grid.rows) {
    row.cells.forEach((cell, doc) => {
      const lang = docs[doc]?.lang ?? grid.documents[doc].lang;
      for (const seg of cell) for (const span of findNameSpans(seg.text, lang)) raw.push({ doc, row: row.key, unit: seg.id, span });
    });
  }
  const knownByDoc = new Map<number, Set<string>>();
  for (const r of raw) {
    let set = knownByDoc.get(r.doc);
    if (!set) knownByDoc.set(r.doc, (set = new Set()));
    for (const w of r.span.surface.split(/\s+/u)) set.add(w.toLowerCase());
  }
  return raw.map((r) => {
    const lang = docs[r.doc]?.lang ?? grid.documents[r.doc].lang;
    return {
      doc: r.doc,
      lang,
      row: r.row,
      unit: r.unit,
      start: r.span.start,
      end: r.span.end,
      surface: r.span.surface,
      base: r.span.acronym ? r.span.surface : baseOf(r.span.surface, lang, knownByDoc.get(r.doc) ?? new Set()),
      type: r.span.type,
      acronym: r.span.acronym,
    };
  });
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface FormGroup {
  doc: number;
  lang: LangCode;
  base: string;
  key: string;
  acronym: string | null;
  mentions: Mention[];
  /** Each mention's index in grid order (`findMentions`), for ordering mentions within a cell. */
  seqs: number[];
  rows: Set<string>;
  types: EntityType[];
}

const TYPE_ORDER: readonly EntityType[] = ['organisation', 'person', 'place', 'other'];

/** Linking threshold on skeleton similarity (1 − edit distance / length) for forms sharing a row. */
export const LINK_SIMILARITY = 0.72;

/** Rows in which two acronyms must stand at the same place before they are linked by position. */
export const POSITION_LINK_ROWS = 2;

/**
 * Links acronyms of one organisation that no table knows to be one (APCC, EPCA, ΕΣΕΣΣ, СЗПС) by where they stand
 * in the aligned rows: in each row and each pair of versions, the acronyms not already linked to an acronym on
 * the other side are paired by their order of first appearance, when both sides have the same number of them
 * (one each: the only unlinked acronym of the row in either version). A pair seen in at least
 * `POSITION_LINK_ROWS` rows, and more often than either side is paired with anything else in the other
 * version, is one organisation, provided the two entities share no version (a version names an organisation by
 * one acronym). Deterministic.
 */
function linkAcronymsByPosition(groups: readonly FormGroup[], uf: UnionFind): void {
  // Per row and version, the acronym groups in cell order (a group's mentions are in grid order).
  const perRow = new Map<string, Map<number, { g: number; at: number }[]>>();
  groups.forEach((g, i) => {
    if (!g.acronym) return;
    g.mentions.forEach((m, k) => {
      let byDoc = perRow.get(m.row);
      if (!byDoc) perRow.set(m.row, (byDoc = new Map()));
      const list = byDoc.get(m.doc) ?? [];
      list.push({ g: i, at: g.seqs[k] });
      byDoc.set(m.doc, list);
    });
  });
  // votes: "rootA|rootB|docB" → rows in which rootA (in some version) faces rootB in version docB.
  const votes = new Map<string, Set<string>>();
  const vote = (a: number, b: number, docB: number, row: string) => {
    const k = `${a}|${b}|${docB}`;
    const set = votes.get(k) ?? new Set<string>();
    set.add(row);
    votes.set(k, set);
  };
  for (const [row, byDoc] of perRow) {
    const docs = [...byDoc.keys()].sort((a, b) => a - b);
    for (let x = 0; x < docs.length; x++) {
      for (let y = x + 1; y < docs.length; y++) {
        const rootsOf = (doc: number) => {
          const seen: number[] = [];
          const sorted = [...(byDoc.get(doc) ?? [])].sort((p, q) => p.at - q.at);
          for (const { g } of sorted) {
            const r = uf.find(g);
            if (!seen.includes(r)) seen.push(r);
          }
          return seen;
        };
        const a = rootsOf(docs[x]);
        const b = rootsOf(docs[y]);
        const restA = a.filter((r) => !b.includes(r));
        const restB = b.filter((r) => !a.includes(r));
        if (restA.length === 0 || restA.length !== restB.length) continue;
        restA.forEach((r, i) => {
          vote(r, restB[i], docs[y], row);
          vote(restB[i], r, docs[x], row);
        });
      }
    }
  }
  const docsOf = new Map<number, Set<number>>();
  groups.forEach((g, i) => {
    const r = uf.find(i);
    const set = docsOf.get(r) ?? new Set<number>();
    set.add(g.doc);
    docsOf.set(r, set);
  });
  const entries = [...votes.entries()].map(([k, rows]) => {
    const [a, b, docB] = k.split('|').map(Number);
    return { a, b, docB, n: rows.size };
  });
  const pairs = entries.filter((p) => p.n >= POSITION_LINK_ROWS).sort((p, q) => q.n - p.n || p.a - q.a || p.b - q.b || p.docB - q.docB);
  for (const p of pairs) {
    // A rival: the one acronym paired as often with another in that version, or the other with another acronym
    // in a version of the first.
    const docsA = docsOf.get(p.a);
    const rival = entries.some((e) => e.n >= p.n && ((e.a === p.a && e.docB === p.docB && e.b !== p.b) || (e.a === p.b && e.b !== p.a && docsA?.has(e.docB) === true)));
    if (rival) continue;
    const ra = uf.find(p.a);
    const rb = uf.find(p.b);
    if (ra === rb) continue;
    const da = docsOf.get(ra) ?? new Set<number>();
    const db = docsOf.get(rb) ?? new Set<number>();
    if ([...da].some((d) => db.has(d))) continue;
    uf.union(ra, rb);
    const merged = new Set([...da, ...db]);
    docsOf.set(uf.find(ra), merged);
  }
}

/**
 * Proper names of every version, linked into entities across versions and scripts: forms of one version are
 * grouped by their inflection-stripped spelling; forms are linked across versions when their skeleton keys are
 * close and they occur in a common row, or when they are the same known acronym; within a version a lone surname
 * joins the full name that ends with it (Tokaev → Kasîm Jomart Tokaev). Entities are sorted by first occurrence;
 * ids are hashes of the entity key. Deterministic; never throws on input.
 */
export function extractNames(grid: AlignmentGrid, docs: readonly ParsedDocument[]): NameEntity[] {
  const mentions = findMentions(grid, docs);
  const groups: FormGroup[] = [];
  const byKey = new Map<string, FormGroup>();
  for (const [seq, m] of mentions.entries()) {
    const k = `${m.doc}\u0000${m.base.toLowerCase()}`;
    let g = byKey.get(k);
    if (!g) {
      g = { doc: m.doc, lang: m.lang, base: m.base, key: m.acronym ? `=${m.acronym}` : skeletonKey(m.base, m.lang), acronym: m.acronym, mentions: [], seqs: [], rows: new Set(), types: [] };
      byKey.set(k, g);
      groups.push(g);
    }
    g.mentions.push(m);
    g.seqs.push(seq);
    g.rows.add(m.row);
    g.types.push(m.type);
  }
  const uf = new UnionFind(groups.length);
  // Within a version: a one-word form joins the multi-word form it ends (surname) when they share the key's tail.
  for (let a = 0; a < groups.length; a++) {
    for (let b = 0; b < groups.length; b++) {
      const ga = groups[a];
      const gb = groups[b];
      if (a === b || ga.doc !== gb.doc || ga.acronym || gb.acronym) continue;
      const wa = ga.key.split(' ');
      const wb = gb.key.split(' ');
      if (wa.length === 1 && wb.length >= 2 && wb[wb.length - 1] === wa[0] && wa[0].length >= 4 && gb.types.includes('person') && !lexiconFor(gb.lang).capitalisesNouns) uf.union(a, b);
    }
  }
  // Across versions.
  for (let a = 0; a < groups.length; a++) {
    for (let b = a + 1; b < groups.length; b++) {
      const ga = groups[a];
      const gb = groups[b];
      if (ga.doc === gb.doc) continue;
      if (ga.acronym || gb.acronym) {
        if (ga.acronym && ga.acronym === gb.acronym) uf.union(a, b);
        continue;
      }
      if (ga.key.split(' ').length !== gb.key.split(' ').length) continue;
      let shared = false;
      for (const r of ga.rows) if (gb.rows.has(r)) shared = true;
      if (!shared) continue;
      if (similarity(ga.key, gb.key) >= LINK_SIMILARITY) uf.union(a, b);
    }
  }
  linkAcronymsByPosition(groups, uf);
  const clusters = new Map<number, FormGroup[]>();
  groups.forEach((g, i) => {
    const r = uf.find(i);
    const list = clusters.get(r) ?? [];
    list.push(g);
    clusters.set(r, list);
  });
  const entities: NameEntity[] = [];
  for (const list of clusters.values()) {
    const types = list.flatMap((g) => g.types);
    const type = TYPE_ORDER.find((t) => types.includes(t) && t !== 'other') ?? 'other';
    // With several versions, a capitalised word of unknown kind that no other version has is most likely a
    // common noun some languages capitalise (EL "Συνεργασία", BG "Споразумението" at the start of a phrase).
    if (grid.documents.length > 1 && type === 'other' && new Set(list.map((g) => g.doc)).size === 1) continue;
    // A lone capitalised German word with no link to another version is most likely a common noun.
    if (list.every((g) => lexiconFor(g.lang).capitalisesNouns && !g.acronym)) continue;
    const longest = [...list].sort((x, y) => y.key.length - x.key.length || x.doc - y.doc)[0];
    // An organisation known by a canonical acronym keeps that key (and so its id, which accepted spellings are
    // stored under) when position linking adds local acronyms to it (EPCA with ΕΣΕΣΣ, СЗПС).
    const canonical = list.find((g) => g.acronym !== null && g.acronym in ACRONYMS);
    const key = canonical ? canonical.key : longest.key;
    const forms: NameForm[] = list
      .sort((x, y) => x.doc - y.doc || y.mentions.length - x.mentions.length || x.base.localeCompare(y.base))
      .map((g) => {
        // Kazakh Latin-alphabet spellings (Bostandyq, Qaharman) are the owners' own: no convention applies.
        // Organisations named with a head word ("Collective Security Treaty Organisation") are translated, not
        // transliterated.
        const hasHead = g.base.split(/\s+/u).some((w) => lexiconFor(g.lang).orgHeads.includes(w.toLowerCase()));
        // Only people and places carry a transliterated Russian or Kazakh name; organisations keep the Latin name
        // they chose (Koshe Partiyasy, Femina Virtute) and other capitalised words are not names of that kind.
        // The form's own reading decides, not the entity's: another version may call it something else.
        const formType = TYPE_ORDER.find((t) => g.types.includes(t)) ?? 'other';
        // A Greek word or exonym (Ευρώπη, a Greek person's name) is not a transcription of a Russian name.
        const script = scriptOf(g.lang);
        const exempt =
          g.acronym !== null ||
          /q/iu.test(g.base) ||
          hasHead ||
          formType === 'organisation' ||
          formType === 'other' ||
          (formType === 'place' && script === 'latin' && !looksTransliterated(g.base)) ||
          (script === 'greek' && hasGreekOnlySpelling(g.base));
        let verdict: ConventionVerdict = exempt ? { conventional: null } : conventionVerdict(g, list);
        if (!exempt && formType === 'place' && script !== 'latin') verdict = placeVerdict(verdict, g, list);
        const occurrences: NameOccurrence[] = g.mentions.map((m) => ({ doc: m.doc, row: m.row, unit: m.unit, start: m.start, end: m.end }));
        return {
          lang: g.lang,
          doc: g.doc,
          text: g.base,
          count: g.mentions.length,
          conventional: verdict.conventional,
          ...(verdict.expected ? { expected: verdict.expected } : {}),
          ...(verdict.conventional !== null && verdict.confidence ? { confidence: verdict.confidence } : {}),
          ...(verdict.conventional !== null && verdict.sources ? { sources: verdict.sources } : {}),
          occurrences,
        };
      });
    entities.push({ id: `name-${stableHash(`${type}|${key}`)}`, type, key, forms });
  }
  const firstIndex = (e: NameEntity) => Math.min(...e.forms.flatMap((f) => f.occurrences.map((o) => rowIndex(grid, o.row) * 1e6 + o.start)));
  return entities.sort((a, b) => firstIndex(a) - firstIndex(b) || a.id.localeCompare(b.id));
}

/** Versions whose spelling of a name shows its Russian letters: Cyrillic (Bulgarian) first, then Greek. */
const SOURCE_LANGS: readonly LangCode[] = ['bg', 'el'];

/**
 * A form's verdict, derived from the entity's Bulgarian and Greek spellings in the other versions when there are
 * any (`checkConventionFrom`: certain), else inferred from the form alone (`checkConvention`: likely). Sources are
 * the cluster's other forms written in those scripts, not its acronyms or organisation names (which translate).
 */
function conventionVerdict(g: FormGroup, cluster: readonly FormGroup[]): ConventionVerdict {
  const sources = cluster
    .filter((o) => o.doc !== g.doc && !o.acronym && SOURCE_LANGS.includes(o.lang) && !o.types.includes('organisation'))
    .sort((a, b) => SOURCE_LANGS.indexOf(a.lang) - SOURCE_LANGS.indexOf(b.lang) || a.doc - b.doc || b.mentions.length - a.mentions.length)
    .map((o) => ({ lang: o.lang, text: o.base }));
  return sources.length > 0 ? checkConventionFrom(g.base, g.lang, sources) : checkConvention(g.base, g.lang);
}

/**
 * A Greek or Bulgarian place: transliterated name or exonym? Latin versions say it by their spelling (see
 * `looksTransliterated`), a Greek one by using only transcription letters (`hasGreekOnlySpelling`). A Greek form
 * that breaks the convention while every Latin version spells the place like an exonym (Μόσχα / Moscow) is an
 * exonym, not an error. A Bulgarian form passes whenever it uses only Bulgarian letters (Русия reads back as
 * itself), so a pass counts only when another version shows the name is a transliteration; a failure (ы, э, ё in a
 * Bulgarian text) is an error either way.
 */
function placeVerdict(verdict: ConventionVerdict, g: FormGroup, cluster: readonly FormGroup[]): ConventionVerdict {
  const others = cluster.filter((o) => o.doc !== g.doc && !o.acronym);
  const latin = others.filter((o) => scriptOf(o.lang) === 'latin');
  const latinSaysTransliterated = latin.some((o) => looksTransliterated(o.base));
  const greekSaysTransliterated = others.some(
    (o) => scriptOf(o.lang) === 'greek' && !hasGreekOnlySpelling(o.base) && checkConvention(o.base, o.lang).conventional === true,
  );
  const script = scriptOf(g.lang);
  switch (script) {
    case 'greek':
      return verdict.conventional === false && latin.length > 0 && !latinSaysTransliterated ? { conventional: null } : verdict;
    case 'cyrillic':
      return verdict.conventional === true && !latinSaysTransliterated && !greekSaysTransliterated ? { conventional: null } : verdict;
    case 'latin':
      return verdict;
    default:
      return missingCase(script);
  }
}

function rowIndex(grid: AlignmentGrid, key: string): number {
  const i = grid.rows.findIndex((r) => r.key === key);
  return i < 0 ? grid.rows.length : i;
}

/**
 * Whether a place or organisation name shows traces of a transliteration (English-style digraphs, y, w, gi/ge before
 * a vowel): only those are checked against the convention, so that established
 * exonyms (Moscova, Rusia) are left alone. Names of people are always checked.
 */
export function looksTransliterated(form: string): boolean {
  const f = form.toLowerCase();
  return /(sh|zh|kh|ch|ts|tch|y|w|g[ie][aou])/u.test(f);
}
