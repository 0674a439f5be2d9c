// Encodes QR symbols off the main thread (qr-encoder.ts says why).
import { qrLayout } from './qr-layout';
import type { QrReply, QrRequest } from './qr-encoder';

self.onmessage = ({ data: { id, text } }: MessageEvent<QrRequest>) => {
  let reply: QrReply;
  try {
    reply = { id, layout: qrLayout(text) };
  } catch (e) {
    reply = { id, error: String(e) };
  }
  self.postMessage(reply);
};
