import type { LangCode } from '../model/language.js';
import { PROFILES } from './profiles/index.js';

/** Placeholder until the full detector lands: common-word counts over the known profiles. */
export function detectLanguage(text: string): { lang: LangCode; confidence: number } | null {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  let best: { lang: LangCode; score: number } | null = null;
  for (const p of Object.values(PROFILES)) {
    const set = new Set(p.commonWords);
    const score = words.filter((w) => set.has(w)).length;
    if (!best || score > best.score) best = { lang: p.code, score };
  }
  return best && best.score > 0 ? { lang: best.lang, confidence: 0.5 } : null;
}
