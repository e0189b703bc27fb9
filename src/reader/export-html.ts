/**
 * "Save as HTML": one self-contained file — the sanitized article, the reader's styles and the
 * current settings inline, and a policy that lets the file run nothing. Images stay links to the
 * publisher: fetching them to embed would be a request of our own.
 */
export interface StandaloneParts {
  title: string;
  lang: string;
  /** Attributes of the reader's <html> that carry the settings (data-theme, style with the sizes). */
  rootAttributes: Record<string, string>;
  css: string;
  articleHtml: string;
}

const FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:; media-src http: https:";

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function standaloneHtml(parts: StandaloneParts): string {
  const attributes = Object.entries({ lang: parts.lang, ...parts.rootAttributes })
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<!doctype html>
<html${attributes}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${FILE_POLICY}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(parts.title)}</title>
<style>
${parts.css.replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body class="saved">
<main>
${parts.articleHtml}
</main>
</body>
</html>
`;
}

/** A file name a file system accepts, from the title. */
export function fileNameFor(title: string): string {
  const printable = Array.from(title.normalize('NFKC'), (c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  const base = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return `${base || 'article'}.html`;
}
