import './key-figure-cards.css';
import { useId, useMemo, type ReactElement } from 'react';
import { useLang, useT, type Translate } from '../../i18n/i18n-context';
import type { Dataset, Lang, Localized } from '../../domain/schema/dataset-schema';
import { useFollowup } from '../../data/use-followup';
import { formatLaterFigure } from '../../domain/text/format-later';
import {
  followupKeyFigures,
  keyFigures,
  newerComparable,
  type FigureScope,
} from '../../domain/outcomes/key-figures';
import { pick, joinNames, labelSeparator } from '../../domain/text/localize';
import { useDeferredSectors } from '../../state/view-store-context';
import { FigureCard } from '../../ui/figure-card';
import { figureCardWords } from './figure-words';

const outletNames = (sources: readonly { outlet: Localized }[], lang: Lang) =>
  joinNames(
    sources.map((s) => pick(s.outlet, lang)),
    lang,
  );

function scopeText(dataset: Dataset, scope: FigureScope, lang: Lang, t: Translate): string {
  switch (scope.kind) {
    case 'city':
      return t('keyFigures.scopeCity');
    case 'park': {
      const park = dataset.parks.find((p) => p.id === scope.park);
      return park ? pick(park.name, lang) : scope.park;
    }
    case 'sectors':
      return joinNames(
        dataset.sectors.filter((s) => scope.sectors.includes(s.id)).map((s) => pick(s.name, lang)),
        lang,
      );
  }
}

/**
 * Key figures of investment promotion and industrial upgrading, as cards. City-wide and park
 * figures stay whatever the filter, marked with their scope; a sector's own figure (the storage
 * battery share) shows only when its sector is chosen or nothing is.
 *
 * Once the follow-up file has arrived (asked for when the page is idle; without it the cards stay
 * as they are), a card whose measure has a newer comparable figure shows the newest with its year
 * and the earlier one beside it, and GDP 2024 is added at the end. Both only ever appear below the
 * cards already there, and the cards sit below the first screen, so nothing on screen moves.
 */
export function KeyFigureCards({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const selected = useDeferredSectors();
  const headingId = useId();
  const cards = useMemo(() => keyFigures(dataset, selected), [dataset, selected]);
  const all = useMemo(() => keyFigures(dataset, []), [dataset]);
  const hidden = all.length - cards.length;
  const followup = useFollowup('idle').data;
  const newer = useMemo(() => (followup ? newerComparable(followup) : null), [followup]);
  const extra = useMemo(() => (followup ? followupKeyFigures(followup) : []), [followup]);
  // Every card's element, built once per language and follow-up: a filter change only chooses
  // which of them show, and React skips the ones it has already drawn.
  const elements = useMemo(() => {
    const out = new Map<string, ReactElement>();
    for (const { indicator, sources, scope } of all) {
      const words = figureCardWords(dataset, indicator, sources, lang, t);
      const later = newer?.get(indicator.fact);
      if (later) {
        const period = later.period ? pick(later.period, lang) : t('laterFigures.noPeriod');
        out.set(
          indicator.id,
          <div
            key={indicator.id}
            data-indicator={indicator.id}
            data-scope={scope.kind}
            data-later={later.figure.id}
          >
            <FigureCard
              label={pick(indicator.label, lang)}
              value={formatLaterFigure(later.figure, lang) ?? ''}
              badge={words.badge}
              period={[period, scopeText(dataset, scope, lang, t)].join(' · ')}
              note={t('laterFigures.earlier', {
                value: words.value,
                period: words.period || t('laterFigures.noPeriod'),
              })}
              sourceLine={t('figures.sources', { list: outletNames([...later.sources, ...sources], lang) })}
              sourceTitle={[...later.sources.map((s) => s.id), words.sourceTitle].join('\n')}
            />
          </div>,
        );
        continue;
      }
      out.set(
        indicator.id,
        <div key={indicator.id} data-indicator={indicator.id} data-scope={scope.kind}>
          <FigureCard
            label={pick(indicator.label, lang)}
            {...words}
            // The card's small line after the label carries the period and whom the figure is for.
            period={[words.period, scopeText(dataset, scope, lang, t)].filter(Boolean).join(' · ')}
          />
        </div>,
      );
    }
    return out;
  }, [all, newer, dataset, lang, t]);
  const extraElements = useMemo(
    () =>
      extra.map(({ newest, beside }) => (
        <div key={newest.figure.id} data-later={newest.figure.id} data-scope="city">
          <FigureCard
            label={pick(newest.figure.label, lang)}
            value={formatLaterFigure(newest.figure, lang) ?? ''}
            period={[
              newest.period ? pick(newest.period, lang) : t('laterFigures.noPeriod'),
              t('keyFigures.scopeCity'),
            ].join(' · ')}
            note={
              beside
                ? `${pick(beside.figure.label, lang)}${labelSeparator(lang)}${formatLaterFigure(beside.figure, lang) ?? ''}`
                : null
            }
            sourceLine={t('figures.sources', { list: outletNames(newest.sources, lang) })}
            sourceTitle={newest.sources.map((s) => s.id).join('\n')}
          />
        </div>
      )),
    [extra, lang, t],
  );
  return (
    <section className="key-figures" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('keyFigures.heading')}</h2>
      <div className="figure-grid">
        {cards.map(({ indicator }) => elements.get(indicator.id))}
        {extraElements}
      </div>
      {hidden > 0 ? <p className="key-figures-hidden">{t('keyFigures.hidden', { count: hidden })}</p> : null}
    </section>
  );
}
