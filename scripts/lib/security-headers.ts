/**
 * Response headers every page gets, whichever server sends it: deploy/nginx/security-headers.conf
 * writes the same values for nginx, and tests/e2e/nginx.test.ts checks that the two agree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP_POLICY_FILE, DEPLOY_DIR } from './deploy-files.ts';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Other sites see where a reader came from, never which page (a search query, for instance).
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Powerful features the site never asks for; no script on it or embedded in it may ask either.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  // For browsers that predate CSP frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** The site-wide policy the build wrote for this dist/ (scripts/build-csp-header.ts), if any. */
export function readHeaderPolicy(distDir: string): string | undefined {
  const file = join(distDir, DEPLOY_DIR, CSP_POLICY_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}
