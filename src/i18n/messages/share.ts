/** Sharing a view: the Share button and dialog, and the names of link params in the link notice. */
export const shareMessages = {
  share: {
    button: '分享',
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
      compare: '对比的园区',
      mode: '显示模式',
      links: '关联范围',
      entity: '企业或项目',
      order: '园区列表排序',
      tour: '演示路线',
      every: '每页秒数',
      scene: '演示页',
      qr: '二维码',
    },
  },
};
