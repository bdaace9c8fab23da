import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
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
import { JoinTeamButton } from "./join-team-button";
import { strongLinkClass } from "~/app/_components/text-styles";
import { buttonClass } from "~/app/_components/button-styles";
import { PageHeader } from "~/app/_components/page-header";

export const metadata: Metadata = { title: "Join a team" };

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
  const event = await loadEvent(slug);
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
    body = (
      <Notice>
        That code doesn&apos;t match a team in {event.name}. Check it for typing mistakes. If it came from a
        link, the captain may have changed the code: ask them for the new one.
      </Notice>
    );
  } else if (team && mine.team) {
    body =
      mine.team.id === team.id ? (
        <p>
          You&apos;re already in {team.name}.{" "}
          <Link href={`/events/${slug}/team`} className={strongLinkClass}>
            Go to your team
          </Link>
        </p>
      ) : (
        <Notice>
          You&apos;re already in a team ({mine.team.name}). To join {team.name}, leave your team first on{" "}
          <Link href={`/events/${slug}/team`} className="font-medium underline">
            your team page
          </Link>
          .
        </Notice>
      );
  } else if (team && !mine.canChangeTeam) {
    body = <Notice>{mine.teamNotice}</Notice>;
  } else if (team && mine.registrationStatus === "PENDING_CONSENT") {
    body = <ConsentPendingNotice slug={slug} what="join or create a team" />;
  } else if (team && team.memberCount >= team.maxSize) {
    body = (
      <Notice>
        {team.name} is full ({team.memberCount} of {team.maxSize}). Ask the captain whether someone is
        leaving, or find another team.
      </Notice>
    );
  } else if (team) {
    body = (
      <div className="space-y-3">
        <p>
          Join <strong>{team.name}</strong>? It has {team.memberCount} of {team.maxSize} places taken.
        </p>
        <JoinTeamButton eventId={event.id} slug={slug} code={parsed?.success ? parsed.data.code : ""} />
      </div>
    );
  }

  return (
    <div className="max-w-xl space-y-6">
      <PageHeader
        back={{ href: `/events/${slug}/teams`, label: "Teams in {event.name}" }}
        title="Join a team"
      />
      {body}
      {!team ? (
        <form method="get" action={`/events/${slug}/teams/join`} className="space-y-2">
          <label htmlFor="join-code" className="block font-medium">
            Team code
          </label>
          <p id="join-code-hint" className="text-sm text-slate-600">
            12 letters and digits, like ABCD-EFGH-JKMN. Your captain can see it on their team page.
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
            Find team
          </button>
        </form>
      ) : null}
    </div>
  );
}
