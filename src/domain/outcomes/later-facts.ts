import type { Followup, FollowupFact } from '../schema/followup-schema';
import { indexFollowup, type LaterFigure } from './outcomes';
import { matchesSectors } from '../parks/sector-match';

/**
 * Every later fact (Y01–Y58) grouped by topic, for the "All later facts" list: each with its
 * figures as later figures (period or "year not stated", sources). Nothing is computed between
 * figures; the facts keep the file's order within a topic.
 */

export const FACT_TOPICS = [
  'city',
  'nev',
  'storage',
  'electronics',
  'other',
  'investment',
  'parks',
  'targets',
] as const satisfies readonly FollowupFact['topic'][];
export type FactTopic = (typeof FACT_TOPICS)[number];

export interface LaterFact {
  fact: FollowupFact;
  figures: LaterFigure[];
}

export interface TopicGroup {
  topic: FactTopic;
  facts: LaterFact[];
}

export interface LaterFactGroups {
  groups: TopicGroup[];
  /** Facts of other sectors left out by the filter. */
  hidden: number;
}

/**
 * The sector rule of the target cards: a fact shows when it names no sector or matches the
 * selection; facts of the city topic always show, as the filter cannot narrow the city's figures.
 */
export function factShown(fact: FollowupFact, selected: readonly string[]): boolean {
  return fact.topic === 'city' || fact.sectors.length === 0 || matchesSectors(fact.sectors, selected);
}

export function laterFactGroups(followup: Followup, selected: readonly string[]): LaterFactGroups {
  const index = indexFollowup(followup);
  const shown = followup.facts.filter((f) => factShown(f, selected));
  const groups = FACT_TOPICS.map((topic) => ({
    topic,
    facts: shown
      .filter((f) => f.topic === topic)
      .map((fact) => ({ fact, figures: fact.figures.flatMap((g) => index.figure(g.id) ?? []) })),
  })).filter((g) => g.facts.length > 0);
  return { groups, hidden: followup.facts.length - shown.length };
}
