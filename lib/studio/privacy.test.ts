import { describe, expect, it } from "vitest";
import { MIN_PEOPLE, isWithheld, peopleCsv, peopleForChart, peopleLabel } from "./privacy";

describe("people counts in Studio", () => {
  it("withholds 1 to 4 people and shows 0 and 5 or more", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 1200].map(isWithheld)).toEqual([false, true, true, true, true, false, false, false]);
    expect(MIN_PEOPLE).toBe(5);
  });

  it("reads, exports and charts a withheld count without its value", () => {
    expect(peopleLabel(3)).toBe("fewer than 5");
    expect(peopleLabel(4)).not.toContain("4");
    expect(peopleLabel(0)).toBe("0");
    expect(peopleLabel(1234)).toBe("1,234");
    expect(peopleLabel(2, (n) => n.toLocaleString("fr"), (min) => `moins de ${min}`)).toBe("moins de 5");
    expect(peopleLabel(1234, (n) => n.toLocaleString("de"), (min) => `weniger als ${min}`)).toBe("1.234");
    expect(peopleCsv(1)).toBe("<5");
    expect(peopleCsv(5)).toBe("5");
    expect(peopleCsv(0)).toBe("0");
    expect(peopleForChart(2)).toBeNull();
    expect(peopleForChart(7)).toBe(7);
  });
});
