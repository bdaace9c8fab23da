import "server-only";
import type { Db } from "../db/create.ts";
import {
  isOptionalCategory,
  MAIL_CATEGORIES,
  MAIL_CATEGORY_TEXT,
  OPTIONAL_MAIL_CATEGORIES,
} from "../mail/preferences.ts";

export function profileOf(db: Db, params: { userId: string }) {
  return db.user.findUniqueOrThrow({
    where: { id: params.userId },
    select: { email: true, name: true, alias: true },
  });
}

/**
 * The categories of email this person can turn off, each with whether they get it, and those that are
 * always sent.
 */
export async function emailPreferencesOf(db: Db, params: { userId: string }) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: params.userId },
    select: { emailOptOuts: true },
  });
  return {
    optional: OPTIONAL_MAIL_CATEGORIES.map((category) => ({
      category,
      ...MAIL_CATEGORY_TEXT[category],
      on: !user.emailOptOuts.includes(category),
    })),
    always: MAIL_CATEGORIES.filter((category) => !isOptionalCategory(category)).map((category) => ({
      category,
      ...MAIL_CATEGORY_TEXT[category],
    })),
  };
}
