/**
 * The hand-worked search fixture shared by the search analysis tests, as SQL inserts.
 *
 * search_queries (written by hand, as the pipeline would derive them):
 *   query           query_norm        lang tokens            tok chars intent
 *   连衣裙           连衣裙             zh   连衣裙              1    3   product
 *   红色连衣裙       红色连衣裙         zh   红色|连衣裙          2    5   attribute
 *   Red Dress       red dress         en   red|dress           2    9   attribute
 *   red dress       red dress         en   red|dress           2    9   attribute  (same query_norm)
 *   独角兽台灯       独角兽台灯         zh   独角兽|台灯          2    5   product
 *   耐克打折跑鞋     耐克打折跑鞋       zh   耐克|打折|跑鞋       3    6   promotion
 *   sofa under 300  sofa under 300    en   sofa|300            2   14   price
 *   how to wash wool how to wash wool en   wash|wool           2   16   question
 *   的              的                zh   (none)              0    1   product
 *
 * Searches in the range 2024-05-01 … 2024-05-07 (16), with what followed them:
 *   id  visitor sess  time              query          results clicked  converted? why
 *   s1  v1      A     05-01 10:00:00    连衣裙          20      true     yes  buy in A at 10:30
 *   s2  v1      A     05-01 10:05:00    红色连衣裙      5       true     yes  same buy (every search before it)
 *   s3  v2      B     05-01 11:00:00    Red Dress      8       false    no   v2's buy at 12:00 is in session C
 *   s4  v2      C     05-01 11:50:00    red dress      8       true     yes  buy in C at 12:00
 *   s5  v3      —     05-02 09:00:00    连衣裙          20      null     yes  buy (no session) 05-03 09:00:00: exactly 24 h
 *   s7  v3      —     05-02 08:59:59    红色连衣裙      5       false    no   the same buy is 24 h + 1 s later
 *   s21 v3      —     05-02 10:00:00    连衣裙          20      false    yes  the same buy, 23 h later
 *   s20 v5      K     05-02 12:00:00    红色连衣裙      5       true     no   no buy in K
 *   s6  v4      D     05-03 15:00:00    独角兽台灯      0       false    no
 *   s8  v4      D     05-03 15:01:00    独角兽台灯      0       null     no
 *   s9  v5      E     05-04 20:00:00    耐克打折跑鞋    12      true     no   v5's buy in E was at 19:59:59, before
 *   s10 v5      J     05-05 20:30:00    耐克打折跑鞋    12      true     yes  buy in J at 20:30:00, the same second
 *   s11 v1      F     05-05 10:00:00    sofa under 300 3       false    no   only a cart event in F
 *   s12 —       —     05-06 12:00:00    连衣裙          20      true     no   no visitor: a search, not a searcher
 *   s13 v2      G     05-06 13:00:00    how to wash wool null   null     no   v2's buy at 13:10 has no session
 *   s14 v4      H     05-07 23:59:59    的              0       false    no   the range's last second
 * Outside the range: s15 05-08 00:00:00 连衣裙 (the day after), s19 (no time); in the previous
 * range 04-24 … 04-30 (for rising terms): s16 v1 04-28 连衣裙, s17 v2 04-29 and s18 v3 04-30
 * 耐克打折跑鞋; before both: s22 04-23 耐克打折跑鞋.
 * Converted searches: s1 s2 s4 s5 s21 s10 = 6 of 16.
 *
 * search_terms_daily (生意参谋 export):
 *   05-01 连衣裙 100 visitors, 5 paying, 500.10 CNY; 05-02 连衣裙 80, 4, 399.95 CNY;
 *   05-02 Red Dress 10, 0, 0 CNY; 05-02 red dress 5, 1, 19.99 USD;
 *   05-03 耐克打折跑鞋 20, 1, 1.10 CNY; 05-04 耐克打折跑鞋 30, 1, 2.20 CNY;
 *   05-05 独角兽台灯 3, 1, 50.00 with no currency; 04-30 连衣裙 999 (outside the range).
 */

const Q: [string, string, string, string, number, number, string][] = [
  ["连衣裙", "连衣裙", "zh", "连衣裙", 1, 3, "product"],
  ["红色连衣裙", "红色连衣裙", "zh", "红色|连衣裙", 2, 5, "attribute"],
  ["Red Dress", "red dress", "en", "red|dress", 2, 9, "attribute"],
  ["red dress", "red dress", "en", "red|dress", 2, 9, "attribute"],
  ["独角兽台灯", "独角兽台灯", "zh", "独角兽|台灯", 2, 5, "product"],
  ["耐克打折跑鞋", "耐克打折跑鞋", "zh", "耐克|打折|跑鞋", 3, 6, "promotion"],
  ["sofa under 300", "sofa under 300", "en", "sofa|300", 2, 14, "price"],
  ["how to wash wool", "how to wash wool", "en", "wash|wool", 2, 16, "question"],
  ["的", "的", "zh", "", 0, 1, "product"]
];

type S = [string | null, string | null, string | null, string, number | null, boolean | null];
const SEARCHES: S[] = [
  // visitor, session, time, query, results, clicked
  ["v1", "A", "2024-05-01 10:00:00", "连衣裙", 20, true],
  ["v1", "A", "2024-05-01 10:05:00", "红色连衣裙", 5, true],
  ["v2", "B", "2024-05-01 11:00:00", "Red Dress", 8, false],
  ["v2", "C", "2024-05-01 11:50:00", "red dress", 8, true],
  ["v3", null, "2024-05-02 09:00:00", "连衣裙", 20, null],
  ["v3", null, "2024-05-02 08:59:59", "红色连衣裙", 5, false],
  ["v3", null, "2024-05-02 10:00:00", "连衣裙", 20, false],
  ["v5", "K", "2024-05-02 12:00:00", "红色连衣裙", 5, true],
  ["v4", "D", "2024-05-03 15:00:00", "独角兽台灯", 0, false],
  ["v4", "D", "2024-05-03 15:01:00", "独角兽台灯", 0, null],
  ["v5", "E", "2024-05-04 20:00:00", "耐克打折跑鞋", 12, true],
  ["v5", "J", "2024-05-05 20:30:00", "耐克打折跑鞋", 12, true],
  ["v1", "F", "2024-05-05 10:00:00", "sofa under 300", 3, false],
  [null, null, "2024-05-06 12:00:00", "连衣裙", 20, true],
  ["v2", "G", "2024-05-06 13:00:00", "how to wash wool", null, null],
  ["v4", "H", "2024-05-07 23:59:59", "的", 0, false],
  // outside the range
  ["v5", "I", "2024-05-08 00:00:00", "连衣裙", 20, true],
  ["v1", "X", null, "连衣裙", 20, true],
  ["v1", "Z", "2024-04-28 10:00:00", "连衣裙", 20, true],
  ["v2", "Y", "2024-04-29 10:00:00", "耐克打折跑鞋", 12, true],
  ["v3", null, "2024-04-30 10:00:00", "耐克打折跑鞋", 12, true],
  ["v3", null, "2024-04-23 10:00:00", "耐克打折跑鞋", 12, true]
];

const EVENTS: [string, string | null, string, string][] = [
  // visitor, session, time, type
  ["v1", "A", "2024-05-01 10:30:00", "buy"],
  ["v2", "C", "2024-05-01 12:00:00", "buy"],
  ["v3", null, "2024-05-03 09:00:00", "buy"],
  ["v5", "E", "2024-05-04 19:59:59", "buy"],
  ["v5", "J", "2024-05-05 20:30:00", "buy"],
  ["v1", "F", "2024-05-05 10:10:00", "cart"],
  ["v2", null, "2024-05-06 13:10:00", "buy"],
  ["v5", "K", "2024-05-02 12:05:00", "view"]
];

const DAILY: [string, string, number, number, number | null, string | null][] = [
  ["2024-05-01", "连衣裙", 100, 5, 500.1, "CNY"],
  ["2024-05-02", "连衣裙", 80, 4, 399.95, "CNY"],
  ["2024-05-02", "Red Dress", 10, 0, 0, "CNY"],
  ["2024-05-02", "red dress", 5, 1, 19.99, "USD"],
  ["2024-05-03", "耐克打折跑鞋", 20, 1, 1.1, "CNY"],
  ["2024-05-04", "耐克打折跑鞋", 30, 1, 2.2, "CNY"],
  ["2024-05-05", "独角兽台灯", 3, 1, 50, null],
  ["2024-04-30", "连衣裙", 999, 9, 9, "CNY"]
];

const lit = (v: string | number | boolean | null) => (v === null ? "NULL" : typeof v === "string" ? `'${v}'` : String(v));
const ts = (v: string | null) => (v === null ? "NULL" : `TIMESTAMP '${v}'`);

export const SEARCH_FIXTURE: string[] = [
  ...Q.map((r) => `INSERT INTO search_queries VALUES (${r.map(lit).join(", ")})`),
  ...SEARCHES.map(
    ([v, s, t, q, n, c]) =>
      `INSERT INTO searches (searched_at, visitor_id, session_id, query, results_count, clicked) VALUES (${ts(t)}, ${lit(v)}, ${lit(s)}, ${lit(q)}, ${lit(n)}, ${lit(c)})`
  ),
  ...EVENTS.map(([v, s, t, type]) => `INSERT INTO events (event_at, visitor_id, session_id, event_type) VALUES (${ts(t)}, ${lit(v)}, ${lit(s)}, ${lit(type)})`),
  ...DAILY.map(([d, term, vis, pay, amt, cur]) => `INSERT INTO search_terms_daily VALUES (DATE '${d}', ${lit(term)}, ${vis}, ${pay}, ${lit(amt)}, ${lit(cur)})`)
];

/**
 * A second fixture for the long tail: 450 distinct queries q000 … q449 searched once each on
 * 2024-05-01, plus 4 more times for q000 … q009 (5 each) and once more for q010 … q049 (2 each):
 * 50 + 80 + 400 = 530 searches.
 */
export const LONG_TAIL_FIXTURE: string[] = [
  `INSERT INTO search_queries SELECT printf('q%03d', i), printf('q%03d', i), 'en', printf('q%03d', i), 1, 4, 'product' FROM range(450) t(i)`,
  `INSERT INTO searches (searched_at, visitor_id, query) SELECT TIMESTAMP '2024-05-01 12:00:00', 'v' || i, printf('q%03d', i)
   FROM range(450) t(i), range(5) r(k) WHERE k < CASE WHEN i < 10 THEN 5 WHEN i < 50 THEN 2 ELSE 1 END`
];
