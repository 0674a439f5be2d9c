import './links.css';
import { Fragment, type CSSProperties } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset } from '../../domain/schema/dataset-schema';
import type { LinkBasis, SectorBasis } from '../../domain/schema/link-basis-schema';
import { nameSeparator, pick } from '../../domain/text/localize';
import { useViewStore } from '../../state/view-store-context';
import { FactTag, useSourceList } from './source-notes';

/**
 * Why a link holds, in words: "有来源：「…」——南都，2024年3月" or "推断：<reason>". An inferred
 * link is set in italics with a dashed rule as well, so it reads differently at a glance.
 */
export function BasisLine({ dataset, basis }: { dataset: Dataset; basis: LinkBasis }) {
  const t = useT();
  const lang = useLang();
  const sourceList = useSourceList(dataset);
  const sep = lang === 'en' ? ' — ' : '——';
  if (basis.basis === 'inferred')
    return (
      <span className="link-basis is-inferred">
        {t('links.inferred', { reason: pick(basis.reason, lang) })}
        {basis.sources.length > 0 ? (
          <span className="claim-source">
            {' '}
            {t('links.inferredFrom', { list: sourceList(basis.sources) })}
          </span>
        ) : null}
      </span>
    );
  return (
    <span className="link-basis is-stated">
      {basis.quote === null ? t('links.statedNoQuote') : t('links.stated')}
      {basis.quote !== null ? (
        <span className="link-quote">
          {lang === 'en' ? '“' : '「'}
          <span lang="zh-Hans">{basis.quote}</span>
          {lang === 'en' ? '”' : '」'}
        </span>
      ) : null}
      <span className="claim-source">
        {basis.quote !== null ? sep : ''}
        {sourceList(basis.sources)}
        {basis.fact ? (
          <>
            {' '}
            <FactTag dataset={dataset} fact={basis.fact} sources={basis.sources} />
          </>
        ) : null}
      </span>
    </span>
  );
}

/** A park's or firm's sectors, each with its basis; inferred ones marked in words and style. */
export function SectorBasisList({
  dataset,
  item,
}: {
  dataset: Dataset;
  item: { sectors: readonly string[]; sectorBasis: SectorBasis };
}) {
  const t = useT();
  const lang = useLang();
  const sourcedOnly = useViewStore((s) => s.view.links === 'sourced');
  if (item.sectors.length === 0) return <>{t('parks.details.noSectors')}</>;
  return (
    <ul className="sector-basis">
      {item.sectors.map((id) => {
        const sector = dataset.sectors.find((s) => s.id === id);
        const basis = item.sectorBasis[id];
        if (!sector || !basis) return null;
        const inferred = basis.basis === 'inferred';
        const name = pick(sector.name, lang);
        return (
          <li key={id} className={inferred ? 'is-inferred' : undefined} data-sector={id}>
            <span className="sector-chip" style={{ '--sector-color': sector.color } as CSSProperties}>
              {inferred ? t('links.sectorInferred', { name }) : name}
            </span>{' '}
            <BasisLine dataset={dataset} basis={basis} />
            {inferred && sourcedOnly ? <span className="link-ignored">{t('links.ignored')}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** "新能源汽车、新型储能（推断）": sector names for a list row, inferred ones in italics and said so. */
export function SectorNames({
  dataset,
  item,
}: {
  dataset: Dataset;
  item: { sectors: readonly string[]; sectorBasis: SectorBasis };
}) {
  const t = useT();
  const lang = useLang();
  const names = item.sectors.flatMap((id) => {
    const s = dataset.sectors.find((x) => x.id === id);
    return s ? [{ id, name: pick(s.name, lang), inferred: item.sectorBasis[id]?.basis === 'inferred' }] : [];
  });
  return (
    <>
      {names.map((n, i) => (
        <Fragment key={n.id}>
          {i > 0 ? nameSeparator(lang) : ''}
          {n.inferred ? (
            <em className="is-inferred">{t('links.sectorInferred', { name: n.name })}</em>
          ) : (
            n.name
          )}
        </Fragment>
      ))}
    </>
  );
}
