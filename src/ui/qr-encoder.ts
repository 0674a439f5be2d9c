import type { QrLayout } from './qr-layout';

export interface QrRequest {
  id: number;
  text: string;
}
export type QrReply = { id: number; layout: QrLayout } | { id: number; error: string };

// QR symbols are encoded in a worker where there are workers: an encoding is one task no render
// can split (choosing the mask is 60 % of it), 50–60 ms at 4× CPU after the first park chosen on
// a phone (the brief's code), and again for every new scene of a presentation (issue 26).
let worker: Worker | null = null;
let failed = false;
let nextId = 0;
const waiting = new Map<
  number,
  { text: string; resolve: (l: QrLayout | Promise<QrLayout>) => void; reject: (e: Error) => void }
>();

const onMainThread = (text: string) => import('./qr-layout').then((m) => m.qrLayout(text));

function started(): Worker | null {
  if (worker || failed || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module', name: 'qr' });
  } catch {
    failed = true;
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<QrReply>) => {
    const wait = waiting.get(data.id);
    waiting.delete(data.id);
    if ('layout' in data) wait?.resolve(data.layout);
    else wait?.reject(new Error(data.error));
  };
  // A worker that cannot start (its chunk failed to load): what it was asked is encoded here. A
  // symbol that cannot be encoded (a reply with an error) fails as it would here, once.
  worker.onerror = () => {
    failed = true;
    worker = null;
    for (const wait of waiting.values()) wait.resolve(onMainThread(wait.text));
    waiting.clear();
  };
  return worker;
}

/**
 * `text`'s QR symbol, encoded in the worker, or on the main thread where there is none (the unit
 * tests' jsdom) or it failed: the QR library is then a chunk of its own, loaded on demand.
 */
export function encodeQr(text: string): Promise<QrLayout> {
  const w = started();
  if (!w) return onMainThread(text);
  const id = nextId++;
  return new Promise<QrLayout>((resolve, reject) => {
    waiting.set(id, { text, resolve, reject });
    w.postMessage({ id, text } satisfies QrRequest);
  });
}
