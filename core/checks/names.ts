import type { Finding, MessageRef, NameEntity, NameForm, Span } from '../model/findings.js';
import { missingCase } from '../errors.js';
import { findMentions } from '../names/extract.js';
import { lexiconFor } from '../names/lexicon.js';
import type { Mention } from '../names/extract.js';
import { skeletonKey } from '../names/translit/index.js';
import { similarity } from '../names/util.js';
import { makeFinding, spanOf } from './finding.js';
import { langLabel } from './compare-values.js';
import type { Check, CheckContext } from './types.js';

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/ş/g, 'ș').replace(/ţ/g, 'ț');

function cellText(ctx: CheckContext, row: string, doc: number, unit: string): string {
  const r = ctx.grid.rows.find((x) => x.key === row);
  return r?.cells[doc].find((s) => s.id === unit)?.text ?? '';
}

function mentionSpan(ctx: CheckContext, m: { doc: number; row: string; unit: string; start: number; end: number }): Span {
  return spanOf(m.doc, ctx.lang(m.doc), m.unit, cellText(ctx, m.row, m.doc, m.unit), m.start, m.end);
}

/** A word of a name with where it sits (inside a mention). */
interface WordHit {
  readonly mention: Mention;
  readonly surface: string;
  readonly start: number;
  readonly end: number;
}

function wordsOf(m: Mention): WordHit[] {
  const out: WordHit[] = [];
  const baseWords = m.base.split(/\s+/u);
  let k = 0;
  for (const w of m.surface.matchAll(/\S+/gu)) {
    const base = baseWords[k++] ?? w[0];
    out.push({ mention: m, surface: base, start: m.start + w.index, end: m.start + w.index + w[0].length });
  }
  return out;
}

function rowOrder(ctx: CheckContext, key: string): number {
  const i = ctx.grid.rows.findIndex((r) => r.key === key);
  return i < 0 ? ctx.grid.rows.length : i;
}

/** The same name written two ways inside one version, word by word (a given name written two ways counts). */
function variants(ctx: CheckContext, mentions: readonly Mention[]): Finding[] {
  const out: Finding[] = [];
  const byDoc = new Map<number, Map<string, Map<string, WordHit[]>>>();
  for (const m of mentions) {
    if (m.acronym) continue;
    // German capitalises every noun ("Förderung", "Forderung"): only names typed by a cue count there.
    if (lexiconFor(m.lang).capitalisesNouns && m.type !== 'person' && m.type !== 'place') continue;
    for (const w of wordsOf(m)) {
      if (w.surface.length < 3) continue;
      const skel = skeletonKey(w.surface, m.lang);
      if (skel.length < 3) continue;
      let bySkel = byDoc.get(m.doc);
      if (!bySkel) byDoc.set(m.doc, (bySkel = new Map()));
      let bySurface = bySkel.get(skel);
      if (!bySurface) bySkel.set(skel, (bySurface = new Map()));
      const key = fold(w.surface);
      const list = bySurface.get(key) ?? [];
      list.push(w);
      bySurface.set(key, list);
    }
  }
  for (const [doc, bySkel] of byDoc) {
    for (const bySurface of bySkel.values()) {
      if (bySurface.size < 2) continue;
      const order = (w: WordHit) => rowOrder(ctx, w.mention.row) * 1e6 + w.start;
      const ranked = [...bySurface.values()].sort((a, b) => b.length - a.length || order(a[0]) - order(b[0]));
      const main = ranked[0][0];
      for (const minority of ranked.slice(1)) {
        const rows = new Map<string, WordHit[]>();
        for (const w of minority) rows.set(w.mention.row, [...(rows.get(w.mention.row) ?? []), w]);
        for (const [row, hits] of rows) {
          const spans = [...hits, main].map((w) => mentionSpan(ctx, { ...w.mention, start: w.start, end: w.end }));
          out.push(makeFinding('name-variant', 'warning', row, spans, { key: 'name.variant', params: { a: hits[0].surface, b: main.surface, langA: langLabel(ctx, doc) } }));
        }
      }
    }
  }
  return out;
}

function wordSkeletons(e: NameEntity, ctx: CheckContext): string[] {
  const out = new Set<string>();
  for (const f of e.forms) for (const w of f.text.split(/\s+/u)) if (w.length >= 3) out.add(skeletonKey(w, ctx.lang(f.doc)).replace(/ /g, ''));
  return [...out].filter((s) => s.length >= 3);
}

/** Whether some word of `text` (any case, any inflection) looks like one of the entity's words. */
function appearsIn(text: string, skels: readonly string[], lang: ReturnType<CheckContext['lang']>): boolean {
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const ws = skeletonKey(m[0], lang).replace(/ /g, '');
    if (ws.length < 3) continue;
    for (const s of skels) {
      const stem = s.slice(0, Math.max(3, s.length - 2));
      if (ws.startsWith(stem) || similarity(ws, s) >= 0.75) return true;
    }
  }
  return false;
}

/** An entity in one version's row and not in another's (looked for in any case and inflection). */
function missing(ctx: CheckContext, entities: readonly NameEntity[]): Finding[] {
  const out: Finding[] = [];
  for (const e of entities) {
    if (e.key.startsWith('=') || e.type === 'other') continue; // acronyms: local forms and spelled-out names vary too much to say
    const docsNaming = new Set(e.forms.map((f) => f.doc));
    // Linked across versions, or a person in a two-version comparison: otherwise capitalised common words of one
    // language (EL "Ανθρωπίνων Δικαιωμάτων") would be reported as names every other version lacks.
    if (docsNaming.size < 2 && !(e.type === 'person' && ctx.grid.documents.length === 2)) continue;
    const skels = wordSkeletons(e, ctx);
    if (skels.length === 0) continue;
    const rows = new Map<string, { doc: number; row: string; unit: string; start: number; end: number }[]>();
    for (const f of e.forms) for (const o of f.occurrences) rows.set(o.row, [...(rows.get(o.row) ?? []), o]);
    for (const [rowKey, occ] of rows) {
      const row = ctx.grid.rows.find((r) => r.key === rowKey);
      if (!row) continue;
      const has = new Set(occ.map((o) => o.doc));
      for (let doc = 0; doc < row.cells.length; doc++) {
        if (has.has(doc) || row.cells[doc].length === 0) continue;
        // Only where the version names the entity elsewhere, or the entity is a person: otherwise the version may
        // simply translate the name (an organisation) or the extractor missed it there.
        if (e.type !== 'person' && !e.forms.some((f) => f.doc === doc)) continue;
        const text = row.cells[doc].map((s) => s.text).join('\n');
        if (appearsIn(text, skels, ctx.lang(doc))) continue;
        const first = new Map<number, (typeof occ)[number]>();
        for (const o of occ) if (!first.has(o.doc)) first.set(o.doc, o);
        const spans = [...first.values()].map((o) => mentionSpan(ctx, o));
        out.push(
          makeFinding('name-missing', 'warning', rowKey, spans, { key: 'name.missing', params: { a: spans[0].text, langA: spans[0].lang.toUpperCase(), langB: langLabel(ctx, doc) } }, [
            { doc, lang: ctx.lang(doc) },
          ]),
        );
      }
    }
  }
  return out;
}

/**
 * The message of a convention finding, by how sure the verdict is: `name.convention` when derived from the
 * Bulgarian/Greek spelling (certain), `name.convention.possible` when those spellings disagree or break their own
 * convention, `name.convention.likely` when inferred from the form alone. `sources` reads "BG Асхат, EL Ασχάτ".
 */
export function conventionMessage(f: NameForm, langA: string): MessageRef {
  const params = { a: f.text, b: f.expected ?? '', langA, sources: (f.sources ?? []).map((s) => `${s.lang.toUpperCase()} ${s.text}`).join(', ') };
  switch (f.confidence) {
    case 'certain':
    case undefined:
      return f.sources?.length ? { key: 'name.convention', params } : { key: 'name.convention.likely', params };
    case 'possible':
      return { key: 'name.convention.possible', params };
    case 'likely':
      return { key: 'name.convention.likely', params };
    default:
      return missingCase(f.confidence);
  }
}

/** Spellings that break the version's transliteration convention, one finding per row where they occur. */
function convention(ctx: CheckContext, entities: readonly NameEntity[]): Finding[] {
  const out: Finding[] = [];
  for (const e of entities) {
    for (const f of e.forms) {
      if (f.conventional !== false || !f.expected) continue;
      const rows = new Map<string, Span[]>();
      for (const o of f.occurrences) rows.set(o.row, [...(rows.get(o.row) ?? []), mentionSpan(ctx, o)]);
      const message = conventionMessage(f, langLabel(ctx, f.doc));
      for (const [row, spans] of rows) out.push(makeFinding('name-convention', 'info', row, spans, message));
    }
  }
  return out;
}

/** Forms that differ, word by word, from the spelling a terminologist accepted for the entity and language. */
function accepted(ctx: CheckContext, entities: readonly NameEntity[]): Finding[] {
  const table = ctx.options.accepted;
  if (!table) return [];
  const out: Finding[] = [];
  for (const e of entities) {
    const rec = table[e.id] ?? table[e.key];
    if (!rec) continue;
    for (const f of e.forms) {
      const want = rec[f.lang];
      if (!want) continue;
      const wantWords = want.split(/[\s]+/u);
      const deviates = f.text.split(/\s+/u).some((w) => {
        const sk = skeletonKey(w, f.lang);
        const counterpart = wantWords.find((x) => x === w || similarity(skeletonKey(x, f.lang), sk) >= 0.75);
        return counterpart !== undefined && fold(counterpart) !== fold(w);
      });
      if (!deviates) continue;
      const rows = new Map<string, Span[]>();
      for (const o of f.occurrences) rows.set(o.row, [...(rows.get(o.row) ?? []), mentionSpan(ctx, o)]);
      for (const [row, spans] of rows) {
        out.push(makeFinding('name-accepted', 'warning', row, spans, { key: 'name.accepted', params: { a: f.text, b: want, langA: langLabel(ctx, f.doc) } }));
      }
    }
  }
  return out;
}

/** All name findings of the grid: variants, missing names, convention breaks and deviations from accepted spellings. */
export function nameFindings(ctx: CheckContext): Finding[] {
  const entities = ctx.entities();
  return [...variants(ctx, findMentions(ctx.grid, ctx.docs)), ...missing(ctx, entities), ...convention(ctx, entities), ...accepted(ctx, entities)];
}

/** The row's share of the whole-grid name findings. */
export const checkNames: Check = (row, ctx) => [...(ctx.gridFindings('names', () => nameFindings(ctx)).get(row.key) ?? [])];
