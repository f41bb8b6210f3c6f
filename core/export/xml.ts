// The small XML toolkit TMX and TBX share: escaping, XML 1.0 character hygiene and element/attribute rendering.
// Format words (tu, tuv, langSet…) stay in the format modules.

/**
 * Characters XML 1.0 forbids (§2.2 Char): C0 controls except tab, LF and CR; U+FFFE and U+FFFF; and UTF-16
 * surrogates that are not part of a pair. Everything else, astral characters included, is allowed.
 */
// Without the `u` flag the pattern sees UTF-16 code units, so the lookarounds can find unpaired surrogates.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes the characters XML 1.0 cannot carry at all (not even as character references).
 * Deterministic; never throws.
 */
export function stripForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN, '');
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  // Attribute-value normalisation (XML 1.0 §3.3.3) turns literal tab/LF/CR into spaces; references survive it.
  '\t': '&#9;',
  '\n': '&#10;',
};

/**
 * Text content → XML: drops forbidden characters, escapes `&`, `<`, `>` (so `]]>` cannot appear) and CR (which a
 * parser would otherwise normalise to LF). Deterministic; never throws.
 */
export function escapeXmlText(text: string): string {
  return stripForbiddenXmlChars(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

/** Attribute value → XML for use inside double quotes; also escapes `"`, tab and LF. Deterministic; never throws. */
export function escapeXmlAttr(value: string): string {
  return stripForbiddenXmlChars(value).replace(/[&<>"\r\t\n]/g, (c) => ATTR_ESCAPES[c]);
}

export type XmlAttrs = Readonly<Record<string, string | number | undefined>>;

/** ` a="1" b="2"` in the given key order; undefined values are left out. */
export function renderAttrs(attrs: XmlAttrs | undefined): string {
  if (!attrs) return '';
  let out = '';
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    out += ` ${k}="${escapeXmlAttr(String(v))}"`;
  }
  return out;
}

/** `<name attrs>escaped text</name>`, or `<name attrs/>` when the text is empty. */
export function textElement(name: string, attrs: XmlAttrs | undefined, text: string): string {
  const body = escapeXmlText(text);
  return body === '' ? `<${name}${renderAttrs(attrs)}/>` : `<${name}${renderAttrs(attrs)}>${body}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
