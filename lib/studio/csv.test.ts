import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("Studio CSV", () => {
  it("quotes commas, quotes and line breaks, and keeps numbers as they are", () => {
    expect(toCsv([["track", "plays"], ['Say "Hi", Again', 12], ["Line\nbreak", 0]])).toBe('track,plays\r\n"Say ""Hi"", Again",12\r\n"Line\nbreak",0\r\n');
    expect(csvCell(-3)).toBe("-3");
  });

  it("never hands a spreadsheet a formula from a title or a website someone else chose", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+1 remix")).toBe("'+1 remix");
    expect(csvCell("@home")).toBe("'@home");
    expect(csvCell("-dash")).toBe("'-dash");
    expect(csvCell("Plain")).toBe("Plain");
  });
});
