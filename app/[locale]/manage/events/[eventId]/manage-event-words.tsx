import Link from "next/link";
import type { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { linkClass } from "~/app/_components/text-styles";
import { EVENT_ROLES } from "~/server/events/policy";
import { labelsOf } from "~/server/i18n/labels";
import type { AddPersonWords } from "~/app/_components/people-panel";
import type { CoverPanelWords } from "./cover-panel";
import type { RolesPanelWords } from "./roles-panel";
import type { StatusPanelWords } from "./status-panel";

type Translate<N extends "EventStatusPanel" | "EventRoles" | "EventCover"> = Awaited<
  ReturnType<typeof getTranslations<N>>
>;

const STATUS_PLAIN = [
  "draft",
  "noCentres",
  "publish",
  "publishTitle",
  "publishTitleNoCentres",
  "publishNoCentresBody",
  "publishConfirm",
  "publishConfirmNoCentres",
  "publishing",
  "published",
  "archive",
  "archiveTitle",
  "archiveBody",
  "archiveUndo",
  "archiveConfirm",
  "archiving",
  "archived",
  "unarchive",
  "unarchiveTitle",
  "unarchiveBody",
  "unarchiveConfirm",
  "unarchiving",
  "unarchived",
] as const;

/** The status panel's words (the "EventStatusPanel" messages), with the event's public address linked. */
export function statusPanelWords(t: Translate<"EventStatusPanel">, slug: string): StatusPanelWords {
  const link = (chunks: ReactNode) => (
    <a className={linkClass} href={`/events/${slug}`}>
      {chunks}
    </a>
  );
  return {
    ...labelsOf((key) => t(key), STATUS_PLAIN),
    heading: t.raw("heading") as string,
    status: { DRAFT: t("status.DRAFT"), PUBLISHED: t("status.PUBLISHED"), ARCHIVED: t("status.ARCHIVED") },
    publishBody: t.rich("publishBody", { slug, link }),
    public: t.rich("public", { slug, link }),
    isArchived: t.rich("isArchived", { slug, link }),
  };
}

const ROLES_PLAIN = [
  "heading",
  "remove",
  "removeBody",
  "removeUndo",
  "removing",
  "addHeading",
  "addRole",
  "centre",
  "centreOptional",
  "chooseCentre",
  "noParticularCentre",
] as const;

const ROLES_TEMPLATES = ["roleAtCentre", "added", "removed", "removeWhich", "removeTitle"] as const;

/** The roles panel's words (the "EventRoles" messages), with the link to the event's centres. */
export function rolesPanelWords(
  t: Translate<"EventRoles">,
  eventId: string,
  people: AddPersonWords,
): RolesPanelWords {
  const link = (chunks: ReactNode) => (
    <Link href={`/manage/events/${eventId}/centres`} className={linkClass}>
      {chunks}
    </Link>
  );
  return {
    ...labelsOf((key) => t(key), ROLES_PLAIN),
    ...labelsOf((key) => t.raw(key) as string, ROLES_TEMPLATES),
    role: Object.fromEntries(EVENT_ROLES.map((role) => [role, t(`role.${role}`)])) as RolesPanelWords["role"],
    noCentres: t.rich("noCentres", { link }),
    noCentresMentor: t.rich("noCentresMentor", { link }),
    people,
  };
}

const COVER = [
  "heading",
  "intro",
  "opening",
  "change",
  "add",
  "cover",
  "alt",
  "chooseImage",
  "replaceFile",
  "uploadFile",
  "fileHint",
  "uploading",
  "upload",
  "saved",
  "remove",
  "removeTitle",
  "removeBody",
  "removing",
  "removed",
] as const;

/** The cover panel's and editor's words (the "EventCover" messages, and ImageFields' `altHint`). */
export function coverPanelWords(t: Translate<"EventCover">, altHint: string): CoverPanelWords {
  return { ...labelsOf((key) => t(key), COVER), altHint };
}
