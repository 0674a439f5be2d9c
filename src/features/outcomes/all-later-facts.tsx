import { useId, useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Followup } from '../../domain/schema/followup-schema';
import { laterFactGroups, type LaterFact, type TopicGroup } from '../../domain/outcomes/later-facts';
import { isSectorTopic, laterFactId, laterTopicId, LATER_FACTS_ID } from '../../domain/outcomes/later-ids';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { formatDate } from '../../domain/text/format-figure';
import { pick } from '../../domain/text/localize';
import { FigureValue, PeriodText, SourceLinks } from './later-figure-text';

/**
 * All later facts Y01–Y58 by topic, not only those the targets use: each with its summary, its
 * figures (qualifier kept, period or "year not stated"), scope note, sources with dates, id and
 * confidence. The sector filter applies as on the cards; city facts always show.
 */
export function AllLaterFacts({
  dataset,
  followup,
  selected,
}: {
  dataset: Dataset;
  followup: Followup;
  selected: readonly string[];
}) {
  const t = useT();
  const { groups, hidden } = useMemo(() => laterFactGroups(followup, selected), [followup, selected]);
  return (
    <section className="outcomes-all-facts" aria-labelledby={LATER_FACTS_ID}>
      <h3 id={LATER_FACTS_ID} tabIndex={-1}>
        {t('outcomesPanel:allFacts.heading')}
      </h3>
      <p className="muted">{t('outcomesPanel:allFacts.intro')}</p>
      {hidden > 0 ? (
        <p className="outcomes-hidden">{t('outcomesPanel:allFacts.hidden', { count: hidden })}</p>
      ) : null}
      {groups.map((group) => (
        <TopicFacts key={group.topic} group={group} dataset={dataset} />
      ))}
    </section>
  );
}

/**
 * One topic's facts; a sector's are its "what happened since" list (oldest first, each dated), the
 * target cards and the headline cards link to it.
 */
function TopicFacts({ group, dataset }: { group: TopicGroup; dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const headingId = useId();
  const sector = isSectorTopic(group.topic) ? dataset.sectors.find((s) => s.id === group.topic) : undefined;
  return (
    <section
      className="later-topic"
      aria-labelledby={headingId}
      data-topic={group.topic}
      id={laterTopicId(group.topic)}
      tabIndex={-1}
    >
      <h4 id={headingId}>
        {sector
          ? t('outcomesPanel:since.heading', { sector: pick(sector.name, lang) })
          : t(`outcomesPanel:topic.${group.topic}`)}
      </h4>
      {sector ? <p className="muted">{t('outcomesPanel:since.intro')}</p> : null}
      <ul className="later-facts">
        {group.facts.map((item) => (
          <FactItem key={item.fact.id} item={item} dated={sector !== undefined} />
        ))}
      </ul>
    </section>
  );
}

function FactItem({ item: { fact, date, figures }, dated }: { item: LaterFact; dated: boolean }) {
  const t = useT();
  const lang = useLang();
  const sep = ' · ';
  return (
    <li className="later-fact" id={laterFactId(fact.id)} data-fact={fact.id} tabIndex={-1}>
      <p className="later-fact-summary">
        {dated ? (
          <>
            {date ? (
              <time className="later-fact-date" dateTime={date}>
                {formatDate(date, lang)}
              </time>
            ) : (
              <span className="later-fact-date">{t('outcomesPanel:undated')}</span>
            )}{' '}
          </>
        ) : null}
        <strong className="fact-id">{fact.id}</strong> {pick(fact.summary, lang)}
      </p>
      <ul className="outcome-figures">
        {figures.map((later) => (
          <li key={later.figure.id} data-fact-figure={later.figure.id}>
            <FigureValue later={later} />
            <span className="figure-period">
              {sep}
              <PeriodText later={later} lang={lang} />
            </span>
          </li>
        ))}
      </ul>
      <p className="figure-scope">{pick(fact.scope, lang)}</p>
      <p className="source-tag">
        {fact.sources.length ? (
          <>
            {t('outcomesPanel:source')}
            <SourceLinks sources={figures[0]?.sources ?? []} dated />
            {sep}
          </>
        ) : null}
        {fact.id}
        {fact.confidence ? `${sep}${t(`outcomesPanel:confidence.${fact.confidence}`)}` : null}
      </p>
    </li>
  );
}
