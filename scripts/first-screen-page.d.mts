export function screenWrapper(lang: string, html: string): string;
export function fillSlot(html: string, screens: string): string;
export function withBootScript(html: string, name: string): string;
export function deferUntilFirstPaint(html: string): string;
export function withCspMeta(html: string, policy: string): string;
export function assemblePage(
  html: string,
  options: { screens: string; bootScript: string; policyOf: (page: string) => string },
): string;
export function pageProblems(html: string): string[];
