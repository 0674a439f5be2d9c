/** The Targets & outcomes tab and the later figures on the key-figure cards. */
export const outcomesMessages = {
  outcomes: {
    loading: '正在加载后来的资料…',
    chunkFailed: '无法加载“目标与结果”。',
    retry: '重试',
  },
  laterFigures: {
    newest: '{{period}}：{{value}}',
    earlier: '此前：{{value}}，{{period}}',
    noPeriod: '未注明时期',
    sources: '来源：{{list}}',
  },
};
