// The least-squares fit of score = quality(entry) + bias(judge) + noise with ridge shrinkage on the
// biases, solved without ever forming a matrix.

export type Observations = {
  nJudges: number;
  pairJudge: Int32Array;
  /** Pairs of entry e are entryStart[e] … entryStart[e + 1] − 1. */
  entryStart: Int32Array;
  pairValue: Float64Array;
};

export type JudgeEffectFit = {
  /** Per judge, in score units; judges with no observations get 0. Sum zero within each component. */
  bias: Float64Array;
  /** Per entry: its mean score minus the mean bias of the judges who scored it. */
  quality: Float64Array;
  iterations: number;
  /** ‖residual of the normal equations‖ / ‖right-hand side‖ at the end. */
  relativeResidual: number;
  converged: boolean;
};

/** Relative residual of the normal equations at which the conjugate-gradient solve stops. */
export const SOLVER_TOLERANCE = 1e-10;

/**
 * Minimises Σ (y − q_e − b_j)² + λ Σ b_j² over entry qualities q and judge biases b (the additive
 * two-way model with a ridge penalty on the judge effects, i.e. partial pooling of judge leniency
 * towards zero as in Gelman & Hill 2007, ch. 12; the same judge-bias idea as Piech et al. 2013, "Tuned
 * models of peer assessment in MOOCs", without their priors on reliability).
 *
 * q is eliminated exactly (q_e = ȳ_e − mean of b over e's judges), leaving the symmetric positive
 * (semi-)definite system (Σ_{e∋j} (b_j − b̄_e)) + λ b_j = Σ_{e∋j} (y_ej − ȳ_e), which is solved by
 * Jacobi-preconditioned conjugate gradients (Hestenes & Stiefel 1952) to a relative residual of
 * `tolerance`. Each iteration is O(pairs). With λ = 0 the system is singular along "shift every bias of
 * a component"; CG started from zero (or any start with zero sum per component) stays orthogonal to that
 * and returns the solution whose biases sum to zero per component. `start` warm-starts the solve.
 */
export function fitJudgeEffects(
  obs: Observations,
  lambda: number,
  start?: Float64Array,
  tolerance = SOLVER_TOLERANCE,
): JudgeEffectFit {
  // Locals, not property reads, in the hot loops: this runs 200 times per bootstrap.
  const { entryStart, pairJudge, pairValue } = obs;
  const nEntries = entryStart.length - 1;
  const J = obs.nJudges;
  const mean = new Float64Array(nEntries);
  const rhs = new Float64Array(J);
  const diag = new Float64Array(J).fill(lambda);
  for (let e = 0; e < nEntries; e++) {
    const from = entryStart[e] ?? 0;
    const to = entryStart[e + 1] ?? 0;
    let sum = 0;
    for (let p = from; p < to; p++) sum += pairValue[p] ?? 0;
    const m = to > from ? sum / (to - from) : 0;
    mean[e] = m;
    for (let p = from; p < to; p++) {
      const j = pairJudge[p] ?? 0;
      rhs[j] = (rhs[j] ?? 0) + (pairValue[p] ?? 0) - m;
      diag[j] = (diag[j] ?? 0) + 1 - 1 / (to - from);
    }
  }
  for (let j = 0; j < J; j++) if (!((diag[j] ?? 0) > 1e-12)) diag[j] = 1;

  const entryMean = new Float64Array(nEntries);
  const apply = (x: Float64Array, out: Float64Array) => {
    for (let j = 0; j < J; j++) out[j] = lambda * (x[j] ?? 0);
    let from = entryStart[0] ?? 0;
    for (let e = 0; e < nEntries; e++) {
      const to = entryStart[e + 1] ?? 0;
      let sum = 0;
      for (let p = from; p < to; p++) sum += x[pairJudge[p] ?? 0] ?? 0;
      const m = to > from ? sum / (to - from) : 0;
      entryMean[e] = m;
      for (let p = from; p < to; p++) {
        const j = pairJudge[p] ?? 0;
        out[j] = (out[j] ?? 0) + (x[j] ?? 0) - m;
      }
      from = to;
    }
  };
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
    return s;
  };

  const b = start ? Float64Array.from(start) : new Float64Array(J);
  const r = new Float64Array(J);
  const z = new Float64Array(J);
  const dir = new Float64Array(J);
  const Ad = new Float64Array(J);
  apply(b, Ad);
  for (let j = 0; j < J; j++) {
    r[j] = (rhs[j] ?? 0) - (Ad[j] ?? 0);
    z[j] = (r[j] ?? 0) / (diag[j] ?? 1);
    dir[j] = z[j] ?? 0;
  }
  const rhsNorm = Math.sqrt(dot(rhs, rhs)) || 1;
  let rz = dot(r, z);
  let residual = Math.sqrt(dot(r, r)) / rhsNorm;
  let iterations = 0;
  const maxIterations = Math.max(100, 2 * J);
  while (residual > tolerance && iterations < maxIterations) {
    apply(dir, Ad);
    const curvature = dot(dir, Ad);
    if (!(curvature > 0)) break;
    const step = rz / curvature;
    for (let j = 0; j < J; j++) {
      b[j] = (b[j] ?? 0) + step * (dir[j] ?? 0);
      r[j] = (r[j] ?? 0) - step * (Ad[j] ?? 0);
      z[j] = (r[j] ?? 0) / (diag[j] ?? 1);
    }
    const rzNext = dot(r, z);
    for (let j = 0; j < J; j++) dir[j] = (z[j] ?? 0) + (rzNext / rz) * (dir[j] ?? 0);
    rz = rzNext;
    residual = Math.sqrt(dot(r, r)) / rhsNorm;
    iterations++;
  }
  const quality = new Float64Array(nEntries);
  apply(b, Ad);
  for (let e = 0; e < nEntries; e++) quality[e] = (mean[e] ?? 0) - (entryMean[e] ?? 0);
  return { bias: b, quality, iterations, relativeResidual: residual, converged: residual <= tolerance };
}
