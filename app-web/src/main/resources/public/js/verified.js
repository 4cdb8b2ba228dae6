// Verified answers in the sidebar: the name saves are made under (the page has no login, so the browser remembers
// a name, "web" when none is given) and the saved questions, newest first, each with a remove button.

import { api } from './api.js';
import { el } from './dom.js';

const NAME_KEY = 'orderlens.verifiedBy';

/** The name a save is made under, or undefined for the server's default ("web"). */
export function savedByName() {
  return localStorage.getItem(NAME_KEY) || undefined;
}

export class VerifiedPanel {
  constructor() {
    this.root = document.querySelector('#verified-panel');
    this.list = this.root.querySelector('#verified-list');
    this.status = this.root.querySelector('#verified-status');
    const name = this.root.querySelector('#verified-name');
    name.value = localStorage.getItem(NAME_KEY) || '';
    name.addEventListener('change', () => {
      const value = name.value.trim();
      if (value) {
        localStorage.setItem(NAME_KEY, value);
      } else {
        localStorage.removeItem(NAME_KEY);
      }
    });
    this.root.addEventListener('toggle', () => {
      if (this.root.open) {
        this.refresh();
      }
    });
  }

  /** Shows the saved questions again when the panel is open (after a save, say). */
  async refresh() {
    if (!this.root.open) {
      return;
    }
    this.status.textContent = 'Loading…';
    try {
      const saved = await api.listVerified();
      this.list.replaceChildren(...saved.map((item) => this.item(item)));
      this.status.textContent = saved.length === 0
        ? 'None yet: like an answer computed by SQL, then save it as verified.' : '';
      this.root.dataset.state = 'loaded';
    } catch (e) {
      this.status.textContent = `Verified answers could not be loaded: ${e.message}`;
      this.root.dataset.state = 'failed';
    }
  }

  item(verified) {
    const li = el('li', 'verified-item');
    li.dataset.id = verified.id;
    const text = el('div', 'verified-text');
    text.append(el('span', 'verified-question', verified.question),
      el('span', 'muted small-text', `by ${verified.savedBy} · ${new Date(verified.savedAt).toLocaleDateString()}`));
    const remove = el('button', 'btn small remove-verified', 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', `Remove the verified answer to “${verified.question}”`);
    remove.addEventListener('click', async () => {
      remove.disabled = true;
      try {
        await api.removeVerified(verified.id);
        li.remove();
        if (!this.list.children.length) {
          this.refresh();
        }
      } catch (e) {
        remove.disabled = false;
        this.status.textContent = `Not removed: ${e.message}`;
      }
    });
    li.append(text, remove);
    return li;
  }
}
