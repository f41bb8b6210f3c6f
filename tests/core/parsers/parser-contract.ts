import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../core/index.js';
import type { DocumentParser, ParsedDocument } from '../../../core/index.js';
import type { FixtureDoc } from './fixture-docs.js';
import { expectedUnits } from './fixture-docs.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export function fixtureBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, rel)));
}

export interface ContractFixtures {
  /** Fixture files (relative to tests/fixtures) with the document each one holds. */
  readonly valid: readonly { readonly file: string; readonly doc: FixtureDoc }[];
  /** Inputs this parser must reject with a ParseError (never another exception), and the code expected. */
  readonly malformed: readonly { readonly name: string; readonly bytes: () => Uint8Array; readonly code: ParseError['code'] }[];
}

/** The comparable part of a parsed document: what every format must agree on for the same text. */
export function essence(doc: ParsedDocument) {
  return {
    lang: doc.lang,
    procedure: doc.procedure,
    units: doc.units.map((u) => ({ kind: u.kind, label: u.label, ordinal: u.ordinal, text: u.text, calls: u.calls })),
    footnotes: doc.footnotes,
  };
}

/**
 * The suite every document parser runs (house style §5): each valid fixture parses to exactly the units and
 * footnotes of the document it was generated from, parsing is deterministic, the parser sniffs its own files,
 * and malformed input is a ParseError with the right code.
 */
export function describeParserContract(parser: DocumentParser, fx: ContractFixtures): void {
  describe(`${parser.format.id}: contract`, () => {
    it.each(fx.valid.map((v) => [v.file, v.doc] as const))('parses %s to the fixture document', async (file, doc) => {
      const parsed = await parser.parse(fixtureBytes(file), { fileName: file });
      expect(parsed.format).toBe(parser.format.id);
      expect(essence(parsed)).toEqual({
        lang: doc.lang,
        procedure: doc.procedure,
        units: expectedUnits(doc),
        footnotes: doc.footnotes.map((text, i) => ({ n: i + 1, text })),
      });
      expect(parsed.title).toBe(doc.title);
      expect(parsed.unstructured).toBe(false);
    });

    it('is deterministic: the same bytes twice give deep-equal documents', async () => {
      for (const { file } of fx.valid.slice(0, 3)) {
        const bytes = fixtureBytes(file);
        const a = await parser.parse(bytes, { fileName: file });
        const b = await parser.parse(bytes.slice(), { fileName: file });
        expect(b).toEqual(a);
      }
    });

    it('leaves the caller’s bytes untouched', async () => {
      const { file } = fx.valid[0];
      const bytes = fixtureBytes(file);
      const copy = bytes.slice();
      await parser.parse(bytes, { fileName: file });
      expect(bytes).toEqual(copy);
    });

    it('sniffs its own fixtures', () => {
      for (const { file } of fx.valid) expect(parser.sniff(fixtureBytes(file).subarray(0, 4096)), file).toBe(true);
    });

    it.each(fx.malformed.map((m) => [m.name, m] as const))('throws ParseError on %s', async (_name, m) => {
      const error = await parser.parse(m.bytes(), { fileName: `bad.${parser.format.extensions[0]}` }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).code).toBe(m.code);
      expect((error as ParseError).message).toContain(`bad.${parser.format.extensions[0]}`);
    });
  });
}
