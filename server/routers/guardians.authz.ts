// Who may call the guardians procedures: anyone signed in, only ever about the profiles they keep
// themselves. Run by guardians.authz.int.test.ts.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { anySignedIn, type AuthCases, type AuthWorld } from "../test/authorization.ts";
import { makeManagedChild, makeUser } from "../test/factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface GuardiansWorld extends AuthWorld {
  /** Keeps `childId`'s profile. */
  guardian: SessionUser;
  childId: string;
  /** Keeps a profile of their own, not `childId`'s. */
  otherGuardian: SessionUser;
  /** The guardian acting for `childId`: a profile keeps no profiles. */
  actingChild: SessionUser;
}

export async function guardiansWorld(db: Db): Promise<GuardiansWorld> {
  const [guardian, otherGuardian, other] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const child = await makeManagedChild(db, guardian);
  await makeManagedChild(db, otherGuardian);
  return { guardian, childId: child.id, otherGuardian, other, actingChild: child };
}

const signedIn = anySignedIn<GuardiansWorld>((w) => w.guardian);

export const guardiansAuthorization: AuthCases<GuardiansWorld> = {
  "guardians.children": signedIn((c) => c.guardians.children()),
  // Anyone signed in keeps profiles of their own; a child's profile (acting) keeps none.
  "guardians.addChild": {
    right: (w) => w.guardian,
    wrong: (w) => w.actingChild,
    call: (c) => c.guardians.addChild({ name: "Mia", alias: "Pixel" }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "ok" },
  },
  // Only the guardian who keeps it: another guardian, or anyone else, finds no such profile.
  "guardians.removeChild": {
    right: (w) => w.guardian,
    wrong: (w) => w.otherGuardian,
    call: (c, w) => c.guardians.removeChild({ childId: w.childId }),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "UNAUTHORIZED", other: "NOT_FOUND" },
  },
};
