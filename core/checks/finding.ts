import type { Finding, FindingType, MessageRef, Severity, Span } from '../model/findings.js';
import type { LangCode } from '../model/language.js';
import { stableHash } from '../names/util.js';

/**
 * Builds a finding with a deterministic id: a hash of the type, the row and each span's document, unit and text
 * (not offsets, so an edit elsewhere in the unit keeps the id and a dismissal survives a re-check). `langs` lists
 * the spans' languages in document order, plus `extraLangs` (a version where something is missing has no span).
 */
export function makeFinding(type: FindingType, severity: Severity, row: string, spans: readonly Span[], message: MessageRef, extraLangs: readonly { doc: number; lang: LangCode }[] = []): Finding {
  const docs = [...spans.map((s) => ({ doc: s.doc, lang: s.lang })), ...extraLangs].sort((a, b) => a.doc - b.doc);
  const langs: LangCode[] = [];
  for (const d of docs) if (!langs.includes(d.lang)) langs.push(d.lang);
  const idSource = [type, row, ...spans.map((s) => `${s.doc}|${s.unit}|${s.text}`), ...extraLangs.map((e) => `+${e.doc}`), message.key].join('\u0001');
  return { id: `f-${stableHash(idSource)}${stableHash(`${idSource}#`)}`, type, severity, row, langs, message, spans };
}

/** A span over `text.slice(start, end)` of one unit. */
export function spanOf(doc: number, lang: LangCode, unit: string, text: string, start: number, end: number): Span {
  return { lang, doc, unit, start, end, text: text.slice(start, end) };
}
