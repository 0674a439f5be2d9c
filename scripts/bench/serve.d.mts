/** A free loopback port (so that several runs, or a dev server, never collide). */
export function freePort(): Promise<number>;

/** `vite preview` of `distDir` on a free loopback port, answering; `stop()` ends it. */
export function servePreview(distDir?: string): Promise<{ url: string; stop: () => void }>;
