// The compare tray and the comparison: one lazy chunk (features/compare/compare-slots.tsx).
export { CompareTray } from './compare-tray';
export { CompareView } from './compare-view';
