import { defineMessages } from '../define-messages';

/** The app shell: header, languages, loading and error screens, link notices, headline figures. */
export const appMessages = defineMessages({
  'zh-Hans': {
    app: {
      title: '肇庆“344”园区投资地图',
      subtitle: '3大核心园区 · 东部4区（市）· 西部4县',
      asOf: '数据截至 {{date}}',
      skipToContent: '跳到主要内容',
      loading: '正在加载数据…',
    },
    lang: { label: '语言', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
    error: {
      title: '无法加载 {{file}}',
      http: '服务器返回 {{status}}。',
      network: '无法连接服务器。',
      json: '文件不是有效的 JSON：{{detail}}',
      schema: '文件内容不符合数据格式：',
      missing: '缺少必填字段（应为 {{expected}}）',
      wrongType: '类型错误：应为 {{expected}}',
      retry: '重试',
      unexpected: '出现意外错误',
    },
    figures: {
      heading: '主要数字',
      sources: '来源：{{list}}',
      notPublished: '未公布',
    },
    link: { ignored: '链接中有以下部分无法使用，已按默认显示：', dismiss: '知道了' },
    panel: { label: '详情与数字', overview: '概览', parks: '园区', charts: '图表' },
  },
  'zh-Hant': {
    app: {
      title: '肇慶「344」園區投資地圖',
      subtitle: '3大核心園區 · 東部4區（市）· 西部4縣',
      asOf: '資料截至 {{date}}',
      skipToContent: '跳到主要內容',
      loading: '正在載入資料…',
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
      notPublished: '未公佈',
    },
    link: { ignored: '連結中有以下部分無法使用，已按預設顯示：', dismiss: '知道了' },
    panel: { label: '詳情與數字', overview: '概覽', parks: '園區', charts: '圖表' },
  },
  en: {
    app: {
      title: 'Zhaoqing “344” Investment Map',
      subtitle: '3 core parks · 4 eastern districts · 4 western counties',
      asOf: 'Data as of {{date}}',
      skipToContent: 'Skip to main content',
      loading: 'Loading data…',
    },
    lang: { label: 'Language', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
    error: {
      title: 'Could not load {{file}}',
      http: 'The server answered {{status}}.',
      network: 'The server could not be reached.',
      json: 'The file is not valid JSON: {{detail}}',
      schema: 'The file does not match the data format:',
      missing: 'required field is missing (expected {{expected}})',
      wrongType: 'expected {{expected}}',
      retry: 'Retry',
      unexpected: 'Something went wrong',
    },
    figures: {
      heading: 'Headline figures',
      sources: 'Sources: {{list}}',
      notPublished: 'not published',
    },
    link: { ignored: 'Parts of this link could not be used and were reset to defaults:', dismiss: 'Dismiss' },
    panel: {
      label: 'Details and figures',
      overview: 'Overview',
      parks: 'Parks',
      charts: 'Charts',
    },
  },
});
