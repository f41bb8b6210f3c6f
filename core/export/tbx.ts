// Names as TBX-Basic (TBX v2 "martif" dialect, ISO 30042:2008 core structure with the TBX-Basic data categories):
// one termEntry per entity, one langSet per language, one tig per spelling. The accepted spelling carries
// administrativeStatus preferredTerm-admn-sts; other spellings carry none (they are attested, not judged).
import type { LangCode } from '../model/language.js';
import type { ExportNameEntity, LangCodeStyle } from './types.js';
import { langTag, spellingsOf } from './types.js';
import { renderAttrs, textElement, XML_DECLARATION } from './xml.js';

export interface TbxOptions {
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

/** An XML ID (NCName): a letter first, then letters, digits, `-`, `_`, `.`. */
function xmlId(raw: string, used: Set<string>): string {
  const base = `n-${raw.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-')}`;
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
  used.add(id);
  return id;
}

/**
 * The TBX document as chunks: header, one chunk per entity, closing tags. Entities without a spelling in the
 * selected languages are left out. Deterministic; never throws on content (text is escaped, forbidden
 * characters dropped).
 */
export function* tbxChunks(entities: Iterable<ExportNameEntity>, options: TbxOptions = {}): Generator<string, void, undefined> {
  const style = options.langCodes ?? 'short';
  yield XML_DECLARATION;
  yield '<martif type="TBX-Basic" xml:lang="en">\n  <martifHeader>\n    <fileDesc>\n';
  yield `      <titleStmt>${textElement('title', undefined, options.title ?? 'Concordia names')}</titleStmt>\n`;
  yield `      <sourceDesc>${textElement('p', undefined, options.source ?? 'Exported by Concordia from aligned language versions.')}</sourceDesc>\n`;
  yield '    </fileDesc>\n    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>\n  </martifHeader>\n  <text>\n    <body>\n';
  const used = new Set<string>();
  for (const entity of entities) {
    const spellings = spellingsOf(entity);
    const langs = options.langs ?? [...spellings.keys()];
    let body = '';
    for (const lang of langs) {
      const list = spellings.get(lang);
      if (!list?.length) continue;
      body += `        <langSet${renderAttrs({ 'xml:lang': langTag(lang, style) })}>\n`;
      for (const s of list) {
        body += `          <tig>\n            ${textElement('term', undefined, s.text)}\n`;
        body += '            <termNote type="partOfSpeech">properNoun</termNote>\n';
        if (s.accepted) body += '            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>\n';
        const facts = [`${s.count} occurrence${s.count === 1 ? '' : 's'}`];
        if (s.conventional === false) facts.push(`breaks the transliteration convention${s.expected ? ` (expected: ${s.expected})` : ''}`);
        body += `            ${textElement('note', undefined, facts.join('; '))}\n          </tig>\n`;
      }
      body += '        </langSet>\n';
    }
    if (!body) continue;
    yield `      <termEntry${renderAttrs({ id: xmlId(entity.id, used) })}>\n        ${textElement('note', undefined, ENTITY_TYPE_NOTE[entity.type])}\n${body}      </termEntry>\n`;
  }
  yield '    </body>\n  </text>\n</martif>\n';
}

/** The whole TBX as one string. Same contract as `tbxChunks`. */
export function tbxToString(entities: Iterable<ExportNameEntity>, options: TbxOptions = {}): string {
  return [...tbxChunks(entities, options)].join('');
}
