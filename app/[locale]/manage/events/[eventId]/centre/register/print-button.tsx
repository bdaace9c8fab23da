"use client";

import { buttonClass } from "~/app/_components/button-styles";

/** Opens the browser's print dialog for the register; `label` is what the button says. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={buttonClass} onClick={() => window.print()}>
      {label}
    </button>
  );
}
