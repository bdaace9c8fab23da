import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAllowedLink, renderMarkdown } from "./render.ts";

/** Every start tag in the output, with its attributes. */
function tags(html: string): { name: string; attrs: Record<string, string> }[] {
  const found: { name: string; attrs: Record<string, string> }[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    const attrs: Record<string, string> = {};
    for (const attr of (tag[2] ?? "").matchAll(/([^\s=/]+)(?:\s*=\s*"([^"]*)")?/g)) {
      attrs[(attr[1] ?? "").toLowerCase()] = attr[2] ?? "";
    }
    found.push({ name: (tag[1] ?? "").toLowerCase(), attrs });
  }
  return found;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");
}

function expectSafe(html: string): void {
  const all = tags(html);
  const names = all.map((t) => t.name);
  for (const forbidden of ["script", "iframe", "object", "embed", "style", "svg", "math", "form", "base"]) {
    expect(names).not.toContain(forbidden);
  }
  for (const tag of all) {
    for (const [name, value] of Object.entries(tag.attrs)) {
      expect(name.startsWith("on"), `event handler ${name} in ${html}`).toBe(false);
      expect(name).not.toBe("style");
      if (name === "href" || name === "src") {
        const target = decodeURIComponent(decodeEntities(value))
          // eslint-disable-next-line no-control-regex
          .replace(/[\u0000-\u0020]/g, "")
          .toLowerCase();
        expect(target).not.toMatch(/^(javascript|vbscript|data|file):/);
      }
    }
  }
}

const hostile: [string, string][] = [
  ["script tag", "<script>alert(1)</script>"],
  ["script tag in a paragraph", "Hello <script src=https://evil.test/x.js></script> world"],
  ["img onerror", '<img src=x onerror="alert(1)">'],
  ["svg onload", "<svg onload=alert(1)>"],
  ["iframe", '<iframe src="javascript:alert(1)"></iframe>'],
  ["javascript link", "[click](javascript:alert(1))"],
  ["JavaScript link in mixed case", "[click](JaVaScRiPt:alert(1))"],
  ["javascript link with entity-encoded letters", "[click](&#106;avascript:alert(1))"],
  ["javascript link with hex entities", "[click](&#x6A;&#x61;vascript:alert(1))"],
  ["javascript link with a named-entity colon", "[click](javascript&colon;alert(1))"],
  ["javascript link with a percent-encoded scheme", "[click](%6Aavascript:alert(1))"],
  ["javascript link with a tab in the scheme", "[click](<java\tscript:alert(1)>)"],
  ["javascript link with an encoded newline", "[click](java%0ascript:alert(1))"],
  ["javascript link with leading spaces in brackets", "[click](<  javascript:alert(1)>)"],
  ["javascript reference link", "[click][x]\n\n[x]: javascript:alert(1)"],
  ["javascript autolink", "<javascript:alert(1)>"],
  ["vbscript link", "[click](vbscript:msgbox(1))"],
  ["data: html link", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["data: html autolink", "<data:text/html,<script>alert(1)</script>>"],
  ["data: image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
  ["file: link", "[click](file:///etc/passwd)"],
  ["javascript image", "![x](javascript:alert(1))"],
  ["attribute breakout in a title", '[click](https://example.test "a\\" onmouseover=\\"alert(1)")'],
  ["attribute breakout in a URL", '[click](https://example.test/"onmouseover="alert(1))'],
  ["html entity for <", "&lt;script&gt;alert(1)&lt;/script&gt;"],
  ["numeric entity for <", "&#60;script&#62;alert(1)&#60;/script&#62;"],
  ["linkified javascript text", "see javascript:alert(1) now"],
  ["html comment", "<!-- <script>alert(1)</script> -->"],
  ["style tag", "<style>body{display:none}</style>"],
  ["inline html in a list", '- <a href="javascript:alert(1)" onclick=alert(1)>x</a>'],
];

describe("renderMarkdown with hostile input", () => {
  it.each(hostile)("%s", (_name, source) => {
    expectSafe(renderMarkdown(source));
  });

  it("escapes raw HTML instead of passing it through", () => {
    expect(renderMarkdown("<script>alert(1)</script>")).toContain("&lt;script&gt;");
  });

  it("does not turn a refused link into an anchor", () => {
    expect(renderMarkdown("[click](javascript:alert(1))")).not.toContain("<a");
    expect(renderMarkdown("<javascript:alert(1)>")).not.toContain("<a");
  });
});

describe("renderMarkdown with ordinary input", () => {
  it("renders headings, emphasis and lists", () => {
    const html = renderMarkdown("## Data\n\n*Open* data:\n\n- buses\n- trams");
    // Headings start at h3, under the page's h1 and a section's h2, and never skip a level.
    expect(html).toContain("<h3>Data</h3>");
    expect(renderMarkdown("# A\n\n###### B")).toBe("<h3>A</h3>\n<h4>B</h4>\n");
    expect(renderMarkdown("## A\n\n#### B\n\n## C\n\n### D")).toBe(
      "<h3>A</h3>\n<h4>B</h4>\n<h3>C</h3>\n<h4>D</h4>\n",
    );
    expect(renderMarkdown("# 1\n## 2\n### 3\n#### 4\n##### 5\n###### 6")).toContain("<h6>4</h6>\n<h6>5</h6>");
    // A heading text starting deep still starts at h3.
    expect(renderMarkdown("#### Deep")).toBe("<h3>Deep</h3>\n");
    expect(html).toContain("<em>Open</em>");
    expect(html).toContain("<li>buses</li>");
  });

  it.each([
    ["https link", "[API](https://api.example.test/v1)", "https://api.example.test/v1"],
    ["http link", "[API](http://example.test)", "http://example.test"],
    ["mailto link", "[us](mailto:data@example.test)", "mailto:data@example.test"],
    ["relative link", "[rules](/events/leeds/rules)", "/events/leeds/rules"],
    ["fragment", "[below](#data)", "#data"],
    ["linkified URL", "see https://data.example.test/buses", "https://data.example.test/buses"],
    ["autolink", "<https://example.test/a>", "https://example.test/a"],
  ])("keeps a %s, with rel on it", (_name, source, href) => {
    const html = renderMarkdown(source);
    expect(html).toContain(`href="${href}"`);
    expect(html).toContain('rel="nofollow noopener noreferrer ugc"');
  });

  it("keeps https images", () => {
    expect(renderMarkdown("![map](https://example.test/map.png)")).toContain(
      '<img src="https://example.test/map.png" alt="map">',
    );
  });
});

describe("isAllowedLink", () => {
  it.each([
    ["https://example.test", true],
    ["HTTP://EXAMPLE.TEST", true],
    ["mailto:a@example.test", true],
    ["/relative/path", true],
    ["relative/path?x=a:b", true],
    ["#top", true],
    ["//example.test/x", true],
    ["javascript:alert(1)", false],
    [" JAVASCRIPT:alert(1)", false],
    ["%20javascript:alert(1)", false],
    ["java%09script:alert(1)", false],
    ["data:text/html,hi", false],
    ["data:image/png;base64,AAAA", false],
    ["vbscript:x", false],
    ["file:///etc/passwd", false],
    ["ftp://example.test", false],
    ["weird:thing", false],
    ["%E0%A4%A", true],
  ])("%s → %s", (url, allowed) => {
    expect(isAllowedLink(url)).toBe(allowed);
  });
});

describe("tables", () => {
  it("wraps a table in a box of its own that scrolls on narrow screens and can take keyboard focus", () => {
    const html = renderMarkdown("| Stop | Buses |\n| --- | --- |\n| Briggate | 12 |\n");
    expect(html).toContain('<div class="md-table" tabindex="0" role="region" aria-label="Table"><table>');
    expect(html).toContain("<th>Stop</th>");
    expect(html).toContain("<td>Briggate</td>");
    expect(html.trim().endsWith("</table></div>")).toBe(true);
  });

  it("still escapes HTML inside table cells", () => {
    const html = renderMarkdown('| a |\n| --- |\n| <img src=x onerror="alert(1)"> |\n');
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
  });
});

describe("headings in rendered Markdown", () => {
  it("start at h3 and never go more than one level below the heading before them, whatever the author wrote", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 }), (levels) => {
        const html = renderMarkdown(
          levels.map((level, i) => `${"#".repeat(level)} Heading ${i}`).join("\n\n"),
        );
        const rendered = [...html.matchAll(/<h(\d)>/g)].map((m) => Number(m[1]));
        expect(rendered).toHaveLength(levels.length);
        expect(rendered[0]).toBe(3);
        rendered.forEach((level, i) => {
          expect(level).toBeGreaterThanOrEqual(3);
          expect(level).toBeLessThanOrEqual(Math.min(6, (rendered[i - 1] ?? 2) + 1));
        });
      }),
    );
  });
});
