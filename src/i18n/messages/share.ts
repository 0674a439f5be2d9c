/** Sharing a view: the Share button and dialog, and the names of link params in the link notice. */
export const shareMessages = {
  share: {
    button: '分享',
    title: '分享此视图',
    intro: '打开此链接或扫描二维码，即可看到与此刻相同的视图。',
    linkLabel: '链接',
    copy: '复制链接',
    copied: '已复制链接。',
    copyManual: '无法自动复制。链接已选中，请按 {{keys}} 复制。',
    qrLabel: '此视图链接的二维码',
    qrHint: '用手机相机扫描即可打开。',
    close: '关闭',
    loadFailed: '无法加载分享功能。',
    retry: '重试',
    param: {
      v: '链接版本',
      lang: '语言',
      sectors: '产业',
      park: '园区',
      county: '区县',
      map: '地图位置',
      hide: '隐藏的图层',
      tab: '标签页',
      mode: '显示模式',
    },
  },
};
