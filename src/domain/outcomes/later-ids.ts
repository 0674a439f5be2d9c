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
