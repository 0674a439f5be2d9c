import { useId } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Followup, FollowupSource } from '../../domain/schema/followup-schema';
import { pick } from '../../domain/text/localize';
import { httpHref } from '../../domain/text/safe-url';
import { SourceDate } from '../../ui/source-date';

/** The later sources YS01–YS24, each anchored (#followup-source-YS01) for the figure lines to link to. */
export function LaterSourceList({ followup }: { followup: Followup }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="outcomes-sources" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('outcomesPanel:sourcesHeading')}</h3>
      <ol className="source-items">
        {followup.sources.map((s) => (
          <SourceItem key={s.id} source={s} />
        ))}
      </ol>
    </section>
  );
}

function SourceItem({ source: s }: { source: FollowupSource }) {
  const t = useT();
  const lang = useLang();
  const original = httpHref(s.inferredOriginal);
  return (
    <li id={`followup-source-${s.id}`} data-source={s.id}>
      <strong>
        {s.id} {pick(s.outlet, lang)}
      </strong>
      {' · '}
      <SourceDate date={s.date} dateNote={s.dateNote} lang={lang} undated={t('outcomesPanel:undated')} />
      <br />
      {/* Only a title the article itself carries goes in 《》; a description we wrote is marked as ours. */}
      {s.title.kind === 'original' ? (
        <span lang="zh-Hans" className="source-title">
          《{s.title.text}》
        </span>
      ) : (
        <span className="source-description">
          {pick(s.title.text, lang)} <span className="muted">{t('outcomesPanel:description')}</span>
        </span>
      )}
      <br />
      <span className="muted">
        {t(`outcomesPanel:via.${s.via}`)} · {t(`outcomesPanel:confidence.${s.confidence}`)}
      </span>
      {s.urls.map((url, i) => {
        const href = httpHref(url);
        return href ? (
          <span key={url}>
            {' · '}
            <a href={href} rel="noreferrer noopener" target="_blank">
              {t('outcomesPanel:link')}
              {s.urls.length > 1 ? ` ${i + 1}` : ''}
            </a>
          </span>
        ) : null;
      })}
      {original ? (
        <span>
          {' · '}
          <a href={original} rel="noreferrer noopener" target="_blank">
            {t('outcomesPanel:inferredOriginal')}
          </a>
        </span>
      ) : null}
      {s.note ? <p className="source-note">{pick(s.note, lang)}</p> : null}
    </li>
  );
}
