// TBX-Basic, written down as rules, because neither the TBX v3 core RNG nor the TBX-Basic dialect's RNG/Schematron
// is shipped by any Debian or npm package (the TBX v2 core structure is: OmegaT.jar's schemas/tbx.xsd, used in
// tbx.test.ts). Sources: ISO 30042:2008 / 30042:2019 core structure (element nesting and the renamed levels of v3),
// and the TBX-Basic dialect as LTAC Global publishes it — v2: the data categories and picklists of the XCS
// TBXBasicXCSV02; v3: dialect 1.2 in DCA style (namespace urn:iso:std:iso:30042:ed-2, the Min and Basic modules'
// levels and picklists as its Schematron states them). Written from those definitions, not copied.
import { SaxesParser } from 'saxes';

interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Node[];
  text: string;
  readonly line: number;
}

function tree(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Node[] = [];
  let root: Node | null = null;
  parser.on('opentag', (t) => {
    const node: Node = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '', line: parser.line };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
    root ??= node;
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root!;
}

type Level = 'entry' | 'lang' | 'term';

/** The structural levels' names in each edition. */
const NAMES = {
  2: { root: 'martif', header: 'martifHeader', entry: 'termEntry', lang: 'langSet', term: 'tig' },
  3: { root: 'tbx', header: 'tbxHeader', entry: 'conceptEntry', lang: 'langSec', term: 'termSec' },
} as const;

/** TBX-Basic data categories: element, type, the levels it may appear at per edition, and its picklist (null: free text). */
interface DataCategory {
  readonly element: string;
  readonly type: string;
  readonly levels: { readonly 2: readonly Level[]; readonly 3: readonly Level[] };
  readonly picklist: { readonly 2: readonly string[] | null; readonly 3: readonly string[] | null };
}
const both = <T,>(v: T) => ({ 2: v, 3: v });
const TERM_LOCATIONS = [
  'checkBox', 'comboBox', 'comboBoxElement', 'dialogBox', 'groupBox', 'informativeMessage', 'interactiveMessage', 'menuItem', 'progressBar',
  'pushButton', 'radioButton', 'slider', 'spinBox', 'tab', 'tableText', 'textBox', 'toolTip', 'user-definedType',
];
const DATA_CATEGORIES: readonly DataCategory[] = [
  { element: 'descrip', type: 'subjectField', levels: both(['entry']), picklist: both(null) },
  { element: 'descrip', type: 'definition', levels: both(['entry', 'lang']), picklist: both(null) },
  { element: 'descrip', type: 'context', levels: both(['term']), picklist: both(null) },
  {
    element: 'termNote',
    type: 'partOfSpeech',
    levels: both(['term']),
    // v3's Min module dropped properNoun.
    picklist: { 2: ['noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other'], 3: ['noun', 'verb', 'adjective', 'adverb', 'other'] },
  },
  { element: 'termNote', type: 'termType', levels: both(['term']), picklist: both(['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase']) },
  {
    element: 'termNote',
    type: 'administrativeStatus',
    levels: both(['term']),
    picklist: both(['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts']),
  },
  { element: 'termNote', type: 'grammaticalGender', levels: both(['term']), picklist: both(['masculine', 'feminine', 'neuter', 'other']) },
  { element: 'termNote', type: 'geographicalUsage', levels: both(['term']), picklist: both(null) },
  { element: 'termNote', type: 'termLocation', levels: both(['term']), picklist: { 2: null, 3: TERM_LOCATIONS } },
  { element: 'admin', type: 'customerSubset', levels: both(['entry', 'term']), picklist: both(null) },
  { element: 'admin', type: 'projectSubset', levels: both(['entry', 'term']), picklist: both(null) },
  { element: 'admin', type: 'source', levels: both(['entry', 'lang', 'term']), picklist: both(null) },
  { element: 'xref', type: 'externalCrossReference', levels: both(['entry', 'term']), picklist: both(null) },
  { element: 'xref', type: 'xGraphic', levels: { 2: ['entry'], 3: ['entry', 'lang'] }, picklist: both(null) },
  { element: 'ref', type: 'crossReference', levels: both(['entry', 'term']), picklist: both(null) },
];
/** Elements with no type that TBX-Basic allows at every level. */
const UNTYPED = new Set(['note', 'transacGrp', 'descripGrp', 'adminGrp']);
const NCNAME = /^[A-Za-z_][\w.-]*$/;
const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Every TBX-Basic rule the document breaks, as "where: what" strings; [] when it conforms.
 * Edition from the root: `martif` (TBX v2) or `tbx` (TBX v3, namespace urn:iso:std:iso:30042:ed-2, style dca).
 */
export function tbxBasicViolations(xml: string): string[] {
  const out: string[] = [];
  const root = tree(xml);
  const edition = root.name === 'tbx' ? 3 : 2;
  const N = NAMES[edition];
  const at = (n: Node, what: string) => out.push(`line ${n.line} <${n.name}>: ${what}`);
  if (root.name !== N.root) at(root, `the root must be <martif> (TBX v2) or <tbx> (TBX v3)`);
  if (root.attrs.type !== 'TBX-Basic') at(root, `type must be TBX-Basic, not ${root.attrs.type ?? 'absent'}`);
  if (!root.attrs['xml:lang']) at(root, 'xml:lang is required');
  if (edition === 3) {
    if (root.attrs.xmlns !== 'urn:iso:std:iso:30042:ed-2') at(root, 'TBX v3 elements are in the namespace urn:iso:std:iso:30042:ed-2');
    if (root.attrs.style !== 'dca') at(root, `TBX-Basic is written in DCA style (style="dca"), not ${root.attrs.style ?? 'absent'}`);
  }
  const [header, text] = root.children;
  if (root.children.length !== 2 || header?.name !== N.header || text?.name !== 'text') at(root, `must hold <${N.header}> then <text>`);
  const fileDesc = header?.children.find((c) => c.name === 'fileDesc');
  if (!fileDesc) at(header ?? root, 'a header needs <fileDesc>');
  else if (!fileDesc.children.some((c) => c.name === 'sourceDesc')) at(fileDesc, '<fileDesc> needs a <sourceDesc>');
  if (edition === 2) {
    const xcs = header?.children.find((c) => c.name === 'encodingDesc')?.children.find((c) => c.attrs.type === 'XCSURI');
    if (!xcs || !/TBXBasic/i.test(xcs.text)) at(header ?? root, 'a TBX v2 TBX-Basic file names the TBX-Basic XCS in encodingDesc/p[@type="XCSURI"]');
  }
  const body = text?.children.find((c) => c.name === 'body');
  if (!body) {
    at(text ?? root, '<text> needs a <body>');
    return out;
  }
  if (body.children.length === 0) at(body, `a <body> holds at least one <${N.entry}>`);
  const ids = new Set<string>();

  const dataCategory = (n: Node, level: Level): void => {
    if (UNTYPED.has(n.name)) return;
    const dc = DATA_CATEGORIES.find((d) => d.element === n.name && d.type === n.attrs.type);
    if (!dc) {
      at(n, `${n.attrs.type ? `type="${n.attrs.type}"` : 'this element'} is not a TBX-Basic data category`);
      return;
    }
    const levels = dc.levels[edition];
    const picklist = dc.picklist[edition];
    if (!levels.includes(level)) at(n, `${dc.type} is not allowed at ${level} level (only ${levels.join(', ')})`);
    if (picklist && !picklist.includes(n.text.trim())) at(n, `${dc.type} "${n.text}" is not in its picklist (${picklist.join(', ')})`);
  };

  for (const entry of body.children) {
    if (entry.name !== N.entry) {
      at(entry, `<body> holds only <${N.entry}>`);
      continue;
    }
    const id = entry.attrs.id;
    if (!id) at(entry, 'an entry needs an id');
    else if (!NCNAME.test(id)) at(entry, `id "${id}" is not an XML name`);
    else if (ids.has(id)) at(entry, `id "${id}" is used twice`);
    if (id) ids.add(id);
    const langs = entry.children.filter((c) => c.name === N.lang);
    if (langs.length === 0) at(entry, `an entry needs at least one <${N.lang}>`);
    let seenLang = false;
    for (const c of entry.children) {
      if (c.name === N.lang) seenLang = true;
      else if (seenLang) at(c, `entry-level information comes before the <${N.lang}>s`);
      else dataCategory(c, 'entry');
    }
    for (const lang of langs) {
      if (!LANG_TAG.test(lang.attrs['xml:lang'] ?? '')) at(lang, `xml:lang "${lang.attrs['xml:lang'] ?? ''}" is not a language tag`);
      const terms = lang.children.filter((c) => c.name === N.term);
      if (terms.length === 0) at(lang, `a language section needs at least one <${N.term}>`);
      for (const c of lang.children) {
        if (c.name === N.term) continue;
        if (c.name === 'ntig' || c.name === 'termGrp') at(c, `TBX-Basic uses <${N.term}> only`);
        else dataCategory(c, 'lang');
      }
      for (const term of terms) {
        const first = term.children[0];
        if (first?.name !== 'term') at(term, `a <${N.term}> starts with its <term>`);
        if (term.children.filter((c) => c.name === 'term').length !== 1) at(term, `a <${N.term}> holds exactly one <term>`);
        else if (first?.name === 'term' && first.text.trim() === '') at(first, 'a term is not empty');
        const single = new Set<string>();
        for (const c of term.children.slice(1)) {
          dataCategory(c, 'term');
          // Picklist term notes describe the term: one value each.
          if (c.name === 'termNote') {
            if (single.has(c.attrs.type)) at(c, `${c.attrs.type} is given twice for one term`);
            single.add(c.attrs.type);
          }
        }
      }
    }
  }
  return out;
}
