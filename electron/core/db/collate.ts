/**
 * Name order as a Norwegian reader expects it: case ignored first, and æ, ø, å as the last
 * three letters (SQLite's NOCASE only folds ASCII and sorts Å before Æ before Ø).
 * Numbers inside names sort by value ("Klasse 9" before "Klasse 10").
 */
const collator = new Intl.Collator('nb', { numeric: true });

export const compareText = (a: string, b: string): number => collator.compare(a, b);
