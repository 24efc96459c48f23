// Types for modules Framework provides or that ship without declarations.
declare module "observablehq:stdlib" {
  export function FileAttachment(name: string): { readonly href: string; url(): Promise<string> };
}
declare module "@observablehq/inputs";
