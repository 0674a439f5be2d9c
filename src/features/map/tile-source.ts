import { parseTileConfig, type TileConfig } from '../../domain/map/tile-config';

/**
 * The deployment's base-map choice, fixed at build time from Vite env vars (see
 * src/domain/map/tile-config.ts). Without VITE_TILE_URL the app makes no tile request at all.
 * A broken configuration is reported once in the console and the offline map is used.
 */
function readTileConfig(): TileConfig | null {
  // Read by name, so that a build without a tile layer (the default) drops the parser as dead code.
  if (!import.meta.env.VITE_TILE_URL) return null;
  const env = import.meta.env as Record<string, unknown>;
  const result = parseTileConfig({
    VITE_TILE_URL: env.VITE_TILE_URL,
    VITE_TILE_ATTRIBUTION: env.VITE_TILE_ATTRIBUTION,
    VITE_TILE_DATUM: env.VITE_TILE_DATUM,
    VITE_TILE_SUBDOMAINS: env.VITE_TILE_SUBDOMAINS,
    VITE_TILE_MAX_ZOOM: env.VITE_TILE_MAX_ZOOM,
  });
  if (!result.ok) {
    console.warn(`Base map not configured: ${result.error}`);
    return null;
  }
  return result.config;
}

export const TILE_CONFIG: TileConfig | null = readTileConfig();
