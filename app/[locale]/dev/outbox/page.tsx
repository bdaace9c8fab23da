import { getTranslations } from "next-intl/server";
import {
  parseSearchParams,
  refusedSearchParams,
  searchParam,
  type RawSearchParams,
} from "~/app/_components/search-params";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { email } from "~/server/events/schema";
import { formatInZone } from "~/server/time/zoned";
import { pageTitleClass } from "~/app/_components/text-styles";
import { compactCardClass } from "~/app/_components/card";
import type { ReactNode } from "react";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("DevOutbox");

type Props = { searchParams: Promise<RawSearchParams> };

// The procedure's own schema: a filter the page accepts is one dev.outbox accepts.
const query = { to: searchParam(email, undefined) };

export default async function OutboxPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { to } = parseSearchParams(query, raw);
  const refused = refusedSearchParams(query, raw).includes("to");
  const emails = await orNotFound((await serverCaller()).dev.outbox({ to }), ["NOT_FOUND"]);
  const t = await getTranslations("DevOutbox");
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="max-w-2xl text-slate-700">{t("intro")}</p>
      </header>
      <form className="flex flex-wrap items-end gap-2" role="search">
        <div className="space-y-1">
          <label htmlFor="to" className="block text-sm font-medium">
            {t("onlyTo")}
          </label>
          <input
            id="to"
            name="to"
            type="email"
            defaultValue={to ?? ""}
            aria-invalid={refused || undefined}
            aria-describedby={refused ? "to-problem" : undefined}
            className="rounded border border-slate-400 px-3 py-1.5"
          />
        </div>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 hover:bg-slate-100">
          {t("filter")}
        </button>
      </form>
      {refused ? (
        <p
          id="to-problem"
          role="alert"
          className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900"
        >
          {t("notAnAddress")}
        </p>
      ) : null}
      {emails.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {emails.map((mail) => (
            <li key={mail.id} className={compactCardClass}>
              <h2 className="font-semibold">{mail.subject}</h2>
              <p className="text-sm text-slate-700">
                {t.rich("to", {
                  address: mail.to,
                  to: (chunks: ReactNode) => <span data-testid="outbox-to">{chunks}</span>,
                })}{" "}
                · {formatInZone(mail.createdAt, "UTC")}
              </p>
              {mail.link ? (
                <p className="mt-2">
                  <a href={mail.link} className="font-medium break-all text-brand-700 underline">
                    {mail.kind === "sign-in" ? t("signInAs", { address: mail.to }) : mail.link}
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
