// The festival the load benchmark runs against: a fresh PostgreSQL database (dropped, recreated and
// migrated with `prisma migrate deploy`), filled deterministically (seed "festival-bench", no Math.random)
// with bulk multi-row INSERTs through `pg`:
//
//   * the main festival, `national-festival-of-code`: published, hacking since yesterday, the submission
//     deadline 3 hours away, its gallery opened early by the organisers; centres, registrations (a share
//     of them young people with a guardian's consent, a few still waiting), teams of 1–4 (at most 5),
//     projects (most submitted), published challenges of a handful of sponsor organisations, and one open
//     judging round (5 weighted criteria, 3 judges per submitted entry, most assignments scored);
//   * an earlier event, `spring-hack-day`, whose results were published an hour ago: its own teams and
//     projects (the same people), a published round with every score, and awards with winners.
//
// Every person has an Auth.js database session with a known token (cookie `authjs.session-token`), so the
// runner can act as participants, captains, judges and organisers. The manifest (ids, slugs, tokens and the
// request pools of the write scenarios) is returned and written beside the run's other files.
//
//   npx tsx bench/load/festival.ts [--participants 5000 …]     generate, and print the manifest's summary
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { TIMELINE_FIELDS } from "../../server/events/rules.ts";
import { assignJudges } from "../../server/judging/assignment.ts";
import { bipartiteComponents } from "../../server/judging/graph.ts";
import { generateJoinCode } from "../../server/teams/rules.ts";
import { createRng, parseOptions, planJoins, type FestivalSizes, type Rng } from "./harness.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export const FESTIVAL_SLUG = "national-festival-of-code";
export const PAST_SLUG = "spring-hack-day";
/** The cookie Auth.js reads a database session from over plain http. */
export const SESSION_COOKIE = "authjs.session-token";
const TEAM_MAX_SIZE = 5;
const CRITERIA = [
  { name: "Impact", weight: 2 },
  { name: "Execution", weight: 2 },
  { name: "Design", weight: 1 },
  { name: "Use of data", weight: 1 },
  { name: "Pitch", weight: 1 },
];
/** The places of each club that takes its bookings here. */
const CLUB_PLACES = 12;
/** The share of the open round's assignments that are already scored. */
const SCORED_SHARE = 0.8;

/** A project save the submit burst can send: the team, a member's session, and what to save. */
export interface SavePlan {
  teamId: string;
  /** Session tokens of the team's members, rotated. */
  tokens: string[];
  title: string;
  description: string;
  repositoryUrl: string;
  technologies: string[];
  challengeIds: string[];
}

/** What the runner needs to know about the generated festival. */
export interface FestivalManifest {
  sizes: FestivalSizes;
  /** The database's clock when it was generated (ISO 8601). */
  generatedAt: string;
  /** Seconds to drop, create, migrate and fill the database. */
  seconds: { migrate: number; fill: number; total: number };
  /** Rows in each table afterwards. */
  rows: Record<string, number>;
  festival: { id: string; slug: string; submissionDeadline: string };
  past: { id: string; slug: string };
  organisationSlug: string;
  /** The postcode area of the main festival's first centre (its public need-and-supply page). */
  areaCode: string;
  /** A submitted project of the main festival (its public page). */
  projectId: string;
  /** The code of a certificate of participation in the past event (its public check page). */
  certificateCode: string;
  /** A weekly club that takes its bookings here, full with a waiting list (its public page). */
  clubId: string;
  /** The main festival's open judging round. */
  roundId: string;
  /** An organiser of both events. */
  organiserToken: string;
  /** Sessions of confirmed participants, for the echo baseline. */
  participantTokens: string[];
  /** The join burst: a confirmed participant without a team, and the code of a team with a place for them. */
  joins: { userId: string; token: string; code: string }[];
  saves: SavePlan[];
  /** The scoring burst: a judge's session and one criterion of one of their assignments. */
  scores: { token: string; assignmentId: string; criterionId: string }[];
}

// ---------------------------------------------------------------- words

/** "a b c" → ["a", "b", "c"]. */
const words = (text: string) => text.trim().split(/\s+/);
/** "a b, c" → ["a b", "c"]. */
const list = (text: string) => text.split(",").map((item) => item.trim());

const FIRST = words(
  "Ada Alan Amara Ben Chloe Dev Ebony Femi Grace Hamza Isla Jack Kai Leah Mo Nia Oscar Priya Quinn Ravi Sofia Tom Uma Vik Wren Yusuf Zara Aoife Callum Darcey Elif Finn Gethin Hana Ibrahim Jess Kofi Lily",
);
const LAST = words(
  "Adeyemi Begum Campbell Davies Evans Fraser Green Hughes Iqbal Jones Khan Lewis Murphy Nowak O'Brien Patel Quigley Roberts Singh Taylor Udeh Vaughan Walker Xu Young Zielinski Ahmed Brown Clarke Doherty Edwards Fletcher",
);
const ALIAS_A = words("Pixel Byte Turbo Quantum Neon Cosmic Rapid Lunar Solar Crimson");
const ALIAS_B = words("Fox Otter Falcon Badger Panda Lynx Heron Comet Koala Wolf");
const ADJECTIVES = words(
  "Agile Bright Clever Daring Electric Fearless Golden Hidden Infinite Jolly Kinetic Lucky Mighty Nimble Open Plucky Quiet Radiant Swift Tidy Urban Vivid Wild Young Zesty",
);
const NOUNS = words(
  "Algorithms Badgers Coders Dragons Engines Foxes Gophers Hackers Inventors Jaguars Kites Lambdas Makers Nodes Owls Pythons Queues Robots Sparks Tigers Unicorns Vectors Wizards Yaks Zebras",
);
const PROJECT_WORDS = words(
  "Radar Compass Pulse Lens Bridge Garden Beacon Atlas Tracker Helper Map Signal Buddy Planner Finder Meter Watch Board Hub Guide",
);
const TOPICS = list(
  "Bus delay, Air quality, Food waste, Library, Recycling, Flood, Cycle route, Energy, Volunteer, Park, Water, Noise, School run, Tree, Parking, Heat, Wildlife, Market",
);
/** The bench certificate's code (Crockford base32, as the app makes them). */
const CERTIFICATE_CODE = "BENCH00001";

const TOWNS = list(
  "Aberdeen, Bath, Belfast, Birmingham, Bradford, Brighton, Bristol, Cambridge, Cardiff, Carlisle, Chester, Coventry, Derby, Dundee, Durham, Edinburgh, Exeter, Glasgow, Gloucester, Hull, Inverness, Ipswich, Lancaster, Leeds, Leicester, Lincoln, Liverpool, London, Manchester, Middlesbrough, Milton Keynes, Newcastle, Newport, Norwich, Nottingham, Oxford, Plymouth, Portsmouth, Preston, Reading, Sheffield, Southampton, Stirling, Stoke, Sunderland, Swansea, Truro, Wolverhampton, Worcester, York",
);
const SECTORS = words("Transport Environment Health Education Energy Civic Culture Housing");
const TECHNOLOGIES = list(
  "Python, TypeScript, React, PostgreSQL, Flutter, Rust, Go, Jupyter, Scratch, Arduino, Raspberry Pi, Leaflet, D3, Kotlin, Swift, Unity",
);
const SKILLS = words("web data design hardware mobile pitching python games maps ml");
const ORGANISATIONS = list(
  "Northern Rail Data, City Council Open Data, Green Grid Energy, Coastal Water Trust, Civic Tech Collective, Open Health Lab, Transport for the North, Library Futures, Met Data Office, Community Food Network, Clean Air Alliance, University Data Institute",
);
const KINDS = ["INDUSTRY", "PUBLIC_SECTOR", "COMMUNITY", "ACADEMIC"] as const;

const pad = (n: number, width = 5) => String(n).padStart(width, "0");
const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** A few paragraphs of Markdown, the same for the same stream. */
function markdown(rng: Rng, topic: string, paragraphs: number): string {
  const sentences = [
    `${topic} data is published every few minutes, but few people ever see it.`,
    "We built a small service that turns the open data into something a person can act on.",
    "It works on a phone, reads well with a screen reader and needs no account.",
    "The team tested it with people at the centre and changed the design twice.",
    "Next we want to add alerts, a map of the whole city and a weekly summary.",
    "Everything is open source, and the data pipeline runs on a free tier.",
  ];
  const out: string[] = [`## ${topic}`];
  for (let p = 0; p < paragraphs; p++) {
    out.push(Array.from({ length: 4 }, () => rng.pick(sentences)).join(" "));
    if (p === 0)
      out.push(
        ["- **What**: a live view", "- **Who**: residents and visitors", "- **How**: open APIs"].join("\n"),
      );
  }
  return out.join("\n\n");
}

// ---------------------------------------------------------------- the database

/** The database named by `url` on its server, dropped and created again (refused unless its name says "bench"). */
export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  if (!/bench/i.test(name)) {
    throw new Error(`Refusing to drop database "${name}": the benchmark only drops databases named *bench*.`);
  }
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** `prisma migrate deploy` against `url`, as scripts/app.sh does at start-up. Throws when it fails. */
export function migrate(url: string): void {
  const result = spawnSync(`${ROOT}node_modules/.bin/prisma`, ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}

type Row = readonly unknown[];

/** Inserts `rows` into `table` with multi-row INSERTs of at most ~30,000 parameters each. */
async function insert(client: pg.Client, table: string, columns: readonly string[], rows: readonly Row[]) {
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  const names = columns.map((c) => `"${c}"`).join(", ");
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = row.map((value) => {
        values.push(value);
        return `$${values.length}`;
      });
      return `(${marks.join(", ")})`;
    });
    await client.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(", ")}`, values);
  }
}

const hour = 3_600_000;
const day = 24 * hour;
const at = (base: number, offset: number) => new Date(base + offset);
const hash = (text: string) => createHash("sha256").update(text).digest("hex");

interface Person {
  id: string;
  email: string;
  name: string;
  alias: string | null;
  young: boolean;
  dateOfBirth: string;
  /** Registration status at the main festival. */
  status: "CONFIRMED" | "PENDING_CONSENT" | "WITHDRAWN";
  centre: number;
  token: string;
}

/**
 * Which assignments (indexes into `pairs`) are still waiting for their scores: a `share` of them, picked at
 * random but never one whose absence would split the scored judge–entry graph (or leave an entry with no
 * score), as organisers keep it connected by reassigning; the results can then be adjusted for leniency.
 */
function pendingAssignments(
  rng: Rng,
  pairs: readonly { entry: string; judge: string }[],
  entries: readonly string[],
  judges: readonly string[],
  share: number,
): Set<number> {
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const judgeIndex = new Map(judges.map((j, i) => [j, i]));
  const left = pairs.map((p) => entryIndex.get(p.entry) ?? 0);
  const right = pairs.map((p) => judgeIndex.get(p.judge) ?? 0);
  const pending = new Set<number>();
  const wanted = Math.round(share * pairs.length);
  for (const p of rng.shuffle(pairs.map((_, i) => i))) {
    if (pending.size >= wanted) break;
    pending.add(p);
    const kept = pairs.map((_, i) => i).filter((i) => !pending.has(i));
    const graph = bipartiteComponents(
      entries.length,
      judges.length,
      kept.map((i) => left[i] ?? 0),
      kept.map((i) => right[i] ?? 0),
    );
    if (graph.count > 1) pending.delete(p);
  }
  return pending;
}

/** A session token for a user id (bench databases only: the tokens are guessable on purpose). */
export const tokenFor = (userId: string) => `bench-session-${userId}`;

/**
 * Fills a migrated, empty database with the festival (see the file's comment) and returns its manifest.
 * Deterministic: the same sizes give the same rows, apart from instants, which follow the database's clock.
 */
export async function fillFestival(
  url: string,
  sizes: FestivalSizes,
): Promise<Omit<FestivalManifest, "seconds">> {
  const rng = createRng("festival-bench");
  const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC" });
  await client.connect();
  try {
    const nowRow = await client.query<{ now: Date }>("SELECT now() AS now");
    const now = (nowRow.rows[0]?.now ?? new Date(0)).getTime();
    await client.query("BEGIN");
    const manifest = await fill(client, rng, sizes, now);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    const rows: Record<string, number> = {};
    const tables = await client.query<{ relname: string; n: string }>(
      `SELECT relname, n_live_tup::text AS n FROM pg_stat_user_tables WHERE relname <> '_prisma_migrations' ORDER BY relname`,
    );
    for (const t of tables.rows) if (Number(t.n) > 0) rows[t.relname] = Number(t.n);
    return { ...manifest, rows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function fill(
  client: pg.Client,
  rng: Rng,
  sizes: FestivalSizes,
  now: number,
): Promise<Omit<FestivalManifest, "seconds" | "rows">> {
  const updatedAt = new Date(now);
  const sessionExpires = at(now, 30 * day);
  const users: Row[] = [];
  const sessions: Row[] = [];
  const addUser = (id: string, email: string, name: string, alias: string | null = null, admin = false) => {
    users.push([id, email, name, alias, admin, updatedAt]);
    sessions.push([`s-${id}`, tokenFor(id), id, sessionExpires]);
  };

  // People: organisers, sponsors, centre leads, judges, participants.
  const organisers = [0, 1, 2].map((i) => `u-org-${i}`);
  organisers.forEach((id, i) =>
    addUser(id, `organiser${i}@bench.example.org`, `${FIRST[i]} Organiser`, null, i === 0),
  );
  const orgCount = Math.min(sizes.organisations, ORGANISATIONS.length * 10);
  const organisations = Array.from({ length: orgCount }, (_, o) => {
    const base = ORGANISATIONS[o % ORGANISATIONS.length] ?? "Sponsor";
    const name = o < ORGANISATIONS.length ? base : `${base} ${Math.floor(o / ORGANISATIONS.length) + 1}`;
    return { id: `org-${pad(o, 3)}`, slug: slugify(name), name, kind: KINDS[o % KINDS.length] ?? "INDUSTRY" };
  });
  const sponsorMembers: Row[] = [];
  organisations.forEach((org, o) => {
    for (let m = 0; m < 2; m++) {
      const id = `u-sponsor-${pad(o, 3)}-${m}`;
      addUser(id, `sponsor${o}-${m}@bench.example.org`, `${rng.pick(FIRST)} ${rng.pick(LAST)}`);
      sponsorMembers.push([`om-${pad(o, 3)}-${m}`, org.id, id, m === 0 ? "OWNER" : "MEMBER"]);
    }
  });
  const centreNames = Array.from({ length: sizes.centres }, (_, c) => {
    const town = TOWNS[c % TOWNS.length] ?? "Town";
    return c < TOWNS.length
      ? `${town} Central Library`
      : `${town} Makerspace ${Math.floor(c / TOWNS.length) + 1}`;
  });
  const leads = centreNames.map((_, c) => `u-lead-${pad(c, 3)}`);
  leads.forEach((id, c) => addUser(id, `lead${c}@bench.example.org`, `${rng.pick(FIRST)} ${rng.pick(LAST)}`));
  const judges = Array.from({ length: sizes.judges }, (_, j) => `u-judge-${pad(j, 4)}`);
  judges.forEach((id, j) =>
    addUser(id, `judge${j}@bench.example.org`, `${rng.pick(FIRST)} ${rng.pick(LAST)} (judge ${j + 1})`),
  );

  const people: Person[] = Array.from({ length: sizes.participants }, (_, i) => {
    const id = `u-p-${pad(i, 6)}`;
    const young = i % 6 === 1;
    const status = young && i % 42 === 7 ? "PENDING_CONSENT" : i % 97 === 50 ? "WITHDRAWN" : "CONFIRMED";
    const birthYear = young ? 2009 + rng.int(1, 3) : 1975 + rng.int(0, 30);
    return {
      id,
      email: `participant${i}@bench.example.org`,
      name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
      alias: young ? `${rng.pick(ALIAS_A)}${rng.pick(ALIAS_B)}${i}` : null,
      young,
      dateOfBirth: `${birthYear}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
      status,
      centre: i % sizes.centres,
      token: tokenFor(id),
    };
  });
  for (const p of people) addUser(p.id, p.email, p.name, p.alias);
  await insert(client, "User", ["id", "email", "name", "alias", "isPlatformAdmin", "updatedAt"], users);
  await insert(client, "Session", ["id", "sessionToken", "userId", "expires"], sessions);
  await insert(
    client,
    "Organisation",
    ["id", "slug", "name", "kind", "website", "description", "updatedAt"],
    organisations.map((o) => [
      o.id,
      o.slug,
      o.name,
      o.kind,
      `https://${o.slug}.example.org`,
      markdown(rng, o.name, 2),
      updatedAt,
    ]),
  );
  await insert(client, "OrganisationMember", ["id", "organisationId", "userId", "role"], sponsorMembers);

  // The directory: the first four organisations are operators with 50 weekly clubs each, in the towns
  // of the centres (the same postcode areas), every day of the week, for every age band and level. One
  // club in ten takes its bookings here (12 places, some booked, a few full with a waiting list); the
  // others link to their own booking page.
  const operators = organisations.slice(0, 4);
  await client.query(
    `UPDATE "Organisation" SET "operatorRequestedAt" = $1, "operatorApprovedAt" = $1 WHERE id = ANY($2)`,
    [at(now, -60 * day), operators.map((o) => o.id)],
  );
  const clubRows: Row[] = [];
  const clubsHere: { id: string; minAge: number }[] = [];
  operators.forEach((o, k) => {
    for (let i = 0; i < 50; i++) {
      const n = k * 50 + i;
      const town = TOWNS[n % TOWNS.length] ?? "Leeds";
      const online = n % 7 === 3;
      const minAge = 7 + (n % 4) * 2;
      const booksHere = n % 10 === 1;
      if (booksHere) clubsHere.push({ id: `club-${pad(n, 4)}`, minAge });
      clubRows.push([
        `club-${pad(n, 4)}`,
        o.id,
        `${town} ${rng.pick(SECTORS)} Club`,
        markdown(rng, town, 1),
        (n % 7) + 1,
        "17:00",
        "18:30",
        "Europe/London",
        "2026-09-01",
        null,
        online ? "ONLINE" : "IN_PERSON",
        online ? "" : `${town} Library`,
        online ? "" : `${n + 1} Library Street`,
        online ? "" : `${town.slice(0, 2).toUpperCase()}${n % 20}`,
        minAge,
        minAge + 5,
        (["NEW", "SOME", "CONFIDENT"] as const)[n % 3],
        n % 5 === 0 ? 350 : 0,
        booksHere ? "" : `https://${o.slug}.example.org/book/${n}`,
        booksHere ? CLUB_PLACES : null,
        at(now, -30 * day),
        updatedAt,
      ]);
    }
  });
  await insert(
    client,
    "RecurringSession",
    [
      "id",
      "organisationId",
      "title",
      "description",
      "weekday",
      "startTime",
      "endTime",
      "timeZone",
      "startsOn",
      "endsOn",
      "mode",
      "venueName",
      "addressLine",
      "postcodeDistrict",
      "minAge",
      "maxAge",
      "level",
      "costPence",
      "bookingUrl",
      "placesHere",
      "publishedAt",
      "updatedAt",
    ],
    clubRows,
  );
  // Their bookings, by the festival's adults (standing in for the children: only the counts show to
  // the public). Every third club is full, with a waiting list; the others have places left.
  const adults = people.filter((p) => !p.young);
  const bookingRows: Row[] = [];
  let booker = 0;
  clubsHere.forEach((club, j) => {
    const full = j % 3 === 0;
    const taken = full ? CLUB_PLACES + 3 : (j * 5) % CLUB_PLACES;
    for (let b = 0; b < taken && adults.length > 0; b++) {
      const person = adults[booker++ % adults.length];
      if (!person) continue;
      bookingRows.push([
        `cb-${club.id}-${pad(b, 3)}`,
        club.id,
        person.id,
        person.id,
        b < CLUB_PLACES ? "BOOKED" : "WAITING",
        club.minAge + (b % 5),
        at(now, -20 * day + b * 60_000),
        updatedAt,
      ]);
    }
  });
  await insert(
    client,
    "ClubBooking",
    ["id", "sessionId", "userId", "bookedById", "status", "ageAtBooking", "createdAt", "updatedAt"],
    bookingRows,
  );

  // The two events.
  const festival = {
    id: "ev-festival",
    slug: FESTIVAL_SLUG,
    registrationOpensAt: at(now, -40 * day),
    registrationClosesAt: at(now, 2 * hour),
    startsAt: at(now, -1 * day),
    submissionDeadline: at(now, 3 * hour),
    judgingClosesAt: at(now, 2 * day),
    resultsAt: at(now, 3 * day),
  };
  const past = {
    id: "ev-past",
    slug: PAST_SLUG,
    registrationOpensAt: at(now, -90 * day),
    registrationClosesAt: at(now, -31 * day),
    startsAt: at(now, -31 * day),
    submissionDeadline: at(now, -30 * day),
    judgingClosesAt: at(now, -2 * day),
    resultsAt: at(now, -1 * hour),
  };
  await insert(
    client,
    "Event",
    [
      "id",
      "slug",
      "name",
      "description",
      "timeZone",
      "status",
      ...TIMELINE_FIELDS,
      "teamMinSize",
      "teamMaxSize",
      "minimumAge",
      "consentAge",
      "publishedAt",
      "contactEmail",
      "galleryOpenedAt",
      "createdById",
      "updatedAt",
    ],
    [
      [
        festival.id,
        festival.slug,
        "National Festival of Code 2026",
        markdown(rng, "The festival", 3),
        "Europe/London",
        "PUBLISHED",
        ...TIMELINE_FIELDS.map((field) => festival[field]),
        1,
        TEAM_MAX_SIZE,
        11,
        18,
        at(now, -45 * day),
        "hello@bench.example.org",
        at(now, -6 * hour),
        organisers[0],
        updatedAt,
      ],
      [
        past.id,
        past.slug,
        "Spring Hack Day",
        markdown(rng, "Spring Hack Day", 2),
        "Europe/London",
        "PUBLISHED",
        ...TIMELINE_FIELDS.map((field) => past[field]),
        1,
        TEAM_MAX_SIZE,
        11,
        18,
        at(now, -95 * day),
        "spring@bench.example.org",
        null,
        organisers[0],
        updatedAt,
      ],
    ],
  );

  // Centres (the past event had the first ten).
  const pastCentres = Math.min(10, sizes.centres);
  const centreId = (event: string, c: number) => `ce-${event}-${pad(c, 3)}`;
  const centreRows: Row[] = [];
  for (const [event, count] of [
    ["festival", sizes.centres],
    ["past", pastCentres],
  ] as const) {
    for (let c = 0; c < count; c++) {
      centreRows.push([
        centreId(event, c),
        event === "festival" ? festival.id : past.id,
        centreNames[c],
        `${c + 1} High Street`,
        `${(TOWNS[c % TOWNS.length] ?? "XX").slice(0, 2).toUpperCase()}${c % 20}`,
        400,
        "Step-free entrance, accessible toilets, a quiet room.",
        "Saturday 09:00–18:00, Sunday 09:00–16:00",
        updatedAt,
      ]);
    }
  }
  await insert(
    client,
    "Centre",
    [
      "id",
      "eventId",
      "name",
      "addressLine",
      "postcodeDistrict",
      "capacity",
      "accessibilityNotes",
      "openingTimes",
      "updatedAt",
    ],
    centreRows,
  );

  // One certificate of participation in the past event, for its public check page.
  await insert(
    client,
    "Certificate",
    ["id", "code", "eventId", "userId", "kind", "subject", "name", "updatedAt"],
    [
      [
        "cert-0",
        CERTIFICATE_CODE,
        past.id,
        people[0]?.id ?? "",
        "PARTICIPATION",
        "participation",
        people[0]?.name ?? "",
        updatedAt,
      ],
    ],
  );

  // Roles: organisers of both events, a lead per centre, judges.
  const roles: Row[] = [];
  for (const [event, eventId] of [
    ["festival", festival.id],
    ["past", past.id],
  ] as const) {
    organisers.forEach((id, i) => roles.push([`er-${event}-org-${i}`, eventId, id, "ORGANISER", null]));
    judges.forEach((id, j) => roles.push([`er-${event}-judge-${pad(j, 4)}`, eventId, id, "JUDGE", null]));
  }
  leads.forEach((id, c) =>
    roles.push([`er-festival-lead-${pad(c, 3)}`, festival.id, id, "CENTRE_LEAD", centreId("festival", c)]),
  );
  await insert(client, "EventRole", ["id", "eventId", "userId", "role", "centreId"], roles);

  // Challenges: the festival's, and ten of the past event's, owned by the organisations in turn.
  const challengeRows: Row[] = [];
  const historyRows: Row[] = [];
  const festivalChallenges: string[] = [];
  const pastChallenges: string[] = [];
  for (const [event, count, list] of [
    ["festival", sizes.challenges, festivalChallenges],
    ["past", Math.min(10, sizes.challenges), pastChallenges],
  ] as const) {
    for (let c = 0; c < count; c++) {
      const id = `ch-${event}-${pad(c, 3)}`;
      const topic = TOPICS[c % TOPICS.length] ?? "Data";
      const title = `${topic} challenge ${c + 1}`;
      const org = organisations[c % organisations.length];
      list.push(id);
      challengeRows.push([
        id,
        event === "festival" ? festival.id : past.id,
        org?.id,
        slugify(title),
        title,
        `Help people with ${topic.toLowerCase()} data.`,
        markdown(rng, title, 3),
        rng.pick(SECTORS),
        JSON.stringify([{ name: `${topic} API`, url: `https://api.example.org/${slugify(topic)}` }]),
        "Working code, used by real people.",
        c % 3 === 0 ? "£500 and a day with our data team" : "",
        "PUBLISHED",
        at(now, -20 * day),
        updatedAt,
      ]);
      historyRows.push([`chh-${event}-${pad(c, 3)}`, id, null, "PUBLISHED", organisers[0]]);
    }
  }
  await insert(
    client,
    "Challenge",
    [
      "id",
      "eventId",
      "organisationId",
      "slug",
      "title",
      "summary",
      "problemStatement",
      "sector",
      "resources",
      "successCriteria",
      "prize",
      "status",
      "publishedAt",
      "updatedAt",
    ],
    challengeRows,
  );
  await insert(
    client,
    "ChallengeStatusChange",
    ["id", "challengeId", "fromStatus", "toStatus", "actorId"],
    historyRows,
  );

  // Registrations and guardians' consents (the festival: everyone; the past event: who was in its teams).
  const registrationRows: Row[] = [];
  const consentRows: Row[] = [];
  const register = (event: "festival" | "past", p: Person, centre: number, status: Person["status"]) => {
    const id = `r-${event}-${p.id}`;
    registrationRows.push([
      id,
      event === "festival" ? festival.id : past.id,
      p.id,
      centreId(event, centre),
      rng.pick(["NEW", "SOME", "CONFIDENT"]),
      [rng.pick(SKILLS), rng.pick(SKILLS)].filter((s, k, a) => a.indexOf(s) === k),
      p.dateOfBirth,
      status,
      p.young ? `guardian.${p.id}@bench.example.org` : null,
      "2026-1",
      at(now, -20 * day),
      status === "WITHDRAWN" ? at(now, -2 * day) : null,
      updatedAt,
    ]);
    if (p.young && status === "CONFIRMED") {
      consentRows.push([
        `gc-${event}-${p.id}`,
        id,
        `guardian.${p.id}@bench.example.org`,
        hash(`consent-${event}-${p.id}`),
        at(now, 30 * day),
        "consent-2026-1",
        `${rng.pick(FIRST)} ${p.name.split(" ").at(-1) ?? ""}`,
        at(now, -10 * day),
        true,
        rng.chance(0.7),
        rng.chance(0.6),
      ]);
    }
  };
  for (const p of people) register("festival", p, p.centre, p.status);

  // Teams of the festival: 1–4 confirmed people of one centre each; the rest are the join burst's pool.
  const confirmed = rng.shuffle(people.filter((p) => p.status === "CONFIRMED"));
  const byCentre = new Map<number, Person[]>();
  for (const p of confirmed) byCentre.set(p.centre, [...(byCentre.get(p.centre) ?? []), p]);
  const teamRows: Row[] = [];
  const memberRows: Row[] = [];
  const teams: { id: string; code: string; members: Person[]; name: string; centre: number }[] = [];
  const codes = new Set<string>();
  const names = new Set<string>();
  for (let t = 0; t < sizes.teams; t++) {
    const centre = t % sizes.centres;
    const pool = byCentre.get(centre) ?? [];
    const size = Math.min(pool.length, rng.int(1, 4));
    if (size === 0) continue;
    const members = pool.splice(0, size);
    let code = generateJoinCode(rng.bytes);
    while (codes.has(code)) code = generateJoinCode(rng.bytes);
    codes.add(code);
    let name = `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
    if (names.has(name)) name = `${name} ${t + 1}`;
    names.add(name);
    const id = `t-festival-${pad(t)}`;
    teams.push({ id, code, members, name, centre });
    teamRows.push([
      id,
      festival.id,
      centreId("festival", centre),
      name,
      code,
      size < 3,
      size < 3 ? [rng.pick(SKILLS)] : [],
      updatedAt,
    ]);
    members.forEach((m, k) =>
      memberRows.push([`tm-${id}-${k}`, id, festival.id, m.id, k === 0, at(now, -20 * hour + k * 60_000)]),
    );
  }

  // The past event: the first confirmed adults and young people of the festival, in teams of four.
  const pastPeople = people.filter((p) => p.status === "CONFIRMED").slice(0, sizes.pastTeams * 4);
  const pastTeams: { id: string; members: Person[]; name: string; centre: number }[] = [];
  for (let t = 0; t * 4 < pastPeople.length; t++) {
    const members = pastPeople.slice(t * 4, t * 4 + 4);
    const centre = t % pastCentres;
    for (const m of members) register("past", m, centre, "CONFIRMED");
    let code = generateJoinCode(rng.bytes);
    while (codes.has(code)) code = generateJoinCode(rng.bytes);
    codes.add(code);
    const id = `t-past-${pad(t)}`;
    const name = `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} ${t + 1}`;
    pastTeams.push({ id, members, name, centre });
    teamRows.push([id, past.id, centreId("past", centre), name, code, false, [], updatedAt]);
    members.forEach((m, k) =>
      memberRows.push([`tm-${id}-${k}`, id, past.id, m.id, k === 0, at(now, -40 * day)]),
    );
  }
  await insert(
    client,
    "Registration",
    [
      "id",
      "eventId",
      "userId",
      "centreId",
      "experience",
      "skills",
      "dateOfBirth",
      "status",
      "guardianEmail",
      "codeOfConductVersion",
      "codeOfConductAt",
      "withdrawnAt",
      "updatedAt",
    ],
    registrationRows,
  );
  await insert(
    client,
    "GuardianConsent",
    [
      "id",
      "registrationId",
      "guardianEmail",
      "tokenHash",
      "expiresAt",
      "consentTextVersion",
      "guardianName",
      "consentedAt",
      "attend",
      "photo",
      "publicCredit",
    ],
    consentRows,
  );
  await insert(
    client,
    "Team",
    ["id", "eventId", "centreId", "name", "joinCode", "lookingForMembers", "wantedSkills", "updatedAt"],
    teamRows,
  );
  await insert(
    client,
    "TeamMember",
    ["id", "teamId", "eventId", "userId", "isCaptain", "joinedAt"],
    memberRows,
  );

  // Projects: the first `submissions` teams of the festival (85 % submitted at version 1), every past team's.
  const submissionRows: Row[] = [];
  const revisionRows: Row[] = [];
  const linkRows: Row[] = [];
  const saves: SavePlan[] = [];
  const festivalEntries: string[] = [];
  const pastEntries: { id: string; challenges: string[]; young: boolean }[] = [];
  const project = (
    event: "festival" | "past",
    team: { id: string; members: Person[]; name: string },
    n: number,
    submitted: boolean,
    challengePool: string[],
  ) => {
    const id = `sub-${event}-${pad(n)}`;
    const topic = rng.pick(TOPICS);
    const title = `${topic} ${rng.pick(PROJECT_WORDS)} ${n + 1}`;
    const tagline = `${topic} data, made useful`;
    const description = markdown(rng, title, 3);
    const technologies = [rng.pick(TECHNOLOGIES), rng.pick(TECHNOLOGIES)].filter(
      (s, k, a) => a.indexOf(s) === k,
    );
    const challengeIds = [rng.pick(challengePool), rng.pick(challengePool)].filter(
      (s, k, a) => a.indexOf(s) === k,
    );
    const repositoryUrl = `https://git.example.org/${slugify(team.name)}/${slugify(title)}`;
    const eventId = event === "festival" ? festival.id : past.id;
    const submittedAt =
      event === "festival" ? at(now, -2 * hour) : at(past.submissionDeadline.getTime(), -hour);
    submissionRows.push([
      id,
      eventId,
      team.id,
      title,
      tagline,
      description,
      repositoryUrl,
      null,
      null,
      technologies,
      submitted ? "SUBMITTED" : "DRAFT",
      1,
      submitted ? submittedAt : null,
      updatedAt,
    ]);
    for (const challengeId of challengeIds) linkRows.push([id, challengeId]);
    if (submitted) {
      const snapshot = {
        title,
        tagline,
        description,
        repositoryUrl,
        demoUrl: null,
        videoUrl: null,
        technologies,
        challengeIds,
        imageIds: [],
      };
      revisionRows.push([
        `rev-${id}-1`,
        id,
        1,
        JSON.stringify(snapshot),
        team.members[0]?.id ?? null,
        submittedAt,
      ]);
    }
    return { id, title, description, repositoryUrl, technologies, challengeIds };
  };
  teams.slice(0, sizes.submissions).forEach((team, n) => {
    const submitted = n % 20 >= 3;
    const made = project("festival", team, n, submitted, festivalChallenges);
    if (submitted) festivalEntries.push(made.id);
    saves.push({
      teamId: team.id,
      tokens: team.members.map((m) => m.token),
      title: made.title,
      description: made.description,
      repositoryUrl: made.repositoryUrl,
      technologies: made.technologies,
      challengeIds: made.challengeIds,
    });
  });
  pastTeams.forEach((team, n) => {
    const made = project("past", team, n, true, pastChallenges);
    pastEntries.push({
      id: made.id,
      challenges: made.challengeIds,
      young: team.members.some((m) => m.young),
    });
  });
  await insert(
    client,
    "Submission",
    [
      "id",
      "eventId",
      "teamId",
      "title",
      "tagline",
      "description",
      "repositoryUrl",
      "demoUrl",
      "videoUrl",
      "technologies",
      "status",
      "version",
      "submittedAt",
      "updatedAt",
    ],
    submissionRows,
  );
  await insert(
    client,
    "SubmissionRevision",
    ["id", "submissionId", "version", "snapshot", "submittedById", "createdAt"],
    revisionRows,
  );
  await insert(client, "SubmissionChallenge", ["submissionId", "challengeId"], linkRows);

  // Announcements on both event pages.
  const announcementRows: Row[] = [];
  for (let a = 0; a < 5; a++) {
    announcementRows.push([
      `an-festival-${a}`,
      festival.id,
      `Update ${a + 1}`,
      markdown(rng, `Update ${a + 1}`, 1),
      organisers[0],
      at(now, -a * 3 * hour),
    ]);
  }
  announcementRows.push([
    `an-past-0`,
    past.id,
    "The winners",
    "Results are out: well done, everyone!",
    organisers[0],
    at(now, -hour),
  ]);
  await insert(
    client,
    "Announcement",
    ["id", "eventId", "title", "body", "authorId", "createdAt"],
    announcementRows,
  );

  // Judging: the festival's open round (most assignments scored) and the past event's published one.
  const scores: FestivalManifest["scores"] = [];
  const rounds: Row[] = [];
  const criteria: Row[] = [];
  const roundJudges: Row[] = [];
  const roundEntries: Row[] = [];
  const assignments: Row[] = [];
  const scoreRows: Row[] = [];
  const changeRows: Row[] = [];
  const entryMeans = new Map<string, number>();
  const judgeRound = (
    event: "festival" | "past",
    entries: readonly string[],
    options: { status: "OPEN" | "PUBLISHED"; scoredShare: number },
  ) => {
    const roundId = `round-${event}`;
    const eventId = event === "festival" ? festival.id : past.id;
    const open = options.status === "OPEN";
    rounds.push([
      roundId,
      eventId,
      open ? "Rolling judging" : "Main judging",
      "EVENT",
      3,
      1,
      5,
      open ? at(now, -day) : at(past.submissionDeadline.getTime(), 0),
      open ? at(now, 2 * day) : past.judgingClosesAt,
      options.status,
      `bench-${event}`,
      open ? at(now, -day) : at(past.submissionDeadline.getTime(), hour),
      !open,
      open ? null : at(now, -hour),
      organisers[0],
      updatedAt,
    ]);
    const criterionIds = CRITERIA.map((c, k) => {
      const id = `crit-${event}-${k}`;
      criteria.push([id, roundId, k, c.name, `What to look for in ${c.name.toLowerCase()}.`, c.weight]);
      return id;
    });
    const judgeIds = judges.map((userId, j) => {
      const id = `rj-${event}-${pad(j, 4)}`;
      roundJudges.push([
        id,
        roundId,
        userId,
        "ACCEPTED",
        j % 5 === 0 ? `University ${j % 7}` : null,
        organisers[0],
        at(now, -3 * day),
        at(now, -2 * day),
      ]);
      return id;
    });
    const entryIds = entries.map((submissionId) => {
      const id = `re-${submissionId}`;
      roundEntries.push([id, roundId, submissionId, 1]);
      return id;
    });
    const { pairs } = assignJudges({
      entries: entryIds,
      judges: judgeIds,
      k: 3,
      conflicts: [],
      fixed: [],
      seed: `bench-${event}`,
    });
    const pending = pendingAssignments(rng, pairs, entryIds, judgeIds, 1 - options.scoredShare);
    const quality = new Map(entryIds.map((e) => [e, 2 + 2 * rng.next()]));
    const leniency = new Map(judgeIds.map((j) => [j, rng.next() - 0.5]));
    const queue = new Map<string, number>();
    const totals = new Map<string, { sum: number; n: number }>();
    for (const [p, pair] of pairs.entries()) {
      const position = queue.get(pair.judge) ?? 0;
      queue.set(pair.judge, position + 1);
      const id = `as-${pair.entry}-${pair.judge}`;
      const scored = !pending.has(p);
      assignments.push([
        id,
        roundId,
        pair.entry,
        pair.judge,
        scored ? "SCORED" : "PENDING",
        position,
        updatedAt,
      ]);
      const userId = judges[judgeIds.indexOf(pair.judge)] ?? "";
      criterionIds.forEach((criterionId, k) => {
        if (open) scores.push({ token: tokenFor(userId), assignmentId: id, criterionId });
        if (!scored) return;
        const raw = (quality.get(pair.entry) ?? 3) + (leniency.get(pair.judge) ?? 0) + rng.next() - 0.5;
        const value = Math.min(5, Math.max(1, Math.round(raw)));
        const writtenAt = at(now, -rng.int(60, 20 * 60) * 60_000);
        scoreRows.push([`sc-${id}-${k}`, id, criterionId, value, writtenAt, updatedAt]);
        changeRows.push([`scc-${id}-${k}`, id, criterionId, null, value, userId, writtenAt, writtenAt]);
        const total = totals.get(pair.entry) ?? { sum: 0, n: 0 };
        totals.set(pair.entry, {
          sum: total.sum + value * (CRITERIA[k]?.weight ?? 1),
          n: total.n + (CRITERIA[k]?.weight ?? 1),
        });
      });
    }
    for (const [entry, t] of totals) entryMeans.set(entry.replace(/^re-/, ""), t.sum / t.n);
    return roundId;
  };
  const roundId = judgeRound("festival", festivalEntries, { status: "OPEN", scoredShare: SCORED_SHARE });
  const pastRoundId = judgeRound(
    "past",
    pastEntries.map((e) => e.id),
    { status: "PUBLISHED", scoredShare: 1 },
  );
  await insert(
    client,
    "Round",
    [
      "id",
      "eventId",
      "name",
      "scope",
      "judgesPerEntry",
      "scaleMin",
      "scaleMax",
      "opensAt",
      "closesAt",
      "status",
      "assignmentSeed",
      "assignmentReleasedAt",
      "showScoresToTeams",
      "resultsPublishedAt",
      "createdById",
      "updatedAt",
    ],
    rounds,
  );
  await insert(
    client,
    "RubricCriterion",
    ["id", "roundId", "position", "name", "guidance", "weight"],
    criteria,
  );
  await insert(
    client,
    "RoundJudge",
    ["id", "roundId", "userId", "status", "affiliation", "invitedById", "invitedAt", "respondedAt"],
    roundJudges,
  );
  await insert(client, "RoundEntry", ["id", "roundId", "submissionId", "revisionVersion"], roundEntries);
  await insert(
    client,
    "Assignment",
    ["id", "roundId", "entryId", "judgeId", "status", "queueOrder", "updatedAt"],
    assignments,
  );
  await insert(
    client,
    "Score",
    ["id", "assignmentId", "criterionId", "value", "clientWrittenAt", "updatedAt"],
    scoreRows,
  );
  await insert(
    client,
    "ScoreChange",
    [
      "id",
      "assignmentId",
      "criterionId",
      "oldValue",
      "newValue",
      "changedById",
      "clientWrittenAt",
      "createdAt",
    ],
    changeRows,
  );

  // The past event's awards: three places, each challenge's prize, the best young team, two special awards.
  const ranked = [...pastEntries].sort((a, b) => (entryMeans.get(b.id) ?? 0) - (entryMeans.get(a.id) ?? 0));
  const awardRows: Row[] = [];
  const winnerRows: Row[] = [];
  const award = (
    kind: string,
    name: string,
    winners: string[],
    extra: { place?: number; division?: string; challengeId?: string } = {},
  ) => {
    const id = `aw-${pad(awardRows.length, 3)}`;
    awardRows.push([
      id,
      past.id,
      pastRoundId,
      extra.challengeId ?? null,
      kind,
      name,
      extra.place ?? null,
      extra.division ?? null,
      "",
      awardRows.length,
    ]);
    winners.forEach((submissionId, w) =>
      winnerRows.push([`aww-${id}-${w}`, id, submissionId, winners.length > 1]),
    );
  };
  ranked
    .slice(0, 3)
    .forEach((entry, place) => award("OVERALL", "Best overall", [entry.id], { place: place + 1 }));
  for (const challengeId of pastChallenges) {
    const best = ranked.find((e) => e.challenges.includes(challengeId));
    if (best) award("CHALLENGE", "Challenge prize", [best.id], { challengeId });
  }
  const youngest = ranked.find((e) => e.young);
  if (youngest) award("DIVISION", "Best young team", [youngest.id], { division: "Under 18" });
  if (ranked[3]) award("SPECIAL", "Best design", [ranked[3].id]);
  if (ranked[4] && ranked[5]) award("SPECIAL", "Community choice", [ranked[4].id, ranked[5].id]);
  await insert(
    client,
    "Award",
    ["id", "eventId", "roundId", "challengeId", "kind", "name", "place", "division", "note", "position"],
    awardRows,
  );
  await insert(client, "AwardWinner", ["id", "awardId", "submissionId", "tiedByDecision"], winnerRows);

  // The join burst: confirmed people without a team, each sent to a team of their centre with a place.
  const inTeam = new Set(teams.flatMap((t) => t.members.map((m) => m.id)));
  const free = confirmed.filter((p) => !inTeam.has(p.id));
  const joins: FestivalManifest["joins"] = [];
  for (let c = 0; c < sizes.centres; c++) {
    const places = teams
      .filter((team) => team.centre === c)
      .map((team) => ({ code: team.code, free: TEAM_MAX_SIZE - team.members.length }));
    const plan = planJoins(
      free.filter((p) => p.centre === c),
      places,
    );
    for (const [person, team] of plan)
      joins.push({ userId: person.id, token: person.token, code: team.code });
  }

  return {
    sizes,
    generatedAt: new Date(now).toISOString(),
    festival: {
      id: festival.id,
      slug: festival.slug,
      submissionDeadline: festival.submissionDeadline.toISOString(),
    },
    past: { id: past.id, slug: past.slug },
    organisationSlug: organisations[0]?.slug ?? "",
    areaCode: (TOWNS[0] ?? "XX").slice(0, 2).toUpperCase(),
    projectId: festivalEntries[0] ?? "",
    certificateCode: CERTIFICATE_CODE,
    clubId: clubsHere[0]?.id ?? "",
    roundId,
    organiserToken: tokenFor(organisers[0] ?? ""),
    participantTokens: confirmed.map((p) => p.token),
    joins: rng.shuffle(joins),
    saves,
    scores: rng.shuffle(scores),
  };
}

/**
 * Drops and recreates the database at `url`, migrates it and fills it with a festival of `sizes`
 * (see the file's comment). Returns the manifest with the time each step took.
 */
export async function generateFestival(url: string, sizes: FestivalSizes): Promise<FestivalManifest> {
  const started = performance.now();
  await recreateDatabase(url);
  migrate(url);
  const migrated = performance.now();
  const manifest = await fillFestival(url, sizes);
  const done = performance.now();
  return {
    ...manifest,
    seconds: {
      migrate: (migrated - started) / 1000,
      fill: (done - migrated) / 1000,
      total: (done - started) / 1000,
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = parseOptions(process.argv.slice(2), process.env);
  const manifest = await generateFestival(options.databaseUrl, options.sizes);
  console.log(
    JSON.stringify(
      {
        database: options.databaseUrl,
        seconds: manifest.seconds,
        rows: manifest.rows,
        joinPool: manifest.joins.length,
        saves: manifest.saves.length,
        scoreSlots: manifest.scores.length,
      },
      null,
      2,
    ),
  );
}
