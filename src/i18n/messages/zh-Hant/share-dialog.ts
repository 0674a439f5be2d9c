import type { Widen } from '../../define-messages';
import type { shareDialogMessages } from '../share-dialog';

export const shareDialogZhHant: Widen<typeof shareDialogMessages> = {
  shareDialog: {
    title: '分享此檢視',
    intro: '開啟此連結或掃描 QR 碼，即可看到與此刻相同的檢視。',
    linkLabel: '連結',
    copy: '複製連結',
    copied: '已複製連結。',
    copyManual: '無法自動複製。連結已選取，請按 {{keys}} 複製。',
    qrLabel: '此檢視連結的 QR 碼',
    qrHint: '用手機相機掃描即可開啟。',
    close: '關閉',
    reach: {
      'this-device': '此連結指向這台裝置本身（{{host}}）：其他手機和電腦打不開，掃 QR 碼也打不開。',
      'local-network': '此連結使用區域網路位址（{{host}}）：只有連在同一網路上的裝置才能開啟。',
      fix: '要讓任何裝置都能開啟，請從本頁的公開網址開啟它，或請部署者設定公開網址（建置時的 {{setting}}）。',
    },
  },
};
