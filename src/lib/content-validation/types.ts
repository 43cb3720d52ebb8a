/** What the content checks read and what they report. Plain data: no file system, no Astro. */

/** One entry as read from disk, before or after its schema has checked it. */
export interface ContentRecord {
  collection: string;
  /** The entry's id: its file name without extension, or a registry item's `id`. */
  id: string;
  /** Path from the project root, e.g. content/services/free-prepregnancy-checkup.mdx */
  file: string;
  /** Line in `file` where this entry's data starts (1 for JSON files, 2 for frontmatter). */
  line: number;
  /** The text the entry's fields were read from (frontmatter or JSON), for locating fields. */
  source: string;
  /** Markdown/MDX body, for entries that have one. */
  body?: string;
  /** Line in `file` where the body starts. */
  bodyLine?: number;
  data: unknown;
}

export interface ValidRecord extends ContentRecord {
  data: Record<string, unknown>;
}

/** All valid entries, by collection name. */
export type ContentSnapshot = ReadonlyMap<string, readonly ValidRecord[]>;

export interface Problem {
  file: string;
  line?: number;
  /** The field (frontmatter key path) or the rule's name. */
  field: string;
  message: string;
  /** How to put it right, when that is not already obvious from the message. */
  hint?: string;
}

/** A check over the whole corpus: cross-entry rules that a per-entry schema cannot express. */
export type ContentRule = (snapshot: ContentSnapshot) => Problem[];
