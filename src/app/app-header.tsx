import { useTranslation } from 'react-i18next';
import { formatDate } from '../domain/format-figure';
import { ShareButton } from '../features/share/share-button';
import { useLang } from '../i18n/use-lang';
import { LanguageSwitcher } from './language-switcher';

export function AppHeader({ asOf }: { asOf: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t('app.title')}</h1>
        <p className="app-subtitle">{t('app.subtitle')}</p>
      </div>
      <p className="app-asof">
        <time dateTime={asOf}>{t('app.asOf', { date: formatDate(asOf, lang) })}</time>
      </p>
      <LanguageSwitcher />
      <ShareButton />
    </header>
  );
}
