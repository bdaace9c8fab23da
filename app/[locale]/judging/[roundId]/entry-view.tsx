import { useTranslations } from "next-intl";
import { Markdown } from "~/app/_components/markdown";
import { ProjectImages } from "~/app/_components/project-images";
import type { RouterOutputs } from "~/app/trpc/types";

type Entry = RouterOutputs["judging"]["queue"]["queue"][number]["entry"];

/** An entry as its team submitted it at the deadline, for the judge scoring it. Rendered on the server. */
export function EntryView({ entry }: { entry: Entry }) {
  const t = useTranslations("JudgingRound");
  const links = [
    [t("link.code"), entry.repositoryUrl],
    [t("link.demo"), entry.demoUrl],
    [t("link.video"), entry.videoUrl],
  ] as const;
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h2 className="text-2xl font-bold tracking-tight break-words">{entry.title}</h2>
        {entry.tagline ? <p className="text-lg text-slate-700">{entry.tagline}</p> : null}
        <p className="text-sm text-slate-600">
          {t("team", { team: entry.team })}
          {entry.centre ? ` · ${entry.centre}` : ""}
        </p>
      </div>
      <ProjectImages images={entry.images} />
      {entry.description ? <Markdown source={entry.description} /> : <p>{t("noDescription")}</p>}
      {links.some(([, url]) => url) ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          {links.map(([label, url]) =>
            url ? (
              <li key={label}>
                <a
                  href={url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="font-medium break-all text-brand-700 underline"
                >
                  {label}
                  <span className="sr-only"> {t("newTab")}</span>
                </a>
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
      {entry.technologies.length > 0 ? (
        <p className="text-sm text-slate-700">
          <span className="font-medium">{t("builtWith")}</span> {entry.technologies.join(", ")}
        </p>
      ) : null}
    </div>
  );
}
