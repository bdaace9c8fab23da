// Who may call each venues procedure. Run by venues.authz.int.test.ts; coverage.test.ts checks that every
// procedure has an entry.
import { randomBytes } from "node:crypto";
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { hashVenueToken } from "../venues/queries.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");
const inAWeek = new Date(now.getTime() + 7 * 24 * 3_600_000);

export interface VenuesWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  /** The person invited (to `invitedId`, whose link is `token`); no role in the event. */
  lead: SessionUser;
  token: string;
  invitedId: string;
  /** An invitation whose details the lead has sent. */
  submittedId: string;
  /** The organiser of another event. */
  other: SessionUser;
}

export async function venuesWorld(db: Db): Promise<VenuesWorld> {
  const [organiser, lead, other] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const event = await makeEvent(db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  const token = randomBytes(32).toString("base64url");
  const base = { eventId: event.id, email: lead.email, invitedById: organiser.id, expiresAt: inAWeek };
  const invited = await db.venueInvitation.create({
    data: { ...base, venueName: "Hillside Library", tokenHash: hashVenueToken(token) },
    select: { id: true },
  });
  const submitted = await db.venueInvitation.create({
    data: {
      ...base,
      venueName: "Canal Street Makerspace",
      tokenHash: hashVenueToken(randomBytes(32).toString("base64url")),
      status: "SUBMITTED",
      name: "Canal Street Makerspace",
      capacity: 30,
      submittedById: lead.id,
      submittedAt: now,
    },
    select: { id: true },
  });
  return { event, organiser, lead, token, invitedId: invited.id, submittedId: submitted.id, other };
}

const organiserOnly = restrictedTo<VenuesWorld>(
  (w) => w.organiser,
  (w) => w.lead,
);

export const venuesAuthorization: AuthCases<VenuesWorld> = {
  "venues.invitations": organiserOnly((c, w) => c.venues.invitations({ eventId: w.event.id })),
  "venues.invite": organiserOnly((c, w) =>
    c.venues.invite({ eventId: w.event.id, email: "venue@example.test", venueName: "Bradford Makerspace" }),
  ),
  "venues.resend": organiserOnly((c, w) =>
    c.venues.resend({ eventId: w.event.id, invitationId: w.invitedId }),
  ),
  "venues.withdraw": organiserOnly((c, w) =>
    c.venues.withdraw({ eventId: w.event.id, invitationId: w.invitedId }),
  ),
  "venues.approve": organiserOnly((c, w) =>
    c.venues.approve({ eventId: w.event.id, invitationId: w.submittedId }),
  ),
  "venues.decline": organiserOnly((c, w) =>
    c.venues.decline({ eventId: w.event.id, invitationId: w.submittedId, reason: "We have enough centres." }),
  ),
  // Anyone signed in holding the link sees it; with another address, only the address it went to, masked.
  "venues.byToken": {
    right: (w) => w.lead,
    wrong: (w) => w.organiser,
    call: (c, w) => c.venues.byToken({ token: w.token }),
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" },
  },
  // Only the address invited answers.
  "venues.submit": {
    right: (w) => w.lead,
    wrong: (w) => w.organiser,
    call: (c, w) => c.venues.submit({ token: w.token, name: "Hillside Library", capacity: 25 }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
};
