/**
 * npm run check:data [file …]
 *
 * Validates a dataset file exactly as the app does when it loads it: JSON.parse, then the app's own
 * zod schema (`datasetSchema` in src/domain/schema/dataset-schema.ts, cross-references included) with
 * `reportInput`, and the problems named by field with the app's formatter (`toFieldIssues` in
 * src/data/format-issues.ts), in the words of the English error screen:
 *
 *   indicators[2].value: expected number
 *
 * Default file: public/data/zhaoqing-2024.json; a deployment checks its edit with
 * `npm run check:data dist/data/zhaoqing-2024.json`. The park-facts file (zhaoqing-parks.json, told
 * by its `parkFacts` key) is checked with its own schema (`parkFactsSchema`), and its park ids
 * against the dataset beside it (else the shipped one), as the app's loader does. Exit code 0 with one OK line per file when
 * every file is valid; 1 when any file cannot be read, is not JSON or does not match the schema.
 *
 * The schema is TypeScript: Vite (already the build tool) loads it through its SSR module loader,
 * without the app's vite.config.ts, so the check needs no build and takes well under a second.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_FILE = 'public/data/zhaoqing-2024.json';
const USAGE = `Usage: npm run check:data [file …]   (default: ${DEFAULT_FILE})`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
// `npm run` starts scripts in the package root; a relative path means where the command was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();
const files = (args.length > 0 ? args : [DEFAULT_FILE]).map((f) => resolve(cwd, f));

/** How the error screen words an issue (src/i18n/messages/app.ts, English). */
function describeIssue(issue) {
  switch (issue.kind) {
    case 'missing':
      return `required field is missing (expected ${issue.expected})`;
    case 'wrong-type':
      return `expected ${issue.expected}`;
    default:
      return issue.message;
  }
}

/** The problems of one file, each one line ("path: what is wrong"); [] when it is valid. */
async function check(
  path,
  { datasetSchema, parkFactsSchema, unknownParkIds, formatPath, toFieldIssues, safeParseWithMessages },
) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { problems: [`cannot read the file: ${e.code === 'ENOENT' ? 'no such file' : e.message}`] };
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { problems: [`not valid JSON: ${e.message}`] };
  }
  const parkFacts = json !== null && typeof json === 'object' && 'parkFacts' in json;
  // The app's own parse (src/data/fetch-json.ts): same options, same messages.
  const parsed = await safeParseWithMessages(parkFacts ? parkFactsSchema : datasetSchema, json);
  if (parsed.success && parkFacts) {
    const beside = join(dirname(path), 'zhaoqing-2024.json');
    const dataset = JSON.parse(
      readFileSync(existsSync(beside) ? beside : resolve(ROOT, DEFAULT_FILE), 'utf8'),
    );
    const unknown = unknownParkIds(parsed.data, new Set(dataset.parks.map((p) => p.id)));
    return { problems: unknown.map((u) => `${formatPath(u.path)}: ${u.message}`), data: parsed.data };
  }
  if (parsed.success) return { problems: [], data: parsed.data };
  return {
    problems: toFieldIssues(parsed.error, Infinity).map((issue) => `${issue.path}: ${describeIssue(issue)}`),
  };
}

const summary = (d) =>
  d.parkFacts
    ? `${d.parkFacts.length} park facts, ${d.linkFacts.length} connectivity facts, ${d.sources.length} sources, ${d.caveats.length} caveats`
    : `${d.parks.length} parks, ${d.entities.length} entities, ${d.indicators.length} indicators, ` +
      `${d.sources.length} sources, as of ${d.meta.asOf}`;

const vite = await createServer({
  root: ROOT,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let failed = false;
try {
  const modules = {
    datasetSchema: (await vite.ssrLoadModule('/src/domain/schema/dataset-schema.ts')).datasetSchema,
    ...(await vite.ssrLoadModule('/src/domain/schema/park-facts-schema.ts')),
    ...(await vite.ssrLoadModule('/src/data/format-issues.ts')),
    safeParseWithMessages: (await vite.ssrLoadModule('/src/data/fetch-json.ts')).safeParseWithMessages,
  };
  for (const path of files) {
    const name = relative(cwd, path) || path;
    const { problems, data } = await check(path, modules);
    if (problems.length === 0) {
      console.log(`OK ${name}: ${summary(data)}`);
      continue;
    }
    failed = true;
    console.error(`✗ ${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const line of problems) console.error(`  ${line}`);
  }
} finally {
  await vite.close();
}
process.exitCode = failed ? 1 : 0;
