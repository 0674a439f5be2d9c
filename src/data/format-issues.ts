import type { z } from 'zod';

export interface FieldIssue {
  /** "parks[3].location.lat" */
  path: string;
  message: string;
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

export function toFieldIssues(error: z.ZodError, max = 8): FieldIssue[] {
  return error.issues
    .slice(0, max)
    .map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
