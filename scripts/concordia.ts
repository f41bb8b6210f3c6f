// The `concordia` command line: `npm run -s concordia -- <command> …`. Each command is one module in
// scripts/commands/, loaded on demand so that a command's dependencies load only when it runs.
import type { CliIo, Command } from './lib/cli.js';
import { reportError, UsageError } from './lib/cli.js';

const COMMANDS: Record<string, { load: () => Promise<{ run: Command }>; summary: string }> = {
  parse: { load: () => import('./commands/parse.js'), summary: 'parse FILE [--lang xx] [--json]: the structure of one language version' },
  align: { load: () => import('./commands/align.js'), summary: 'align FILE… [--pivot LANG] [--level unit|sentence] [--dict FILE]… [--no-vocabulary] [--json]: the aligned grid' },
  'align-sentences': { load: () => import('./commands/align-sentences.js'), summary: 'align-sentences SRC TGT [--src-lang xx --tgt-lang yy] [--text] [--confidence] [--gold GOLD] [--dict FILE]... [--no-vocabulary] [--split]: sentence beads for two one-sentence-per-line files (--split: running text)' },
  check: { load: () => import('./commands/check.js'), summary: 'check FILE…|PROJECT [--json]: discrepancies between versions' },
  names: { load: () => import('./commands/names.js'), summary: 'names FILE…|PROJECT [--json|--csv]: proper names and their spellings' },
  project: { load: () => import('./commands/project.js'), summary: 'project create|add|info …: project files' },
  annotate: { load: () => import('./commands/annotate.js'), summary: 'annotate P --row KEY --lang LANG --text "…" --category C [--comment …]' },
  annotations: { load: () => import('./commands/annotations.js'), summary: 'annotations P [--json]: the annotations of a project' },
  export: { load: () => import('./commands/export.js'), summary: 'export FILE…|PROJECT [--tmx OUT] [--xliff OUT] [--xliff12 OUT] [--tbx OUT] [--csv OUT] [--xlsx OUT] [--report OUT.html]' },
  fetch: { load: () => import('./commands/fetch.js'), summary: 'fetch REF --langs ro,en,… [--project P] [--out DIR]: official versions from the EP or EUR-Lex' },
  team: { load: () => import('./commands/team.js'), summary: 'team add-user --db postgres://… NAME --role ROLE [--langs ro,de] | team users --db …: team accounts' },
};

function usage(): string {
  return ['usage: concordia <command> [options]', '', 'commands:', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`), ''].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.err(`concordia: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    const mod = await entry.load();
    return await mod.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`concordia ${name}: ${e.message}\n  ${entry.summary}\n`);
      return 2;
    }
    return reportError(e, io);
  }
}

// A reader that stops early (`… | head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = reportError(e, io);
  },
);
