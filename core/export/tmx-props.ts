// The prop types Concordia writes into TMX and reads back: one table for the writer (core/export/tmx.ts) and the
// reader (core/parsers/tmx.ts).
/** Prop types Concordia writes and reads back. Per-version props are suffixed with `:` and the language tag. */
export const TMX_PROPS = {
  row: 'x-concordia-row',
  kind: 'x-concordia-kind',
  sentence: 'x-concordia-sentence',
  flags: 'x-concordia-flags',
  label: 'x-concordia-label',
  unofficial: 'x-concordia-unofficial',
  level: 'x-concordia-level',
  pivot: 'x-concordia-pivot',
  procedure: 'x-concordia-procedure',
  /** Per version, suffixed with `:` and the version's language tag. */
  name: 'x-concordia-name',
  status: 'x-concordia-status',
  title: 'x-concordia-title',
  references: 'x-concordia-references',
} as const;
