export interface Crumb {
  label: string;
  /** Omitted for the current page, which is the last crumb. */
  href?: string;
}
