/**
 * Market-basket analysis in plain TypeScript, without dependencies and without Node-only APIs, so
 * the same code mines the report's data in Node and re-mines it in the browser when a reader
 * changes the thresholds: frequent itemsets of orders (Apriori), association rules with mlxtend's
 * metrics, and the "bought together" list of one item. Functions throw an Error with an English
 * message on invalid input. See each module's header for definitions.
 */
export { frequentItemsets, type FrequentItemsetsOptions, type FrequentItemsetsResult, type Itemset } from "./frequentItemsets.js";
export { associationRules, type AssociationRule, type AssociationRulesOptions } from "./associationRules.js";
export { boughtTogether } from "./boughtTogether.js";
export { compareRules } from "./compareRules.js";
export { compareLabels } from "./compareLabels.js";
export { formatItemset } from "./formatItemset.js";
export { minimumCount } from "./minimumCount.js";
