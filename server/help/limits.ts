// The help request form's limits, zod-free so the team's page can show them without loading zod (the
// server checks every answer against server/help/schema.ts and the form shows its field errors).

/** The longest description a team may write, in characters after trimming: a sentence or two, no chat. */
export const MAX_HELP_DESCRIPTION = 280;
/** The longest "where you sit", in characters after trimming ("Table 4, by the window"). */
export const MAX_HELP_LOCATION = 60;
