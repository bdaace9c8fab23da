// The sensitive information an event may ask for, and how the forms name it. No zod here: the forms
// that show these labels run in the browser.

export const SENSITIVE_FIELDS = ["MEDICAL", "ACCESS", "EMERGENCY_CONTACT"] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

/** What each field is called on the forms, and what it asks for. */
export const SENSITIVE_FIELD_TEXT: Record<SensitiveField, { label: string; hint: string }> = {
  MEDICAL: {
    label: "Medical or dietary needs",
    hint: "Allergies, conditions or medicines the centre should know about, and what to do.",
  },
  ACCESS: {
    label: "Access needs",
    hint: "Anything that helps them take part: a quiet room, step-free access.",
  },
  EMERGENCY_CONTACT: { label: "Emergency contact", hint: "Who to call on the day if something happens." },
};
