// Driving Debian's OmegaT (3.6) in console mode, shared by the TMX and XLIFF consumer tests: a project folder with
// the given source files and tm/auto memories, translated with --mode=console-translate.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LangCode } from '../../core/index.js';
import { REGION_CODES } from '../../core/export/types.js';

export const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';
export const hasOmegaT = existsSync(OMEGAT_JAR) && spawnSync('java', ['-version']).status === 0;

/** The project file: Romanian source, sentence segmentation off (segments are what we wrote), tags kept. */
function projectFile(source: LangCode, target: LangCode): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>${REGION_CODES[source]}</source_lang>
    <target_lang>${REGION_CODES[target]}</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneRomanianTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`;
}

export interface OmegatRun {
  /** stdout and stderr together (OmegaT logs load errors there but still exits 0). */
  readonly out: string;
  /** Reads a translated file from target/. */
  target(name: string): string;
}

/**
 * Creates a project under `parent` (source ro, target `target`), puts `sources` in source/ and `memories` in
 * tm/auto, and runs console-translate. Asserting the exit status is the caller's job.
 */
export function omegatTranslate(
  parent: string,
  target: LangCode,
  sources: Readonly<Record<string, string | Uint8Array>>,
  memories: Readonly<Record<string, string | Uint8Array>>,
): OmegatRun & { readonly status: number | null } {
  const project = mkdtempSync(join(parent, `omegat-${target}-`));
  for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat']) mkdirSync(join(project, sub), { recursive: true });
  writeFileSync(join(project, 'omegat.project'), projectFile('ro', target));
  for (const [name, data] of Object.entries(sources)) writeFileSync(join(project, 'source', name), data);
  for (const [name, data] of Object.entries(memories)) writeFileSync(join(project, 'tm', 'auto', name), data);
  const r = spawnSync(
    'java',
    ['-jar', OMEGAT_JAR, project, '--mode=console-translate', `--config-dir=${join(project, '.config')}`, '--disable-project-locking', '--no-team'],
    // OmegaT writes an empty translate.txt into its working directory: keep it in the temporary project.
    { encoding: 'utf8', timeout: 180_000, cwd: project },
  );
  return { status: r.status, out: `${r.stdout}\n${r.stderr}`, target: (name) => readFileSync(join(project, 'target', name), 'utf8') };
}
