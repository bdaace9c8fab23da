import { randomUUID } from "node:crypto";
import type { Db } from "../db/create.ts";

/** A published challenge of `eventId` from a fresh sponsor organisation. */
export async function makePublishedChallenge(db: Db, params: { eventId: string; title?: string }) {
  const slug = `c-${randomUUID().slice(0, 8)}`;
  const organisation = await db.organisation.create({
    data: { slug: `org-${slug}`, name: `Sponsor ${slug}`, kind: "PUBLIC_SECTOR" },
    select: { id: true },
  });
  return db.challenge.create({
    data: {
      eventId: params.eventId,
      organisationId: organisation.id,
      slug,
      title: params.title ?? `Challenge ${slug}`,
      summary: "Make buses easier to use",
      problemStatement: "People miss buses.",
      sector: "Transport",
      status: "PUBLISHED",
      publishedAt: new Date("2026-11-20T00:00:00.000Z"),
    },
    select: { id: true, title: true },
  });
}

/** The smallest valid PNG header, enough for the type check. */
export const tinyPngBase64 = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13,
]).toString("base64");
