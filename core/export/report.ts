// The review report: one self-contained, printable HTML file (inline CSS, no scripts, no external resources)
// listing, row by row, the findings and annotations with the versions side by side and the spans marked.
import type { AlignedRow } from '../model/alignment.js';
import type { Finding, MessageRef, Severity } from '../model/findings.js';
import type { LangCode } from '../model/language.js';
import type { ExportAnnotation, ExportDocument, ExportGrid } from './types.js';
import { stripForbiddenXmlChars } from './xml.js';

export interface ReportOptions {
  readonly title?: string;
  /** Shown under the title (e.g. an ISO date); left out when absent so the output is deterministic. */
  readonly generatedAt?: string;
  /** Turns a finding's message into text in the report language; default: the key and its parameters. */
  readonly formatMessage?: (m: MessageRef) => string;
  /** Findings a reviewer dismissed, by id; listed struck through rather than left out. */
  readonly dismissed?: ReadonlySet<string>;
  /** Also list rows that have no finding and no annotation; default false. */
  readonly allRows?: boolean;
}

/** HTML text escaping (also quotes, so the helper is safe in attributes); forbidden characters dropped. */
export function escapeHtml(text: string): string {
  return stripForbiddenXmlChars(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function defaultMessage(m: MessageRef): string {
  const params = Object.entries(m.params).map(([k, v]) => `${k}: ${v}`);
  return params.length ? `${m.key} (${params.join(', ')})` : m.key;
}

interface Range {
  readonly start: number;
  readonly end: number;
  readonly cls: string;
  readonly title: string;
}

/** Text with the ranges wrapped in <mark>; overlapping ranges are merged into the first one's class. */
export function markRanges(text: string, ranges: readonly Range[]): string {
  const sorted = [...ranges].filter((r) => r.end > r.start && r.start < text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, text.length);
    if (end <= start) continue;
    out += escapeHtml(text.slice(at, start));
    out += `<mark class="${r.cls}" title="${escapeHtml(r.title)}">${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

const CSS = `
:root { --ink:#1d232b; --muted:#5b6673; --line:#d5dbe2; --err:#b3261e; --warn:#9a6700; --info:#2f5d8a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: var(--ink); margin: 24px 32px; }
h1 { font-size: 22px; margin: 0 0 4px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.versions { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 16px; padding: 0; list-style: none; }
.versions li { border: 1px solid var(--line); border-radius: 4px; padding: 3px 8px; }
.badge { display: inline-block; font-size: 11px; font-weight: 600; letter-spacing: .03em; padding: 1px 6px; border-radius: 3px; vertical-align: 1px; }
.official { background: #e3f1e6; color: #1e6b34; }
.unofficial { background: #fdecc8; color: #7a4b00; }
.summary { border-collapse: collapse; margin-bottom: 20px; }
.summary td, .summary th { border: 1px solid var(--line); padding: 3px 10px; text-align: left; }
section.row { border-top: 2px solid var(--ink); padding-top: 8px; margin-top: 22px; break-inside: avoid; page-break-inside: avoid; }
section.row h2 { font-size: 16px; margin: 0 0 6px; }
section.row h2 .key { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 400; color: var(--muted); font-size: 13px; }
table.versions-side { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.versions-side th { text-align: left; font-size: 12px; background: #f3f5f8; border: 1px solid var(--line); padding: 4px 6px; }
table.versions-side td { vertical-align: top; border: 1px solid var(--line); padding: 6px; overflow-wrap: anywhere; }
td.empty { color: var(--muted); font-style: italic; background: repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#f1f1f1 6px,#f1f1f1 12px); }
mark { padding: 0 1px; border-radius: 2px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
mark.error { background: #ffd3cf; box-shadow: inset 0 -2px 0 var(--err); }
mark.warning { background: #ffe9a8; box-shadow: inset 0 -2px 0 var(--warn); }
mark.info { background: #d9e8f7; box-shadow: inset 0 -2px 0 var(--info); }
mark.note { background: #e6dcf7; box-shadow: inset 0 -2px 0 #6b4fa3; }
ul.items { margin: 8px 0 0; padding-left: 18px; }
ul.items li { margin: 2px 0; }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; margin-right: 4px; }
.sev.error { color: var(--err); } .sev.warning { color: var(--warn); } .sev.info { color: var(--info); }
.dismissed { text-decoration: line-through; color: var(--muted); }
.ann { color: #4a3a78; }
.quote { font-style: italic; }
footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
@page { size: A4 landscape; margin: 12mm; }
@media print { body { margin: 0; font-size: 11px; } section.row { margin-top: 12px; } a { color: inherit; text-decoration: none; } }
`;

/**
 * Renders the report. Rows appear in grid order when they have a finding or an annotation (or always, with
 * `allRows`); each shows every version's text with the findings' and annotations' spans in <mark>, then the
 * findings (most severe first) and the annotations. Unofficial versions are badged everywhere they appear.
 * All text is escaped. Deterministic for the same input; never throws on content.
 */
export function renderReport(
  grid: ExportGrid,
  docs: readonly ExportDocument[],
  findings: readonly Finding[],
  annotations: readonly ExportAnnotation[],
  options: ReportOptions = {},
): string {
  const fmt = options.formatMessage ?? defaultMessage;
  const findingsByRow = new Map<string, Finding[]>();
  for (const f of findings) findingsByRow.set(f.row, [...(findingsByRow.get(f.row) ?? []), f]);
  const annotationsByRow = new Map<string, ExportAnnotation[]>();
  for (const a of annotations) {
    for (const key of new Set(a.spans.map((s) => s.rowKey))) annotationsByRow.set(key, [...(annotationsByRow.get(key) ?? []), a]);
  }
  const official = (i: number) => grid.documents[i].official && (docs[i]?.official ?? false);
  const badge = (i: number) =>
    official(i) ? '<span class="badge official">official</span>' : '<span class="badge unofficial">UNOFFICIAL</span>';
  const docOfLang = (lang: LangCode) => grid.documents.findIndex((d) => d.lang === lang);

  const title = options.title ?? docs.find((d) => d.title)?.title ?? 'Review report';
  const procedure = docs.find((d) => d.procedure)?.procedure;
  const out: string[] = [];
  out.push('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">\n');
  out.push(`<title>${escapeHtml(`Review report — ${title}`)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n`);
  out.push(`<h1>${escapeHtml(title)}</h1>\n`);
  const meta = ['Review report', procedure, options.generatedAt ? `generated ${options.generatedAt}` : undefined].filter(Boolean) as string[];
  out.push(`<p class="meta">${escapeHtml(meta.join(' · '))}</p>\n<ul class="versions">\n`);
  grid.documents.forEach((d, i) => {
    const refs = docs[i]?.references.length ? ` — ${docs[i].references.join(', ')}` : '';
    out.push(`<li><strong>${escapeHtml(d.lang.toUpperCase())}</strong> ${escapeHtml(d.name)} ${badge(i)}${escapeHtml(refs)}</li>\n`);
  });
  out.push('</ul>\n');

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!options.dismissed?.has(f.id)) counts[f.severity]++;
  out.push('<table class="summary"><tr><th>Errors</th><th>Warnings</th><th>Info</th><th>Dismissed</th><th>Annotations</th></tr>');
  out.push(
    `<tr><td>${counts.error}</td><td>${counts.warning}</td><td>${counts.info}</td><td>${findings.filter((f) => options.dismissed?.has(f.id)).length}</td><td>${annotations.length}</td></tr></table>\n`,
  );
  if (grid.documents.some((_, i) => !official(i))) {
    out.push('<p class="meta">Versions marked UNOFFICIAL are not official EU texts.</p>\n');
  }

  let listed = 0;
  for (const row of grid.rows) {
    const rowFindings = [...(findingsByRow.get(row.key) ?? [])].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const rowAnnotations = annotationsByRow.get(row.key) ?? [];
    if (!options.allRows && rowFindings.length === 0 && rowAnnotations.length === 0) continue;
    listed++;
    out.push(renderRow(row, rowFindings, rowAnnotations));
  }
  if (listed === 0) out.push('<p>No findings and no annotations.</p>\n');
  out.push('<footer>Concordia review report. Marked spans: red errors, amber warnings, blue information, violet annotations.</footer>\n</body>\n</html>\n');
  return out.join('');

  function renderRow(row: AlignedRow, rowFindings: readonly Finding[], rowAnnotations: readonly ExportAnnotation[]): string {
    const label = row.cells[grid.pivot]?.[0]?.label ?? row.cells.find((c) => c.length)?.[0]?.label ?? null;
    const heading = `${row.kind === 'paragraph' ? 'Paragraph' : row.kind[0].toUpperCase() + row.kind.slice(1)}${label ? ` ${label}` : ''}`;
    let html = `<section class="row" id="${escapeHtml(row.key)}">\n<h2>${escapeHtml(heading)} <span class="key">${escapeHtml(row.key)}</span></h2>\n`;
    html += '<table class="versions-side"><tr>';
    grid.documents.forEach((d, i) => (html += `<th>${escapeHtml(d.lang.toUpperCase())} ${badge(i)}</th>`));
    html += '</tr><tr>';
    row.cells.forEach((cell, i) => {
      if (cell.length === 0) {
        html += '<td class="empty">(nothing in this version)</td>';
        return;
      }
      const parts = cell.map((seg) => {
        const ranges: Range[] = [];
        for (const f of rowFindings) {
          if (options.dismissed?.has(f.id)) continue;
          for (const s of f.spans) if (s.doc === i && s.unit === seg.id) ranges.push({ start: s.start, end: s.end, cls: f.severity, title: fmt(f.message) });
        }
        for (const a of rowAnnotations) {
          for (const s of a.spans) {
            if (s.rowKey === row.key && s.unitId === seg.id && docOfLang(s.lang) === i) ranges.push({ start: s.start, end: s.end, cls: 'note', title: a.comment });
          }
        }
        return markRanges(seg.text, ranges);
      });
      html += `<td lang="${escapeHtml(grid.documents[i].lang)}">${parts.join(' ')}</td>`;
    });
    html += '</tr></table>\n<ul class="items">\n';
    for (const f of rowFindings) {
      const dismissed = options.dismissed?.has(f.id);
      html += `<li${dismissed ? ' class="dismissed"' : ''}><span class="sev ${f.severity}">${f.severity}</span>${escapeHtml(f.type)} — ${escapeHtml(fmt(f.message))}`;
      html += ` <span class="meta">(${escapeHtml(f.langs.join(', '))})</span>${dismissed ? ' <em>dismissed</em>' : ''}</li>\n`;
    }
    for (const a of rowAnnotations) {
      const quotes = a.spans.filter((s) => s.rowKey === row.key).map((s) => `${s.lang.toUpperCase()}: <span class="quote">“${escapeHtml(s.quote)}”</span>`);
      html += `<li class="ann"><span class="sev">note</span>${escapeHtml(a.category)} · ${escapeHtml(a.status)}${a.author ? ` · ${escapeHtml(a.author)}` : ''}`;
      html += `${a.comment ? ` — ${escapeHtml(a.comment)}` : ''}${quotes.length ? ` (${quotes.join('; ')})` : ''}</li>\n`;
    }
    return `${html}</ul>\n</section>\n`;
  }
}
