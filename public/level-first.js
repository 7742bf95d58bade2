/*
 * Runs before a competency page is first painted (a small blocking script in its <head>): shows
 * only the level the address asks for (?level=B) and lets the page's tools take their place, so
 * nothing moves when the page's module (src/islands/level-selector/level-picker.ts) takes over.
 */
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  var level = new URLSearchParams(location.search).get('level');
  if (!level || !/^[A-Za-z0-9]{1,3}$/.test(level) || !('adoptedStyleSheets' in document)) return;
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '#level-matrix>[data-level]:not([data-level="' + level + '" i]){display:none}' +
        '@media (min-width:60rem){#level-matrix{grid-template-columns:minmax(0,1fr);max-width:46rem}}',
    );
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
    window.levelFirstSheet = sheet;
  } catch (error) {
    // An old browser: the page's module shows the level a moment later.
  }
})();
