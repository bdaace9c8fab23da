import { Field, inputClass } from "~/app/_components/field";
import type { FieldErrors } from "~/app/_components/form-errors";
import {
  EXPERIENCE_LABELS,
  EXPERIENCE_LEVELS,
  MAX_TAGS,
  SKILL_LABELS,
  SKILLS,
  type ExperienceLevel,
  type Skill,
} from "~/server/registrations/labels";

/** The answers a participant gives when registering and may change while registration is open. */
export interface AnswerValues {
  centreId: string;
  experience: ExperienceLevel | "";
  skills: Skill[];
  tags: string;
}

export interface CentreChoice {
  id: string;
  name: string;
  postcodeDistrict: string;
  full: boolean;
}

/** How the error summary names these fields, and where its links take focus. */
export const answerLabels = {
  centreId: "Centre",
  experience: "Your coding experience",
  skills: "Skills",
  tags: "Other skills",
};
export const answerAnchors = { experience: "experience-NEW", skills: "skill-design" };

/** Centre, experience and skills: shared by the registration form and the form that changes them. */
export function AnswerFields({
  values,
  onChange,
  errors,
  centres,
  currentCentreId = null,
}: {
  values: AnswerValues;
  onChange: (patch: Partial<AnswerValues>) => void;
  errors: FieldErrors;
  centres: CentreChoice[];
  /** The centre the person already holds a place at (never shown as full to them). */
  currentCentreId?: string | null;
}) {
  const toggleSkill = (skill: Skill) =>
    onChange({
      skills: values.skills.includes(skill)
        ? values.skills.filter((s) => s !== skill)
        : [...values.skills, skill],
    });
  return (
    <>
      {centres.length > 0 ? (
        <Field id="centreId" label="Centre" hint="Where you'll take part." errors={errors.centreId}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={values.centreId}
              onChange={(e) => onChange({ centreId: e.target.value })}
            >
              <option value="">Choose a centre</option>
              {centres.map((c) => (
                <option key={c.id} value={c.id} disabled={c.full && c.id !== currentCentreId}>
                  {c.name}
                  {c.postcodeDistrict ? ` (${c.postcodeDistrict})` : ""}
                  {c.full && c.id !== currentCentreId ? " — full" : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <fieldset className="space-y-2" aria-describedby={errors.experience ? "experience-error" : undefined}>
        <legend className="font-medium">Your coding experience</legend>
        {errors.experience ? (
          <p id="experience-error" className="text-sm font-medium text-red-700">
            {errors.experience.join(". ")}
          </p>
        ) : null}
        {EXPERIENCE_LEVELS.map((level) => (
          <label key={level} className="flex items-center gap-2">
            <input
              id={`experience-${level}`}
              type="radio"
              name="experience"
              value={level}
              checked={values.experience === level}
              onChange={() => onChange({ experience: level })}
            />
            {EXPERIENCE_LABELS[level]}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-medium">Skills (optional)</legend>
        <p className="text-sm text-slate-600">Helps you find teammates. Tick any that fit.</p>
        <div className="grid gap-2 sm:grid-cols-2">
          {SKILLS.map((skill) => (
            <label key={skill} className="flex items-center gap-2">
              <input
                id={`skill-${skill}`}
                type="checkbox"
                checked={values.skills.includes(skill)}
                onChange={() => toggleSkill(skill)}
              />
              {SKILL_LABELS[skill]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        id="tags"
        label="Other skills (optional)"
        hint={`Separate them with commas, e.g. Rust, 3D printing. Up to ${MAX_TAGS}.`}
        errors={errors.tags}
      >
        {(a) => (
          <input
            {...a}
            className={inputClass}
            value={values.tags}
            onChange={(e) => onChange({ tags: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}
