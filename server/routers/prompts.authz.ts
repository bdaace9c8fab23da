// Who may call each prompts procedure. Run by prompts.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface PromptsWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  /** A mentor of the event: a role, but not the organiser's. */
  mentor: SessionUser;
  /** Organiser of another event. */
  other: SessionUser;
}

export async function promptsWorld(db: Db): Promise<PromptsWorld> {
  const [organiser, mentor, other] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: mentor.id, role: "MENTOR" },
    ],
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  return { event, organiser, mentor, other };
}

const organisers = restrictedTo<PromptsWorld>(
  (w) => w.organiser,
  (w) => w.mentor,
);

export const promptsAuthorization: AuthCases<PromptsWorld> = {
  "prompts.listForEvent": organisers((c, w) => c.prompts.listForEvent({ eventId: w.event.id })),
  "prompts.update": organisers((c, w) =>
    c.prompts.update({ eventId: w.event.id, kind: "NO_TEAM", enabled: false, message: null }),
  ),
};
