// An event's code of conduct: its own Markdown text, or the platform's default, and the version people
// accept when they register (kept on their registration). Pure.

/** The platform's code of conduct, used by every event that has not written its own. */
export const DEFAULT_CODE_OF_CONDUCT = {
  version: "2026-1",
  text: [
    "We want everyone at this event to have a good time and to learn something: people new to coding, experts, young people, volunteers and sponsors alike.",
    "",
    "### Be kind",
    "",
    "- Be friendly and patient, and help others when you can.",
    "- Respect people's ideas, backgrounds and abilities. Everyone was new once.",
    "- Disagree about code, not about people.",
    "",
    "### Keep everyone safe",
    "",
    "- No harassment, bullying, discrimination or unwanted contact, in person or online.",
    "- Don't take photos of people who haven't said yes (young people's photos only with their guardian's consent).",
    "- Adults never message young people privately: talk in the open, where others can see.",
    "- Follow the venue's rules and the instructions of the centre's staff and volunteers.",
    "",
    "### Play fair",
    "",
    "- Build your project during the event, and say what you reused (libraries, data, code).",
    "- Only use data you are allowed to use, and never share other people's personal data.",
    "",
    "### If something goes wrong",
    "",
    "Tell a volunteer, your centre lead or the organisers straight away. We will listen, take it seriously and keep it as private as we can. Anyone who breaks this code may be asked to leave the event.",
  ].join("\n"),
} as const;

/** The version of an event's own text: `c-` and the first 12 hex digits of its SHA-256. */
export type CodeOfConductVersion = string;

/**
 * The text an event's participants accept: its own when it has one, else the default.
 * `event.codeOfConduct` is the event's Markdown ("" for none); `event.codeOfConductVersion` is what
 * registrations record.
 */
export function codeOfConductOf(event: { codeOfConduct: string; codeOfConductVersion: string }): {
  text: string;
  version: string;
  isDefault: boolean;
} {
  if (event.codeOfConduct.trim() === "") {
    return { text: DEFAULT_CODE_OF_CONDUCT.text, version: DEFAULT_CODE_OF_CONDUCT.version, isDefault: true };
  }
  return { text: event.codeOfConduct, version: event.codeOfConductVersion, isDefault: false };
}
