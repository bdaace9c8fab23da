import { renderMarkdown } from "~/server/markdown/render";

/** Markdown written by sponsors or participants, rendered on the server. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  // Safe to insert: renderMarkdown escapes all raw HTML (markdown-it with html: false) and refuses every
  // link and image target that is not http:, https:, mailto: or relative (server/markdown/render.test.ts).
  // Nothing else may be passed here.
  const html = renderMarkdown(source);
  return (
    <div
      className={`space-y-3 [&_a]:text-brand-700 [&_a]:underline [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:font-semibold [&_h5]:font-semibold [&_h6]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_pre]:overflow-x-auto [&_ul]:list-disc [&_ul]:pl-6 ${className ?? ""}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
