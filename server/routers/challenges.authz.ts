// Who may call each challenges procedure. Run by challenges.authz.int.test.ts; coverage.test.ts checks
// that every procedure in the router has an entry here or in another <router>.authz.ts.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, openToAll, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

type Ref = { id: string; slug: string };

export interface ChallengesWorld extends AuthWorld {
  event: Ref;
  organisation: Ref;
  draft: Ref;
  submitted: Ref;
  approved: Ref;
  published: Ref;
  organiser: SessionUser;
  judge: SessionUser;
  member: SessionUser;
  /** Owner of another organisation and organiser of another event. */
  other: SessionUser;
}

export const details = {
  title: "Buses on time",
  summary: "Predict late buses from open data.",
  problemStatement: "Buses in West Yorkshire are often late; help riders plan their journeys.",
  sector: "Transport",
  resources: [{ name: "Bus API", url: "https://api.example.test" }],
  successCriteria: "A working prototype.",
  prize: "£500",
};

const anyone = openToAll<ChallengesWorld>((w) => w.member);

// The owning organisation's members: the event's organiser is not one of them (403), nor is the
// member of another organisation.
const sponsorOnly = restrictedTo<ChallengesWorld>(
  (w) => w.member,
  (w) => w.organiser,
);

// The event's organisers: a judge of the same event is the wrong role, the organiser of another event
// and the sponsor's own members get 403.
const organiserOnly = restrictedTo<ChallengesWorld>(
  (w) => w.organiser,
  (w) => w.judge,
);

export const challengesAuthorization: AuthCases<ChallengesWorld> = {
  "challenges.listPublished": anyone((c, w) => c.challenges.listPublished({ slug: w.event.slug })),
  "challenges.bySlug": anyone((c, w) =>
    c.challenges.bySlug({ slug: w.event.slug, challengeSlug: w.published.slug }),
  ),
  "challenges.listForOrganisation": sponsorOnly((c, w) =>
    c.challenges.listForOrganisation({ organisationId: w.organisation.id }),
  ),
  "challenges.byIdForOrganisation": sponsorOnly((c, w) =>
    c.challenges.byIdForOrganisation({ organisationId: w.organisation.id, challengeId: w.draft.id }),
  ),
  "challenges.create": sponsorOnly((c, w) =>
    c.challenges.create({ organisationId: w.organisation.id, eventId: w.event.id, details }),
  ),
  "challenges.update": sponsorOnly((c, w) =>
    c.challenges.update({ organisationId: w.organisation.id, challengeId: w.draft.id, details }),
  ),
  "challenges.submit": sponsorOnly((c, w) =>
    c.challenges.submit({ organisationId: w.organisation.id, challengeId: w.draft.id }),
  ),
  "challenges.listForReview": organiserOnly((c, w) => c.challenges.listForReview({ eventId: w.event.id })),
  "challenges.approve": organiserOnly((c, w) =>
    c.challenges.approve({ eventId: w.event.id, challengeId: w.submitted.id }),
  ),
  "challenges.requestChanges": organiserOnly((c, w) =>
    c.challenges.requestChanges({ eventId: w.event.id, challengeId: w.submitted.id, comment: "Add data." }),
  ),
  "challenges.publish": organiserOnly((c, w) =>
    c.challenges.publish({ eventId: w.event.id, challengeId: w.approved.id }),
  ),
};

export async function challengesWorld(db: Db): Promise<ChallengesWorld> {
  const [organiser, judge, member, other] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
  ]);
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  const organisation = await makeOrganisation(db, { members: [{ userId: member.id, role: "MEMBER" }] });
  await makeOrganisation(db, { members: [{ userId: other.id, role: "OWNER" }] });
  const at = (status: "DRAFT" | "SUBMITTED" | "APPROVED" | "PUBLISHED") =>
    makeChallenge(db, { organisationId: organisation.id, eventId: event.id, status });
  const [draft, submitted, approved, published] = await Promise.all([
    at("DRAFT"),
    at("SUBMITTED"),
    at("APPROVED"),
    at("PUBLISHED"),
  ]);
  return { event, organisation, draft, submitted, approved, published, organiser, judge, member, other };
}
