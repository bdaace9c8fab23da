import { getTranslations } from "next-intl/server";
import { rowButtonClass } from "~/app/_components/button-styles";

/**
 * Says that a guardian is acting for a child (everything they do is done for the child) and offers to
 * switch back to their own account: a plain form posting to /api/acting, then on to `next`.
 */
export async function ActingNotice({ childName, next }: { childName: string; next: string }) {
  const t = await getTranslations("AccountPage");
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded border border-sky-300 bg-sky-50 p-3 text-sky-950"
    >
      <p>{t.rich("actingFor", { name: childName, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <form method="post" action="/api/acting">
        <input type="hidden" name="next" value={next} />
        <button type="submit" className={rowButtonClass}>
          {t("backToOwn")}
        </button>
      </form>
    </div>
  );
}
