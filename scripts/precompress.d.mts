import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

export const TEXT_TYPES: Record<string, string>;
export const MIN_BYTES: number;
export function precompress(dist: string): { raw: number; compressed: number };
export function brotliCopy(
  dist: string,
  request: { method?: string; url?: string; acceptEncoding?: string },
): { copy: string; type: string } | null;
export function brotliMiddleware(
  dist: string,
  headers?: OutgoingHttpHeaders,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
