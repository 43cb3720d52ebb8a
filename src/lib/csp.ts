/**
 * Content-Security-Policy text: hashing an inline script the way a browser does, and reading,
 * merging and writing policies. Used by astro.config.mjs (the reading-preferences hash), by the
 * build step that writes the site-wide header, and by the tests that compare header and meta.
 */
import { createHash } from 'node:crypto';

/** A policy as directive name → source list, in the order the directives were written. */
export type Policy = Map<string, string[]>;

/** The CSP source expression for an inline script or style: base64 SHA-256 of its exact UTF-8 text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // A repeated directive is ignored by browsers: the first one wins.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The site-wide policy for the HTTP header: the fixed directives, plus every source any page's own
 * policy allows for `unionOf` (script-src, style-src). The browser enforces header and meta
 * together, so a page may only do what both allow: the header must allow everything each meta does.
 */
export function siteWidePolicy(fixed: readonly string[], pagePolicies: Iterable<string>, unionOf: readonly string[]): Policy {
  const policy = parsePolicy(fixed.join(';'));
  const union = new Map(unionOf.map((name) => [name, new Set<string>()]));
  for (const text of pagePolicies) {
    for (const [name, sources] of parsePolicy(text)) {
      const set = union.get(name);
      if (set) for (const source of sources) set.add(source);
    }
  }
  for (const [name, sources] of union) {
    if (sources.size > 0) policy.set(name, sortSources([...sources]));
  }
  return policy;
}

/** Keywords and hosts first, hashes after, each group sorted: stable output for a stable build. */
function sortSources(sources: string[]): string[] {
  const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
  return [...sources.filter((s) => !isHash(s)).sort(), ...sources.filter(isHash).sort()];
}

/** Sources that would let injected markup run or style: 'unsafe-inline', 'unsafe-eval', 'unsafe-hashes'. */
export function unsafeSources(policy: Policy): string[] {
  const found: string[] = [];
  for (const [name, sources] of policy) {
    for (const source of sources) {
      if (source === "'unsafe-inline'" || source === "'unsafe-eval'" || source === "'unsafe-hashes'") found.push(`${name} ${source}`);
    }
  }
  return found;
}
