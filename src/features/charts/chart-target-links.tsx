import { useLang, useT } from '../../i18n/i18n-context';
import { laterTopicId, outcomeCardId, targetLinks } from '../../domain/outcomes/later-ids';
import { itemSeparator } from '../../domain/text/localize';
import { useViewActions } from '../../state/view-store-context';
import { InPageLink } from '../../ui/in-page-link';
import type { ChartView } from './chart-view';

/**
 * Under a chart with target bars: for each target a pair judges, a link to its verdict on the
 * Targets & outcomes tab and one to the sector's "what happened since" list (issue 24, item 2).
 * The chart never joins a target to a later figure: it points to where they are set side by side.
 */
export function ChartTargetLinks({ view }: { view: ChartView }) {
  const t = useT();
  const lang = useLang();
  const { setTab } = useViewActions();
  const openOutcomes = () => setTab('outcomes');
  const seen = new Set<string>();
  const targets = view.categories.flatMap((category) =>
    category.marks.flatMap((m) => {
      const mark = 'mark' in m ? m.mark : null;
      if (!mark || mark.kind !== 'target' || seen.has(mark.fact)) return [];
      const links = targetLinks(mark.fact);
      if (!links) return [];
      seen.add(mark.fact);
      return [{ key: mark.fact, name: `${category.name} ${m.label}`, links }];
    }),
  );
  if (targets.length === 0) return null;
  return (
    <p className="chart-targets">
      {t('charts.targetLinks')}
      {targets.map(({ key, name, links }, i) => (
        <span key={key}>
          {i > 0 ? itemSeparator(lang) : null}
          <InPageLink targetId={outcomeCardId(links.pair)} onActivate={openOutcomes}>
            {name}
          </InPageLink>
          {links.topic ? (
            <>
              {' · '}
              <InPageLink targetId={laterTopicId(links.topic)} onActivate={openOutcomes}>
                {t('figures.laterSince')}
              </InPageLink>
            </>
          ) : null}
        </span>
      ))}
    </p>
  );
}
