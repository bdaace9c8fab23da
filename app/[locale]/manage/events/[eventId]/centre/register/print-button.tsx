"use client";

import { buttonClass } from "~/app/_components/button-styles";

/** Opens the browser's print dialog for the register. */
export function PrintButton() {
  return (
    <button type="button" className={buttonClass} onClick={() => window.print()}>
      Print the register
    </button>
  );
}
