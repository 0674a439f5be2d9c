import type { Lang } from '../schema/dataset-schema';

/**
 * The words the comparison table writes into its cells (a cell's text is in the reader's language,
 * so the domain carries them, like format-figure.ts). Row labels are UI strings (features/compare).
 */
export interface CompareWords {
  tier: Record<'core' | 'east' | 'west', string>;
  within: (parent: string) => string;
  inferredMark: string;
  cluster: string;
  block: Record<'east' | 'west', string>;
  position: {
    exact: string;
    area: (west: string, east: string, south: string, north: string) => string;
    within: (parent: string) => string;
    withinInferred: (parent: string) => string;
    county: string;
  };
  noSectors: string;
  standard: Record<'nine-utilities' | 'eight-utilities', (block: string) => string>;
  standardNote: string;
  coreStandard: string;
  yearNotStated: string;
  /** Area row: figures of different scope side by side, never merged (KC-01–04). */
  areaNote: string;
  /** Firms row: each count with its date, no trend (KC-15). */
  firmsNote: string;
  known: (sources: number, figures: number, rated: Record<'high' | 'medium' | 'low', number>) => string;
  /** What the park-facts file holds on the park: its facts and their distinct sources. */
  factsKnown: (facts: number, sources: number) => string;
  target: string;
  mirror: string;
  repost: string;
  undated: string;
}

const list = (parts: string[], lang: Lang) => parts.join(lang === 'en' ? ', ' : '，');

export const COMPARE_WORDS: Record<Lang, CompareWords> = {
  'zh-Hans': {
    tier: { core: '核心园区', east: '东部特色园区', west: '西部特色园区' },
    within: (parent) => `${parent}内的园区（不是核心园区本身）`,
    inferredMark: '（推断）',
    cluster: '中小企业特色产业集群（非有边界的园区）',
    block: { east: '东部板块', west: '西部板块' },
    position: {
      exact: '已公布位置',
      area: (w, e, s, n) => `已公布范围：东经${w}–${e}，北纬${s}–${n}`,
      within: (parent) => `位于${parent}已公布范围内（自身位置未公布）`,
      withinInferred: (parent) => `推断位于${parent}范围内（自身位置未公布）`,
      county: '位置近似（县级）：来源只给出所在县（市、区）',
    },
    noSectors: '未标注（本地图没有对应的产业板块）',
    standard: {
      'nine-utilities': (block) => `${block}园区按原文应达到“九通一平”`,
      'eight-utilities': (block) => `${block}园区按原文应达到“八通一平”`,
    },
    standardNote: '板块要求，未逐园核实；来源没有列出具体是哪几项“通”。',
    coreStandard: '原文只给出东西部各县园区的标准',
    yearNotStated: '年份未说明',
    areaNote: '范围不同的面积并列显示，各自注明是什么的面积；不相加，也不互相比较。',
    firmsNote: '企业数各带日期显示；日期不同的数字之间不画趋势。',
    known: (s, f, r) =>
      `来源 ${s} · 数字 ${f} · 可信度：${list([`高 ${r.high}`, `中 ${r.medium}`, `低 ${r.low}`], 'zh-Hans')}`,
    factsKnown: (f, s) => `园区资料 ${f} 条 · 来源 ${s}`,
    target: '目标',
    mirror: '镜像',
    repost: '转载',
    undated: '无日期',
  },
  'zh-Hant': {
    tier: { core: '核心園區', east: '東部特色園區', west: '西部特色園區' },
    within: (parent) => `${parent}內的園區（不是核心園區本身）`,
    inferredMark: '（推斷）',
    cluster: '中小企業特色產業集群（非有邊界的園區）',
    block: { east: '東部板塊', west: '西部板塊' },
    position: {
      exact: '已公布位置',
      area: (w, e, s, n) => `已公布範圍：東經${w}–${e}，北緯${s}–${n}`,
      within: (parent) => `位於${parent}已公布範圍內（自身位置未公布）`,
      withinInferred: (parent) => `推斷位於${parent}範圍內（自身位置未公布）`,
      county: '位置近似（縣級）：來源只給出所在縣（市、區）',
    },
    noSectors: '未標註（本地圖沒有對應的產業板塊）',
    standard: {
      'nine-utilities': (block) => `${block}園區按原文應達到“九通一平”`,
      'eight-utilities': (block) => `${block}園區按原文應達到“八通一平”`,
    },
    standardNote: '板塊要求，未逐園核實；來源沒有列出具體是哪幾項“通”。',
    coreStandard: '原文只給出東西部各縣園區的標準',
    yearNotStated: '年份未說明',
    areaNote: '範圍不同的面積並列顯示，各自註明是什麼的面積；不相加，也不互相比較。',
    firmsNote: '企業數各帶日期顯示；日期不同的數字之間不畫趨勢。',
    known: (s, f, r) =>
      `來源 ${s} · 數字 ${f} · 可信度：${list([`高 ${r.high}`, `中 ${r.medium}`, `低 ${r.low}`], 'zh-Hant')}`,
    factsKnown: (f, s) => `園區資料 ${f} 條 · 來源 ${s}`,
    target: '目標',
    mirror: '鏡像',
    repost: '轉載',
    undated: '無日期',
  },
  en: {
    tier: { core: 'Core park', east: 'Eastern characteristic park', west: 'Western characteristic park' },
    within: (parent) => `Park within ${parent} (not the core park itself)`,
    inferredMark: ' (inferred)',
    cluster: 'SME characteristic industrial cluster (not a park with a boundary)',
    block: { east: 'Eastern block', west: 'Western block' },
    position: {
      exact: 'published location',
      area: (w, e, s, n) => `published extent: ${w}–${e} E, ${s}–${n} N`,
      within: (parent) => `inside ${parent}’s published extent (own position not published)`,
      withinInferred: (parent) => `inferred to be inside ${parent}’s extent (own position not published)`,
      county: 'location approximate (county level): the sources give only the district or county',
    },
    noSectors: 'not marked (no matching sector on this map)',
    standard: {
      'nine-utilities': (block) =>
        `${block} parks are to reach “nine utilities, site levelled” (九通一平), per the source`,
      'eight-utilities': (block) =>
        `${block} parks are to reach “eight utilities, site levelled” (八通一平), per the source`,
    },
    standardNote:
      'A requirement for the whole block, not checked park by park; the source does not list which utilities these are.',
    coreStandard: 'the source gives the standard only for the county parks',
    yearNotStated: 'year not stated',
    areaNote:
      'Areas of different scope are shown side by side, each saying what it is the area of; they are never added up or compared.',
    firmsNote: 'Each count is shown with its date; no trend is drawn between counts of different dates.',
    known: (s, f, r) =>
      `${s} ${s === 1 ? 'source' : 'sources'} · ${f} ${f === 1 ? 'figure' : 'figures'} · rated ${list([`high ${r.high}`, `medium ${r.medium}`, `low ${r.low}`], 'en')}`,
    factsKnown: (f, s) => `${f} park ${f === 1 ? 'fact' : 'facts'} · ${s} ${s === 1 ? 'source' : 'sources'}`,
    target: 'target',
    mirror: 'mirror',
    repost: 'repost',
    undated: 'undated',
  },
};
