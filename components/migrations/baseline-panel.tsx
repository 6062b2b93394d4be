import { Card, CardHeader } from "@/components/ui/card";
import type { BaselinePlan } from "@/lib/migrations/baseline";
import { BaselineButton } from "./baseline-dialog";

/** For a database whose tables exist but that Prisma does not manage yet: the evidence, then the one step. */
export function BaselinePanel({ plan, checking, canApply, databaseName }: { plan: BaselinePlan | null; checking: boolean; canApply: boolean; databaseName: string }) {
  return (
    <Card>
      <div id="baseline" className="scroll-mt-6">
        <CardHeader
          title="Baseline"
          description="The tables exist, but Prisma has no record of how they got there. A baseline records the migrations whose result matches this schema exactly as applied, without running them."
        />
        <div className="space-y-3 px-5 py-4 text-[13px]">
          {!plan ? (
            <p className="text-zinc-600">{checking ? "Replaying the migrations to find the ones that match… (part of the drift check below)" : "The drift check did not finish, so no baseline could be worked out. Re-run it below."}</p>
          ) : plan.ok ? (
            <>
              <p className="font-medium text-emerald-800">{plan.migrations.length === 1 ? "One migration matches" : `${plan.migrations.length} migrations match`} this database exactly.</p>
              <ul className="space-y-1 text-zinc-700" aria-label="Evidence">
                {plan.evidence.map((line) => (
                  <li key={line}><span className="mr-1.5 text-zinc-400" aria-hidden="true">•</span>{line}</li>
                ))}
              </ul>
              {canApply ? (
                <BaselineButton migrations={plan.migrations} databaseName={databaseName} />
              ) : (
                <p className="text-xs text-zinc-500">Only admins can baseline a database.</p>
              )}
            </>
          ) : (
            <>
              <p role="alert" className="font-medium text-red-800">Baseline refused: {plan.reason.replace(/ Run `npm run db:drift`[^.]*\./, "")}</p>
              {plan.steps.length > 0 ? (
                <ul className="space-y-1 text-zinc-700" aria-label="Evidence">
                  {plan.steps.map((step) => (
                    <li key={step.migration}>
                      <span className="mr-1.5 text-zinc-400" aria-hidden="true">•</span>
                      After <span className="font-mono text-xs">{step.migration}</span>: {step.differences === 0 ? "no differences" : `${step.differences} difference${step.differences === 1 ? "" : "s"}`}.
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="text-zinc-600">
                The drift report below explains every difference and gives the SQL that would bring the database to the schema. Review it (turn renames into{" "}
                <code className="font-mono text-xs">RENAME COLUMN</code> so no data is lost), run it in a maintenance window, then baseline.
              </p>
            </>
          )}
        </div>
      </div>
    </Card>
  );
}
