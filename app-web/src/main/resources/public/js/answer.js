// One assistant answer as a card: text (sanitised markdown), SQL result (table, pages, chart, CSV, SQL),
// sources, follow-up chips, feedback and the route details. It renders from a plain payload object, which is
// also what the chat history stores.

import { api } from './api.js';
import { paintChart, seriesColours } from './chart-colors.js';
import { el } from './dom.js';
import { icon } from './icons.js';
import { renderMarkdown } from './markdown.js';

const button = (className, content, label) => {
  const node = el('button', className);
  node.type = 'button';
  if (typeof content === 'string') {
    node.textContent = content;
  } else {
    node.append(content);
  }
  if (label) {
    node.setAttribute('aria-label', label);
    node.title = label;
  }
  return node;
};

const BADGES = { sql: 'SQL', rag: 'Documents', clarify: 'Question back', error: 'Not answered', interrupted: 'Interrupted' };
const INTERRUPTED = 'This answer was still being written when the page was closed or reloaded.';

export class AnswerCard {
  /**
   * @param payload the answer as stored: {messageId, mode, answer, …}, with its status: 'pending' while it is
   *     written, 'complete', 'failed' (not answered), or 'interrupted' (left pending by a page that is gone)
   * @param hooks {onFollowUp(question), onOpenSource(source), onFeedback(messageId, feedback) → Promise, onChange(),
   *     onRetry(), onVerify(messageId) → Promise of the saved verified question}
   */
  constructor(payload, hooks) {
    this.payload = payload;
    this.hooks = hooks;
    this.root = el('article', 'card answer');
    this.root.setAttribute('aria-label', 'Answer');
    this.renderQueued = false;
    this.render();
  }

  // Streaming -------------------------------------------------------------------------------------------

  appendToken(text) {
    this.payload.answer = (this.payload.answer || '') + text;
    if (!this.renderQueued) {
      this.renderQueued = true;
      requestAnimationFrame(() => {
        this.renderQueued = false;
        this.renderText();
      });
    }
  }

  update(fields) {
    Object.assign(this.payload, fields);
    this.render();
  }

  // Rendering -------------------------------------------------------------------------------------------

  render() {
    const p = this.payload;
    const unanswered = p.status === 'failed' || p.status === 'interrupted';
    this.root.replaceChildren();
    this.root.dataset.mode = p.mode || 'pending';
    this.root.dataset.status = p.status || 'complete';
    if (p.messageId) {
      this.root.dataset.messageId = p.messageId;
    }
    this.root.classList.toggle('streaming', Boolean(p.streaming));

    const head = el('div', 'answer-head');
    const badge = el('span', `badge ${unanswered ? 'error' : p.mode || 'pending'}`);
    badge.append(icon(p.mode === 'rag' ? 'doc' : 'database'),
      document.createTextNode(BADGES[p.status === 'failed' ? 'error' : p.status === 'interrupted' ? 'interrupted' : p.mode]
        || 'Thinking'));
    head.append(badge);
    if (unanswered && this.hooks.onRetry) {
      const retry = button('btn small retry', 'Retry', 'Ask this question again');
      retry.addEventListener('click', () => this.hooks.onRetry());
      head.append(retry);
    }
    if (p.verified) {
      head.append(el('span', 'badge verified', `verified by ${p.verified.savedBy}`));
    }
    if (p.route?.fallback) {
      head.append(el('span', 'badge subtle', 'fell back to documents'));
    }
    if (p.streaming) {
      head.append(el('span', 'typing', 'writing…'));
    }
    this.root.append(head);

    this.textBox = el('div', 'answer-text markdown');
    if (p.mode !== 'error' && !unanswered) {
      this.root.append(this.textBox);
      this.renderText();
    }

    if (p.error || p.status === 'interrupted') {
      this.root.append(el('div', 'callout warning', p.error || INTERRUPTED));
    }
    if (p.mode === 'sql' && p.columns?.length) {
      this.root.append(this.resultSection());
    }
    if (p.mode === 'sql' && p.sql) {
      this.root.append(this.sqlSection());
    }
    if (p.sources?.length) {
      this.root.append(this.sourcesSection());
    }
    if (p.followUps?.length && !p.streaming) {
      const chips = el('div', 'chips');
      chips.setAttribute('aria-label', p.mode === 'clarify' ? 'Choices' : 'Suggested follow-up questions');
      for (const question of p.followUps) {
        const chip = button('chip', question);
        chip.addEventListener('click', () => this.hooks.onFollowUp(question));
        chips.append(chip);
      }
      this.root.append(chips);
    }
    if (p.messageId && !p.streaming && !unanswered) {
      this.root.append(this.footer());
    }
  }

  renderText() {
    if (!this.textBox) {
      return;
    }
    const p = this.payload;
    if (!p.answer && !p.mode) {
      const dots = el('div', 'thinking');
      dots.setAttribute('aria-label', 'Working on the answer');
      dots.append(el('span'), el('span'), el('span'));
      this.textBox.replaceChildren(dots);
      return;
    }
    this.textBox.replaceChildren(renderMarkdown(p.answer || '', {
      sourceCount: p.sources?.length || 0,
      onCite: (n) => this.hooks.onOpenSource(p.sources[n - 1]),
    }));
  }

  resultSection() {
    const p = this.payload;
    const section = el('section', 'result');
    if (p.chart && window.Chart && (p.chart.suggested !== false || p.chartShown)) {
      section.append(this.chart(p.chart, p.columns, p.display));
    }
    const scroller = el('div', 'table-scroll');
    scroller.tabIndex = 0;
    scroller.setAttribute('aria-label', 'Result table');
    const table = el('table', 'result-table');
    const head = el('thead');
    const headRow = el('tr');
    for (const column of p.columns) {
      const th = el('th', isNumeric(column.type) ? 'num' : '', column.label || column.name);
      th.scope = 'col';
      th.title = column.type;
      headRow.append(th);
    }
    head.append(headRow);
    const body = el('tbody');
    for (const row of p.rows || []) {
      const tr = el('tr');
      row.forEach((value, i) => {
        const column = p.columns[i];
        const td = el('td', (isNumeric(column.type) ? 'num' : '') + (value === null ? ' null' : ''),
          formatCell(value, column, p.display));
        tr.append(td);
      });
      body.append(tr);
    }
    table.append(head, body);
    scroller.append(table);
    section.append(scroller);

    const bar = el('div', 'result-bar');
    const page = p.page || { number: 1, size: p.rows?.length || 0, count: 1 };
    const first = (page.number - 1) * page.size + 1;
    const last = first + (p.rows?.length || 0) - 1;
    const info = el('span', 'page-info muted',
      p.rows?.length ? `Rows ${fmt(first)}–${fmt(last)} of ${fmt(p.totalRows)}` : 'No rows');
    bar.append(info);
    const pager = el('div', 'pager');
    const prev = button('btn small prev', 'Previous', 'Previous page');
    const label = el('span', 'page-number', `Page ${page.number} of ${page.count}`);
    const next = button('btn small next', 'Next', 'Next page');
    prev.disabled = page.number <= 1 || !p.resultId;
    next.disabled = page.number >= page.count || !p.resultId;
    prev.addEventListener('click', () => this.goToPage(page.number - 1));
    next.addEventListener('click', () => this.goToPage(page.number + 1));
    pager.append(prev, label, next);
    bar.append(pager);
    if (p.chart && window.Chart && p.chart.suggested === false && !p.chartShown) {
      const show = button('btn small show-chart', icon('chart', 'Chart'), 'Show these rows as a chart');
      show.addEventListener('click', () => this.showChart());
      bar.append(show);
    }
    if (p.resultId) {
      const csv = el('a', 'btn small csv');
      csv.href = api.csvUrl(p.resultId);
      csv.setAttribute('download', '');
      csv.append(icon('download', 'CSV'));
      csv.title = 'Download the whole result as CSV';
      bar.append(csv);
    }
    section.append(bar);
    if (p.heldRows !== undefined && p.totalRows > p.heldRows) {
      section.append(el('p', 'muted small-text', `The query produced ${fmt(p.totalRows)} rows; the first ${fmt(p.heldRows)} are kept for paging and CSV.`));
    }
    if (p.pageError) {
      section.append(el('div', 'callout warning', p.pageError));
    }
    return section;
  }

  /** Draws the chart the server offered for this result; the choice is kept with the answer. */
  showChart() {
    this.update({ chartShown: true });
    this.hooks.onChange();
  }

  async goToPage(number) {
    try {
      const page = await api.page(this.payload.resultId, number);
      this.update({ rows: page.rows, page: page.page, totalRows: page.totalRows, heldRows: page.heldRows, pageError: null });
      this.hooks.onChange();
      this.root.querySelector('.pager .' + (number > (this.payload.page.number - 1) ? 'next' : 'prev'))?.focus();
    } catch (e) {
      this.update({
        pageError: e.code === 'result_not_found'
          ? 'This result is no longer held on the server; ask the question again to page through it.'
          : e.message,
      });
    }
  }

  // The server picks the chart (see ChartHint); this draws it: bars (horizontal for long lists), one line per
  // series or per category, axes titled with the columns' labels and units.
  chart(spec, columns, display) {
    const figure = el('figure', 'chart-figure');
    const box = el('div', 'chart');
    box.dataset.kind = spec.kind;
    const horizontal = spec.kind === 'bar' && spec.horizontal;
    box.dataset.horizontal = String(Boolean(horizontal));
    if (horizontal) {
      box.style.height = `${Math.max(260, spec.labels.length * 24 + 70)}px`;
    }
    const columnNamed = (name) => columns.find((c) => c.name === name) || { name };
    const x = columnNamed(spec.x);
    const y = columnNamed(spec.y || spec.series[0].name);
    const names = spec.series.map((s) => (spec.seriesBy ? String(s.name) : title(columnNamed(s.name))));
    const tickFormat = y.format ? numberFormatter(y, display, { notation: 'compact' }) : compact;
    const fullFormat = y.format ? numberFormatter(y, display) : (v) => fmt(v);
    const valueTitle = spec.seriesBy || names.length === 1 ? withUnit(y) : names.join(', ');
    const labels = spec.labels.map(chartLabel);
    if (spec.others) {
      labels[labels.length - 1] = `Others (${fmt(spec.others)} more)`;
    }
    const canvas = el('canvas');
    canvas.setAttribute('role', 'img');
    const by = spec.seriesBy ? ` per ${title(columnNamed(spec.seriesBy))}` : '';
    canvas.setAttribute('aria-label', `${spec.kind === 'line' ? 'Line' : 'Bar'} chart of ${spec.seriesBy ? title(y) : names.join(', ')} by ${title(x)}${by}`);
    box.append(canvas);
    figure.append(box);
    const note = chartNote(spec, x, y);
    if (note) {
      figure.append(el('figcaption', 'chart-note muted small-text', note));
    }
    const categoryAxis = { title: { display: true, text: title(x) } };
    const valueAxis = {
      beginAtZero: spec.kind === 'bar',
      title: { display: true, text: valueTitle },
      ticks: { callback: (v) => tickFormat(v) },
    };
    if (horizontal) {
      categoryAxis.ticks = { autoSkip: false };
    }
    requestAnimationFrame(() => {
      this.chartInstance?.destroy();
      this.chartInstance = new window.Chart(canvas, {
        type: spec.kind,
        data: {
          labels,
          datasets: spec.series.map((s, i) => ({
            label: names[i],
            data: s.data,
            fill: spec.kind === 'line' && spec.series.length === 1,
            tension: 0.25,
            spanGaps: true,
            pointRadius: spec.labels.length > 60 ? 0 : 2,
            borderRadius: 4,
            ...seriesColours(spec.kind, i),
          })),
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          indexAxis: horizontal ? 'y' : 'x',
          plugins: {
            colors: { enabled: false },
            legend: { display: spec.series.length > 1 },
            tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${fullFormat(item.raw)}` } },
          },
          scales: horizontal ? { y: categoryAxis, x: valueAxis } : { x: categoryAxis, y: valueAxis },
        },
      });
      paintChart(this.chartInstance);
    });
    return figure;
  }

  sqlSection() {
    const details = el('details', 'sql-block');
    const summary = el('summary', '', 'SQL');
    const pre = el('pre');
    // The query is shown laid out for reading; Copy takes the text that ran.
    const code = el('code', '', this.payload.formattedSql || this.payload.sql);
    pre.append(code);
    const copy = button('btn small copy', icon('copy', 'Copy'), 'Copy the SQL');
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(this.payload.sql);
        copy.lastChild.textContent = 'Copied';
      } catch (e) {
        const range = document.createRange();
        range.selectNodeContents(code);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        copy.lastChild.textContent = 'Selected – press Ctrl+C';
      }
      setTimeout(() => { copy.lastChild.textContent = 'Copy'; }, 2000);
    });
    details.append(summary, pre, copy);
    return details;
  }

  sourcesSection() {
    const section = el('section', 'sources');
    section.append(el('h3', 'sources-title', 'Sources'));
    const list = el('ol', 'source-list');
    for (const source of this.payload.sources) {
      const item = el('li');
      const open = button('source', '');
      open.append(el('span', 'source-n', String(source.n)), el('span', 'source-name', source.title),
        el('span', 'source-index muted', source.index));
      open.addEventListener('click', () => this.hooks.onOpenSource(source));
      item.append(open);
      list.append(item);
    }
    section.append(list);
    return section;
  }

  footer() {
    const p = this.payload;
    const footer = el('div', 'answer-foot');
    const feedback = el('div', 'feedback');
    feedback.setAttribute('role', 'group');
    feedback.setAttribute('aria-label', 'Rate this answer');
    for (const rating of ['like', 'dislike']) {
      const b = button(`icon-btn ${rating}`, icon(rating), rating === 'like' ? 'Helpful' : 'Not helpful');
      b.setAttribute('aria-pressed', String(p.feedback?.rating === rating));
      b.addEventListener('click', () => this.rate(rating));
      feedback.append(b);
    }
    if (p.feedback?.comment) {
      feedback.append(el('span', 'feedback-comment muted', `“${p.feedback.comment}”`));
    }
    if (p.feedbackNote) {
      feedback.append(el('span', 'feedback-note muted', p.feedbackNote));
    }
    footer.append(feedback);
    if (p.mode === 'sql' && p.sql && !p.error && !p.sources?.length && p.feedback?.rating === 'like'
        && !p.verified && this.hooks.onVerify) {
      const save = button('btn small save-verified', 'Save as verified',
        'Save this query as right for this question: asking it again runs it');
      save.addEventListener('click', () => this.verify());
      footer.append(save);
    }

    const details = el('details', 'route-details');
    details.append(el('summary', '', 'Details'));
    const list = el('dl', 'facts');
    const add = (term, value) => {
      list.append(el('dt', '', term), el('dd', '', value));
    };
    if (p.route) {
      add('Route', `${p.route.decided.toUpperCase()}${p.route.forced ? ' (forced)' : ''}${p.route.fallback ? ' (fallback)' : ''}`);
      add('Confidence', `${Math.round(p.route.confidence * 100)}%`);
      if (p.route.reasoning) {
        add('Why', p.route.reasoning);
      }
    }
    for (const [stage, ms] of Object.entries(p.timings || {})) {
      add(stage.replace('_', ' '), `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`);
    }
    details.append(list);
    footer.append(details);

    if (this.commentOpen) {
      footer.append(this.commentForm());
    }
    return footer;
  }

  async rate(rating) {
    const previous = this.payload.feedback;
    this.payload.feedback = { rating };
    this.payload.feedbackNote = 'Saving…';
    this.commentOpen = true;
    this.render();
    try {
      await this.hooks.onFeedback(this.payload.messageId, { rating });
      this.payload.feedbackNote = 'Thanks for the feedback.';
      this.hooks.onChange();
    } catch (e) {
      this.payload.feedback = previous;
      this.payload.feedbackNote = `Not saved: ${e.message}`;
      this.commentOpen = false;
    }
    this.render();
    this.root.querySelector('.comment textarea')?.focus();
  }

  async verify() {
    this.payload.feedbackNote = 'Saving as verified…';
    this.render();
    try {
      const saved = await this.hooks.onVerify(this.payload.messageId);
      this.payload.verified = { id: saved.id, savedBy: saved.savedBy, savedAt: saved.savedAt };
      this.payload.feedbackNote = 'Saved as verified: asking this question again runs this query.';
      this.hooks.onChange();
    } catch (e) {
      this.payload.feedbackNote = `Not saved as verified: ${e.message}`;
    }
    this.render();
  }

  commentForm() {
    const form = el('form', 'comment');
    const label = el('label', 'visually-hidden', 'Comment (optional)');
    const input = el('textarea');
    input.rows = 2;
    input.maxLength = 2000;
    input.placeholder = 'Add a comment (optional)';
    input.id = `comment-${this.payload.messageId}`;
    // Every render replaces the form: what was typed (while the rating saved, or before a failed send) stays.
    input.value = this.commentDraft || '';
    input.addEventListener('input', () => {
      this.commentDraft = input.value;
    });
    label.htmlFor = input.id;
    const send = button('btn small primary send-comment', 'Send comment');
    send.type = 'submit';
    const skip = button('btn small skip', 'No comment');
    skip.addEventListener('click', () => {
      this.commentOpen = false;
      this.commentDraft = '';
      this.render();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        skip.click();
      }
    });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const comment = input.value.trim();
      if (!comment) {
        skip.click();
        return;
      }
      send.disabled = true;
      try {
        await this.hooks.onFeedback(this.payload.messageId, { rating: this.payload.feedback.rating, comment });
        this.payload.feedback = { rating: this.payload.feedback.rating, comment };
        this.payload.feedbackNote = 'Thanks – comment saved.';
        this.commentOpen = false;
        this.commentDraft = '';
        this.hooks.onChange();
      } catch (err) {
        this.payload.feedbackNote = `Comment not saved: ${err.message}`;
      }
      this.render();
    });
    form.append(label, input, send, skip);
    return form;
  }
}

function isNumeric(type) {
  return type === 'integer' || type === 'decimal' || type === 'double';
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const moneyFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integerFormat = new Intl.NumberFormat();

function fmt(n) {
  return typeof n === 'number' ? numberFormat.format(n) : String(n ?? '');
}

// A column the semantic model knows (format set) is written as the model says, in the answer's currency and
// locale; other numbers by their type in the reader's locale.
function formatCell(value, column, display) {
  const type = column.type;
  if (value === null || value === undefined) {
    return '—';
  }
  if (typeof value === 'number' && column.format) {
    return numberFormatter(column, display)(value);
  }
  if (typeof value === 'number') {
    return (type === 'decimal' ? moneyFormat : type === 'integer' ? integerFormat : numberFormat).format(value);
  }
  if (typeof value === 'boolean') {
    return value ? 'yes' : 'no';
  }
  if (type === 'timestamp' && typeof value === 'string') {
    return value.replace('T', ' ').replace(/(\d{2}:\d{2}):00(\.0+)?$/, '$1');
  }
  return String(value);
}

function chartLabel(label) {
  if (typeof label === 'string' && /^\d{4}-\d{2}-01(T00:00(:00)?)?$/.test(label)) {
    return label.slice(0, 7);
  }
  return typeof label === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(label) ? label.replace('T', ' ') : label;
}

// Rates arrive in percent (12.3 means 12.3%).
function numberFormatter(column, display, options = {}) {
  const locale = display?.locale;
  switch (column.format) {
    case 'percent': {
      const f = new Intl.NumberFormat(locale, { minimumFractionDigits: options.notation ? 0 : 1, maximumFractionDigits: 1, ...options });
      return (v) => `${f.format(v)}%`;
    }
    case 'currency':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: display?.currency || 'USD', ...options }).format;
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, ...options }).format;
    default:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...options }).format;
  }
}

// Says what the chart leaves out: the categories past the top ones, summed as Others or not shown.
function chartNote(spec, x, y) {
  const what = spec.seriesBy ? 'lines' : `${title(x)} values`;
  if (spec.others) {
    return `The top ${fmt(spec.labels.length - 1)} by ${title(y)}; the other ${fmt(spec.others)} are summed as Others.`;
  }
  if (spec.top) {
    return `Top ${fmt(spec.top)} of ${fmt(spec.of)} ${what} by ${title(y)}.`;
  }
  return spec.complete === false ? 'The chart shows the rows kept for paging.' : '';
}

function title(column) {
  return column.label || column.name;
}

function withUnit(column) {
  return column.unit ? `${title(column)} (${column.unit})` : title(column);
}

function compact(value) {
  return new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
