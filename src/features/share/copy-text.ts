export type CopyResult = 'copied' | 'manual';

/**
 * Copies `text`: the Clipboard API first; where it is missing (plain http on an expo LAN) or
 * refused (permissions policy, an embedding page), the old way of selecting the field and
 * `execCommand('copy')`. If both fail the text is left selected, so Ctrl+C is all that is left.
 */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<CopyResult> {
  try {
    // Optional: navigator.clipboard is undefined outside secure contexts, whatever the types say.
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused: fall back below.
  }
  if (!field) return 'manual';
  field.focus();
  field.select();
  try {
    return document.execCommand('copy') ? 'copied' : 'manual';
  } catch {
    return 'manual';
  }
}

/** The copy shortcut of this keyboard, for a status that asks the reader to copy by hand. */
export const copyKeys = () => (/Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C');
