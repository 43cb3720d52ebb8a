/** /robots.txt, from site.url in src/site.config.ts, so another deployment changes only its config. */
import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { robotsTxt } from '../lib/robots.ts';

export const GET: APIRoute = () => new Response(robotsTxt(site.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
