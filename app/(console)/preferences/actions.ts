"use server";

import { staffAction } from "@/lib/auth/staff-action";
import { saveHiddenColumns, saveTableColumnsSchema } from "@/lib/data-table/table-preferences";

// Anyone who can open the console may arrange their own lists.
export const saveTableColumnsAction = staffAction("console.view", saveTableColumnsSchema, async (input, { staff, request }) =>
  saveHiddenColumns({ actor: staff, request, input }),
);
