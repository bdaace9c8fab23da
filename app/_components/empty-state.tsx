import type { ReactNode } from "react";

/** What a page or section shows when it has nothing yet: a friendly line and what to do next. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white/60 px-5 py-8 text-center">
      <p className="font-semibold text-slate-900">{title}</p>
      {children ? <div className="mx-auto mt-1 max-w-prose text-slate-700">{children}</div> : null}
      {action ? <div className="mt-4 flex flex-wrap justify-center gap-3">{action}</div> : null}
    </div>
  );
}
