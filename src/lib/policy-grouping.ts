/**
 * Grouping of 政策法规 for the policy list and audience pages, and the reverse of a guide's 设定依据
 * (which guides cite a policy). Plain data; no Astro imports.
 */
import type { GuideLike, Ref } from './service-grouping.ts';
import { byTitle, NO_STAGE, type StageLike } from './service-grouping.ts';

export const POLICY_LEVELS = ['国家级', '市级', '区级'] as const;

export interface PolicyLike {
  id: string;
  data: {
    title: string;
    level: string;
    status: string;
    issuedAt: string;
    topics?: readonly Ref[];
    lifeStages?: readonly Ref[];
    audiences?: readonly Ref[];
    supersededBy?: Ref | undefined;
  };
}

export interface TopicLike {
  id: string;
  data: { name: string; code: string };
}

export interface LevelGroup<P> {
  level: string;
  policies: P[];
}

export interface TopicGroup<P, T> {
  /** undefined: policies that name no known topic (“其他”). */
  topic: T | undefined;
  label: string;
  anchor: string;
  levels: LevelGroup<P>[];
}

const levelRank = (level: string) => {
  const rank = (POLICY_LEVELS as readonly string[]).indexOf(level);
  return rank === -1 ? POLICY_LEVELS.length : rank;
};

/** In force before amended or repealed; then newest first; then by title. */
const STATUS_ORDER = ['现行有效', '已修订', '已废止'];
export function comparePolicies(a: PolicyLike, b: PolicyLike): number {
  const status = STATUS_ORDER.indexOf(a.data.status) - STATUS_ORDER.indexOf(b.data.status);
  if (status !== 0) return status;
  if (a.data.issuedAt !== b.data.issuedAt) return a.data.issuedAt < b.data.issuedAt ? 1 : -1;
  return byTitle(a, b);
}

/** Policies by level: 国家级, 市级, 区级 (any other level last), only levels that have entries. */
export function groupByLevel<P extends PolicyLike>(policies: readonly P[]): LevelGroup<P>[] {
  const levels = [...new Set(policies.map((policy) => policy.data.level))].sort((a, b) => levelRank(a) - levelRank(b));
  return levels.map((level) => ({ level, policies: policies.filter((policy) => policy.data.level === level).sort(comparePolicies) }));
}

/**
 * The policy list: by topic (a policy goes under its first topic, so it is listed once), topics in
 * catalogue-code order, then by level. Policies without a known topic come last under “其他”.
 */
export function groupPoliciesByTopic<P extends PolicyLike, T extends TopicLike>(policies: readonly P[], topics: readonly T[]): TopicGroup<P, T>[] {
  const ordered = [...topics].sort((a, b) => a.data.code.localeCompare(b.data.code));
  const primary = (policy: P) => ordered.find((topic) => topic.id === policy.data.topics?.[0]?.id);
  const groups: TopicGroup<P, T>[] = [];
  for (const topic of ordered) {
    const here = policies.filter((policy) => primary(policy) === topic);
    if (here.length > 0) groups.push({ topic, label: topic.data.name, anchor: `topic-${topic.id}`, levels: groupByLevel(here) });
  }
  const rest = policies.filter((policy) => primary(policy) === undefined);
  if (rest.length > 0) groups.push({ topic: undefined, label: '其他', anchor: 'topic-other', levels: groupByLevel(rest) });
  return groups;
}

/** The reverse of 设定依据: guides whose `basis` cites the policy, by title. */
export function citingGuides<G extends GuideLike>(policyId: string, guides: readonly G[]): G[] {
  return guides.filter((guide) => (guide.data.basis ?? []).some((ref) => ref.id === policyId)).sort(byTitle);
}

/** The policy that replaced this one, if it is recorded and exists. */
export function replacementOf<P extends PolicyLike>(policy: P, all: readonly P[]): P | undefined {
  const id = policy.data.supersededBy?.id;
  return id === undefined ? undefined : all.find((other) => other.id === id);
}

/** Policies that this one replaced (the reverse of supersededBy). */
export function replacedBy<P extends PolicyLike>(policy: P, all: readonly P[]): P[] {
  return all.filter((other) => other.data.supersededBy?.id === policy.id).sort(comparePolicies);
}

/**
 * Policies for an audience page, in stage order: those naming the audience, plus those cited by a
 * guide for that audience; by earliest stage (none last), then level (国家级 first) and status.
 */
export function policiesForAudience<P extends PolicyLike, G extends GuideLike>(
  audienceId: string,
  policies: readonly P[],
  guides: readonly G[],
  stages: readonly StageLike[],
): P[] {
  const cited = new Set(
    guides
      .filter((guide) => (guide.data.audiences ?? []).some((ref) => ref.id === audienceId))
      .flatMap((guide) => (guide.data.basis ?? []).map((ref) => ref.id)),
  );
  const chosen = policies.filter((policy) => (policy.data.audiences ?? []).some((ref) => ref.id === audienceId) || cited.has(policy.id));
  return chosen.sort(
    (a, b) => earliest(a, stages) - earliest(b, stages) || levelRank(a.data.level) - levelRank(b.data.level) || comparePolicies(a, b),
  );
}

function earliest(policy: PolicyLike, stages: readonly StageLike[]): number {
  const orders = (policy.data.lifeStages ?? [])
    .map((ref) => stages.find((stage) => stage.id === ref.id)?.data.order)
    .filter((order): order is number => order !== undefined);
  return orders.length === 0 ? NO_STAGE : Math.min(...orders);
}
