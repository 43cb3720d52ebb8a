/**
 * After `astro build`: every page must pass its own Content-Security-Policy (src/lib/csp-audit.ts),
 * or the build fails naming the page. Then writes the site-wide policy that the web server sends
 * as a header (README “Deploy”): Astro's hashes live in each page's <meta>, and a browser enforces
 * header and meta together, so the header allows the union of every page's script and style
 * sources and adds what only a header can say (frame-ancestors).
 *   dist/_deploy/content-security-policy.txt   the policy, for scripts/lib/static-server.ts
 *   dist/_deploy/csp-header.conf               the same as an nginx add_header, for deploy/nginx
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { auditPage, metaPolicies } from '../src/lib/csp-audit.ts';
import { serializePolicy, siteWidePolicy } from '../src/lib/csp.ts';
import { HEADER_ONLY_DIRECTIVES, PAGE_DIRECTIVES } from '../src/csp.config.ts';
import { DEPLOY_DIR, CSP_POLICY_FILE, CSP_NGINX_FILE } from './lib/deploy-files.ts';

const distDir = process.argv[2] ?? 'dist';
const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => join(distDir, file));

const problems: string[] = [];
const policies: string[] = [];
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  for (const problem of auditPage(html, PAGE_DIRECTIVES)) problems.push(`${relative('.', page)}  ${problem}`);
  policies.push(...metaPolicies(html));
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`CSP：${problems.length} 个问题（见 src/csp.config.ts 与 README “Deploy”）`);
  process.exit(1);
}

const policy = serializePolicy(
  siteWidePolicy([...PAGE_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES], policies, ['script-src', 'script-src-elem', 'style-src', 'style-src-elem']),
);
mkdirSync(join(distDir, DEPLOY_DIR), { recursive: true });
writeFileSync(join(distDir, DEPLOY_DIR, CSP_POLICY_FILE), `${policy}\n`);
writeFileSync(
  join(distDir, DEPLOY_DIR, CSP_NGINX_FILE),
  `# Written by scripts/build-csp-header.ts for this build of dist/: reload nginx after deploying it.\nadd_header Content-Security-Policy "${policy}" always;\n`,
);
console.log(`CSP: ${pages.length} pages checked; header policy in ${distDir}/${DEPLOY_DIR}/`);
