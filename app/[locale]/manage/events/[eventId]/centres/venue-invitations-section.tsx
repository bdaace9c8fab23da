import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "~/app/_components/badge";
import { cardClass, compactCardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { cardTitleClass, mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import type { RouterOutputs } from "~/app/trpc/types";
import { labelsOf } from "~/server/i18n/labels";
import { formatInNamedZone } from "~/server/time/zoned";
import { VENUE_STATUS_LABELS } from "~/server/venues/rules";
import {
  InviteVenueForm,
  VenueInvitationActions,
  type InviteVenueWords,
  type VenueInvitationActionsWords,
} from "./venue-invitations";

type Translate = Awaited<ReturnType<typeof getTranslations<"VenueInvitations">>>;

const INVITE = [
  "emailLabel",
  "emailHint",
  "venueLabel",
  "venueHint",
  "noteLabel",
  "noteLabelOptional",
  "noteHint",
  "sending",
  "send",
] as const;

const ACTIONS = [
  "approve",
  "approveAfter",
  "approving",
  "decline",
  "declineConfirm",
  "declining",
  "reason",
  "reasonHint",
  "sending",
  "sendAgain",
  "withdraw",
  "withdrawing",
] as const;

/** The invitation form's words; `sent` and `alreadySent` stay templates ({email}) for the form to fill. */
function inviteVenueWords(t: Translate): InviteVenueWords {
  return {
    ...labelsOf((key) => t(key), INVITE),
    sent: t.raw("sent") as string,
    alreadySent: t.raw("alreadySent") as string,
  };
}

/** One invitation's actions, worded for its venue (`name`) and address (`email`). */
function actionsWords(
  t: Translate,
  { name, email, status }: { name: string; email: string; status: Invitation["status"] },
): VenueInvitationActionsWords {
  return {
    ...labelsOf((key) => t(key), ACTIONS),
    approveTitle: t("approveTitle", { name }),
    approveBody: t("approveBody", { email }),
    approved: t("approved", { name, email }),
    declineTitle: t("declineTitle", { name }),
    declineBody: t("declineBody", { email }),
    declined: t("declined", { name, email }),
    resent: t("resent", { email }),
    toEmail: t("toEmail", { email }),
    withdrawTitle: t("withdrawTitle", { name }),
    withdrawBody: status === "SUBMITTED" ? t("withdrawBodySubmitted", { email }) : t("withdrawBodyInvited"),
    withdrawn: t("withdrawn", { name }),
  };
}

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
export async function VenueInvitationsSection({
  eventId,
  timeZone,
  invitations,
}: {
  eventId: string;
  timeZone: string;
  invitations: Invitation[];
}) {
  const [t, names] = await Promise.all([
    getTranslations("VenueInvitations"),
    getTranslations("CentreDetails"),
  ]);
  const when = (instant: Date) => formatInNamedZone(instant, timeZone);
  return (
    <section aria-labelledby="venues-heading" className={`space-y-4 ${cardClass}`}>
      <div className="space-y-1">
        <h2 id="venues-heading" className={sectionTitleClass}>
          {t("heading")}
        </h2>
        <p className="max-w-2xl text-slate-700">{t("intro")}</p>
      </div>
      <InviteVenueForm eventId={eventId} words={inviteVenueWords(t)} />

      <h3 className={cardTitleClass}>{t("count", { count: invitations.length })}</h3>
      {invitations.length === 0 ? <EmptyState title={t("empty")} /> : null}
      <ul className="space-y-3">
        {invitations.map((i) => {
          const name = i.details?.name ?? i.venueName;
          return (
            <li key={i.id} className={`space-y-2 ${compactCardClass}`} data-testid="venue-invitation">
              <div className="flex flex-wrap items-center gap-2">
                <p className="font-semibold break-words">{name}</p>
                <Badge tone={i.expired ? "neutral" : tones[i.status]}>
                  {i.expired ? t("linkExpired") : VENUE_STATUS_LABELS[i.status]}
                </Badge>
              </div>
              <p className={`${mutedClass} break-words`}>
                {i.invitedBy
                  ? t("invitedBy", { email: i.email, when: when(i.createdAt), by: i.invitedBy })
                  : t("invited", { email: i.email, when: when(i.createdAt) })}
                {i.status === "INVITED" && !i.expired
                  ? ` · ${t("linkWorksUntil", { when: when(i.expiresAt) })}`
                  : ""}
                {i.decidedAt && i.decidedBy
                  ? ` · ${t("decided", {
                      status: VENUE_STATUS_LABELS[i.status].toLowerCase(),
                      when: when(i.decidedAt),
                      by: i.decidedBy,
                    })}`
                  : ""}
              </p>
              {i.details ? (
                <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
                  {(
                    [
                      [
                        t("sentBy"),
                        i.submittedBy ? (i.submittedBy.name ?? i.submittedBy.email) : t("formerParticipant"),
                      ],
                      [names("capacity"), String(i.details.capacity)],
                      [names("addressLine"), i.details.addressLine],
                      [names("postcodeDistrict"), i.details.postcodeDistrict],
                      [names("openingTimes"), i.details.openingTimes],
                      [names("accessibilityNotes"), i.details.accessibilityNotes],
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
                  <span className="font-medium">{t("reasonGiven")}</span> {i.declineReason}
                </p>
              ) : null}
              <VenueInvitationActions
                eventId={eventId}
                invitation={{ id: i.id, status: i.status, name, email: i.email }}
                words={actionsWords(t, { name, email: i.email, status: i.status })}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
