// Refusing an uploaded image, in the words of the catalogues ("StorageErrors"). Server-only: ./images.ts
// holds the checks, which the browser loads too.
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { checkImage, sniffImageType, type ImageProblem, type ImageType } from "./images.ts";

/** The image refusals ("StorageErrors"), one key per ImageProblem. */
const refuse = refusals("StorageErrors");

/**
 * The image type of an upload that passes every check, or a DomainError whose message and `field`
 * error say what is wrong (for the form to show beside the file input).
 */
export function acceptedImageType(bytes: Uint8Array, existingCount: number, field: string): ImageType {
  const problem = checkImage(bytes, existingCount);
  const type = sniffImageType(bytes);
  if (!problem && type) return type;
  throw imageRefusal(problem ?? "NOT_AN_IMAGE", field);
}

/** The error for an image refused for `problem`, with the message beside `field`. */
export function imageRefusal(problem: ImageProblem, field: string): DomainError {
  const said = refuse(problem);
  return new DomainError("INVALID_INPUT", said, { [field]: [said.text] });
}
