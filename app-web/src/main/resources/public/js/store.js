// Chats live in this browser (localStorage) and are mirrored to the server's archive for this browser's owner id.

import { api, uuid } from './api.js';

const KEY = 'orderlens.chats.v1';
const PUSH_DELAY_MS = 300;

export const DEFAULT_TITLE = 'New chat';

export class ChatStore {
  constructor({ onChange, onSync }) {
    this.onChange = onChange;
    this.onSync = onSync;
    this.chats = new Map();
    this.pending = new Map();
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
      this.schedulePush(chat.id);
    }
  }

  async remove(id) {
    this.chats.delete(id);
    clearTimeout(this.pending.get(id));
    this.pending.delete(id);
    this.persist();
    this.onChange();
    try {
      await api.deleteChat(id);
    } catch (e) {
      if (e.status !== 404) {
        this.onSync('Deleted here; the server archive could not be reached.');
      }
    }
  }

  schedulePush(id) {
    clearTimeout(this.pending.get(id));
    this.pending.set(id, setTimeout(() => this.push(id), PUSH_DELAY_MS));
  }

  async push(id) {
    this.pending.delete(id);
    const chat = this.chats.get(id);
    if (!chat) {
      return;
    }
    try {
      await api.putChat(chat.id, this.wire(chat));
      this.onSync('Synced with the server archive.');
    } catch (e) {
      this.onSync('Saved in this browser; the server archive is unavailable.');
    }
  }

  wire(chat) {
    return {
      title: chat.title,
      pinned: chat.pinned,
      updatedAt: chat.updatedAt,
      messages: chat.messages.map(({ id, role, content, payload, at }) => ({ id, role, content, payload: payload ?? null, at })),
    };
  }

  /** Brings in chats the archive has newer, and sends the archive chats it lacks. */
  async sync() {
    let remote;
    try {
      remote = await api.listChats();
    } catch (e) {
      this.onSync('Chats are kept in this browser; the server archive is unavailable.');
      return;
    }
    const remoteIds = new Set();
    for (const summary of remote) {
      remoteIds.add(summary.id);
      const local = this.chats.get(summary.id);
      if (!local || summary.updatedAt > local.updatedAt) {
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
    for (const chat of this.chats.values()) {
      if (chat.messages.length && !remoteIds.has(chat.id)) {
        this.schedulePush(chat.id);
      }
    }
    this.persist();
    this.onChange();
    this.onSync('Synced with the server archive.');
  }
}
