import { describe, expect, it } from "vitest";
import { deletionBlockers, deletionBlockerText, isTombstoneEmail, tombstoneEmail } from "./rules.ts";

const none = { soleOwnerOf: [], soleOrganiserOf: [], isPlatformAdmin: false, otherPlatformAdmins: 0 };

describe("tombstoneEmail", () => {
  it("is lower-case, unique per account and under .invalid", () => {
    expect(tombstoneEmail("ckABC123")).toBe("deleted-ckabc123@deleted.invalid");
    expect(tombstoneEmail("a")).not.toBe(tombstoneEmail("b"));
    expect(isTombstoneEmail(tombstoneEmail("x"))).toBe(true);
    expect(isTombstoneEmail("ada@example.org")).toBe(false);
  });
});

describe("deletionBlockers", () => {
  it("lets someone with no responsibilities go", () => {
    expect(deletionBlockers(none)).toEqual([]);
  });
  it.each([
    [
      "sole owner of an organisation with other members",
      { soleOwnerOf: [{ name: "Acme", otherMembers: 1 }] },
      ["SOLE_OWNER"],
    ],
    ["sole owner and only member", { soleOwnerOf: [{ name: "Acme", otherMembers: 0 }] }, []],
    [
      "sole organiser of a live event",
      { soleOrganiserOf: [{ name: "Hack", archived: false, ended: false }] },
      ["SOLE_ORGANISER"],
    ],
    [
      "sole organiser of an ended event",
      { soleOrganiserOf: [{ name: "Hack", archived: false, ended: true }] },
      [],
    ],
    [
      "sole organiser of an archived event",
      { soleOrganiserOf: [{ name: "Hack", archived: true, ended: false }] },
      [],
    ],
    ["the only platform administrator", { isPlatformAdmin: true, otherPlatformAdmins: 0 }, ["LAST_ADMIN"]],
    ["one of two platform administrators", { isPlatformAdmin: true, otherPlatformAdmins: 1 }, []],
  ] as const)("%s", (_name, facts, kinds) => {
    expect(deletionBlockers({ ...none, ...facts }).map((b) => b.kind)).toEqual(kinds);
  });
  it("lists every blocker, each with what to do", () => {
    const blockers = deletionBlockers({
      soleOwnerOf: [{ name: "Acme", otherMembers: 2 }],
      soleOrganiserOf: [{ name: "Hack Day", archived: false, ended: false }],
      isPlatformAdmin: true,
      otherPlatformAdmins: 0,
    });
    expect(blockers.map(deletionBlockerText)).toEqual([
      "You're the only owner of Acme: make another member an owner first",
      "You're the only organiser of Hack Day: add another organiser first",
      "You're the only platform administrator: make someone else one first",
    ]);
  });
});

describe("a guardian who keeps children's profiles", () => {
  const none = { soleOwnerOf: [], soleOrganiserOf: [], isPlatformAdmin: false, otherPlatformAdmins: 0 };
  it("removes them before deleting their own account", () => {
    expect(deletionBlockers({ ...none, keepsProfilesOf: [] })).toEqual([]);
    const [one] = deletionBlockers({ ...none, keepsProfilesOf: ["Mia"] });
    expect(one && deletionBlockerText(one)).toBe("You keep a child's profile (Mia): remove it first");
    const [two] = deletionBlockers({ ...none, keepsProfilesOf: ["Mia", "Leo"] });
    expect(two && deletionBlockerText(two)).toBe(
      "You keep children's profiles (Mia, Leo): remove them first",
    );
  });
});
