// @vitest-environment jsdom
import { render, waitFor } from '@testing-library/react';
import { create } from 'qrcode';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QrCode } from './qr-code';
import * as layout from './qr-layout';
import { encodeQr, type QrReply, type QrRequest } from './qr-encoder';

const { qrLayout, QUIET_ZONE } = layout;

vi.mock('./qr-layout', async (original) => {
  const real = await original<typeof layout>();
  return { ...real, qrLayout: vi.fn(real.qrLayout) };
});

/** A stand-in for the browser's Worker: encodes with the real layout, answering a task later. */
class FakeWorker {
  static fail = false;
  static refuse = false;
  static asked: string[] = [];
  onmessage: ((e: MessageEvent<QrReply>) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage({ id, text }: QrRequest) {
    FakeWorker.asked.push(text);
    const real = vi.mocked(qrLayout).getMockImplementation() ?? qrLayout;
    setTimeout(() => {
      if (FakeWorker.fail) this.onerror?.();
      else if (FakeWorker.refuse)
        this.onmessage?.({ data: { id, error: 'too long' } } as MessageEvent<QrReply>);
      else this.onmessage?.({ data: { id, layout: real(text) } } as MessageEvent<QrReply>);
    }, 0);
  }
}
vi.stubGlobal('Worker', FakeWorker);
afterEach(() => {
  FakeWorker.fail = false;
  FakeWorker.refuse = false;
  FakeWorker.asked = [];
});

const svgOf = (container: HTMLElement) => container.querySelector('svg.qr-code') as SVGSVGElement;
/** The dark modules drawn, as the QR library's module list (quiet zone removed). */
function modulesDrawn(svg: SVGSVGElement, size: number): number[] {
  const drawn = new Array<number>(size * size).fill(0);
  for (const rect of svg.querySelectorAll('rect.qr-dark')) {
    const [x = 0, y = 0, w = 0] = ['x', 'y', 'width'].map((a) => Number(rect.getAttribute(a)));
    for (let col = x - QUIET_ZONE; col < x - QUIET_ZONE + w; col++) drawn[(y - QUIET_ZONE) * size + col] = 1;
  }
  return drawn;
}

describe('QrCode, where there are workers', () => {
  it('is blank and busy until the worker’s symbol arrives, then draws exactly that link, encoded off the main thread', async () => {
    vi.mocked(qrLayout).mockClear();
    const link = 'https://example.org/?v=2&park=high-tech-zone';
    const { container } = render(<QrCode text={link} label="QR" />);
    expect(svgOf(container)).toHaveAttribute('aria-busy', 'true');
    expect(svgOf(container).querySelectorAll('rect.qr-dark')).toHaveLength(0);
    await waitFor(() => expect(svgOf(container)).not.toHaveAttribute('aria-busy'));
    const { size, data } = create(link, { errorCorrectionLevel: 'M' }).modules;
    expect(svgOf(container)).toHaveAttribute('data-extent', String(size + 2 * QUIET_ZONE));
    expect(modulesDrawn(svgOf(container), size)).toEqual([...data]);
    expect(FakeWorker.asked).toEqual([link]);
    // Nothing was encoded on the main thread (the fake worker calls the real function, not the spy).
    expect(vi.mocked(qrLayout)).not.toHaveBeenCalled();
  });

  it('never shows the previous link’s symbol for a new link, keeps its size meanwhile, and shows a link seen before at once', async () => {
    const a = 'https://example.org/?v=2&sectors=nev';
    const b = 'https://example.org/?v=2&sectors=storage';
    const { container, rerender } = render(<QrCode text={a} label="QR" />);
    await waitFor(() => expect(svgOf(container)).not.toHaveAttribute('aria-busy'));
    const first = svgOf(container).outerHTML;
    const viewBox = svgOf(container).getAttribute('viewBox');
    rerender(<QrCode text={b} label="QR" />);
    expect(svgOf(container)).toHaveAttribute('aria-busy', 'true');
    expect(svgOf(container).querySelectorAll('rect.qr-dark')).toHaveLength(0);
    expect(svgOf(container).getAttribute('viewBox')).toBe(viewBox);
    await waitFor(() => expect(svgOf(container)).not.toHaveAttribute('aria-busy'));
    rerender(<QrCode text={a} label="QR" />);
    expect(svgOf(container).outerHTML).toBe(first);
    expect(FakeWorker.asked).toEqual([a, b]);
  });

  it('fails a symbol the worker could not encode, without encoding it again on the main thread', async () => {
    vi.mocked(qrLayout).mockClear();
    FakeWorker.refuse = true;
    await expect(encodeQr('https://example.org/?v=2')).rejects.toThrow('too long');
    expect(vi.mocked(qrLayout)).not.toHaveBeenCalled();
  });

  // Last: a worker that failed stays failed for the rest of the file.
  it('encodes on the main thread when the worker fails to start', async () => {
    FakeWorker.fail = true;
    const link = 'https://example.org/?v=2&county=441226';
    const { container } = render(<QrCode text={link} label="QR" />);
    await waitFor(() => expect(svgOf(container)).not.toHaveAttribute('aria-busy'));
    const { size, data } = create(link, { errorCorrectionLevel: 'M' }).modules;
    expect(modulesDrawn(svgOf(container), size)).toEqual([...data]);
  });
});
