import { getHealthReport } from "@/lib/health/get-health-report";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const report = await getHealthReport();
    return Response.json(report, {
      status: report.database.reachable ? 200 : 503,
      headers: { "Cache-Control": "no-store" },
    });
  } catch (error) {
    // Never a stack trace in the response: the details go to the server log.
    console.error("[health] the health check itself failed:", error);
    return Response.json(
      { status: "down", error: "The health check failed unexpectedly. The details are in the server log.", checkedAt: new Date().toISOString() },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
