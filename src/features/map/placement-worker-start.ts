/**
 * The placement worker (placement-worker.ts), started before the map needs it: on a slow phone its
 * script is a round trip and its start-up a few hundred milliseconds, which delayed the first
 * names by most of a second when the map started it on mounting (issue 26). `warmPlacementWorker`
 * (main.tsx) starts one while the page's own code runs; the map's first placement takes it.
 */
let warm: Worker | null = null;

function startPlacementWorker(): Worker {
  return new Worker(new URL('./placement-worker.ts', import.meta.url), {
    type: 'module',
    name: 'placement',
  });
}

/** Starts a worker for the first placement to take (where there are workers; once). */
export function warmPlacementWorker(): void {
  if (warm === null && typeof Worker !== 'undefined') warm = startPlacementWorker();
}

/** The warm worker if there is one (taken once), else a new one. */
export function takePlacementWorker(): Worker {
  const worker = warm ?? startPlacementWorker();
  warm = null;
  return worker;
}
