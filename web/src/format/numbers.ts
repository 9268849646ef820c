/** @module Numbers as investigators read them: counts with separators, risk with one decimal. */
import type { Language } from '../i18n/messages';

export function formatCount(n: number, lang: Language): string {
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
}

export function formatRisk(risk: number): string {
  return risk >= 100 ? Math.round(risk).toString() : risk.toFixed(1);
}

/**
 * A probability or share as the attribution report writes it (`>99.99%`, `0.09%`), so the page and the report a
 * case keeps say the same figure.
 */
export { percent as formatPercent } from '../../../src/leaks/registry/report-format';
