import type { LangCode } from '../model/language.js';
import type { ParsedDocument, SourceFormat } from '../model/document.js';

export interface FormatDescriptor {
  readonly id: SourceFormat;
  readonly displayName: string;
  readonly extensions: readonly string[];
  readonly mimeTypes: readonly string[];
}

export interface ParseOptions {
  /** Shown in error messages ("ro.docx: …"). */
  readonly fileName?: string;
  /** Overrides language detection. */
  readonly lang?: LangCode;
  /** Whether this is an official language version (default false: only the bundled Romanian text is). */
  readonly official?: boolean;
  /**
   * Accept a text with no EP structure (no citations, recitals or numbered paragraphs) and return its blocks as
   * plain paragraphs; otherwise such a text is a ParseError with code `no-structure`.
   */
  readonly allowUnstructured?: boolean;
  /** Legacy 8-bit encoding to use when the bytes are not UTF-8; detected when absent. */
  readonly encoding?: 'utf-8' | 'windows-1250' | 'windows-1252' | 'iso-8859-2' | 'windows-1251' | 'iso-8859-7';
}

/**
 * One module per file format. Parsers are stateless and deterministic: the same bytes and options give the same
 * document.
 */
export interface DocumentParser {
  readonly format: FormatDescriptor;
  /** True when the first bytes look like this format. */
  sniff(head: Uint8Array): boolean;
  /** @throws ParseError naming the file and the problem. */
  parse(input: Uint8Array, options: ParseOptions): Promise<ParsedDocument>;
}

/** Largest input any parser accepts, in bytes. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
