/**
 * The language switch (`a[data-lang-switch]`, src/components/LanguageSwitch.astro) leads to this
 * page in the other languages. A script that keeps state in the address (the level, a comparison,
 * a profile) moves it along with this, so the reader keeps it when changing language.
 */
export function updateLanguageLinks(change: (url: URL) => void): void {
  document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((link) => {
    const url = new URL(link.href, location.href);
    change(url);
    link.href = url.href;
  });
}
