import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "~/app/_components/badge";
import { buttonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { cardTitleClass, linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { serverCaller } from "~/app/trpc/server";
import { formatInNamedZone } from "~/server/time/zoned";
import { VenueDetailsForm } from "./venue-details-form";

export const metadata: Metadata = { title: "Invitation to be a centre" };

type Props = { params: Promise<{ token: string }> };

function Message({ title = "Invitation to be a centre", children }: { title?: string; children: ReactNode }) {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className={pageTitleClass}>{title}</h1>
      {children}
    </div>
  );
}

/** The details as sent, for the "sent for approval" state. */
function SentDetails({
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
  const rows: [string, string][] = [
    ["Name", details.name],
    ["Places", String(details.capacity)],
    ["Address", details.addressLine],
    ["Postcode area", details.postcodeDistrict],
    ["Opening times", details.openingTimes],
    ["Accessibility", details.accessibilityNotes],
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
  let view;
  try {
    view = await (await serverCaller()).venues.byToken({ token });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return (
        <Message>
          <p>
            This invitation link is not valid. Check that you copied all of it, or ask the organisers for a
            new one.
          </p>
        </Message>
      );
    }
    throw error;
  }

  if (view.verdict === "WRONG_EMAIL") {
    return (
      <Message>
        <p>
          This invitation from the organisers of <strong>{view.eventName}</strong> was sent to{" "}
          <strong>{view.sentTo}</strong>, but you are signed in as <strong>{user.email}</strong>.
        </p>
        <p>Sign out, then sign in with the address the invitation was sent to, and open the link again.</p>
      </Message>
    );
  }

  const { event } = view;
  const expires = formatInNamedZone(view.expiresAt, event.timeZone);
  const eventLink = (
    <Link href={`/events/${event.slug}`} className={linkClass}>
      {event.name}
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

  switch (view.verdict) {
    case "EXPIRED":
      return (
        <Message>
          <p>
            This invitation for {view.venueName} to be a centre of {eventLink} expired on {expires}. Ask the
            organisers to send you a new link.
          </p>
        </Message>
      );
    case "WITHDRAWN":
      return (
        <Message>
          <p>
            The organisers of {eventLink} withdrew this invitation for {view.venueName}. If you think that is
            a mistake, write to them.
          </p>
        </Message>
      );
    case "DECLINED":
      return (
        <Message>
          <p>
            <Badge tone="neutral">Declined</Badge>
          </p>
          <p>
            The organisers of {eventLink} decided not to make {view.details?.name ?? view.venueName} one of
            its centres this time.
          </p>
          {view.declineReason ? (
            <blockquote className="border-l-4 border-slate-300 pl-4 break-words text-slate-800">
              {view.declineReason}
            </blockquote>
          ) : null}
          <p>Thank you for offering. If you&apos;d like to talk it over, write to the organisers.</p>
        </Message>
      );
    case "APPROVED":
      return (
        <Message title={`${view.centre?.name ?? view.venueName} is a centre`}>
          <p>
            <Badge tone="success">Approved</Badge>
          </p>
          <p>
            The organisers of {eventLink} approved the venue. It is on the event page now, and people can
            choose it when they register. You are its <strong>centre lead</strong>: you see who is coming,
            places left and what to know at the door, and you check people in on the day.
          </p>
          <p>
            <Link href={`/manage/events/${event.id}/centre`} className={buttonClass}>
              Go to your centre&apos;s page
            </Link>
          </p>
        </Message>
      );
    case "SUBMITTED":
      return (
        <Message>
          <section aria-labelledby="sent-heading" className={`space-y-3 ${cardClass}`}>
            <p>
              <Badge tone="info">Sent for approval</Badge>
            </p>
            <h2 id="sent-heading" className={sectionTitleClass}>
              Thank you: the organisers of {event.name} will look at it
            </h2>
            <p>
              Nothing is public yet. When they approve it, the centre appears on the event page and you become
              its centre lead. We&apos;ll email you either way.
            </p>
            {view.details ? <SentDetails details={view.details} /> : null}
          </section>
          {view.mayChange ? (
            <details className={cardClass}>
              <summary className="cursor-pointer font-medium text-brand-700">Change the details</summary>
              <div className="mt-3">
                <VenueDetailsForm token={token} initial={initial} resubmit />
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
              {view.inviterName ? `${view.inviterName}, an organiser of ` : "The organisers of "}
              {eventLink}
              {view.inviterName ? "," : ""} would like <strong>{view.venueName}</strong> to be one of the
              festival&apos;s centres: a place where young people and adults meet to build things together
              during the event.
            </p>
            {view.message ? (
              <figure className="space-y-1">
                <figcaption className="text-sm font-medium text-slate-700">Their note to you</figcaption>
                <blockquote className="border-l-4 border-brand-200 pl-4 break-words whitespace-pre-line">
                  {view.message}
                </blockquote>
              </figure>
            ) : null}
            <h2 className={cardTitleClass}>What happens next</h2>
            <ol className="list-decimal space-y-1 pl-6">
              <li>You tell the organisers about the venue below: nothing is public yet.</li>
              <li>They look at it and approve it, or tell you why not.</li>
              <li>
                Once approved, the centre is on the event page, people can choose it when they register, and
                you are its centre lead.
              </li>
            </ol>
            <p className="text-sm text-slate-700">This link works until {expires}.</p>
          </div>
          <section aria-labelledby="details-heading" className={`space-y-3 ${cardClass}`}>
            <h2 id="details-heading" className={sectionTitleClass}>
              About the venue
            </h2>
            <VenueDetailsForm token={token} initial={initial} resubmit={false} />
          </section>
        </Message>
      );
  }
}
