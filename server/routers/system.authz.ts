// Who may call the system procedures (the load benchmark's baselines): ping is public, echo needs a
// session and is about nobody's data. Run by system.authz.int.test.ts; coverage.test.ts checks that every
// procedure has an entry.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import type { AuthCases, AuthWorld } from "../test/authorization.ts";
import { makeUser } from "../test/factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface SystemWorld extends AuthWorld {
  me: SessionUser;
  other: SessionUser;
}

export async function systemWorld(db: Db): Promise<SystemWorld> {
  const [me, other] = await Promise.all([makeUser(db), makeUser(db)]);
  return { me, other };
}

export const systemAuthorization: AuthCases<SystemWorld> = {
  "system.ping": {
    right: (w) => w.me,
    wrong: null,
    call: (c) => c.system.ping(),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
  "system.echo": {
    right: (w) => w.me,
    wrong: null,
    call: (c) => c.system.echo({ message: "hello", n: 1 }),
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" },
  },
};
