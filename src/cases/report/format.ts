/** @module How the report writes sizes: for reading, and exactly, the same way in both renderers. */

const grouped = new Intl.NumberFormat('en-US');
const units = ['KB', 'MB', 'GB', 'TB'];

/**
 * `2.4 MB` for reading, then the exact count (`2,412,345 bytes`) on a second line, because the exact count is
 * what a checker compares against the file.
 */
export function reportSize(bytes: number): string {
  if (bytes < 1024) return `${grouped.format(bytes)} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}\n${grouped.format(bytes)} bytes`;
}
