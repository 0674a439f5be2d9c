export const OUT: string;
export function usedLeafletCss(css: string): string;
export function leafletCss(): string;
