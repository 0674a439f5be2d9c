import type { Dataset, Lang } from '../schema/dataset-schema';
import type { Scene } from './tour';

/**
 * The words a scene's name is built from, in one language: the presentation has them in its own
 * chunk (features/present/present-words.ts), the Share dialog's tour editor in its strings. `{n}`
 * and `{names}` are filled here.
 */
export interface SceneNameWords {
  overview: string;
  sectorPrefix: string;
  east: string;
  west: string;
  parksCount: string;
  /** Added where a block has SME clusters, which are not parks (n9). */
  clustersCount: string;
  figures: string;
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** Names joined as a list reads in `lang`: domain/text/localize.ts's joinNames. */
export type JoinNames = (names: readonly string[], lang: Lang) => string;

/**
 * A scene's name in the reader's language, from the dataset's own names: what the presentation
 * shows under a scene without a caption of its own, and what the tour editor lists.
 *
 * `joinNames` is passed in, not imported: this module is in the chunk that the presentation and
 * the Share dialog share, and a shared chunk that imports localize.ts (a chunk of its own, shared
 * with the map) makes the bundler move a part of the first download into that chunk, which costs
 * 0.3 KB gzip of a first-screen budget that has none to spare.
 */
export function sceneName(
  scene: Scene,
  dataset: Dataset,
  lang: Lang,
  words: SceneNameWords,
  joinNames: JoinNames,
): string {
  switch (scene.kind) {
    case 'overview':
      return words.overview;
    case 'figures':
      return words.figures;
    case 'sector': {
      const sector = dataset.sectors.find((s) => s.id === scene.id);
      const name = sector ? sector.name[lang] : scene.id;
      return sector?.group === 'leading' ? `${words.sectorPrefix}${name}` : name;
    }
    case 'park': {
      const park = dataset.parks.find((p) => p.id === scene.id);
      return park ? park.name[lang] : scene.id;
    }
    case 'county': {
      const division = dataset.divisions.find((d) => d.code === scene.code);
      return division ? division.name[lang] : scene.code;
    }
    case 'block': {
      const names = dataset.divisions.filter((d) => d.block === scene.block).map((d) => d.name[lang]);
      const inBlock = dataset.parks.filter((p) => p.tier === scene.block && p.parent === null);
      const parks = inBlock.filter((p) => p.kind === 'park').length;
      const clusters = inBlock.length - parks;
      const head = fill(scene.block === 'east' ? words.east : words.west, { names: joinNames(names, lang) });
      const count = `${fill(words.parksCount, { n: parks })}${clusters ? fill(words.clustersCount, { n: clusters }) : ''}`;
      return `${head} · ${count}`;
    }
  }
}
