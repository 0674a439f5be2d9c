/**
 * The Share dialog's own strings. A lazy area: the i18next namespace 'shareDialog' (keys
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
    qrLabel: '此视图链接的二维码',
    qrHint: '用手机相机扫描即可打开。',
    close: '关闭',
    reach: {
      'this-device': '此链接指向这台设备本身（{{host}}）：其他手机和电脑打不开，扫二维码也打不开。',
      'local-network': '此链接使用局域网地址（{{host}}）：只有连在同一网络上的设备才能打开。',
      fix: '要让任何设备都能打开，请从本页的公开网址打开它，或请部署者设置公开网址（构建时的 {{setting}}）。',
    },
  },
};
