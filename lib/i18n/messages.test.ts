/**
 * Every language says everything: the same keys in English, French and German,
 * each message valid ICU with the same arguments, and no English written straight
 * into a component (scripts/i18n-scan.mjs).
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { scan, scanSource } from "../../scripts/i18n-scan.mjs";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { CLIENT_NAMESPACES } from "./locales";
import { de, en, fr, NAMESPACES } from "./messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
    }
  }
  return into;
}

const LANGUAGES = { en, fr, de } as unknown as Record<string, Record<string, Tree>>;

describe("messages", () => {
  for (const namespace of NAMESPACES) {
    it(`${namespace}: the same keys, valid ICU and the same arguments in every language`, () => {
      const english = flatten(LANGUAGES.en[namespace]);
      for (const language of ["fr", "de"]) {
        const other = flatten(LANGUAGES[language][namespace]);
        expect(Object.keys(other).sort(), `${language}/${namespace}.json`).toEqual(Object.keys(english).sort());
      }
      for (const [key, text] of Object.entries(english)) {
        const args = [...argumentsOf(parse(text))].sort();
        for (const language of ["fr", "de"]) {
          const translated = flatten(LANGUAGES[language][namespace])[key];
          expect(translated.trim().length, `${language}: ${namespace}.${key} is empty`).toBeGreaterThan(0);
          let parsed: MessageFormatElement[] = [];
          expect(() => (parsed = parse(translated)), `${language}: ${namespace}.${key}`).not.toThrow();
          expect([...argumentsOf(parsed)].sort(), `${language}: ${namespace}.${key} has other arguments than English`).toEqual(args);
        }
      }
    });
  }

  it("a plural covers what each language needs (English and German one/other, French one/other)", () => {
    for (const [language, messages] of Object.entries(LANGUAGES)) {
      for (const namespace of NAMESPACES) {
        for (const [key, text] of Object.entries(flatten(messages[namespace]))) {
          const walk = (elements: MessageFormatElement[]) => {
            for (const element of elements) {
              if (element.type === TYPE.plural) expect(Object.keys(element.options), `${language}: ${namespace}.${key}`).toContain("other");
              if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
              if (element.type === TYPE.tag) walk(element.children);
            }
          };
          walk(parse(text));
        }
      }
    }
  });
});

describe("no English outside the message files", () => {
  it("the scan finds JSX text, labels, ternaries and label-like properties", () => {
    const found = scanSource(
      "x.tsx",
      `export const nav = [{ label: "Home", href: "/" }];
       export function A({ on }: { on: boolean }) {
         return <p title="Tip" className="x">Hello there {on ? "Following" : "Follow"} {t("ok")} · 3</p>;
       }
       // i18n-ignore
       export const brand = <b>Chorus rocks</b>;`,
    );
    expect(found.map((f) => f.text)).toEqual(["Home", "Tip", "Hello there", "Following", "Follow"]);
    expect(scanSource("y.tsx", `export const B = () => <p>{t("x")} · Chorus · {n}</p>;`)).toEqual([]);
  });

  it("every screen takes its words from the message files", () => {
    const found = scan(["app", "components"]);
    const lines = Object.entries(found).flatMap(([file, list]) => list.map((f) => `${file}:${f.line} ${f.text}`));
    expect(lines).toEqual([]);
  });
});

describe("messages sent to the browser", () => {
  it("every namespace a component reads with useTranslations goes to the client", () => {
    const files = execFileSync("git", ["ls-files", "app", "components"], { encoding: "utf8" }).split("\n").filter((f) => f.endsWith(".tsx"));
    const used = new Set<string>();
    for (const file of files) for (const m of readFileSync(file, "utf8").matchAll(/useTranslations\((?:"([a-zA-Z]+)[."]|\))/g)) used.add(m[1] ?? "(all)");
    expect(used.has("(all)"), "useTranslations() without a namespace").toBe(false);
    expect([...used].filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });
});
