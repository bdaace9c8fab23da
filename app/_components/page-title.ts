import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Messages } from "~/server/i18n/messages";

/**
 * A page's `generateMetadata` whose title is one message of the catalogues, in the request's language:
 * `export const generateMetadata = titleFrom("ManageStarters")` reads ManageStarters.title (or `key`).
 * A key the catalogue lacks throws outside production, like any missing message.
 */
export function titleFrom<N extends keyof Messages>(
  namespace: N,
  key?: Extract<keyof Messages[N], string>,
): () => Promise<Metadata> {
  return async () => {
    const t = (await getTranslations(namespace)) as unknown as (key: string) => string;
    return { title: t(key ?? "title") };
  };
}
