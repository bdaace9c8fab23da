import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "~/app/_components/badge";
import { buttonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { cardTitleClass, linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { serverCaller } from "~/app/trpc/server";
import { centreFieldsWords } from "~/app/[locale]/manage/events/[eventId]/centres/centre-words";
import { formatInNamedZone } from "~/server/time/zoned";
import { VenueDetailsForm, type VenueDetailsWords } from "./venue-details-form";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("VenueInvitationPage");

type Props = { params: Promise<{ token: string }> };

/** The page's heading (the invitation's, unless `title` says otherwise) above what it says. */
async function Message({ title, children }: { title?: string; children: ReactNode }) {
  const t = await getTranslations("VenueInvitationPage");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className={pageTitleClass}>{title ?? t("title")}</h1>
      {children}
    </div>
  );
}

/** The details as sent, for the "sent for approval" state. */
async function SentDetails({
  details,
}: {
  details: {
    name: string;
    addressLine: string;
    postcodeDistrict: string;
    capacity: number;
    accessibilityNotes: string;
    openingTimes: string;
  };
}) {
  const t = await getTranslations("CentreDetails");
  const rows: [string, string][] = [
    [t("name"), details.name],
    [t("capacity"), String(details.capacity)],
    [t("addressLine"), details.addressLine],
    [t("postcodeDistrict"), details.postcodeDistrict],
    [t("openingTimes"), details.openingTimes],
    [t("accessibilityNotes"), details.accessibilityNotes],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="break-words">{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Where a venue invited to become a centre answers: signed in with the address the invitation went to,
 * they read what the organisers ask, fill in the centre's details and send them for approval; then the
 * page says they are waiting, and once approved, that they lead the centre.
 */
export default async function VenueInvitationPage({ params }: Props) {
  const { token } = await params;
  const user = await requireUser(`/venues/invitation/${encodeURIComponent(token)}`);
  const t = await getTranslations("VenueInvitationPage");
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  let view;
  try {
    view = await (await serverCaller()).venues.byToken({ token });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return (
        <Message>
          <p>{t("invalid")}</p>
        </Message>
      );
    }
    throw error;
  }

  if (view.verdict === "WRONG_EMAIL") {
    return (
      <Message>
        <p>
          {t.rich("wrongEmail", { event: view.eventName, sentTo: view.sentTo, email: user.email, strong })}
        </p>
        <p>{t("wrongEmailWhat")}</p>
      </Message>
    );
  }

  const { event } = view;
  const expires = formatInNamedZone(view.expiresAt, event.timeZone);
  const link = (chunks: ReactNode) => (
    <Link href={`/events/${event.slug}`} className={linkClass}>
      {chunks}
    </Link>
  );
  const initial = {
    name: view.details?.name ?? view.venueName,
    addressLine: view.details?.addressLine ?? "",
    postcodeDistrict: view.details?.postcodeDistrict ?? "",
    capacity: view.details ? String(view.details.capacity) : "",
    accessibilityNotes: view.details?.accessibilityNotes ?? "",
    openingTimes: view.details?.openingTimes ?? "",
  };

  const detailsWords = async (): Promise<VenueDetailsWords> => ({
    fields: await centreFieldsWords(),
    sending: t("sending"),
    sendChanges: t("sendChanges"),
    sendForApproval: t("sendForApproval"),
  });

  switch (view.verdict) {
    case "EXPIRED":
      return (
        <Message>
          <p>{t.rich("expired", { venue: view.venueName, event: event.name, expires, link })}</p>
        </Message>
      );
    case "WITHDRAWN":
      return (
        <Message>
          <p>{t.rich("withdrawn", { venue: view.venueName, event: event.name, link })}</p>
        </Message>
      );
    case "DECLINED":
      return (
        <Message>
          <p>
            <Badge tone="neutral">{t("declinedBadge")}</Badge>
          </p>
          <p>
            {t.rich("declined", {
              venue: view.details?.name ?? view.venueName,
              event: event.name,
              link,
            })}
          </p>
          {view.declineReason ? (
            <blockquote className="border-l-4 border-slate-300 pl-4 break-words text-slate-800">
              {view.declineReason}
            </blockquote>
          ) : null}
          <p>{t("declinedThanks")}</p>
        </Message>
      );
    case "APPROVED":
      return (
        <Message title={t("approvedTitle", { centre: view.centre?.name ?? view.venueName })}>
          <p>
            <Badge tone="success">{t("approvedBadge")}</Badge>
          </p>
          <p>{t.rich("approved", { event: event.name, link, strong })}</p>
          <p>
            <Link href={`/manage/events/${event.id}/centre`} className={buttonClass}>
              {t("goToCentre")}
            </Link>
          </p>
        </Message>
      );
    case "SUBMITTED":
      return (
        <Message>
          <section aria-labelledby="sent-heading" className={`space-y-3 ${cardClass}`}>
            <p>
              <Badge tone="info">{t("sentBadge")}</Badge>
            </p>
            <h2 id="sent-heading" className={sectionTitleClass}>
              {t("sentHeading", { event: event.name })}
            </h2>
            <p>{t("sentBody")}</p>
            {view.details ? <SentDetails details={view.details} /> : null}
          </section>
          {view.mayChange ? (
            <details className={cardClass}>
              <summary className="cursor-pointer font-medium text-brand-700">{t("change")}</summary>
              <div className="mt-3">
                <VenueDetailsForm token={token} initial={initial} resubmit words={await detailsWords()} />
              </div>
            </details>
          ) : null}
        </Message>
      );
    case "OPEN":
      return (
        <Message>
          <div className="space-y-3">
            <p className="text-lg">
              {view.inviterName
                ? t.rich("openByInviter", {
                    inviter: view.inviterName,
                    event: event.name,
                    venue: view.venueName,
                    link,
                    strong,
                  })
                : t.rich("openByOrganisers", { event: event.name, venue: view.venueName, link, strong })}
            </p>
            {view.message ? (
              <figure className="space-y-1">
                <figcaption className="text-sm font-medium text-slate-700">{t("theirNote")}</figcaption>
                <blockquote className="border-l-4 border-brand-200 pl-4 break-words whitespace-pre-line">
                  {view.message}
                </blockquote>
              </figure>
            ) : null}
            <h2 className={cardTitleClass}>{t("whatNext")}</h2>
            <ol className="list-decimal space-y-1 pl-6">
              <li>{t("step1")}</li>
              <li>{t("step2")}</li>
              <li>{t("step3")}</li>
            </ol>
            <p className="text-sm text-slate-700">{t("linkWorks", { expires })}</p>
          </div>
          <section aria-labelledby="details-heading" className={`space-y-3 ${cardClass}`}>
            <h2 id="details-heading" className={sectionTitleClass}>
              {t("aboutVenue")}
            </h2>
            <VenueDetailsForm token={token} initial={initial} resubmit={false} words={await detailsWords()} />
          </section>
        </Message>
      );
  }
}
