import type { ParsedDocument, Unit } from '../model/document.js';
import { footnoteId } from '../model/document.js';
import type { RowFlag, Segment } from '../model/alignment.js';
import { missingCase } from '../errors.js';
import { normaliseLabel, recitalOrdinal } from '../lang/lettering.js';
import { PROFILES } from '../lang/profiles/index.js';
import type { AnchorExtractors, Features, PairContext } from './evidence.js';
import { asPartial, combine, endsOpen, featuresOf, idfWeights, isCutShort, scorePair } from './evidence.js';
import type { SequenceCosts, SequenceStep } from './sequence.js';
import { alignSequence } from './sequence.js';

/** The sequences aligned separately, in document order. Paragraphs and the closing paragraph share a numbering. */
export const GROUPS = ['title', 'opening', 'citation', 'recital', 'numbered', 'footnote'] as const;
export type Group = (typeof GROUPS)[number];

/** A unit or footnote as the aligner handles it. */
export interface Item {
  readonly seg: Segment;
  readonly features: Features;
  /** The structural slot the label names: recital ordinal from its letter, paragraph or footnote number; null if none. */
  readonly slot: number | null;
}

/** The aligned group a unit belongs to. */
export function groupOf(u: Unit): Group {
  switch (u.kind) {
    case 'title':
    case 'opening':
    case 'citation':
    case 'recital':
      return u.kind;
    case 'paragraph':
    case 'closing':
      return 'numbered';
    default:
      return missingCase(u.kind);
  }
}

function slotOf(doc: ParsedDocument, u: Unit): number | null {
  if (u.label === null) return null;
  if (u.kind === 'recital') {
    const scheme = PROFILES[doc.lang]?.lettering ?? 'latin';
    return recitalOrdinal(scheme, normaliseLabel(scheme, u.label));
  }
  const n = Number(u.label);
  return Number.isInteger(n) ? n : null;
}

/**
 * Splits a document into the aligned groups, with features. The last unit of the text is marked `partial` when it
 * stops without the punctuation a unit ends with (`endsOpen`): the text was cut off inside it, so it is compared
 * as the start of its partner. Deterministic.
 */
export function itemsOf(doc: ParsedDocument, ex: AnchorExtractors): Record<Group, Item[]> {
  const out: Record<Group, Item[]> = { title: [], opening: [], citation: [], recital: [], numbered: [], footnote: [] };
  doc.units.forEach((u, k) => {
    const features = featuresOf(u.text, doc.lang, u.calls.map((c) => c.n), ex);
    const cut = k === doc.units.length - 1 && u.kind !== 'title' && u.kind !== 'opening' && endsOpen(u.text);
    out[groupOf(u)].push({
      seg: { id: u.id, kind: u.kind, label: u.label, ordinal: u.ordinal, text: u.text },
      features: cut ? asPartial(features) : features,
      slot: slotOf(doc, u),
    });
  });
  for (const f of doc.footnotes) {
    out.footnote.push({
      seg: { id: footnoteId(f.n), kind: 'footnote', label: String(f.n), ordinal: f.n, text: f.text },
      features: featuresOf(f.text, doc.lang, [], ex),
      slot: f.n,
    });
  }
  return out;
}

/** Whether two items sit in the same structural slot (label, number, or position for unlabelled units). */
export function sameSlot(a: readonly Item[], b: readonly Item[], i: number, j: number): boolean {
  const x = a[i];
  const y = b[j];
  if (x.slot !== null && y.slot !== null) return x.slot === y.slot;
  return i === j;
}

/**
 * The expected length ratio between two documents' texts (version characters per pivot character), measured on
 * the units both have in the same structural slot (label, number, or position when unlabelled), leaving out a
 * unit cut short. Whole-document totals would be wrong for a version that ends early or starts late: a version
 * holding half the text would make every unit look half as long as its partner, and the aligner would merge
 * pairs to make up the difference. Falls back to the totals when no slots correspond.
 */
export function lengthRatio(a: Record<Group, Item[]>, b: Record<Group, Item[]>): number {
  let la = 0;
  let lb = 0;
  for (const g of GROUPS) {
    const bySlot = new Map<number, Item>();
    for (const y of b[g]) if (y.slot !== null && !bySlot.has(y.slot)) bySlot.set(y.slot, y);
    a[g].forEach((x, i) => {
      const y = x.slot !== null && bySlot.size > 0 ? bySlot.get(x.slot) : b[g][i];
      if (!y || x.features.partial || y.features.partial) return;
      la += x.features.length;
      lb += y.features.length;
    });
  }
  if (la > 0 && lb > 0) return lb / la;
  for (const g of GROUPS) {
    for (const it of a[g]) la += it.features.length;
    for (const it of b[g]) lb += it.features.length;
  }
  return la > 0 && lb > 0 ? lb / la : 1;
}

export function pairContext(a: readonly Item[], b: readonly Item[], ratio: number, callsComparable = true): PairContext {
  const bags = [...a, ...b];
  return {
    ratio,
    callsComparable,
    numberWeight: idfWeights(bags.map((x) => x.features.numbers)),
    nameWeight: idfWeights(bags.map((x) => x.features.names)),
  };
}

/** Below this similarity a structurally plausible pair is still flagged `low-confidence`. */
export const LOW_SIMILARITY = 0.4;
/** A neighbour matching this much better than the chosen partner makes a pair `low-confidence`. */
export const NEIGHBOUR_MARGIN = 0.25;

/** How flags and details name a unit: its id, and its label where it has one (citations are unlabelled). */
export function describeSegment(seg: Segment): string {
  return `${seg.id}${seg.label !== null && seg.kind !== 'citation' ? ` (${seg.label})` : ''}`;
}

/** What one version contributes to the rows of one pivot group. */
export interface GroupAlignment {
  /**
   * Per pivot item: the version's segments, flags about the version, and a confidence. `pivotCut` is set where
   * the pivot's unit is the one cut short (its text stops inside it, the version's partner is clearly longer):
   * the caller flags that once for the pivot (see `alignDocuments`), whatever the number of versions.
   */
  readonly rows: readonly { readonly cell: Segment[]; readonly flags: RowFlag[]; readonly confidence: number; readonly pivotCut?: true }[];
  /** Version items no pivot item took: after which pivot item (−1 = before the first) they go. */
  readonly extras: readonly { readonly after: number; readonly item: Item; readonly confidence: number }[];
}

/**
 * Aligns one group of a version (`b`, document `doc`) to the pivot's (`a`) and turns the steps into row
 * contributions with flags: `missing`, `extra`, `split`, `merged`, `relabelled` (paired, labels differ) and
 * `low-confidence` (paired by structure and content, but the evidence is weak or a neighbour fits better) and
 * `truncated` (the version's text stops inside its unit: a `partial` item clearly shorter than its partner; weak
 * evidence is then expected and not also flagged). The mirror case, the pivot's last unit cut short against the
 * version's, is not a flag about the version: the row is marked `pivotCut` (and weak evidence is not flagged
 * either). `callsComparable` is false when only one of the two documents has footnotes (see `PairContext`).
 */
export function alignGroup(
  a: readonly Item[],
  b: readonly Item[],
  doc: number,
  lang: string,
  ratio: number,
  costs: SequenceCosts,
  callsComparable = true,
): GroupAlignment {
  const ctx = pairContext(a, b, ratio, callsComparable);
  // A document has one title and one opening line: when both versions have it, they pair whatever the content
  // says (a title with the adoption date against one without is still the title; the checks report the date).
  if (a.length === 1 && b.length === 1 && (a[0].seg.kind === 'title' || a[0].seg.kind === 'opening')) {
    return { rows: [{ cell: [b[0].seg], flags: [], confidence: round(scorePair(a[0].features, b[0].features, ctx).sim) }], extras: [] };
  }
  const steps: SequenceStep[] = alignSequence(a.map((x) => x.features), b.map((x) => x.features), ctx, (i, j) => sameSlot(a, b, i, j), costs);
  const rows: { cell: Segment[]; flags: RowFlag[]; confidence: number; pivotCut?: true }[] = a.map(() => ({ cell: [], flags: [], confidence: 1 }));
  const extras: { after: number; item: Item; confidence: number }[] = [];
  const sim = (i: number, j: number) => (i >= 0 && j >= 0 && i < a.length && j < b.length ? scorePair(a[i].features, b[j].features, ctx).sim : 0);
  const bestAgainst = (f: (k: number) => number, count: number) => {
    let best = 0;
    for (let k = 0; k < count; k++) best = Math.max(best, f(k));
    return best;
  };
  const describe = (it: Item) => describeSegment(it.seg);
  // The version's unit the text stops in, when `whole` (pivot side, possibly two units) is clearly longer.
  const cutShort = (whole: Features, y: Item) => y.features.partial === true && isCutShort(whole, y.features, ratio);
  // The pivot's unit its text stops in, when the version's side is clearly longer (the ratio read the other way).
  const pivotCutShort = (x: Features, whole: Features) => x.partial === true && isCutShort(whole, x, 1 / ratio);
  const truncated = (x: Item, y: Item): RowFlag => ({
    flag: 'truncated',
    doc,
    detail: `${lang} stops inside ${describe(y)} after “…${y.seg.text.slice(-40).trimStart()}”: only the start of ${describe(x)} is there`,
  });
  let lastA = -1;
  for (const s of steps) {
    switch (s.op) {
      case 'pair': {
        const [i] = s.a;
        const [j] = s.b;
        lastA = i;
        const row = rows[i];
        row.cell.push(b[j].seg);
        const conf = s.score.sim;
        row.confidence = round(conf);
        const x = a[i];
        const y = b[j];
        if (x.slot !== null && y.slot !== null && x.slot !== y.slot) {
          row.flags.push({ flag: 'relabelled', doc, detail: `${lang} labels it ${y.seg.label} where the pivot has ${x.seg.label}` });
        }
        // A cut-off fragment fits any longer unit about as well, so it is no rival worth a flag.
        const rival = (k: number, l: number) => (a[k]?.features.partial || b[l]?.features.partial ? 0 : sim(k, l));
        const neighbour = Math.max(rival(i, j - 1), rival(i, j + 1), rival(i - 1, j), rival(i + 1, j));
        const contradicted =
          (s.score.calls !== null && s.score.calls < 0.5) ||
          (s.score.numbers !== null && s.score.numbers < 0.2 && x.features.numbers.length >= 2 && y.features.numbers.length >= 2);
        const versionCut = cutShort(x.features, y);
        const pivotCut = !versionCut && pivotCutShort(x.features, y.features);
        const cut = versionCut || pivotCut;
        if (versionCut) row.flags.push(truncated(x, y));
        if (pivotCut) row.pivotCut = true;
        // The cells do not say the same thing: one of them has only the start of it.
        if (cut) row.confidence = round(Math.min(conf, 0.5));
        // A fragment carries little evidence and fits many units about as well: only a contradiction counts.
        const weak = !cut && conf < LOW_SIMILARITY && x.seg.kind !== 'title' && x.seg.kind !== 'opening';
        if (weak || (!cut && neighbour > conf + NEIGHBOUR_MARGIN) || contradicted) {
          const why = weak ? 'the content evidence is weak' : contradicted ? 'numbers or footnote calls differ' : 'a neighbouring unit fits better';
          row.flags.push({ flag: 'low-confidence', doc, detail: `${describe(x)} ↔ ${lang} ${describe(y)}: ${why}` });
          row.confidence = round(Math.min(conf, 0.5));
        }
        break;
      }
      case 'split': {
        const [i] = s.a;
        lastA = i;
        const row = rows[i];
        for (const j of s.b) row.cell.push(b[j].seg);
        row.confidence = round(s.score.sim);
        row.flags.push({ flag: 'split', doc, detail: `${lang} splits ${describe(a[i])} into ${s.b.map((j) => describe(b[j])).join(' and ')}` });
        const last = b[s.b[1]];
        if (last.features.partial && isCutShort(a[i].features, combine(b[s.b[0]].features, last.features), ratio)) row.flags.push(truncated(a[i], last));
        break;
      }
      case 'merge': {
        const [i, i2] = s.a;
        const [j] = s.b;
        lastA = i2;
        rows[i].cell.push(b[j].seg);
        const detail = `${lang} merges ${describe(a[i])} and ${describe(a[i2])} into ${describe(b[j])}`;
        for (const k of s.a) {
          rows[k].confidence = round(s.score.sim);
          rows[k].flags.push({ flag: 'merged', doc, detail });
        }
        if (cutShort(combine(a[i].features, a[i2].features), b[j])) rows[i2].flags.push(truncated(a[i2], b[j]));
        else if (pivotCutShort(combine(a[i].features, a[i2].features), b[j].features)) rows[i2].pivotCut = true;
        break;
      }
      case 'delete': {
        const [i] = s.a;
        lastA = i;
        rows[i].confidence = round(1 - bestAgainst((k) => sim(i, k), b.length) / 2);
        rows[i].flags.push({ flag: 'missing', doc, detail: `${lang} has nothing for ${describe(a[i])}` });
        break;
      }
      case 'insert': {
        const [j] = s.b;
        extras.push({ after: lastA, item: b[j], confidence: round(1 - bestAgainst((k) => sim(k, j), a.length) / 2) });
        break;
      }
      default:
        missingCase(s);
    }
  }
  return { rows, extras };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}

/**
 * Groups the version items beyond one edge of the pivot's text (per document, in its order; empty for the pivot)
 * into rows across the versions, as the rows of a pivot that went on would be: `tail` (default) for the items
 * after the pivot's end, `head` for those before its start (a pivot that starts late). Items in the same
 * structural slot (recital letter, paragraph or footnote number) share a row; unlabelled ones (citations, a title)
 * pair by their distance from the pivot's edge (the first after its end, the last before its start); rows come in
 * document order (slot, else that position). Two items of one version in one slot (a version that numbers twice)
 * get a row each. Deterministic.
 */
export function tailRows(
  tails: readonly (readonly { readonly item: Item; readonly confidence: number }[])[],
  side: 'head' | 'tail' = 'tail',
): { cells: (Item | null)[]; confidence: number }[] {
  const rows = new Map<string, { order: number; seq: number; cells: (Item | null)[]; confidence: number }>();
  tails.forEach((list, d) =>
    list.forEach((e, pos) => {
      // Before the pivot's start the distance counts backwards: the unit just before it is the nearest.
      const away = side === 'tail' ? pos : list.length - 1 - pos;
      const base = e.item.slot !== null ? `s${e.item.slot}` : `p${away}`;
      let key = base;
      let row = rows.get(key);
      for (let k = 2; row && row.cells[d]; k++) row = rows.get((key = `${base}#${k}`));
      if (!row) {
        row = { order: e.item.slot ?? (side === 'tail' ? away : -away), seq: rows.size, cells: tails.map(() => null), confidence: 1 };
        rows.set(key, row);
      }
      row.cells[d] = e.item;
      row.confidence = Math.min(row.confidence, e.confidence);
    }),
  );
  return [...rows.values()].sort((x, y) => x.order - y.order || x.seq - y.seq).map(({ cells, confidence }) => ({ cells, confidence }));
}
