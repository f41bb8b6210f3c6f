#!/usr/bin/env node
// Converts the public sentence-alignment test sets into the folder layout `npm run bench` reads from
// CONCORDIA_ALIGN_BENCH. Nothing is downloaded: point it at copies you made yourself (see README, "Sentence
// alignment bench").
//
//   node scripts/convert-align-bench.mjs --textberg DIR --hunalign-1984 DIR --out DIR
//
// --textberg       Vecalign's bleualign_data/ folder: test0..test6 .de/.fr (one sentence per line) and .defr gold
//                  files, already in the `[i, j]:[k]` bead format (Text+Berg, as used by Bleualign, Vecalign,
//                  Bertalign).
// --hunalign-1984  hunalign's regtest/handaligns/1984.ro.utf8/ folder: hu.sen (Romanian, named "hu" there),
//                  en.sen (English) and hand.ladder (hand alignment as ladder rungs "i j", 0-based).
//
// Output: OUT/<set>/<doc>.<src>, <doc>.<tgt> (one sentence per line) and <doc>.<src>-<tgt>.gold (one bead per
// line, `[i, j]:[k]`, 0-based, `[]` for an empty side).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { textberg: { type: 'string' }, 'hunalign-1984': { type: 'string' }, out: { type: 'string' } } });
if (!values.out || (!values.textberg && !values['hunalign-1984'])) {
  console.error('usage: node scripts/convert-align-bench.mjs [--textberg DIR] [--hunalign-1984 DIR] --out DIR');
  process.exit(2);
}

function need(path) {
  if (!existsSync(path)) {
    console.error(`missing input file: ${path}`);
    process.exit(1);
  }
  return readFileSync(path, 'utf8');
}

/** Lines without the final empty one; CRLF tolerated. */
const linesOf = (text) => {
  const l = text.replace(/\r\n?/g, '\n').split('\n');
  if (l.at(-1) === '') l.pop();
  return l;
};
const range = (a, b) => Array.from({ length: b - a }, (_, k) => a + k);
const bead = (s, t) => `[${s.join(', ')}]:[${t.join(', ')}]`;

let written = 0;
if (values.textberg) {
  const dir = join(values.out, 'textberg');
  mkdirSync(dir, { recursive: true });
  for (let k = 0; existsSync(join(values.textberg, `test${k}.de`)); k++) {
    const doc = `test${k}`;
    const de = linesOf(need(join(values.textberg, `${doc}.de`)));
    const fr = linesOf(need(join(values.textberg, `${doc}.fr`)));
    // Vecalign's gold lines are `[0]:[0, 1]`; normalise the spacing and check every index is in range.
    const gold = linesOf(need(join(values.textberg, `${doc}.defr`))).map((line, n) => {
      const m = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/.exec(line);
      if (!m) throw new Error(`${doc}.defr line ${n + 1}: not a bead: ${line}`);
      const side = (s, max) => s.split(',').filter((x) => x.trim() !== '').map((x) => {
        const v = Number(x);
        if (v >= max) throw new Error(`${doc}.defr line ${n + 1}: index ${v} beyond ${max} sentences`);
        return v;
      });
      return bead(side(m[1], de.length), side(m[2], fr.length));
    });
    writeFileSync(join(dir, `${doc}.de`), `${de.join('\n')}\n`);
    writeFileSync(join(dir, `${doc}.fr`), `${fr.join('\n')}\n`);
    writeFileSync(join(dir, `${doc}.de-fr.gold`), `${gold.join('\n')}\n`);
    written++;
  }
}
if (values['hunalign-1984']) {
  const src = values['hunalign-1984'];
  const dir = join(values.out, '1984');
  mkdirSync(dir, { recursive: true });
  const ro = linesOf(need(join(src, 'hu.sen'))).map((l) => l.trim());
  const en = linesOf(need(join(src, 'en.sen'))).map((l) => l.trim());
  // A ladder lists the rungs (i, j) where both texts are cut; the bead between two rungs holds the sentences in
  // between. hunalign's ladder starts at 0 0 and ends at the two lengths.
  const rungs = linesOf(need(join(src, 'hand.ladder'))).map((l, n) => {
    const [i, j] = l.trim().split(/\s+/).map(Number);
    if (!Number.isInteger(i) || !Number.isInteger(j)) throw new Error(`hand.ladder line ${n + 1}: not a rung: ${l}`);
    return [i, j];
  });
  if (rungs[0][0] !== 0 || rungs[0][1] !== 0) rungs.unshift([0, 0]);
  const last = rungs.at(-1);
  if (last[0] !== ro.length || last[1] !== en.length) rungs.push([ro.length, en.length]);
  const gold = [];
  for (let k = 1; k < rungs.length; k++) {
    const [i0, j0] = rungs[k - 1];
    const [i1, j1] = rungs[k];
    if (i1 < i0 || j1 < j0) throw new Error(`hand.ladder rung ${k + 1} goes backwards`);
    gold.push(bead(range(i0, i1), range(j0, j1)));
  }
  writeFileSync(join(dir, '1984.ro'), `${ro.join('\n')}\n`);
  writeFileSync(join(dir, '1984.en'), `${en.join('\n')}\n`);
  writeFileSync(join(dir, '1984.ro-en.gold'), `${gold.join('\n')}\n`);
  written++;
}
console.log(`wrote ${written} document pair(s) under ${values.out}`);
