// Every mutation decides whether it changes the public, cached pages: a new one without a decision fails.
import { describe, expect, it } from "vitest";
import { appRouter } from "../routers/_app.ts";
import { apiRouter } from "../routers/api.ts";
import { MUTATION_EFFECTS, changesPublicPages, eventKeyOf, pageScopeFor } from "./public-pages.ts";

// The app's procedures and the HTTP API's (whose paths must not repeat the app's).
const procedures = {
  ...(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>),
  ...(apiRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>),
};
const mutations = Object.entries(procedures)
  .filter(([, procedure]) => procedure._def.type === "mutation")
  .map(([path]) => path)
  .sort();

describe("which mutations change public pages", () => {
  it("gives the HTTP API's procedures paths of their own", () => {
    const app = Object.keys(appRouter._def.procedures);
    expect(Object.keys(apiRouter._def.procedures).filter((path) => app.includes(path))).toEqual([]);
  });

  it("lists every mutation, and nothing that is not one", () => {
    expect(Object.keys(MUTATION_EFFECTS).sort()).toEqual(mutations);
  });

  it("answers from the table, and no for anything unknown", () => {
    expect(changesPublicPages("events.publish")).toBe(true);
    expect(changesPublicPages("judging.saveScore")).toBe(false);
    expect(changesPublicPages("events.bySlug")).toBe(false);
    expect(changesPublicPages("no.such")).toBe(false);
  });

  it("refreshes one event's pages when it knows the event, and everything otherwise", () => {
    expect(pageScopeFor("announcements.create", "spring")).toEqual({ kind: "event", slug: "spring" });
    expect(pageScopeFor("announcements.create", null)).toEqual({ kind: "everything" });
    expect(pageScopeFor("users.updateProfile", "spring")).toEqual({ kind: "everything" });
    expect(pageScopeFor("events.update", "spring")).toEqual({ kind: "everything" });
    expect(pageScopeFor("judging.saveScore", "spring")).toBeNull();
    expect(pageScopeFor("no.such", "spring")).toBeNull();
  });

  it("finds the event in an input by its eventId, else its roundId", () => {
    expect(eventKeyOf({ eventId: "e1", roundId: "r1" })).toEqual({ eventId: "e1" });
    expect(eventKeyOf({ roundId: "r1" })).toEqual({ roundId: "r1" });
    for (const input of [undefined, null, "e1", 7, [], {}, { eventId: 7 }, { eventId: "" }, { slug: "s" }])
      expect(eventKeyOf(input)).toBeNull();
  });
});
