// The team page (issue #13): sign in, the shared annotations with their versions, the findings (each open one
// can be accepted as an annotation, as in the app), and the activity list, kept live by polling the change feed
// every two seconds. Text goes into the page only as textContent, never as HTML.
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
  en: { delete: 'Delete', openApp: 'Open the aligned grid', team: 'team', signIn: 'Sign in', signOut: 'Sign out', username: 'User name', password: 'Password', annotations: 'Annotations', where: 'Where', quote: 'Quote', category: 'Category', status: 'Status', comment: 'Comment', lastChange: 'Last change', activity: 'Activity', save: 'Save', live: 'live', offline: 'offline', findings: 'Findings', type: 'Type', finding: 'Finding', review: 'Review', accept: 'Accept as annotation', 'review.open': 'Open', 'review.dismissed': 'Dismissed', 'review.annotated': 'Annotated', 'type.number': 'Number', 'type.date': 'Date', 'type.reference': 'Reference', 'type.footnote': 'Footnote', 'type.quotation': 'Quotation', 'type.omission': 'Omission', 'type.addition': 'Addition', 'type.name-variant': 'Name variant', 'type.name-missing': 'Name missing', 'type.name-convention': 'Name convention', 'type.name-accepted': 'Accepted spelling', 'type.structure': 'Structure' },
  ro: { delete: 'Șterge', openApp: 'Deschide grila aliniată', team: 'echipă', signIn: 'Autentificare', signOut: 'Ieșire', username: 'Nume de utilizator', password: 'Parolă', annotations: 'Adnotări', where: 'Unde', quote: 'Citat', category: 'Categorie', status: 'Stare', comment: 'Comentariu', lastChange: 'Ultima modificare', activity: 'Activitate', save: 'Salvează', live: 'actualizat', offline: 'fără legătură', findings: 'Constatări', type: 'Tip', finding: 'Constatare', review: 'Verificare', accept: 'Acceptă ca adnotare', 'review.open': 'Deschisă', 'review.dismissed': 'Respinsă', 'review.annotated': 'Adnotată', 'type.number': 'Număr', 'type.date': 'Dată', 'type.reference': 'Referință', 'type.footnote': 'Notă de subsol', 'type.quotation': 'Citat', 'type.omission': 'Omisiune', 'type.addition': 'Adăugire', 'type.name-variant': 'Variantă de nume', 'type.name-missing': 'Nume lipsă', 'type.name-convention': 'Convenție de transliterare', 'type.name-accepted': 'Grafie acceptată', 'type.structure': 'Structură' },
  fr: { delete: 'Supprimer', openApp: 'Ouvrir la grille alignée', team: 'équipe', signIn: 'Se connecter', signOut: 'Se déconnecter', username: "Nom d'utilisateur", password: 'Mot de passe', annotations: 'Annotations', where: 'Où', quote: 'Citation', category: 'Catégorie', status: 'État', comment: 'Commentaire', lastChange: 'Dernière modification', activity: 'Activité', save: 'Enregistrer', live: 'en direct', offline: 'hors ligne', findings: 'Constats', type: 'Type', finding: 'Constat', review: 'Examen', accept: 'Accepter comme annotation', 'review.open': 'Ouvert', 'review.dismissed': 'Écarté', 'review.annotated': 'Annoté', 'type.number': 'Nombre', 'type.date': 'Date', 'type.reference': 'Référence', 'type.footnote': 'Note de bas de page', 'type.quotation': 'Citation', 'type.omission': 'Omission', 'type.addition': 'Ajout', 'type.name-variant': 'Variante de nom', 'type.name-missing': 'Nom manquant', 'type.name-convention': 'Convention de translittération', 'type.name-accepted': 'Graphie acceptée', 'type.structure': 'Structure' },
  de: { delete: 'Löschen', openApp: 'Ausgerichtetes Raster öffnen', team: 'Team', signIn: 'Anmelden', signOut: 'Abmelden', username: 'Benutzername', password: 'Passwort', annotations: 'Anmerkungen', where: 'Wo', quote: 'Zitat', category: 'Kategorie', status: 'Status', comment: 'Kommentar', lastChange: 'Letzte Änderung', activity: 'Aktivität', save: 'Speichern', live: 'live', offline: 'offline', findings: 'Befunde', type: 'Typ', finding: 'Befund', review: 'Prüfung', accept: 'Als Anmerkung übernehmen', 'review.open': 'Offen', 'review.dismissed': 'Verworfen', 'review.annotated': 'Angemerkt', 'type.number': 'Zahl', 'type.date': 'Datum', 'type.reference': 'Verweis', 'type.footnote': 'Fußnote', 'type.quotation': 'Zitat', 'type.omission': 'Auslassung', 'type.addition': 'Hinzufügung', 'type.name-variant': 'Namensvariante', 'type.name-missing': 'Name fehlt', 'type.name-convention': 'Transliterationskonvention', 'type.name-accepted': 'Anerkannte Schreibweise', 'type.structure': 'Struktur' },
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
  await Promise.all([loadAnnotations(), loadFindings(), loadActivity()]);
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

/**
 * Whether this user may turn the finding into an annotation: the server's rule for annotations (TeamService
 * requireLanguages) — revisers and admins any, translators only when every span is in one of their languages,
 * read-only users never. The server checks again; this only keeps a button away from people it would refuse.
 */
function mayAnnotate(f) {
  // A finding with no text in any version (some structure findings) has nothing to annotate: the server refuses it.
  if (f.spans.length === 0) return false;
  if (me.role === 'admin' || me.role === 'reviser') return true;
  if (me.role !== 'translator') return false;
  return f.spans.every((s) => me.languages.includes(s.lang));
}

function findingRow(f) {
  const tr = el('tr', undefined, { 'data-id': f.id, 'data-review': f.review, tabindex: '-1' });
  const langs = f.langs.join(', ');
  tr.append(el('td', t(`type.${f.type}`)), el('td', `${f.row}${langs ? ` (${langs})` : ''}`), el('td', f.text ?? ''));
  tr.append(el('td', `${t(`review.${f.review}`)}${f.reviewedBy && f.review !== 'open' ? ` · ${f.reviewedBy}` : ''}`));
  const action = el('td');
  if (f.review === 'open' && mayAnnotate(f)) {
    const accept = el('button', t('accept'), { type: 'button', class: 'accept-finding' });
    accept.addEventListener('click', async () => {
      accept.disabled = true;
      // The review version this page showed (null: never reviewed): someone else's review meanwhile gives 409.
      const r = await call('POST', 'finding-annotations', { findingId: f.id, version: f.reviewVersion });
      if (r.ok) {
        $('status').textContent = '';
        await Promise.all([loadFindings(), loadAnnotations(new Set([r.value.id]))]);
      } else {
        // 409: the server's message names the version and who changed it; the refreshed list shows their review.
        $('status').textContent = r.error ? r.error.message : `HTTP ${r.status}`;
        if (r.status === 401) return showLogin(r.error.message);
        await Promise.all([loadFindings(r.status === 409 ? new Set([f.id]) : new Set()), loadAnnotations()]);
      }
      // Keep the keyboard user's place: the row (its button is gone once the finding is annotated).
      focusFinding(f.id);
    });
    action.append(accept);
  }
  tr.append(action);
  return tr;
}

async function loadFindings(changedIds = new Set()) {
  const r = await call('GET', 'findings');
  if (!r.ok) return r.status === 401 ? showLogin(r.error.message) : void ($('status').textContent = r.error.message);
  // A refresh must not throw the keyboard focus out of the list: it returns to the same finding's button or row.
  const focused = document.activeElement?.closest?.('#findings tr')?.getAttribute('data-id') ?? null;
  $('findings').replaceChildren(
    ...r.value.map((f) => {
      const row = findingRow(f);
      if (changedIds.has(f.id)) row.classList.add('changed');
      return row;
    }),
  );
  $('finding-count').textContent = `(${r.value.filter((f) => f.review === 'open').length}/${r.value.length})`;
  if (focused !== null) focusFinding(focused);
}

function focusFinding(id) {
  const row = $('findings').querySelector(`tr[data-id="${CSS.escape(id)}"]`);
  (row?.querySelector('button') ?? row)?.focus();
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
  // A review changes a finding; so does deleting the annotation made from it (the finding is open again), a
  // correction or an accepted spelling (the findings themselves are recomputed).
  if (r.value.changes.some((e) => ['finding', 'correction', 'spelling'].includes(e.targetKind) || e.action === 'annotation.delete')) {
    await loadFindings(new Set(r.value.changes.filter((e) => e.targetKind === 'finding' && e.username !== me.username).map((e) => e.targetId)));
  }
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
