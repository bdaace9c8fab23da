// Type-aware linting with zero warnings allowed (`npm run lint`).
import js from "@eslint/js";
import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-e2e/**",
      ".next-bench/**",
      ".next-reliability/**",
      ".data/**",
      "node_modules/**",
      "server/db/generated/**",
      "next-env.d.ts",
      "tmp/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...nextVitals,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { next: { rootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // The UI layer never reaches into the database or the domain's commands and queries directly:
    // it goes through tRPC (server components through the server caller).
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/db/generated/**", "@prisma/*"], message: "app/ never imports Prisma: use tRPC." },
            {
              group: ["**/server/*/commands*", "**/server/*/queries*"],
              message: "app/ calls the domain through tRPC procedures.",
            },
          ],
        },
      ],
    },
  },
  {
    // Every word a page shows comes from the message catalogues (server/i18n/messages/<locale>.json), so
    // text written straight into JSX is an error; punctuation and symbols between messages are allowed.
    files: ["app/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        {
          noStrings: false,
          ignoreProps: true,
          allowedStrings: [
            "🏆",
            ".",
            ",",
            ":",
            ";",
            "(",
            ")",
            "·",
            "“",
            "”",
            "‘",
            "’",
            "→",
            "←",
            "—",
            "–",
            "…",
            "/",
            "×",
            "+",
            "%",
            "*",
            "#",
            "&",
            "|",
            "-",
            "!",
            "?",
            "&nbsp;",
            "&times;",
            "&middot;",
            "&rarr;",
            "&larr;",
            "&hellip;",
            "&ldquo;",
            "&rdquo;",
            "&quot;",
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
);
