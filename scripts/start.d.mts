// Types of start.mjs.
export function distIsStale(root?: string): boolean;
export function freePortFrom(from: number): Promise<number>;
