export const DATA_CACHE: string;
export const HASHED: RegExp;
export function buildServiceWorker(
  distDir: string,
): Promise<{ count: number; size: number; warnings: string[]; filePaths: string[] }>;
