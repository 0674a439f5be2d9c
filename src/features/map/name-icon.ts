import { divIcon, type DivIcon } from 'leaflet';
import type { Offset } from '../../domain/map/park-placement';
import type { NameStyle } from '../../domain/map/name-lines';
import { leaderLine, type PlacedName } from '../../domain/map/place-names';

/**
 * A name on the map as a non-interactive DivIcon: a box of no size at the symbol's centre, with
 * the text (and its leader, if it had to move out) placed around it from the pure placement.
 * DOM nodes and CSSOM only: no HTML strings, no style attributes for the CSP to refuse.
 */
export function nameIcon(
  name: PlacedName,
  offset: Offset,
  half: number,
  style: NameStyle,
  core: boolean,
): DivIcon {
  const root = document.createElement('span');
  root.dataset.id = name.id;
  if (name.leader) {
    const [x0, y0, x1, y1] = leaderLine(name, half);
    const leader = document.createElement('span');
    leader.className = 'place-name-leader';
    leader.style.left = `${x0}px`;
    leader.style.top = `${y0}px`;
    leader.style.width = `${Math.hypot(x1 - x0, y1 - y0)}px`;
    leader.style.rotate = `${Math.atan2(y1 - y0, x1 - x0)}rad`;
    root.appendChild(leader);
  }
  const text = document.createElement('span');
  text.className = `place-name-text is-${name.align}`;
  text.textContent = name.lines.join('\n');
  text.style.left = `${name.dx - name.halfWidth}px`;
  text.style.top = `${name.dy - name.halfHeight}px`;
  text.style.width = `${2 * name.halfWidth}px`;
  text.style.fontSize = `${style.fontSize}px`;
  text.style.lineHeight = `${style.lineHeight}px`;
  root.appendChild(text);
  return divIcon({
    html: root,
    className: ['place-name', core ? 'is-core' : '', name.muted ? 'is-muted' : ''].filter(Boolean).join(' '),
    iconSize: [0, 0],
    iconAnchor: [-offset[0], -offset[1]],
  });
}
