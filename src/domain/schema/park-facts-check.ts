import type { ParkFacts } from './park-facts-schema';

/**
 * The park ids the file names that the dataset does not have, each with the field that names it:
 * the check that needs both files (run by the loader, `npm run check:data` and the tests).
 */
export function unknownParkIds(
  facts: Pick<ParkFacts, 'parkFacts' | 'linkFacts' | 'notFound'>,
  parkIds: ReadonlySet<string>,
): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const scan = (key: 'parkFacts' | 'linkFacts' | 'notFound', list: readonly { parks: readonly string[] }[]) =>
    list.forEach((f, i) =>
      f.parks.forEach((p, j) => {
        if (!parkIds.has(p)) out.push({ path: [key, i, 'parks', j], message: `unknown park "${p}"` });
      }),
    );
  scan('parkFacts', facts.parkFacts);
  scan('linkFacts', facts.linkFacts);
  scan('notFound', facts.notFound);
  return out;
}
