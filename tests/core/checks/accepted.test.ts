import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../core/align/index.js';
import { checkGrid } from '../../../core/checks/index.js';
import { parseDocument } from '../../../core/index.js';
import { extractNames } from '../../../core/names/index.js';

async function corpus(...langs: string[]) {
  const docs = await Promise.all(
    langs.map((l) => parseDocument(readFileSync(`corpus/2022-2505-RSP/${l}.txt`), { fileName: `${l}.txt`, official: l === 'ro' })),
  );
  const grid = alignDocuments(docs);
  return { docs, grid, entities: extractNames(grid, docs) };
}

describe('accepted spellings', () => {
  it('reports every form that differs from the spelling a terminologist accepted, and nothing when it matches', async () => {
    const { docs, grid, entities } = await corpus('ro', 'en');
    const tokaev = entities.find((e) => e.forms.some((f) => f.text === 'Tokayev'))!;
    expect(tokaev).toBeDefined();

    const matching = checkGrid(grid, docs, { accepted: { [tokaev.id]: { en: 'Tokayev' } } });
    expect(matching.filter((f) => f.type === 'name-accepted')).toEqual([]);

    const other = checkGrid(grid, docs, { accepted: { [tokaev.id]: { en: 'Tokaev' } } });
    const deviations = other.filter((f) => f.type === 'name-accepted');
    expect(deviations.length).toBeGreaterThan(0);
    expect(deviations.every((f) => f.langs.includes('en') && f.spans.every((s) => s.lang === 'en' && /Tokayev/.test(s.text)))).toBe(true);
    // Every row where the English text names him is covered.
    const rowsNaming = new Set(tokaev.forms.filter((f) => f.lang === 'en').flatMap((f) => f.occurrences.map((o) => o.row)));
    expect(new Set(deviations.map((f) => f.row))).toEqual(rowsNaming);
  });

  it('finds the record by the entity key too, so it survives a re-extraction with other ids', async () => {
    const { docs, grid, entities } = await corpus('ro', 'en');
    const tokaev = entities.find((e) => e.forms.some((f) => f.text === 'Tokayev'))!;
    const byKey = checkGrid(grid, docs, { accepted: { [tokaev.key]: { en: 'Tokaev' } } });
    expect(byKey.some((f) => f.type === 'name-accepted')).toBe(true);
  });
});
