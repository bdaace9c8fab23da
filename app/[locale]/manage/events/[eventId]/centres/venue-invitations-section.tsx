import { Badge, type BadgeTone } from "~/app/_components/badge";
import { cardClass, compactCardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { cardTitleClass, mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import type { RouterOutputs } from "~/app/trpc/types";
import { formatInNamedZone } from "~/server/time/zoned";
import { VENUE_STATUS_LABELS } from "~/server/venues/rules";
import { InviteVenueForm, VenueInvitationActions } from "./venue-invitations";

type Invitation = RouterOutputs["venues"]["invitations"][number];

const tones: Record<Invitation["status"], BadgeTone> = {
  INVITED: "info",
  SUBMITTED: "warning",
  APPROVED: "success",
  DECLINED: "neutral",
  WITHDRAWN: "neutral",
};

/**
 * Inviting new venues to become centres, and the invitations so far: what each venue sent, for the
 * organisers to approve or decline, and where each stands.
 */
export function VenueInvitationsSection({
  eventId,
  timeZone,
  invitations,
}: {
  eventId: string;
  timeZone: string;
  invitations: Invitation[];
}) {
  const when = (instant: Date) => formatInNamedZone(instant, timeZone);
  return (
    <section aria-labelledby="venues-heading" className={`space-y-4 ${cardClass}`}>
      <div className="space-y-1">
        <h2 id="venues-heading" className={sectionTitleClass}>
          Invite a venue
        </h2>
        <p className="max-w-2xl text-slate-700">
          Ask a new venue to become a centre. The person you invite signs in from the email, fills in the
          centre&apos;s details and sends them to you; when you approve them, the centre is added and they
          become its centre lead.
        </p>
      </div>
      <InviteVenueForm eventId={eventId} />

      <h3 className={cardTitleClass}>
        {invitations.length === 1 ? "1 invitation" : `${invitations.length} invitations`}
      </h3>
      {invitations.length === 0 ? <EmptyState title="No venues invited yet." /> : null}
      <ul className="space-y-3">
        {invitations.map((i) => {
          const name = i.details?.name ?? i.venueName;
          return (
            <li key={i.id} className={`space-y-2 ${compactCardClass}`} data-testid="venue-invitation">
              <div className="flex flex-wrap items-center gap-2">
                <p className="font-semibold break-words">{name}</p>
                <Badge tone={i.expired ? "neutral" : tones[i.status]}>
                  {i.expired ? "Link expired" : VENUE_STATUS_LABELS[i.status]}
                </Badge>
              </div>
              <p className={`${mutedClass} break-words`}>
                {i.email} · invited {when(i.createdAt)}
                {i.invitedBy ? ` by ${i.invitedBy}` : ""}
                {i.status === "INVITED" && !i.expired ? ` · link works until ${when(i.expiresAt)}` : ""}
                {i.decidedAt && i.decidedBy
                  ? ` · ${VENUE_STATUS_LABELS[i.status].toLowerCase()} ${when(i.decidedAt)} by ${i.decidedBy}`
                  : ""}
              </p>
              {i.details ? (
                <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
                  {(
                    [
                      [
                        "Sent by",
                        i.submittedBy ? (i.submittedBy.name ?? i.submittedBy.email) : "Former participant",
                      ],
                      ["Places", String(i.details.capacity)],
                      ["Address", i.details.addressLine],
                      ["Postcode area", i.details.postcodeDistrict],
                      ["Opening times", i.details.openingTimes],
                      ["Accessibility", i.details.accessibilityNotes],
                    ] as const
                  ).map(([label, value]) => (
                    <div key={label} className="contents">
                      <dt className="font-medium text-slate-700">{label}</dt>
                      <dd className="break-words">{value || "—"}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              {i.declineReason ? (
                <p className="text-sm break-words">
                  <span className="font-medium">Reason given:</span> {i.declineReason}
                </p>
              ) : null}
              <VenueInvitationActions
                eventId={eventId}
                invitation={{ id: i.id, status: i.status, name, email: i.email }}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
