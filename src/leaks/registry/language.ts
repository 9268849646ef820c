/** @module Which language a document is in, when its registrar does not say: mostly Chinese characters → zh. */
import type { Language } from '../plan.js';

const han = /\p{Script=Han}/gu;
const latinWord = /\p{Script=Latin}+/gu;

/**
 * `zh` when Chinese characters outnumber Latin words: a Chinese spec sheet full of model names and units is still
 * Chinese, and an English one quoting a few names in 汉字 is still English.
 * @example detectLanguage('屏幕采用 6.82 英寸 LTPO OLED') // 'zh'
 */
export function detectLanguage(text: string): Language {
  const characters = text.match(han)?.length ?? 0;
  const words = text.match(latinWord)?.length ?? 0;
  return characters > words ? 'zh' : 'en';
}
