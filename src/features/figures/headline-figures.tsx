import { useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { headlineFigures } from '../../domain/outcomes/headline';
import { pick } from '../../domain/text/localize';
import { FigureCard } from '../../ui/figure-card';
import { useScreenIds } from '../../ui/screen-ids';
import { figureCardWords } from './figure-words';

export function HeadlineFigures({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const id = useScreenIds();
  const figures = useMemo(() => headlineFigures(dataset), [dataset]);
  return (
    <section className="headline" aria-labelledby={id('headline-heading')}>
      <h2 id={id('headline-heading')}>{t('figures.heading')}</h2>
      <div className="figure-grid">
        {figures.map(({ indicator, sources }) => {
          const words = figureCardWords(dataset, indicator, sources, lang, t);
          // Later statements on these (Y38, Y12, Y19) are of another scope: said, never joined (n11).
          return (
            <FigureCard
              key={indicator.id}
              label={pick(indicator.label, lang)}
              {...words}
              note={t('figures.laterScope')}
            />
          );
        })}
      </div>
    </section>
  );
}
