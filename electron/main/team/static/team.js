// The team page (issue #13): sign in, the shared annotations with their versions, and the activity list, kept
// live by polling the change feed every two seconds. Text goes into the page only as textContent, never as HTML.
const API = '/api/team/';
const POLL_MS = 2000;
let csrf = null;
let me = null;
let cursor = 0;
let timer = null;

const $ = (id) => document.getElementById(id);

// The interface languages of the app (renderer/i18n): English, Romanian, French, German. Server messages stay as
// the server wrote them.
const STRINGS = {
  en: { delete: 'Delete', openApp: 'Open the aligned grid', team: 'team', signIn: 'Sign in', signOut: 'Sign out', username: 'User name', password: 'Password', annotations: 'Annotations', where: 'Where', quote: 'Quote', category: 'Category', status: 'Status', comment: 'Comment', lastChange: 'Last change', activity: 'Activity', save: 'Save', live: 'live', offline: 'offline' },
  ro: { delete: 'Șterge', openApp: 'Deschide grila aliniată', team: 'echipă', signIn: 'Autentificare', signOut: 'Ieșire', username: 'Nume de utilizator', password: 'Parolă', annotations: 'Adnotări', where: 'Unde', quote: 'Citat', category: 'Categorie', status: 'Stare', comment: 'Comentariu', lastChange: 'Ultima modificare', activity: 'Activitate', save: 'Salvează', live: 'actualizat', offline: 'fără legătură' },
  fr: { delete: 'Supprimer', openApp: 'Ouvrir la grille alignée', team: 'équipe', signIn: 'Se connecter', signOut: 'Se déconnecter', username: "Nom d'utilisateur", password: 'Mot de passe', annotations: 'Annotations', where: 'Où', quote: 'Citation', category: 'Catégorie', status: 'État', comment: 'Commentaire', lastChange: 'Dernière modification', activity: 'Activité', save: 'Enregistrer', live: 'en direct', offline: 'hors ligne' },
  de: { delete: 'Löschen', openApp: 'Ausgerichtetes Raster öffnen', team: 'Team', signIn: 'Anmelden', signOut: 'Abmelden', username: 'Benutzername', password: 'Passwort', annotations: 'Anmerkungen', where: 'Wo', quote: 'Zitat', category: 'Kategorie', status: 'Status', comment: 'Kommentar', lastChange: 'Letzte Änderung', activity: 'Aktivität', save: 'Speichern', live: 'live', offline: 'offline' },
};
const uiLang = (navigator.languages || [navigator.language]).map((l) => String(l).slice(0, 2).toLowerCase()).find((l) => l in STRINGS) || 'en';
const t = (key) => STRINGS[uiLang][key] ?? STRINGS.en[key];
document.documentElement.lang = uiLang;
for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.getAttribute('data-i18n'));

async function call(method, path, body) {
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  let json;
  try {
    json = await res.json();
  } catch {
    json = { ok: false, error: { code: 'internal', message: `HTTP ${res.status}` } };
  }
  return { status: res.status, ...json };
}

function el(tag, text, attrs = {}) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function showLogin(message = '') {
  if (timer) clearInterval(timer);
  timer = null;
  $('work').hidden = true;
  $('who').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message;
}

async function start() {
  const r = await call('GET', 'me');
  if (!r.ok) return showLogin();
  ({ user: me, csrfToken: csrf } = r.value);
  $('who-name').textContent = `${me.username} (${me.role}${me.languages.length ? `: ${me.languages.join(', ')}` : ''})`;
  // The app reads its API token from the address fragment (never sent to the server); here it is the CSRF token.
  $('open-app').href = `/app/#token=${encodeURIComponent(csrf)}`;
  $('who').hidden = false;
  $('login').hidden = true;
  $('work').hidden = false;
  await Promise.all([loadAnnotations(), loadActivity()]);
  timer = setInterval(poll, POLL_MS);
}

function annotationRow(a) {
  const tr = el('tr', undefined, { 'data-id': a.id });
  const langs = [...new Set(a.spans.map((s) => `${s.lang} ${s.rowKey}`))].join(', ');
  tr.append(el('td', langs), el('td', a.spans[0] ? `“${a.spans[0].quote}”` : ''), el('td', a.category));
  const status = el('select');
  for (const s of ['open', 'confirmed', 'resolved', 'rejected']) {
    const o = el('option', s, { value: s });
    if (s === a.status) o.selected = true;
    status.append(o);
  }
  const comment = el('input', undefined, { type: 'text', maxlength: '10000' });
  comment.value = a.comment;
  const markDirty = () => tr.setAttribute('data-dirty', '');
  status.addEventListener('change', markDirty);
  comment.addEventListener('input', markDirty);
  const save = el('button', t('save'), { type: 'button' });
  save.addEventListener('click', async () => {
    const r = await call('PUT', `annotations/${encodeURIComponent(a.id)}`, { version: a.version, change: { status: status.value, comment: comment.value } });
    if (r.ok) {
      $('status').textContent = '';
      tr.replaceWith(annotationRow(r.value));
    } else if (r.status === 409 && r.current) {
      // Someone else saved first: say so, and show their version of the row.
      $('status').textContent = r.error.message;
      const fresh = annotationRow(r.current);
      fresh.classList.add('changed');
      tr.replaceWith(fresh);
    } else {
      $('status').textContent = r.error ? r.error.message : `HTTP ${r.status}`;
      if (r.status === 401) showLogin(r.error.message);
    }
  });
  const remove = el('button', t('delete'), { type: 'button' });
  remove.addEventListener('click', async () => {
    const r = await call('DELETE', `annotations/${encodeURIComponent(a.id)}`, { version: a.version });
    if (r.ok) {
      $('status').textContent = '';
      tr.remove();
    } else {
      $('status').textContent = r.error ? r.error.message : `HTTP ${r.status}`;
      if (r.status === 409) await loadAnnotations(new Set([a.id]));
    }
  });
  const tdStatus = el('td');
  tdStatus.append(status);
  const tdComment = el('td');
  tdComment.append(comment);
  const tdSave = el('td');
  tdSave.append(save, ' ', remove);
  tr.append(tdStatus, tdComment, el('td', `v${a.version}${a.updatedBy ? ` · ${a.updatedBy}` : ''} · ${a.updatedAt.slice(0, 16).replace('T', ' ')}`), tdSave);
  return tr;
}

async function loadAnnotations(changedIds = new Set()) {
  const r = await call('GET', 'annotations');
  if (!r.ok) return r.status === 401 ? showLogin(r.error.message) : void ($('status').textContent = r.error.message);
  const body = $('annotations');
  // Never throw away what someone is typing: a row with unsaved edits stays as it is, marked when another user
  // changed it meanwhile — saving it then meets the conflict and shows the current row.
  const dirty = new Map([...body.querySelectorAll('tr[data-dirty]')].map((tr) => [tr.getAttribute('data-id'), tr]));
  const rows = r.value.map((a) => {
    const kept = dirty.get(a.id);
    if (kept) {
      if (changedIds.has(a.id)) kept.classList.add('changed');
      return kept;
    }
    const row = annotationRow(a);
    if (changedIds.has(a.id)) row.classList.add('changed');
    return row;
  });
  body.replaceChildren(...rows);
  $('annotation-count').textContent = `(${r.value.length})`;
}

function activityItem(e) {
  const li = el('li');
  li.append(el('time', new Date(e.at).toLocaleString(uiLang), { datetime: e.at }), el('span', `${e.username}: ${e.summary}`));
  return li;
}

async function loadActivity() {
  const r = await call('GET', 'activity?limit=50');
  if (!r.ok) return;
  $('activity').replaceChildren(...r.value.map(activityItem));
  cursor = r.value.length ? r.value[0].seq : 0;
}

async function poll() {
  const r = await call('GET', `changes?after=${cursor}`);
  if (!r.ok) {
    if (r.status === 401) showLogin(r.error.message);
    $('live').textContent = `(${t('offline')})`;
    return;
  }
  $('live').textContent = `(${t('live')}, ${new Date().toLocaleTimeString(uiLang)})`;
  if (r.value.changes.length === 0) return;
  cursor = r.value.cursor;
  for (const e of r.value.changes) $('activity').prepend(activityItem(e));
  const changed = new Set(r.value.changes.filter((e) => e.targetKind === 'annotation' && e.username !== me.username).map((e) => e.targetId));
  if (r.value.changes.some((e) => e.targetKind === 'annotation')) await loadAnnotations(changed);
}

$('login').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const r = await call('POST', 'login', { username: $('username').value, password: $('password').value });
  $('password').value = '';
  if (!r.ok) return showLogin(r.error.message);
  await start();
});

$('logout').addEventListener('click', async () => {
  await call('POST', 'logout');
  csrf = null;
  showLogin();
});

void start();
