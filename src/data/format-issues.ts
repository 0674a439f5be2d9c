import type * as z from 'zod/mini';

export interface FieldIssue {
  /** "parks[3].location.lat" */
  path: string;
  /** zod's own wording (English), shown where no translated wording fits. */
  message: string;
  /** The commonest problems, so the error screen can say them in the reader's language. */
  kind: 'missing' | 'wrong-type' | 'other';
  /** For missing / wrong-type: the JSON type the field needs ("number", "string"…). */
  expected?: string;
}

/** zod issue path → the dotted/indexed form a data editor can find in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}

export function toFieldIssues(error: z.core.$ZodError, max = 8): FieldIssue[] {
  return error.issues.slice(0, max).map((issue): FieldIssue => {
    const base = { path: formatPath(issue.path), message: issue.message };
    if (issue.code !== 'invalid_type') return { ...base, kind: 'other' };
    const missing = issue.input === undefined;
    return { ...base, kind: missing ? 'missing' : 'wrong-type', expected: issue.expected };
  });
}
