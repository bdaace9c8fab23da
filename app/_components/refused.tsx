import type { ReactNode } from "react";
import { pageTitleClass } from "./text-styles";

/** A page the caller may not see: its title, and who may (the data never reached this page). */
export function Refused({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="max-w-xl space-y-3">
      <h1 className={pageTitleClass}>{title}</h1>
      <p>{children}</p>
    </div>
  );
}
