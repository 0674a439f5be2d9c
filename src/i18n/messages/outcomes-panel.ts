/**
 * The Targets & outcomes panel's own strings. A lazy area: the i18next namespace 'outcomesPanel'
 * (keys `outcomesPanel:…`), shipped in the part's chunk in all three languages
 * (i18n/lazy/outcomes-panel.ts), not in the first download.
 */
export const outcomesPanelMessages = {
  outcomesPanel: {
    heading: '目标与结果',
    intro:
      '每项目标，后来的资料怎么说：数字连同限定词、时期、口径和来源；结论用文字写明。口径不同的数字之间不计算比例、百分比或变化。',
    loadFailed: '无法加载后来的资料（{{file}}）。',
    hidden: '所选行业以外的 {{count}} 项目标未显示；全市目标始终显示。',
    cityWide: '全市',
    basis: { target: '目标', 'earlier-figure': '此前的数字' },
    later: '后来的资料怎么说',
    verdictLabel: '结论：',
    verdict: {
      met: '已达到（来源原话）',
      'not-reached': '未达到（来源原话）',
      'not-reached-implied': '未达到（据{{basis}}推断）',
      'same-measure-again': '同一指标：{{basis}}',
      'missed-scopes-differ': '未达到（口径不同：{{basis}}）',
      'partial-year': '只有部分时期的数字',
      'not-yet-published': '本资料来源中尚未公布',
      'scope-differs': '口径不同，不能比较',
      'no-comparable-figure': '没有可比的数字',
    },
    relation: {
      'same-measure': '同一指标',
      'partial-period': '部分时期',
      'scope-differs': '口径不同',
      'not-found': '未见',
      context: {
        'tier-label': '仅级别标签',
        share: '比重，不是金额',
        'sub-area': '局部地区',
        'earlier-period': '上一年',
        'other-period': '其他时期',
        'other-measure': '其他指标',
      },
    },
    kindPrefix: { target: '目标：', expected: '预计：' },
    noFigure: '无数字',
    notPublished: '本资料来源中未公布',
    yearNotStated: '未说明年份',
    statedOn: '{{date}}表述',
    periodInferred: '年份为推断',
    targetYear: '目标年份：{{period}}',
    noYear: '未定年份',
    source: '来源：',
    caveatsShort: '注意事项：',
    unpublishedHeading: '本资料来源中未公布',
    unpublishedIntro: '下列数字在所查阅的资料中没有找到，本页不作推算。',
    caveatsHeading: '注意事项',
    sourcesHeading: '后来的资料来源',
    description: '（内容描述，非原标题）',
    via: { original: '原网站', mirror: '经镜像站读取', repost: '经转载读取' },
    inferredOriginal: '推测的原文地址（未核实）',
    link: '读取的地址',
    undated: '未注明日期',
    allFacts: {
      heading: '所有后续资料',
      intro:
        '后来资料中的全部事实（Y01–Y58），按主题排列，包括上面的目标未用到的：每个数字连同限定词、时期（或“未说明年份”）、口径、来源、编号和可信度。数字之间不作计算。',
      hidden: '所选行业以外的 {{count}} 条资料未显示；全市资料始终显示。',
    },
    since: {
      heading: '{{sector}}：此后的情况',
      intro: '按资料发表的时间排列，最早的在前；未注明日期的列在最后。',
      link: '此后的情况：{{sector}}（{{count}}条资料）',
    },
    topic: {
      city: '全市经济',
      nev: '新能源汽车',
      storage: '新型储能',
      electronics: '电子信息',
      other: '其他产业',
      investment: '投资与项目',
      parks: '园区与项目活动',
      targets: '目标与任务',
    },
    confidence: {
      high: '可信度：高',
      medium: '可信度：中',
      'medium-low': '可信度：中低',
      low: '可信度：低',
    },
  },
};
