/** The list of sources behind the figures. */
export const sourcesMessages = {
  sourcesList: {
    heading: '数据来源',
    intro:
      '数字来自下列公开报道；后来的资料（如2024年地区生产总值）列在“目标与结果”页的来源中。二手资料单独标注并注明可信度。书名号《》内是原标题；不知原标题的，注明为本站描述。',
    primary: '主要来源（2024年全国两会期间报道）',
    secondary: '二手资料',
    undated: '未注明日期',
    confidence: { high: '可信度：高', medium: '可信度：中', low: '可信度：低（推断）' },
    gloss: '译名：{{gloss}}',
    description: '（无原标题，以下为本站描述）',
    link: '原文链接',
  },
};
