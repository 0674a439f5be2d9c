import type { Followup, FollowupFact } from '../schema/followup-schema';
import { indexFollowup, type LaterFigure } from './outcomes';
import { matchesSectors } from '../parks/sector-match';
import { isSectorTopic } from './later-ids';

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
  /** When it was stated (factDate). */
  date: string | null;
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

/**
 * When a fact was stated: its own date if the file gives one, else its latest source's date (null:
 * none is dated). ISO dates of mixed precision compare as text.
 */
export function factDate(fact: FollowupFact, sourceDate: (id: string) => string | null): string | null {
  if (fact.statedOn) return fact.statedOn;
  const dates = fact.sources.map(sourceDate).filter((d): d is string => d !== null);
  return dates.sort().at(-1) ?? null;
}

export function laterFactGroups(followup: Followup, selected: readonly string[]): LaterFactGroups {
  const index = indexFollowup(followup);
  const dates = new Map(followup.sources.map((s) => [s.id, s.date]));
  const dateOf = (fact: FollowupFact) => factDate(fact, (id) => dates.get(id) ?? null);
  const shown = followup.facts.filter((f) => factShown(f, selected));
  const groups = FACT_TOPICS.map((topic) => {
    const facts = shown
      .filter((f) => f.topic === topic)
      .map((fact) => ({
        fact,
        date: dateOf(fact),
        figures: fact.figures.flatMap((g) => index.figure(g.id) ?? []),
      }));
    // A sector's list reads as "what happened since": oldest first, undated last; other topics
    // keep the file's order.
    if (isSectorTopic(topic)) facts.sort((a, b) => byDate(a.date, b.date));
    return { topic, facts };
  }).filter((g) => g.facts.length > 0);
  return { groups, hidden: followup.facts.length - shown.length };
}

const byDate = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;
