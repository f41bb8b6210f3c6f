import { ParseError } from '../errors.js';
import { detectLanguage } from '../lang/detect.js';
import type { LangCode } from '../model/language.js';

/**
 * Bytes → text for plain-text inputs. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded exactly;
 * anything else is tried as the legacy 8-bit encodings EU texts still arrive in (Windows-1250 for Central
 * European languages, Windows-1252 for Western ones, ISO-8859-2, Windows-1251 for Bulgarian, ISO-8859-7 for
 * Greek) and the one whose letters look most like real text wins.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'windows-1252' | 'iso-8859-2' | 'windows-1251' | 'iso-8859-7';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** Decodes UTF-8 strictly; returns null at the first invalid sequence. */
export function decodeUtf8Strict(bytes: Uint8Array, start = 0): string | null {
  const parts: string[] = [];
  let chunk: number[] = [];
  let i = start;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    let cp: number;
    if (b < 0x80) {
      cp = b;
      i += 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
      if (i + 1 >= n || (bytes[i + 1] & 0xc0) !== 0x80) return null;
      cp = ((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      if (i + 2 >= n || (bytes[i + 1] & 0xc0) !== 0x80 || (bytes[i + 2] & 0xc0) !== 0x80) return null;
      cp = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return null;
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (i + 3 >= n || (bytes[i + 1] & 0xc0) !== 0x80 || (bytes[i + 2] & 0xc0) !== 0x80 || (bytes[i + 3] & 0xc0) !== 0x80) return null;
      cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
      if (cp < 0x10000 || cp > 0x10ffff) return null;
      i += 4;
    } else {
      return null;
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      chunk.push(cp);
    }
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    chunk.push(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

// Upper halves (0x80–0xFF) of the single-byte code pages, as strings of 128 characters; U+FFFD marks undefined.
const UPPER: Record<Exclude<TextEncodingName, 'utf-8' | 'utf-16le' | 'utf-16be'>, string> = {
  'windows-1252':
    '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ' +
    '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  'windows-1250':
    '€\uFFFD‚\uFFFD„…†‡\uFFFD‰Š‹ŚŤŽŹ\uFFFD‘’“”•–—\uFFFD™š›śťžź' +
    '\u00A0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00AD®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
  'iso-8859-2':
    '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F' +
    '\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F' +
    '\u00A0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00ADŽŻ°ą˛ł´ľśˇ¸šşťź˝žżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
  'windows-1251':
    'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\uFFFD™љ›њќћџ' +
    '\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя',
  'iso-8859-7':
    '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F' +
    '\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F' +
    '\u00A0‘’£€₯¦§¨©ͺ«¬\u00AD\uFFFD―°±²³΄΅Ά·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\uFFFDΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ\uFFFD',
};

/** Decodes a single-byte code page. */
export function decodeSingleByte(bytes: Uint8Array, encoding: keyof typeof UPPER): string {
  const upper = UPPER[encoding];
  let out = '';
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += b < 0x80 ? String.fromCharCode(b) : upper[b - 0x80];
    if (out.length > 8192) {
      parts.push(out);
      out = '';
    }
  }
  parts.push(out);
  return parts.join('');
}

// Letters that real EU text in each code page's languages uses often; a wrong code page yields symbols instead.
const PLAUSIBLE = /[a-zA-ZÀ-žΆ-ώЀ-ӿ]/u;
const IMPLAUSIBLE = /[\uFFFD\u0080-\u009F¤¦¨¬¯°±²³´µ¶·¸¹º»¼½¾¿×÷˘˛˝ˇ]/u;

function plausibility(text: string): number {
  let score = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) continue;
    if (IMPLAUSIBLE.test(ch)) score -= 3;
    else if (PLAUSIBLE.test(ch)) score += 1;
  }
  // Mixed-script words ("Kazahstanцu") are another sign of the wrong code page.
  const mixed = text.match(/[a-z][\u0400-\u04ff]|[\u0400-\u04ff][a-z]|[a-z][\u0370-\u03ff]|[\u0370-\u03ff][a-z]/giu);
  score -= (mixed?.length ?? 0) * 2;
  return score;
}

/** The 8-bit code page each language's legacy files usually come in (Windows, else ISO). */
const USUAL_CODE_PAGE: Partial<Record<LangCode, keyof typeof UPPER>> = {
  cs: 'windows-1250', sk: 'windows-1250', pl: 'windows-1250', hu: 'windows-1250', hr: 'windows-1250', sl: 'windows-1250', ro: 'windows-1250',
  da: 'windows-1252', de: 'windows-1252', en: 'windows-1252', es: 'windows-1252', fi: 'windows-1252', fr: 'windows-1252', ga: 'windows-1252',
  it: 'windows-1252', nl: 'windows-1252', pt: 'windows-1252', sv: 'windows-1252', et: 'windows-1252',
  bg: 'windows-1251', el: 'iso-8859-7',
};

/** Counts control characters that never occur in text; a high share means the input is binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) bad++;
  }
  return bad / n > 0.01;
}

/**
 * Decodes a text file.
 * @throws ParseError `empty-input` for an empty file, `encoding` for binary data or an encoding we cannot tell.
 */
export function decodeText(bytes: Uint8Array, fileName: string | undefined, forced?: TextEncodingName): DecodedText {
  const location = fileName ? { file: fileName } : undefined;
  if (bytes.length === 0) throw new ParseError('txt', 'the file is empty', { code: 'empty-input', location, params: {} });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes, true), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes, false), encoding: 'utf-16be' };
  if (looksBinary(bytes)) {
    throw new ParseError('txt', 'this is binary data, not text (it contains control bytes); is it the right file?', {
      code: 'encoding',
      location,
      params: { variant: 'binary' },
    });
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (forced === 'utf-8' || forced === undefined) {
    const utf8 = decodeUtf8Strict(bytes, bom);
    if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
    if (forced === 'utf-8') {
      throw new ParseError('txt', 'the file is not valid UTF-8', { code: 'encoding', location, params: { variant: 'utf-8' } });
    }
  }
  if (forced && forced !== 'utf-16le' && forced !== 'utf-16be') {
    return { text: decodeSingleByte(bytes, forced), encoding: forced };
  }
  const candidates = (Object.keys(UPPER) as (keyof typeof UPPER)[]).map((encoding) => {
    const text = decodeSingleByte(bytes, encoding);
    return { text, encoding, score: plausibility(text) };
  });
  candidates.sort((a, b) => b.score - a.score);
  let [best, second] = candidates;
  if (best.score > 0 && second && best.score === second.score && best.text !== second.text) {
    // Code pages that share most accented letters tie; the language of the text settles it.
    const tied = candidates.filter((c) => c.score === best.score);
    const settled = tied.filter((c) => {
      const lang = detectLanguage(c.text.slice(0, 20000))?.lang;
      return lang !== undefined && USUAL_CODE_PAGE[lang] === c.encoding;
    });
    if (settled.length === 1) [best, second] = [settled[0], undefined as unknown as typeof best];
  }
  if (best.score <= 0 || (second && best.score === second.score && best.text !== second.text)) {
    throw new ParseError(
      'txt',
      'the file is not UTF-8 and its 8-bit encoding could not be told apart (tried Windows-1250, Windows-1252, ISO-8859-2, Windows-1251, ISO-8859-7); save it as UTF-8 or name the encoding',
      { code: 'encoding', location, params: { variant: 'unknown-8bit' } },
    );
  }
  return { text: best.text, encoding: best.encoding };
}
