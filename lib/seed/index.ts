export { seedDemoData, DEFAULT_SEED, type SeedDemoOptions, type SeedResult } from "./seed-demo-data";
export { seedScaleData, type SeedScaleOptions, type ScaleSeedResult } from "./scale/seed-scale-data";
export { buildDemoData } from "./build-demo-data";
export { SeedError } from "./seed-errors";
export { DATA_TABLES, type SeedTable } from "./table-columns";
export type { SeedProgress, ProgressListener } from "./seed-progress";
