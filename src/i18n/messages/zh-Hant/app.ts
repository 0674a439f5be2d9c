import type { Widen } from '../../define-messages';
import type { appMessages } from '../app';

export const appZhHant: Widen<typeof appMessages> = {
  app: {
    title: '肇慶“344”園區投資地圖',
    subtitle: '3大核心園區 · 東部4區（市）· 西部4縣',
    sourcesDated: '資料來源日期：',
    dateRangeDash: '—',
    skipToContent: '跳到主要內容',
    main: '園區地圖與詳情',
    loading: '正在載入資料…',
    present: '演示',
    presentFailed: '無法載入演示模式。',
    briefFailed: '無法載入一頁簡報。',
  },
  lang: { label: '語言', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
  error: {
    title: '無法載入 {{file}}',
    http: '伺服器回應 {{status}}。',
    network: '無法連線伺服器。',
    json: '檔案不是有效的 JSON：{{detail}}',
    schema: '檔案內容不符合資料格式：',
    missing: '缺少必填欄位（應為 {{expected}}）',
    wrongType: '類型錯誤：應為 {{expected}}',
    retry: '重試',
    unexpected: '發生意外錯誤',
  },
  figures: {
    heading: '主要數字',
    sources: '來源：{{list}}',
    notPublished: '未公布',
    noFigure: '入選名單（本身沒有數字）',
    periodNotStated: '期間未註明（{{date}}所說）',
    periodNotStatedUndated: '期間未註明',
    sourcesAsOf: '來源：{{list}} · 資料日期：{{date}}',
    laterScope: '後來的資料口徑不同，見“目標與結果”',
    laterSince: '此後的情況',
  },
  link: { ignored: '連結中有以下部分無法使用，已按預設顯示：', dismiss: '知道了' },
  panel: {
    label: '詳情與數字',
    overview: '概覽',
    parks: '園區',
    charts: '圖表',
    outcomes: '目標與結果',
    moreFailed: '無法載入關鍵數字和資料來源。',
  },
};
