/**
 * Where content lives. Tests point CONTENT_DIR at a fixture folder to prove that bad content
 * fails the build; everyone else uses the top-level content/ folder.
 */
export const contentDir = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env['CONTENT_DIR'] ?? './content';
