import './outcomes.css';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataLoadError } from '../../data/data-load-error';
import { FOLLOWUP_FILE } from '../../data/queries';
import { useFollowup } from '../../data/use-followup';
import type { Dataset, Lang } from '../../domain/dataset-schema';
import { formatDate, formatFigure } from '../../domain/format-figure';
import { formatLaterFigure } from '../../domain/format-later';
import type { Followup, FollowupSource } from '../../domain/followup-schema';
import { joinNames, pick } from '../../domain/localize';
import {
  notFoundFacts,
  outcomeCards,
  type LaterFigure,
  type OutcomeCard,
  type TargetLine,
} from '../../domain/outcomes';
import { httpHref } from '../../domain/safe-url';
import { useLang } from '../../i18n/use-lang';
import { useDeferredSectors } from '../../state/view-store-context';

/**
 * Targets & outcomes: for each target, what later sources say and the verdict in words. Text only:
 * no bar or line joins figures, so none can suggest a change between figures of different scope.
 * Only this view reports a failure of the follow-up file (with Retry); the rest of the page goes on.
 */
export function OutcomesPanel({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const followup = useFollowup('now');
  if (followup.data) return <OutcomesView dataset={dataset} followup={followup.data} />;
  if (followup.error)
    return (
      <div className="chunk-failed outcomes-load-failed" role="alert">
        <p>
          {t('outcomes.loadFailed', { file: FOLLOWUP_FILE })} <FailureDetail error={followup.error} />
        </p>
        <button type="button" className="button" onClick={() => void followup.refetch()}>
          {t('outcomes.retry')}
        </button>
      </div>
    );
  return (
    <p role="status" className="outcomes-loading">
      {t('outcomes.loading')}
    </p>
  );
}

function FailureDetail({ error }: { error: Error }) {
  const { t } = useTranslation();
  if (!(error instanceof DataLoadError)) return <>{error.message}</>;
  const f = error.failure;
  switch (f.kind) {
    case 'http':
      return <>{t('error.http', { status: f.status })}</>;
    case 'network':
      return <>{t('error.network')}</>;
    case 'json':
      return <>{t('error.json', { detail: f.detail })}</>;
    case 'schema':
      return (
        <>
          {t('error.schema')} {f.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}
        </>
      );
  }
}

export function OutcomesView({ dataset, followup }: { dataset: Dataset; followup: Followup }) {
  const { t } = useTranslation();
  const selected = useDeferredSectors();
  const headingId = useId();
  const { cards, hidden } = useMemo(
    () => outcomeCards(dataset, followup, selected),
    [dataset, followup, selected],
  );
  return (
    <section className="outcomes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('outcomes.heading')}</h2>
      <p className="muted">{t('outcomes.intro')}</p>
      {hidden > 0 ? <p className="outcomes-hidden">{t('outcomes.hidden', { count: hidden })}</p> : null}
      <ul className="outcome-cards">
        {cards.map((card) => (
          <li key={card.pair.id}>
            <OutcomeCardView card={card} dataset={dataset} />
          </li>
        ))}
      </ul>
      <Unpublished followup={followup} />
      <Caveats followup={followup} />
      <LaterSources followup={followup} />
    </section>
  );
}

const VERDICT_MARK: Record<OutcomeCard['verdict'], string> = {
  met: '✓',
  'not-reached': '✗',
  'partial-year': '◔',
  'not-yet-published': '…',
  'scope-differs': '≠',
  'no-comparable-figure': '–',
};

function OutcomeCardView({ card, dataset }: { card: OutcomeCard; dataset: Dataset }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = useId();
  const { pair } = card;
  const sectors = dataset.sectors.filter((s) => pair.sectors.includes(s.id)).map((s) => pick(s.name, lang));
  return (
    <article
      className="outcome-card"
      aria-labelledby={titleId}
      data-pair={pair.id}
      data-verdict={card.verdict}
    >
      <h3 id={titleId}>{pick(pair.title, lang)}</h3>
      <p className="outcome-scope">{sectors.length ? joinNames(sectors, lang) : t('outcomes.cityWide')}</p>
      <p className="outcome-verdict">
        {t('outcomes.verdictLabel')}
        <strong className={`verdict-badge verdict-${card.verdict}`}>
          <span aria-hidden="true">{VERDICT_MARK[card.verdict]} </span>
          {t(`outcomes.verdict.${card.verdict}`)}
        </strong>
      </p>
      <p className="outcome-reason">{pick(pair.reason, lang)}</p>
      <h4>{t(`outcomes.basis.${pair.basis}`)}</h4>
      <ul className="outcome-figures outcome-targets">
        {card.targets.map((line) => (
          <TargetItem key={line.from === 'dataset' ? line.indicator.id : line.figure.id} line={line} />
        ))}
        {pair.targetNote ? <li className="outcome-target-note">{pick(pair.targetNote, lang)}</li> : null}
      </ul>
      <h4>{t('outcomes.later')}</h4>
      <ul className="outcome-figures outcome-later">
        {card.outcomes.map(({ outcome, later }) => (
          <li key={later.figure.id} data-figure={later.figure.id} data-relation={outcome.relation}>
            <span className="relation-tag">
              {outcome.relation === 'context'
                ? t(`outcomes.relation.context.${outcome.why}`)
                : t(`outcomes.relation.${outcome.relation}`)}
            </span>{' '}
            <LaterFigureText later={later} />
          </li>
        ))}
      </ul>
      {card.caveats.length > 0 ? (
        <p className="outcome-caveats">
          {t('outcomes.caveatsShort')}
          {card.caveats.map((c, i) => (
            <span key={c.id}>
              {i > 0 ? (lang === 'en' ? ', ' : '、') : null}
              <a href={`#caveat-${c.id}`}>
                {c.id} {pick(c.title, lang)}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </article>
  );
}

function TargetItem({ line }: { line: TargetLine }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (line.from === 'followup')
    return (
      <li data-figure={line.figure.id}>
        <LaterFigureText later={line} />
      </li>
    );
  const { indicator, sources } = line;
  return (
    <li data-indicator={indicator.id}>
      <span className="figure-name">{pick(indicator.label, lang)}</span>
      {lang === 'en' ? ': ' : '：'}
      {/* The heading above says "target"; the figure keeps its qualifier. */}
      <strong className="figure-text">
        {formatFigure(indicator, lang, t('outcomes.notPublished')).text}
      </strong>
      <span className="figure-period">
        {' · '}
        {indicator.period ?? t('outcomes.noYear')}
      </span>
      <span className="source-tag">
        {' · '}
        {t('outcomes.source')}
        {sources.map((s) => `${s.id} ${pick(s.outlet, lang)}`).join(lang === 'en' ? '; ' : '；')}
      </span>
    </li>
  );
}

/** A later figure: label, value with qualifier, period or "year not stated", scope note, source tag. */
function LaterFigureText({ later }: { later: LaterFigure }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { figure, fact } = later;
  const value = formatLaterFigure(figure, lang);
  const text =
    value ?? (figure.qualifier === 'not-found' ? t('outcomes.notPublished') : t('outcomes.noFigure'));
  const kind = figure.kind === 'actual' ? '' : t(`outcomes.kindPrefix.${figure.kind}`);
  return (
    <>
      <span className="figure-name">{pick(figure.label, lang)}</span>
      {lang === 'en' ? ': ' : '：'}
      <strong className="figure-text">
        {kind}
        {text}
      </strong>
      <span className="figure-period">
        {' · '}
        <PeriodText later={later} lang={lang} />
      </span>
      <span className="source-tag">
        {' · '}
        {later.sources.length ? (
          <>
            {t('outcomes.source')}
            {later.sources.map((s, i) => (
              <span key={s.id}>
                {i > 0 ? (lang === 'en' ? '; ' : '；') : null}
                <a href={`#followup-source-${s.id}`}>
                  {s.id} {pick(s.outlet, lang)}
                </a>
              </span>
            ))}
            {` (${fact.id})`}
          </>
        ) : (
          fact.id
        )}
      </span>
      <span className="figure-scope">{pick(fact.scope, lang)}</span>
    </>
  );
}

function PeriodText({ later, lang }: { later: LaterFigure; lang: Lang }) {
  const { t } = useTranslation();
  const stated = later.statedOn ? t('outcomes.statedOn', { date: formatDate(later.statedOn, lang) }) : null;
  const sep = lang === 'en' ? ', ' : '，';
  if (later.period === null)
    return (
      <span className="year-not-stated">
        {t('outcomes.yearNotStated')}
        {stated ? `${sep}${stated}` : ''}
      </span>
    );
  return (
    <>
      {pick(later.period, lang)}
      {later.periodInferred ? `${sep}${t('outcomes.periodInferred')}` : ''}
      {stated ? `${sep}${stated}` : ''}
    </>
  );
}

function Unpublished({ followup }: { followup: Followup }) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const rows = useMemo(() => new Set(notFoundFacts(followup).map((f) => f.id)), [followup]);
  return (
    <section className="outcomes-unpublished" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('outcomes.unpublishedHeading')}</h3>
      <p className="muted">{t('outcomes.unpublishedIntro')}</p>
      <ul>
        {followup.unpublished.map((u) => (
          <li key={u.id} data-unpublished={u.id}>
            {pick(u.text, lang)}
            {u.facts.some((f) => rows.has(f)) ? (
              <span className="muted"> ({u.facts.filter((f) => rows.has(f)).join(', ')})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Caveats({ followup }: { followup: Followup }) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  return (
    <section className="outcomes-caveats" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('outcomes.caveatsHeading')}</h3>
      <ol>
        {followup.caveats.map((c) => (
          <li key={c.id} id={`caveat-${c.id}`}>
            <strong>
              {c.id} {pick(c.title, lang)}
            </strong>
            <p>{pick(c.text, lang)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function LaterSources({ followup }: { followup: Followup }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="outcomes-sources" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('outcomes.sourcesHeading')}</h3>
      <ol className="source-items">
        {followup.sources.map((s) => (
          <SourceItem key={s.id} source={s} />
        ))}
      </ol>
    </section>
  );
}

function SourceItem({ source: s }: { source: FollowupSource }) {
  const { t } = useTranslation();
  const lang = useLang();
  const original = httpHref(s.inferredOriginal);
  return (
    <li id={`followup-source-${s.id}`} data-source={s.id}>
      <strong>
        {s.id} {pick(s.outlet, lang)}
      </strong>
      {' · '}
      {s.date ? <time dateTime={s.date}>{formatDate(s.date, lang)}</time> : t('outcomes.undated')}
      {s.dateNote ? <span className="muted"> ({pick(s.dateNote, lang)})</span> : null}
      <br />
      {/* Only a title the article itself carries goes in 《》; a description we wrote is marked as ours. */}
      {s.title.kind === 'original' ? (
        <span lang="zh-Hans" className="source-title">
          《{s.title.text}》
        </span>
      ) : (
        <span className="source-description">
          {pick(s.title.text, lang)} <span className="muted">{t('outcomes.description')}</span>
        </span>
      )}
      <br />
      <span className="muted">
        {t(`outcomes.via.${s.via}`)} · {t(`outcomes.confidence.${s.confidence}`)}
      </span>
      {s.urls.map((url, i) => {
        const href = httpHref(url);
        return href ? (
          <span key={url}>
            {' · '}
            <a href={href} rel="noreferrer noopener" target="_blank">
              {t('outcomes.link')}
              {s.urls.length > 1 ? ` ${i + 1}` : ''}
            </a>
          </span>
        ) : null;
      })}
      {original ? (
        <span>
          {' · '}
          <a href={original} rel="noreferrer noopener" target="_blank">
            {t('outcomes.inferredOriginal')}
          </a>
        </span>
      ) : null}
      {s.note ? <p className="source-note">{pick(s.note, lang)}</p> : null}
    </li>
  );
}
