// @vitest-environment jsdom
/**
 * Review text containing markup or script renders as text, never as HTML: the quotes are put in
 * with textContent, so the page's DOM gets no element from a customer's words.
 */
import { describe, expect, it } from "vitest";
import { aspectName, quoteList } from "../../reports/components/feedbackParts.ts";

const EVIL = `<script>window.__owned = 1</script><img src=x onerror="window.__owned = 2"><b>好评</b> 质量不错`;

describe("Feedback page parts", () => {
  it("renders a review's markup and script as literal text", () => {
    const el = quoteList([{ aspect: "quality", text: EVIL, score: 0.9, sentiment: "positive", kind: "review" }], "zh");
    document.body.append(el);
    const quote = el.querySelector("blockquote")!;
    expect(quote.textContent).toContain("<script>window.__owned = 1</script>");
    expect(quote.textContent).toContain("<b>好评</b>");
    // The only elements are the ones the page made: the quote, its line break and its citation.
    expect(el.querySelectorAll("script, img, b")).toHaveLength(0);
    expect([...quote.children].map((c) => c.tagName)).toEqual(["BR", "CITE"]);
    expect((window as unknown as { __owned?: number }).__owned).toBeUndefined();
    expect(el.querySelector("h4")!.textContent).toBe("质量做工");
    expect(quote.querySelector("cite")!.textContent).toBe("评价 · 正面 · 90%");
  });

  it("names aspects in both languages, and the no-aspect bucket", () => {
    expect(aspectName("logistics", "en")).not.toBe("logistics");
    expect(aspectName("none", "en")).toBe("(no aspect mentioned)");
    expect(aspectName("none", "zh")).toBe("（未提及任何方面）");
  });
});
