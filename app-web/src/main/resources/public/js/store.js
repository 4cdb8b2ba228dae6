// Chats live in this browser (localStorage) and are mirrored to the server's archive for this browser's owner id.
// The sync status says where the server copy stands: saved, saving, refused (with the server's reason), or waiting
// for a server that cannot be reached — then the store retries on its own, and re-lists the archive when the server
// is back, because a restarted server may have lost its in-memory archive.

import { api, uuid } from './api.js';

const KEY = 'orderlens.chats.v1';
const DELETED_KEY = 'orderlens.deleted.v1';
const PUSH_DELAY_MS = 300;
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000];

export const DEFAULT_TITLE = 'New chat';

/**
 * Where an answer stands: 'complete', 'pending' (being written) or 'failed' (never came). A question is always
 * complete. Answers saved before messages had a status were complete when they had text, else they had failed.
 */
export function statusOf(message) {
  if (message.role === 'user') {
    return 'complete';
  }
  const status = message.status || (message.content?.trim() ? 'complete' : 'failed');
  // The archive takes a complete message only with text; an answer without any never really came.
  return status === 'complete' && !message.content?.trim() ? 'failed' : status;
}

/** A failure that may pass (the server or its archive down, busy, rate-limited), as opposed to a refusal. */
function temporary(error) {
  return error.serverDown || error.status === 408 || error.status === 429 || error.status >= 500;
}

export class ChatStore {
  constructor({ onChange, onSync }) {
    this.onChange = onChange;
    this.onSync = onSync;
    this.chats = new Map();
    this.pending = new Map();
    this.unsaved = new Set();
    this.sending = new Set();
    this.again = new Set();
    this.refused = new Map();
    this.deleted = new Set();
    this.unreachable = null;
    this.retryTimer = null;
    this.retries = 0;
    this.syncing = null;
    this.load();
  }

  load() {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) || '{}');
      for (const chat of Object.values(saved)) {
        if (chat && chat.id && Array.isArray(chat.messages)) {
          this.chats.set(chat.id, chat);
        }
      }
      for (const id of JSON.parse(localStorage.getItem(DELETED_KEY) || '[]')) {
        this.deleted.add(id);
      }
    } catch (e) {
      this.chats.clear();
    }
  }

  persist() {
    const kept = {};
    for (const chat of this.chats.values()) {
      if (chat.messages.length) {
        kept[chat.id] = chat;
      }
    }
    try {
      localStorage.setItem(KEY, JSON.stringify(kept));
      localStorage.setItem(DELETED_KEY, JSON.stringify([...this.deleted]));
    } catch (e) {
      this.onSync('This browser’s storage is full; older chats are only on the server.');
    }
  }

  /** Pinned first, then most recently updated; only chats with messages. */
  list() {
    return [...this.chats.values()]
      .filter((chat) => chat.messages.length)
      .sort((a, b) => (b.pinned - a.pinned) || b.updatedAt.localeCompare(a.updatedAt));
  }

  get(id) {
    return this.chats.get(id);
  }

  create() {
    const chat = { id: uuid(), title: DEFAULT_TITLE, pinned: false, updatedAt: new Date().toISOString(), messages: [] };
    this.chats.set(chat.id, chat);
    return chat;
  }

  /** Applies a change to a chat, keeps it locally and pushes it to the archive shortly after. */
  update(id, change, { touch = true } = {}) {
    const chat = this.chats.get(id);
    if (!chat) {
      return;
    }
    change(chat);
    if (touch) {
      chat.updatedAt = new Date().toISOString();
    }
    this.persist();
    this.onChange();
    if (chat.messages.length) {
      this.unsaved.add(chat.id);
      this.schedulePush(chat.id);
    }
  }

  async remove(id) {
    this.chats.delete(id);
    clearTimeout(this.pending.get(id));
    this.pending.delete(id);
    this.unsaved.delete(id);
    this.refused.delete(id);
    this.deleted.add(id);
    this.persist();
    this.onChange();
    await this.sendDelete(id);
    this.report();
  }

  /** Deletes a chat on the server; one that cannot be deleted now is deleted when the server is back. */
  async sendDelete(id) {
    try {
      await api.deleteChat(id);
    } catch (e) {
      if (temporary(e)) {
        this.lost(e);
        return false;
      }
    }
    this.deleted.delete(id);
    this.persist();
    return true;
  }

  schedulePush(id) {
    clearTimeout(this.pending.get(id));
    this.report();
    if (this.unreachable) {
      // The retry sends it with the rest once the server answers again.
      return;
    }
    this.pending.set(id, setTimeout(() => this.push(id), PUSH_DELAY_MS));
  }

  async push(id) {
    clearTimeout(this.pending.get(id));
    this.pending.delete(id);
    if (this.sending.has(id)) {
      // One PUT per chat at a time, so that an older copy never lands after a newer one.
      this.again.add(id);
      return;
    }
    const chat = this.chats.get(id);
    if (!chat || !chat.messages.length) {
      this.unsaved.delete(id);
      return;
    }
    this.sending.add(id);
    this.unsaved.delete(id);
    this.report();
    try {
      await api.putChat(chat.id, this.wire(chat));
      this.refused.delete(id);
    } catch (e) {
      if (temporary(e)) {
        this.unsaved.add(id);
        this.lost(e);
      } else {
        this.refused.set(id, e.message);
      }
    } finally {
      this.sending.delete(id);
    }
    if (this.again.delete(id) && !this.unreachable) {
      await this.push(id);
    }
    this.report();
  }

  wire(chat) {
    return {
      title: chat.title,
      pinned: chat.pinned,
      updatedAt: chat.updatedAt,
      messages: chat.messages.map((message) => {
        const { id, role, content, payload, at } = message;
        return { id, role, content, status: statusOf(message), payload: payload ?? null, at };
      }),
    };
  }

  /** The server or its archive did not answer: keep everything here and try again shortly. */
  lost(error) {
    this.unreachable = error.serverDown ? 'network' : error.message;
    if (!this.retryTimer) {
      const delay = RETRY_DELAYS_MS[Math.min(this.retries, RETRY_DELAYS_MS.length - 1)];
      this.retries += 1;
      this.retryTimer = setTimeout(() => this.sync(), delay);
    }
    this.report();
  }

  /** Something else saw the server fail (an answer cut off): it may have restarted, so list the archive again. */
  serverLost() {
    this.lost({ serverDown: true });
  }

  /** Something else saw the server answer: retry now rather than at the next retry. */
  serverBack() {
    if (this.unreachable) {
      this.sync();
    }
  }

  /**
   * Brings in chats the archive has newer, sends it the chats it lacks and every change it has not taken yet, and
   * sends the deletes it missed.
   */
  sync() {
    this.syncing ??= this.listAndSend().finally(() => { this.syncing = null; });
    return this.syncing;
  }

  async listAndSend() {
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    let remote;
    try {
      remote = await api.listChats();
    } catch (e) {
      this.lost(e);
      return;
    }
    this.unreachable = null;
    this.retries = 0;
    const remoteIds = new Set();
    for (const summary of remote) {
      if (this.deleted.has(summary.id)) {
        continue;
      }
      remoteIds.add(summary.id);
      const local = this.chats.get(summary.id);
      if (!local || (summary.updatedAt > local.updatedAt && !this.unsaved.has(summary.id))) {
        try {
          const chat = await api.getChat(summary.id);
          this.chats.set(chat.id, {
            id: chat.id, title: chat.title, pinned: chat.pinned, updatedAt: chat.updatedAt,
            messages: chat.messages.map((m) => ({ ...m, payload: m.payload ?? undefined })),
          });
        } catch (e) {
          // Keep what this browser has; the next sync tries again.
        }
      }
    }
    this.persist();
    this.onChange();
    for (const id of [...this.deleted]) {
      if (!await this.sendDelete(id)) {
        return;
      }
    }
    const missing = [...this.chats.values()]
      .filter((chat) => chat.messages.length && (!remoteIds.has(chat.id) || this.unsaved.has(chat.id)));
    for (const chat of missing) {
      this.unsaved.add(chat.id);
    }
    await Promise.all(missing.map((chat) => this.push(chat.id)));
    this.report();
  }

  /** Puts where the server copy stands into words, most pressing first. */
  report() {
    const waiting = new Set([...this.unsaved, ...this.sending]).size;
    if (this.unreachable) {
      const why = this.unreachable === 'network'
        ? 'Server unreachable'
        : `The server could not save chats just now (${sentence(this.unreachable)})`;
      const kept = waiting
        ? `${waiting === 1 ? '1 chat is' : `${waiting} chats are`} kept in this browser and will be saved when it is back`
        : 'chats are kept in this browser';
      this.onSync(`${why}: ${kept}. Retrying…`, 'offline');
    } else if (this.refused.size) {
      const [id, reason] = [...this.refused][0];
      const more = this.refused.size > 1 ? ` and ${this.refused.size - 1} more` : '';
      this.onSync(`The server refused “${this.chats.get(id)?.title || id}”${more}: ${sentence(reason)}. `
        + `${more ? 'They are' : 'It is'} kept in this browser.`, 'refused');
    } else if (waiting) {
      this.onSync('Saving to the server archive…', 'saving');
    } else {
      this.onSync('Saved on the server archive.', 'saved');
    }
  }
}

function sentence(text) {
  return text.replace(/\.$/, '');
}
