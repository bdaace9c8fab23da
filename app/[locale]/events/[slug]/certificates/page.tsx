import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Your certificates" };

type Props = { params: Promise<{ slug: string }> };

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
}: {
  slug: string;
  subject: string;
  title: string;
  names: string[];
  issued: { code: string; name: string } | undefined;
}) {
  const id = `name-${subject.replace(/[^a-z0-9]/gi, "-")}`;
  return (
    <li className={`space-y-3 ${cardClass}`} data-testid="certificate">
      <h2 className={cardTitleClass}>{title}</h2>
      <form method="get" action={`/events/${slug}/certificate`} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="subject" value={subject} />
        <div className="min-w-0 space-y-1">
          <label htmlFor={id} className="block font-medium">
            Name on the certificate
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
          Download (PDF)
        </button>
      </form>
      {issued ? (
        <p className={mutedClass}>
          Anyone can check it at{" "}
          <Link href={`/certificates/${issued.code}`} className={linkClass}>
            /certificates/{issued.code}
          </Link>
          .
        </p>
      ) : (
        <p className={mutedClass}>
          It gets a short link anyone can use to check it when you first download it.
        </p>
      )}
    </li>
  );
}

export default async function CertificatesPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/events/${slug}/certificates`);
  const event = await loadEvent(slug);
  const caller = await serverCaller();
  const mine = await orForbidden(caller.certificates.mine({ eventId: event.id }));
  if (!mine) {
    return (
      <Refused title="Your certificates">
        Certificates are for the people who took part in {event.name}. Register for an event to get one.
      </Refused>
    );
  }
  const nothing = !mine.participation && mine.awards.length === 0;
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader back={{ href: `/events/${slug}`, label: event.name }} title="Your certificates">
        <p className="text-slate-700">
          Download a certificate to keep, print or show a teacher or employer. You choose the name on it.
        </p>
      </PageHeader>
      {nothing ? (
        <EmptyState title="No certificates yet">
          Certificates of participation are ready when the hacking is over, on{" "}
          {formatInNamedZone(mine.event.submissionDeadline, event.timeZone)}, for everyone whose place is
          confirmed. Award certificates follow when the results are published.
        </EmptyState>
      ) : mine.names.length === 0 ? (
        <p className={cardClass}>
          Add your name on your{" "}
          <Link href="/account" className={linkClass}>
            account page
          </Link>{" "}
          first: it goes on the certificate.
        </p>
      ) : (
        <ul className="space-y-4">
          {mine.participation ? (
            <Download
              slug={slug}
              subject="participation"
              title="Certificate of participation"
              names={mine.names}
              issued={mine.issued.participation}
            />
          ) : null}
          {mine.awards.map((award) => (
            <Download
              key={award.id}
              slug={slug}
              subject={`award:${award.id}`}
              title={`Certificate of achievement: ${award.line}`}
              names={mine.names}
              issued={mine.issued[`award:${award.id}`]}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
