// A heap snapshot of the page, split into V8's compiled code and everything else (self sizes).
// Runtime.getHeapUsage counts both; only the second is the app's own memory.

/** Takes a snapshot over `cdp` (after a GC) and returns { codeMb, otherMb }. */
export async function heapSplit(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = typeNames.indexOf('code');
  let codeBytes = 0;
  let otherBytes = 0;
  for (let i = 0; i < nodes.length; i += stride)
    if (nodes[i + typeAt] === code) codeBytes += nodes[i + sizeAt];
    else otherBytes += nodes[i + sizeAt];
  return { codeMb: codeBytes / 2 ** 20, otherMb: otherBytes / 2 ** 20 };
}
