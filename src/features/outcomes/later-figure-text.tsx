import { useLang, useT } from '../../i18n/i18n-context';
import type { Lang } from '../../domain/schema/dataset-schema';
import { formatDate } from '../../domain/text/format-figure';
import { formatLaterFigure } from '../../domain/text/format-later';
import type { FollowupSource } from '../../domain/schema/followup-schema';
import { clauseSeparator, itemSeparator, labelSeparator, pick } from '../../domain/text/localize';
import type { LaterFigure } from '../../domain/outcomes/outcomes';
import { SourceDate } from '../../ui/source-date';
import { InPageLink } from '../../ui/in-page-link';
import { laterFactId } from '../../domain/outcomes/later-ids';

/** A later figure: label, value with qualifier, period or "year not stated", scope note, source tag. */
export function LaterFigureText({ later }: { later: LaterFigure }) {
  const t = useT();
  const lang = useLang();
  const { fact } = later;
  return (
    <>
      <FigureValue later={later} />
      <span className="figure-period">
        {' · '}
        <PeriodText later={later} lang={lang} />
      </span>
      <span className="source-tag">
        {' · '}
        {later.sources.length ? (
          <>
            {t('outcomesPanel:source')}
            <SourceLinks sources={later.sources} /> (<FactLink id={fact.id} />)
          </>
        ) : (
          <FactLink id={fact.id} />
        )}
      </span>
      <span className="figure-scope">{pick(fact.scope, lang)}</span>
    </>
  );
}

/** A fact's id (Y12) as a link to its entry in the list of all later facts, named in words. */
export function FactLink({ id }: { id: string }) {
  const t = useT();
  return (
    <InPageLink targetId={laterFactId(id)} label={t('outcomesPanel:factLink', { id })}>
      {id}
    </InPageLink>
  );
}

/** The figure's label and its value with qualifier (a tier as its class, nothing found in words). */
export function FigureValue({ later }: { later: LaterFigure }) {
  const t = useT();
  const lang = useLang();
  const { figure } = later;
  const value = formatLaterFigure(figure, lang);
  const text =
    value ??
    (figure.qualifier === 'not-found' ? t('outcomesPanel:notPublished') : t('outcomesPanel:noFigure'));
  const kind = figure.kind === 'actual' ? '' : t(`outcomesPanel:kindPrefix.${figure.kind}`);
  return (
    <>
      <span className="figure-name">{pick(figure.label, lang)}</span>
      {labelSeparator(lang)}
      <strong className="figure-text">
        {kind}
        {text}
      </strong>
    </>
  );
}

/** Links to the sources in the list below the view; with `dated`, each with its date. */
export function SourceLinks({ sources, dated = false }: { sources: FollowupSource[]; dated?: boolean }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? itemSeparator(lang) : null}
          <a href={`#followup-source-${s.id}`}>
            {s.id} {pick(s.outlet, lang)}
          </a>
          {dated ? (
            <>
              {clauseSeparator(lang)}
              <SourceDate
                date={s.date}
                dateNote={s.dateNote}
                lang={lang}
                undated={t('outcomesPanel:undated')}
              />
            </>
          ) : null}
        </span>
      ))}
    </>
  );
}

export function PeriodText({ later, lang }: { later: LaterFigure; lang: Lang }) {
  const t = useT();
  const stated = later.statedOn
    ? t('outcomesPanel:statedOn', { date: formatDate(later.statedOn, lang) })
    : null;
  const sep = clauseSeparator(lang);
  if (later.period === null)
    return (
      <span className="year-not-stated">
        {t('outcomesPanel:yearNotStated')}
        {stated ? `${sep}${stated}` : ''}
      </span>
    );
  return (
    <>
      {pick(later.period, lang)}
      {later.periodInferred ? `${sep}${t('outcomesPanel:periodInferred')}` : ''}
      {stated ? `${sep}${stated}` : ''}
    </>
  );
}
