// "Preparing your data": while the server starts (a first start generates the sample and builds the indexes), the
// page shows the progress the terminal shows, polling GET /startup, and opens the chat when it is ready.

const POLL_MS = 500;
const $ = (selector) => document.querySelector(selector);

/** Resolves once the server has started; shows the progress meanwhile, or the error when it could not start. */
export async function untilStarted() {
  let status = await read();
  if (!status || status.state === 'ready') {
    // An unreachable server is the status banner's to tell.
    return;
  }
  const view = $('#startup');
  view.hidden = false;
  document.body.dataset.starting = 'true';
  while (status?.state !== 'ready') {
    if (status) {
      render(status);
      if (status.state === 'failed') {
        return new Promise(() => {});
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    status = await read();
  }
  view.hidden = true;
  delete document.body.dataset.starting;
}

async function read() {
  try {
    const response = await fetch('/startup', { headers: { Accept: 'application/json' } });
    return response.ok ? await response.json() : null;
  } catch (e) {
    return null;
  }
}

function render(status) {
  $('#startup-elapsed').textContent = `${Math.round(status.elapsedMs / 1000)} s`;
  $('#startup-tasks').replaceChildren(...status.tasks.map(task));
  $('#startup-messages').replaceChildren(...status.messages.map((text) => {
    const item = document.createElement('li');
    item.textContent = text;
    return item;
  }));
  const error = $('#startup-error');
  error.hidden = status.state !== 'failed';
  error.textContent = status.error ? `OrderLens could not start: ${status.error}` : '';
  $('#startup-spinner').hidden = status.state === 'failed';
}

function task({ task: name, done, total, percent }) {
  const item = document.createElement('li');
  item.className = 'startup-task';
  const label = document.createElement('span');
  label.textContent = name;
  const bar = document.createElement('progress');
  bar.max = 100;
  if (percent !== null) {
    bar.value = percent;
  }
  bar.setAttribute('aria-label', name);
  const count = document.createElement('span');
  count.className = 'muted small-text';
  const number = new Intl.NumberFormat();
  count.textContent = total > 0 ? `${number.format(done)} / ${number.format(total)} (${percent}%)` : number.format(done);
  item.append(label, bar, count);
  return item;
}
