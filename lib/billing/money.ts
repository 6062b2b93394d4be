import "server-only";
import { Prisma } from "../generated/prisma/client";

// Money stays a Prisma.Decimal on the server and leaves lib/ as a string with two decimals
// ("49.00"), always next to its currency: a JS number would round cents.

export type Money = { amount: string; currency: string };

export { CURRENCIES, type Currency } from "./currencies";

export function toDecimal(value: Prisma.Decimal | string | number): Prisma.Decimal {
  return new Prisma.Decimal(value);
}

/** Rounds half away from zero, as PostgreSQL's round(numeric, 2) does. */
export function roundToCents(value: Prisma.Decimal): Prisma.Decimal {
  return value.toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);
}

export function moneyString(value: Prisma.Decimal | string): string {
  return toDecimal(value).toFixed(2, Prisma.Decimal.ROUND_HALF_UP);
}

export function moneyOf(value: Prisma.Decimal | string, currency: string): Money {
  return { amount: moneyString(value), currency };
}
