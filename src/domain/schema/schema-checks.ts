/** Where a cross-reference pass reports: zod's refinement context, reduced to what it needs. */
interface IssueSink {
  addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void;
}

/**
 * The two checks every file's cross-reference pass makes: a condition about one field (named by its
 * path, so a bad file names the field), and ids that must be unique (checked first: a repeated id
 * also makes references to it look dangling further down).
 */
export function crossChecks(ctx: IssueSink) {
  const check = (ok: boolean, path: (string | number)[], message: string) => {
    if (!ok) ctx.addIssue({ code: 'custom', path, message });
  };
  const unique = (ids: string[], path: string, key = 'id') => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      check(!seen.has(id), [path, i, key], `duplicate ${key} "${id}"`);
      seen.add(id);
    });
  };
  return { check, unique };
}
