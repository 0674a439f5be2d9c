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
    share: '用其他應用程式分享…',
    shareText: '開啟連結即可看到同一檢視。',
    shareFailed: '無法開啟系統分享：請複製連結或掃描 QR 碼。',
    qrLabel: '此檢視連結的 QR 碼',
    qrHint: '用手機相機掃描即可開啟。',
    close: '關閉',
    reach: {
      'this-device': '此連結指向這台裝置本身（{{host}}）：其他手機和電腦打不開，掃 QR 碼也打不開。',
      'local-network': '此連結使用區域網路位址（{{host}}）：只有連在同一網路上的裝置才能開啟。',
      fix: '要讓任何裝置都能開啟，請從本頁的公開網址開啟它，或請部署者設定公開網址（建置時的 {{setting}}）。',
    },
    tour: {
      summary: '製作演示路線',
      intro:
        '勾選要放映的畫面，排好順序，可為任一畫面寫一句自己的說明；複製路線連結，在大螢幕上開啟即可放映。',
      scenes: '路線中的畫面',
      thisView: '目前檢視',
      moveUp: '上移',
      moveDown: '下移',
      moveUpName: '上移：{{name}}',
      moveDownName: '下移：{{name}}',
      moved: '{{name}}：現為第 {{n}} 項，共 {{total}} 項',
      caption: '說明（選填）',
      captionName: '說明（選填）：{{name}}',
      every: '每幕秒數（{{min}}–{{max}}）',
      linkLabel: '演示路線連結',
      copy: '複製路線連結',
      start: '開始演示',
      none: '請至少勾選一個畫面。',
      tooLong: '路線太長，連結放不下：請去掉一個畫面或縮短說明。',
      names: {
        overview: '肇慶“344”園區佈局：3大核心園區 · 東部4區（市）· 西部4縣',
        sectorPrefix: '主導產業：',
        east: '東部4區（市）',
        west: '西部4縣',
        parksCount: '地圖上 {{n}} 個園區',
        clustersCount: '、{{n}} 個產業集群',
        figures: '主要數字與目標',
        separator: '、',
      },
    },
  },
};
