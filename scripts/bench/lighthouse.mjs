// Lighthouse 12 (performance only) against a served build, through its CLI and Debian's Chromium.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-flags.mjs';

const run = promisify(execFile);
// Lighthouse's own headless mode, then the project's flags (the first one is '--headless').
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS.slice(1)].join(' ');

/**
 * One Lighthouse run; `formFactor` 'mobile' (the default config) or 'desktop' (its preset). A run
 * whose trace Lighthouse could not read (it says "Please run Lighthouse again", as NO_NAVSTART on a
 * loaded machine) is run again, up to twice: a lost trace measures nothing about the page.
 */
export async function lighthouseOnce(url, formFactor, attempt = 1) {
  try {
    return await lighthouseRun(url, formFactor);
  } catch (e) {
    const said = `${e?.stderr ?? ''}`;
    if (attempt < 3 && said.includes('Please run Lighthouse again')) {
      console.warn(`lighthouse: ${said.trim().split('\n')[0]} (attempt ${attempt}; again)`);
      return lighthouseOnce(url, formFactor, attempt + 1);
    }
    throw e;
  }
}

async function lighthouseRun(url, formFactor) {
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  const out = join(dir, 'report.json');
  try {
    await run(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        url,
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance',
        `--chrome-flags=${CHROME_FLAGS}`,
        '--quiet',
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      ],
      {
        env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
        maxBuffer: 64 << 20,
      },
    );
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    const num = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      fcp: num('first-contentful-paint'),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      bytes: num('total-byte-weight'),
      // Lighthouse's measure of the machine it ran on (higher is faster), printed beside its figures.
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
      lcpElement:
        lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
