import { MAX_IMAGE_BYTES } from "~/server/storage/images";

/** What the browser says about a chosen file, in English ("Forms.imageType" etc. in the catalogues). */
export const FILE_PROBLEMS = {
  imageType: "Upload a PNG, JPEG, WebP or GIF image.",
  fileEmpty: "That file is empty.",
  imageTooBig: "Images can be at most 2 MB.",
  fileUnreadable: "That file could not be read.",
} as const;

/** The file's bytes as base64 (without the data: prefix), for an upload procedure. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error(FILE_PROBLEMS.fileUnreadable));
    reader.onload = () => {
      const result = typeof reader.result === "string" ? reader.result : "";
      resolve(result.slice(result.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}

export const IMAGE_ACCEPT = "image/png,image/jpeg,image/webp,image/gif";

/** A quick check in the browser before uploading; the server checks the bytes again. */
export function imageFileProblem(file: File): string | null {
  if (!IMAGE_ACCEPT.split(",").includes(file.type)) return FILE_PROBLEMS.imageType;
  if (file.size === 0) return FILE_PROBLEMS.fileEmpty;
  if (file.size > MAX_IMAGE_BYTES) return FILE_PROBLEMS.imageTooBig;
  return null;
}
