import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript } from "./html";

describe("escapeHtml", () => {
  it("escapes the five characters that can end text or a quoted attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    expect(escapeHtml(320)).toBe("320");
  });
});

describe("jsonForScript", () => {
  const hostile = { name: "</script><script>alert(1)</script>", note: "<!-- a & b -->", lines: "one\u2028two\u2029three", nested: ["</SCRIPT>", { x: "&lt;" }] };

  it("cannot close the script element or open a comment in it", () => {
    const text = jsonForScript(hostile);
    expect(text).not.toMatch(/<|>|&/);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    const html = `<script type="application/ld+json">${text}</script>`;
    // The only end tag is the one we wrote.
    expect(html.toLowerCase().split("</script").length).toBe(2);
  });

  it("reads back as exactly the same value, as JSON and as JavaScript", () => {
    const text = jsonForScript(hostile);
    expect(JSON.parse(text)).toEqual(hostile);
    expect(new Function(`return ${text};`)()).toEqual(hostile);
  });

  it("serializes undefined as null rather than an empty script", () => {
    expect(jsonForScript(undefined)).toBe("null");
  });
});
