import { useRef } from 'react';
import type { BriefMap } from '../../domain/map/brief-map';
import { sourceRanks } from '../../domain/parks/brief-cells';
import type { CompareTable } from '../../domain/parks/compare-rows';
import type { Lang } from '../../domain/schema/dataset-schema';
import { useT } from '../../i18n/i18n-context';
import { QrCode } from '../../ui/qr-code';
import { BriefMapFigure } from './brief-map-figure';
import { BriefRows } from './brief-rows';
import { BriefSources } from './brief-sources';
import { useBriefFit } from './use-brief-fit';

export interface BriefSheetProps {
  table: CompareTable;
  map: BriefMap;
  /** The live view's address (the QR code's text). */
  link: string;
  /** The day it is printed, as shown (yyyy-mm-dd). */
  printDate: string;
  lang: Lang;
}

/** The address as printed under the QR code: without the scheme, which nobody types. */
export const shortLink = (link: string): string => link.replace(/^https?:\/\//, '');

/**
 * The one-page brief: a sheet laid out for A4 portrait paper and shown only in print (brief.css).
 * Title, the date of the data and of printing, a small map of where each park lies, the facts as
 * rows, every source in full, and a QR code with the link back to the live view. Its type steps
 * down until it fits one page (use-brief-fit.ts); nothing is cut.
 */
export function BriefSheet({ table, map, link, printDate, lang }: BriefSheetProps) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const density = useBriefFit(ref);
  const compare = table.parkIds.length > 1;
  const title = compare
    ? t('brief:compareTitle', { names: table.names.join(' · ') })
    : (table.names[0] ?? '');
  const unplacedNames = map.unplaced.map((id) => table.names[table.parkIds.indexOf(id)] ?? id);
  return (
    <article
      ref={ref}
      className={compare ? 'brief-sheet brief-compare' : 'brief-sheet'}
      data-density={density}
      data-parks={table.parkIds.join(',')}
      lang={lang}
      aria-label={title}
    >
      <header className="brief-head">
        <div className="brief-head-text">
          <p className="brief-kicker">{t('brief:kicker')}</p>
          <h1 className="brief-title">{title}</h1>
          <p className="brief-dates">
            <span>
              {table.dataDate ? t('brief:dataDate', { date: table.dataDate }) : t('brief:dataDateNone')}
            </span>
            <span className="brief-dot"> · </span>
            <span>{t('brief:printed', { date: printDate })}</span>
          </p>
          <figure className="brief-qr">
            <QrCode text={link} label={t('brief:qrLabel')} />
            <figcaption>
              <span className="brief-qr-hint">{t('brief:qrHint')}</span>
              <span className="brief-link" data-link={link}>
                {shortLink(link)}
              </span>
            </figcaption>
          </figure>
        </div>
        <BriefMapFigure map={map} lang={lang} numbered={compare} unplacedNames={unplacedNames} />
      </header>
      <BriefRows table={table} lang={lang} />
      <BriefSources sources={table.sources} ranks={sourceRanks(table)} />
    </article>
  );
}
