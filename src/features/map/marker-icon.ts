import { divIcon, type DivIcon } from 'leaflet';
import type { Tier } from '../../domain/schema/dataset-schema';
import { markerPaint, markerShape, STROKE_WIDTH } from '../../domain/map/marker-shape';
import { SYMBOL_SIZE, targetHalf, type DrawnPrecision, type MarkerSymbol } from '../../domain/map/map-items';
import { type Offset } from '../../domain/map/park-placement';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface MarkerLook {
  symbol: MarkerSymbol;
  tier: Tier | null;
  precision: DrawnPrecision;
  faded: boolean;
  selected: boolean;
}

/** The symbol as an <svg>, built as DOM nodes (never an HTML string). */
export function symbolSvg(look: Pick<MarkerLook, 'symbol' | 'tier' | 'precision'>): SVGSVGElement {
  const size = SYMBOL_SIZE[look.symbol];
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = markerShape(look.symbol);
  let el: SVGElement;
  switch (shape.kind) {
    case 'polygon':
      el = document.createElementNS(SVG_NS, 'polygon');
      el.setAttribute('points', shape.points);
      break;
    case 'circle':
      el = document.createElementNS(SVG_NS, 'circle');
      el.setAttribute('cx', String(shape.cx));
      el.setAttribute('cy', String(shape.cy));
      el.setAttribute('r', String(shape.r));
      break;
    case 'rect':
      el = document.createElementNS(SVG_NS, 'rect');
      el.setAttribute('x', String(shape.x));
      el.setAttribute('y', String(shape.y));
      el.setAttribute('width', String(shape.width));
      el.setAttribute('height', String(shape.height));
      break;
  }
  const paint = markerPaint(look.tier, look.precision);
  el.setAttribute('fill', paint.fill);
  el.setAttribute('stroke', paint.stroke);
  el.setAttribute('stroke-width', String(STROKE_WIDTH));
  el.setAttribute('stroke-linejoin', 'round');
  if (paint.dash) el.setAttribute('stroke-dasharray', paint.dash);
  svg.appendChild(el);
  return svg;
}

/**
 * A Leaflet DivIcon whose content is a DOM element: the symbol (the marker, a focusable
 * role="button" made by Leaflet, is named by setMarkerLabel). The box is centred on the symbol, moved by `offset` from the marker's true
 * anchor (the county's label point or the extent's centre), which is where Leaflet keeps it; it is
 * the symbol's own box, or 24 × 24 px (TARGET_SIZE, WCAG 2.5.8) around a smaller symbol, so every
 * marker is a pointer target of at least that size (placement keeps the boxes apart).
 *
 * DivIcon.createIcon reuses the marker's existing <div> when the icon changes, so a new icon for
 * a new zoom, filter or selection restyles the marker without taking keyboard focus away.
 */
export function markerIcon(look: MarkerLook, offset: Offset): DivIcon {
  const size = SYMBOL_SIZE[look.symbol];
  const box = 2 * targetHalf(look.symbol);
  const body = document.createElement('span');
  body.className = 'place-marker-body';
  body.appendChild(symbolSvg(look));
  const classes = [
    'place-marker',
    `place-marker-${look.symbol}`,
    `place-marker-${look.precision}`,
    look.faded ? 'is-faded' : '',
    look.selected ? 'is-selected' : '',
  ];
  return divIcon({
    html: body,
    className: classes.filter(Boolean).join(' '),
    iconSize: [box, box],
    iconAnchor: [box / 2 - offset[0], box / 2 - offset[1]],
    // Tooltips open above the symbol, wherever placement moved it.
    tooltipAnchor: [offset[0], offset[1] - size / 2],
  });
}

/** A marker's tooltip: its name in bold, then its kind and precision; DOM nodes, never HTML text. */
export function tooltipContent(name: string, detail: string): HTMLElement {
  const box = document.createElement('span');
  const strong = document.createElement('strong');
  strong.textContent = name;
  box.append(strong, document.createElement('br'), detail);
  return box;
}

/**
 * Names a marker (Leaflet's role="button" <div>) by aria-label: a filter adds "not matching". An
 * attribute, not hidden text, so a renamed marker costs no layout on a filter change.
 */
export function setMarkerLabel(element: HTMLElement, name: string): void {
  element.setAttribute('aria-label', name);
}
