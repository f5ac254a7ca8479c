// The task board: login and signup, then the shared board. It shows only what the user's role
// allows; the API decides, and its answers (including refusals) are shown as they come.
import * as api from "./api.js";

const STATUS_WORDS = { pending: "Pending", "in-progress": "In progress", completed: "Completed" };
const PRIORITY_WORDS = { low: "Low", medium: "Medium", high: "High" };

const $ = (id) => document.getElementById(id);

const state = {
  query: { page: 1, limit: 10, status: "", priority: "", assignedTo: "", sort: "" },
  tasks: [],
  load: 0,
};

// ---- small helpers -------------------------------------------------------------------------

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "className") node.className = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function user() {
  return api.loadSession()?.user ?? null;
}

function isAdmin() {
  return user()?.role === "admin";
}

/** Whether a task is assigned to the signed-in user (by username, or e-mail in any case). */
function isMine(task) {
  const me = user();
  if (!me || !task.assignedTo) return false;
  return (
    task.assignedTo === me.username || task.assignedTo.toLowerCase() === me.email.toLowerCase()
  );
}

function showNotice(message) {
  $("notice-text").textContent = message;
  $("notice").hidden = false;
}

function hideNotice() {
  $("notice").hidden = true;
  $("notice-text").textContent = "";
}

/** Puts the API's messages next to the fields of a form; the rest above its submit button. */
function showErrors(form, error) {
  clearErrors(form);
  const unplaced = [];
  for (const [field, message] of Object.entries(error.fields ?? {})) {
    const slot = form.querySelector(`.field-error[data-field="${CSS.escape(field)}"]`);
    if (slot) {
      slot.textContent = message;
      const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
      input?.setAttribute("aria-invalid", "true");
    } else {
      unplaced.push(`${field}: ${message}`);
    }
  }
  const placed = Object.keys(error.fields ?? {}).length > unplaced.length;
  // The API's message repeats its first field error; once those show by their fields, say less.
  const summary =
    placed && unplaced.length === 0 ? "Please correct the marked fields." : error.message;
  form.querySelector(".form-error").textContent = [summary, ...unplaced].join(" ");
  const first = form.querySelector('[aria-invalid="true"]');
  (first ?? form.querySelector("input, select, textarea"))?.focus();
}

function clearErrors(form) {
  form.querySelectorAll(".field-error, .form-error").forEach((slot) => (slot.textContent = ""));
  form.querySelectorAll("[aria-invalid]").forEach((input) => input.removeAttribute("aria-invalid"));
}

async function busy(button, work) {
  button.disabled = true;
  try {
    return await work();
  } finally {
    button.disabled = false;
  }
}

/** A failure of a board action: an ended session goes back to login, the rest is shown. */
function failed(error) {
  if (error.status === 401) {
    showAuth("Your session has ended. Please log in again.");
    return;
  }
  showNotice(error.message);
}

// ---- dates -----------------------------------------------------------------------------------

function isDateOnly(iso) {
  return iso.endsWith("T00:00:00.000Z");
}

/** A due date in the browser's locale; a date without a time is shown as that calendar day. */
function dueWords(iso) {
  const date = new Date(iso);
  return isDateOnly(iso)
    ? date.toLocaleDateString(undefined, { timeZone: "UTC", dateStyle: "medium" })
    : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

function isOverdue(task) {
  if (!task.dueDate || task.status === "completed") return false;
  const due = new Date(task.dueDate).getTime();
  const end = isDateOnly(task.dueDate) ? due + 24 * 60 * 60 * 1000 : due;
  return end <= Date.now();
}

// ---- screens ---------------------------------------------------------------------------------

function showAuth(message) {
  api.clearSession();
  document.body.dataset.screen = "auth";
  $("board-screen").hidden = true;
  $("account").hidden = true;
  $("auth-screen").hidden = false;
  $("tasks").replaceChildren();
  if (message) showNotice(message);
  else hideNotice();
  selectTab($("tab-login"), false);
}

function showBoard() {
  const me = user();
  document.body.dataset.screen = "board";
  $("auth-screen").hidden = true;
  $("board-screen").hidden = false;
  $("account").hidden = false;
  $("whoami").textContent = `${me.username} (${me.role})`;
  $("new-task").hidden = !isAdmin();
  loadAssignees();
  loadTasks();
}

function selectTab(tab, focus = true) {
  for (const other of document.querySelectorAll('[role="tab"]')) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute("aria-controls")).hidden = !selected;
  }
  if (focus) tab.focus();
}

// ---- the board -------------------------------------------------------------------------------

async function loadAssignees() {
  const list = $("assignees");
  const me = user();
  let names = me ? [me.username] : [];
  if (isAdmin()) {
    try {
      names = (await api.listUsers()).filter((u) => u.active).map((u) => u.username);
    } catch (error) {
      failed(error);
    }
  }
  list.replaceChildren(...names.map((name) => element("option", { value: name })));
}

async function loadTasks() {
  const load = ++state.load;
  const list = $("tasks");
  list.dataset.state = "loading";
  list.setAttribute("aria-busy", "true");
  $("board-status").textContent = "Loading tasks…";
  try {
    const { data, meta } = await api.listTasks(state.query);
    if (load !== state.load) return; // a newer load is under way
    const pages = Math.max(1, Math.ceil(meta.total / meta.limit));
    if (meta.total > 0 && data.length === 0 && state.query.page > pages) {
      state.query.page = pages;
      loadTasks();
      return;
    }
    state.tasks = data;
    renderTasks(data);
    renderPager(meta, pages);
  } catch (error) {
    if (load !== state.load) return;
    list.dataset.state = "error";
    $("board-status").textContent = "The tasks could not be loaded.";
    failed(error);
  } finally {
    if (load === state.load) list.removeAttribute("aria-busy");
  }
}

function filtered() {
  const q = state.query;
  return Boolean(q.status || q.priority || q.assignedTo);
}

function renderTasks(tasks) {
  const list = $("tasks");
  list.replaceChildren(...tasks.map(taskItem));
  list.dataset.state = tasks.length ? "ready" : "empty";
  $("board-status").textContent = tasks.length
    ? ""
    : filtered()
      ? "No tasks match these filters."
      : "No tasks yet.";
}

function renderPager(meta, pages) {
  $("pager").hidden = meta.total === 0;
  $("page-info").textContent = `Page ${meta.page} of ${pages} · ${meta.total} ${
    meta.total === 1 ? "task" : "tasks"
  }`;
  $("prev-page").disabled = meta.page <= 1;
  $("next-page").disabled = meta.page >= pages;
}

function taskItem(task) {
  const titleId = `task-${task.id}-title`;
  const item = element("li", {
    className: `task priority-${task.priority}`,
    "data-id": task.id,
    "aria-labelledby": titleId,
  });

  const head = element(
    "div",
    { className: "task-head" },
    element("h3", { id: titleId, className: "task-title" }, task.title),
    element(
      "span",
      { className: `badge status-${task.status}`, "data-status": task.status },
      STATUS_WORDS[task.status] ?? task.status,
    ),
  );
  item.append(head);
  if (task.description) {
    item.append(element("p", { className: "task-description" }, task.description));
  }

  const facts = element("dl", { className: "task-facts" });
  const fact = (term, ...value) => facts.append(element("dt", {}, term), element("dd", {}, ...value));
  fact(
    "Priority",
    element(
      "span",
      { className: `priority-mark priority-${task.priority}` },
      PRIORITY_WORDS[task.priority] ?? task.priority,
    ),
  );
  if (task.dueDate) {
    const overdue = isOverdue(task);
    fact(
      "Due",
      element("time", { datetime: task.dueDate }, dueWords(task.dueDate)),
      overdue ? element("span", { className: "overdue" }, "Overdue") : null,
    );
    if (overdue) item.classList.add("is-overdue");
  }
  fact("Assignee", task.assignedTo ?? "Nobody");
  item.append(facts);

  const actions = element("div", { className: "task-actions" });
  if (isAdmin() || isMine(task)) actions.append(statusControl(task));
  if (isAdmin()) {
    const edit = element("button", { type: "button", className: "secondary edit" }, "Edit");
    edit.setAttribute("aria-label", `Edit ${task.title}`);
    edit.addEventListener("click", () => openTaskDialog(task, edit));
    const remove = element("button", { type: "button", className: "danger delete" }, "Delete");
    remove.setAttribute("aria-label", `Delete ${task.title}`);
    remove.addEventListener("click", () => confirmDelete(task, remove));
    actions.append(edit, remove);
  }
  if (actions.childElementCount) item.append(actions);
  return item;
}

function statusControl(task) {
  const id = `task-${task.id}-status`;
  const select = element("select", { id, className: "status-select" });
  for (const [code, words] of Object.entries(STATUS_WORDS)) {
    select.append(element("option", { value: code, selected: code === task.status }, words));
  }
  select.addEventListener("change", async () => {
    select.disabled = true;
    try {
      await api.updateTask(task.id, task.version, { status: select.value });
      hideNotice();
    } catch (error) {
      failed(error);
    } finally {
      loadTasks();
    }
  });
  return element(
    "div",
    { className: "status-control" },
    element(
      "label",
      { for: id },
      "Status",
      element("span", { className: "visually-hidden" }, ` of ${task.title}`),
    ),
    select,
  );
}

// ---- create, edit, delete (admins) -----------------------------------------------------------

let editing = null;
let returnFocus = null;

function openTaskDialog(task, opener) {
  editing = task;
  returnFocus = opener;
  const form = $("task-form");
  form.reset();
  clearErrors(form);
  $("task-dialog-title").textContent = task ? "Edit task" : "New task";
  $("task-save").textContent = task ? "Save changes" : "Create task";
  if (task) {
    $("task-title").value = task.title;
    $("task-description").value = task.description ?? "";
    $("task-status").value = task.status;
    $("task-priority").value = task.priority;
    $("task-due").value = task.dueDate ? task.dueDate.slice(0, 10) : "";
    $("task-assignee").value = task.assignedTo ?? "";
  }
  $("task-dialog").showModal();
  $("task-title").focus();
}

function closeTaskDialog() {
  $("task-dialog").close();
}

function taskFields() {
  const text = (id) => $(id).value.trim();
  const fields = {
    title: $("task-title").value,
    description: text("task-description") || null,
    status: $("task-status").value,
    priority: $("task-priority").value,
    dueDate: $("task-due").value || null,
    assignedTo: text("task-assignee") || null,
  };
  if (!editing) {
    // A new task: leave out what is empty rather than sending nulls.
    for (const key of Object.keys(fields)) if (fields[key] === null) delete fields[key];
    return fields;
  }
  // An edit: send what changed, so that a user's concurrent status change is not undone.
  const before = {
    title: editing.title,
    description: editing.description ?? null,
    status: editing.status,
    priority: editing.priority,
    dueDate: editing.dueDate ? editing.dueDate.slice(0, 10) : null,
    assignedTo: editing.assignedTo ?? null,
  };
  for (const key of Object.keys(fields)) if (fields[key] === before[key]) delete fields[key];
  return fields;
}

async function saveTask(event) {
  event.preventDefault();
  const form = $("task-form");
  const fields = taskFields();
  await busy($("task-save"), async () => {
    try {
      if (editing) {
        if (Object.keys(fields).length) await api.updateTask(editing.id, editing.version, fields);
      } else {
        await api.createTask(fields);
      }
      closeTaskDialog();
      hideNotice();
      loadTasks();
    } catch (error) {
      if (error.status === 401) {
        closeTaskDialog();
        failed(error);
      } else if (error.status === 412 || error.status === 404) {
        closeTaskDialog();
        failed(error);
        loadTasks();
      } else {
        showErrors(form, error);
      }
    }
  });
}

function confirmDelete(task, opener) {
  returnFocus = opener;
  const dialog = $("confirm-dialog");
  $("confirm-text").textContent = `Delete the task “${task.title}”? This cannot be undone.`;
  const ok = $("confirm-ok");
  ok.onclick = async () => {
    dialog.close();
    try {
      await api.deleteTask(task.id, task.version);
      hideNotice();
    } catch (error) {
      failed(error);
    } finally {
      loadTasks();
    }
  };
  dialog.showModal();
  $("confirm-cancel").focus();
}

// ---- wiring ----------------------------------------------------------------------------------

function readFilters() {
  const form = $("filters");
  state.query = {
    ...state.query,
    page: 1,
    status: form.elements.status.value,
    priority: form.elements.priority.value,
    assignedTo: form.elements.assignedTo.value.trim(),
    sort: form.elements.sort.value,
    limit: Number(form.elements.limit.value),
  };
  loadTasks();
}

function wireAuth() {
  const tabs = [$("tab-login"), $("tab-signup")];
  tabs.forEach((tab, index) => {
    tab.addEventListener("click", () => selectTab(tab));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) {
        event.preventDefault();
        selectTab(tabs[(index + step + tabs.length) % tabs.length]);
      }
    });
  });

  for (const reveal of document.querySelectorAll("button.reveal")) {
    reveal.addEventListener("click", () => {
      const input = $(reveal.getAttribute("aria-controls"));
      const show = input.type === "password";
      input.type = show ? "text" : "password";
      reveal.textContent = show ? "Hide" : "Show";
      reveal.setAttribute("aria-pressed", String(show));
      reveal.setAttribute("aria-label", show ? "Hide password" : "Show password");
    });
    reveal.setAttribute("aria-label", "Show password");
  }

  const login = $("login-form");
  login.addEventListener("submit", (event) => {
    event.preventDefault();
    busy($("login-submit"), async () => {
      try {
        await api.login(login.elements.email.value.trim(), login.elements.password.value);
        login.reset();
        clearErrors(login);
        hideNotice();
        showBoard();
      } catch (error) {
        showErrors(login, error);
      }
    });
  });

  const signup = $("signup-form");
  signup.addEventListener("submit", (event) => {
    event.preventDefault();
    busy($("signup-submit"), async () => {
      try {
        await api.register(
          signup.elements.username.value.trim(),
          signup.elements.email.value.trim(),
          signup.elements.password.value,
        );
        signup.reset();
        clearErrors(signup);
        hideNotice();
        showBoard();
      } catch (error) {
        showErrors(signup, error);
      }
    });
  });
}

function wireBoard() {
  $("logout").addEventListener("click", () =>
    busy($("logout"), async () => {
      try {
        await api.logout();
        showAuth();
      } catch (error) {
        // The session is gone here either way; a 401 means it had already ended on the server.
        showAuth(
          error.status === 401 ? null : `You are logged out here, but the server said: ${error.message}`,
        );
      }
    }),
  );
  $("notice-close").addEventListener("click", hideNotice);

  const filters = $("filters");
  filters.addEventListener("submit", (event) => {
    event.preventDefault();
    readFilters();
  });
  filters.addEventListener("change", (event) => {
    if (event.target.tagName === "SELECT") readFilters();
  });
  filters.addEventListener("reset", () => setTimeout(readFilters));

  $("prev-page").addEventListener("click", () => {
    state.query.page = Math.max(1, state.query.page - 1);
    loadTasks();
  });
  $("next-page").addEventListener("click", () => {
    state.query.page += 1;
    loadTasks();
  });

  $("new-task").addEventListener("click", () => openTaskDialog(null, $("new-task")));
  $("task-form").addEventListener("submit", saveTask);
  $("task-cancel").addEventListener("click", closeTaskDialog);
  $("confirm-cancel").addEventListener("click", () => $("confirm-dialog").close());
  for (const dialog of [$("task-dialog"), $("confirm-dialog")]) {
    dialog.addEventListener("close", () => {
      returnFocus?.focus();
    });
  }
}

async function start() {
  wireAuth();
  wireBoard();
  if (!api.loadSession()) {
    showAuth();
    return;
  }
  try {
    await api.me();
    showBoard();
  } catch (error) {
    if (error.status === 401) {
      showAuth("Your session has ended. Please log in again.");
    } else {
      showBoard();
      showNotice(error.message);
    }
  }
}

start();
