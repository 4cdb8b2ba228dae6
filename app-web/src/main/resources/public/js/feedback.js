// The feedback view: every rated answer, newest first, with its question, the start of the answer (sanitised
// markdown, like every answer on the page), the comment and when it was given; a filter by rating and the CSV download.

import { request } from './api.js';
import { el } from './dom.js';
import { icon } from './icons.js';
import { renderMarkdown } from './markdown.js';

const LIMIT = 200;
const EXCERPT_CHARS = 600;
const FILTERS = [['all', 'All'], ['like', 'Likes'], ['dislike', 'Dislikes']];
const ROUTES = { sql: 'SQL', rag: 'Documents' };

/** The start of an answer, cut at a word so that the markdown around it stays readable. */
function excerpt(text) {
  if (text.length <= EXCERPT_CHARS) {
    return text;
  }
  const cut = text.slice(0, EXCERPT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARS / 2))}…`;
}

export class FeedbackView {
  /** @param hooks {onOpen()} — called when the view opens, e.g. to close the sidebar on a small screen */
  constructor(hooks = {}) {
    this.hooks = hooks;
    this.rating = 'all';
    this.main = document.querySelector('.main');
    this.section = document.querySelector('#feedback-view');
    this.opener = document.querySelector('#open-feedback');
    this.build();
    this.opener.prepend(icon('like'));
    this.opener.addEventListener('click', () => this.open());
    // Opening a chat or starting one leaves the view; the chat page draws itself as usual.
    document.querySelector('#sidebar').addEventListener('click', (e) => {
      if (e.target.closest('.chat-open, #new-chat')) {
        this.close();
      }
    });
  }

  build() {
    const head = el('div', 'feedback-view-head');
    const title = el('h2', 'feedback-view-title', 'Feedback');
    title.id = 'feedback-view-title';
    this.section.setAttribute('aria-labelledby', title.id);
    this.filter = el('div', 'rating-filter');
    this.filter.setAttribute('role', 'group');
    this.filter.setAttribute('aria-label', 'Show');
    for (const [rating, label] of FILTERS) {
      const b = el('button', 'btn small', label);
      b.type = 'button';
      b.dataset.rating = rating;
      b.addEventListener('click', () => this.show(rating));
      this.filter.append(b);
    }
    this.csv = el('a', 'btn small csv');
    this.csv.append(icon('download', 'Download CSV'));
    this.csv.setAttribute('download', '');
    const back = el('button', 'btn small back', 'Back to chat');
    back.type = 'button';
    back.addEventListener('click', () => this.close());
    head.append(title, this.filter, this.csv, back);
    this.status = el('p', 'feedback-view-status muted');
    this.status.setAttribute('role', 'status');
    this.list = el('ol', 'rated-list');
    this.section.append(head, this.status, this.list);
  }

  open() {
    this.main.classList.add('showing-feedback');
    this.section.hidden = false;
    this.opener.setAttribute('aria-current', 'page');
    this.hooks.onOpen?.();
    this.show(this.rating);
  }

  close() {
    this.main.classList.remove('showing-feedback');
    this.section.hidden = true;
    this.opener.removeAttribute('aria-current');
  }

  async show(rating) {
    this.rating = rating;
    const query = rating === 'all' ? '' : `rating=${rating}`;
    this.csv.href = `/api/feedback.csv${query ? `?${query}` : ''}`;
    for (const b of this.filter.children) {
      b.setAttribute('aria-pressed', String(b.dataset.rating === rating));
    }
    this.status.textContent = 'Loading…';
    this.list.replaceChildren();
    try {
      const body = await (await request(`/api/feedback?limit=${LIMIT}${query ? `&${query}` : ''}`)).json();
      if (this.rating !== rating) {
        return;
      }
      this.list.replaceChildren(...body.feedback.map((item) => this.item(item)));
      this.status.textContent = body.count === 0 ? 'No rated answers yet.'
        : `${body.count} rated ${body.count === 1 ? 'answer' : 'answers'}${body.count === LIMIT ? ' (the newest; the CSV has them all)' : ''}`;
      this.section.dataset.state = 'loaded';
    } catch (e) {
      this.status.textContent = `Feedback could not be loaded: ${e.message}`;
      this.section.dataset.state = 'failed';
    }
  }

  item(feedback) {
    const li = el('li', `rated-item ${feedback.rating}`);
    li.dataset.messageId = feedback.messageId;
    li.dataset.rating = feedback.rating;
    const meta = el('div', 'rated-meta');
    const verdict = el('span', `badge ${feedback.rating}`);
    verdict.append(icon(feedback.rating, feedback.rating === 'like' ? 'Liked' : 'Disliked'));
    meta.append(verdict);
    if (ROUTES[feedback.route]) {
      meta.append(el('span', `badge ${feedback.route}`, ROUTES[feedback.route]));
    }
    const time = el('time', 'muted small-text', new Date(feedback.at).toLocaleString());
    time.dateTime = feedback.at;
    meta.append(time);
    li.append(meta, el('p', 'rated-question', feedback.question || 'The question was not kept.'));
    if (feedback.answer) {
      const answer = el('div', 'rated-answer markdown');
      answer.append(renderMarkdown(excerpt(feedback.answer)));
      li.append(answer);
    }
    if (feedback.comment) {
      li.append(el('blockquote', 'rated-comment', feedback.comment));
    }
    return li;
  }
}
