import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset-schema';
import { formatFigure } from '../../domain/format-figure';
import { headlineFigures } from '../../domain/headline';
import { pick, joinNames } from '../../domain/localize';
import { useLang } from '../../i18n/use-lang';
import { FigureCard } from '../../ui/figure-card';

export function HeadlineFigures({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const lang = useLang();
  const figures = useMemo(() => headlineFigures(dataset), [dataset]);
  return (
    <section className="headline" aria-labelledby="headline-heading">
      <h2 id="headline-heading">{t('figures.heading')}</h2>
      <div className="figure-grid">
        {figures.map(({ indicator, sources }) => {
          const { text, target } = formatFigure(indicator, lang, t('figures.notPublished'));
          return (
            <FigureCard
              key={indicator.id}
              label={pick(indicator.label, lang)}
              value={text}
              badge={target}
              period={indicator.period}
              sourceLine={t('figures.sources', {
                list: joinNames(
                  sources.map((s) => pick(s.outlet, lang)),
                  lang,
                ),
              })}
              sourceTitle={sources.map((s) => `${s.id} ${s.title}`).join('\n')}
            />
          );
        })}
      </div>
    </section>
  );
}
