// "joined May in a joint statement", "Theresa May said": the month name that is also a surname.

/** Words before "May" that make it a person (titles, first names, verbs taking a person). */
const personBefore = /(?:\b(?:Theresa|Mrs|Ms|Mr|Minister|Secretary|joined|told|met|urged|thanked|backed|asked|with|by Prime Minister)\.?|['’]s)\s+$/;
/** Words after "May" that make it the subject of a clause. */
const personAfter = /^(?:['’]s\b|\s+(?:said|says|told|has|had|was|is|will|would|wrote|added|announced|insisted|warned|replied)\b)/;

/** Is the "May" at `start` a person's name rather than the month? */
export function mayNamesAPerson(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(start + 3, start + 20);
  return personBefore.test(before) || personAfter.test(after);
}
