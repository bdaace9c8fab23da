import { renderMarkdown } from "~/server/markdown/render";

/**
 * Long text people write (challenge statements, project descriptions, event descriptions,
 * announcements, success criteria, organisation descriptions), rendered on the server by the one
 * Markdown renderer and shown in the one typography style (`.prose-text` in app/globals.css).
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  // Safe to insert: renderMarkdown escapes all raw HTML (markdown-it with html: false) and refuses every
  // link and image target that is not http:, https:, mailto: or relative (server/markdown/render.test.ts).
  // Nothing else may be passed here.
  const html = renderMarkdown(source);
  return (
    <div
      className={`prose-text ${className ?? ""}`}
      data-markdown=""
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
