import { getTranslations } from "next-intl/server";
import { EventForm } from "~/app/_components/event-form";
import { eventFormWords } from "~/app/_components/event-form-words";
import { emptyEventForm } from "~/app/_components/event-form-values";
import { requireUser } from "~/app/_components/guards";
import { timeZoneOptions } from "~/app/_components/time-zones";
import { pageTitleClass } from "~/app/_components/text-styles";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("NewEvent");

export default async function NewEventPage() {
  const user = await requireUser("/manage/events/new");
  const t = await getTranslations("NewEvent");
  if (!user.isPlatformAdmin) {
    return (
      <div className="max-w-xl space-y-3">
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p>{t("adminsOnly")}</p>
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className={pageTitleClass}>{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <EventForm
        mode="create"
        timeZones={timeZoneOptions()}
        initial={emptyEventForm()}
        words={await eventFormWords()}
      />
    </div>
  );
}
