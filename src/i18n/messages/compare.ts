/** Choosing parks for the comparison (list rows, details, the overview's matches), and printing. */
export const compareMessages = {
  compare: {
    add: '对比：将{{name}}加入对比',
    remove: '已选对比：从对比中移除{{name}}',
    addShort: '＋ 对比',
    chosenShort: '✓ 已选对比',
    print: '打印 / 存为 PDF',
    loadFailed: '无法加载对比。',
  },
};
