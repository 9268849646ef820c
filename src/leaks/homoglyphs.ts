/**
 * @module Letters from other scripts that look like Latin ones. Normalization maps them back; invisible marks use
 * the Cyrillic half to tag a copy without changing how it looks.
 */

/** Cyrillic letters that print like the Latin letter they stand for; the marks draw on these. */
export const cyrillicFor: Readonly<Record<string, string>> = {
  a: '\u0430',
  c: '\u0441',
  e: '\u0435',
  i: '\u0456',
  j: '\u0458',
  o: '\u043e',
  p: '\u0440',
  s: '\u0455',
  x: '\u0445',
  y: '\u0443',
  A: '\u0410',
  B: '\u0412',
  C: '\u0421',
  E: '\u0415',
  H: '\u041d',
  K: '\u041a',
  M: '\u041c',
  O: '\u041e',
  P: '\u0420',
  T: '\u0422',
  X: '\u0425',
};

/** Greek capitals and small letters that print like Latin ones (not used for marks, only read back). */
const greekLookalikes: Readonly<Record<string, string>> = {
  '\u0391': 'A',
  '\u0392': 'B',
  '\u0395': 'E',
  '\u0396': 'Z',
  '\u0397': 'H',
  '\u0399': 'I',
  '\u039a': 'K',
  '\u039c': 'M',
  '\u039d': 'N',
  '\u039f': 'O',
  '\u03a1': 'P',
  '\u03a4': 'T',
  '\u03a5': 'Y',
  '\u03a7': 'X',
  '\u03bf': 'o',
  '\u03bd': 'v',
};

/** Every known lookalike mapped to the Latin letter it imitates. */
export const latinFor: ReadonlyMap<string, string> = new Map([
  ...Object.entries(cyrillicFor).map(([latin, lookalike]) => [lookalike, latin] as const),
  ['\u04bb', 'h'],
  ['\u0501', 'd'],
  ['\u051b', 'q'],
  ['\u051d', 'w'],
  ...Object.entries(greekLookalikes),
]);
