export function screenWrapper(lang: string, html: string): string;
export function fillSlot(html: string, screens: string): string;
export function withBootScript(html: string, code: string): string;
export function deferUntilFirstPaint(html: string): string;
export function withLanguagePreloads(html: string, chunks: readonly LanguageChunk[]): string;
export function withCspMeta(html: string, policy: string): string;
export function withValidatedData(html: string, digests: Readonly<Record<string, string>>): string;
/** A language's UI strings as a chunk of its own: its tag and its file relative to dist/. */
export interface LanguageChunk {
  lang: string;
  file: string;
}
export function assemblePage(
  html: string,
  options: {
    screens: string;
    /** The boot script's code (it goes inline). */
    bootScript: string;
    policyOf: (page: string) => string;
    languageChunks?: readonly LanguageChunk[];
    /** `{ file: sha256 base64 }` of the data files the build checked against their schemas. */
    validatedData?: Readonly<Record<string, string>>;
  },
): string;
export function pageProblems(html: string): string[];
