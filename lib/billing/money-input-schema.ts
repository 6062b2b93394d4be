import { z } from "zod";
import { CURRENCIES } from "./currencies";

// Money typed into a form: a decimal string, never a float, normalised to two decimals for
// NUMERIC(12, 2) ("7.5" → "7.50", "007" → "7.00"). Browser-safe: no Prisma.Decimal.

export function moneyInputSchema(options: { example: string }) {
  return z
    .string({ error: `Enter a price, such as ${options.example}.` })
    .trim()
    .regex(/^\d{1,10}(\.\d{1,2})?$/, `Enter a price of 0 or more with at most 2 decimals, such as ${options.example}.`)
    .transform((value) => {
      const [whole = "0", fraction = ""] = value.split(".");
      return `${whole.replace(/^0+(?=\d)/, "")}.${fraction.padEnd(2, "0")}`;
    });
}

const CHOOSE_CURRENCY = `Choose ${CURRENCIES.slice(0, -1).join(", ")} or ${CURRENCIES[CURRENCIES.length - 1]}.`;

export const currencyInputSchema = z.string({ error: CHOOSE_CURRENCY }).trim().toUpperCase().pipe(z.enum(CURRENCIES, { error: CHOOSE_CURRENCY }));
