import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireUser } from "~/app/_components/guards";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { Refused } from "~/app/_components/refused";
import { PageHeader } from "~/app/_components/page-header";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { inputClass } from "~/app/_components/field";
import { buttonClass } from "~/app/_components/button-styles";
import { cardTitleClass, linkClass, mutedClass } from "~/app/_components/text-styles";
import { formatInNamedZone } from "~/server/time/zoned";
import { loadEvent } from "../load-event";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("CertificatesPage");

type Props = { params: Promise<{ slug: string }> };
type Translate = Awaited<ReturnType<typeof getTranslations<"CertificatesPage">>>;

/**
 * One certificate's download: a GET form (it works without JavaScript) choosing the name to print, to
 * /events/<slug>/certificate, which answers with the PDF.
 */
function Download({
  slug,
  subject,
  title,
  names,
  issued,
  t,
}: {
  slug: string;
  subject: string;
  title: string;
  names: string[];
  issued: { code: string; name: string } | undefined;
  t: Translate;
}) {
  const id = `name-${subject.replace(/[^a-z0-9]/gi, "-")}`;
  return (
    <li className={`space-y-3 ${cardClass}`} data-testid="certificate">
      <h2 className={cardTitleClass}>{title}</h2>
      <form method="get" action={`/events/${slug}/certificate`} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="subject" value={subject} />
        <div className="min-w-0 space-y-1">
          <label htmlFor={id} className="block font-medium">
            {t("nameOnCertificate")}
          </label>
          <select id={id} name="name" defaultValue={issued?.name ?? names[0]} className={inputClass}>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass}>
          {t("download")}
        </button>
      </form>
      {issued ? (
        <p className={mutedClass}>
          {t.rich("checkAt", {
            code: issued.code,
            link: (chunks: ReactNode) => (
              <Link href={`/certificates/${issued.code}`} className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <p className={mutedClass}>{t("shortLink")}</p>
      )}
    </li>
  );
}

export default async function CertificatesPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/events/${slug}/certificates`);
  const event = await loadEvent(slug);
  const [caller, t] = await Promise.all([serverCaller(), getTranslations("CertificatesPage")]);
  const mine = await orForbidden(caller.certificates.mine({ eventId: event.id }));
  if (!mine) {
    return <Refused title={t("title")}>{t("notYours", { event: event.name })}</Refused>;
  }
  const nothing = !mine.participation && mine.awards.length === 0;
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader back={{ href: `/events/${slug}`, label: event.name }} title={t("title")}>
        <p className="text-slate-700">{t("intro")}</p>
      </PageHeader>
      {nothing ? (
        <EmptyState title={t("noneYetTitle")}>
          {t("noneYet", { date: formatInNamedZone(mine.event.submissionDeadline, event.timeZone) })}
        </EmptyState>
      ) : mine.names.length === 0 ? (
        <p className={cardClass}>
          {t.rich("addName", {
            link: (chunks: ReactNode) => (
              <Link href="/account" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <ul className="space-y-4">
          {mine.participation ? (
            <Download
              slug={slug}
              subject="participation"
              title={t("participation")}
              names={mine.names}
              issued={mine.issued.participation}
              t={t}
            />
          ) : null}
          {mine.awards.map((award) => (
            <Download
              key={award.id}
              slug={slug}
              subject={`award:${award.id}`}
              title={t("achievement", { award: award.line })}
              names={mine.names}
              issued={mine.issued[`award:${award.id}`]}
              t={t}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
