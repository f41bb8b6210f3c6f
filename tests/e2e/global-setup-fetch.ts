// The stand-in for the EP and EUR-Lex used by tests/e2e/fetch.spec.ts: the fixture server of tests/fetch, plus an
// Italian version of the fixtures' text adopted (a language the corpus project lacks), written here for the suite.
import { FixtureServer } from '../fetch/fixture-server.js';

/** The reference and the language the fetch spec downloads. */
export const E2E_FETCH_REF = 'P9_TA(2022)0012';
export const E2E_FETCH_LANG = 'it';

const ITALIAN_PAGE = `<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Testi approvati - Situazione in Kazakhstan - Giovedì 20 gennaio 2022</title></head>
<body>
<div class="ep_gridrow" id="content">
 <table class="doc_box_header" width="100%"><tr><td class="doc_title">Testi approvati</td><td class="ep_lang">IT</td></tr>
 <tr><td>P9_TA(2022)0012</td><td>Giovedì 20 gennaio 2022 - Strasburgo</td></tr></table>
 <p class="title-doc-first"><span class="bold">Situazione in Kazakhstan</span></p>
 <p>Risoluzione del Parlamento europeo del 20 gennaio 2022 sulla situazione in Kazakhstan (2022/2505(RSP))</p>
 <p class="normal">Il Parlamento europeo,</p>
 <p class="normal">&#8211; viste le sue precedenti risoluzioni sul paese<sup>(1)</sup>,</p>
 <p class="normal">&#8211; visto l'articolo 132, paragrafi 2 e 4, del suo regolamento,</p>
 <p class="normal">A.&#160;&#160;considerando che le proteste sono iniziate il 2 gennaio 2022 dopo un forte aumento dei prezzi del carburante;</p>
 <p class="normal">B.&#160;&#160;considerando che durante gli eventi sono state segnalate almeno 225 vittime;</p>
 <p class="normal">1.&#160;&#160;esprime preoccupazione per la perdita di vite umane;</p>
 <p class="normal">2.&#160;&#160;chiede un'indagine indipendente sugli eventi del gennaio 2022;</p>
 <p class="normal">3.&#160;&#160;incarica la sua Presidente di trasmettere la presente risoluzione al Consiglio e alla Commissione.</p>
 <table class="doc_box_footnotes"><tr><td>(1)</td><td>GU C 465 del 17.11.2021, pag. 147.</td></tr></table>
</div>
</body>
</html>
`;

/** Starts the fixture server with the Italian page; its base address serves both sites. */
export async function startFetchFixtures(): Promise<FixtureServer> {
  const server = await FixtureServer.start();
  const page = new TextEncoder().encode(ITALIAN_PAGE);
  server.serveFile('TA-9-2022-0012_IT.html', page);
  // The first answer takes a moment, so that the spec sees the dialog's progress list before the outcome.
  server.script('/doceo/document/TA-9-2022-0012_IT.html', { delayMs: 1500, body: page, times: 1 });
  return server;
}
