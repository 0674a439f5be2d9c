/**
 * The ids that link to the Targets & outcomes tab from elsewhere (the headline cards on the first
 * screen): no imports, so that linking there never brings the outcomes logic into the first download.
 */

/** The sectors whose topic is a "what happened since" list beside their targets (issue 24, item 2). */
export const SECTOR_TOPICS = ['nev', 'storage', 'electronics'] as const;
export type SectorTopic = (typeof SECTOR_TOPICS)[number];
export const isSectorTopic = (topic: string): topic is SectorTopic =>
  (SECTOR_TOPICS as readonly string[]).includes(topic);

/** The id of the list of all later facts on the Targets & outcomes tab. */
export const LATER_FACTS_ID = 'later-facts';

/** The id of a target's card, with its verdict (the headline cards link to it). */
export const outcomeCardId = (pairId: string): string => `outcome-${pairId}`;

/** The id of a topic's list on the Targets & outcomes tab (cards and headline cards link to it). */
export const laterTopicId = (topic: string): string => `later-topic-${topic}`;

/** The id of one later fact's entry (Y12) in the list of all later facts. */
export const laterFactId = (factId: string): string => `later-fact-${factId}`;

/** A target card, and the sector list that follows it (null: several sectors or none). */
export interface TargetLinks {
  pair: string;
  topic: SectorTopic | null;
}

/**
 * Which target card judges a dataset figure used as a target (the follow-up file's pairs), and
 * which sector's "what happened since" list follows it (null: several or none): the charts' target
 * bars link to both. Pinned against the shipped pairs by a test, so a new pair cannot be missed.
 */
export const TARGET_PAIRS = {
  F01: { pair: 'emerging-output', topic: null },
  F05: { pair: 'nev-output-2024', topic: 'nev' },
  F06: { pair: 'storage-output', topic: 'storage' },
  F08: { pair: 'clusters', topic: null },
  F09: { pair: 'electronics-cluster', topic: 'electronics' },
  F10: { pair: 'industrial-investment-2024', topic: null },
  F11: { pair: 'guishang-output-2025', topic: null },
  F14: { pair: 'manufacturing-investment', topic: null },
  F17: { pair: 'project-counts', topic: null },
} as const satisfies Record<string, TargetLinks>;

/** Where a figure's target card and later list are, if a pair judges it. */
export const targetLinks = (fact: string): TargetLinks | undefined =>
  (TARGET_PAIRS as Record<string, TargetLinks>)[fact];
