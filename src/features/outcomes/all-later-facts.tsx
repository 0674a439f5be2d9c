import { useId, useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Followup } from '../../domain/schema/followup-schema';
import { laterFactGroups, type LaterFact, type TopicGroup } from '../../domain/outcomes/later-facts';
import { pick } from '../../domain/text/localize';
import { FigureValue, PeriodText, SourceLinks } from './later-figure-text';

/**
 * All later facts Y01–Y58 by topic, not only those the targets use: each with its summary, its
 * figures (qualifier kept, period or "year not stated"), scope note, sources with dates, id and
 * confidence. The sector filter applies as on the cards; city facts always show.
 */
export function AllLaterFacts({ followup, selected }: { followup: Followup; selected: readonly string[] }) {
  const t = useT();
  const headingId = useId();
  const { groups, hidden } = useMemo(() => laterFactGroups(followup, selected), [followup, selected]);
  return (
    <section className="outcomes-all-facts" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('outcomesPanel:allFacts.heading')}</h3>
      <p className="muted">{t('outcomesPanel:allFacts.intro')}</p>
      {hidden > 0 ? (
        <p className="outcomes-hidden">{t('outcomesPanel:allFacts.hidden', { count: hidden })}</p>
      ) : null}
      {groups.map((group) => (
        <TopicFacts key={group.topic} group={group} />
      ))}
    </section>
  );
}

function TopicFacts({ group }: { group: TopicGroup }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="later-topic" aria-labelledby={headingId} data-topic={group.topic}>
      <h4 id={headingId}>{t(`outcomesPanel:topic.${group.topic}`)}</h4>
      <ul className="later-facts">
        {group.facts.map((item) => (
          <FactItem key={item.fact.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

function FactItem({ item: { fact, figures } }: { item: LaterFact }) {
  const t = useT();
  const lang = useLang();
  const sep = ' · ';
  return (
    <li className="later-fact" id={`later-fact-${fact.id}`} data-fact={fact.id}>
      <p className="later-fact-summary">
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
