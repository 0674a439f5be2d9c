import type { Widen } from '../../define-messages';
import type { shareMessages } from '../share';

export const shareZhHant: Widen<typeof shareMessages> = {
  share: {
    button: '分享',
    title: '分享此檢視',
    intro: '開啟此連結或掃描 QR 碼，即可看到與此刻相同的檢視。',
    linkLabel: '連結',
    copy: '複製連結',
    copied: '已複製連結。',
    copyManual: '無法自動複製。連結已選取，請按 {{keys}} 複製。',
    qrLabel: '此檢視連結的 QR 碼',
    qrHint: '用手機相機掃描即可開啟。',
    close: '關閉',
    loadFailed: '無法載入分享功能。',
    retry: '重試',
    param: {
      v: '連結版本',
      lang: '語言',
      sectors: '產業',
      park: '園區',
      county: '區縣',
      map: '地圖位置',
      hide: '隱藏的圖層',
      tab: '分頁',
      mode: '顯示模式',
    },
  },
};
