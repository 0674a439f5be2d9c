/** What the system share sheet is handed: a title, a line of text and the link. */
export interface ShareData {
  title: string;
  text: string;
  url: string;
}

export type ShareResult = 'shared' | 'closed' | 'failed';

/**
 * True where the browser has a system share sheet (phones, tablets, some desktops) and would take
 * this data. `navigator.share` is optional whatever the types say (Firefox on a desktop has none);
 * `canShare` is newer than `share`, so where it is missing the sheet is offered all the same.
 */
export function canShareSheet(data: ShareData): boolean {
  if (typeof navigator.share !== 'function') return false;
  if (typeof navigator.canShare !== 'function') return true;
  try {
    return navigator.canShare(data);
  } catch {
    return false;
  }
}

/**
 * Opens the system share sheet. A reader who closes it without choosing an app is no error
 * (`AbortError`: nothing to say); anything else (a refused permission, a sheet already open) is.
 */
export async function openShareSheet(data: ShareData): Promise<ShareResult> {
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    // A DOMException in browsers; checked by name, as some shims reject with a plain Error.
    return (error as { name?: unknown } | null)?.name === 'AbortError' ? 'closed' : 'failed';
  }
}
