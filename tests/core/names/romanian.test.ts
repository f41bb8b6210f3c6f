import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../core/align/index.js';
import { checkGrid } from '../../../core/checks/index.js';
import { parseDocument } from '../../../core/index.js';
import { extractNames } from '../../../core/names/index.js';

const expected = JSON.parse(readFileSync('tests/fixtures/checks/ro-names.json', 'utf8')) as {
  persons: string[];
  places: string[];
  organisations: string[];
  convention: Record<string, string>;
  conventionAlone: Record<string, string>;
  variants: [string, string][];
};

async function romanian() {
  const doc = await parseDocument(readFileSync('corpus/2022-2505-RSP/ro.txt'), { fileName: 'ro.txt', lang: 'ro' });
  const grid = alignDocuments([doc]);
  return { doc, grid, entities: extractNames(grid, [doc]) };
}

describe('names in the official Romanian text alone', () => {
  it('finds every person, place and organisation the text names, with its type', async () => {
    const { entities } = await romanian();
    const typeOf = new Map<string, string>();
    for (const e of entities) for (const f of e.forms) typeOf.set(f.text, e.type);
    for (const p of expected.persons) expect(typeOf.get(p), p).toBe('person');
    for (const p of expected.places) expect(typeOf.has(p), p).toBe(true);
    for (const o of expected.organisations) expect(typeOf.has(o), o).toBe(true);
  });

  it('links the surname to the full name (Tokaev → Kasîm Jomart Tokaev)', async () => {
    const { entities } = await romanian();
    const tokaev = entities.find((e) => e.forms.some((f) => f.text === 'Tokaev'));
    expect(tokaev?.forms.map((f) => f.text).sort()).toEqual(['Kasîm Jomart Tokaev', 'Tokaev']);
  });

  it('raises only the convention findings no plausible source could give, as likely', async () => {
    const { entities } = await romanian();
    const flagged = entities.flatMap((e) => e.forms.filter((f) => f.conventional === false));
    expect(Object.fromEntries(flagged.map((f) => [f.text, f.expected]))).toEqual(expected.conventionAlone);
    expect(flagged.map((f) => f.confidence)).toEqual(flagged.map(() => 'likely'));
  });

  it('reports the given name written two ways as a within-version variant', async () => {
    const { doc, grid } = await romanian();
    const findings = checkGrid(grid, [doc]);
    const variants = findings.filter((f) => f.type === 'name-variant').map((f) => [f.message.params.a, f.message.params.b]);
    expect(variants).toEqual(expected.variants);
    // One version alone: only within-version findings.
    expect(new Set(findings.map((f) => f.type))).toEqual(new Set(['name-variant', 'name-convention']));
  });
});
