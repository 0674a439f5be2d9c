/**
 * A scene's own caption, as a presenter types it and as a tour link carries it: after the scene's
 * word and a `_` (`park.high-tech-zone_Our flagship`; scene-token.ts). The link keeps whatever it
 * was given; what a screen shows is cleaned here, so a hand-edited link cannot put control
 * characters, bidi overrides or a paragraph on the screen.
 */

/** The longest caption a scene may carry, in characters: one line or two on a conference screen. */
export const CAPTION_MAX = 80;

// Bidi embeddings, overrides and isolates (U+202A–E, U+2066–9) reorder the text around them: a
// caption is plain text in the page's own direction. Lone surrogates (\p{Cs}) cannot be put in a
// URL and come back as U+FFFD.
const STRIPPED = /[\u202A-\u202E\u2066-\u2069\p{Cs}]/gu;
// Control characters (a tab, a newline) and any run of white space read as one space.
const SPACES = /[\p{Cc}\s]+/gu;

/** `text` as a screen shows it: one line, single spaces, no controls, at most CAPTION_MAX characters. */
export function cleanCaption(text: string): string {
  const line = text.replace(STRIPPED, '').replace(SPACES, ' ').trim();
  // By code points, so an emoji is never cut into a broken half.
  const chars = Array.from(line);
  return chars.length > CAPTION_MAX ? chars.slice(0, CAPTION_MAX).join('').trimEnd() : line;
}

/**
 * A caption as written into a token: cleaned, with `%` and `,` escaped as %25 and %2C, so that its
 * commas never end the tour's comma-separated list and any text reads back exactly.
 */
export const writeCaption = (text: string): string =>
  cleanCaption(text).replace(/[%,]/g, (c) => (c === '%' ? '%25' : '%2C'));

/** A token's caption (what follows its first `_`) as a screen shows it; '' when there is none. */
export const readCaption = (written: string): string =>
  cleanCaption(written.replace(/%(25|2C)/gi, (_, hex: string) => (hex === '25' ? '%' : ',')));
