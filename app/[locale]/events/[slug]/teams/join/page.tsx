import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { inputClass } from "~/app/_components/field";
import { requireUser } from "~/app/_components/guards";
import { ConsentPendingNotice } from "~/app/_components/consent-pending-notice";
import {
  optionalText,
  parseSearchParams,
  refusedSearchParams,
  type RawSearchParams,
} from "~/app/_components/search-params";
import { TeamRegisterFirst } from "~/app/_components/team-register-first";
import { serverCaller } from "~/app/trpc/server";
import { joinCodeInput } from "~/server/teams/schema";
import { isNotRegistered, loadEvent } from "../../load-event";
import { JoinTeamButton, type JoinTeamWords } from "./join-team-button";
import { labelsOf } from "~/server/i18n/labels";
import { strongLinkClass } from "~/app/_components/text-styles";
import { buttonClass } from "~/app/_components/button-styles";
import { PageHeader } from "~/app/_components/page-header";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("JoinTeam", "metaTitle");

/** The "JoinTeam" messages the join button shows. */
const BUTTON_WORDS = ["join", "joining", "teamFull", "consentRequired", "codeGone"] as const;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

// Read as typed (joinCode's own limit), so a mistyped code can be shown back to be corrected.
const query = { code: optionalText({ max: 40 }) };

function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
      {children}
    </p>
  );
}

export default async function JoinTeamPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = await searchParams;
  const typed = parseSearchParams(query, raw).code ?? "";
  // Too long or with control characters: no code, but the visitor still hears it did not match.
  const unreadable = refusedSearchParams(query, raw).length > 0;
  const here = `/events/${slug}/teams/join${typed ? `?code=${encodeURIComponent(typed)}` : ""}`;
  await requireUser(here);
  const [event, t] = await Promise.all([loadEvent(slug), getTranslations("JoinTeam")]);
  const caller = await serverCaller();
  let mine;
  try {
    mine = await caller.teams.mine({ eventId: event.id });
  } catch (error) {
    if (isNotRegistered(error)) return <TeamRegisterFirst slug={slug} eventName={event.name} />;
    throw error;
  }

  const parsed = typed ? joinCodeInput.safeParse({ code: typed }) : null;
  let team: Awaited<ReturnType<typeof caller.teams.byCode>> | null = null;
  if (parsed?.success) {
    try {
      team = await caller.teams.byCode({ eventId: event.id, code: parsed.data.code });
    } catch (error) {
      if (!(error instanceof TRPCError && error.code === "NOT_FOUND")) throw error;
    }
  }

  let body: ReactNode;
  if ((typed || unreadable) && !team) {
    body = <Notice>{t("noMatch", { event: event.name })}</Notice>;
  } else if (team && mine.team) {
    body =
      mine.team.id === team.id ? (
        <p>
          {t("alreadyIn", { team: team.name })}{" "}
          <Link href={`/events/${slug}/team`} className={strongLinkClass}>
            {t("goToTeam")}
          </Link>
        </p>
      ) : (
        <Notice>
          {t.rich("inOtherTeam", {
            current: mine.team.name,
            team: team.name,
            link: (chunks) => (
              <Link href={`/events/${slug}/team`} className="font-medium underline">
                {chunks}
              </Link>
            ),
          })}
        </Notice>
      );
  } else if (team && !mine.canChangeTeam) {
    body = <Notice>{mine.teamNotice}</Notice>;
  } else if (team && mine.registrationStatus === "PENDING_CONSENT") {
    body = <ConsentPendingNotice slug={slug} what={t("consentWhat")} />;
  } else if (team && team.memberCount >= team.maxSize) {
    body = <Notice>{t("full", { team: team.name, count: team.memberCount, max: team.maxSize })}</Notice>;
  } else if (team) {
    body = (
      <div className="space-y-3">
        <p>
          {t.rich("confirmJoin", {
            team: team.name,
            count: team.memberCount,
            max: team.maxSize,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        <JoinTeamButton
          eventId={event.id}
          slug={slug}
          code={parsed?.success ? parsed.data.code : ""}
          words={labelsOf((key) => t(key), BUTTON_WORDS) satisfies JoinTeamWords}
        />
      </div>
    );
  }

  return (
    <div className="max-w-xl space-y-6">
      <PageHeader
        back={{ href: `/events/${slug}/teams`, label: t("backToTeams", { event: event.name }) }}
        title={t("title")}
      />
      {body}
      {!team ? (
        <form method="get" action={`/events/${slug}/teams/join`} className="space-y-2">
          <label htmlFor="join-code" className="block font-medium">
            {t("codeLabel")}
          </label>
          <p id="join-code-hint" className="text-sm text-slate-600">
            {t("codeHint")}
          </p>
          <input
            id="join-code"
            name="code"
            defaultValue={typed}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby="join-code-hint"
            className={inputClass}
          />
          <button type="submit" className={buttonClass}>
            {t("findTeam")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
