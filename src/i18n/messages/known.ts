/** How much is known about each park (park list and details), and the list's order. */
export const knownMessages = {
  known: {
    line: '来源 {{sources}} · 数字 {{figures}} · 可信度：{{rated}}',
    rated: { high: '高 {{count}}', medium: '中 {{count}}', low: '低 {{count}}' },
    basis: '来源：详情末尾所列的来源；数字：该园区专属的数字；可信度：数据集对各来源的评级。',
    order: '排序',
    orders: { place: '按位置', known: '资料最多的在前' },
  },
};
