import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { EmptyState } from "~/app/_components/empty-state";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { UpdateRow, type UpdateRowWords } from "./update-row";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageNext");

/** The rows' plain messages; `byTeam`, `hiddenBecause` and `hideWhich` are raw templates they fill in. */
const WORDS = ["hidden", "hide", "hideTitle", "why", "hideConfirm", "hiding", "hiddenDone"] as const;
const TEMPLATES = ["byTeam", "hiddenBecause", "hideWhich"] as const;

type Props = { params: Promise<{ eventId: string }> };

/** The organisers' view of teams' updates (next.listForOrganisers), each with Hide (next.hideUpdate). */
export default async function ManageNextPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/next`);
  const caller = await serverCaller();
  const [data, t] = await Promise.all([
    orForbidden(
      Promise.all([caller.events.byIdForManagement({ eventId }), caller.next.listForOrganisers({ eventId })]),
    ),
    getTranslations("ManageNext"),
  ]);
  if (!data) {
    return <Refused title={t("title")}>{t("refused")}</Refused>;
  }
  const words: UpdateRowWords = {
    ...labelsOf((key) => t(key), WORDS),
    ...labelsOf((key) => t.raw(key) as string, TEMPLATES),
  };
  const [event, updates] = data;
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">
          {t.rich("intro", {
            link: (chunks: ReactNode) => (
              <Link href={`/events/${event.slug}/next`} className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </header>
      {updates.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {updates.map((u) => (
            <UpdateRow
              key={u.id}
              eventId={event.id}
              update={{
                id: u.id,
                label: u.label,
                text: u.text,
                url: u.url,
                hiddenReason: u.hiddenAt ? (u.hiddenReason ?? "") : null,
                projectTitle: u.projectTitle,
                teamName: u.teamName,
              }}
              words={words}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
