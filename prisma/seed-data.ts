/**
 * The demo content, as plain data: no database access, so it can be checked by unit tests and the
 * seed (./seed.ts) only has to write it.
 *
 * Every date is relative to the UTC calendar day of `today`, so the demo always shows live events
 * and any two runs on the same day produce identical data. Times are wall-clock times in the
 * event's zone (09:00 means 09:00 in Leeds in winter and in summer); none of them falls in the hour
 * that a DST change skips or repeats.
 *
 * Records refer to each other by natural keys (email, organisation and event slug, centre name),
 * never by database ids.
 *
 * The demo sign-in addresses all use the reserved example.org domain; the names are made up.
 */
import { Temporal } from "temporal-polyfill";
import type {
  EventRoleKind,
  EventStatus,
  ExperienceLevel,
  OrganisationKind,
  OrganisationRole,
  RegistrationStatus,
  SessionMode,
} from "../server/db/generated/enums.ts";
import { localToInstant } from "../server/time/zoned.ts";

export const DEMO_CODE_OF_CONDUCT_VERSION = "2026-1";

export interface DemoUser {
  email: string;
  name: string;
  /** Shown publicly instead of the name: young people are credited by alias. */
  alias: string | null;
  isPlatformAdmin: boolean;
  /** What this account is for, printed by the seed beside the address. */
  purpose: string;
  /**
   * For a child's profile kept by a guardian (server/guardians): the guardian's address, listed before
   * it. The profile's own address is a reserved one nobody signs in with.
   */
  managedByEmail?: string;
}

export interface DemoOrganisation {
  slug: string;
  name: string;
  kind: OrganisationKind;
  website: string;
  description: string;
  members: { email: string; role: OrganisationRole }[];
  /** When an owner asked to make it an operator (null: never asked). */
  operatorRequestedAt: Date | null;
  /** When the platform admin approved it as an operator (null: not one, or still waiting). */
  operatorApprovedAt: Date | null;
}

/** A weekly session (a coding club) an operator lists in the public directory (RecurringSession). */
export interface DemoSession {
  /** The operator that runs it. */
  organisationSlug: string;
  /** Unique within its organisation: the seed finds the session again by it. */
  title: string;
  description: string;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** Wall-clock "HH:MM" in timeZone. */
  startTime: string;
  endTime: string;
  timeZone: string;
  /** Calendar dates, as midnight UTC (the columns are DATEs); endsOn null: until further notice. */
  startsOn: Date;
  endsOn: Date | null;
  mode: SessionMode;
  /** Empty for an online session, which meets nowhere. */
  venueName: string;
  addressLine: string;
  postcodeDistrict: string;
  minAge: number;
  maxAge: number;
  level: ExperienceLevel;
  /** Price of one session in pence; 0 is free. */
  costPence: number;
  /** Empty when it takes its bookings here (placesHere). */
  bookingUrl: string;
  /** Null: people book on bookingUrl; a number: places booked here. */
  placesHere: number | null;
  /** Null: a draft, not in the directory. */
  publishedAt: Date | null;
}

/** A place booked here at a demo club (ClubBooking), found again by its club and person. */
export interface DemoClubBooking {
  organisationSlug: string;
  sessionTitle: string;
  /** Whose place it is, and who booked it (a child's guardian, or the person themself). */
  personEmail: string;
  bookedByEmail: string;
  status: "BOOKED" | "WAITING";
  ageAtBooking: number;
}

export interface DemoCentre {
  name: string;
  addressLine: string;
  postcodeDistrict: string;
  latitude: number;
  longitude: number;
  capacity: number;
  accessibilityNotes: string;
  openingTimes: string;
}

export interface DemoRole {
  email: string;
  role: EventRoleKind;
  /** Null for an event-wide role. */
  centreName: string | null;
  grantedByEmail: string;
}

export interface DemoRegistration {
  email: string;
  centreName: string | null;
  experience: ExperienceLevel;
  skills: string[];
  /** A calendar date, as midnight UTC (the column is a DATE). */
  dateOfBirth: Date;
  status: RegistrationStatus;
  guardianEmail: string | null;
  codeOfConductVersion: string;
  codeOfConductAt: Date;
  /** What they told the centre, when the event asks for it (SensitiveInfo). */
  sensitive?: {
    medical: string;
    access: string;
    emergencyName: string;
    emergencyRelationship: string;
    emergencyPhone: string;
  };
}

export interface DemoEvent {
  slug: string;
  name: string;
  description: string;
  timeZone: string;
  status: EventStatus;
  publishedAt: Date;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  startsAt: Date;
  submissionDeadline: Date;
  judgingClosesAt: Date;
  resultsAt: Date;
  teamMinSize: number;
  teamMaxSize: number;
  minimumAge: number | null;
  consentAge: number;
  /** The sensitive information the event asks for (none when omitted). */
  sensitiveFields?: ("MEDICAL" | "ACCESS" | "EMERGENCY_CONTACT")[];
  /** Shown at the foot of every page of the event. */
  contactEmail: string;
  createdByEmail: string;
  centres: DemoCentre[];
  roles: DemoRole[];
  registrations: DemoRegistration[];
}

export interface DemoData {
  users: DemoUser[];
  organisations: DemoOrganisation[];
  sessions: DemoSession[];
  clubBookings: DemoClubBooking[];
  events: DemoEvent[];
}

export const DEMO_ADMIN_EMAIL = "admin@example.org";
export const DEMO_ORGANISER_EMAIL = "organiser@example.org";
export const DEMO_SPONSOR_EMAIL = "sponsor@example.org";
export const DEMO_JUDGE_EMAIL = "judge@example.org";
export const DEMO_CENTRE_LEAD_EMAIL = "lead@example.org";
export const DEMO_MENTOR_EMAIL = "mentor@example.org";
export const DEMO_PARENT_EMAIL = "parent@example.org";
/** A child's profile's reserved address (server/guardians/rules.ts managedProfileEmail). */
export const DEMO_CHILD_PROFILE_EMAIL = "managed-demoleo@managed.invalid";
export const FESTIVAL_SLUG = "festival-of-code";
export const HACK_DAY_SLUG = "civic-data-hack-day";
/** The sponsor, also an approved operator: its weekly coding clubs are in the public directory. */
export const DEMO_OPERATOR_SLUG = "northern-rail-data";
/** A community group that asked to be an operator: the platform admin has yet to decide. */
export const DEMO_OPERATOR_REQUEST_SLUG = "tyneside-young-coders";

const LONDON = "Europe/London";
const LEEDS = "Leeds Central Library";
/** The centre of the demo team, Data Dragons, where both its members registered. */
export const DATA_DRAGONS_CENTRE = LEEDS;
const MANCHESTER = "Manchester Digital Hub";
const BRISTOL = "Bristol Engine Shed";
const NEWCASTLE = "Newcastle City Library";

/** The UTC calendar date of an instant: the anchor every demo date is relative to. */
export function demoAnchor(today: Date): Temporal.PlainDate {
  const ms = today.getTime();
  if (Number.isNaN(ms)) throw new RangeError("demoData needs a valid date");
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO("UTC").toPlainDate();
}

/** The instant of wall-clock `time` in `timeZone`, `days` calendar days after the anchor. */
function wallClock(anchor: Temporal.PlainDate, days: number, time: string, timeZone: string): Date {
  const local = `${anchor.add({ days }).toString()}T${time}`;
  const result = localToInstant(local, timeZone);
  // Only possible if a zone moved its DST change to one of the times above; fail loudly.
  if (!result.ok) throw new RangeError(`Demo time ${local} in ${timeZone} is ${result.reason}`);
  return result.instant;
}

/** A calendar date as a DATE column holds it: midnight UTC. */
function dateColumn(date: Temporal.PlainDate): Date {
  return new Date(`${date.toString()}T00:00:00.000Z`);
}

/** The first ISO `weekday` (1 Monday … 7 Sunday) on or after `date`. */
function onOrAfter(date: Temporal.PlainDate, weekday: number): Temporal.PlainDate {
  return date.add({ days: (weekday - date.dayOfWeek + 7) % 7 });
}

/** A date of birth giving exactly `years` (and `extraDays` more) of age on `on`. */
function bornBefore(on: Temporal.PlainDate, years: number, extraDays: number): Date {
  const date = on.subtract({ years }).subtract({ days: extraDays });
  return new Date(`${date.toString()}T00:00:00.000Z`);
}

const users: readonly DemoUser[] = [
  {
    email: DEMO_ADMIN_EMAIL,
    name: "Ada Fairbairn",
    alias: null,
    isPlatformAdmin: true,
    purpose: "platform admin",
  },
  {
    email: DEMO_ORGANISER_EMAIL,
    name: "Owen Marsh",
    alias: null,
    isPlatformAdmin: false,
    purpose: "organiser of every demo event; owner of Tyneside Young Coders (asked to be an operator)",
  },
  {
    email: DEMO_SPONSOR_EMAIL,
    name: "Shona Keating",
    alias: null,
    isPlatformAdmin: false,
    purpose: "owner of the sponsor Northern Rail Data, an operator with weekly clubs in /directory",
  },
  {
    email: DEMO_JUDGE_EMAIL,
    name: "Jonah Pickering",
    alias: null,
    isPlatformAdmin: false,
    purpose: "judge at the Festival of Code",
  },
  {
    email: DEMO_CENTRE_LEAD_EMAIL,
    name: "Leila Brennan",
    alias: null,
    isPlatformAdmin: false,
    purpose: `centre lead at ${LEEDS}, and the Festival of Code's safeguarding lead`,
  },
  {
    email: DEMO_MENTOR_EMAIL,
    name: "Marcus Thorne",
    alias: null,
    isPlatformAdmin: false,
    purpose: `mentor at ${MANCHESTER}`,
  },
  {
    email: "participant1@example.org",
    name: "Amira Haddad",
    alias: null,
    isPlatformAdmin: false,
    purpose: "participant, adult",
  },
  {
    email: "participant2@example.org",
    name: "Tom Whitfield",
    alias: null,
    isPlatformAdmin: false,
    purpose: "participant, adult",
  },
  {
    email: "participant3@example.org",
    name: "Priya Raman",
    alias: null,
    isPlatformAdmin: false,
    purpose: "participant, adult",
  },
  {
    email: "participant4@example.org",
    name: "Gareth Lloyd",
    alias: null,
    isPlatformAdmin: false,
    purpose: "participant, adult",
  },
  {
    email: "participant5@example.org",
    name: "Jess Okoro",
    alias: "PixelFox",
    isPlatformAdmin: false,
    purpose: "participant, 15, awaiting guardian consent",
  },
  {
    email: "participant6@example.org",
    name: "Sam Kowal",
    alias: "ByteOtter",
    isPlatformAdmin: false,
    purpose: "participant, 11, awaiting guardian consent",
  },
  {
    email: DEMO_PARENT_EMAIL,
    name: "Priya Shah",
    alias: null,
    isPlatformAdmin: false,
    purpose: "a guardian: keeps the profile of Leo (10, no email address), registered for the festival",
  },
  {
    email: DEMO_CHILD_PROFILE_EMAIL,
    name: "Leo",
    alias: "CodeCub",
    isPlatformAdmin: false,
    purpose: "Leo's profile (signs in as nobody: Priya acts for him)",
    managedByEmail: DEMO_PARENT_EMAIL,
  },
];

/**
 * The organisations. Northern Rail Data sponsors the festival's challenge and is an approved operator
 * (asked 9 weeks ago, approved two days later); Tyneside Young Coders asked to be one three days ago and
 * waits for the platform admin.
 */
function demoOrganisations(at: (days: number, time: string) => Date): DemoOrganisation[] {
  return [
    {
      slug: DEMO_OPERATOR_SLUG,
      name: "Northern Rail Data",
      kind: "PUBLIC_SECTOR",
      website: "https://example.org/northern-rail-data",
      description:
        "Open timetable, punctuality and station-footfall data for the railways of the north of England. " +
        "Our outreach volunteers run weekly coding clubs where young people learn to code with real open data.",
      members: [{ email: DEMO_SPONSOR_EMAIL, role: "OWNER" }],
      operatorRequestedAt: at(-63, "09:40"),
      operatorApprovedAt: at(-61, "14:15"),
    },
    {
      slug: DEMO_OPERATOR_REQUEST_SLUG,
      name: "Tyneside Young Coders",
      kind: "COMMUNITY",
      website: "https://example.org/tyneside-young-coders",
      description:
        "A volunteer-run group in Newcastle helping young people build games, websites and robots. " +
        "We would like to list our own clubs and holiday hack days.",
      members: [{ email: DEMO_ORGANISER_EMAIL, role: "OWNER" }],
      operatorRequestedAt: at(-3, "19:05"),
      operatorApprovedAt: null,
    },
  ];
}

/**
 * The operator's weekly sessions, in Europe/London: three running now (a free beginners' club in
 * Cardiff, a paid Saturday club in Leeds with an end date, a free online club), one published that starts
 * about five weeks from the anchor and runs about four months, and a draft nobody sees yet. Each starts
 * on its own weekday; the dates move with the anchor like every demo date.
 */
function demoSessions(anchor: Temporal.PlainDate, at: (days: number, time: string) => Date): DemoSession[] {
  const base = { organisationSlug: DEMO_OPERATOR_SLUG, timeZone: LONDON };
  const booking = (path: string) => `https://example.org/northern-rail-data/clubs/${path}`;
  const cardiffFrom = onOrAfter(anchor.subtract({ weeks: 7 }), 2);
  const leedsFrom = onOrAfter(anchor.subtract({ weeks: 5 }), 6);
  const onlineFrom = onOrAfter(anchor.subtract({ weeks: 3 }), 4);
  const newcastleFrom = onOrAfter(anchor.add({ days: 35 }), 3);
  const yorkFrom = onOrAfter(anchor.add({ days: 42 }), 7);
  return [
    {
      ...base,
      title: "Cathays Library Code Club",
      description:
        "A friendly first step into coding: make games and animations in Scratch, then try a little " +
        "Python. Laptops provided. A parent or carer stays for the first session.",
      weekday: 2,
      startTime: "17:00",
      endTime: "18:30",
      startsOn: dateColumn(cardiffFrom),
      endsOn: null,
      mode: "IN_PERSON",
      venueName: "Cathays Library",
      addressLine: "Fairoak Road, Cathays, Cardiff",
      postcodeDistrict: "CF24",
      minAge: 8,
      maxAge: 12,
      level: "NEW",
      costPence: 0,
      // Booked here: Leo's guardian booked him a place (demoClubBookings).
      bookingUrl: "",
      placesHere: 12,
      publishedAt: at(-55, "10:00"),
    },
    {
      ...base,
      title: "Saturday Data Club",
      description:
        "Build web pages and small apps with live train data: departure boards, delay maps and quizzes. " +
        "Bring a laptop if you have one; we have a few to borrow.",
      weekday: 6,
      startTime: "10:00",
      endTime: "12:00",
      startsOn: dateColumn(leedsFrom),
      endsOn: dateColumn(leedsFrom.add({ weeks: 14 })),
      mode: "IN_PERSON",
      venueName: "Platform",
      addressLine: "New Station Street, Leeds",
      postcodeDistrict: "LS1",
      minAge: 11,
      maxAge: 16,
      level: "SOME",
      costPence: 350,
      bookingUrl: booking("leeds-saturday"),
      placesHere: null,
      publishedAt: at(-40, "12:30"),
    },
    {
      ...base,
      title: "Open Data Lab (online)",
      description:
        "For confident coders: each week a new open data set and a challenge to crack in Python or " +
        "JavaScript, on a video call with our mentors. Cameras optional.",
      weekday: 4,
      startTime: "19:00",
      endTime: "20:00",
      startsOn: dateColumn(onlineFrom),
      endsOn: null,
      mode: "ONLINE",
      venueName: "",
      addressLine: "",
      postcodeDistrict: "",
      minAge: 13,
      maxAge: 18,
      level: "CONFIDENT",
      costPence: 0,
      bookingUrl: booking("open-data-lab"),
      placesHere: null,
      publishedAt: at(-26, "18:00"),
    },
    {
      ...base,
      title: "Station Coders Newcastle",
      description:
        "New next term: build a talking timetable and a robot that reads the departure board. " +
        "For coders who have tried Scratch or Python before.",
      weekday: 3,
      startTime: "16:00",
      endTime: "17:30",
      startsOn: dateColumn(newcastleFrom),
      endsOn: dateColumn(newcastleFrom.add({ weeks: 17 })),
      mode: "IN_PERSON",
      venueName: "Newcastle City Library",
      addressLine: "Charles Avison Building, New Bridge Street West, Newcastle upon Tyne",
      postcodeDistrict: "NE1",
      minAge: 10,
      maxAge: 14,
      level: "SOME",
      costPence: 0,
      bookingUrl: booking("newcastle"),
      placesHere: null,
      publishedAt: at(-2, "11:30"),
    },
    {
      ...base,
      title: "Family Coding Morning (York)",
      description:
        "Children and their grown-ups code together among the locomotives: a short Scratch project, " +
        "then a look at how the museum's own data is kept.",
      weekday: 7,
      startTime: "10:30",
      endTime: "12:00",
      startsOn: dateColumn(yorkFrom),
      endsOn: null,
      mode: "IN_PERSON",
      venueName: "National Railway Museum",
      addressLine: "Leeman Road, York",
      postcodeDistrict: "YO26",
      minAge: 6,
      maxAge: 11,
      level: "NEW",
      costPence: 200,
      bookingUrl: booking("york-family"),
      placesHere: null,
      publishedAt: null,
    },
  ];
}

export function demoData(today: Date): DemoData {
  const anchor = demoAnchor(today);
  const at = (days: number, time: string) => wallClock(anchor, days, time, LONDON);

  // Festival: registration opened 3 days ago and closes in 5; hacking from day 7 to day 12.
  const festivalStart = at(7, "09:00");
  const festivalStartDate = anchor.add({ days: 7 });
  const year = Temporal.Instant.fromEpochMilliseconds(festivalStart.getTime()).toZonedDateTimeISO(
    LONDON,
  ).year;

  const festivalRegistration = (
    n: number,
    details: Omit<DemoRegistration, "email" | "codeOfConductVersion" | "codeOfConductAt">,
  ): DemoRegistration => ({
    email: `participant${n}@example.org`,
    ...details,
    codeOfConductVersion: DEMO_CODE_OF_CONDUCT_VERSION,
    // Spread over the two days after registration opened, at plausible hours.
    codeOfConductAt: at(
      -3 + Math.floor(n / 3),
      `${String(10 + n).padStart(2, "0")}:${String(5 * n).padStart(2, "0")}`,
    ),
  });

  const festival: DemoEvent = {
    slug: FESTIVAL_SLUG,
    name: `Festival of Code ${year}`,
    description:
      "A week of building things with open data at centres across the country. Young people and " +
      "adults form teams at their local centre, pick a challenge from a sponsor and present what " +
      "they made at the local heat; the best projects go on to the finals.",
    timeZone: LONDON,
    status: "PUBLISHED",
    publishedAt: at(-5, "12:00"),
    registrationOpensAt: at(-3, "09:00"),
    registrationClosesAt: at(5, "17:00"),
    startsAt: festivalStart,
    submissionDeadline: at(12, "17:00"),
    judgingClosesAt: at(13, "17:00"),
    resultsAt: at(14, "18:00"),
    teamMinSize: 2,
    teamMaxSize: 5,
    minimumAge: 8,
    consentAge: 18,
    sensitiveFields: ["MEDICAL", "ACCESS", "EMERGENCY_CONTACT"],
    contactEmail: "hello@example.org",
    createdByEmail: DEMO_ADMIN_EMAIL,
    centres: [
      {
        name: LEEDS,
        addressLine: "Calverley Street, Leeds",
        postcodeDistrict: "LS1",
        latitude: 53.8007,
        longitude: -1.5486,
        capacity: 40,
        accessibilityNotes:
          "Step-free entrance on Calverley Street; lift to every floor; accessible toilets on the " +
          "ground and first floors; a quiet room is available on request.",
        openingTimes: "Mon–Fri 09:00–18:00, Sat 10:00–16:00",
      },
      {
        name: MANCHESTER,
        addressLine: "Tariff Street, Northern Quarter, Manchester",
        postcodeDistrict: "M1",
        latitude: 53.4829,
        longitude: -2.2333,
        capacity: 60,
        accessibilityNotes:
          "Level access from Tariff Street; hearing loop in the main hall; accessible toilet on " +
          "the ground floor.",
        openingTimes: "Mon–Fri 08:30–19:00",
      },
      {
        name: BRISTOL,
        addressLine: "Station Approach, Temple Meads, Bristol",
        postcodeDistrict: "BS1",
        latitude: 51.4494,
        longitude: -2.5812,
        capacity: 35,
        accessibilityNotes:
          "Ramp at the main entrance; the workshop space is on the ground floor; accessible " +
          "parking bays by the station approach.",
        openingTimes: "Mon–Fri 09:00–17:30, Sat 10:00–15:00",
      },
    ],
    roles: [
      { email: DEMO_ORGANISER_EMAIL, role: "ORGANISER", centreName: null, grantedByEmail: DEMO_ADMIN_EMAIL },
      { email: DEMO_JUDGE_EMAIL, role: "JUDGE", centreName: null, grantedByEmail: DEMO_ORGANISER_EMAIL },
      {
        email: DEMO_CENTRE_LEAD_EMAIL,
        role: "CENTRE_LEAD",
        centreName: LEEDS,
        grantedByEmail: DEMO_ORGANISER_EMAIL,
      },
      {
        email: DEMO_MENTOR_EMAIL,
        role: "MENTOR",
        centreName: MANCHESTER,
        grantedByEmail: DEMO_ORGANISER_EMAIL,
      },
      // Concerns reported at the festival go to her (and not to the organiser).
      {
        email: DEMO_CENTRE_LEAD_EMAIL,
        role: "SAFEGUARDING_LEAD",
        centreName: null,
        grantedByEmail: DEMO_ORGANISER_EMAIL,
      },
    ],
    // Ages are fixed at the event start (whole years plus a margin of days), so they stay the same
    // whichever day the seed runs.
    registrations: [
      festivalRegistration(1, {
        centreName: LEEDS,
        experience: "CONFIDENT",
        skills: ["TypeScript", "PostgreSQL", "Accessibility"],
        dateOfBirth: bornBefore(festivalStartDate, 34, 120),
        status: "CONFIRMED",
        guardianEmail: null,
        sensitive: {
          medical: "Coeliac: gluten-free lunch, please.",
          access: "",
          emergencyName: "Sam Okafor",
          emergencyRelationship: "partner",
          emergencyPhone: "07700 900461",
        },
      }),
      festivalRegistration(2, {
        centreName: LEEDS,
        experience: "NEW",
        skills: ["HTML", "CSS"],
        dateOfBirth: bornBefore(festivalStartDate, 19, 45),
        status: "CONFIRMED",
        guardianEmail: null,
      }),
      festivalRegistration(3, {
        centreName: BRISTOL,
        experience: "SOME",
        skills: ["Python", "Data analysis", "Mapping"],
        dateOfBirth: bornBefore(festivalStartDate, 27, 200),
        status: "CONFIRMED",
        guardianEmail: null,
      }),
      festivalRegistration(4, {
        centreName: MANCHESTER,
        experience: "CONFIDENT",
        skills: ["Java", "APIs", "Design"],
        dateOfBirth: bornBefore(festivalStartDate, 45, 10),
        status: "CONFIRMED",
        guardianEmail: null,
      }),
      festivalRegistration(5, {
        centreName: LEEDS,
        experience: "SOME",
        skills: ["Scratch", "Python", "Game design"],
        dateOfBirth: bornBefore(festivalStartDate, 15, 90),
        status: "PENDING_CONSENT",
        guardianEmail: "guardian.pixelfox@example.org",
      }),
      festivalRegistration(6, {
        centreName: BRISTOL,
        experience: "NEW",
        skills: ["Scratch", "Drawing"],
        dateOfBirth: bornBefore(festivalStartDate, 11, 150),
        status: "PENDING_CONSENT",
        guardianEmail: "guardian.byteotter@example.org",
      }),
      // Registered by his guardian, acting for his profile: the consent link is in her inbox.
      {
        ...festivalRegistration(7, {
          centreName: LEEDS,
          experience: "NEW",
          skills: ["Scratch"],
          dateOfBirth: bornBefore(festivalStartDate, 10, 40),
          status: "PENDING_CONSENT",
          guardianEmail: DEMO_PARENT_EMAIL,
        }),
        email: DEMO_CHILD_PROFILE_EMAIL,
      },
    ],
  };

  const hackDay: DemoEvent = {
    slug: HACK_DAY_SLUG,
    name: "Civic Data Hack Day",
    description:
      "One day, one room, one question: what can open council and transport data tell us about " +
      "getting around the city? Teams of one to four, all levels welcome.",
    timeZone: LONDON,
    status: "PUBLISHED",
    publishedAt: at(-3, "12:00"),
    registrationOpensAt: at(-2, "09:00"),
    registrationClosesAt: at(19, "17:00"),
    startsAt: at(21, "09:30"),
    submissionDeadline: at(21, "16:00"),
    judgingClosesAt: at(21, "17:30"),
    resultsAt: at(21, "18:00"),
    teamMinSize: 1,
    teamMaxSize: 4,
    minimumAge: 16,
    consentAge: 18,
    contactEmail: "hello@example.org",
    createdByEmail: DEMO_ADMIN_EMAIL,
    centres: [
      {
        name: NEWCASTLE,
        addressLine: "Charles Avison Building, New Bridge Street West, Newcastle upon Tyne",
        postcodeDistrict: "NE1",
        latitude: 54.9738,
        longitude: -1.6097,
        capacity: 50,
        accessibilityNotes:
          "Step-free throughout; lifts to the event floor; accessible toilets on every floor.",
        openingTimes: "Hack day 09:00–18:30",
      },
    ],
    roles: [
      { email: DEMO_ORGANISER_EMAIL, role: "ORGANISER", centreName: null, grantedByEmail: DEMO_ADMIN_EMAIL },
    ],
    registrations: [],
  };

  return {
    users: users.map((u) => ({ ...u })),
    organisations: demoOrganisations(at),
    sessions: demoSessions(anchor, at),
    clubBookings: [
      {
        organisationSlug: DEMO_OPERATOR_SLUG,
        sessionTitle: "Cathays Library Code Club",
        personEmail: DEMO_CHILD_PROFILE_EMAIL,
        bookedByEmail: DEMO_PARENT_EMAIL,
        status: "BOOKED",
        ageAtBooking: 10,
      },
    ],
    events: [festival, hackDay],
  };
}
