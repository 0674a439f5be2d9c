import { useCallback, useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { headlineFigures } from '../../domain/outcomes/headline';
import { pick } from '../../domain/text/localize';
import { FigureCard } from '../../ui/figure-card';
import { useScreenIds } from '../../ui/screen-ids';
import { figureCardWords } from './figure-words';
import { InPageLink } from '../../ui/in-page-link';
import { useViewActions } from '../../state/view-store-context';
import { laterTopicId, LATER_FACTS_ID, outcomeCardId } from '../../domain/outcomes/later-ids';

export function HeadlineFigures({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useLang();
  const id = useScreenIds();
  const figures = useMemo(() => headlineFigures(dataset), [dataset]);
  const { setTab } = useViewActions();
  const openOutcomes = useCallback(() => setTab('outcomes'), [setTab]);
  return (
    <section className="headline" aria-labelledby={id('headline-heading')}>
      <h2 id={id('headline-heading')}>{t('figures.heading')}</h2>
      <div className="figure-grid">
        {figures.map(({ indicator, sources, later }) => {
          const words = figureCardWords(dataset, indicator, sources, lang, t);
          // Later statements on these (Y38, Y12, Y19) are of another scope: said, never joined (n11),
          // with links to the target's verdict and to what happened since.
          return (
            <FigureCard
              key={indicator.id}
              label={pick(indicator.label, lang)}
              {...words}
              links={
                <>
                  <InPageLink targetId={outcomeCardId(later.pair)} onActivate={openOutcomes}>
                    {t('figures.laterScope')}
                  </InPageLink>
                  {' · '}
                  <InPageLink
                    targetId={later.topic ? laterTopicId(later.topic) : LATER_FACTS_ID}
                    onActivate={openOutcomes}
                  >
                    {t('figures.laterSince')}
                  </InPageLink>
                </>
              }
            />
          );
        })}
      </div>
    </section>
  );
}
