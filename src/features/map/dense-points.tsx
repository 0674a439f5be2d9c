import { useEffect, useLayoutEffect, useMemo } from 'react';
import { DomUtil, Layer, type Map as LeafletMap } from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Sector } from '../../domain/schema/dataset-schema';
import { aggregate, pointSet, selectionMask, type PointSet } from '../../domain/map/dense-points';
import type { MapItem } from '../../domain/map/map-items';
import { TIER_COLOR } from '../../domain/map/marker-shape';
import { useViewStore } from '../../state/view-store-context';

const CELL = 40;
const PANE = 'dense-points';

/**
 * One canvas for a dense set of exact points: each screen cell shows its points' count (or one
 * small square where a point stands alone), faded where none matches the sector filter. Drawing
 * is O(points) on typed arrays, at each move's end and each filter change, whatever the zoom.
 */
class DensePointsLayer extends Layer {
  private canvas: HTMLCanvasElement | null = null;
  private mask: Uint32Array | null = null;

  constructor(private readonly points: PointSet) {
    super();
  }

  setMask(mask: Uint32Array | null): void {
    this.mask = mask;
    this.draw();
  }

  onAdd(map: LeafletMap): this {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    pane.style.zIndex = '450';
    pane.style.pointerEvents = 'none';
    this.canvas = DomUtil.create('canvas', 'dense-points', pane);
    this.canvas.setAttribute('aria-hidden', 'true');
    this.draw();
    return this;
  }

  onRemove(): this {
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  getEvents() {
    return {
      moveend: this.draw,
      resize: this.draw,
      // The cells belong to one zoom: hidden during a zoom's animation, redrawn at its end.
      zoomstart: this.hide,
      zoomend: this.draw,
    };
  }

  private readonly hide = () => {
    if (this.canvas) this.canvas.style.visibility = 'hidden';
  };

  private readonly draw = () => {
    const map = this._map as LeafletMap | undefined;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = size.x * ratio;
    canvas.height = size.y * ratio;
    canvas.style.width = `${size.x}px`;
    canvas.style.height = `${size.y}px`;
    canvas.style.visibility = '';
    DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const origin = map.getPixelBounds().min ?? { x: 0, y: 0 };
    const cells = aggregate(
      this.points,
      { scale: 2 ** map.getZoom(), left: origin.x, top: origin.y, width: size.x, height: size.y, cell: CELL },
      this.mask,
    );
    ctx.font = 'bold 11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const c of cells) {
      const lit = c.matching > 0;
      ctx.globalAlpha = lit ? 0.9 : 0.35;
      ctx.fillStyle = lit ? TIER_COLOR.entity : '#94a3b8';
      if (c.total === 1) {
        ctx.fillRect(c.x - 4, c.y - 4, 8, 8);
        continue;
      }
      const shown = this.mask ? c.matching : c.total;
      const r = Math.min(CELL / 2 - 2, 8 + 3 * Math.log10(c.total));
      ctx.beginPath();
      ctx.arc(c.x, c.y, r, 0, 2 * Math.PI);
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.fillStyle = '#ffffff';
      ctx.fillText(shown >= 1000 ? `${Math.round(shown / 100) / 10}k` : String(shown), c.x, c.y);
    }
    ctx.globalAlpha = 1;
  };
}

/** The dense layer in React: built once per item set, told about filter changes only. */
export function DensePoints({ items, sectors }: { items: readonly MapItem[]; sectors: readonly Sector[] }) {
  const map = useMap();
  const selected = useViewStore((s) => s.view.sectors);
  const links = useViewStore((s) => s.view.links);
  const hidden = useViewStore((s) => s.view.hidden.includes('entities'));
  const points = useMemo(
    () =>
      pointSet(
        items,
        sectors.map((s) => s.id),
        links,
      ),
    [items, sectors, links],
  );
  // Building the layer draws nothing; it draws once added to the map.
  const layer = useMemo(() => new DensePointsLayer(points), [points]);
  useEffect(() => {
    if (hidden) return;
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, layer, hidden]);
  // A layout effect: the canvas is redrawn in the same frame as the filter's own change.
  useLayoutEffect(() => {
    layer.setMask(selectionMask(points, selected));
  }, [layer, points, selected]);
  return null;
}
