// Writing response templates: organisers of the event. Every change is audited (the title, never the body).
import "server-only";
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { copyTitle } from "./rules.ts";
import type { TemplateFields } from "./schema.ts";
import { templateSources } from "./queries.ts";

/** This module's refusals ("TemplateErrors"). */
const refuse = refusals("TemplateErrors");

const titleTaken = () =>
  new DomainError("CONFLICT", refuse("titleTaken"), {
    title: [refuse("titleTakenChooseAnother").text],
  });
const notFound = () => new DomainError("NOT_FOUND", refuse("templateNotFound"));

/** Runs `write`, turning the (eventId, title) unique violation into a field error on the title. */
async function withTitleCheck<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, "title")) throw titleTaken();
    throw error;
  }
}

/** Adds a template to the event. CONFLICT (field `title`) when the title is taken. Returns `{ id }`. */
export async function createTemplate(
  db: Db,
  params: { eventId: string; actorId: string; input: TemplateFields },
) {
  return withTitleCheck(() =>
    db.$transaction(async (tx) => {
      const row = await tx.responseTemplate.create({
        data: { ...params.input, eventId: params.eventId, createdById: params.actorId },
        select: { id: true },
      });
      await audit(tx, {
        actorId: params.actorId,
        eventId: params.eventId,
        action: "template.create",
        entityType: "ResponseTemplate",
        entityId: row.id,
        data: { title: params.input.title },
      });
      return row;
    }),
  );
}

/** Changes a template of the event (NOT_FOUND for another event's; CONFLICT for a taken title). */
export async function updateTemplate(
  db: Db,
  params: { eventId: string; actorId: string; templateId: string; input: TemplateFields },
) {
  return withTitleCheck(() =>
    db.$transaction(async (tx) => {
      const { count } = await tx.responseTemplate.updateMany({
        where: { id: params.templateId, eventId: params.eventId },
        data: params.input,
      });
      if (count === 0) throw notFound();
      await audit(tx, {
        actorId: params.actorId,
        eventId: params.eventId,
        action: "template.update",
        entityType: "ResponseTemplate",
        entityId: params.templateId,
        data: { title: params.input.title },
      });
      return { id: params.templateId };
    }),
  );
}

/** Deletes a template of the event (NOT_FOUND for another event's). */
export async function deleteTemplate(
  db: Db,
  params: { eventId: string; actorId: string; templateId: string },
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.responseTemplate.deleteMany({
      where: { id: params.templateId, eventId: params.eventId },
    });
    if (count === 0) throw notFound();
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "template.delete",
      entityType: "ResponseTemplate",
      entityId: params.templateId,
    });
    return { id: params.templateId };
  });
}

/**
 * Copies every template of `fromEventId` into `eventId`. The caller must organise the source event too
 * (or be a platform admin): otherwise, and for an event with no templates, NOT_FOUND (field
 * `fromEventId`). A title the event already uses gets " (copy)" (copyTitle), so copying twice keeps
 * both. Audited once. Returns `{ copied }`, the number of templates added.
 */
export async function copyTemplates(
  db: Db,
  params: { eventId: string; actorId: string; isPlatformAdmin: boolean; fromEventId: string },
): Promise<{ copied: number }> {
  const sources = await templateSources(db, {
    eventId: params.eventId,
    userId: params.actorId,
    isPlatformAdmin: params.isPlatformAdmin,
  });
  if (!sources.some((s) => s.id === params.fromEventId)) {
    throw new DomainError("NOT_FOUND", refuse("chooseSourceEvent"), {
      fromEventId: [refuse("chooseSourceEvent").text],
    });
  }
  return db.$transaction(async (tx) => {
    // One copy at a time per event: the titles read here stay true until the inserts are done.
    await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${params.eventId} FOR UPDATE`;
    const [from, existing] = await Promise.all([
      tx.responseTemplate.findMany({
        where: { eventId: params.fromEventId },
        orderBy: { title: "asc" },
        select: { title: true, body: true, uses: true },
      }),
      tx.responseTemplate.findMany({ where: { eventId: params.eventId }, select: { title: true } }),
    ]);
    const taken = existing.map((t) => t.title);
    const rows = from.map((t) => {
      const title = copyTitle(t.title, taken);
      taken.push(title);
      return { ...t, title, eventId: params.eventId, createdById: params.actorId };
    });
    await tx.responseTemplate.createMany({ data: rows });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "template.copy",
      entityType: "Event",
      entityId: params.eventId,
      data: { fromEventId: params.fromEventId, copied: rows.length },
    });
    return { copied: rows.length };
  });
}
