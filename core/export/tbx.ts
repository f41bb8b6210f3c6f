// Names as TBX-Basic, in either edition of TBX:
// - `2` (default, what most CAT tools import: OmegaT, MultiTerm, memoQ): ISO 30042:2008 "martif" core structure
//   with the TBX-Basic data categories (XCS TBXBasicXCSV02): termEntry > langSet > tig > term.
// - `3`: ISO 30042:2019 core structure, TBX-Basic dialect in DCA style (namespace urn:iso:std:iso:30042:ed-2):
//   tbx > tbxHeader, text > body > conceptEntry > langSec > termSec > term.
// One entry per entity, one language section per language, one term section per spelling. Data categories used,
// all of TBX-Basic and at the level it allows them: note (entry: the entity type; term: occurrences and
// convention, a breach with its confidence and the source spellings it was checked against — TBX-Basic has no
// data category for a verdict's reliability, and note is free text at every level), termNote partOfSpeech
// (properNoun in v2, noun in v3, whose picklist has no properNoun) and
// administrativeStatus = preferredTerm-admn-sts on the accepted spelling only (other spellings are attested, not
// judged).
import { ExportError } from '../errors.js';
import type { LangCode } from '../model/language.js';
import type { ExportNameEntity, LangCodeStyle, NameSpelling } from './types.js';
import { langTag, spellingsOf } from './types.js';
import { renderAttrs, textElement, XML_DECLARATION } from './xml.js';

export interface TbxOptions {
  /** TBX edition: `2` (martif, default) or `3` (ISO 30042:2019, DCA style). */
  readonly version?: 2 | 3;
  readonly langs?: readonly LangCode[];
  readonly langCodes?: LangCodeStyle;
  /** Shown in the header title; default "Concordia names". */
  readonly title?: string;
  /** Free text for sourceDesc (e.g. the procedure and the versions' names). */
  readonly source?: string;
}

const ENTITY_TYPE_NOTE: Readonly<Record<ExportNameEntity['type'], string>> = {
  person: 'person',
  place: 'place',
  organisation: 'organisation',
  other: 'other name',
};

/**
 * What a termbase user needs to weigh a convention breach, in brackets after it: `(certain: checked against bg
 * Иванова, el Ιβάνοβα; expected: Ivanova)`, `(likely: judged from the spelling alone; expected: …)`. Empty when
 * the spelling carries neither a confidence nor an expected form.
 */
function breachDetail(s: NameSpelling, style: LangCodeStyle): string {
  const parts: string[] = [];
  if (s.confidence) {
    const basis = s.sources.length
      ? `checked against ${s.sources.map((src) => `${langTag(src.lang, style)} ${src.text}`).join(', ')}`
      : 'judged from the spelling alone';
    parts.push(`${s.confidence}: ${basis}`);
  }
  if (s.expected) parts.push(`expected: ${s.expected}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** An XML ID (NCName): a letter first, then letters, digits, `-`, `_`, `.`. */
function xmlId(raw: string, used: Set<string>): string {
  const base = `n-${raw.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-')}`;
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  return id;
}

/**
 * The TBX document as chunks: header with the first entry, one chunk per further entity, closing tags. Entities
 * without a spelling in the selected languages are left out. Deterministic; text is escaped and forbidden
 * characters dropped.
 * @throws ExportError, before the first chunk, when no entity has a spelling in the selected languages.
 */
export function* tbxChunks(entities: Iterable<ExportNameEntity>, options: TbxOptions = {}): Generator<string, void, undefined> {
  const style = options.langCodes ?? 'short';
  const v3 = options.version === 3;
  // Element names of the two editions (ISO 30042:2019 §8 renamed the structural levels).
  const E = v3
    ? { root: 'tbx', entry: 'conceptEntry', lang: 'langSec', term: 'termSec' }
    : { root: 'martif', entry: 'termEntry', lang: 'langSet', term: 'tig' };
  const head: string[] = [XML_DECLARATION];
  head.push(v3
    ? '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n  <tbxHeader>\n    <fileDesc>\n'
    : '<martif type="TBX-Basic" xml:lang="en">\n  <martifHeader>\n    <fileDesc>\n');
  head.push(`      <titleStmt>${textElement('title', undefined, options.title ?? 'Concordia names')}</titleStmt>\n`);
  head.push(`      <sourceDesc>${textElement('p', undefined, options.source ?? 'Exported by Concordia from aligned language versions.')}</sourceDesc>\n`);
  // TBX v3 names the dialect in the root's type attribute; the XCS reference is a TBX v2 device.
  head.push(
    v3
      ? '    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n'
      : '    </fileDesc>\n    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>\n  </martifHeader>\n  <text>\n    <body>\n',
  );
  // The header waits for the first entry: a body must hold at least one (TBX core structure), so an export with
  // no entry fails before anything is written.
  let started = false;
  const used = new Set<string>();
  for (const entity of entities) {
    const spellings = spellingsOf(entity);
    const langs = options.langs ?? [...spellings.keys()];
    let body = '';
    for (const lang of langs) {
      const list = spellings.get(lang);
      if (!list?.length) continue;
      body += `        <${E.lang}${renderAttrs({ 'xml:lang': langTag(lang, style) })}>\n`;
      for (const s of list) {
        body += `          <${E.term}>\n            ${textElement('term', undefined, s.text)}\n`;
        // TBX-Basic v2's partOfSpeech picklist has properNoun; the v3 dialect's (Min module) has only noun, verb,
        // adjective, adverb, other — a name is a noun there, and the entry's note says what kind of name.
        body += `            <termNote type="partOfSpeech">${v3 ? 'noun' : 'properNoun'}</termNote>\n`;
        if (s.accepted) body += '            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>\n';
        const facts = [`${s.count} occurrence${s.count === 1 ? '' : 's'}`];
        if (s.conventional === false) facts.push(`breaks the transliteration convention${breachDetail(s, style)}`);
        body += `            ${textElement('note', undefined, facts.join('; '))}\n          </${E.term}>\n`;
      }
      body += `        </${E.lang}>\n`;
    }
    if (!body) continue;
    if (!started) {
      started = true;
      yield head.join('');
    }
    yield `      <${E.entry}${renderAttrs({ id: xmlId(entity.id, used) })}>\n        ${textElement('note', undefined, ENTITY_TYPE_NOTE[entity.type])}\n${body}      </${E.entry}>\n`;
  }
  if (!started) throw new ExportError('TBX export: no name has a spelling in the selected languages; a termbase needs at least one entry', { params: { variant: 'tbx-empty' } });
  yield `    </body>\n  </text>\n</${E.root}>\n`;
}

/** The whole TBX as one string. Same contract as `tbxChunks`. */
export function tbxToString(entities: Iterable<ExportNameEntity>, options: TbxOptions = {}): string {
  return [...tbxChunks(entities, options)].join('');
}
