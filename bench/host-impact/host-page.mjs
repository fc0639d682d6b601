// The host page of bench/host-impact.mjs: a plain article, as a company's help or news page might
// be, with nothing of its own that shifts or blocks, so whatever does is ours.

/** A figure the size its `width`/`height` attributes reserve, so it shifts nothing when it arrives. */
export const FIGURE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="360" viewBox="0 0 720 360"><rect width="720" height="360" fill="#dfe7ea"/><path d="M0 300l180-120 140 90 120-70 280 160H0z" fill="#b7c7cc"/><circle cx="560" cy="90" r="40" fill="#f2d27a"/></svg>`;

const PARAGRAPHS = [
  'Since last spring, every street in the harbour district has had a fibre connection in the ground. Most households switched over in a weekend; a few found that the box in the hallway needed a little more attention than the leaflet suggested.',
  'The modem blinks white while it looks for the network and turns steady once it has found it. When it keeps blinking for more than ten minutes, the fibre cable is often not fully clicked into the wall socket. Push it in until you hear it, and wait two minutes.',
  'Wi-Fi reaches further when the modem stands in the open, at chest height, away from the microwave and the fish tank. Two storeys and a concrete floor are usually too much for one box; a second access point on the landing fixes that for good.',
  'Television over fibre needs the receiver on a cable, not on Wi-Fi. A picture that freezes every few minutes almost always means the receiver found the wireless network first. Connect the cable and restart the receiver.',
  'Moving house? Tell us four weeks ahead. The connection moves with you on the day you choose, and the old address is switched off the day after, so nobody pays twice.',
  'A bill that is higher than usual mostly comes from calls abroad or a film rented through the receiver. The overview in your account shows each item with its date, and you can block rentals with a PIN.',
];

/**
 * The article, with `scriptTag` (or nothing) at the end of `<head>` as our embedding instructions
 * say. Text, a fixed-size figure, and a fixed footer button on the left (the launcher sits bottom
 * right). System fonts only: no request other than the page, the figure and the script tag.
 */
export function renderHostPage(scriptTag = '') {
  const body = PARAGRAPHS.map((text, index) => `<p>${text}</p>${index === 1 ? '\n    <img class="figure" src="/figure.svg" width="720" height="360" alt="The harbour district at dusk">' : ''}`).join('\n    ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Fibre in the harbour district: what to check first · Zeewind Internet</title>
  <style>
    body { margin: 0; font: 18px/1.6 system-ui, sans-serif; color: #1d2a2f; background: #fbfbf8; }
    header { padding: 16px 24px; background: #0b3c49; color: #fff; }
    header nav a { color: #cfe7ec; margin-right: 16px; }
    article { max-width: 720px; margin: 32px auto 120px; padding: 0 24px; }
    .figure { display: block; max-width: 100%; height: auto; margin: 24px 0; background: #dfe7ea; }
    .to-top { position: fixed; left: 20px; bottom: 20px; padding: 10px 16px; border: 1px solid #0b3c49; border-radius: 6px; background: #fff; font: inherit; }
  </style>
  ${scriptTag}
</head>
<body>
  <header><strong>Zeewind Internet</strong> <nav><a href="#">Plans</a><a href="#">Coverage</a><a href="#">Service</a></nav></header>
  <article>
    <h1>Fibre in the harbour district: what to check first</h1>
    ${body}
  </article>
  <button class="to-top" type="button" onclick="scrollTo(0, 0)">Back to top</button>
</body>
</html>
`;
}
