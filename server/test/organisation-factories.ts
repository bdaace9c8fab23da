import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../db/create.ts";

type ChallengeStatus = "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED" | "PUBLISHED";

export async function makeOrganisation(
  db: Db,
  options: { members: { userId: string; role: "OWNER" | "MEMBER" }[]; name?: string; slug?: string },
) {
  const slug = options.slug ?? `org-${randomUUID().slice(0, 8)}`;
  return db.organisation.create({
    data: {
      slug,
      name: options.name ?? `Organisation ${slug}`,
      kind: "INDUSTRY",
      members: { create: options.members.map((m) => ({ userId: m.userId, role: m.role })) },
    },
    select: { id: true, slug: true, name: true },
  });
}

/** An invitation with a known token (commands only ever store its hash). */
export async function makeInvite(
  db: Db,
  options: { organisationId: string; email: string; role?: "OWNER" | "MEMBER"; expiresAt: Date },
) {
  const token = randomBytes(32).toString("base64url");
  const invite = await db.organisationInvite.create({
    data: {
      organisationId: options.organisationId,
      email: options.email.toLowerCase(),
      role: options.role ?? "MEMBER",
      tokenHash: createHash("sha256").update(token, "utf8").digest("hex"),
      expiresAt: options.expiresAt,
    },
    select: { id: true },
  });
  return { ...invite, token };
}

/** A challenge put straight into a status (the history holds the one step that made it). */
export async function makeChallenge(
  db: Db,
  options: {
    organisationId: string;
    eventId: string;
    status?: ChallengeStatus;
    title?: string;
    slug?: string;
  },
) {
  const slug = options.slug ?? `challenge-${randomUUID().slice(0, 8)}`;
  const status = options.status ?? "DRAFT";
  return db.challenge.create({
    data: {
      eventId: options.eventId,
      organisationId: options.organisationId,
      slug,
      title: options.title ?? `Challenge ${slug}`,
      summary: "A real problem with open data.",
      problemStatement: "## The problem\n\nBuses are late. [Data](https://data.example.test).",
      sector: "Transport",
      resources: [{ name: "Bus API", url: "https://api.example.test" }],
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      history: { create: { fromStatus: null, toStatus: status } },
    },
    select: { id: true, slug: true, status: true },
  });
}
