import { useLang, useT } from '../i18n/i18n-context';
import { LANGS } from '../domain/schema/vocabulary';
import { loadMessages } from '../i18n/resources';
import { useViewActions } from '../state/view-store-context';

export function LanguageSwitcher() {
  const t = useT();
  const current = useLang();
  const { setLang } = useViewActions();
  return (
    <nav className="lang-switcher" aria-label={t('lang.label')}>
      {LANGS.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === current}
          className="button button-toggle"
          onClick={() => setLang(lang)}
          // Each language's strings are a small chunk: fetched on the way to the click.
          onPointerEnter={() => void loadMessages(lang)}
          onFocus={() => void loadMessages(lang)}
        >
          {t(`lang.${lang}`)}
        </button>
      ))}
    </nav>
  );
}
