// Skewed tenant activity for the scale seed: tenant ranks follow a continuous power law,
// density ∝ x^-s on [1, N+1), tenant = floor(x). The exponent is solved so that the largest
// tenant holds a chosen share of the rows (10% by default), whatever the tenant count.

function topShare(exponent: number, tenants: number): number {
  if (Math.abs(1 - exponent) < 1e-9) return Math.log(2) / Math.log(tenants + 1);
  const a = 1 - exponent;
  return (2 ** a - 1) / ((tenants + 1) ** a - 1);
}

export function solvePowerLawExponent(tenants: number, largestShare: number): number {
  if (tenants <= 1) return 0;
  let low = 0;
  let high = 6;
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    if (topShare(mid, tenants) < largestShare) low = mid;
    else high = mid;
  }
  const exponent = (low + high) / 2;
  // Keep clear of s = 1, where the closed form below divides by zero.
  return Math.abs(1 - exponent) < 1e-6 ? 1 + 1e-6 : exponent;
}

/** Constants for the inverse CDF: x = (1 + u * c)^e, so the SQL needs only pow(). */
export function powerLawConstants(tenants: number, largestShare: number): { c: number; e: number; exponent: number } {
  const exponent = solvePowerLawExponent(tenants, largestShare);
  const a = 1 - exponent;
  return { c: (tenants + 1) ** a - 1, e: 1 / a, exponent };
}

/** The expected share of rows for the tenant of rank `rank` (1 = largest). */
export function expectedShare(rank: number, tenants: number, exponent: number): number {
  const a = 1 - exponent;
  return ((rank + 1) ** a - rank ** a) / ((tenants + 1) ** a - 1);
}
