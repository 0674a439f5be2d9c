import { parsePublicUrl } from '../domain/share/share-address';

/**
 * The deployment's public address for links and QR codes (VITE_PUBLIC_URL, fixed at build time;
 * the build refuses a malformed one). Null: links use the page's own address.
 */
function readPublicUrl(): string | null {
  const result = parsePublicUrl((import.meta.env as Record<string, unknown>).VITE_PUBLIC_URL);
  if (!result.ok) {
    console.warn(`Public address not used: ${result.error}`);
    return null;
  }
  return result.url;
}

export const PUBLIC_URL: string | null = readPublicUrl();
