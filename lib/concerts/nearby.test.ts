import { describe, expect, it } from "vitest";
import { distanceGroup, foldCity, groupByDistance, orderExplanation, regionNeighbours, sameCity } from "./nearby";

const berliner = { city: "Berlin", country: "DE" };

describe("distance groups", () => {
  it("folds accents, case and spacing in city names", () => {
    expect(foldCity("  São   Paulo ")).toBe("sao paulo");
    expect(sameCity("Sao Paulo", "SÃO PAULO")).toBe(true);
    expect(sameCity("Zürich", "zurich")).toBe(true);
    expect(sameCity("", "")).toBe(false);
    expect(sameCity(null, "Berlin")).toBe(false);
  });

  it("puts a show in the viewer's city, country, part of the world, or further away", () => {
    expect(distanceGroup({ city: "berlin", country: "DE" }, berliner)).toBe("city");
    expect(distanceGroup({ city: "Munich", country: "DE" }, berliner)).toBe("country");
    expect(distanceGroup({ city: "Vienna", country: "AT" }, berliner)).toBe("region");
    expect(distanceGroup({ city: "Tokyo", country: "JP" }, berliner)).toBe("further");
    // A city of the same name in another country is not the viewer's city.
    expect(distanceGroup({ city: "Paris", country: "US" }, { city: "Paris", country: "FR" })).toBe("further");
    // Only a country known (as after sign-up): no city group.
    expect(distanceGroup({ city: "Berlin", country: "DE" }, { city: null, country: "DE" })).toBe("country");
    expect(distanceGroup({ city: "Berlin", country: "DE" }, { city: null, country: null })).toBe("further");
    expect(regionNeighbours("DE")).toContain("AT");
    expect(regionNeighbours("DE")).not.toContain("DE");
    expect(regionNeighbours("ZZ")).toEqual([]);
  });

  it("labels consecutive runs of a list already in group order", () => {
    const shows = [
      { id: 1, city: "Berlin", country: "DE" },
      { id: 2, city: "Munich", country: "DE" },
      { id: 3, city: "Hamburg", country: "DE" },
      { id: 4, city: "Vienna", country: "AT" },
      { id: 5, city: "Tokyo", country: "JP" },
    ];
    expect(groupByDistance(shows, berliner).map((g) => [g.label, g.shows.map((s) => s.id)])).toEqual([
      ["In Berlin", [1]],
      ["In Germany", [2, 3]],
      ["Elsewhere in Europe", [4]],
      ["Further away", [5]],
    ]);
  });

  it("says how the list is ordered", () => {
    expect(orderExplanation(berliner)).toBe("Sorted by distance group (in Berlin, then in Germany, then elsewhere in Europe, then further away), then by date, soonest first.");
    expect(orderExplanation({ city: null, country: "JP" })).toBe("Sorted by distance group (in Japan, then elsewhere in East Asia, then further away), then by date, soonest first.");
    expect(orderExplanation({ city: null, country: null })).toBe("Sorted by date, soonest first.");
  });
});
