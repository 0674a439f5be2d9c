import { useId } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { periodText } from '../../domain/text/figure-dates';
import { formatFigure } from '../../domain/text/format-figure';
import { itemSeparator, joinNames, labelSeparator, nameSeparator, pick } from '../../domain/text/localize';
import { VERDICT_MARK, type OutcomeCard, type TargetLine } from '../../domain/outcomes/outcomes';
import { LaterFigureText } from './later-figure-text';
import { isSectorTopic, laterTopicId, outcomeCardId } from '../../domain/outcomes/later-ids';
import { InPageLink } from '../../ui/in-page-link';
import { SourceLink } from '../../ui/source-link';
import { useViewActions } from '../../state/view-store-context';

/** One target's card: its target, what later sources say, the verdict in words and its reason. */
export function OutcomeCardView({
  card,
  dataset,
  since,
}: {
  card: OutcomeCard;
  dataset: Dataset;
  /** How many facts each topic's list holds: a sector's card links to its "what happened since". */
  since: ReadonlyMap<string, number>;
}) {
  const t = useT();
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
      id={outcomeCardId(pair.id)}
      tabIndex={-1}
    >
      <h3 id={titleId}>{pick(pair.title, lang)}</h3>
      <p className="outcome-scope">
        {pair.scope
          ? pick(pair.scope, lang)
          : sectors.length
            ? joinNames(sectors, lang)
            : t('outcomesPanel:cityWide')}
      </p>
      <p className="outcome-verdict">
        {t('outcomesPanel:verdictLabel')}
        <strong className={`verdict-badge verdict-${card.verdict}`}>
          <span aria-hidden="true">{VERDICT_MARK[card.verdict]} </span>
          {t(`outcomesPanel:verdict.${card.verdict}`, {
            basis: pair.verdictBasis ? pick(pair.verdictBasis, lang) : '',
          })}
        </strong>
      </p>
      <p className="outcome-reason">{pick(pair.reason, lang)}</p>
      <h4>{t(`outcomesPanel:basis.${pair.basis}`)}</h4>
      <ul className="outcome-figures outcome-targets">
        {card.targets.map((line) => (
          <TargetItem key={line.from === 'dataset' ? line.indicator.id : line.figure.id} line={line} />
        ))}
        {pair.targetNote ? <li className="outcome-target-note">{pick(pair.targetNote, lang)}</li> : null}
      </ul>
      <h4>{t('outcomesPanel:later')}</h4>
      <ul className="outcome-figures outcome-later">
        {card.outcomes.map(({ outcome, later }) => (
          <li key={later.figure.id} data-figure={later.figure.id} data-relation={outcome.relation}>
            <span className="relation-tag">
              {outcome.relation === 'context'
                ? t(`outcomesPanel:relation.context.${outcome.why}`)
                : t(`outcomesPanel:relation.${outcome.relation}`)}
            </span>{' '}
            <LaterFigureText later={later} />
          </li>
        ))}
      </ul>
      {card.caveats.length > 0 ? (
        <p className="outcome-caveats">
          {t('outcomesPanel:caveatsShort')}
          {card.caveats.map((c, i) => (
            <span key={c.id}>
              {i > 0 ? nameSeparator(lang) : null}
              <a href={`#caveat-${c.id}`}>
                {c.id} {pick(c.title, lang)}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      <SinceLinks sectors={pair.sectors} dataset={dataset} since={since} />
    </article>
  );
}

/** Links from a sector's target to that sector's "what happened since" list, below the cards. */
function SinceLinks({
  sectors,
  dataset,
  since,
}: {
  sectors: readonly string[];
  dataset: Dataset;
  since: ReadonlyMap<string, number>;
}) {
  const t = useT();
  const lang = useLang();
  const links = dataset.sectors.filter(
    (s) => sectors.includes(s.id) && isSectorTopic(s.id) && since.get(s.id),
  );
  if (links.length === 0) return null;
  return (
    <p className="outcome-since">
      {links.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? nameSeparator(lang) : null}
          <InPageLink targetId={laterTopicId(s.id)}>
            {t('outcomesPanel:since.link', { sector: pick(s.name, lang), count: since.get(s.id) })}
          </InPageLink>
        </span>
      ))}
    </p>
  );
}

function TargetItem({ line }: { line: TargetLine }) {
  const t = useT();
  const lang = useLang();
  const { openSources } = useViewActions();
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
      {labelSeparator(lang)}
      {/* The heading above says "target"; the figure keeps its qualifier. */}
      <strong className="figure-text">
        {formatFigure(indicator, lang, t('outcomesPanel:notPublished')).text}
      </strong>
      <span className="figure-period">
        {' · '}
        {periodText(indicator, lang) ?? t('outcomesPanel:noYear')}
      </span>
      <span className="source-tag">
        {' · '}
        {t('outcomesPanel:source')}
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? itemSeparator(lang) : null}
            <SourceLink
              sourceId={s.id}
              onActivate={openSources}
              label={t('outcomesPanel:sourceLink', { id: s.id, outlet: pick(s.outlet, lang) })}
            >
              {s.id} {pick(s.outlet, lang)}
            </SourceLink>
          </span>
        ))}
      </span>
    </li>
  );
}
