import type { BriefMap } from '../../domain/map/brief-map';
import { SYMBOL_SIZE } from '../../domain/map/map-items';
import type { Lang } from '../../domain/schema/dataset-schema';
import { joinNames } from '../../domain/text/localize';
import { useT } from '../../i18n/i18n-context';
import { SymbolShape } from '../../ui/marker-symbol';

/** Map units per symbol pixel: the map is 1000 units across and printed about 55 mm wide. */
const SYMBOL_SCALE = 3.2;
const PAD = 40;

/**
 * The brief's static map: the counties of Zhaoqing drawn from the embedded geography, the chosen
 * parks' counties filled and named, and each park's symbol where the map anchors it (numbered in
 * a comparison). Plain SVG built by React: no tiles, nothing to load, crisp on paper.
 */
export function BriefMapFigure({
  map,
  lang,
  numbered,
  unplacedNames,
}: {
  map: BriefMap;
  lang: Lang;
  numbered: boolean;
  unplacedNames: readonly string[];
}) {
  const t = useT();
  const approximate = map.places.some((p) => p.precision === 'county');
  const within = map.places.some((p) => p.precision === 'within');
  const extent = map.places.some((p) => p.extent !== null);
  return (
    <figure className="brief-map">
      <svg
        className="brief-map-svg"
        viewBox={`${-PAD} ${-PAD} ${map.width + 2 * PAD} ${map.height + 2 * PAD}`}
        role="img"
        aria-label={t('brief:mapLabel')}
      >
        {map.counties.map((c) => (
          <path
            key={c.code}
            d={c.d}
            className={c.highlighted ? 'brief-county brief-county-on' : 'brief-county'}
            fill={c.highlighted ? '#cfe0f5' : '#f2f4f7'}
            stroke={c.highlighted ? '#1d4f91' : '#8a96a3'}
            strokeWidth={c.highlighted ? 5 : 2.5}
            strokeLinejoin="round"
          />
        ))}
        {map.counties
          .filter((c) => c.highlighted)
          .map((c) => (
            <text
              key={c.code}
              className="brief-county-name"
              x={c.labelX}
              // Below the label point, where a county-level park's symbol stands.
              y={c.labelY + SYMBOL_SCALE * 10 + 44}
              textAnchor="middle"
              fontSize={46}
              fill="#1d3557"
              stroke="#fff"
              strokeWidth={10}
              paintOrder="stroke"
            >
              {c.name[lang]}
            </text>
          ))}
        {map.places.map((p) =>
          p.extent ? (
            <rect
              key={`extent-${p.parkId}`}
              x={p.extent.x}
              y={p.extent.y}
              width={p.extent.width}
              height={p.extent.height}
              fill="none"
              stroke="#12324f"
              strokeWidth={4}
            />
          ) : null,
        )}
        {map.places.map((p) => {
          const size = SYMBOL_SIZE[p.symbol];
          const half = (size * SYMBOL_SCALE) / 2;
          return (
            <g
              key={p.parkId}
              className="brief-place"
              data-park={p.parkId}
              data-approximate={p.approximate ? 'true' : undefined}
            >
              <g transform={`translate(${p.x - half} ${p.y - half}) scale(${SYMBOL_SCALE})`}>
                <SymbolShape symbol={p.symbol} tier={p.tier} precision={p.precision} />
              </g>
              {numbered ? (
                <text
                  x={p.x}
                  y={p.y - half - 8}
                  textAnchor="middle"
                  fontSize={54}
                  fontWeight={700}
                  fill="#12324f"
                  stroke="#fff"
                  strokeWidth={8}
                  paintOrder="stroke"
                >
                  {p.number}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="brief-map-notes">
        {approximate ? <span>{t('brief:mapApproximate')}</span> : null}
        {within ? <span>{t('brief:mapWithin')}</span> : null}
        {extent ? <span>{t('brief:mapExtent')}</span> : null}
        {unplacedNames.length > 0 ? (
          <span>{t('brief:unplaced', { names: joinNames(unplacedNames, lang) })}</span>
        ) : null}
      </figcaption>
    </figure>
  );
}
