import { defineMessages } from '../define-messages';

/** The list of sources behind the figures. */
export const sourcesMessages = defineMessages({
  'zh-Hans': {
    sourcesList: {
      heading: '数据来源',
      intro: '所有数字均来自下列公开报道；二手资料单独标注并注明可信度。',
      primary: '主要来源（2024年全国两会期间报道）',
      secondary: '二手资料',
      undated: '未注明日期',
      confidence: { high: '可信度：高', medium: '可信度：中', low: '可信度：低（推断）' },
      gloss: '译名：{{gloss}}',
      link: '原文链接',
    },
  },
  'zh-Hant': {
    sourcesList: {
      heading: '資料來源',
      intro: '所有數字均來自下列公開報道；二手資料單獨標註並註明可信度。',
      primary: '主要來源（2024年全國兩會期間報道）',
      secondary: '二手資料',
      undated: '未註明日期',
      confidence: { high: '可信度：高', medium: '可信度：中', low: '可信度：低（推斷）' },
      gloss: '譯名：{{gloss}}',
      link: '原文連結',
    },
  },
  en: {
    sourcesList: {
      heading: 'Sources',
      intro:
        'Every figure comes from the public reports below; secondary material is marked, with its confidence.',
      primary: 'Primary sources (reports from the 2024 National People’s Congress session)',
      secondary: 'Secondary sources',
      undated: 'undated',
      confidence: {
        high: 'confidence: high',
        medium: 'confidence: medium',
        low: 'confidence: low (inference)',
      },
      gloss: 'Title in English: {{gloss}}',
      link: 'Original',
    },
  },
});
