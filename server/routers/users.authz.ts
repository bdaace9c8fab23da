// Who may call the users procedures: anyone signed in, and only ever about themselves (there is no
// user id in the input to get wrong). Run by users.authz.int.test.ts.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { anySignedIn, type AuthCases, type AuthWorld } from "../test/authorization.ts";
import { makeUser } from "../test/factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface UsersWorld extends AuthWorld {
  me: SessionUser;
  other: SessionUser;
}

export async function usersWorld(db: Db): Promise<UsersWorld> {
  const [me, other] = await Promise.all([makeUser(db), makeUser(db)]);
  return { me, other };
}

const signedIn = anySignedIn<UsersWorld>((w) => w.me);

export const usersAuthorization: AuthCases<UsersWorld> = {
  "users.me": signedIn((c) => c.users.me()),
  "users.home": signedIn((c) => c.users.home()),
  "users.nav": signedIn((c) => c.users.nav()),
  // Anyone: signed out it answers null, signed in only ever about the caller.
  "users.header": {
    right: (w) => w.me,
    wrong: null,
    call: (c) => c.users.header(),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
  "users.updateProfile": signedIn((c) => c.users.updateProfile({ name: "Ada Lovelace", alias: "" })),
  "users.emailPreferences": signedIn((c) => c.users.emailPreferences()),
  "users.myData": signedIn((c) => c.users.myData()),
  // Only ever the caller's own account: someone else who types my address is refused (it isn't theirs).
  "users.deleteAccount": {
    right: (w) => w.me,
    wrong: null,
    call: (c, w) => c.users.deleteAccount({ confirmEmail: w.me.email }),
    expect: { right: "ok", wrong: "BAD_REQUEST", signedOut: "UNAUTHORIZED", other: "BAD_REQUEST" },
  },
  "users.updateEmailPreferences": signedIn((c) =>
    c.users.updateEmailPreferences({ turnedOff: ["ANNOUNCEMENTS"] }),
  ),
};
