import type { FormProblem } from "./form-errors";
import { ActionProblem } from "./error-summary";

/**
 * Under a form's button: what was just done (a status), or what went wrong (an alert; `signInLabel` as
 * ActionProblem's).
 */
export function ActionOutcome({
  done,
  problem,
  signInLabel,
}: {
  done: string | null;
  problem: FormProblem | null;
  signInLabel?: string;
}) {
  return (
    <>
      {done ? (
        <p role="status" className="font-medium text-green-800">
          {done}
        </p>
      ) : null}
      <ActionProblem problem={problem} signInLabel={signInLabel} />
    </>
  );
}
