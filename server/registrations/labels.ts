// The words, choices and limits of registration, shared by forms and the server. No zod here: a page
// that only shows these words or choices must not load the validation library (schema.ts re-exports
// them and adds the schemas).

export const EXPERIENCE_LEVELS = ["NEW", "SOME", "CONFIDENT"] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

export const EXPERIENCE_LABELS: Record<ExperienceLevel, string> = {
  NEW: "New to coding",
  SOME: "Some experience",
  CONFIDENT: "Confident",
};

export const REGISTRATION_STATUSES = ["PENDING_CONSENT", "CONFIRMED", "WITHDRAWN"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** What screens and exports call each registration status (one wording everywhere). */
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  PENDING_CONSENT: "Waiting for guardian consent",
  CONFIRMED: "Confirmed",
  WITHDRAWN: "Withdrawn",
};

/** The fixed skills a participant can tick; anything else goes in free tags. */
export const SKILLS = [
  "design",
  "web",
  "mobile",
  "games",
  "data",
  "hardware",
  "python",
  "javascript",
  "scratch",
  "presenting",
] as const;
export type Skill = (typeof SKILLS)[number];

export const SKILL_LABELS: Record<Skill, string> = {
  design: "Design",
  web: "Websites",
  mobile: "Mobile apps",
  games: "Games",
  data: "Data",
  hardware: "Hardware and robots",
  python: "Python",
  javascript: "JavaScript",
  scratch: "Scratch",
  presenting: "Presenting",
};

export const MAX_TAGS = 8;
export const MAX_TAG_LENGTH = 30;
