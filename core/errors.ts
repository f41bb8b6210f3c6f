/**
 * Error kinds of the pure domain. `CoreError` subclasses are expected failures caused by input (a file, a
 * setting, a request); `BugError` means Concordia itself is wrong and is never shown as the user's fault.
 */

/** Stable machine-readable codes; the CLI, IPC and HTTP layers map them to messages and exit codes. */
export type CoreErrorCode =
  | 'parse'
  | 'unsupported-format'
  | 'empty-input'
  | 'too-large'
  | 'encoding'
  | 'no-structure'
  | 'no-text-layer'
  | 'misalignment'
  | 'export'
  | 'import'
  | 'project-file'
  | 'project-from-future'
  | 'cancelled'
  | 'not-found'
  | 'invalid-input'
  | 'fetch';

/**
 * The values a CoreError's English message interpolates (a size, a limit, a charset, a line, a language), so the
 * UI can word the error in its own language; `variant`, when present, names which wording of the code's message
 * applies (the UI looks up `errors.<code>_<variant>`). Same shape as ParseWarning.params.
 */
export type ErrorParams = Readonly<Record<string, string | number>>;

export abstract class CoreError extends Error {
  abstract readonly code: CoreErrorCode;
  /** Undefined for errors thrown without them: the UI then shows `message`. */
  readonly params: ErrorParams | undefined;
  constructor(message: string, options?: { cause?: unknown; params?: ErrorParams }) {
    super(message, options && 'cause' in options ? { cause: options.cause } : undefined);
    this.name = new.target.name;
    this.params = options?.params;
  }
}

/** Where in an input a problem sits: a file name plus, when known, a line, a page, or an XML path. */
export interface SourceLocation {
  readonly file?: string;
  readonly line?: number;
  readonly page?: number;
  readonly path?: string;
}

export function describeLocation(loc: SourceLocation | undefined): string {
  if (!loc) return '';
  const parts: string[] = [];
  if (loc.file) parts.push(loc.file);
  if (loc.page !== undefined) parts.push(`page ${loc.page}`);
  if (loc.line !== undefined) parts.push(`line ${loc.line}`);
  if (loc.path) parts.push(loc.path);
  return parts.join(', ');
}

/** A document could not be read. `code` narrows the reason so callers can react (e.g. offer an encoding). */
export class ParseError extends CoreError {
  readonly code: 'parse' | 'empty-input' | 'too-large' | 'encoding' | 'no-structure' | 'no-text-layer';
  readonly format: string;
  readonly location: SourceLocation | undefined;
  constructor(
    format: string,
    problem: string,
    options: {
      code?: ParseError['code'];
      location?: SourceLocation;
      cause?: unknown;
      /** What `problem` interpolates, for the UI (see ErrorParams). */
      params?: ErrorParams;
    } = {},
  ) {
    const where = describeLocation(options.location);
    super(where ? `${where}: ${problem}` : problem, { cause: options.cause, params: options.params });
    this.code = options.code ?? 'parse';
    this.format = format;
    this.location = options.location;
  }
}

export class UnsupportedFormatError extends CoreError {
  readonly code = 'unsupported-format' as const;
}

export class MisalignmentError extends CoreError {
  readonly code = 'misalignment' as const;
}

export class ExportError extends CoreError {
  readonly code = 'export' as const;
}

export class ImportError extends CoreError {
  readonly code = 'import' as const;
}

export class InvalidInputError extends CoreError {
  readonly code = 'invalid-input' as const;
}

export class NotFoundError extends CoreError {
  readonly code = 'not-found' as const;
}

export class CancelledError extends CoreError {
  readonly code = 'cancelled' as const;
  constructor(message = 'Cancelled') {
    super(message);
  }
}

/** Our own mistake, never bad input. */
export class BugError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BugError';
  }
}

/** Ends every `switch` over a union so that a new member is a compile error. */
export const missingCase = (x: never): never => {
  throw new BugError(`Unhandled case: ${JSON.stringify(x)}`);
};

/** @throws BugError when `condition` is false. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new BugError(`Invariant failed: ${message}`);
}

export function isCoreError(e: unknown): e is CoreError {
  return e instanceof CoreError;
}
