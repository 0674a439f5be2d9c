import type { IgnoredParam } from './url-codec';

/**
 * Links live for years. Each change of the URL format bumps CURRENT_URL_VERSION and adds a
 * migration that rewrites params of the previous version, with a dated comment; decodeView runs
 * every migration newer than the link's `v`. Links without `v` are treated as version 1.
 */
export const CURRENT_URL_VERSION = 1;

interface Migration {
  /** The version this migration produces. */
  to: number;
  migrate: (params: URLSearchParams) => void;
}

export const MIGRATIONS: readonly Migration[] = [];

export function migrateParams(input: URLSearchParams): { params: URLSearchParams; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(input);
  const ignored: IgnoredParam[] = [];
  const rawVersion = params.get('v');
  let version = 1;
  if (rawVersion !== null) {
    const n = Number(rawVersion);
    if (/^\d{1,3}$/.test(rawVersion) && n >= 1 && n <= CURRENT_URL_VERSION) version = n;
    else ignored.push({ param: 'v', value: rawVersion.slice(0, 40) });
  }
  for (const m of MIGRATIONS) if (m.to > version) m.migrate(params);
  params.delete('v');
  return { params, ignored };
}
