import { makeFinding } from './finding.js';
import { langLabel } from './compare-values.js';
import type { Check } from './types.js';

/** The aligner's row flags (missing, extra, split, merged, relabelled, low-confidence) as findings. */
export const checkStructure: Check = (row, ctx) =>
  row.flags.map((f) =>
    makeFinding('structure', f.flag === 'low-confidence' || f.flag === 'relabelled' ? 'info' : 'warning', row.key, [], { key: 'structure.flag', params: { flag: f.flag, detail: f.detail, langB: langLabel(ctx, f.doc) } }, [
      { doc: f.doc, lang: ctx.lang(f.doc) },
    ]),
  );
