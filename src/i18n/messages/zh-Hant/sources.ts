import type { Widen } from '../../define-messages';
import type { sourcesMessages } from '../sources';

export const sourcesZhHant: Widen<typeof sourcesMessages> = {
  sourcesList: {
    heading: '資料來源',
    intro:
      '數字來自下列公開報道；後來的資料（如2024年地區生產總值）列在“目標與結果”頁的來源中。二手資料單獨標註並註明可信度。書名號《》內是原標題；不知原標題的，註明為本站描述。',
    primary: '主要來源（2024年全國兩會期間報道）',
    secondary: '二手資料',
    undated: '未註明日期',
    confidence: { high: '可信度：高', medium: '可信度：中', low: '可信度：低（推斷）' },
    gloss: '繁體：{{gloss}}',
    description: '（無原標題，以下為本站描述）',
    link: '原文連結',
  },
};
