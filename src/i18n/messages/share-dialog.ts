/**
 * The Share dialog's own strings. A lazy area: the namespace 'shareDialog' (keys
 * `shareDialog:…`), shipped in the part's chunk in all three languages
 * (i18n/lazy/share-dialog.ts), not in the first download.
 */
export const shareDialogMessages = {
  shareDialog: {
    title: '分享此视图',
    intro: '打开此链接或扫描二维码，即可看到与此刻相同的视图。',
    linkLabel: '链接',
    copy: '复制链接',
    copied: '已复制链接。',
    copyManual: '无法自动复制。链接已选中，请按 {{keys}} 复制。',
    share: '用其他应用分享…',
    shareText: '打开链接即可看到同一视图。',
    shareFailed: '无法打开系统分享：请复制链接或扫描二维码。',
    qrLabel: '此视图链接的二维码',
    qrHint: '用手机相机扫描即可打开。',
    close: '关闭',
    reach: {
      'this-device': '此链接指向这台设备本身（{{host}}）：其他手机和电脑打不开，扫二维码也打不开。',
      'local-network': '此链接使用局域网地址（{{host}}）：只有连在同一网络上的设备才能打开。',
      fix: '要让任何设备都能打开，请从本页的公开网址打开它，或请部署者设置公开网址（构建时的 {{setting}}）。',
    },
    tour: {
      summary: '制作演示路线',
      intro: '勾选要放映的画面，排好顺序，可为任一画面写一句自己的说明；复制路线链接，在大屏上打开即可放映。',
      scenes: '路线中的画面',
      thisView: '当前视图',
      moveUp: '上移',
      moveDown: '下移',
      moveUpName: '上移：{{name}}',
      moveDownName: '下移：{{name}}',
      moved: '{{name}}：现为第 {{n}} 项，共 {{total}} 项',
      caption: '说明（可选）',
      captionName: '说明（可选）：{{name}}',
      every: '每幕秒数（{{min}}–{{max}}）',
      linkLabel: '演示路线链接',
      copy: '复制路线链接',
      start: '开始演示',
      none: '请至少勾选一个画面。',
      tooLong: '路线太长，链接放不下：请去掉一个画面或缩短说明。',
      // Scene names as the presentation words them (features/present/present-words.ts; a test
      // holds the two equal: features/present/scene-caption.test.ts).
      names: {
        overview: '肇庆“344”园区布局：3大核心园区 · 东部4区（市）· 西部4县',
        sectorPrefix: '主导产业：',
        east: '东部4区（市）',
        west: '西部4县',
        parksCount: '地图上 {{n}} 个园区',
        clustersCount: '、{{n}} 个产业集群',
        figures: '主要数字与目标',
        separator: '、',
      },
    },
  },
};
