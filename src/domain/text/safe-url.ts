/**
 * The address to put in a link's href, or null: http(s) only. The dataset schema already refuses
 * other schemes; this holds the same line where a link is drawn, so no `javascript:` or `data:`
 * address can become a link even from data that did not pass through the schema.
 */
export function httpHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : null;
}
