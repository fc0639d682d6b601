import { render } from 'preact';
import { App } from './app';
import { interceptLinkClicks } from './router';

const root = document.getElementById('app');
if (root === null) {
  throw new Error('Zeewind demo site: index.html has no <div id="app">, so there is nowhere to render the site.');
}
interceptLinkClicks(root);
render(<App />, root);
