export const CSP_META: RegExp;
export function tileSources(template: unknown, subdomains?: unknown): string[];
export function styleAttributeHashes(html: string): string[];
export function inlineScriptHashes(html: string): string[];
export function contentSecurityPolicy(options?: {
  tileUrl?: unknown;
  tileSubdomains?: unknown;
  styleHashes?: readonly string[];
  scriptHashes?: readonly string[];
}): string;
export function securityHeaders(policy: string, options?: { https?: boolean }): Record<string, string>;
export function builtPagePolicy(outDir: string, env?: Record<string, string | undefined>): string;
