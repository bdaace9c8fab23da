// Connected components of a judge–entry graph, shared by assignment and results.

export type BipartiteComponents = {
  /** Component number of each left node (entries), numbered 0… in order of first appearance. */
  left: Int32Array;
  /** Component number of each right node (judges); -1 for a judge with no edge. */
  right: Int32Array;
  count: number;
};

/**
 * Components of a bipartite graph with `nLeft` left nodes (every one counts, even with no edge) and
 * `nRight` right nodes (only those with an edge count), edges given as parallel index arrays. Union–find
 * with path halving and union by size: O(edges · α).
 */
export function bipartiteComponents(
  nLeft: number,
  nRight: number,
  edgeLeft: ArrayLike<number>,
  edgeRight: ArrayLike<number>,
): BipartiteComponents {
  const parent = new Int32Array(nLeft + nRight);
  const size = new Int32Array(nLeft + nRight).fill(1);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    let v = x;
    while ((parent[v] ?? v) !== v) {
      const grand = parent[parent[v] ?? v] ?? v;
      parent[v] = grand;
      v = grand;
    }
    return v;
  };
  const used = new Uint8Array(nRight);
  for (let i = 0; i < edgeLeft.length; i++) {
    const r = edgeRight[i] ?? 0;
    used[r] = 1;
    let a = find(edgeLeft[i] ?? 0);
    let b = find(nLeft + r);
    if (a === b) continue;
    if ((size[a] ?? 0) < (size[b] ?? 0)) [a, b] = [b, a];
    parent[b] = a;
    size[a] = (size[a] ?? 0) + (size[b] ?? 0);
  }
  const label = new Map<number, number>();
  const numberOf = (node: number) => {
    const root = find(node);
    let n = label.get(root);
    if (n === undefined) {
      n = label.size;
      label.set(root, n);
    }
    return n;
  };
  const left = new Int32Array(nLeft);
  for (let i = 0; i < nLeft; i++) left[i] = numberOf(i);
  const right = new Int32Array(nRight).fill(-1);
  for (let r = 0; r < nRight; r++) if (used[r]) right[r] = numberOf(nLeft + r);
  return { left, right, count: label.size };
}
