// Planted omitted and added sentences for the sentence check (core/checks/sentences.ts), used by the `checks`
// section of `npm run bench`. Edits are made on the parsed unofficial versions in memory (the unit's text, with its
// footnote calls moved along); the corpus files are never changed. The inserted sentences are made up for this
// bench (none is in the corpus or any real resolution).
import { alignDocuments, alignSentences, splitSentenceSpans } from '../../core/align/index.js';
import { checkGrid } from '../../core/checks/index.js';
import type { Finding, LangCode, ParsedDocument, Unit } from '../../core/index.js';
import { seededRandom } from './random.js';

/**
 * Made-up sentences per language: the first five are substantial (≥ 40 characters, ≥ 6 words), the last one is
 * short and should never be reported. Written for this bench; each line says the same in every language.
 */
export const MADE_UP: Partial<Record<LangCode, readonly string[]>> = {
  en: [
    'Notes with concern that the regional water authority postponed the publication of its annual audit without explanation.',
    'Recalls that independent observers were refused access to three district courts during the hearings.',
    'Encourages the national railway company to publish its procurement contracts in an open format.',
    'Welcomes the opening of a public library in the northern province, funded by local donors.',
    'Considers that the planned reform of municipal taxes should be discussed with civil society before its adoption.',
    'Regrets this delay.',
  ],
  fr: [
    'Constate avec inquiétude que l’autorité régionale de l’eau a reporté sans explication la publication de son audit annuel.',
    'Rappelle que des observateurs indépendants se sont vu refuser l’accès à trois tribunaux de district pendant les audiences.',
    'Encourage la compagnie nationale des chemins de fer à publier ses marchés publics dans un format ouvert.',
    'Se félicite de l’ouverture d’une bibliothèque publique dans la province du nord, financée par des donateurs locaux.',
    'Estime que la réforme prévue des impôts municipaux devrait être débattue avec la société civile avant son adoption.',
    'Déplore ce retard.',
  ],
  de: [
    'Stellt mit Sorge fest, dass die regionale Wasserbehörde die Veröffentlichung ihres jährlichen Prüfberichts ohne Begründung verschoben hat.',
    'Weist darauf hin, dass unabhängigen Beobachtern während der Anhörungen der Zugang zu drei Bezirksgerichten verweigert wurde.',
    'Ermutigt die staatliche Eisenbahngesellschaft, ihre Beschaffungsverträge in einem offenen Format zu veröffentlichen.',
    'Begrüßt die Eröffnung einer öffentlichen Bibliothek in der nördlichen Provinz, die von örtlichen Spendern finanziert wurde.',
    'Ist der Ansicht, dass die geplante Reform der Gemeindesteuern vor ihrer Annahme mit der Zivilgesellschaft erörtert werden sollte.',
    'Bedauert diese Verzögerung.',
  ],
  el: [
    'Σημειώνει με ανησυχία ότι η περιφερειακή αρχή υδάτων ανέβαλε χωρίς εξήγηση τη δημοσίευση του ετήσιου ελέγχου της.',
    'Υπενθυμίζει ότι σε ανεξάρτητους παρατηρητές απαγορεύτηκε η πρόσβαση σε τρία περιφερειακά δικαστήρια κατά τις ακροάσεις.',
    'Ενθαρρύνει την εθνική σιδηροδρομική εταιρεία να δημοσιεύει τις συμβάσεις προμηθειών της σε ανοικτό μορφότυπο.',
    'Χαιρετίζει το άνοιγμα μιας δημόσιας βιβλιοθήκης στη βόρεια επαρχία, που χρηματοδοτήθηκε από τοπικούς δωρητές.',
    'Θεωρεί ότι η σχεδιαζόμενη μεταρρύθμιση των δημοτικών φόρων πρέπει να συζητηθεί με την κοινωνία των πολιτών πριν από την έγκρισή της.',
    'Λυπάται για την καθυστέρηση.',
  ],
  bg: [
    'Отбелязва със загриженост, че регионалният орган по водите е отложил без обяснение публикуването на годишния си одит.',
    'Припомня, че на независими наблюдатели е бил отказан достъп до три районни съда по време на изслушванията.',
    'Насърчава националната железопътна компания да публикува договорите си за обществени поръчки в отворен формат.',
    'Приветства откриването на обществена библиотека в северната провинция, финансирана от местни дарители.',
    'Счита, че планираната реформа на общинските данъци следва да бъде обсъдена с гражданското общество преди приемането ѝ.',
    'Съжалява за забавянето.',
  ],
};

/**
 * `omission`: a sentence removed; `addition`: a made-up one inserted; `join`: two neighbouring sentences made one
 * (the full stop or semicolon between them turned into a comma); `split`: one sentence made two (the comma nearest
 * its middle turned into a full stop). A join or a split keeps all the content and must not be reported.
 */
export type SentenceEditKind = 'omission' | 'addition' | 'join' | 'split';

export interface SentenceEdit {
  readonly kind: SentenceEditKind;
  readonly doc: number;
  readonly lang: LangCode;
  readonly row: string;
  /** The removed or inserted sentence. */
  readonly sentence: string;
  /** The sentence a finding should name: the pivot's counterpart of a removed one (when paired 1–1), the inserted one. */
  readonly expected: string | null;
  readonly substantial: boolean;
}

export interface SentenceRun {
  readonly docs: ParsedDocument[];
  readonly edits: SentenceEdit[];
}

/** Replaces text[start, end) of a unit with `insert`, moving footnote calls after it and dropping those inside. */
function editUnit(u: Unit, start: number, end: number, insert: string): Unit {
  const text = u.text.slice(0, start) + insert + u.text.slice(end);
  const shift = insert.length - (end - start);
  const calls = u.calls.filter((c) => c.offset <= start || c.offset > end).map((c) => (c.offset > end ? { ...c, offset: c.offset + shift } : c));
  return { ...u, text, calls };
}

interface Candidate {
  readonly doc: number;
  readonly unit: Unit;
  readonly row: string;
  readonly pivotText: string;
}

/**
 * Runs of planted sentence edits: every unofficial version's units that have a row of their own (one segment in the
 * pivot's cell and in the version's) are edited once each, `perRun` units per version in a run. `omission` removes
 * one sentence of a unit of two or more; `addition` inserts one of MADE_UP at a sentence boundary (one in six
 * short). Deterministic for a seed.
 */
export function buildSentenceRuns(docs: readonly ParsedDocument[], kind: SentenceEditKind, perRun = 6, seed = 5): SentenceRun[] {
  const grid = alignDocuments(docs);
  const pivot = grid.pivot;
  const random = seededRandom(seed);
  const byDoc = new Map<number, Candidate[]>();
  for (const row of grid.rows) {
    const p = row.cells[pivot];
    if (p.length !== 1 || row.kind === 'footnote' || row.flags.length > 0) continue;
    row.cells.forEach((cell, doc) => {
      if (doc === pivot || docs[doc].official || cell.length !== 1) return;
      const unit = docs[doc].units.find((u) => u.id === cell[0].id);
      if (!unit) return;
      byDoc.set(doc, [...(byDoc.get(doc) ?? []), { doc, unit, row: row.key, pivotText: p[0].text }]);
    });
  }
  const editsByDoc = new Map<number, { unit: Unit; edited: Unit; edit: SentenceEdit }[]>();
  let inserted = 0;
  for (const [doc, cands] of byDoc) {
    const lang = docs[doc].lang;
    for (const c of cands) {
      const spans = splitSentenceSpans(c.unit.text, lang);
      if (kind === 'omission') {
        if (spans.length < 2) continue;
        const k = Math.floor(random() * spans.length);
        // Remove the sentence with the space after it (or, for the last one, the space before it).
        const start = k === spans.length - 1 ? spans[k - 1].end : spans[k].start;
        const end = k === spans.length - 1 ? spans[k].end : spans[k + 1].start;
        const sentence = c.unit.text.slice(spans[k].start, spans[k].end);
        const pivotSentences = splitSentenceSpans(c.pivotText, docs[pivot].lang).map((s) => c.pivotText.slice(s.start, s.end));
        const beads = alignSentences(
          pivotSentences,
          spans.map((s) => c.unit.text.slice(s.start, s.end)),
          { srcLang: docs[pivot].lang, tgtLang: lang },
        );
        const bead = beads.find((b) => b.sentences[1].includes(k));
        const expected = bead && bead.sentences[0].length === 1 && bead.sentences[1].length === 1 ? pivotSentences[bead.sentences[0][0]] : null;
        const edit: SentenceEdit = { kind, doc, lang, row: c.row, sentence, expected, substantial: sentence.length >= 40 && sentence.split(/\s+/u).length >= 6 };
        editsByDoc.set(doc, [...(editsByDoc.get(doc) ?? []), { unit: c.unit, edited: editUnit(c.unit, start, end, ''), edit }]);
      } else if (kind === 'join') {
        if (spans.length < 2) continue;
        const k = Math.floor(random() * (spans.length - 1));
        const end = spans[k].end;
        const next = spans[k + 1].start;
        const sentence = c.unit.text.slice(spans[k].start, spans[k + 1].end);
        const first = c.unit.text[next];
        const edited = editUnit(c.unit, end - 1, next + 1, `, ${first.toLowerCase()}`);
        const edit: SentenceEdit = { kind, doc, lang, row: c.row, sentence, expected: null, substantial: true };
        editsByDoc.set(doc, [...(editsByDoc.get(doc) ?? []), { unit: c.unit, edited, edit }]);
      } else if (kind === 'split') {
        // The comma nearest the middle of the unit's longest sentence, with at least 40 characters on each side.
        const longest = spans.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
        const text = c.unit.text.slice(longest.start, longest.end);
        const commas = [...text.matchAll(/, (?=\p{L})/gu)].map((m) => m.index).filter((i) => i >= 40 && text.length - i >= 40);
        if (commas.length === 0) continue;
        const at = longest.start + commas.reduce((a, b) => (Math.abs(b - text.length / 2) < Math.abs(a - text.length / 2) ? b : a));
        const next = c.unit.text[at + 2];
        const edited = editUnit(c.unit, at, at + 3, `. ${next.toUpperCase()}`);
        const edit: SentenceEdit = { kind, doc, lang, row: c.row, sentence: text, expected: null, substantial: true };
        editsByDoc.set(doc, [...(editsByDoc.get(doc) ?? []), { unit: c.unit, edited, edit }]);
      } else {
        const pool = MADE_UP[lang];
        if (!pool || spans.length === 0) continue;
        // Boundaries after a sentence that ends with sentence punctuation (the splitter cuts there): after sentence k.
        const at = spans.map((s, k) => ({ k, end: s.end })).filter((b) => /[.;!?·;]["”»’)]*$/u.test(c.unit.text.slice(0, b.end)));
        if (at.length === 0) continue;
        const b = at[Math.floor(random() * at.length)];
        const short = inserted % 6 === 5;
        const base = pool[short ? 5 : inserted % 5];
        inserted++;
        // Before a sentence that starts in lower case ("whereas …"), a full stop would not end the inserted one.
        const next = spans[b.k + 1];
        const sentence = next && /^\p{Ll}/u.test(c.unit.text.slice(next.start)) ? `${base.slice(0, -1)};` : base;
        const edited = editUnit(c.unit, b.end, b.end, ` ${sentence}`);
        const edit: SentenceEdit = { kind, doc, lang, row: c.row, sentence, expected: sentence, substantial: !short };
        editsByDoc.set(doc, [...(editsByDoc.get(doc) ?? []), { unit: c.unit, edited, edit }]);
      }
    }
  }
  // A version's edits are spread over the runs (edit i in run i mod n), so no run edits neighbouring units of one
  // version: the unit aligner pairs a unit by its content and neighbours, and two shortened neighbours would test
  // it, not this check.
  const most = Math.max(0, ...[...editsByDoc.values()].map((l) => l.length));
  const count = Math.ceil(most / perRun);
  const runs: SentenceRun[] = [];
  for (let r = 0; r < count; r++) {
    const edits: SentenceEdit[] = [];
    const runDocs = docs.map((d, doc) => {
      const mine = (editsByDoc.get(doc) ?? []).filter((_, i) => i % count === r);
      if (mine.length === 0) return d;
      const replaced = new Map(mine.map((m) => [m.unit.id, m.edited]));
      edits.push(...mine.map((m) => m.edit));
      return { ...d, units: d.units.map((u) => replaced.get(u.id) ?? u) };
    });
    runs.push({ docs: runDocs, edits });
  }
  return runs;
}

export interface SentenceScore {
  readonly kind: SentenceEditKind;
  /** Substantial edits, found (a sentence finding of the kind in the row for the version), naming the right sentence. */
  readonly plants: number;
  readonly found: number;
  readonly exact: number;
  /** Substantial edits missed by the sentence check but reported by the length check. */
  readonly byLength: number;
  /** Substantial edits missed because the unit aligner flagged the row for the version (the structure check reports it). */
  readonly byStructure: number;
  /** Short edits (should not be reported) and how many were. */
  readonly short: number;
  readonly shortReported: number;
  /** Sentence findings not at an edit of their kind. */
  readonly falsePositives: number;
  readonly findings: number;
}

const isSentenceFinding = (f: Finding) => f.message.key === 'sentence.omission' || f.message.key === 'sentence.addition';

/** Checks every run and scores its sentence findings against the edits. `baseline` are the untouched corpus's findings. */
export function scoreSentenceRuns(kind: SentenceEditKind, runs: readonly SentenceRun[]): { score: SentenceScore; misses: SentenceEdit[]; falsePositives: Finding[] } {
  let plants = 0;
  let found = 0;
  let exact = 0;
  let byLength = 0;
  let byStructure = 0;
  let short = 0;
  let shortReported = 0;
  let findings = 0;
  const misses: SentenceEdit[] = [];
  const fps: Finding[] = [];
  for (const run of runs) {
    const all = checkGrid(alignDocuments(run.docs), run.docs);
    const sentenceFindings = all.filter(isSentenceFinding);
    findings += sentenceFindings.length;
    // A join or a split is reported wrongly by a sentence finding of either kind in its row.
    const at = (e: SentenceEdit) => sentenceFindings.filter((f) => f.row === e.row && (e.kind === 'join' || e.kind === 'split' || f.type === e.kind) && f.langs.includes(e.lang));
    for (const e of run.edits) {
      const mine = at(e);
      if (!e.substantial) {
        short++;
        if (mine.length > 0) shortReported++;
        continue;
      }
      plants++;
      if (mine.length > 0) {
        found++;
        if (e.expected !== null && mine.some((f) => f.spans[0]?.text === e.expected)) exact++;
      } else {
        misses.push(e);
        if (all.some((f) => f.row === e.row && f.type === e.kind && f.langs.includes(e.lang))) byLength++;
        else if (all.some((f) => f.row === e.row && f.type === 'structure' && f.langs.includes(e.lang))) byStructure++;
      }
    }
    for (const f of sentenceFindings) if (!run.edits.some((e) => e.row === f.row && e.kind === f.type && f.langs.includes(e.lang))) fps.push(f);
  }
  return { score: { kind, plants, found, exact, byLength, byStructure, short, shortReported, falsePositives: fps.length, findings }, misses, falsePositives: fps };
}
