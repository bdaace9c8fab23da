import Link from "next/link";
import { useTranslations } from "next-intl";
import { pageTitleClass, strongLinkClass } from "./text-styles";

/** Shown on team pages to a signed-in visitor who is not registered for the event. */
export function TeamRegisterFirst({ slug, eventName }: { slug: string; eventName: string }) {
  const t = useTranslations("TeamRegisterFirst");
  return (
    <div className="max-w-xl space-y-3">
      <h1 className={pageTitleClass}>{t("title")}</h1>
      <p>
        {t("registerFirst", { event: eventName })}{" "}
        <Link href={`/events/${slug}`} className={strongLinkClass}>
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
