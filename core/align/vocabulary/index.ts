import type { LangCode } from '../../model/language.js';
import bg from './bg.js';
import cs from './cs.js';
import da from './da.js';
import de from './de.js';
import el from './el.js';
import en from './en.js';
import es from './es.js';
import et from './et.js';
import fi from './fi.js';
import fr from './fr.js';
import ga from './ga.js';
import hr from './hr.js';
import hu from './hu.js';
import it from './it.js';
import lt from './lt.js';
import lv from './lv.js';
import mt from './mt.js';
import nl from './nl.js';
import pl from './pl.js';
import pt from './pt.js';
import ro from './ro.js';
import sk from './sk.js';
import sl from './sl.js';
import sv from './sv.js';

/** The core vocabulary's lists by language (see ../sentence-vocabulary.ts); a language without a list is absent. */
export const VOCABULARY_TEXTS: Partial<Record<LangCode, string>> = { bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, it, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv };
