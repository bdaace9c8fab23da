import { managedProfileEmail } from "../guardians/rules.ts";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import type { EventRole } from "../events/policy.ts";

export async function makeUser(
  db: Db,
  options: { email?: string; name?: string; admin?: boolean } = {},
): Promise<SessionUser> {
  const email = options.email ?? `user-${randomUUID().slice(0, 8)}@example.test`;
  const user = await db.user.create({
    data: { email, name: options.name ?? null, isPlatformAdmin: options.admin ?? false },
    select: { id: true, email: true, name: true, isPlatformAdmin: true },
  });
  return user;
}

/**
 * A child's profile kept by `guardian` (server/guardians), returned as the SessionUser the guardian is
 * while acting for it (`guardian` set).
 */
export async function makeManagedChild(
  db: Db,
  guardian: SessionUser,
  options: { name?: string; alias?: string } = {},
): Promise<SessionUser> {
  const child = await db.user.create({
    data: {
      email: managedProfileEmail(randomUUID().replaceAll("-", "").slice(0, 20)),
      name: options.name ?? "Mia",
      alias: options.alias ?? `Pixel${randomUUID().slice(0, 4)}`,
      managedById: guardian.id,
    },
    select: { id: true, email: true, name: true },
  });
  return {
    ...child,
    isPlatformAdmin: false,
    guardian: { id: guardian.id, email: guardian.email, name: guardian.name },
  };
}

const hour = 3_600_000;
const day = 24 * hour;

/** A timeline around `now`: registration open, hacking in a week. */
export function timelineAround(now: Date) {
  const t = now.getTime();
  return {
    registrationOpensAt: new Date(t - day),
    registrationClosesAt: new Date(t + 6 * day),
    startsAt: new Date(t + 7 * day),
    submissionDeadline: new Date(t + 9 * day),
    judgingClosesAt: new Date(t + 11 * day),
    resultsAt: new Date(t + 12 * day),
  };
}

export async function makeEvent(
  db: Db,
  options: {
    now: Date;
    status?: "DRAFT" | "PUBLISHED" | "ARCHIVED";
    slug?: string;
    name?: string;
    timeZone?: string;
    roles?: { userId: string; role: EventRole }[];
  },
) {
  const slug = options.slug ?? `event-${randomUUID().slice(0, 8)}`;
  return db.event.create({
    data: {
      slug,
      name: options.name ?? `Event ${slug}`,
      timeZone: options.timeZone ?? "Europe/London",
      status: options.status ?? "PUBLISHED",
      ...timelineAround(options.now),
      roles: { create: (options.roles ?? []).map((r) => ({ userId: r.userId, role: r.role })) },
    },
    select: { id: true, slug: true, name: true, status: true },
  });
}
