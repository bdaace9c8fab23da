import { Field, inputClass } from "./field";

/**
 * A team's finder settings: whether it shows as looking for members, and the skills it wants. The
 * labels come from the caller's words (`lookingLabel`: the "LookingForMembers" message `showInFinder`).
 */
export function LookingForMembersFields({
  idPrefix,
  lookingLabel,
  skillsLabel,
  skillsHint,
  lookingForMembers,
  onLookingForMembersChange,
  wantedSkills,
  onWantedSkillsChange,
  skillsErrors,
}: {
  idPrefix: string;
  lookingLabel: string;
  skillsLabel: string;
  skillsHint: string;
  lookingForMembers: boolean;
  onLookingForMembersChange: (looking: boolean) => void;
  wantedSkills: string;
  onWantedSkillsChange: (skills: string) => void;
  skillsErrors: string[] | undefined;
}) {
  return (
    <>
      <div className="flex items-start gap-2">
        <input
          id={`${idPrefix}-looking`}
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={lookingForMembers}
          onChange={(e) => onLookingForMembersChange(e.target.checked)}
        />
        <label htmlFor={`${idPrefix}-looking`}>{lookingLabel}</label>
      </div>
      <Field id={`${idPrefix}-skills`} label={skillsLabel} hint={skillsHint} errors={skillsErrors}>
        {(a) => (
          <input
            {...a}
            className={inputClass}
            value={wantedSkills}
            onChange={(e) => onWantedSkillsChange(e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
