import type * as z from 'zod/mini';
import { validatedByBuild } from './build-validated';
import { DataLoadError } from './data-load-error';
import { toFieldIssues } from './format-issues';

// reportInput: lets the error screen tell a missing field from one of the wrong type. jitless: no
// eval-compiled parsers, which the Content-Security-Policy forbids.
export const PARSE_OPTIONS = { reportInput: true, jitless: true } as const;

/**
 * zod/mini ships no wording of its own: a file that fails is parsed again with the English
 * messages, fetched only then (a good file never downloads them), and given per parse rather than
 * by a global config.
 */
export async function safeParseWithMessages<S extends z.ZodMiniType>(schema: S, json: unknown) {
  const parsed = schema.safeParse(json, PARSE_OPTIONS);
  if (parsed.success) return parsed;
  const { default: en } = await import('zod/v4/locales/en.js');
  return schema.safeParse(json, { ...PARSE_OPTIONS, error: en().localeError });
}

/**
 * Fetch a JSON file from public/ and parse it with its schema; every failure names the file. The
 * schema is a chunk of its own, loaded only for a file the build has not checked (build-validated.ts).
 */
export async function fetchJson<S extends z.ZodMiniType>(
  file: string,
  loadSchema: () => Promise<S>,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  const url = `${import.meta.env.BASE_URL}${file}`;
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new DataLoadError(file, { kind: 'network' });
  }
  if (!response.ok) throw new DataLoadError(file, { kind: 'http', status: response.status });
  const bytes = await response.arrayBuffer();
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new DataLoadError(file, { kind: 'json', detail: e instanceof Error ? e.message : String(e) });
  }
  // The bytes the build checked: the schema would return this very value (prerender.mjs made sure).
  if (await validatedByBuild(file, bytes)) return json as z.infer<S>;
  const parsed = await safeParseWithMessages(await loadSchema(), json);
  if (!parsed.success) throw new DataLoadError(file, { kind: 'schema', issues: toFieldIssues(parsed.error) });
  return parsed.data;
}
