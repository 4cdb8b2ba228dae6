// The colour scheme: the system's (prefers-color-scheme) until the user picks light or dark with the button in
// the top bar; the pick is remembered in localStorage. app.css holds the palette for both schemes, this only sets
// data-theme on <html> and repaints the charts, which cannot follow CSS by themselves.

import { repaintCharts } from './chart-colors.js';
import { icon } from './icons.js';

const KEY = 'orderlens.theme';
const NEXT = { system: 'light', light: 'dark', dark: 'system' };
const NAME = { system: 'as the system', light: 'light', dark: 'dark' };
const ICON = { system: 'monitor', light: 'sun', dark: 'moon' };

function stored() {
  try {
    const choice = localStorage.getItem(KEY);
    return NEXT[choice] ? choice : 'system';
  } catch (e) {
    return 'system';
  }
}

function apply(choice, button) {
  if (choice === 'system') {
    delete document.documentElement.dataset.theme;
  } else {
    document.documentElement.dataset.theme = choice;
  }
  button.dataset.choice = choice;
  button.replaceChildren(icon(ICON[choice]));
  const label = `Colours: ${NAME[choice]}. Switch to ${NAME[NEXT[choice]]}`;
  button.setAttribute('aria-label', label);
  button.title = label;
  repaintCharts();
}

const button = document.querySelector('#theme');
apply(stored(), button);
button.addEventListener('click', () => {
  const choice = NEXT[button.dataset.choice];
  try {
    if (choice === 'system') {
      localStorage.removeItem(KEY);
    } else {
      localStorage.setItem(KEY, choice);
    }
  } catch (e) {
    // Storage may be off (private mode); the pick still holds for this page.
  }
  apply(choice, button);
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', repaintCharts);
