/** The app shell: header, languages, loading and error screens, link notices, headline figures. */
export const appMessages = {
  app: {
    title: '肇庆“344”园区投资地图',
    subtitle: '3大核心园区 · 东部4区（市）· 西部4县',
    sourcesDated: '资料来源日期：',
    dateRangeDash: '—',
    skipToContent: '跳到主要内容',
    loading: '正在加载数据…',
    present: '演示',
    presentFailed: '无法加载演示模式。',
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
    noFigure: '入选名单（本身没有数字）',
    sourcesAsOf: '来源：{{list}} · 资料日期：{{date}}',
  },
  link: { ignored: '链接中有以下部分无法使用，已按默认显示：', dismiss: '知道了' },
  panel: { label: '详情与数字', overview: '概览', parks: '园区', charts: '图表', outcomes: '目标与结果' },
};
