// The HTTP API of docs/api.md, as promises. Errors carry the server's {error:{code,message}} when there is one.

const OWNER_KEY = 'orderlens.owner';

export class ApiError extends Error {
  constructor(message, { status = 0, code = 'network', field = null } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
  get serverDown() {
    return this.code === 'network';
  }
}

export function uuid() {
  if (globalThis.crypto && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id this browser keeps its chats under on the server. */
export function ownerId() {
  let id = localStorage.getItem(OWNER_KEY);
  if (!id) {
    id = uuid();
    localStorage.setItem(OWNER_KEY, id);
  }
  return id;
}

export async function request(path, { method = 'GET', body, headers = {}, accept = 'application/json' } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        Accept: accept,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError('Cannot reach the OrderLens server.');
  }
  if (!response.ok) {
    throw await errorOf(response);
  }
  return response;
}

async function errorOf(response) {
  try {
    const { error } = await response.json();
    return new ApiError(error.message, { status: response.status, code: error.code, field: error.field ?? null });
  } catch (e) {
    return new ApiError(`The server answered ${response.status}.`, { status: response.status, code: 'http' });
  }
}

const archiveHeaders = () => ({ 'X-OrderLens-Client': ownerId() });

export const api = {
  /**
   * Asks a question. SQL answers arrive as one JSON body (handlers.json); RAG answers as events
   * (handlers.meta, token, sources, followups, done, error).
   */
  async ask(body, handlers) {
    const response = await request('/api/chat', {
      method: 'POST',
      body,
      accept: 'text/event-stream, application/json',
    });
    const type = response.headers.get('Content-Type') || '';
    if (!type.startsWith('text/event-stream')) {
      handlers.json(await response.json());
      return;
    }
    await readEvents(response.body, (name, data) => handlers[name]?.(data));
  },
  async page(resultId, number) {
    const response = await request(`/api/results/${encodeURIComponent(resultId)}?page=${number}`);
    return response.json();
  },
  csvUrl: (resultId) => `/api/results/${encodeURIComponent(resultId)}/csv`,
  async feedback(body) {
    await request('/api/feedback', { method: 'POST', body });
  },
  /** Saves an answer's query as verified for its question; resolves to the saved question. */
  async verify(messageId, savedBy) {
    const response = await request('/api/verified', { method: 'POST', body: { messageId, savedBy } });
    return (await response.json()).verified;
  },
  async listVerified() {
    return (await (await request('/api/verified')).json()).verified;
  },
  async removeVerified(id) {
    await request(`/api/verified/${encodeURIComponent(id)}`, { method: 'DELETE' });
  },
  async title(message) {
    const response = await request('/api/generate-title', { method: 'POST', body: { message }, accept: 'text/plain' });
    return (await response.text()).trim();
  },
  async examples() {
    return (await (await request('/api/examples')).json()).questions;
  },
  /** {ready, backends}; a 503 still has the list. */
  async ready() {
    let response;
    try {
      response = await fetch('/ready', { headers: { Accept: 'application/json' } });
    } catch (e) {
      throw new ApiError('Cannot reach the OrderLens server.');
    }
    return response.json();
  },
  async listChats() {
    return (await (await request('/api/chats', { headers: archiveHeaders() })).json()).chats;
  },
  async getChat(id) {
    return (await request(`/api/chats/${id}`, { headers: archiveHeaders() })).json();
  },
  async putChat(id, chat) {
    await request(`/api/chats/${id}`, { method: 'PUT', headers: archiveHeaders(), body: chat });
  },
  async deleteChat(id) {
    await request(`/api/chats/${id}`, { method: 'DELETE', headers: archiveHeaders() });
  },
};

/** Reads a text/event-stream body and calls onEvent(name, data) per event. */
async function readEvents(stream, onEvent) {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (e) {
      throw new ApiError('The connection to the OrderLens server was lost before the answer was finished.');
    }
    const { value, done } = chunk;
    if (done) {
      break;
    }
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of frame.split('\n')) {
        if (line.startsWith('event:')) {
          name = line.slice(6).trim();
        } else if (line.startsWith('data:')) {
          data.push(line.slice(5).replace(/^ /, ''));
        }
      }
      if (data.length) {
        onEvent(name, JSON.parse(data.join('\n')));
      }
    }
  }
}
