import { describe, expect, it } from "vitest";
import { bootstrapTopK } from "./bootstrap.ts";
import { connectivitySvg, coverageSvg, escapeXml, leniencySvg, stabilitySvg } from "./diagnostics-svg.ts";
import { computeResults, type ResultsInput } from "./model.ts";

const nasty = `<script>alert("x")</script> & 'co'`;
const input: ResultsInput = {
  scale: [1, 5],
  scores: [
    { entry: nasty, judge: "J1", value: 5 },
    { entry: nasty, judge: "J2", value: 4 },
    { entry: "B", judge: "J1", value: 3 },
    { entry: "B", judge: "J2", value: 2 },
    { entry: "C", judge: "J2", value: 1 },
    { entry: "D", judge: "J3", value: 2 },
  ],
};
const results = computeResults(input);
const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

function expectAccessible(svg: string) {
  expect(svg).toMatch(/^<svg [^>]*role="img"/);
  expect(svg).toMatch(/aria-labelledby="judging-chart-title judging-chart-desc"/);
  expect(count(svg, /<title id="judging-chart-title">[^<]+<\/title>/g)).toBe(1);
  expect(count(svg, /<desc id="judging-chart-desc">[^<]+<\/desc>/g)).toBe(1);
  expect(count(svg, /<text /g)).toBe(count(svg, /<\/text>/g));
  expect(svg).not.toContain("<script");
  expect(svg).not.toContain("NaN");
  for (const tag of svg.match(/<[a-z]+ [^>]*>/g) ?? []) {
    const names = [...tag.matchAll(/ ([a-z-]+)="/g)].map((m) => m[1]);
    expect(new Set(names).size, tag).toBe(names.length);
  }
}

describe("diagnostic SVGs", () => {
  it("escapes text", () => {
    expect(escapeXml(nasty)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;");
  });

  it("coverage: one bar per judge count from 0 to max(k, most), short counts marked", () => {
    const svg = coverageSvg(results, 3);
    expectAccessible(svg);
    expect(count(svg, /class="bar"/g)).toBe(4);
    expect(count(svg, /class="bar"[^>]*fill="#D55E00"/g)).toBe(3);
    expect(svg).toContain("4 entries; the target is 3 judges each; 4 have fewer.");
  });

  it("leniency: a dot per score, a mean tick per judge, escaped names", () => {
    const svg = leniencySvg(results, {
      ...input,
      scores: input.scores.map((s) => ({ ...s, judge: s.judge === "J3" ? "<J3>" : s.judge })),
    });
    expectAccessible(svg);
    expect(count(svg, /class="score"/g)).toBe(6);
    expect(count(svg, /class="mean"/g)).toBe(3);
    expect(svg).toContain("&lt;J3&gt;");
  });

  it("connectivity: a bar per component, and the reason in the description", () => {
    const svg = connectivitySvg(results, { id: "c<1>" });
    expect(svg).toContain('aria-labelledby="c&lt;1&gt;-title c&lt;1&gt;-desc"');
    expect(results.components).toBe(2);
    expect(count(svg, /class="bar"/g)).toBe(2);
    expect(svg).toContain("Judge–entry graph: 2 separate groups");
    expect(svg).toContain("3 entries, 2 judges");
  });

  it("stability: a bar per entry, at most the limit, with escaped entry names", () => {
    const boot = bootstrapTopK(input, { k: 1, resamples: 20, seed: "s" });
    const svg = stabilitySvg(boot);
    expectAccessible(svg);
    expect(count(svg, /class="bar"/g)).toBe(4);
    expect(svg).toContain("&lt;script&gt;");
    expect(count(stabilitySvg(boot, { limit: 2 }), /class="bar"/g)).toBe(2);
  });
});
