/**
 * Derives `search_queries` once every file is read and free text is masked: each distinct text of
 * searches.query and search_terms_daily.term, normalised, tokenised (jieba with the shop's brands
 * and categories added to the user dictionary, English stems) and classified by intent, so the
 * pages only aggregate. Every distinct text gets exactly one row, or the build stops.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { detectLanguage, normalizeText, tokenizeMany, userDictionary } from "../../src/text/index.ts";
import { classifyIntent } from "../../src/search/classifyIntent.ts";
import { brandSet } from "../../src/search/brandSet.ts";
import type { TableStore } from "./tableStore.ts";
import { ReconciliationError } from "./reconciliationError.ts";

async function column(conn: DuckDBConnection, sql: string): Promise<string[]> {
  const r = await conn.runAndReadAll(sql);
  return r.getRows().map(([v]) => String(v));
}

/** The shop's own words: brands and categories from the product and item exports. */
export async function shopWords(conn: DuckDBConnection): Promise<{ brands: string[]; categories: string[] }> {
  const brands = await column(conn, `SELECT DISTINCT brand FROM products WHERE brand IS NOT NULL AND trim(brand) <> ''
    UNION SELECT DISTINCT brand FROM order_items WHERE brand IS NOT NULL AND trim(brand) <> ''`);
  const categories = await column(conn, `SELECT DISTINCT category FROM products WHERE category IS NOT NULL AND trim(category) <> ''
    UNION SELECT DISTINCT category FROM order_items WHERE category IS NOT NULL AND trim(category) <> ''`);
  return { brands, categories };
}

export async function enrichSearchQueries(conn: DuckDBConnection, store: TableStore, say: (m: string) => void = () => {}): Promise<number> {
  const texts = await column(conn, `SELECT DISTINCT query FROM searches WHERE query IS NOT NULL
    UNION SELECT DISTINCT term FROM search_terms_daily WHERE term IS NOT NULL ORDER BY 1`);
  if (texts.length === 0) return 0;
  const { brands, categories } = await shopWords(conn);
  const norm = (s: string) => normalizeText(s).trim();
  // Whole words for the segmenter: without them jieba splits a brand or a category it does not know.
  userDictionary.add([...brands, ...categories].map(norm).filter((w) => w.length >= 2));
  const brandsKnown = brandSet(brands);
  say(`tokenising ${texts.length.toLocaleString("en")} distinct search texts`);
  const tokens = tokenizeMany(texts);
  for (let i = 0; i < texts.length; i++) {
    const query = texts[i]!;
    const queryNorm = norm(query);
    const t = tokens[i]!;
    const row = {
      query,
      query_norm: queryNorm,
      lang: detectLanguage(queryNorm),
      tokens: t.join("|"),
      token_count: t.length,
      char_count: [...queryNorm].length,
      intent: classifyIntent(queryNorm, t, brandsKnown)
    };
    const pending = store.append("search_queries", row, "", 0);
    if (pending) await pending;
  }
  store.flush();
  const [[n]] = (await conn.runAndReadAll("SELECT count(*) FROM search_queries")).getRows();
  if (Number(n) !== texts.length) throw new ReconciliationError(`search_queries holds ${n} rows for ${texts.length} distinct search texts`);
  return texts.length;
}
