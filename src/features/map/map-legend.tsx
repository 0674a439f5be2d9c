import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n-context';
import { LAYER_IDS, type LayerId } from '../../state/view-state';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { MarkerSymbol } from '../../ui/marker-symbol';

interface Props {
  /** Whether the geography marks Greater Bay Area cities (its `gba` flag). */
  hasGba: boolean;
  /** Whether dense points are drawn as counted cells (a dataset with very many points). */
  hasDense?: boolean;
  /** The online base map's credit, when one is configured. */
  tileCredit: string | null;
}

/**
 * The legend starts open only on a big screen (≥ 1600 px), where its floating panel still leaves the
 * Bay Area cities east of Zhaoqing in view; below that, and under the map on a phone, it starts
 * folded to its title, one tap away. The prerendered first screen has no screen size: folded.
 */
const startsOpen = () =>
  typeof window === 'undefined' || typeof window.matchMedia !== 'function'
    ? !import.meta.env.SSR
    : window.matchMedia('(min-width: 1600px)').matches;

/**
 * Explains every symbol on the map and switches each layer on and off (the `hide` part of the
 * view state, so a shared link keeps the same layers).
 */
export function MapLegend({ hasGba, hasDense = false, tileCredit }: Props) {
  const t = useT();
  const hidden = useViewStore((s) => s.view.hidden);
  const { toggleLayer } = useViewActions();
  const [open, setOpen] = useState(startsOpen);

  const layers: Record<LayerId, { symbol?: ReactNode; keys?: ReactNode }> = {
    counties: {
      keys: (
        <>
          <Key swatch={<span className="swatch swatch-east" />}>{t('map.eastShort')}</Key>
          <Key swatch={<span className="swatch swatch-west" />}>{t('map.westShort')}</Key>
          <Key swatch={null}>{t('map.standardsUnlisted')}</Key>
        </>
      ),
    },
    neighbours: {
      keys: hasGba ? (
        <>
          <Key swatch={<span className="swatch swatch-gba" />}>{t('map.gba')}</Key>
          <Key swatch={<span className="swatch swatch-neighbour" />}>{t('map.otherNeighbours')}</Key>
        </>
      ) : (
        <Key swatch={<span className="swatch swatch-neighbour" />}>{t('map.neighbours')}</Key>
      ),
    },
    core: {
      symbol: <MarkerSymbol className="legend-symbol" symbol="core" tier="core" precision="area" />,
      keys: (
        <Key
          swatch={<MarkerSymbol className="legend-symbol" symbol="core-sub" tier="core" precision="area" />}
        >
          {t('map.symbol.core-sub')}
        </Key>
      ),
    },
    parks: {
      symbol: <MarkerSymbol className="legend-symbol" symbol="park" tier="east" precision="area" />,
      keys: (
        <Key
          swatch={<MarkerSymbol className="legend-symbol" symbol="cluster" tier="east" precision="area" />}
        >
          {t('map.symbol.cluster')}
        </Key>
      ),
    },
    entities: {
      symbol: <MarkerSymbol className="legend-symbol" symbol="entity" tier={null} precision="area" />,
    },
  };

  return (
    <details
      className="map-legend"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span className="map-legend-title">{t('map.legendAndLayers')}</span>
        <span className="map-legend-note">
          {tileCredit ? t('map.baseMapOnline', { credit: tileCredit }) : t('map.baseMapOffline')}
        </span>
      </summary>
      <ul className="legend-layers" aria-label={t('map.legend')}>
        {LAYER_IDS.map((id) => {
          const { symbol, keys } = layers[id];
          return (
            <li key={id} className="legend-layer">
              <label className="legend-toggle">
                <input type="checkbox" checked={!hidden.includes(id)} onChange={() => toggleLayer(id)} />
                {symbol ? (
                  <span className="legend-swatch" aria-hidden="true">
                    {symbol}
                  </span>
                ) : null}
                <span>{t(`map.layer.${id}`)}</span>
              </label>
              {keys}
            </li>
          );
        })}
      </ul>
      <ul className="legend-notes">
        <li>
          <Key
            swatch={
              <>
                <MarkerSymbol className="legend-symbol" symbol="core" tier="core" precision="county" />
                <MarkerSymbol className="legend-symbol" symbol="park" tier="east" precision="county" />
              </>
            }
          >
            {t('map.approximate')}
          </Key>
        </li>
        <li>
          <Key
            swatch={
              <span className="extent-swatch">
                <MarkerSymbol className="legend-symbol" symbol="core" tier="core" precision="area" />
              </span>
            }
          >
            {t('map.extent')}
          </Key>
        </li>
        <li>
          <Key
            swatch={
              <>
                <MarkerSymbol className="legend-symbol" symbol="core-sub" tier="core" precision="within" />
                <MarkerSymbol className="legend-symbol" symbol="entity" tier={null} precision="within" />
              </>
            }
          >
            {t('map.within')}
          </Key>
        </li>
        <li>
          <Key swatch={<span className="leader-swatch" />}>{t('map.leader')}</Key>
        </li>
        <li>
          <Key swatch={<span className="name-leader-swatch" />}>{t('map.nameLeader')}</Key>
        </li>
        {hasDense ? (
          <li>
            <Key swatch={<span className="dense-swatch">12</span>}>{t('map.denseCells')}</Key>
          </li>
        ) : null}
        <li>
          <Key
            swatch={
              <span className="is-faded-swatch">
                <MarkerSymbol className="legend-symbol" symbol="park" tier="east" precision="county" />
              </span>
            }
          >
            {t('map.faded')}
          </Key>
        </li>
      </ul>
    </details>
  );
}

function Key({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <span className="legend-key">
      <span className="legend-swatch" aria-hidden="true">
        {swatch}
      </span>
      <span>{children}</span>
    </span>
  );
}
