/**
 * Association rules for the period: the purchases' baskets at the chosen level (SQL, see
 * basketTransactions) mined with src/basket (Apriori, mlxtend's metrics). Rules have one item on
 * the right ("bought A, also bought B"), which is what a cross-selling slot can show. A rule must
 * also hold in at least MIN_RULE_ORDERS orders, so a tiny selection cannot produce "rules" out of
 * one or two baskets. Conviction is Infinity when confidence is 1 (JSON carries it as null).
 */
import type { Db } from "../../query.js";
import { associationRules, frequentItemsets, type AssociationRule } from "../../basket/index.js";
import { basketItems, basketTransactions, type BasketOptions } from "./basketTransactions.js";

export const MIN_RULE_ORDERS = 5;

export interface BasketRulesOptions extends BasketOptions {
  minSupport: number;
  minConfidence: number;
}

export interface BasketRulesResult {
  /** Purchases with item lines in the period: the denominator of every support. */
  transactions: number;
  /** Purchases with two or more distinct items at this level (the only ones a rule can come from). */
  multiItem: number;
  /** Frequent single items with their support, most frequent first. */
  items: { item: string; count: number; support: number }[];
  itemsets: number;
  rules: AssociationRule[];
}

export async function basketRules(db: Db, o: BasketRulesOptions): Promise<BasketRulesResult> {
  const rows = await basketTransactions.run(db, o);
  const baskets = rows.map(basketItems);
  const mined = frequentItemsets(baskets, { minSupport: o.minSupport, maxLength: 3, minCount: MIN_RULE_ORDERS });
  const rules = associationRules(mined, { minConfidence: o.minConfidence, maxConsequentLength: 1 });
  return {
    transactions: mined.transactions,
    multiItem: baskets.filter((b) => b.length >= 2).length,
    items: mined.itemsets.filter((s) => s.items.length === 1).map((s) => ({ item: s.items[0]!, count: s.count, support: s.support })),
    itemsets: mined.itemsets.length,
    rules
  };
}
