import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { cache } from "react";
import { orNotFound, publicCaller } from "~/app/trpc/server";
import { cardClass } from "~/app/_components/card";
import { Badge } from "~/app/_components/badge";
import { PageHeader } from "~/app/_components/page-header";
import { mutedClass, strongLinkClass } from "~/app/_components/text-styles";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";
import { formatDateRangeInZone, formatInZone } from "~/server/time/zoned";

type Props = { params: Promise<{ code: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache"): rendered on
// its first visit, which comes after the certificate was issued; refreshed at least every 30 s (a name
// chosen again, an award withdrawn).
export const revalidate = 30;
export function generateStaticParams(): { code: string }[] {
  return [];
}

/** The certificate's public facts; an unknown or malformed code is a 404. */
const load = cache(async (code: string) =>
  orNotFound(publicCaller().certificates.verify({ code: decodeURIComponent(code) }), [
    "NOT_FOUND",
    "BAD_REQUEST",
  ]),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [certificate, t] = await Promise.all([
    load((await params).code),
    getTranslations("CertificateCheck"),
  ]);
  return {
    title: t("metaTitle", { code: certificate.code }),
    alternates: { languages: languageAlternates(`/certificates/${certificate.code}`) },
  };
}

/**
 * What anyone may check about a certificate, in the route's language (English at /certificates/<code>,
 * Welsh at /cy/certificates/<code>): the "CertificateCheck" messages, the award's place (the "Awards"
 * messages) and the dates in that language. The names of the holder, the event and the award stay as
 * written.
 */
export default async function CertificatePage({ params }: Props) {
  const certificate = await load((await params).code);
  const [t, awards, locale] = await Promise.all([
    getTranslations("CertificateCheck"),
    getTranslations("Awards"),
    getLocale(),
  ]);
  const { event } = certificate;
  const parts = certificate.awardParts;
  // "1st place: Best hack (Buses)", the place in the page's language, the rest as the organisers wrote it.
  const award =
    parts === null
      ? null
      : `${parts.place ? `${awards("place", { place: parts.place })}: ` : ""}${parts.name}${
          parts.challenge ? ` (${parts.challenge})` : ""
        }`;
  const sentence = {
    name: certificate.holder ?? t("aParticipant"),
    event: certificate.event.name,
    dates: formatDateRangeInZone(event.startsAt, event.submissionDeadline, event.timeZone, locale),
    holder: (chunks: ReactNode) => <strong>{chunks}</strong>,
    link: (chunks: ReactNode) => (
      <Link href={addressIn(locale, `/events/${certificate.event.slug}`)} className={strongLinkClass}>
        {chunks}
      </Link>
    ),
  };
  const issued = formatInZone(certificate.issuedAt, "Europe/London", { locale });
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("title")} badge={<Badge tone="success">{t("checked")}</Badge>}>
        <p className="text-slate-700">{t("issuedBy")}</p>
      </PageHeader>
      <section aria-label={t("says")} className={`space-y-3 ${cardClass}`}>
        <p className="text-lg">
          {certificate.kind !== "AWARD"
            ? t.rich("tookPart", sentence)
            : award === null
              ? t.rich("wonAnAward", sentence)
              : t.rich("won", { ...sentence, award })}
        </p>
        {certificate.holder === null ? <p className={mutedClass}>{t("namesNote")}</p> : null}
        <p className={mutedClass}>
          {t(certificate.kind === "AWARD" ? "achievement" : "participation", {
            code: certificate.code,
            issued,
          })}
        </p>
      </section>
    </div>
  );
}
