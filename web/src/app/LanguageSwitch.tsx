/** @module One button that switches between English and 简体中文, showing which is on. */
import { useI18n } from '../i18n/language';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <button
      type="button"
      className="lang-switch"
      data-testid="lang-switch"
      data-lang={lang}
      aria-label={t('lang.switch')}
      title={t('lang.switch')}
      onClick={() => setLang(lang === 'en' ? 'zh' : 'en')}
    >
      <span className={lang === 'en' ? 'on' : undefined}>English</span>
      <span className={lang === 'zh' ? 'on' : undefined} lang="zh-CN">
        简体中文
      </span>
    </button>
  );
}
