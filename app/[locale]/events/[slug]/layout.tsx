import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { addressIn } from "~/server/http/locales.mjs";
import type { ReactNode } from "react";
import { loadEvent } from "./load-event";
import { linkClass } from "~/app/_components/text-styles";

/**
 * Every page of an event ends with who to contact and the rules everyone agreed to, in the route's language
 * (the "EventAside" messages; the pages it links to may be English only). Presentation only:
 * who may see what is decided by each page and its procedures (loadEvent 404s for a draft or unknown
 * event, as the pages do).
 */
export default async function EventLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const [event, t, locale] = await Promise.all([loadEvent(slug), getTranslations("EventAside"), getLocale()]);
  return (
    <>
      {children}
      <aside
        aria-label={t("label", { event: event.name })}
        className="mt-12 space-y-1 border-t border-slate-200 pt-4 text-sm text-slate-700"
      >
        <p>
          {event.contactEmail
            ? t.rich("contactEmail", {
                event: event.name,
                address: event.contactEmail,
                email: (chunks) => (
                  <a href={`mailto:${event.contactEmail}`} className={linkClass}>
                    {chunks}
                  </a>
                ),
              })
            : t("contactCentre", { event: event.name })}
        </p>
        <p>
          <Link href={addressIn(locale, `/events/${event.slug}/code-of-conduct`)} className={linkClass}>
            {t("codeOfConduct")}
          </Link>{" "}
          ·{" "}
          <Link href={addressIn(locale, `/events/${event.slug}/concern`)} className={linkClass}>
            {t("concern")}
          </Link>{" "}
          ·{" "}
          <Link href={addressIn(locale, `/events/${event.slug}/mentor`)} className={linkClass}>
            {t("mentor")}
          </Link>{" "}
          ·{" "}
          <Link href={addressIn(locale, "/privacy")} className={linkClass}>
            {t("privacy")}
          </Link>
        </p>
      </aside>
    </>
  );
}
