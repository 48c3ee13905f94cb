/**
 * Studio shows counts of people, never who. A count of 1 to 4 people in one
 * bucket (a city, a website, a day) could point at someone a creator knows, so it
 * is shown as "fewer than 5" and exported as "<5". Zero stays zero: it says
 * nothing about anyone. Plays are not people and are shown as they are.
 */
export const MIN_PEOPLE = 5;

/** Whether a count of people must be withheld. */
export const isWithheld = (people: number): boolean => people > 0 && people < MIN_PEOPLE;

/**
 * How a count of people reads in Studio: English by default; a screen passes its
 * language's number format and words for "fewer than 5" (studio charts.fewerThan).
 */
export function peopleLabel(people: number, format: (n: number) => string = (n) => n.toLocaleString("en"), fewer: (min: number) => string = (min) => `fewer than ${min}`): string {
  return isWithheld(people) ? fewer(MIN_PEOPLE) : format(people);
}

/** How a count of people is written in a CSV file. */
export const peopleCsv = (people: number): string => (isWithheld(people) ? `<${MIN_PEOPLE}` : String(people));

/** The value a chart may draw for a count of people: null (a gap, labelled) when withheld. */
export const peopleForChart = (people: number): number | null => (isWithheld(people) ? null : people);
