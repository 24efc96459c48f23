// Observable Framework configuration: one page source per report in reports/[lang]/, built for
// /zh/… and /en/…. No remote fonts (globalStylesheets: []), no CDN imports, no telemetry.
import { dynamicPaths, footer, head, header, sidebarSections } from "./reports/components/siteChrome.ts";

export default {
  root: "reports",
  // Tests build into a temporary folder; everyone else gets dist/.
  output: process.env.SHOPLENS_DIST ?? "dist",
  title: "shoplens",
  globalStylesheets: [],
  style: "style.css",
  pages: sidebarSections(),
  dynamicPaths: dynamicPaths(),
  head,
  header,
  footer,
  toc: false,
  search: false,
  linkify: false
};
