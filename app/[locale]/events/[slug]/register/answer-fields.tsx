import { Field, inputClass } from "~/app/_components/field";
import type { FieldErrors } from "~/app/_components/form-errors";
import { EXPERIENCE_LEVELS, SKILLS, type ExperienceLevel, type Skill } from "~/server/registrations/labels";

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

/**
 * What the fields say, in the page's language (the "AnswerFields", "ExperienceLevel" and
 * "RegistrationPage.skill" messages, read by the page: answerFieldsWords).
 */
export interface AnswerFieldsWords {
  centre: string;
  centreHint: string;
  chooseCentre: string;
  /** After a full centre's name: "— full". */
  full: string;
  experience: string;
  skills: string;
  skillsLegend: string;
  skillsHint: string;
  tags: string;
  tagsLabel: string;
  /** With the most tags filled in. */
  tagsHint: string;
  levels: Record<ExperienceLevel, string>;
  skillNames: Record<Skill, string>;
}

/** How the error summary names these fields ({ centreId: "Centre", … }). */
export function answerLabels(words: AnswerFieldsWords) {
  return { centreId: words.centre, experience: words.experience, skills: words.skills, tags: words.tags };
}

/** Where the error summary's links take focus. */
export const answerAnchors = { experience: "experience-NEW", skills: "skill-design" };

/** Centre, experience and skills: shared by the registration form and the form that changes them. */
export function AnswerFields({
  values,
  onChange,
  errors,
  centres,
  currentCentreId = null,
  words,
}: {
  values: AnswerValues;
  onChange: (patch: Partial<AnswerValues>) => void;
  errors: FieldErrors;
  centres: CentreChoice[];
  /** The centre the person already holds a place at (never shown as full to them). */
  currentCentreId?: string | null;
  words: AnswerFieldsWords;
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
        <Field id="centreId" label={words.centre} hint={words.centreHint} errors={errors.centreId}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={values.centreId}
              onChange={(e) => onChange({ centreId: e.target.value })}
            >
              <option value="">{words.chooseCentre}</option>
              {centres.map((c) => (
                <option key={c.id} value={c.id} disabled={c.full && c.id !== currentCentreId}>
                  {c.name}
                  {c.postcodeDistrict ? ` (${c.postcodeDistrict})` : ""}
                  {c.full && c.id !== currentCentreId ? ` — ${words.full}` : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <fieldset className="space-y-2" aria-describedby={errors.experience ? "experience-error" : undefined}>
        <legend className="font-medium">{words.experience}</legend>
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
            {words.levels[level]}
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-medium">{words.skillsLegend}</legend>
        <p className="text-sm text-slate-600">{words.skillsHint}</p>
        <div className="grid gap-2 sm:grid-cols-2">
          {SKILLS.map((skill) => (
            <label key={skill} className="flex items-center gap-2">
              <input
                id={`skill-${skill}`}
                type="checkbox"
                checked={values.skills.includes(skill)}
                onChange={() => toggleSkill(skill)}
              />
              {words.skillNames[skill]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="tags" label={words.tagsLabel} hint={words.tagsHint} errors={errors.tags}>
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
