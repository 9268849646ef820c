/** @module File paths as a person reads them: the end that names the system and the export, not the server's folders. */

/** The last `parts` parts of a path: `badge/shenzhen.csv` says which system and which export. */
export function shortPath(file: string, parts = 2): string {
  return file.split(/[\\/]/).slice(-parts).join('/');
}
