/** The hint under every field whose text is shown through <Markdown> (one wording everywhere). */
export const MARKDOWN_HINT =
  "You can use Markdown: **bold**, *italics*, lists, links (http, https or mailto) and tables. HTML is shown as text.";
