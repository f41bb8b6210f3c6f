import type { LetteringScheme } from './profile.js';

/**
 * Recital lettering sequences. Latin: A…Z then AA, AB… (spreadsheet style). Greek: alphabetic numerals with
 * 6 = ΣΤ, 11–19 = ΙΑ…ΙΘ, 20 = Κ, 30 = Λ … . Bulgarian: the Cyrillic alphabet without Ъ and Ь (Й included; facts
 * doc §2 marks Й/Ъ as unverified, so parsers align recitals by position and use labels only as a check).
 */
const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const BG = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЮЯ'.split('');
const GREEK_UNITS = ['', 'Α', 'Β', 'Γ', 'Δ', 'Ε', 'ΣΤ', 'Ζ', 'Η', 'Θ'];
const GREEK_TENS = ['', 'Ι', 'Κ', 'Λ', 'Μ', 'Ν', 'Ξ', 'Ο', 'Π', 'Ϙ'];

function spreadsheet(alphabet: readonly string[], n: number): string {
  let label = '';
  let k = n;
  while (k > 0) {
    const r = (k - 1) % alphabet.length;
    label = alphabet[r] + label;
    k = Math.floor((k - 1) / alphabet.length);
  }
  return label;
}

/** The label of the `ordinal`-th recital (1-based) in a scheme. Deterministic; ordinal ≥ 1. */
export function recitalLabel(scheme: LetteringScheme, ordinal: number): string {
  switch (scheme) {
    case 'latin':
      return spreadsheet(LATIN, ordinal);
    case 'cyrillic-bg':
      return spreadsheet(BG, ordinal);
    case 'greek':
      if (ordinal >= 100) return String(ordinal);
      return GREEK_TENS[Math.floor(ordinal / 10)] + GREEK_UNITS[ordinal % 10];
    default: {
      const never: never = scheme;
      throw new Error(`Unhandled lettering ${String(never)}`);
    }
  }
}

/** The ordinal of a label in a scheme, or null if the label is not in it. Input should be normalised first. */
export function recitalOrdinal(scheme: LetteringScheme, label: string): number | null {
  for (let i = 1; i <= 400; i++) if (recitalLabel(scheme, i) === label) return i;
  return null;
}

// Look-alike letters, mapped per target script. Facts doc §2: A/Α/А, B/Β/В, E/Ε/Е, K/Κ/К, M/Μ/М, H/Η/Н, O/Ο/О,
// P/Ρ/Р, T/Τ/Т, X/Χ/Х, Z/Ζ, I/Ι/І, Y/Υ/У, C/С.
const TO_LATIN: Record<string, string> = {
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', У: 'Y',
};
const TO_GREEK: Record<string, string> = {
  A: 'Α', B: 'Β', E: 'Ε', Z: 'Ζ', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ', T: 'Τ', Y: 'Υ', X: 'Χ',
  А: 'Α', В: 'Β', Е: 'Ε', К: 'Κ', М: 'Μ', Н: 'Η', О: 'Ο', Р: 'Ρ', Т: 'Τ', Х: 'Χ', І: 'Ι',
  Ϛ: 'ΣΤ', 'Σ': 'Σ',
};
const TO_CYRILLIC: Record<string, string> = {
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У',
  Α: 'А', Β: 'В', Ε: 'Е', Κ: 'К', Μ: 'М', Η: 'Н', Ο: 'О', Ρ: 'Р', Τ: 'Т', Χ: 'Х',
};

/** Maps look-alike letters from other scripts to the scheme's own script (e.g. a Latin "A" in a Greek text). */
export function normaliseLabel(scheme: LetteringScheme, raw: string): string {
  const table = scheme === 'latin' ? TO_LATIN : scheme === 'greek' ? TO_GREEK : TO_CYRILLIC;
  let out = '';
  for (const ch of raw.toUpperCase()) out += table[ch] ?? ch;
  return out;
}
