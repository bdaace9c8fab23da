// Uploading, replacing and removing an event's cover image, and who may.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coverSrc } from "../events/cover.ts";
import { DomainError } from "../errors.ts";
import { MAX_IMAGE_BYTES } from "../storage/images.ts";
import { blobStore } from "../storage/blob-store.ts";
import { callerFor } from "../test/callers.ts";
import { codeOf } from "../test/outcome.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeRegistration } from "../test/registration-factories.ts";
import { tinyPngBase64 } from "../test/submission-factories.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
const gifBase64 = Buffer.from("GIF89a-tiny").toString("base64");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function setUp() {
  const [organiser, participant, otherOrganiser] = await Promise.all([
    makeUser(tdb.db),
    makeUser(tdb.db),
    makeUser(tdb.db),
  ]);
  const event = await makeEvent(tdb.db, {
    now,
    status: "PUBLISHED",
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
  });
  await makeEvent(tdb.db, {
    now,
    status: "PUBLISHED",
    roles: [{ userId: otherOrganiser.id, role: "ORGANISER" }],
  });
  await makeRegistration(tdb.db, { eventId: event.id, userId: participant.id });
  const as = (user: typeof organiser | null) => callerFor(tdb.db, user, now).events;
  return { event, organiser, participant, otherOrganiser, as };
}

async function row(eventId: string) {
  return tdb.db.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { coverImageKey: true, coverImageContentType: true, coverImageAlt: true },
  });
}

/** The field errors a refusal carries (what the form shows beside each field). */
async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[] | undefined>> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    expect(error.code).toBe("BAD_REQUEST");
    if (error.cause instanceof DomainError) return error.cause.fieldErrors ?? {};
    return { zod: [String(error.message)] };
  }
  throw new Error("expected a refusal");
}

describe("events.setCover / removeCover / cover", () => {
  it("lets an organiser upload, replace and remove the cover; each upload has a new address", async () => {
    const { event, organiser, as } = await setUp();
    const store = blobStore();
    const first = await as(organiser).setCover({
      eventId: event.id,
      dataBase64: tinyPngBase64,
      alt: "  Young coders at laptops  ",
    });
    expect(first.coverImageKey).toMatch(new RegExp(`^covers/${event.id}/[0-9a-f]{32}$`));
    expect(first.coverImageAlt).toBe("Young coders at laptops");
    const firstKey = first.coverImageKey ?? "";
    expect(Buffer.from((await store.get(firstKey)) ?? []).toString("base64")).toBe(tinyPngBase64);

    // Public like the event page, with the description on the page's data.
    const page = await as(null).bySlug({ slug: event.slug });
    expect(page.coverImageAlt).toBe("Young coders at laptops");
    expect(coverSrc(page)).toBe(`/events/${event.slug}/cover?v=${firstKey.split("/")[2]}`);
    expect(await as(null).cover({ slug: event.slug })).toEqual({
      storageKey: firstKey,
      contentType: "image/png",
    });
    const listed = (await as(null).list()).find((e) => e.id === event.id);
    expect(listed?.coverImageKey).toBe(firstKey);

    const second = await as(organiser).setCover({ eventId: event.id, dataBase64: gifBase64, alt: "Pizza" });
    expect(second.coverImageKey).not.toBe(firstKey);
    expect(await store.get(firstKey)).toBeNull();
    expect(await as(null).cover({ slug: event.slug })).toMatchObject({ contentType: "image/gif" });

    await as(organiser).removeCover({ eventId: event.id });
    expect(await row(event.id)).toEqual({
      coverImageKey: null,
      coverImageContentType: null,
      coverImageAlt: null,
    });
    expect(await store.get(second.coverImageKey ?? "")).toBeNull();
    expect(await codeOf(as(null).cover({ slug: event.slug }))).toBe("NOT_FOUND");
    // Removing again is harmless.
    expect(await codeOf(as(organiser).removeCover({ eventId: event.id }))).toBe("ok");

    const audit = await tdb.db.auditLog.findMany({
      where: { entityId: event.id, action: { startsWith: "event.cover" } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["event.cover.set", "event.cover.set", "event.cover.remove"]);
  });

  it("refuses participants, another event's organiser and signed-out callers, changing nothing", async () => {
    const { event, participant, otherOrganiser, as } = await setUp();
    const upload = { eventId: event.id, dataBase64: tinyPngBase64, alt: "A cover" };
    expect(await codeOf(as(participant).setCover(upload))).toBe("FORBIDDEN");
    expect(await codeOf(as(otherOrganiser).setCover(upload))).toBe("FORBIDDEN");
    expect(await codeOf(as(null).setCover(upload))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(participant).removeCover({ eventId: event.id }))).toBe("FORBIDDEN");
    expect(await codeOf(as(otherOrganiser).removeCover({ eventId: event.id }))).toBe("FORBIDDEN");
    expect(await codeOf(as(null).removeCover({ eventId: event.id }))).toBe("UNAUTHORIZED");
    expect((await row(event.id)).coverImageKey).toBeNull();
  });

  it.each([
    ["an SVG (it can carry script)", Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")],
    ["text bytes", Buffer.from("hello, not an image")],
    [
      "an image one byte over 2 MB",
      Buffer.concat([Buffer.from(tinyPngBase64, "base64"), Buffer.alloc(MAX_IMAGE_BYTES)]),
    ],
  ])("refuses %s with an error on the cover field, keeping the old cover", async (_name, bytes) => {
    const { event, organiser, as } = await setUp();
    const kept = await as(organiser).setCover({ eventId: event.id, dataBase64: tinyPngBase64, alt: "Kept" });
    const errors = await fieldErrorsOf(
      as(organiser).setCover({ eventId: event.id, dataBase64: bytes.toString("base64"), alt: "New" }),
    );
    expect(errors.cover?.join(" ")).toMatch(/PNG, JPEG, WebP or GIF|at most 2 MB/);
    expect(errors.alt).toBeUndefined();
    expect(await row(event.id)).toEqual({
      coverImageKey: kept.coverImageKey,
      coverImageContentType: "image/png",
      coverImageAlt: "Kept",
    });
  });

  it("refuses a cover without a description", async () => {
    const { event, organiser, as } = await setUp();
    const result = await codeOf(
      as(organiser).setCover({ eventId: event.id, dataBase64: tinyPngBase64, alt: "   " }),
    );
    expect(result).toBe("BAD_REQUEST");
    expect((await row(event.id)).coverImageKey).toBeNull();
  });
});
