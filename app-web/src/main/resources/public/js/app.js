// The chat page: sidebar history, the conversation, the composer, and the server and backend status.

import { api, uuid } from './api.js';
import { AnswerCard } from './answer.js';
import { FeedbackView } from './feedback.js';
import { VerifiedPanel, savedByName } from './verified.js';
import { icon } from './icons.js';
import { renderMarkdown } from './markdown.js';
import { untilStarted } from './startup.js';
import { ChatStore, DEFAULT_TITLE, statusOf } from './store.js';

const $ = (selector) => document.querySelector(selector);
const HISTORY_TURNS = 10;
const READY_RETRY_MS = 15000;

const ui = {
  sidebar: $('#sidebar'),
  scrim: $('#scrim'),
  menu: $('#menu'),
  list: $('#chat-list'),
  listEmpty: $('#chat-list-empty'),
  search: $('#chat-search'),
  sync: $('#sync-status'),
  title: $('#chat-title'),
  banner: $('#banner'),
  messages: $('#messages'),
  composer: $('#composer'),
  question: $('#question'),
  route: $('#route'),
  send: $('#send'),
};

const state = {
  current: null,
  busy: false,
  examples: [],
  renaming: null,
  cards: new Map(),
  // The cards of answers being written in this page, by their message: drawn again, they keep streaming.
  live: new Map(),
  verified: null,
};

const store = new ChatStore({
  onChange: () => renderSidebar(),
  onSync: (text, kind) => {
    if (ui.sync.dataset.state === 'offline' && kind !== 'offline') {
      // The archive answers again, so the server is back: the banner need not wait for its next check.
      checkReady();
    }
    ui.sync.textContent = text;
    ui.sync.dataset.state = kind;
  },
});

// Status ------------------------------------------------------------------------------------------------

function showBanner(text, kind = 'error') {
  ui.banner.textContent = text;
  ui.banner.className = `banner ${kind}`;
  ui.banner.hidden = false;
}

function hideBanner() {
  ui.banner.hidden = true;
}

async function checkReady() {
  try {
    const status = await api.ready();
    const down = status.backends.filter((b) => b.reachability === 'unreachable');
    if (down.length) {
      showBanner(`Some backends are unavailable, so answers may be limited: ${down
        .map((b) => `${b.port} (${b.implementation}${b.detail ? `: ${b.detail}` : ''})`).join('; ')}.`, 'warning');
      setTimeout(checkReady, READY_RETRY_MS);
    } else {
      hideBanner();
    }
    store.serverBack();
  } catch (e) {
    showBanner('Cannot reach the OrderLens server. Check that it is running; this page will retry.');
    setTimeout(checkReady, READY_RETRY_MS);
  }
}

// Sidebar -----------------------------------------------------------------------------------------------

function renderSidebar() {
  const query = ui.search.value.trim().toLowerCase();
  const chats = store.list().filter((chat) => !query || chat.title.toLowerCase().includes(query)
    || chat.messages.some((m) => m.content.toLowerCase().includes(query)));
  ui.list.replaceChildren(...chats.map(chatItem));
  ui.listEmpty.hidden = chats.length > 0 || store.list().length === 0;
  const current = store.get(state.current);
  ui.title.textContent = current?.title || DEFAULT_TITLE;
  document.title = current && current.messages.length ? `${current.title} – OrderLens` : 'OrderLens';
}

function chatItem(chat) {
  const item = document.createElement('li');
  item.className = `chat-item${chat.id === state.current ? ' active' : ''}${chat.pinned ? ' pinned' : ''}`;
  item.dataset.chatId = chat.id;
  if (state.renaming === chat.id) {
    const input = document.createElement('input');
    input.className = 'rename-input';
    input.value = chat.title;
    input.maxLength = 200;
    input.setAttribute('aria-label', 'Chat title');
    let done = false;
    const finish = (save) => {
      if (done) {
        return;
      }
      done = true;
      state.renaming = null;
      const title = input.value.trim();
      if (save && title && title !== chat.title) {
        store.update(chat.id, (c) => { c.title = title; });
      } else {
        renderSidebar();
      }
      item.closest('ul')?.querySelector(`[data-chat-id="${chat.id}"] .chat-open`)?.focus();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        finish(true);
      } else if (e.key === 'Escape') {
        finish(false);
      }
    });
    input.addEventListener('blur', () => finish(true));
    item.append(input);
    requestAnimationFrame(() => { input.focus(); input.select(); });
    return item;
  }
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'chat-open';
  open.textContent = chat.title;
  open.title = chat.title;
  if (chat.id === state.current) {
    open.setAttribute('aria-current', 'true');
  }
  open.addEventListener('click', () => openChat(chat.id));
  const actions = document.createElement('span');
  actions.className = 'chat-actions';
  const pin = iconButton('pin', chat.pinned ? 'Unpin' : 'Pin', () => store.update(chat.id, (c) => { c.pinned = !c.pinned; }, { touch: false }));
  pin.setAttribute('aria-pressed', String(chat.pinned));
  const rename = iconButton('edit', 'Rename', () => { state.renaming = chat.id; renderSidebar(); });
  const remove = iconButton('trash', 'Delete', () => confirmDelete(chat));
  pin.classList.add('pin');
  rename.classList.add('rename');
  remove.classList.add('delete');
  actions.append(pin, rename, remove);
  item.append(open, actions);
  return item;
}

function iconButton(name, label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'icon-btn';
  b.append(icon(name));
  b.setAttribute('aria-label', label);
  b.title = label;
  b.addEventListener('click', onClick);
  return b;
}

function confirmDelete(chat) {
  const dialog = $('#confirm-dialog');
  $('#confirm-text').textContent = `Delete “${chat.title}”? This removes it here and from the server archive.`;
  dialog.returnValue = '';
  dialog.onclose = async () => {
    if (dialog.returnValue === 'ok') {
      await store.remove(chat.id);
      if (state.current === chat.id) {
        newChat();
      }
    }
  };
  dialog.showModal();
}

function openSidebar(open) {
  ui.sidebar.classList.toggle('open', open);
  ui.scrim.hidden = !open;
  ui.menu.setAttribute('aria-expanded', String(open));
  if (open) {
    ui.search.focus();
  }
}

// Conversation -----------------------------------------------------------------------------------------

function newChat() {
  const chat = store.create();
  state.current = chat.id;
  renderConversation();
  renderSidebar();
  ui.question.focus();
}

function openChat(id) {
  state.current = id;
  renderConversation();
  renderSidebar();
  openSidebar(false);
}

function renderConversation() {
  const chat = store.get(state.current);
  state.cards.clear();
  if (!chat || chat.messages.length === 0) {
    ui.messages.replaceChildren(welcome());
    return;
  }
  ui.messages.replaceChildren();
  for (const message of chat.messages) {
    if (message.role === 'user') {
      ui.messages.append(userBubble(message.content));
    } else {
      ui.messages.append((state.live.get(message) || cardFor(chat.id, message)).root);
    }
  }
  scrollToEnd(true);
}

function welcome() {
  const box = document.createElement('section');
  box.className = 'welcome';
  const h = document.createElement('h2');
  h.textContent = 'Ask about your orders';
  const p = document.createElement('p');
  p.className = 'muted';
  p.textContent = 'OrderLens answers with a SQL query over the orders table — with a table, a chart and the SQL — or from '
    + 'support notes and analytics documents, citing its sources. Try one of these:';
  const grid = document.createElement('div');
  grid.className = 'examples';
  for (const question of state.examples) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'example';
    b.textContent = question;
    b.addEventListener('click', () => ask(question));
    grid.append(b);
  }
  box.append(h, p, grid);
  return box;
}

function userBubble(text) {
  const bubble = document.createElement('div');
  bubble.className = 'bubble user';
  bubble.textContent = text;
  return bubble;
}

/** A stored answer's card; one still pending that this page is not writing was interrupted by a reload. */
function cardFor(chatId, message, { live = false } = {}) {
  const status = statusOf(message);
  const card = new AnswerCard({
    ...(message.payload || { messageId: message.id, mode: 'rag', answer: message.content }),
    status: status === 'pending' && !live ? 'interrupted' : status,
  }, {
    onFollowUp: (question) => ask(question),
    onOpenSource: openSource,
    onFeedback: (messageId, feedback) => sendFeedback(chatId, messageId, feedback),
    onChange: () => saveAnswer(chatId, message.id, card.payload, { touch: false }),
    onRetry: () => retry(chatId, message.id),
    onVerify: async (messageId) => {
      const saved = await api.verify(messageId, savedByName());
      state.verified?.refresh();
      return saved;
    },
  });
  state.cards.set(message.id, card);
  return card;
}

function saveAnswer(chatId, messageId, payload, options) {
  const clean = { ...payload };
  delete clean.streaming;
  delete clean.feedbackNote;
  delete clean.pageError;
  delete clean.status;
  store.update(chatId, (chat) => {
    const message = chat.messages.find((m) => m.id === messageId);
    if (message) {
      message.id = clean.messageId || message.id;
      message.content = clean.answer || '';
      message.payload = clean;
      message.status = payload.status === 'interrupted' ? 'pending' : payload.status;
    }
  }, options);
}

/** An answer counts when it has text and no error, or was cut off after some text; anything else failed. */
function answered(payload) {
  return payload.mode !== 'error' && (!payload.error || payload.partial) && Boolean(payload.answer?.trim());
}

async function sendFeedback(chatId, messageId, feedback) {
  const chat = store.get(chatId);
  const index = chat.messages.findIndex((m) => m.id === messageId);
  const question = index > 0 ? chat.messages[index - 1].content : undefined;
  const answer = chat.messages[index]?.content;
  await api.feedback({
    messageId,
    sessionId: chatId,
    rating: feedback.rating,
    ...(feedback.comment ? { comment: feedback.comment } : {}),
    ...(question ? { question: question.slice(0, 2000) } : {}),
    ...(answer ? { answer: answer.slice(0, 20000) } : {}),
  });
}

function openSource(source) {
  if (!source) {
    return;
  }
  $('#source-title').textContent = `[${source.n}] ${source.title}`;
  const meta = Object.entries(source.metadata || {}).map(([k, v]) => `${k}: ${v}`);
  $('#source-meta').textContent = [`from the ${source.index} index`, ...meta].join(' · ');
  $('#source-text').replaceChildren(renderMarkdown(source.text, { topHeading: 3 }));
  $('#source-dialog').showModal();
}

function history(chat) {
  const turns = [];
  for (let i = 0; i + 1 < chat.messages.length; i++) {
    const [q, a] = [chat.messages[i], chat.messages[i + 1]];
    if (q.role === 'user' && a.role === 'assistant' && statusOf(a) === 'complete') {
      turns.push({ question: q.content.slice(0, 2000), answer: (a.content || '').slice(0, 2000), route: a.payload?.mode === 'sql' ? 'sql' : 'rag' });
    }
  }
  return turns.slice(-HISTORY_TURNS);
}

/**
 * Asks a question in the current chat. One typed in the box leaves the box; if it is not answered, it goes back
 * there (unless something new was typed meanwhile) as well as being kept in the chat with a Retry button.
 */
// "Show that as a chart", "plot it", "chart this": about the answer above, so the page draws the chart the server
// offered with it instead of asking a new question.
const CHART_REQUEST = /^(?:(?:please\s+)?(?:show|draw|plot|display|make|put|turn)\b.{0,30}\b(?:chart|graph|plot)|(?:chart|plot|graph)\s+(?:it|that|this|them))\b(?:,?\s+please)?[\s.!?]*$/i;

/** Draws the chart of the chat's last SQL answer that has one; false when there is none to draw. */
function showLastChart(chat) {
  const message = [...(chat?.messages || [])].reverse().find((m) => m.role === 'assistant' && m.payload?.chart);
  const card = message && state.cards.get(message.id);
  if (!card) {
    return false;
  }
  card.showChart();
  card.root.querySelector('.chart')?.scrollIntoView({ block: 'nearest' });
  return true;
}

async function ask(question, { fromBox = false } = {}) {
  question = question.trim();
  if (!question || state.busy) {
    return;
  }
  if (question.length <= 60 && CHART_REQUEST.test(question) && showLastChart(store.get(state.current))) {
    if (fromBox) {
      ui.question.value = '';
      autoGrow();
    }
    return;
  }
  let chat = store.get(state.current);
  if (!chat) {
    chat = store.create();
    state.current = chat.id;
  }
  const first = chat.messages.length === 0;
  const turns = history(chat);
  const placeholderId = `pending-${uuid()}`;
  if (first) {
    ui.messages.replaceChildren();
  }
  const at = new Date().toISOString();
  store.update(chat.id, (c) => {
    c.messages.push({ id: uuid(), role: 'user', content: question, at, status: 'complete' });
    c.messages.push({ id: placeholderId, role: 'assistant', content: '', payload: {}, at, status: 'pending' });
  });
  ui.messages.append(userBubble(question));
  const message = chat.messages[chat.messages.length - 1];
  const card = cardFor(chat.id, message, { live: true });
  state.live.set(message, card);
  ui.messages.append(card.root);
  scrollToEnd(true);
  setBusy(true);
  if (fromBox) {
    ui.question.value = '';
    autoGrow();
  }
  if (first) {
    nameChat(chat.id, question);
  }

  try {
    await api.ask({ question, sessionId: chat.id, route: ui.route.value, history: turns }, {
      json: (answer) => { card.update({ ...answer, streaming: false }); },
      meta: (meta) => { card.update({ messageId: meta.messageId, mode: meta.mode, route: meta.route, answer: '', streaming: true }); },
      token: ({ text }) => { card.appendToken(text); scrollToEnd(); },
      sources: (sources) => card.update({ sources }),
      followups: (followUps) => { card.payload.followUps = followUps; },
      done: (done) => card.update({ partial: done.partial, error: done.error, timings: done.timings, streaming: false }),
      error: (error) => card.update({ error: error.message, streaming: false }),
    });
    if (card.payload.streaming) {
      card.update({ streaming: false, partial: true, error: 'The answer stream ended early.' });
    }
    hideBanner();
  } catch (e) {
    card.update({ mode: 'error', answer: '', error: e.serverDown ? `${e.message} Your question is kept: retry it when the server is back.` : e.message, streaming: false });
    if (e.serverDown) {
      checkReady();
      store.serverLost();
    }
  } finally {
    const ok = answered(card.payload);
    card.update({ status: ok ? 'complete' : 'failed', error: card.payload.error || (ok ? undefined : 'The answer came back empty.') });
    saveAnswer(chat.id, placeholderId, card.payload);
    state.live.delete(message);
    state.cards.set(card.payload.messageId || placeholderId, card);
    if (!ok && fromBox && !ui.question.value.trim()) {
      ui.question.value = question;
      autoGrow();
    }
    setBusy(false);
    scrollToEnd();
    ui.question.focus();
  }
}

/** Asks a question that was not answered again: its failed turn makes way for the new one at the end of the chat. */
async function retry(chatId, messageId) {
  const chat = store.get(chatId);
  const index = chat?.messages.findIndex((m) => m.id === messageId) ?? -1;
  const question = chat?.messages[index - 1];
  if (state.busy || chatId !== state.current || index < 1 || question.role !== 'user') {
    return;
  }
  store.update(chatId, (c) => { c.messages.splice(index - 1, 2); });
  renderConversation();
  if (ui.question.value.trim() === question.content) {
    ui.question.value = '';
    autoGrow();
  }
  await ask(question.content);
}

async function nameChat(chatId, question) {
  try {
    const title = await api.title(question);
    const chat = store.get(chatId);
    if (title && chat && chat.title === DEFAULT_TITLE) {
      store.update(chatId, (c) => { c.title = title; }, { touch: false });
    }
  } catch (e) {
    store.update(chatId, (c) => {
      if (c.title === DEFAULT_TITLE) {
        c.title = question.split(/\s+/).slice(0, 6).join(' ');
      }
    }, { touch: false });
  }
}

function setBusy(busy) {
  state.busy = busy;
  ui.send.disabled = busy;
  ui.composer.classList.toggle('busy', busy);
}

function scrollToEnd(force = false) {
  const box = ui.messages;
  if (force || box.scrollHeight - box.scrollTop - box.clientHeight < 160) {
    box.scrollTop = box.scrollHeight;
  }
}

function autoGrow() {
  ui.question.style.height = 'auto';
  ui.question.style.height = `${Math.min(ui.question.scrollHeight, 200)}px`;
}

// Wiring ------------------------------------------------------------------------------------------------

function wire() {
  ui.menu.append(icon('menu'));
  ui.menu.addEventListener('click', () => openSidebar(!ui.sidebar.classList.contains('open')));
  ui.scrim.addEventListener('click', () => openSidebar(false));
  $('#new-chat').addEventListener('click', () => { newChat(); openSidebar(false); });
  ui.search.addEventListener('input', renderSidebar);
  ui.composer.addEventListener('submit', (e) => {
    e.preventDefault();
    ask(ui.question.value, { fromBox: true });
  });
  ui.question.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      ask(ui.question.value, { fromBox: true });
    }
  });
  ui.question.addEventListener('input', autoGrow);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && ui.sidebar.classList.contains('open')) {
      openSidebar(false);
    }
  });
  window.addEventListener('online', checkReady);
}

async function start() {
  await untilStarted();
  wire();
  new FeedbackView({ onOpen: () => openSidebar(false) });
  state.verified = new VerifiedPanel();
  const recent = store.list()[0];
  state.current = recent ? recent.id : store.create().id;
  renderSidebar();
  renderConversation();
  checkReady();
  try {
    state.examples = await api.examples();
    if (!store.get(state.current)?.messages.length) {
      renderConversation();
    }
  } catch (e) {
    state.examples = [];
  }
  await store.sync();
  if (!store.get(state.current)?.messages.length && store.list().length) {
    state.current = store.list()[0].id;
    renderConversation();
  }
  renderSidebar();
  document.body.dataset.ready = 'true';
}

start();
