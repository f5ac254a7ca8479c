// The page's only way to the server: the JSON API under /api/v1, with the session kept in
// localStorage so that it survives reloads. An access token the API refuses (401) is renewed once
// with the refresh token, and the request is sent again; the API stays the authority on everything.

const SESSION_KEY = "primetrade.session";

/** A failed request, in words a person can read; `fields` maps a field to the API's message. */
export class ApiError extends Error {
  constructor(status, message, fields = {}) {
    super(message);
    this.status = status;
    this.fields = fields;
  }
}

export function loadSession() {
  try {
    const session = JSON.parse(localStorage.getItem(SESSION_KEY));
    return session && session.token && session.user ? session : null;
  } catch {
    return null;
  }
}

function saveSession(session) {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession() {
  localStorage.removeItem(SESSION_KEY);
}

function retryWords(response) {
  const seconds = Number.parseInt(response.headers.get("Retry-After") ?? "", 10);
  if (!Number.isFinite(seconds) || seconds < 0) {
    return "Please wait a moment before trying again.";
  }
  const at = new Date(Date.now() + seconds * 1000).toLocaleTimeString();
  const unit = seconds === 1 ? "second" : "seconds";
  return `Please try again in ${seconds} ${unit} (at ${at}).`;
}

function errorFrom(response, body) {
  const status = response.status;
  const fields = {};
  for (const error of body?.errors ?? []) {
    if (error && error.field) {
      fields[error.field] = fields[error.field] ? `${fields[error.field]}; ${error.message}` : error.message;
    }
  }
  const said = typeof body?.message === "string" ? body.message : null;
  let message;
  if (status === 429) {
    message = `Too many requests. ${retryWords(response)}`;
  } else if (status === 503) {
    message = `The service is temporarily unavailable. ${retryWords(response)}`;
  } else if (status >= 500) {
    message = said ?? "The server failed to answer. Please try again later.";
  } else if (status === 412) {
    message = "Someone changed this task meanwhile; the board shows its latest version now.";
  } else {
    message = said ?? `The request failed (HTTP ${status}).`;
  }
  return new ApiError(status, message, fields);
}

async function send(path, { method = "GET", body, token, headers = {} } = {}) {
  const sent = { Accept: "application/json", ...headers };
  if (body !== undefined) {
    sent["Content-Type"] = "application/json";
  }
  if (token) {
    sent.Authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      credentials: "omit",
    });
  } catch {
    throw new ApiError(0, "Cannot reach the server. Check your connection and try again.");
  }
  let json = null;
  try {
    json = await response.json();
  } catch {
    // Not JSON: described by the status alone.
  }
  if (response.ok && json?.success) {
    return { data: json.data, meta: json.meta, etag: response.headers.get("ETag") };
  }
  throw errorFrom(response, json);
}

function sessionEnded() {
  return new ApiError(401, "Your session has ended. Please log in again.");
}

// One renewal at a time: refresh tokens rotate, and the API treats a second use of one as theft
// and ends the session. Calls in this tab share the promise; other tabs wait for the lock.
let renewing = null;

function withLock(work) {
  return navigator.locks ? navigator.locks.request("primetrade.refresh", work) : work();
}

function renew(refusedToken) {
  if (!renewing) {
    renewing = withLock(async () => {
      const current = loadSession();
      if (!current || !current.refreshToken) {
        clearSession();
        throw sessionEnded();
      }
      if (current.token !== refusedToken) {
        return current; // renewed meanwhile, by another call or another tab
      }
      try {
        const { data } = await send("/api/v1/auth/refresh", {
          method: "POST",
          body: { refreshToken: current.refreshToken },
        });
        const next = { token: data.token, refreshToken: data.refreshToken, user: data.user };
        saveSession(next);
        return next;
      } catch (error) {
        if (error.status === 400 || error.status === 401) {
          clearSession();
          throw sessionEnded();
        }
        throw error;
      }
    }).finally(() => {
      renewing = null;
    });
  }
  return renewing;
}

/** A request on behalf of the signed-in user; a 401 means the session has ended. */
async function call(path, options = {}) {
  const session = loadSession();
  if (!session) {
    throw sessionEnded();
  }
  try {
    return await send(path, { ...options, token: session.token });
  } catch (error) {
    if (error.status !== 401) {
      throw error;
    }
  }
  const renewed = await renew(session.token);
  try {
    return await send(path, { ...options, token: renewed.token });
  } catch (error) {
    if (error.status === 401) {
      clearSession();
      throw sessionEnded();
    }
    throw error;
  }
}

function started(data) {
  const session = { token: data.token, refreshToken: data.refreshToken ?? null, user: data.user };
  saveSession(session);
  return session;
}

export async function login(email, password) {
  const { data } = await send("/api/v1/auth/login", { method: "POST", body: { email, password } });
  return started(data);
}

export async function register(username, email, password) {
  const { data } = await send("/api/v1/auth/register", {
    method: "POST",
    body: { username, email, password },
  });
  return started(data);
}

/** Ends the session on the server (access and refresh token), and here in any case. */
export async function logout() {
  const end = (session) =>
    send("/api/v1/auth/logout", {
      method: "POST",
      token: session.token,
      body: session.refreshToken ? { refreshToken: session.refreshToken } : undefined,
    });
  try {
    const session = loadSession();
    if (session) {
      try {
        await end(session);
      } catch (error) {
        if (error.status !== 401) throw error;
        // An expired access token: renew it, then end the session with the renewed tokens.
        await end(await renew(session.token));
      }
    }
  } finally {
    clearSession();
  }
}

/** The signed-in account, as the server knows it now. */
export async function me() {
  const { data } = await call("/api/v1/users/me");
  const session = loadSession();
  if (session) {
    session.user = { id: data.id, username: data.username, email: data.email, role: data.role };
    saveSession(session);
  }
  return data;
}

export async function listTasks(query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== "" && value !== null && value !== undefined) {
      params.set(key, String(value));
    }
  }
  return call(`/api/v1/tasks?${params}`);
}

export async function listUsers() {
  const { data } = await call("/api/v1/users?limit=100");
  return data;
}

export async function createTask(fields) {
  const { data } = await call("/api/v1/tasks", { method: "POST", body: fields });
  return data;
}

export async function updateTask(id, version, fields) {
  const { data } = await call(`/api/v1/tasks/${encodeURIComponent(id)}`, {
    method: "PUT",
    body: fields,
    headers: { "If-Match": `"${version}"` },
  });
  return data;
}

export async function deleteTask(id, version) {
  await call(`/api/v1/tasks/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: { "If-Match": `"${version}"` },
  });
}
