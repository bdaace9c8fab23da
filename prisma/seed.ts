/**
 * The demo seed: `npm run db:seed` (or `DATABASE_URL=… tsx --conditions=react-server prisma/seed.ts`;
 * it is also Prisma's `migrations.seed`). The content is in ./seed-data.ts.
 *
 * Idempotent: everything is upserted by its natural key (email, slug, centre name, an operator's session
 * by its title, …), so a second run gives exactly the same rows, with the dates moved to be relative to
 * the day it runs. It never deletes anything, so data that is not demo data is left alone (and so are
 * extra roles or registrations that someone added to the demo events). The young people's guardians are
 * emailed a consent link by the app's own command, once: a guardian whose link is still live gets no
 * other.
 */
import { newTokenSecret } from "../server/api-tokens/secret.ts";
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { blobStore, type BlobStore } from "../server/storage/blob-store.ts";
import { demoPng } from "./demo-images.ts";
import { createDb, type Db, type Tx } from "../server/db/create.ts";
import { requestGuardianConsentIfNone } from "../server/registrations/commands.ts";
import { seedJudging } from "./seed-judging.ts";
import { seedLiveDay } from "./seed-live.ts";
import {
  DATA_DRAGONS_CENTRE,
  DEMO_CENTRE_LEAD_EMAIL,
  DEMO_SPONSOR_EMAIL,
  demoData,
  FESTIVAL_SLUG,
  type DemoClubBooking,
  type DemoEvent,
  type DemoOrganisation,
  type DemoSession,
  type DemoUser,
} from "./seed-data.ts";

// Generous: PGlite and a pool of one connection make every statement a round trip.
const TRANSACTION_OPTIONS = { timeout: 60_000, maxWait: 30_000 } as const;

export interface SeedSummary {
  users: { email: string; purpose: string }[];
  events: { slug: string; name: string; centres: number; registrations: number }[];
  organisations: string[];
  /** The public directory (/directory): the approved operators' weekly sessions, and who is waiting. */
  directory: {
    operators: { name: string; published: number; drafts: number }[];
    /** Organisations that asked to be operators and wait for the platform admin. */
    waiting: string[];
  };
  /** The events that show judging: one being judged now, one with published results. */
  judgingEvents: { slug: string; name: string }[];
  /** The event that is on now, with people checked in at its centre. */
  liveEvent: { slug: string; name: string };
}

type UserIds = ReadonlyMap<string, string>;

function idOf(ids: UserIds, email: string): string {
  const id = ids.get(email);
  if (id === undefined) throw new Error(`Demo data refers to an unknown user ${email}`);
  return id;
}

async function upsertPeople(
  tx: Tx,
  users: readonly DemoUser[],
  organisations: readonly DemoOrganisation[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const u of users) {
    const managedById = u.managedByEmail ? idOf(ids, u.managedByEmail) : null;
    const fields = { name: u.name, alias: u.alias, isPlatformAdmin: u.isPlatformAdmin, managedById };
    const row = await tx.user.upsert({
      where: { email: u.email },
      create: { email: u.email, ...fields },
      update: fields,
      select: { id: true },
    });
    ids.set(u.email, row.id);
  }
  for (const o of organisations) {
    const fields = {
      name: o.name,
      kind: o.kind,
      website: o.website,
      description: o.description,
      operatorRequestedAt: o.operatorRequestedAt,
      operatorApprovedAt: o.operatorApprovedAt,
    };
    const org = await tx.organisation.upsert({
      where: { slug: o.slug },
      create: { slug: o.slug, ...fields },
      update: fields,
      select: { id: true },
    });
    for (const m of o.members) {
      const userId = idOf(ids, m.email);
      await tx.organisationMember.upsert({
        where: { organisationId_userId: { organisationId: org.id, userId } },
        create: { organisationId: org.id, userId, role: m.role },
        update: { role: m.role },
        select: { id: true },
      });
    }
  }
  return ids;
}

async function upsertEvent(tx: Tx, e: DemoEvent, ids: UserIds): Promise<void> {
  const fields = {
    name: e.name,
    description: e.description,
    timeZone: e.timeZone,
    status: e.status,
    publishedAt: e.publishedAt,
    registrationOpensAt: e.registrationOpensAt,
    registrationClosesAt: e.registrationClosesAt,
    startsAt: e.startsAt,
    submissionDeadline: e.submissionDeadline,
    judgingClosesAt: e.judgingClosesAt,
    resultsAt: e.resultsAt,
    teamMinSize: e.teamMinSize,
    teamMaxSize: e.teamMaxSize,
    minimumAge: e.minimumAge,
    consentAge: e.consentAge,
    sensitiveFields: e.sensitiveFields ?? [],
    contactEmail: e.contactEmail,
  };
  // One UPDATE of all six timestamps at once, so the timeline CHECK constraint sees the new order
  // whichever way the dates moved since the last run.
  const event = await tx.event.upsert({
    where: { slug: e.slug },
    create: { slug: e.slug, ...fields, createdById: idOf(ids, e.createdByEmail) },
    update: fields,
    select: { id: true },
  });

  const centreIds = new Map<string, string>();
  for (const c of e.centres) {
    const { name, ...centreFields } = c;
    const row = await tx.centre.upsert({
      where: { eventId_name: { eventId: event.id, name } },
      create: { eventId: event.id, name, ...centreFields },
      update: centreFields,
      select: { id: true },
    });
    centreIds.set(name, row.id);
  }
  const centreIdOf = (name: string | null): string | null => {
    if (name === null) return null;
    const id = centreIds.get(name);
    if (id === undefined) throw new Error(`Demo event ${e.slug} has no centre ${name}`);
    return id;
  };

  // Roles have nothing to update, and the event-wide ones (no centre) are unique only through a
  // partial index that an upsert cannot name: ON CONFLICT DO NOTHING covers both indexes.
  await tx.eventRole.createMany({
    data: e.roles.map((r) => ({
      eventId: event.id,
      userId: idOf(ids, r.email),
      role: r.role,
      centreId: centreIdOf(r.centreName),
      grantedById: idOf(ids, r.grantedByEmail),
    })),
    skipDuplicates: true,
  });

  for (const r of e.registrations) {
    const userId = idOf(ids, r.email);
    const fields = {
      centreId: centreIdOf(r.centreName),
      experience: r.experience,
      skills: r.skills,
      dateOfBirth: r.dateOfBirth,
      status: r.status,
      guardianEmail: r.guardianEmail,
      codeOfConductVersion: r.codeOfConductVersion,
      codeOfConductAt: r.codeOfConductAt,
      checkedInAt: null,
      withdrawnAt: null,
    };
    const registration = await tx.registration.upsert({
      where: { eventId_userId: { eventId: event.id, userId } },
      create: { eventId: event.id, userId, ...fields },
      update: fields,
      select: { id: true },
    });
    if (r.sensitive) {
      await tx.sensitiveInfo.upsert({
        where: { registrationId: registration.id },
        create: { registrationId: registration.id, ...r.sensitive },
        update: r.sensitive,
        select: { registrationId: true },
      });
    }
  }
}

/**
 * The operators' weekly sessions. A session has no natural key in the schema: the seed finds a demo
 * session by its organisation and title, updates it (its dates move with the day) or creates it.
 */
async function upsertSessions(tx: Tx, sessions: readonly DemoSession[]): Promise<void> {
  const organisationIds = new Map<string, string>();
  for (const s of sessions) {
    const { organisationSlug, title, ...fields } = s;
    let organisationId = organisationIds.get(organisationSlug);
    if (organisationId === undefined) {
      const org = await tx.organisation.findUniqueOrThrow({
        where: { slug: organisationSlug },
        select: { id: true },
      });
      organisationId = org.id;
      organisationIds.set(organisationSlug, organisationId);
    }
    const existing = await tx.recurringSession.findFirst({
      where: { organisationId, title },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (existing) {
      await tx.recurringSession.update({ where: { id: existing.id }, data: fields, select: { id: true } });
    } else {
      await tx.recurringSession.create({ data: { organisationId, title, ...fields }, select: { id: true } });
    }
  }
}

/**
 * The places booked here at the demo clubs: each found again by its club and person, and updated or
 * created (its status as the demo says).
 */
async function upsertClubBookings(tx: Tx, bookings: readonly DemoClubBooking[], ids: UserIds): Promise<void> {
  for (const b of bookings) {
    const session = await tx.recurringSession.findFirstOrThrow({
      where: { organisation: { slug: b.organisationSlug }, title: b.sessionTitle },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    const userId = idOf(ids, b.personEmail);
    const fields = { status: b.status, ageAtBooking: b.ageAtBooking, bookedById: idOf(ids, b.bookedByEmail) };
    await tx.clubBooking.upsert({
      where: { sessionId_userId: { sessionId: session.id, userId } },
      update: fields,
      create: { sessionId: session.id, userId, ...fields },
      select: { id: true },
    });
  }
}

/**
 * An API token of the festival's sponsor, with a few logged calls, so its Integrations page shows what a
 * token looks like in use. Its secret is thrown away (a token's secret is only ever shown when made).
 */
async function upsertDemoApiToken(db: Db, today: Date): Promise<void> {
  const sponsor = await db.organisation.findUniqueOrThrow({
    where: { slug: "northern-rail-data" },
    select: { id: true, members: { where: { role: "OWNER" }, take: 1, select: { userId: true } } },
  });
  const name = "Timetable CRM";
  const existing = await db.apiToken.findFirst({
    where: { organisationId: sponsor.id, name },
    select: { id: true },
  });
  if (existing) return;
  const { hash, prefix } = newTokenSecret();
  const hour = 3_600_000;
  await db.apiToken.create({
    data: {
      organisationId: sponsor.id,
      name,
      prefix,
      secretHash: hash,
      permissions: ["challenges:read", "challenges:write"],
      createdById: sponsor.members[0]?.userId ?? null,
      createdAt: new Date(today.getTime() - 20 * 24 * hour),
      expiresAt: new Date(today.getTime() + 70 * 24 * hour),
      lastUsedAt: new Date(today.getTime() - hour),
      uses: {
        create: [
          {
            operation: "organisationChallenges.list",
            outcome: "OK",
            at: new Date(today.getTime() - 26 * hour),
          },
          {
            operation: "organisationChallenges.update",
            outcome: "CONFLICT",
            at: new Date(today.getTime() - 25 * hour),
          },
          { operation: "organisationChallenges.list", outcome: "OK", at: new Date(today.getTime() - hour) },
        ],
      },
    },
    select: { id: true },
  });
}

/**
 * "What happened next" at Spring Data Jam, two months on: two teams' updates and, when the event has a
 * published challenge, its sponsor's outcome. Written once (a second seed leaves them as they are).
 */
async function upsertDemoNext(db: Db, today: Date): Promise<void> {
  const event = await db.event.findUnique({ where: { slug: "spring-data-jam" }, select: { id: true } });
  if (!event || (await db.projectUpdate.count({ where: { eventId: event.id } })) > 0) return;
  const submissions = await db.submission.findMany({
    where: { eventId: event.id, status: "SUBMITTED" },
    orderBy: { title: "asc" },
    take: 2,
    select: { id: true, team: { select: { members: { take: 1, select: { userId: true } } } } },
  });
  const day = 24 * 3_600_000;
  const news = [
    {
      kind: "LAUNCHED" as const,
      text: "We kept going after the jam: it's live now and our school uses it.",
      url: null,
    },
    { kind: "STILL_BUILDING" as const, text: "Adding live data from the council's new API.", url: null },
  ];
  for (const [index, submission] of submissions.entries()) {
    const item = news[index];
    if (!item) continue;
    await db.projectUpdate.create({
      data: {
        eventId: event.id,
        submissionId: submission.id,
        ...item,
        authorId: submission.team.members[0]?.userId ?? null,
        createdAt: new Date(today.getTime() - (20 - index * 10) * day),
      },
      select: { id: true },
    });
  }
  const challenge = await db.challenge.findFirst({
    where: { eventId: event.id, status: "PUBLISHED" },
    select: { id: true },
  });
  if (challenge) {
    await db.challengeOutcome.create({
      data: {
        challengeId: challenge.id,
        text: "Two of the teams are now testing their apps with our customer service team.",
        createdAt: new Date(today.getTime() - 15 * day),
      },
      select: { id: true },
    });
  }
}

/**
 * The finals show at Winter Open Data Day, under way: four projects in the running order, the second on
 * stage with its clock paused 75 seconds in (a running clock would read hours over by the time someone
 * looks). No stream: the demo runs without the internet. Written once.
 */
async function upsertDemoFinals(db: Db, today: Date): Promise<void> {
  const event = await db.event.findUnique({ where: { slug: "winter-open-data-day" }, select: { id: true } });
  if (!event || (await db.finalsShow.count({ where: { eventId: event.id } })) > 0) return;
  const projects = await db.submission.findMany({
    where: { eventId: event.id, status: "SUBMITTED" },
    orderBy: { title: "asc" },
    take: 4,
    select: { id: true },
  });
  if (projects.length < 2) return;
  const minute = 60_000;
  const show = await db.finalsShow.create({
    data: {
      eventId: event.id,
      title: "Winter finals",
      minutesPerEntry: 4,
      startedAt: new Date(today.getTime() - 6 * minute),
      timerElapsedSeconds: 75,
      slots: {
        create: projects.map((p, position) => ({
          submissionId: p.id,
          position,
          presentedAt: position < 2 ? new Date(today.getTime() - (6 - position * 4) * minute) : null,
        })),
      },
    },
    select: { id: true, slots: { where: { position: 1 }, select: { id: true } } },
  });
  await db.finalsShow.update({
    where: { id: show.id },
    data: { currentSlotId: show.slots[0]?.id ?? null },
    select: { id: true },
  });
}

/** A published sponsor challenge and one formed team at the festival, so the demo shows the core loop. */
async function upsertFestivalLoop(tx: Tx, ids: UserIds): Promise<void> {
  const event = await tx.event.findUniqueOrThrow({ where: { slug: FESTIVAL_SLUG }, select: { id: true } });
  const sponsor = await tx.organisation.findUniqueOrThrow({
    where: { slug: "northern-rail-data" },
    select: { id: true },
  });
  const challenge = {
    title: "Make rail delays easier to understand",
    summary: "Help passengers decide what to do when their train is late.",
    problemStatement:
      "Delay information is published as open data, but it is hard to read on a platform.\n\n" +
      "- Who is affected, and what do they need to know?\n- Can you predict knock-on delays?",
    sector: "Transport",
    resources: [{ name: "Open rail data (example)", url: "https://example.org/open-rail-data" }],
    successCriteria: "Someone who has never used it can find out what to do in under a minute.",
    prize: "A visit to the control centre for the team.",
    status: "PUBLISHED" as const,
  };
  const existing = await tx.challenge.findUnique({
    where: { eventId_slug: { eventId: event.id, slug: "rail-delays" } },
    select: { id: true },
  });
  if (!existing) {
    const created = await tx.challenge.create({
      data: {
        eventId: event.id,
        organisationId: sponsor.id,
        slug: "rail-delays",
        ...challenge,
        createdById: idOf(ids, DEMO_SPONSOR_EMAIL),
      },
      select: { id: true, createdAt: true },
    });
    await tx.challengeStatusChange.create({
      data: { challengeId: created.id, fromStatus: null, toStatus: "PUBLISHED", comment: "Demo data" },
    });
  } else {
    await tx.challenge.update({ where: { id: existing.id }, data: challenge, select: { id: true } });
  }
  // A team belongs to its captain's centre, like every team made in the app (both members are there).
  const centre = await tx.centre.findUniqueOrThrow({
    where: { eventId_name: { eventId: event.id, name: DATA_DRAGONS_CENTRE } },
    select: { id: true },
  });
  const team = await tx.team.upsert({
    where: { eventId_name: { eventId: event.id, name: "Data Dragons" } },
    // A fixed code is fine for demo data only; real teams get a random one (server/teams/rules.ts).
    create: {
      eventId: event.id,
      centreId: centre.id,
      name: "Data Dragons",
      joinCode: "DEMQDRAGQNS2",
      lookingForMembers: true,
      wantedSkills: ["design"],
    },
    update: { centreId: centre.id },
    select: { id: true },
  });
  const members = [
    { email: "participant1@example.org", isCaptain: true },
    { email: "participant2@example.org", isCaptain: false },
  ];
  for (const member of members) {
    await tx.teamMember.upsert({
      where: { eventId_userId: { eventId: event.id, userId: idOf(ids, member.email) } },
      create: {
        eventId: event.id,
        teamId: team.id,
        userId: idOf(ids, member.email),
        isCaptain: member.isCaptain,
      },
      update: {},
      select: { id: true },
    });
  }
}

/** Stores demo bytes under a key made from them, so a second run writes the same file and key. */
async function putDemoImage(store: BlobStore, prefix: string, bytes: Uint8Array): Promise<string> {
  const key = `${prefix}/demo-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}`;
  await store.put(key, bytes);
  return key;
}

const DATA_DRAGONS_PROJECT = {
  title: "Delay Radar",
  tagline: "Is my train late, and what should I do about it?",
  description:
    "A phone-sized page that turns open delay data into one answer: **wait, switch, or go home**.\n\n" +
    "- Reads the live delay feed for your station\n- Suggests the fastest alternative route",
  technologies: ["TypeScript", "Open data"],
  images: [
    { name: "Delay Radar", alt: "A chart of delays through the day, drawn as bars over a gradient" },
    {
      name: "Delay Radar map",
      alt: "The second screen: rings around each station show how far delays spread",
    },
  ],
};

/**
 * Pictures, so the demo looks alive: a cover for each event and a logo for each demo organisation (each
 * only when there is none, so an organiser's upload is kept), and a draft project with two images for Data
 * Dragons. The bytes are generated PNGs (SVG is refused by the image checks) and always the same.
 */
async function upsertDemoImages(
  db: Db,
  store: BlobStore,
  events: readonly { slug: string }[],
  organisationSlugs: readonly string[],
): Promise<void> {
  for (const e of events) {
    const event = await db.event.findUniqueOrThrow({
      where: { slug: e.slug },
      select: { id: true, name: true, coverImageKey: true },
    });
    if (event.coverImageKey) continue;
    const key = await putDemoImage(store, `covers/${event.id}`, demoPng(event.name, 960, 320));
    await db.event.update({
      where: { id: event.id },
      data: {
        coverImageKey: key,
        coverImageContentType: "image/png",
        coverImageAlt: `A skyline of bars and rings in the colours of ${event.name}`,
      },
      select: { id: true },
    });
  }
  for (const slug of organisationSlugs) {
    const org = await db.organisation.findUniqueOrThrow({
      where: { slug },
      select: { id: true, name: true, logoKey: true },
    });
    if (org.logoKey) continue;
    const key = await putDemoImage(store, `logos/${org.id}`, demoPng(org.name, 128, 128));
    await db.organisation.update({
      where: { id: org.id },
      data: { logoKey: key, logoContentType: "image/png" },
      select: { id: true },
    });
  }
  const team = await db.team.findFirstOrThrow({
    where: { event: { slug: FESTIVAL_SLUG }, name: "Data Dragons" },
    select: { id: true, eventId: true, submission: { select: { id: true } } },
  });
  if (team.submission) return;
  const { images, ...project } = DATA_DRAGONS_PROJECT;
  const pictures = images.map((image) => ({ ...image, bytes: demoPng(image.name, 640, 400) }));
  await db.$transaction(async (tx) => {
    const submission = await tx.submission.create({
      data: { eventId: team.eventId, teamId: team.id, ...project },
      select: { id: true },
    });
    for (const [position, image] of pictures.entries()) {
      await tx.submissionImage.create({
        data: {
          submissionId: submission.id,
          storageKey: await putDemoImage(store, `submissions/${submission.id}`, image.bytes),
          contentType: "image/png",
          byteSize: image.bytes.length,
          alt: image.alt,
          position,
        },
        select: { id: true },
      });
    }
  }, TRANSACTION_OPTIONS);
}

/**
 * The guardians of the demo's young people get their consent emails the way the app sends them
 * (server/registrations/commands.ts): a link of which only the hash is stored, audited, in the outbox.
 * A guardian whose link is still live is not emailed again, so running the seed twice sends nothing new.
 */
/**
 * One safeguarding concern at the festival, reported yesterday by a participant and being looked into by
 * its safeguarding lead, so the concerns pages have something to show. Once: a second seed adds none.
 */
async function upsertDemoConcern(db: Db, today: Date): Promise<void> {
  const festival = await db.event.findUniqueOrThrow({ where: { slug: FESTIVAL_SLUG }, select: { id: true } });
  if ((await db.safeguardingConcern.count({ where: { eventId: festival.id } })) > 0) return;
  const lead = await db.user.findUniqueOrThrow({
    where: { email: DEMO_CENTRE_LEAD_EMAIL },
    select: { id: true },
  });
  const reportedAt = new Date(today.getTime() - 26 * 60 * 60 * 1000);
  await db.safeguardingConcern.create({
    data: {
      eventId: festival.id,
      description:
        "Someone in the team finder keeps messaging younger people asking them to chat on another app instead. It made my friend uncomfortable.",
      about: "A participant who calls themselves 'Zed' on the team finder",
      reporterName: "",
      reporterContact: "",
      routedTo: "SAFEGUARDING_LEAD",
      createdAt: reportedAt,
      actions: {
        create: {
          byUserId: lead.id,
          text: "Checked the team-finder notes: none asks to move to another app. Will speak to the friend's centre lead and their guardian before the day.",
          createdAt: new Date(reportedAt.getTime() + 3 * 60 * 60 * 1000),
        },
      },
    },
    select: { id: true },
  });
}

async function askGuardians(db: Db, events: readonly DemoEvent[], ids: UserIds, today: Date): Promise<void> {
  for (const e of events) {
    for (const r of e.registrations.filter((reg) => reg.status === "PENDING_CONSENT")) {
      const userId = idOf(ids, r.email);
      const registration = await db.registration.findFirstOrThrow({
        where: { event: { slug: e.slug }, userId },
        select: { id: true },
      });
      await requestGuardianConsentIfNone(db, {
        registrationId: registration.id,
        actorId: userId,
        now: today,
      });
    }
  }
}

/** Writes the demo content relative to `today`: people first, then one transaction per event. */
export async function seed(db: Db, today: Date, store: BlobStore = blobStore()): Promise<SeedSummary> {
  const data = demoData(today);
  const ids = await db.$transaction(
    (tx) => upsertPeople(tx, data.users, data.organisations),
    TRANSACTION_OPTIONS,
  );
  for (const event of data.events) {
    await db.$transaction((tx) => upsertEvent(tx, event, ids), TRANSACTION_OPTIONS);
  }
  await db.$transaction((tx) => upsertSessions(tx, data.sessions), TRANSACTION_OPTIONS);
  await db.$transaction((tx) => upsertClubBookings(tx, data.clubBookings, ids), TRANSACTION_OPTIONS);
  await db.$transaction((tx) => upsertFestivalLoop(tx, ids), TRANSACTION_OPTIONS);
  await askGuardians(db, data.events, ids, today);
  await upsertDemoConcern(db, today);
  await upsertDemoApiToken(db, today);
  const judging = await seedJudging(db, today);
  await upsertDemoNext(db, today);
  await upsertDemoFinals(db, today);
  const live = await seedLiveDay(db, today);
  await upsertDemoImages(
    db,
    store,
    [...data.events, ...judging, live],
    data.organisations.map((o) => o.slug),
  );
  return {
    // Children's profiles sign in as nobody: their guardian acts for them.
    users: data.users.filter((u) => !u.managedByEmail).map((u) => ({ email: u.email, purpose: u.purpose })),
    events: data.events.map((e) => ({
      slug: e.slug,
      name: e.name,
      centres: e.centres.length,
      registrations: e.registrations.length,
    })),
    judgingEvents: judging,
    liveEvent: live,
    organisations: data.organisations.map((o) => o.name),
    directory: {
      operators: data.organisations
        .filter((o) => o.operatorApprovedAt !== null)
        .map((o) => {
          const own = data.sessions.filter((s) => s.organisationSlug === o.slug);
          const published = own.filter((s) => s.publishedAt !== null).length;
          return { name: o.name, published, drafts: own.length - published };
        }),
      waiting: data.organisations
        .filter((o) => o.operatorRequestedAt !== null && o.operatorApprovedAt === null)
        .map((o) => o.name),
    },
  };
}

function printSummary(summary: SeedSummary): void {
  const lines = [
    "Seeded the demo data:",
    ...summary.events.map(
      (e) => `  ${e.name} (/${e.slug}): ${e.centres} centre(s), ${e.registrations} demo registration(s)`,
    ),
    ...summary.judgingEvents.map((e) => `  ${e.name} (/${e.slug}): six projects and a judging round`),
    `  ${summary.liveEvent.name} (/${summary.liveEvent.slug}): on now, with people checked in at its centre`,
    ...summary.organisations.map((name) => `  Organisation: ${name}`),
    ...summary.directory.operators.map(
      (o) =>
        `  Directory (/directory): ${o.name} is an operator with ${o.published} published weekly session(s) and ${o.drafts} draft(s)`,
    ),
    ...summary.directory.waiting.map(
      (name) => `  ${name} asked to be an operator: waiting for the platform admin`,
    ),
    "",
    "Demo sign-in addresses (email magic link; in development the mail is in the local outbox at /dev/outbox):",
    ...summary.users.map((u) => `  ${u.email.padEnd(28)} ${u.purpose}`),
  ];
  console.log(lines.join("\n"));
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    console.error(
      "The seed needs DATABASE_URL. Run it with `npm run db:seed` (which points it at the embedded " +
        "database or at DATABASE_URL), or set DATABASE_URL to a PostgreSQL URL.",
    );
    return 1;
  }
  const db = createDb(url, { poolMax: 1 });
  try {
    // The database's clock, as everywhere else the app decides what "now" is.
    const rows = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
    const today = rows[0]?.now ?? new Date();
    printSummary(await seed(db, today));
    return 0;
  } finally {
    await db.$disconnect();
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = await main();
}
