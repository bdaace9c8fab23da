import { MAX_IMAGE_BYTES } from "~/server/storage/images";

/** The file's bytes as base64 (without the data: prefix), for an upload procedure. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error("That file could not be read."));
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
  if (!IMAGE_ACCEPT.split(",").includes(file.type)) return "Upload a PNG, JPEG, WebP or GIF image.";
  if (file.size === 0) return "That file is empty.";
  if (file.size > MAX_IMAGE_BYTES) return "Images can be at most 2 MB.";
  return null;
}
