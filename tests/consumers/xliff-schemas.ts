// The OASIS XLIFF schemas as a Debian package ships them: php-symfony-translation vendors OASIS's
// xliff-core-1.2-strict.xsd and xliff-core-2.0.xsd (with their OASIS headers) and W3C's xml.xsd. Wired so that xmllint
// validates offline: the 2.0 schema imports xml.xsd by a relative path, the 1.2 schema by its http URL, so both
// are copied into a scratch folder laid out as the 2.0 schema expects, with a catalog mapping the URL.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const XLIFF_SCHEMA_DIR = '/usr/share/php/Symfony/Component/Translation/Resources/schemas';
export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
export const hasXliffSchemas = ['xliff-core-1.2-strict.xsd', 'xliff-core-2.0.xsd', 'xml.xsd'].every((f) => existsSync(join(XLIFF_SCHEMA_DIR, f)));

export interface XliffValidator {
  /** Runs xmllint --schema with --nonet; returns its exit status and stderr. */
  validate(file: string, version: '1.2' | '2.1'): { status: number | null; stderr: string };
}

/** Lays the schemas out under `dir` and returns a validator. */
export function xliffValidator(dir: string): XliffValidator {
  const w3c = join(dir, 'informativeCopiesOf3rdPartySchemas', 'w3c');
  mkdirSync(w3c, { recursive: true });
  copyFileSync(join(XLIFF_SCHEMA_DIR, 'xml.xsd'), join(w3c, 'xml.xsd'));
  copyFileSync(join(XLIFF_SCHEMA_DIR, 'xml.xsd'), join(dir, 'xml.xsd'));
  // XLIFF 2.1 keeps the 2.0 namespace and core schema (XLIFF 2.1 §1.1: 2.1 is backwards compatible with 2.0, and
  // the core schema only lets the version attribute through), so 2.1 files validate against xliff-core-2.0.xsd.
  copyFileSync(join(XLIFF_SCHEMA_DIR, 'xliff-core-2.0.xsd'), join(dir, 'xliff-core-2.0.xsd'));
  copyFileSync(join(XLIFF_SCHEMA_DIR, 'xliff-core-1.2-strict.xsd'), join(dir, 'xliff-core-1.2-strict.xsd'));
  const catalog = join(dir, 'catalog.xml');
  writeFileSync(
    catalog,
    `<?xml version="1.0"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <system systemId="http://www.w3.org/2001/xml.xsd" uri="file://${join(dir, 'xml.xsd')}"/>
  <uri name="http://www.w3.org/2001/xml.xsd" uri="file://${join(dir, 'xml.xsd')}"/>
</catalog>
`,
  );
  return {
    validate(file, version) {
      const xsd = join(dir, version === '1.2' ? 'xliff-core-1.2-strict.xsd' : 'xliff-core-2.0.xsd');
      const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', xsd, file], {
        encoding: 'utf8',
        env: { ...process.env, XML_CATALOG_FILES: catalog },
        maxBuffer: 64 << 20,
      });
      return { status: r.status, stderr: r.stderr };
    },
  };
}
