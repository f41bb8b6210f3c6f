// The suite every XML exporter runs (house style §5): deterministic output, well-formed XML that an independent
// parser (saxes) reads, every expected text present exactly, and nothing XML 1.0 forbids.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';

export interface XmlExporterUnderTest {
  readonly name: string;
  /** Writes the fixture input and returns the whole file. */
  write(): string;
  /** Texts that must appear, exactly, as the text content of some `textElement` element. */
  readonly expectedTexts: readonly string[];
  /** The element whose text content holds the exported texts (`seg`, `term`). */
  readonly textElement: string;
  readonly rootElement: string;
}

/** Text content of every `element`, in document order, read with saxes (not our reader). */
export function textsOf(xml: string, element: string): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const out: string[] = [];
  let depth = 0;
  let buf = '';
  parser.on('opentag', (n) => {
    if (n.name === element) depth++;
  });
  parser.on('text', (t) => {
    if (depth) buf += t;
  });
  parser.on('closetag', (n) => {
    if (n.name === element && --depth === 0) {
      out.push(buf);
      buf = '';
    }
  });
  parser.write(xml).close();
  return out;
}

export function rootOf(xml: string): string {
  const parser = new SaxesParser({ xmlns: false });
  let root = '';
  parser.on('opentag', (n) => {
    if (!root) root = n.name;
  });
  parser.write(xml).close();
  return root;
}

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function describeXmlExporterContract(x: XmlExporterUnderTest): void {
  describe(`${x.name}: exporter contract`, () => {
    it('is deterministic', () => {
      expect(x.write()).toBe(x.write());
    });
    it(`is well-formed XML with root <${x.rootElement}>`, () => {
      expect(rootOf(x.write())).toBe(x.rootElement);
    });
    it('holds nothing XML 1.0 forbids', () => {
      expect(FORBIDDEN.test(x.write())).toBe(false);
    });
    it('round-trips every expected text exactly through an independent parser', () => {
      const texts = new Set(textsOf(x.write(), x.textElement));
      const missing = x.expectedTexts.filter((t) => !texts.has(t));
      expect(missing).toEqual([]);
    });
  });
}
