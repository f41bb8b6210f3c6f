import type { MessageRef } from '../model/findings.js';

/**
 * English message templates, keyed by `MessageRef.key`. Placeholders are `{name}`; every template may use the
 * params its check documents. The UI's locale files must define the same keys (see `MESSAGE_KEYS`).
 */
export const EN = {
  'number.differs': 'The number {a} in {langA} is {b} in {langB}.',
  'number.missing': 'The number {a} in {langA} has no counterpart in {langB}.',
  'date.differs': 'The date {a} in {langA} is {b} in {langB}.',
  'date.missing': 'The date {a} in {langA} has no counterpart in {langB}.',
  'reference.differs': 'The reference {a} in {langA} is {b} in {langB}.',
  'reference.missing': 'The reference {a} in {langA} has no counterpart in {langB}.',
  'footnote.count': '{langA} calls footnotes {a} here, {langB} calls {b}.',
  'footnote.position': 'Footnote {n} is called near the {posA} of the text in {langA} but near the {posB} in {langB}.',
  'quotation.missing': 'The quotation {a} in {langA} is not in quotation marks in {langB}.',
  'length.omission': 'The {langB} text is much shorter than usual for {langA}→{langB} ({ratio}× the usual length): something may be left out.',
  'length.addition': 'The {langB} text is much longer than usual for {langA}→{langB} ({ratio}× the usual length): something may have been added.',
  'sentence.omission': 'Sentence {n} of the {langA} text, “{a}”, has no counterpart in {langB}: it may have been left out.',
  'sentence.addition': 'Sentence {n} of the {langA} text, “{a}”, has no counterpart in {langB}: it may have been added.',
  'name.variant': '{langA} spells this name two ways: {a} and {b}.',
  'name.missing': 'The name {a} in {langA} does not appear in {langB}.',
  'name.convention': '{a} does not follow the {langA} transliteration convention, which gives {b} for the source spelling {sources} (certain).',
  'name.convention.possible': '{a} may not follow the {langA} transliteration convention, which gives {b} for {sources} (possible: those spellings disagree or break their own convention).',
  'name.convention.likely': '{a} does not follow the {langA} transliteration convention, which gives {b} (likely: no Russian spelling gives {a}, but no Bulgarian or Greek version shows the source).',
  'name.accepted': '{a} differs from the accepted {langA} spelling {b}.',
  'structure.flag': 'The aligner flagged this row in {langB}: {detail}.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof EN;

/** Every message key; a locale file is complete when it defines all of them. */
export const MESSAGE_KEYS = Object.keys(EN) as readonly MessageKey[];

/**
 * Renders a message with a template table (English by default). Unknown placeholders stay as `{name}`; an unknown
 * key renders as the key followed by its params, so a missing translation is visible but never throws.
 */
export function renderMessage(m: MessageRef, templates: Readonly<Record<string, string>> = EN): string {
  const template = templates[m.key];
  if (template === undefined) return `${m.key} ${JSON.stringify(m.params)}`;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in m.params ? String(m.params[name]) : whole));
}
