import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset, Source } from '../../domain/schema/dataset-schema';
import { httpHref } from '../../domain/text/safe-url';
import { pick } from '../../domain/text/localize';
import { sourceEntryId } from '../../ui/source-link';
import { SourceTitle } from '../../ui/source-title';
import { useScreenIds } from '../../ui/screen-ids';
import { SourceDate } from '../../ui/source-date';

/** Where the numbers come from: each source with outlet, title (or our description), gloss, date and tier. */
export function SourcesList({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const id = useScreenIds();
  const primary = dataset.sources.filter((s) => s.tier === 'primary');
  const secondary = dataset.sources.filter((s) => s.tier === 'secondary');
  return (
    <section className="sources-list" aria-labelledby={id('sources-heading')}>
      <h2 id={id('sources-heading')}>{t('sourcesList.heading')}</h2>
      <p className="muted">{t('sourcesList.intro')}</p>
      <h3>{t('sourcesList.primary')}</h3>
      <SourceItems sources={primary} />
      <h3>{t('sourcesList.secondary')}</h3>
      <SourceItems sources={secondary} />
    </section>
  );
}

function SourceItems({ sources }: { sources: Source[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <ol className="source-items">
      {sources.map((s) => {
        const href = httpHref(s.url);
        return (
          // Focusable, so that a source tag followed from a place's details lands here.
          <li key={s.id} id={sourceEntryId(s.id)} tabIndex={-1} data-source={s.id}>
            <strong>{pick(s.outlet, lang)}</strong>
            {' · '}
            <SourceDate date={s.date} dateNote={s.dateNote} lang={lang} undated={t('sourcesList.undated')} />
            <br />
            <SourceTitle
              source={s}
              lang={lang}
              glossText={(gloss) => t('sourcesList.gloss', { gloss })}
              descriptionLabel={t('sourcesList.description')}
            />
            {s.tier === 'secondary' ? (
              <span className="muted"> · {t(`sourcesList.confidence.${s.confidence}`)}</span>
            ) : null}
            {href ? (
              <>
                {' · '}
                <a href={href} rel="noreferrer noopener" target="_blank">
                  {t('sourcesList.link')}
                </a>
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
