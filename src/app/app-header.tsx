import { useMemo } from 'react';
import { useLang, useT } from '../i18n/i18n-context';
import { useFollowup } from '../data/use-followup';
import type { Lang } from '../domain/schema/dataset-schema';
import { formatDate } from '../domain/text/format-figure';
import { dateRange } from '../domain/text/source-dates';
import { PresentButton } from '../features/present/presentation-host';
import { ShareButton } from '../features/share/share-button';
import { LanguageSwitcher } from './language-switcher';
import { useScreenIds } from '../ui/screen-ids';

/**
 * The header states the range of dates of the sources the page shows: the dataset's, and the
 * follow-up file's once it has arrived (it extends the range to its latest source; until then, or
 * if it fails, the dataset's range stands).
 */
export function AppHeader({ sourceDates }: { sourceDates: readonly (string | null)[] }) {
  const t = useT();
  const lang = useLang();
  const id = useScreenIds();
  const followup = useFollowup('idle');
  const range = useMemo(
    () => dateRange([...sourceDates, ...(followup.data?.sources.map((s) => s.date) ?? [])]),
    [sourceDates, followup.data],
  );
  return (
    <header className="app-header" aria-labelledby={id('app-title')}>
      <div className="app-title">
        <h1 id={id('app-title')}>{t('app.title')}</h1>
        <p className="app-subtitle">{t('app.subtitle')}</p>
      </div>
      {range ? (
        <p className="app-asof">
          {t('app.sourcesDated')}
          <time dateTime={range.from}>{formatYear(range.from, lang)}</time>
          {t('app.dateRangeDash')}
          <time dateTime={range.to}>{formatMonth(range.to, lang)}</time>
        </p>
      ) : null}
      <LanguageSwitcher />
      <ShareButton />
      <PresentButton />
    </header>
  );
}

/** The range reads at the year (from) and the month (to): "2013–Jan 2026". */
const formatYear = (iso: string, lang: Lang) => formatDate(iso.slice(0, 4), lang);
const formatMonth = (iso: string, lang: Lang) => formatDate(iso.slice(0, 7), lang);
