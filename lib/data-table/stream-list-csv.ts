import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { csvLine, type CsvValue } from "./csv";
import type { ListParams } from "./list-params";
import type { ListSource } from "./list-source";
import { buildConditions, orderClause, whereClause } from "./run-list-query";

// The whole filtered result, not just a page, streamed through a server-side cursor in one
// read-only snapshot: memory stays flat however many rows match, and there is no silent cap.
// The stream waits for the reader (backpressure), so a slow download never piles rows up here.

export type ExportColumn<Row> = { header: string; value: (row: Row) => CsvValue };

export type ExportOutcome = { rowCount: number; completed: boolean; error?: unknown };

const BATCH_SIZE = 1_000;

export function streamListCsv<Row>(options: {
  prisma: PrismaClient;
  source: ListSource<Row>;
  params: ListParams;
  scope?: Prisma.Sql[];
  columns: ExportColumn<Row>[];
  onFinish: (outcome: ExportOutcome) => Promise<void>;
}): { stream: ReadableStream<Uint8Array>; ready: Promise<void> } {
  const { prisma, source, params, columns } = options;
  const encoder = new TextEncoder();
  const where = whereClause(buildConditions(source, params), options.scope ?? []);
  let rowCount = 0;
  let cancelled = false;
  let wake: (() => void) | undefined;
  const waitForReader = () => new Promise<void>((resolve) => (wake = resolve));
  // Settles once the cursor is open, so the caller can still answer 503 when the database is down.
  let markReady!: () => void;
  let markFailed!: (error: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => ((markReady = resolve), (markFailed = reject)));

  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const work = prisma.$transaction(
          async (tx) => {
            // A download may pause between batches; the default 30 s idle limit would end it.
            await tx.$executeRaw`SET TRANSACTION READ ONLY`;
            await tx.$executeRaw`SET LOCAL idle_in_transaction_session_timeout = '10min'`;
            await tx.$executeRaw`DECLARE console_export NO SCROLL CURSOR FOR
              SELECT ${source.select} FROM ${source.from} ${where} ${orderClause(source, params)}`;
            markReady();
            controller.enqueue(encoder.encode(`\uFEFF${csvLine(columns.map((column) => column.header))}`));
            for (;;) {
              while ((controller.desiredSize ?? 1) <= 0 && !cancelled) await waitForReader();
              if (cancelled) return;
              const batch = await tx.$queryRaw<Record<string, unknown>[]>`FETCH ${Prisma.raw(String(BATCH_SIZE))} FROM console_export`;
              if (batch.length === 0) return;
              const text = batch.map((raw) => csvLine(columns.map((column) => column.value(source.mapRow(raw))))).join("");
              rowCount += batch.length;
              controller.enqueue(encoder.encode(text));
            }
          },
          { isolationLevel: "RepeatableRead", timeout: 60 * 60_000, maxWait: 5_000 },
        );
        work.then(
          async () => {
            await options.onFinish({ rowCount, completed: !cancelled });
            if (!cancelled) controller.close();
          },
          async (error: unknown) => {
            markFailed(error);
            await options.onFinish({ rowCount, completed: false, error }).catch(() => undefined);
            // Aborting the response makes the browser report a failed download, never a short file.
            if (!cancelled) controller.error(error);
          },
        );
      },
      pull() {
        wake?.();
      },
      cancel() {
        cancelled = true;
        wake?.();
      },
    },
    { highWaterMark: 4 },
  );
  // Nobody may be waiting on `ready` when a later batch fails; that failure is reported via the stream.
  ready.catch(() => undefined);
  return { stream, ready };
}
