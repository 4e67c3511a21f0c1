/**
 * Time left for a download from its progress so far (linear rate), or null while too early to say.
 * @example estimateRemaining(0.25, 30) // 90
 */
export function estimateRemaining(progress: number, elapsedSeconds: number): number | null {
  if (!(progress > 0.01) || !(elapsedSeconds > 1) || progress >= 1) return progress >= 1 ? 0 : null;
  return Math.round((elapsedSeconds * (1 - progress)) / progress);
}

/** "45 s", "3 min", "1 h 5 min". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  const min = Math.round(seconds / 60);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h ${min % 60} min`;
}

/** "512 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
  if (bytes < 2 ** 20) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 2 ** 30) return `${Math.round(bytes / 2 ** 20)} MB`;
  return `${(bytes / 2 ** 30).toFixed(1)} GB`;
}
