import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { orNotFound, publicCaller } from "~/app/trpc/server";
import { cardClass } from "~/app/_components/card";
import { Badge } from "~/app/_components/badge";
import { PageHeader } from "~/app/_components/page-header";
import { mutedClass, strongLinkClass } from "~/app/_components/text-styles";
import { formatInZone } from "~/server/time/zoned";

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
  const certificate = await load((await params).code);
  return { title: `Certificate ${certificate.code}` };
}

export default async function CertificatePage({ params }: Props) {
  const certificate = await load((await params).code);
  const what = certificate.kind === "AWARD" ? `won ${certificate.award ?? "an award"} at` : "took part in";
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title="A genuine certificate" badge={<Badge tone="success">Checked</Badge>}>
        <p className="text-slate-700">This certificate was issued by Festival of Code.</p>
      </PageHeader>
      <section aria-label="What the certificate says" className={`space-y-3 ${cardClass}`}>
        <p className="text-lg">
          <strong>{certificate.holder ?? "A participant"}</strong> {what}{" "}
          <Link href={`/events/${certificate.event.slug}`} className={strongLinkClass}>
            {certificate.event.name}
          </Link>{" "}
          ({certificate.event.dates}).
        </p>
        {certificate.holder === null ? (
          <p className={mutedClass}>
            Names are shown here only when the holder agreed to it (for young people, their parent or
            guardian). The certificate they hold has their name.
          </p>
        ) : null}
        <p className={mutedClass}>
          {certificate.kind === "AWARD" ? "Certificate of achievement" : "Certificate of participation"}{" "}
          {certificate.code}, issued {formatInZone(certificate.issuedAt, "Europe/London")}.
        </p>
      </section>
    </div>
  );
}
