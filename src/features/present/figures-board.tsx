import { useMemo } from 'react';
import { useFollowup } from '../../data/use-followup';
import { headlineFigures } from '../../domain/outcomes/headline';
import { outcomeCards, VERDICT_MARK } from '../../domain/outcomes/outcomes';
import type { Dataset } from '../../domain/schema/dataset-schema';
import type { Followup } from '../../domain/schema/followup-schema';
import { periodText } from '../../domain/text/figure-dates';
import { formatFigureLine } from '../../domain/text/format-figure';
import { labelSeparator, pick } from '../../domain/text/localize';
import { sourceListText } from '../../domain/text/source-list';
import { useLang, useLazyArea, useT } from '../../i18n/i18n-context';
import { outcomesPanelArea } from '../../i18n/lazy/outcomes-panel';
import { CARD_WORDS } from './card-words';
import { CardList } from './card-list';

/**
 * The key-figures scene, across the screen: the headline figures with qualifier, period and
 * source, and each target with its verdict in words (the Targets & outcomes tab's verdicts).
 */
export function FiguresBoard({ dataset }: { dataset: Dataset }) {
  useLazyArea(outcomesPanelArea);
  const t = useT();
  const lang = useLang();
  const words = CARD_WORDS[lang];
  const followup = useFollowup('now');
  const figures = useMemo(() => headlineFigures(dataset), [dataset]);
  const colon = labelSeparator(lang);
  const undated = t('parks.details.undated');
  return (
    <article className="scene-card scene-board" data-card="figures">
      <CardList title={words.headline}>
        {figures.map(({ indicator: f, sources }) => {
          const period = periodText(f, lang);
          return (
            <li key={f.id}>
              {pick(f.label, lang)}
              {period ? ` (${period})` : ''}
              {colon}
              <strong>{formatFigureLine(f, lang, t('parks.details.notPublished'))}</strong>
              <span className="scene-card-source">
                {t('parks.details.sourceLine', { list: sourceListText(sources, lang, undated) })}
              </span>
            </li>
          );
        })}
      </CardList>
      {followup.data ? (
        <Targets dataset={dataset} followup={followup.data} />
      ) : (
        <p className="scene-card-line" role="status">
          {followup.error ? words.targetsFailed : words.loadingTargets}
        </p>
      )}
    </article>
  );
}

function Targets({ dataset, followup }: { dataset: Dataset; followup: Followup }) {
  const t = useT();
  const lang = useLang();
  const cards = useMemo(
    () => outcomeCards(dataset, followup, []).cards.filter((c) => c.pair.basis === 'target'),
    [dataset, followup],
  );
  return (
    <CardList title={CARD_WORDS[lang].targets}>
      {cards.map(({ pair, verdict }) => (
        <li key={pair.id} className="scene-card-target" data-verdict={verdict}>
          <span>{pick(pair.title, lang)}</span>
          <strong className={`verdict-badge verdict-${verdict}`}>
            <span aria-hidden="true">{VERDICT_MARK[verdict]} </span>
            {t(`outcomesPanel:verdict.${verdict}`, {
              basis: pair.verdictBasis ? pick(pair.verdictBasis, lang) : '',
            })}
          </strong>
        </li>
      ))}
    </CardList>
  );
}
