import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignedRow, LangCode, SentenceBead } from '../../core/index.js';
import { loadRenderer } from './load-renderer.js';

type Kind = 'name' | 'number' | 'date' | 'finding' | 'annotation' | 'current';
interface Highlight { start: number; end: number; kind: Kind; title?: string }
interface Piece { text: string; start: number; kinds: Kind[]; titles: string[] }
interface DisplayRow { row: AlignedRow; rowIndex: number; bead?: SentenceBead; beadNumber?: number }
let splitByHighlights: (text: string, h: Highlight[]) => Piece[];
let dateRanges: (text: string, lang: LangCode) => Highlight[];
let numberRanges: (text: string) => Highlight[];
let valueHighlights: (text: string, lang: LangCode) => Highlight[];
let displayRows: (rows: AlignedRow[], level: 'unit' | 'sentence') => DisplayRow[];
let findRow: (rows: DisplayRow[], from: number, dir: 1 | -1, pred: (r: DisplayRow) => boolean) => number;
let orderColumns: (order: number[], visible: Set<number>, pivot: number, pivotFirst: boolean) => number[];
type Storage = { getItem(k: string): string | null; setItem(k: string, v: string): void };
let readToken: (loc: { hash: string; search: string }, storage: Storage | null) => string | null;

beforeAll(async () => {
  ({ splitByHighlights, dateRanges, numberRanges, valueHighlights } = await loadRenderer<{
    splitByHighlights: typeof splitByHighlights;
    dateRanges: typeof dateRanges;
    numberRanges: typeof numberRanges;
    valueHighlights: typeof valueHighlights;
  }>('model/highlights.ts'));
  ({ displayRows, findRow, orderColumns } = await loadRenderer<{ displayRows: typeof displayRows; findRow: typeof findRow; orderColumns: typeof orderColumns }>('model/rows.ts'));
  ({ readToken } = await loadRenderer<{ readToken: typeof readToken }>('api.ts'));
});

describe('cell highlights', () => {
  it('splits text at overlapping highlight edges, keeping every kind that covers a piece', () => {
    const pieces = splitByHighlights('abcdefgh', [
      { start: 1, end: 5, kind: 'name' },
      { start: 3, end: 7, kind: 'finding', title: 'x' },
    ]);
    expect(pieces.map((p) => [p.text, p.kinds.join('+')])).toEqual([
      ['a', ''],
      ['bc', 'name'],
      ['de', 'name+finding'],
      ['fg', 'finding'],
      ['h', ''],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('abcdefgh');
  });

  it('clamps ranges outside the text and drops empty ones', () => {
    expect(splitByHighlights('abc', [{ start: -4, end: 99, kind: 'date' }, { start: 2, end: 2, kind: 'name' }])).toEqual([
      { text: 'abc', start: 0, kinds: ['date'], titles: [] },
    ]);
  });

  it('finds dates with month names from the language profile, Greek ordinal days included', () => {
    const el = 'της 11ης Φεβρουαρίου 2021 και';
    const [d] = dateRanges(el, 'el');
    expect(el.slice(d.start, d.end)).toBe('11ης Φεβρουαρίου 2021');
    const ro = 'la 3 martie 2030 și în mai 2031';
    expect(dateRanges(ro, 'ro').map((r) => ro.slice(r.start, r.end))).toEqual(['3 martie 2030', 'mai 2031']);
    expect(dateRanges('mai mult', 'ro')).toEqual([]);
  });

  it('marks numbers but not the ones inside a date', () => {
    const text = 'la 3 martie 2030, 1 000 de persoane și 12,5 %';
    const marks = valueHighlights(text, 'ro').map((h) => `${h.kind}:${text.slice(h.start, h.end)}`);
    expect(marks).toEqual(['date:3 martie 2030', 'number:1 000', 'number:12,5']);
    expect(numberRanges('no digits')).toEqual([]);
  });
});

describe('grid rows and columns', () => {
  const row = (key: string, flagged: boolean, beads = 0): AlignedRow => ({
    key,
    kind: 'paragraph',
    cells: [[], []],
    confidence: 1,
    flags: flagged ? [{ flag: 'missing', doc: 1, detail: '' }] : [],
    sentences: beads ? { split: [['a', 'b'], ['c', 'd']], beads: Array.from({ length: beads }, (_, i) => ({ sentences: [[i], [i]], confidence: 1 })) } : undefined,
  });

  it('expands rows into sentence beads at sentence level only', () => {
    const rows = [row('para:1', false, 2), row('para:2', false)];
    expect(displayRows(rows, 'unit')).toHaveLength(2);
    expect(displayRows(rows, 'sentence').map((r) => `${r.row.key}#${r.beadNumber ?? 0}`)).toEqual(['para:1#1', 'para:1#2', 'para:2#0']);
  });

  it('finds the next flagged row, wrapping around', () => {
    const rows = displayRows([row('a', true), row('b', false), row('c', true)], 'unit');
    expect(findRow(rows, 0, 1, (r) => r.row.flags.length > 0)).toBe(2);
    expect(findRow(rows, 2, 1, (r) => r.row.flags.length > 0)).toBe(0);
    expect(findRow(rows, 0, -1, (r) => r.row.flags.length > 0)).toBe(2);
    expect(findRow(rows, 0, 1, () => false)).toBe(-1);
  });

  it('orders columns as chosen, with the pivot first when asked', () => {
    expect(orderColumns([2, 0, 1, 3], new Set([0, 1, 2]), 1, true)).toEqual([1, 2, 0]);
    expect(orderColumns([2, 0, 1, 3], new Set([0, 1, 2]), 1, false)).toEqual([2, 0, 1]);
    expect(orderColumns([0, 1], new Set([0]), 1, true)).toEqual([0]);
  });
});

describe('browser-mode token', () => {
  it('reads the token from the fragment or the query and remembers it for the session', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(readToken({ hash: '#token=abc', search: '' }, storage)).toBe('abc');
    expect(readToken({ hash: '', search: '' }, storage)).toBe('abc');
    expect(readToken({ hash: '', search: '?token=xyz' }, storage)).toBe('xyz');
    expect(readToken({ hash: '', search: '' }, null)).toBeNull();
  });
});
