// @vitest-environment jsdom
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { QrCode } from './qr-code';
import * as layout from './qr-layout';

const { qrLayout } = layout;

vi.mock('./qr-layout', async (original) => {
  const real = await original<typeof layout>();
  return { ...real, qrLayout: vi.fn(real.qrLayout) };
});

const svgOf = (container: HTMLElement) => container.querySelector('svg.qr-code') as SVGSVGElement;
const drawn = (container: HTMLElement) => svgOf(container).outerHTML;
/** Resolves once the code shows its symbol (jsdom has no worker: it is encoded on the main thread). */
const encoded = (container: HTMLElement) =>
  waitFor(() => expect(svgOf(container)).not.toHaveAttribute('aria-busy'));

describe('QrCode', () => {
  it('encodes a link it has shown before only once (a tour loops over the same links)', async () => {
    vi.mocked(qrLayout).mockClear();
    const a = 'https://example.org/?v=2&sectors=nev';
    const b = 'https://example.org/?v=2&park=high-tech-zone';
    const { container, rerender } = render(<QrCode text={a} label="QR" />);
    await encoded(container);
    const first = drawn(container);
    rerender(<QrCode text={b} label="QR" />);
    await encoded(container);
    expect(drawn(container)).not.toBe(first);
    rerender(<QrCode text={a} label="QR" />);
    // At once, from memory: no blank in between.
    expect(drawn(container)).toBe(first);
    expect(vi.mocked(qrLayout).mock.calls.map(([text]) => text)).toEqual([a, b]);
  });

  it('keeps a bounded number of symbols: the oldest is encoded again', async () => {
    vi.mocked(qrLayout).mockClear();
    const link = (i: number) => `https://example.org/?scene=${i}`;
    const { container, rerender } = render(<QrCode text={link(0)} label="QR" />);
    await encoded(container);
    for (let i = 1; i <= 32; i++) {
      rerender(<QrCode text={link(i)} label="QR" />);
      await encoded(container);
    }
    rerender(<QrCode text={link(0)} label="QR" />);
    await encoded(container);
    expect(vi.mocked(qrLayout)).toHaveBeenCalledTimes(34);
  });
});
