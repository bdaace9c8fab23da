// Every mutation decides whether it changes the public, cached pages: a new one without a decision fails.
import { describe, expect, it } from "vitest";
import { appRouter } from "../routers/_app.ts";
import { MUTATION_EFFECTS, changesPublicPages } from "./public-pages.ts";

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
const mutations = Object.entries(procedures)
  .filter(([, procedure]) => procedure._def.type === "mutation")
  .map(([path]) => path)
  .sort();

describe("which mutations change public pages", () => {
  it("lists every mutation, and nothing that is not one", () => {
    expect(Object.keys(MUTATION_EFFECTS).sort()).toEqual(mutations);
  });

  it("answers from the table, and no for anything unknown", () => {
    expect(changesPublicPages("events.publish")).toBe(true);
    expect(changesPublicPages("judging.saveScore")).toBe(false);
    expect(changesPublicPages("events.bySlug")).toBe(false);
    expect(changesPublicPages("no.such")).toBe(false);
  });
});
