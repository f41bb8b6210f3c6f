// Issue 16: `concordia parse` on a paste that starts at recital F prints the units with their true labels, no
// title and the warning saying where the text seems to start.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'concordia-partial-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('concordia parse on a text that starts mid-sequence', () => {
  it('prints the recitals from F, no title and the missing-beginning warning', () => {
    const file = join(dir, 'en-from-f.txt');
    writeFileSync(
      file,
      [
        'F. whereas the regional water authority closed three reservoirs in March 2021 without notice;',
        'G. whereas about 14 000 households in the valley had no drinking water for eleven days;',
        'H. whereas the local press reported on the shortage and two journalists were fined;',
        '1. Calls on the authorities to reopen the reservoirs and publish the inspection reports;',
        '2. Instructs its President to forward this resolution to the Council and the Commission.',
        '',
      ].join('\n\n'),
    );
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts', 'concordia.ts'), 'parse', file, '--lang', 'en'], { cwd: repo, encoding: 'utf8' });
    expect(out).toMatch(/^title +\(none\)$/m);
    expect(out).toMatch(/^units +0 citations, 3 recitals, 2 paragraphs/m);
    expect(out).toMatch(/^recital +F +whereas the regional water authority/m);
    expect(out).toMatch(/^recital +H +whereas the local press/m);
    expect(out).toContain('warning: the text seems to start at recital F: no title or opening line was found; recitals A–E and the citations are missing (line 1)');
  }, 60_000);
});
