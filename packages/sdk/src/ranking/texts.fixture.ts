/**
 * Texts that try the edges of taking words apart: inner marks, decimal commas, diacritics,
 * ligatures, digits of other scripts, surrogate pairs and lone halves, marks at chunk ends.
 */
export const AWKWARD_TEXTS = [
  'Wi-Fi op 2,4 GHz, zie zeewind.example/storingen.',
  "auto's en modem’s -- a-b-c- -d .5 5. x,,y",
  'Één café, naïef; ÇA Ü ß ﬁ ½ ² ٣ 二〇',
  'emoji 😀 tussen, 𝐀𝐁 wiskunde-letters en een losse \ud800 helft \udc00 hier',
  "'begin' en eind-",
  '',
];
