// Accuracy of the discrepancy checks on the planted suite (scripts/lib/plant.ts), per type, plus the findings the
// unplanted corpus yields and the time one full check of the six versions takes.
import { buildRuns, checkVersions, loadCorpus, parseVersions, scorePlants } from '../lib/plant.js';
import { buildSentenceRuns, scoreSentenceRuns } from '../lib/sentence-plants.js';
import type { Bench, BenchSection } from './types.js';
import { measure } from './types.js';

export const bench: Bench = async () => {
  const base = await loadCorpus();
  const runs = await buildRuns(base, 20, 7);
  const { scores, baseline, misses, falsePositives, freshByType } = await scorePlants(base, runs);
  const timed = await measure(() => checkVersions(base));
  const accuracy: BenchSection = {
    title: 'checks: planted discrepancies (6 versions, plants in the 5 unofficial ones)',
    rows: scores.map((s) => ({ type: s.family, plants: s.plants, found: s.found, findings: s.findings, correct: s.correct, recall: s.recall, precision: s.precision })),
    notes: [
      `${runs.length} runs; findings scored are those not in the unplanted baseline (${baseline.length} findings).`,
      // Issue 16: convention findings the plants did not cause (outside every name plant's row) are false ones.
      `name-convention: ${freshByType['name-convention'] ?? 0} new findings, ${falsePositives.filter((f) => f.type === 'name-convention').length} outside a name plant's row`,
      ...misses.slice(0, 5).map((m) => `missed ${m.kind} in ${m.lang} ${m.row}: ${m.before} → ${m.after || '(removed)'}`),
      ...falsePositives.slice(0, 5).map((f) => `unexpected ${f.type} in ${f.row} (${f.langs.join('-')})`),
    ],
    json: { scores, misses, falsePositives: falsePositives.map((f) => ({ type: f.type, row: f.row, langs: f.langs, message: f.message })) },
  };
  const counts = new Map<string, number>();
  for (const f of baseline) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  // How sure the corpus's convention findings are: the message key says (name.convention is derived from a source).
  const sureness = new Map<string, number>();
  for (const f of baseline) if (f.type === 'name-convention') sureness.set(f.message.key, (sureness.get(f.message.key) ?? 0) + 1);
  const corpus: BenchSection = {
    title: 'checks: the corpus as bundled (RO pivot vs EN/FR/DE/EL/BG)',
    rows: [...counts].map(([type, n]) => ({ type, findings: n })),
    notes: [
      `one full parse + align + check of 6 versions: ${timed.ms.toFixed(0)} ms, peak RSS ${timed.peakRssMb.toFixed(0)} MB`,
      `name-convention findings by message: ${[...sureness].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'}`,
    ],
    json: { counts: Object.fromEntries(counts), ms: timed.ms, peakRssMb: timed.peakRssMb },
  };
  return [accuracy, corpus, await sentenceSection(baseline)];
};

/**
 * The sentence check (core/checks/sentences.ts): one sentence removed from, or one made-up sentence inserted into,
 * every unit of each unofficial version that has a row of its own, spread over runs; recall over the substantial
 * edits, whether the finding names the right sentence, short insertions reported, and sentence findings anywhere
 * else (false positives). The untouched corpus must give none.
 */
async function sentenceSection(baseline: readonly { message: { key: string } }[]): Promise<BenchSection> {
  const docs = await parseVersions(await loadCorpus());
  const onCorpus = baseline.filter((f) => f.message.key.startsWith('sentence.')).length;
  const scored = (['omission', 'addition'] as const).map((kind) => scoreSentenceRuns(kind, buildSentenceRuns(docs, kind)));
  // Joined and split sentences keep all their content: every sentence finding there is a false one.
  const joins = scoreSentenceRuns('join', buildSentenceRuns(docs, 'join')).score;
  const splits = scoreSentenceRuns('split', buildSentenceRuns(docs, 'split')).score;
  return {
    title: 'checks: omitted and added sentences (one per unit, unofficial versions, RO pivot)',
    rows: scored.map(({ score: s }) => ({
      kind: s.kind,
      edits: s.plants,
      found: s.found,
      recall: s.plants ? s.found / s.plants : 1,
      'right sentence': s.exact,
      'false pos.': s.falsePositives,
      precision: s.findings ? (s.findings - s.falsePositives) / s.findings : 1,
      'short edits': s.short,
      'short reported': s.shortReported,
    })),
    notes: [
      `untouched corpus: ${onCorpus} sentence findings`,
      `join (two sentences of a unit made one, nothing lost): ${joins.plants} edits, ${joins.found} reported, ${joins.findings} sentence findings in all`,
      `split (one sentence made two at a comma, nothing lost): ${splits.plants} edits, ${splits.found} reported, ${splits.findings} sentence findings in all`,
      ...scored.map(({ score: s }) => `${s.kind}: ${s.plants - s.found} missed; of them ${s.byLength} reported by the length check, ${s.byStructure} in rows the unit aligner flagged for that version (the structure check reports those)`),
      ...scored.flatMap(({ misses }) => misses.slice(0, 4).map((m) => `missed ${m.kind} in ${m.lang} ${m.row}: “${m.sentence.slice(0, 60)}…”`)),
      ...scored.flatMap(({ falsePositives }) => falsePositives.slice(0, 4).map((f) => `unexpected ${f.message.key} in ${f.row} (${f.langs.join('-')})`)),
    ],
    json: { onCorpus, scores: scored.map((x) => x.score), joins, splits, misses: scored.flatMap((x) => x.misses) },
  };
}
