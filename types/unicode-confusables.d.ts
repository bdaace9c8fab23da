// The package ships its declarations as "index.ts.d", which TypeScript never finds.
declare module "unicode-confusables" {
  export interface ConfusablePoint {
    point: string;
    similarTo?: string;
  }
  /** True when any character of `input` is confusable with another (confusables.txt) or zero-width. */
  export function isConfusing(input: string): boolean;
  export function confusables(input: string): ConfusablePoint[];
  /** `input` with every confusable character replaced by its prototype. */
  export function rectifyConfusion(input: string): string;
}
