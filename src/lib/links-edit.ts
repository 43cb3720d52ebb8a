/** The GitHub web editor URL of a content file. Pure, tested with the link helpers. */

/** content/x.mdx from whatever form the path takes (./content/x.mdx, /abs/repo/content/x.mdx, a fixture folder). */
export function repositoryPath(filePath: string): string {
  const normalised = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
  const at = normalised.lastIndexOf('content/');
  return at >= 0 ? normalised.slice(at) : normalised;
}

/** https://github.com/owner/repo/edit/main/content/x.mdx, or null without a repository URL. */
export function editUrl(repository: { url: string; branch: string }, path: string): string | null {
  if (!repository.url) return null;
  const base = repository.url.replace(/\.git$/, '').replace(/\/+$/, '');
  return `${base}/edit/${encodeURIComponent(repository.branch)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}
