import Link from "next/link";
import type { ReactNode } from "react";
import { pageTitleClass } from "./text-styles";

/** A page's header: where it belongs (a link back), its title, a badge, a line about it, and actions. */
export function PageHeader({
  back,
  title,
  badge,
  children,
  actions,
}: {
  back?: { href: string; label: string };
  title: ReactNode;
  badge?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="space-y-2">
      {back ? (
        <p className="text-sm font-medium">
          <Link href={back.href} className="text-brand-700 underline-offset-2 hover:underline">
            <span aria-hidden="true">← </span>
            {back.label}
          </Link>
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h1 className={pageTitleClass}>{title}</h1>
        {badge}
      </div>
      {children ? <div className="max-w-3xl text-slate-700">{children}</div> : null}
      {actions ? <div className="flex flex-wrap gap-3 pt-1">{actions}</div> : null}
    </header>
  );
}
