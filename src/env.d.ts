declare namespace App {
  /** Set for every page by src/middleware.ts. */
  interface Locals {
    /** The page's language (`nl`, `fr`). */
    locale: string;
    /** The strings of the page's language. */
    dictionary: import('./i18n/types').Dictionary;
  }
}
