// The words an add-or-edit form with a delete button says of its own actions (useAddOrEditForm and
// ConfirmDialog), under the same keys in each form's namespace. Not a client module, so server pages can
// spread the key lists.

/** Plain messages: saving, adding, deleting. */
export const ADD_OR_EDIT_KEYS = [
  "saved",
  "saving",
  "saveChanges",
  "add",
  "delete",
  "deleteBody",
  "deleteConfirm",
  "deleting",
  "deleted",
] as const;

/** Raw templates the form fills in the browser: `added` and `deleteTitle` take the record's `{title}`. */
export const ADD_OR_EDIT_TEMPLATES = ["added", "deleteTitle"] as const;

/** What such a form says of its own actions. */
export type AddOrEditWords = Record<
  (typeof ADD_OR_EDIT_KEYS)[number] | (typeof ADD_OR_EDIT_TEMPLATES)[number],
  string
>;
