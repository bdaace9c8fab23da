/**
 * Runs `fn` with the named environment variables set (`undefined` unsets one), then puts every one back
 * as it was, unsetting those that were unset before. (Assigning `undefined` to `process.env.X` stores
 * the string "undefined", which a later test file in the same worker would read as a value.)
 */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const put = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  put(vars);
  try {
    return await fn();
  } finally {
    put(before);
  }
}
