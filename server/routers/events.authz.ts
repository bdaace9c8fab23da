// Who may call each events (and dev) procedure. Run by events.authz.int.test.ts; coverage.int.test.ts
// checks that every procedure in the router has an entry here or in another <router>.authz.ts.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { callerFor } from "../test/callers.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { tinyPngBase64 } from "../test/submission-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface EventsWorld extends AuthWorld {
  event: { id: string; slug: string };
  draft: { id: string; slug: string };
  admin: SessionUser;
  organiser: SessionUser;
  judge: SessionUser;
  stranger: SessionUser;
  /** The organiser of another event. */
  other: SessionUser;
  db: Db;
}

/** An event's details as the form sends them, with `slug` (the authorization tables' events). */
export const details = (slug: string) => ({
  name: "Renamed event",
  slug,
  description: "",
  timeZone: "Europe/London",
  registrationOpensAt: "2026-11-01T09:00",
  registrationClosesAt: "2026-12-01T09:00",
  startsAt: "2026-12-02T09:00",
  submissionDeadline: "2026-12-04T17:00",
  judgingClosesAt: "2026-12-05T17:00",
  resultsAt: "2026-12-06T12:00",
  teamMinSize: 1,
  teamMaxSize: 5,
  minimumAge: null,
});

// Organiser-only procedures: a judge of the same event is the wrong role (403); the organiser of
// another event sees 403 on a published event; drafts are 404 to everyone but their organisers.
const organiserOnly = restrictedTo<EventsWorld>(
  (w) => w.organiser,
  (w) => w.judge,
);

export const eventsAuthorization: AuthCases<EventsWorld> = {
  // Open to everyone outside production (events.int.test.ts checks it is absent in production).
  "dev.outbox": {
    right: (w) => w.stranger,
    wrong: null,
    call: (c) => c.dev.outbox({}),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
  "dev.refreshPublicPages": {
    right: (w) => w.stranger,
    wrong: null,
    call: (c) => c.dev.refreshPublicPages(),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
  "dev.sendPrompts": {
    right: (w) => w.stranger,
    wrong: null,
    // A moment when no event of the test database is near a prompt: it sends nothing.
    call: (c) => c.dev.sendPrompts({ at: "2020-01-01T12:00:00.000Z" }),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
  "events.list": {
    right: (w) => w.stranger,
    wrong: null,
    call: (c) => c.events.list(),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
  "events.bySlug": {
    right: (w) => w.organiser,
    wrong: (w) => w.stranger,
    call: (c, w) => c.events.bySlug({ slug: w.draft.slug }),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "NOT_FOUND", other: "NOT_FOUND" },
  },
  // Public like the event page: a draft's viewer panel is as hidden as the draft.
  "events.viewer": {
    right: (w) => w.organiser,
    wrong: (w) => w.stranger,
    call: (c, w) => c.events.viewer({ slug: w.draft.slug }),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "NOT_FOUND", other: "NOT_FOUND" },
  },
  "events.codeOfConduct": {
    right: (w) => w.organiser,
    wrong: (w) => w.stranger,
    call: (c, w) => c.events.codeOfConduct({ slug: w.draft.slug }),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "NOT_FOUND", other: "NOT_FOUND" },
  },
  // Public like the event page: a draft's calendar is as hidden as the draft.
  "events.calendar": {
    right: (w) => w.organiser,
    wrong: (w) => w.stranger,
    call: (c, w) => c.events.calendar({ slug: w.draft.slug }),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "NOT_FOUND", other: "NOT_FOUND" },
  },
  // Public like the event page: a draft's cover is as hidden as the draft.
  "events.cover": {
    right: (w) => w.organiser,
    wrong: (w) => w.stranger,
    call: (c, w) => c.events.cover({ slug: w.draft.slug }),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "NOT_FOUND", other: "NOT_FOUND" },
  },
  "events.managed": {
    right: (w) => w.organiser,
    wrong: (w) => w.stranger,
    call: (c) => c.events.managed(),
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" },
  },
  // Only ever the caller's own centres (registrations.int.test.ts checks whose).
  "events.ledCentres": {
    right: (w) => w.organiser,
    wrong: (w) => w.stranger,
    call: (c) => c.events.ledCentres(),
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" },
  },
  "events.byIdForManagement": organiserOnly((c, w) => c.events.byIdForManagement({ eventId: w.event.id })),
  "events.create": {
    right: (w) => w.admin,
    wrong: (w) => w.organiser,
    call: (c) =>
      c.events.create({
        ...details(`new-${Math.random().toString(36).slice(2, 8)}`),
        organiserEmail: "new.organiser@example.test",
      }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "events.update": organiserOnly((c, w) =>
    c.events.update({ eventId: w.event.id, details: details(w.event.slug) }),
  ),
  "events.publish": {
    right: (w) => w.organiser,
    wrong: (w) => w.judge,
    call: (c, w) => c.events.publish({ eventId: w.draft.id, confirmNoCentres: true }),
    // The draft is invisible to the judge of the published event and to other organisers.
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "UNAUTHORIZED", other: "NOT_FOUND" },
  },
  "events.archive": organiserOnly((c, w) => c.events.archive({ eventId: w.event.id })),
  // Unarchiving a published event is a no-op, so the case can run against the shared world.
  "events.unarchive": organiserOnly((c, w) => c.events.unarchive({ eventId: w.event.id })),
  "events.setCover": organiserOnly((c, w) =>
    c.events.setCover({ eventId: w.event.id, dataBase64: tinyPngBase64, alt: "A hall full of coders" }),
  ),
  "events.removeCover": organiserOnly((c, w) => c.events.removeCover({ eventId: w.event.id })),
  "events.grantRole": organiserOnly((c, w) =>
    c.events.grantRole({ eventId: w.event.id, email: "mentor@example.test", role: "MENTOR" }),
  ),
  "events.revokeRole": organiserOnly(async (c, w) => {
    // Revoke the judge role of a fresh user so the case can run repeatedly.
    const roles = await callerFor(w.db, w.organiser, now).events.byIdForManagement({ eventId: w.event.id });
    const mentor = roles.roles.find((r) => r.role === "MENTOR");
    const roleId = mentor?.id ?? "missing";
    return c.events.revokeRole({ eventId: w.event.id, roleId });
  }),
};

export async function eventsWorld(db: Db): Promise<EventsWorld> {
  const [admin, organiser, judge, other, stranger] = await Promise.all([
    makeUser(db, { admin: true }),
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
  ]);
  const event = await makeEvent(db, {
    now,
    status: "PUBLISHED",
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  const draft = await makeEvent(db, {
    now,
    status: "DRAFT",
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "MENTOR" },
    ],
  });
  await makeEvent(db, {
    now,
    status: "PUBLISHED",
    roles: [{ userId: other.id, role: "ORGANISER" }],
  });
  // A cover for events.cover to find.
  await db.event.update({
    where: { id: draft.id },
    data: {
      coverImageKey: `covers/${draft.id}/authz`,
      coverImageContentType: "image/png",
      coverImageAlt: "Cover",
    },
  });
  // A mentor role for revokeRole to remove.
  await db.eventRole.create({ data: { eventId: event.id, userId: stranger.id, role: "MENTOR" } });
  return { db, event, draft, admin, organiser, judge, other, stranger };
}
