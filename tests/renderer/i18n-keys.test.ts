// Every locale has the same keys, every key the UI uses exists in every locale (literal t('…') keys, keys built
// from a domain list, key strings in tables), every finding message key from core/checks is translated, and
// translations keep the placeholders of the English text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_KEYS } from '../../core/checks/messages.js';
import { ROW_FLAGS, UNIT_KINDS } from '../../core/model/index.js';
import { FINDING_TYPES } from '../../core/model/findings.js';
import { EXPORT_FORMATS } from '../../electron/ipc/contract.js';
import { ANNOTATION_CATEGORIES, ANNOTATION_STATUSES } from '../../electron/ipc/project-api.js';
import { loadRenderer } from './load-renderer.js';

const UI_LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
let LOCALES: Record<(typeof UI_LANGUAGES)[number], Record<string, string>>;
let en: Record<string, string>;
let namespaces: Set<string>;
const literalKeys = new Set<string>();
const templatePrefixes = new Set<string>();

/** Values behind every template key prefix the renderer uses (`t(\`flag.${f}\`)`). */
const DYNAMIC: Readonly<Record<string, readonly string[]>> = {
  'annotationStatus.': ANNOTATION_STATUSES,
  'category.': ANNOTATION_CATEGORIES,
  'entityType.': ['person', 'place', 'organisation', 'other'],
  'export.format.': EXPORT_FORMATS,
  'findingType.': FINDING_TYPES,
  'flag.': ROW_FLAGS,
  'kind.': [...UNIT_KINDS, 'footnote'],
  'panels.': ['findings', 'annotations', 'names', 'compare', 'alignment'],
  'review.': ['open', 'dismissed', 'annotated'],
  'spanState.': ['attached', 'moved', 'orphaned'],
  'toolbar.level.': ['unit', 'sentence'],
  'uiLanguage.': UI_LANGUAGES,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

beforeAll(async () => {
  const i18n = await loadRenderer<{ LOCALES: typeof LOCALES; UI_LANGUAGES: readonly string[] }>('i18n/index.ts');
  LOCALES = i18n.LOCALES;
  expect([...i18n.UI_LANGUAGES]).toEqual([...UI_LANGUAGES]);
  en = LOCALES.en;
  namespaces = new Set(Object.keys(en).map((k) => k.split('.')[0]));
  scan();
});

function scan(): void {
  const code = sources('renderer').map((p) => readFileSync(p, 'utf8'));
  for (const text of code) {
  for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) literalKeys.add(m[1]);
  for (const m of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) templatePrefixes.add(m[1]);
  // Key strings kept in tables (the help dialog's key list): quoted, dotted, in a known namespace.
  for (const m of text.matchAll(/'([a-z][A-Za-z]*\.[A-Za-z.]+)'/g)) if (namespaces.has(m[1].split('.')[0]) && !m[1].endsWith('.')) literalKeys.add(m[1]);
  }
}

const placeholders = (s: string) => [...s.matchAll(/\{\{?(\w+)\}?\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('finds the UI keys it checks (the scan works)', () => {
    expect(literalKeys.size).toBeGreaterThan(100);
    expect(literalKeys).toContain('grid.unofficial');
    expect(literalKeys).toContain('help.keys.move');
  });

  it.each(UI_LANGUAGES)('%s has exactly the keys of en', (lang) => {
    expect(Object.keys(LOCALES[lang]).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(UI_LANGUAGES)('%s defines every key the renderer uses', (lang) => {
    const missing = [...literalKeys].filter((k) => !(k in LOCALES[lang]));
    expect(missing).toEqual([]);
  });

  it('every template key prefix has a known value list, and every value is translated', () => {
    const unknown = [...templatePrefixes].filter((p) => !(p in DYNAMIC));
    expect(unknown).toEqual([]);
    for (const lang of UI_LANGUAGES) {
      const missing = Object.entries(DYNAMIC).flatMap(([prefix, values]) => values.map((v) => prefix + v)).filter((k) => !(k in LOCALES[lang]));
      expect(missing, lang).toEqual([]);
    }
  });

  it.each(UI_LANGUAGES)('%s translates every finding message key of core/checks', (lang) => {
    expect(MESSAGE_KEYS.filter((k) => !(k in LOCALES[lang]))).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s keeps the placeholders of every English string and leaves none empty', (lang) => {
    const table = LOCALES[lang];
    for (const [key, english] of Object.entries(en)) {
      expect(table[key]?.trim(), `${lang} ${key}`).toBeTruthy();
      expect(placeholders(table[key]), `${lang} ${key}`).toEqual(placeholders(english));
    }
  });
});
