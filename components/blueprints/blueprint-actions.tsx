"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import type { BlueprintValues } from "./blueprint-failure";
import { PricingDialog } from "./pricing-dialog";
import { VisibilityDialog } from "./visibility-dialog";

/** The admin's buttons on a blueprint's page; the page renders none of this for support. */
export function BlueprintActions({ blueprint }: { blueprint: BlueprintValues }) {
  const toast = useToast();
  const [open, setOpen] = useState<"pricing" | "visibility" | null>(null);
  const close = () => setOpen(null);
  const done = (message: string | undefined) => {
    setOpen(null);
    toast({ tone: "success", text: message ?? "Saved." });
  };

  return (
    <>
      <Button onClick={() => setOpen("pricing")}>Edit pricing</Button>
      <Button variant={blueprint.isPublic ? "danger" : "primary"} onClick={() => setOpen("visibility")}>
        {blueprint.isPublic ? "Unpublish" : "Publish"}
      </Button>
      <PricingDialog blueprint={blueprint} open={open === "pricing"} onClose={close} onDone={done} />
      <VisibilityDialog blueprint={blueprint} open={open === "visibility"} onClose={close} onDone={done} />
    </>
  );
}
