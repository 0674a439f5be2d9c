import './key-figure-cards.css';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset, Lang } from '../../domain/dataset-schema';
import { keyFigures, type FigureScope } from '../../domain/key-figures';
import { pick, joinNames } from '../../domain/localize';
import { useLang } from '../../i18n/use-lang';
import { useDeferredSectors } from '../../state/view-store-context';
import { FigureCard } from '../../ui/figure-card';
import { figureCardWords } from './figure-words';

/**
 * Key figures of investment promotion and industrial upgrading, as cards. City-wide and park
 * figures stay whatever the filter, marked with their scope; a sector's own figure (the storage
 * battery share) shows only when its sector is chosen or nothing is.
 */
export function KeyFigureCards({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const lang = useLang();
  const selected = useDeferredSectors();
  const headingId = useId();
  const cards = useMemo(() => keyFigures(dataset, selected), [dataset, selected]);
  const all = useMemo(() => keyFigures(dataset, []), [dataset]);
  const hidden = all.length - cards.length;
  const scopeText = (scope: FigureScope, l: Lang) => {
    switch (scope.kind) {
      case 'city':
        return t('keyFigures.scopeCity');
      case 'park': {
        const park = dataset.parks.find((p) => p.id === scope.park);
        return park ? pick(park.name, l) : scope.park;
      }
      case 'sectors':
        return joinNames(
          dataset.sectors.filter((s) => scope.sectors.includes(s.id)).map((s) => pick(s.name, l)),
          l,
        );
    }
  };
  return (
    <section className="key-figures" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('keyFigures.heading')}</h2>
      <div className="figure-grid">
        {cards.map(({ indicator, sources, scope }) => {
          const words = figureCardWords(dataset, indicator, sources, lang, t);
          return (
            <div key={indicator.id} data-indicator={indicator.id} data-scope={scope.kind}>
              <FigureCard
                label={pick(indicator.label, lang)}
                {...words}
                // The card's small line after the label carries the period and whom the figure is for.
                period={[words.period, scopeText(scope, lang)].filter(Boolean).join(' · ')}
              />
            </div>
          );
        })}
      </div>
      {hidden > 0 ? <p className="key-figures-hidden">{t('keyFigures.hidden', { count: hidden })}</p> : null}
    </section>
  );
}
