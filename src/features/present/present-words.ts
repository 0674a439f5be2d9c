import type { Lang } from '../../domain/schema/dataset-schema';
import type { SceneNameWords } from '../../domain/share/scene-name';

/**
 * The presentation's own words, shipped in its lazy chunk (not in the first download's strings):
 * only someone presenting needs them. `{n}`/`{total}` are filled by the caller.
 */
export interface PresentWords extends SceneNameWords {
  region: string;
  sceneOf: string;
  previous: string;
  next: string;
  pause: string;
  resume: string;
  exit: string;
  fullScreen: string;
  qrShow: string;
  qrHide: string;
  qrLabel: string;
  /** Under the code when other devices cannot open its address (`{host}`), as the Share dialog says. */
  qrThisDevice: string;
  qrLocalNetwork: string;
  keys: string;
  paused: string;
  /** Beside the scene count while the screen has no network: what it shows is its saved copy. */
  offline: string;
  /** The blank screen's only words (B or . again, or a click, bring the tour back). */
  blank: string;
}

export const PRESENT_WORDS: Record<Lang, PresentWords> = {
  'zh-Hans': {
    region: '演示',
    overview: '肇庆“344”园区布局：3大核心园区 · 东部4区（市）· 西部4县',
    sectorPrefix: '主导产业：',
    east: '东部4区（市）',
    west: '西部4县',
    parksCount: '地图上 {n} 个园区',
    clustersCount: '、{n} 个产业集群',
    figures: '主要数字与目标',
    sceneOf: '第 {n} / {total} 幕',
    previous: '上一幕',
    next: '下一幕',
    pause: '暂停',
    resume: '继续',
    exit: '退出演示',
    fullScreen: '全屏',
    qrShow: '显示二维码',
    qrHide: '隐藏二维码',
    qrLabel: '本画面的二维码',
    qrThisDevice: '此二维码指向本机（{host}），其他手机打不开',
    qrLocalNetwork: '此二维码用本地网络地址（{host}），仅同一网络的设备能打开',
    keys: '→ 下一幕 · ← 上一幕 · Home/End 首幕/末幕 · K 暂停 · B 黑屏 · Esc 退出',
    paused: '已暂停',
    offline: '离线：本机保存的副本',
    blank: '黑屏（按 B 返回）',
  },
  'zh-Hant': {
    region: '演示',
    overview: '肇慶“344”園區佈局：3大核心園區 · 東部4區（市）· 西部4縣',
    sectorPrefix: '主導產業：',
    east: '東部4區（市）',
    west: '西部4縣',
    parksCount: '地圖上 {n} 個園區',
    clustersCount: '、{n} 個產業集群',
    figures: '主要數字與目標',
    sceneOf: '第 {n} / {total} 幕',
    previous: '上一幕',
    next: '下一幕',
    pause: '暫停',
    resume: '繼續',
    exit: '退出演示',
    fullScreen: '全螢幕',
    qrShow: '顯示二維碼',
    qrHide: '隱藏二維碼',
    qrLabel: '本畫面的二維碼',
    qrThisDevice: '此二維碼指向本機（{host}），其他手機打不開',
    qrLocalNetwork: '此二維碼用本地網路位址（{host}），僅同一網路的裝置能開啟',
    keys: '→ 下一幕 · ← 上一幕 · Home/End 首幕/末幕 · K 暫停 · B 黑屏 · Esc 退出',
    paused: '已暫停',
    offline: '離線：本機儲存的副本',
    blank: '黑屏（按 B 返回）',
  },
  en: {
    region: 'Presentation',
    overview: 'Zhaoqing’s “344” park layout: 3 core parks · 4 eastern districts/cities · 4 western counties',
    sectorPrefix: 'Leading sector: ',
    east: 'The eastern four districts and cities',
    west: 'The western four counties',
    parksCount: '{n} parks on the map',
    clustersCount: ', {n} SME clusters',
    figures: 'Key figures and targets',
    sceneOf: 'Scene {n} of {total}',
    previous: 'Previous',
    next: 'Next',
    pause: 'Pause',
    resume: 'Resume',
    exit: 'Leave presentation',
    fullScreen: 'Full screen',
    qrShow: 'Show QR code',
    qrHide: 'Hide QR code',
    qrLabel: 'QR code of this view',
    qrThisDevice: 'This code points to this device ({host}): other phones cannot open it',
    qrLocalNetwork:
      'This code uses a local network address ({host}): only devices on the same network can open it',
    keys: '→ next · ← previous · Home/End first/last · K pause · B blank · Esc leave',
    paused: 'Paused',
    offline: 'Offline: this screen’s saved copy',
    blank: 'Blank screen (B to return)',
  },
};

/** `{name}` placeholders filled from `values`. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
