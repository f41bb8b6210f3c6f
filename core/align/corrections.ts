import type { AlignedRow, AlignmentCorrection, AlignmentGrid, RowFlag, Segment } from '../model/alignment.js';
import { missingCase } from '../errors.js';

type MutableRow = { key: string; kind: AlignedRow['kind']; cells: Segment[][]; confidence: number; flags: RowFlag[]; touched: boolean };

/**
 * Re-applies a user's manual corrections, in order, to a freshly computed grid. `link` puts the named units of
 * one document into a row (taking them out of any other row); `unlink` empties a document's cell, moving its
 * units to rows of their own flagged `extra`; `merge` joins rows into the first named; `split` cuts one
 * document's cell before each unit in `at`, the later parts becoming rows keyed `<rowKey>/<unit id>`. A row the
 * user decided on loses the automatic flags about that document and gets confidence 1; rows left empty in every
 * document disappear. Corrections naming rows or units the grid no longer has are skipped (the text changed
 * since they were made). Sentence data of changed rows is dropped. Pure and deterministic.
 */
export function applyCorrections(grid: AlignmentGrid, corrections: readonly AlignmentCorrection[]): AlignmentGrid {
  let rows: MutableRow[] = grid.rows.map((r) => ({
    key: r.key,
    kind: r.kind,
    cells: r.cells.map((c) => [...c]),
    confidence: r.confidence,
    flags: [...r.flags],
    touched: false,
  }));
  const untouched = new Map(grid.rows.map((r) => [r.key, r]));
  const find = (key: string) => rows.find((r) => r.key === key);
  const decided = (row: MutableRow, doc: number | null) => {
    row.flags = doc === null ? [] : row.flags.filter((f) => f.doc !== doc);
    row.confidence = row.flags.length ? row.confidence : 1;
    row.touched = true;
  };
  for (const c of corrections) {
    switch (c.op) {
      case 'link': {
        const row = find(c.rowKey);
        if (!row || c.doc < 0 || c.doc >= grid.documents.length) break;
        const segs: Segment[] = [];
        for (const id of c.unitIds) {
          for (const r of rows) {
            const k = r.cells[c.doc].findIndex((s) => s.id === id);
            if (k >= 0) {
              segs.push(r.cells[c.doc][k]);
              if (r !== row) {
                r.cells[c.doc].splice(k, 1);
                r.touched = true;
              }
              break;
            }
          }
        }
        if (segs.length !== c.unitIds.length) break;
        row.cells[c.doc] = segs;
        decided(row, c.doc);
        break;
      }
      case 'unlink': {
        const row = find(c.rowKey);
        if (!row || c.doc < 0 || c.doc >= grid.documents.length) break;
        const moved = row.cells[c.doc];
        row.cells[c.doc] = [];
        decided(row, c.doc);
        const lang = grid.documents[c.doc].lang;
        const at = rows.indexOf(row);
        const fresh = moved.map((s): MutableRow => ({
          key: `extra:${s.id}@${lang}`,
          kind: s.kind,
          cells: grid.documents.map((_, d) => (d === c.doc ? [s] : [])),
          confidence: 1,
          flags: [{ flag: 'extra', doc: c.doc, detail: `unlinked by the user from ${row.key}` }],
          touched: true,
        }));
        rows.splice(at + 1, 0, ...fresh.filter((f) => !find(f.key)));
        break;
      }
      case 'merge': {
        const targets = c.rowKeys.map(find);
        if (targets.length < 2 || targets.some((t) => !t)) break;
        const [first, ...rest] = targets as MutableRow[];
        for (const r of rest) {
          r.cells.forEach((cell, d) => first.cells[d].push(...cell));
          rows = rows.filter((x) => x !== r);
        }
        decided(first, null);
        break;
      }
      case 'split': {
        const row = find(c.rowKey);
        if (!row || c.doc < 0 || c.doc >= grid.documents.length) break;
        const cell = row.cells[c.doc];
        const cuts = c.at.map((id) => cell.findIndex((s) => s.id === id)).filter((k) => k > 0).sort((x, y) => x - y);
        if (cuts.length === 0) break;
        const parts: MutableRow[] = cuts.map((from, k) => ({
          key: `${row.key}/${cell[from].id}`,
          kind: cell[from].kind,
          cells: grid.documents.map((_, d) => (d === c.doc ? cell.slice(from, cuts[k + 1] ?? cell.length) : [])),
          confidence: 1,
          flags: [],
          touched: true,
        }));
        row.cells[c.doc] = cell.slice(0, cuts[0]);
        decided(row, c.doc);
        rows.splice(rows.indexOf(row) + 1, 0, ...parts);
        break;
      }
      default:
        missingCase(c);
    }
  }
  const out: AlignedRow[] = rows
    .filter((r) => r.cells.some((cell) => cell.length > 0))
    .map((r) => {
      const orig = untouched.get(r.key);
      if (!r.touched && orig) return orig;
      return { key: r.key, kind: r.kind, cells: r.cells, confidence: r.confidence, flags: r.flags, manual: true };
    });
  return { ...grid, rows: out };
}
