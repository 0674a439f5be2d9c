import { textUnits, wrapText } from '../../domain/text/wrap-text';
import type { ChartView } from './chart-view';
import {
  CHART_BACKGROUND,
  CHART_INK,
  CHART_MUTED,
  GOAL_SWATCH,
  seriesPaint,
  SERIES_STYLE,
} from './series-style';

/**
 * Chart images without a library: the chart's own <svg> is cloned into a larger SVG that adds
 * what the page shows around it (title, unit, filter, legend, notes, sources), so an exported
 * image stands on its own. PNG is that SVG drawn on a canvas.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans CJK TC', 'WenQuanYi Micro Hei', sans-serif";
const PAD = 16;

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

function textLines(lines: readonly string[], x: number, y: number, size: number, fill: string, weight = 400) {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * Math.round(size * 1.4)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The standalone SVG document for a drawn chart. */
export function composeChartSvg(chartSvg: SVGSVGElement, view: ChartView, idPrefix: string): string {
  const chartWidth = Number(chartSvg.getAttribute('width')) || chartSvg.getBoundingClientRect().width;
  const chartHeight = Number(chartSvg.getAttribute('height')) || chartSvg.getBoundingClientRect().height;
  const width = Math.max(360, Math.ceil(chartWidth) + 2 * PAD);
  const wrapAt = (size: number) => (width - 2 * PAD) / (size * 0.55);
  const parts: string[] = [];
  let y = PAD + 16;

  const title = wrapText(view.title, wrapAt(16));
  parts.push(textLines(title, PAD, y, 16, CHART_INK, 700));
  y += title.length * 22;
  const meta = wrapText([view.unitLine, view.scopeLine ?? view.filterLine].join(' · '), wrapAt(12));
  parts.push(textLines(meta, PAD, y, 12, CHART_MUTED));
  y += meta.length * 17 + 6;

  // The chart itself, as drawn on the page (its pattern <defs> come with it).
  const clone = chartSvg.cloneNode(true) as SVGSVGElement;
  clone.removeAttribute('style');
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  parts.push(new XMLSerializer().serializeToString(clone));
  y += chartHeight + 14;

  // Legend: a swatch painted like the bars (the hatch pattern is defined in the nested chart <svg>,
  // and ids are global to the document), then the series name.
  let x = PAD;
  for (const s of view.series) {
    const paint = seriesPaint(idPrefix, s.id);
    const w = 30 + textUnits(s.label) * 6.5;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += 20;
    }
    const color = SERIES_STYLE[s.id].color;
    parts.push(
      s.id === 'goal'
        ? `<g transform="translate(${x},${y - 11})" fill="none" stroke="${color}"><path d="${GOAL_SWATCH.threshold}" stroke-width="3"/><path d="${GOAL_SWATCH.open}" stroke-width="1.5" stroke-dasharray="${paint.strokeDasharray ?? ''}"/><path d="${GOAL_SWATCH.arrow}" stroke-width="1.5"/></g>`
        : `<rect x="${x}" y="${y - 10}" width="22" height="12" fill="${paint.fill}" stroke="${color}" stroke-width="1.5"${paint.strokeDasharray ? ` stroke-dasharray="${paint.strokeDasharray}"` : ''}/>`,
      textLines([s.label], x + 28, y, 12, CHART_INK),
    );
    x += w + 12;
  }
  y += 24;

  for (const note of [...view.notes, ...(view.hiddenLine ? [view.hiddenLine] : [])]) {
    const lines = wrapText(note, wrapAt(12));
    parts.push(textLines(lines, PAD, y, 12, CHART_INK));
    y += lines.length * 17 + 4;
  }
  const source = wrapText(view.sourceLine, wrapAt(11));
  parts.push(textLines(source, PAD, y, 11, CHART_MUTED));
  y += source.length * 15;

  const height = Math.ceil(y + PAD);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(view.title)}</title>`,
    `<rect width="100%" height="100%" fill="${CHART_BACKGROUND}"/>`,
    ...parts,
    `</svg>`,
  ].join('');
}

/** Draws an SVG document on a canvas (at 2× for sharp text) and returns it as a PNG. */
export async function svgToPng(svg: string): Promise<Blob> {
  const size = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  const width = Number(size?.[1] ?? 0);
  const height = Number(size?.[2] ?? 0);
  if (!width || !height) throw new Error('the SVG has no size');
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the SVG could not be read as an image'));
      img.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = CHART_BACKGROUND;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
