import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { previewBuild } from './serve';

/** Serves the production build (vite preview) for the browser tests; `npm run build` must run first. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('No dist/: run `npm run build` before the browser tests.');
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : undefined;
  const { url, server } = await previewBuild('dist', port);
  project.provide('baseUrl', url);
  return () => {
    server.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
