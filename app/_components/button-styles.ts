// The one set of buttons. Class strings, so links that look like buttons (a call to action) and real
// buttons share them. Every variant keeps AA contrast and shows when it is disabled.

const base =
  "inline-flex items-center justify-center gap-2 rounded-lg font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";
const size = "px-4 py-2";
const small = "px-3 py-1 text-sm";

/** A form's main button, and the one main action of a page. */
export const buttonClass = `${base} ${size} bg-brand-600 text-white shadow-sm hover:bg-brand-700`;

/** An outlined button for a second choice beside the main one (withdraw, cancel, request changes). */
export const secondaryButtonClass = `${base} ${size} border border-slate-300 bg-white text-slate-900 hover:bg-slate-100`;

/** A positive, final step (approve, publish, submit the project). */
export const successButtonClass = `${base} ${size} bg-green-700 text-white shadow-sm hover:bg-green-800`;

/** A destructive action (remove, disqualify, archive), usually inside a confirmation. */
export const dangerButtonClass = `${base} ${size} bg-red-700 text-white shadow-sm hover:bg-red-800`;

/** An outlined red button that opens the confirmation of something hard to undo (withdraw, delete). */
export const dangerOutlineButtonClass = `${base} ${size} border border-red-700 bg-white text-red-800 hover:bg-red-50`;

/** The small outlined button beside a row (remove, edit, show). */
export const rowButtonClass = `${base} ${small} border border-slate-300 bg-white font-medium text-slate-900 hover:bg-slate-100`;

/** The small main button beside a row (accept a request, join). */
export const rowPrimaryButtonClass = `${base} ${small} bg-brand-600 text-white hover:bg-brand-700`;

/** The small outlined red button beside a row (delete an endpoint, revoke a token). */
export const rowDangerButtonClass = `${base} ${small} border border-red-700 bg-white font-medium text-red-800 hover:bg-red-50`;

/** A button that reads as a link (show more, undo). */
export const linkButtonClass =
  "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 disabled:opacity-60";
