// Markdown from sponsors and participants, rendered to HTML on the server. The output is safe to put
// into a page as-is: raw HTML in the source is escaped (html: false), and every link or image target
// must be http:, https:, mailto: or relative, so no javascript:, data:, vbscript: or file: URL survives.
import "server-only";
import MarkdownIt, { type Token } from "markdown-it";

const ALLOWED_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/** The scheme a browser would see, after the tricks people use to hide one (entities are decoded by
 *  markdown-it before this point; percent-encoding, whitespace and control characters are handled here). */
function schemeOf(url: string): string | null {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // A malformed escape: judge the raw text, which is at least as strict.
  }
  // Browsers ignore tabs and newlines anywhere in a URL and leading control characters and spaces.
  // eslint-disable-next-line no-control-regex
  const compact = decoded.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, "");
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return match?.[1] ? `${match[1].toLowerCase()}:` : null;
}

export function isAllowedLink(url: string): boolean {
  const scheme = schemeOf(url);
  if (scheme === null) {
    // Relative. A colon before the first slash would make some parsers read a scheme; refuse it.
    const beforePath = url.split(/[/?#]/, 1)[0] ?? "";
    return !beforePath.includes(":");
  }
  return ALLOWED_SCHEMES.has(scheme);
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
md.validateLink = isAllowedLink;

const LINK_REL = "nofollow noopener noreferrer ugc";

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx];
  if (token) {
    token.attrSet("rel", LINK_REL);
  }
  return self.renderToken(tokens, idx, options);
};

// Author headings sit under the page's own h1 and a section's h2, so they start at h3; and they keep
// the page's heading order intact for screen-reader users whatever levels the author picked: the levels a
// text uses, in order, become h3, h4, … (at most h6), and no heading is more than one level below the one
// before it. "## What it does" alone is an h3; "#" then "###" become h3 then h4, not h3 then h5.
const FIRST_LEVEL = 3;

/** Renumbers the heading tokens of one text in place (see above). */
function sequentialHeadings(tokens: Token[]): void {
  const levels = [
    ...new Set(tokens.filter((t) => t.type === "heading_open").map((t) => Number(t.tag.slice(1)))),
  ].sort((a, b) => a - b);
  const rank = new Map(levels.map((level, index) => [level, index]));
  // Never deeper than one below the heading before it (an h3 is followed by at most an h4).
  let previous = FIRST_LEVEL - 1;
  for (const token of tokens) {
    if (token.type === "heading_open") {
      const ranked = FIRST_LEVEL + (rank.get(Number(token.tag.slice(1))) ?? 0);
      previous = Math.min(6, ranked, previous + 1);
      token.tag = `h${previous}`;
    } else if (token.type === "heading_close") {
      token.tag = `h${previous}`;
    }
  }
}

// A wide table scrolls inside its own box on a phone instead of widening the page. The box can take
// keyboard focus (so it can be scrolled without a mouse) and is named for screen readers.
md.renderer.rules.table_open = () =>
  '<div class="md-table" tabindex="0" role="region" aria-label="Table"><table>\n';
md.renderer.rules.table_close = () => "</table></div>\n";

/** HTML for the given Markdown; safe to insert into a page without further sanitising. */
export function renderMarkdown(source: string): string {
  const env = {};
  const tokens = md.parse(source, env);
  sequentialHeadings(tokens);
  return md.renderer.render(tokens, md.options, env);
}
