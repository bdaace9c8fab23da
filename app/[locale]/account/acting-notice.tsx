import { rowButtonClass } from "~/app/_components/button-styles";

/**
 * Says that a guardian is acting for a child (everything they do is done for the child) and offers to
 * switch back to their own account: a plain form posting to /api/acting, then on to `next`.
 */
export function ActingNotice({ childName, next }: { childName: string; next: string }) {
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded border border-sky-300 bg-sky-50 p-3 text-sky-950"
    >
      <p>
        You&apos;re acting for <strong>{childName}</strong>: what you do here is done for them, and emails
        about them come to you.
      </p>
      <form method="post" action="/api/acting">
        <input type="hidden" name="next" value={next} />
        <button type="submit" className={rowButtonClass}>
          Back to your own account
        </button>
      </form>
    </div>
  );
}
