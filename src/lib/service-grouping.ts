/**
 * Ordering and grouping for the service center (“1+8+N”): the 8 life stages in order, guides per
 * stage, stage-to-stage navigation, related guides, and the inversion of guides' `locations` into
 * “services offered” per service point. Plain data in, plain data out; no Astro imports.
 */

/** A reference as Astro's reference() yields it (only the id matters here). */
export interface Ref {
  id: string;
}

export interface StageLike {
  id: string;
  data: { order: number; name: string };
}

export interface GuideLike {
  id: string;
  data: {
    title: string;
    lifeStages: readonly Ref[];
    audiences?: readonly Ref[];
    topics?: readonly Ref[];
    locations?: readonly Ref[];
    basis?: readonly Ref[];
  };
}

export interface PointLike {
  id: string;
  data: { name: string; level: string; street?: Ref | undefined };
}

export interface StreetLike {
  id: string;
  data: { name: string };
}

const collator = new Intl.Collator('zh-CN');

/** Titles in Chinese dictionary (pinyin) order. */
export function byTitle<T extends { data: { title: string } }>(a: T, b: T): number {
  return collator.compare(a.data.title, b.data.title);
}

/** The stages by their `order` field (1 … 8); ties by id so the result is stable. */
export function orderStages<T extends StageLike>(stages: readonly T[]): T[] {
  return [...stages].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export interface StageNeighbours<T> {
  previous: T | undefined;
  next: T | undefined;
  /** 1-based position in the journey. */
  position: number;
  total: number;
}

/** 上一步 / 下一步 for a stage; throws for an unknown id (a page must not be built for it). */
export function stageNeighbours<T extends StageLike>(stages: readonly T[], id: string): StageNeighbours<T> {
  const ordered = orderStages(stages);
  const index = ordered.findIndex((stage) => stage.id === id);
  if (index === -1) throw new Error(`Unknown life stage “${id}”`);
  return { previous: ordered[index - 1], next: ordered[index + 1], position: index + 1, total: ordered.length };
}

/** Sort key for entries that name no known stage: after every real stage. */
export const NO_STAGE = 1000;

/** Order of a guide's earliest stage (NO_STAGE when it names none the registry knows). */
export function earliestStageOrder(guide: GuideLike, stages: readonly StageLike[]): number {
  const orders = guide.data.lifeStages
    .map((ref) => stages.find((stage) => stage.id === ref.id)?.data.order)
    .filter((order): order is number => order !== undefined);
  return orders.length === 0 ? NO_STAGE : Math.min(...orders);
}

/** Guides in the order of the family's life: by earliest stage, then by title. */
export function sortByStageOrder<G extends GuideLike>(guides: readonly G[], stages: readonly StageLike[]): G[] {
  return [...guides].sort((a, b) => earliestStageOrder(a, stages) - earliestStageOrder(b, stages) || byTitle(a, b));
}

/**
 * The journey: every stage in order with the guides that name it. A guide that names several
 * stages appears under each; within a stage, guides whose first stage is this one come first.
 */
export function guidesByStage<S extends StageLike, G extends GuideLike>(stages: readonly S[], guides: readonly G[]): { stage: S; guides: G[] }[] {
  return orderStages(stages).map((stage) => {
    const here = guides.filter((guide) => guide.data.lifeStages.some((ref) => ref.id === stage.id));
    const primary = (guide: G) => (guide.data.lifeStages[0]?.id === stage.id ? 0 : 1);
    return { stage, guides: here.sort((a, b) => primary(a) - primary(b) || byTitle(a, b)) };
  });
}

/**
 * Each guide listed once, under its earliest stage; stages in order, empty stages left out. Used
 * where a guide should not repeat (audience pages).
 */
export function groupByEarliestStage<S extends StageLike, G extends GuideLike>(guides: readonly G[], stages: readonly S[]): { stage: S; guides: G[] }[] {
  return orderStages(stages)
    .map((stage) => ({ stage, guides: guides.filter((guide) => earliestStageOrder(guide, stages) === stage.data.order).sort(byTitle) }))
    .filter((group) => group.guides.length > 0);
}

/** Guides for one audience group, in stage order. */
export function guidesForAudience<G extends GuideLike>(audienceId: string, guides: readonly G[], stages: readonly StageLike[]): G[] {
  return sortByStageOrder(
    guides.filter((guide) => (guide.data.audiences ?? []).some((ref) => ref.id === audienceId)),
    stages,
  );
}

const overlap = (a: readonly Ref[] = [], b: readonly Ref[] = []) => a.filter((x) => b.some((y) => y.id === x.id)).length;

/**
 * Related guides: the others sharing stages (weighted most), topics or audiences, best first, then
 * by title. Guides sharing nothing are left out.
 */
export function relatedGuides<G extends GuideLike>(guide: G, all: readonly G[], limit = 5): G[] {
  const score = (other: G) =>
    3 * overlap(guide.data.lifeStages, other.data.lifeStages) +
    2 * overlap(guide.data.topics, other.data.topics) +
    overlap(guide.data.audiences, other.data.audiences);
  return all
    .filter((other) => other.id !== guide.id)
    .map((other) => ({ other, score: score(other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || byTitle(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

/**
 * Services offered at each point, computed from the guides' `locations` — the single source of
 * truth, so a guide's 办理地点 and a point's service list always agree. Every point gets an entry
 * (possibly empty); guides are in title order.
 */
export function servicesByPoint<G extends GuideLike>(points: readonly { id: string }[], guides: readonly G[]): Map<string, G[]> {
  const map = new Map<string, G[]>(points.map((point) => [point.id, []]));
  for (const guide of [...guides].sort(byTitle)) {
    for (const ref of guide.data.locations ?? []) {
      const list = map.get(ref.id);
      if (list && !list.includes(guide)) list.push(guide);
    }
  }
  return map;
}

/** The points a guide names, in the order the guide lists them; unknown ids are dropped. */
export function locationsOf<P extends { id: string }>(guide: GuideLike, points: readonly P[]): P[] {
  return (guide.data.locations ?? []).map((ref) => points.find((point) => point.id === ref.id)).filter((point): point is P => point !== undefined);
}

const LEVEL_ORDER = ['区级中心', '街道服务站', '社区服务站', '社会服务站点'];
const levelRank = (level: string) => {
  const rank = LEVEL_ORDER.indexOf(level);
  return rank === -1 ? LEVEL_ORDER.length : rank;
};

export interface PointGroup<P, S> {
  /** undefined: district-wide points that belong to no street. */
  street: S | undefined;
  /** Heading for the group. */
  label: string;
  /** Anchor id of the group's heading. */
  anchor: string;
  points: P[];
}

/**
 * Service points grouped by street for the directory: district-wide points first, then the streets
 * in registry order (empty streets left out). Within a group: 街道服务站, then 社区, then 社会 points.
 */
export function groupPointsByStreet<P extends PointLike, S extends StreetLike>(points: readonly P[], streets: readonly S[]): PointGroup<P, S>[] {
  const sortPoints = (list: P[]) => list.sort((a, b) => levelRank(a.data.level) - levelRank(b.data.level) || collator.compare(a.data.name, b.data.name));
  const groups: PointGroup<P, S>[] = [];
  const known = new Set(streets.map((street) => street.id));
  const districtWide = points.filter((point) => !point.data.street || !known.has(point.data.street.id));
  if (districtWide.length > 0) groups.push({ street: undefined, label: '区级服务机构', anchor: 'district', points: sortPoints(districtWide) });
  for (const street of streets) {
    const here = points.filter((point) => point.data.street?.id === street.id);
    if (here.length > 0) groups.push({ street, label: street.data.name, anchor: `street-${street.id}`, points: sortPoints(here) });
  }
  return groups;
}

/** “西城区人口和家庭服务中心等 16 处” for the summary box. */
export function summariseLocations(names: readonly string[], shown = 2): string {
  if (names.length === 0) return '';
  if (names.length <= shown) return names.join('、');
  return `${names.slice(0, shown).join('、')}等 ${names.length} 处`;
}
