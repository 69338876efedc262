// Starts the NHS.UK components once the page has loaded. Pages work fully without this file.
import { initAll } from './nhsuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('nhsuk-frontend-supported');
}
initAll();
