// Concordia's core vocabulary in Italian: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	
c0002	due
c0003	tre
c0004	quattro
c0005	cinque
c0006	sei
c0007	sette
c0008	otto
c0009	nove
c0010	dieci
c0011	undici
c0012	dodici
c0013	tredici
c0014	quattordici
c0015	quindici
c0016	sedici
c0017	diciassette
c0018	diciotto
c0019	diciannove
c0020	venti
c0021	trenta
c0022	quaranta
c0023	cinquanta
c0024	sessanta
c0025	settanta
c0026	ottanta
c0027	novanta
c0028	cento
c0029	mille, mila
c0030	milione, milioni
c0031	miliardo, miliardi
c0032	primo, prima, primi, prime
c0033	secondo, seconda, secondi, seconde
c0034	terzo, terza, terzi, terze
c0035	quarto, quarta
c0036	quinto, quinta
c0037	sesto, sesta
c0038	settimo, settima
c0039	ottavo, ottava
c0040	nono, nona
c0041	decimo, decima
c0042	metà, mezzo, mezza
c0043	quarto, quarti
c0044	dozzina, dozzine
c0045	doppio, doppia, doppi, doppie
c0046	ultimo, ultima, ultimi, ultime
c0047	prossimo, prossima, successivo, successiva
c0048	gennaio
c0049	febbraio
c0050	marzo
c0051	aprile
c0052	maggio
c0053	giugno
c0054	luglio
c0055	agosto
c0056	settembre
c0057	ottobre
c0058	novembre
c0059	dicembre
c0060	lunedì
c0061	martedì
c0062	mercoledì
c0063	giovedì
c0064	venerdì
c0065	sabato
c0066	domenica
c0067	primavera, primavere
c0068	estate, estati
c0069	autunno, autunni
c0070	inverno, inverni
c0071	stagione, stagioni
c0072	giorno, giorni, giornata, giornate, dì
c0073	settimana, settimane
c0074	mese, mesi
c0075	anno, anni, annata
c0076	ora, ore
c0077	minuto, minuti
c0078	secondo, secondi
c0079	mattina, mattino, mattine, mattinata
c0080	pomeriggio, pomeriggi
c0081	sera, sere, serata
c0082	notte, notti, nottata
c0083	mezzogiorno
c0084	mezzanotte
c0085	oggi
c0086	ieri
c0087	domani
c0088	stasera, stanotte
c0089	secolo, secoli
c0090	decennio, decenni
c0091	tempo, tempi
c0092	momento, momenti, attimo, istante
c0093	periodo, periodi
c0094	data, date
c0095	fine settimana, weekend
c0096	calendario, calendari
c0097	orologio, orologi
c0098	età
c0099	passato
c0100	futuro, avvenire
c0101	presente
c0102	ora, adesso
c0103	presto, fra poco
c0104	dopo, poi, più tardi
c0105	presto, precoce, anticipato
c0106	tardi, tardo, tardivo, ritardo
c0107	già
c0108	ancora, di nuovo, nuovamente
c0109	sempre
c0110	mai
c0111	spesso
c0112	talvolta, qualche volta, a volte
c0113	fa
c0114	recentemente, di recente
c0115	quotidiano, quotidiana, giornaliero, giornaliera
c0116	annuale, annuo, annua, annuali
c0117	alba, albe
c0118	tramonto, tramonti
c0119	alba, levata del sole, sorgere del sole
c0120	ere, epoca, epoche
c0121	inizio, inizi, principio
c0122	fine, termine
c0123	compleanno, compleanni
c0124	vacanza, vacanze, festa, ferie
c0125	natale
c0126	pasqua
c0127	anniversario, anniversari
c0128	colore, colori
c0129	rosso, rossa, rossi, rosse
c0130	blu, azzurro, azzurra, azzurri
c0131	verde, verdi
c0132	giallo, gialla, gialli, gialle
c0133	nero, nera, neri, nere
c0134	bianco, bianca, bianchi, bianche
c0135	grigio, grigia, grigi, grigie
c0136	marrone, bruno, bruna, marroni
c0137	arancione, arancio, arancioni
c0138	rosa
c0139	viola, porpora, violetto
c0140	dorato, dorata, d'oro
c0141	scuro, scura, scuri, buio, oscuro
c0142	luminoso, luminosa, brillante, chiaro
c0143	pallido, pallida, pallidi
c0144	nord, settentrione
c0145	sud, meridione
c0146	est, oriente
c0147	ovest, occidente
c0148	settentrionale, settentrionali, nordico
c0149	meridionale, meridionali
c0150	orientale, orientali
c0151	occidentale, occidentali
c0152	sinistro, sinistra, sinistri
c0153	destro, destra, destri
c0154	cima, cime, sommità, parte superiore
c0155	fondo, fondi, parte inferiore
c0156	lato, lati, fianco
c0157	mezzo, metà, centro
c0158	centro, centri
c0159	davanti, parte anteriore, fronte, facciata
c0160	retro, parte posteriore, dietro
c0161	bordo, bordi, margine, orlo
c0162	famiglia, famiglie
c0163	madre, madri, mamma
c0164	padre, padri, papà
c0165	genitore, genitori
c0166	bambino, bambini, figlio, figli, bambina
c0167	figlio, figli
c0168	figlia, figlie
c0169	fratello, fratelli
c0170	sorella, sorelle
c0171	marito, mariti
c0172	moglie, mogli
c0173	nonno, nonni
c0174	nonna, nonne
c0175	nipote, nipoti
c0176	zio, zii
c0177	zia, zie
c0178	cugino, cugina, cugini, cugine
c0179	neonato, neonati, bebè, bambino
c0180	ragazzo, ragazzi, bambino
c0181	ragazza, ragazze, bambina
c0182	uomo, uomini
c0183	donna, donne
c0184	persona, persone
c0185	gente, persone, popolo
c0186	amico, amica, amici, amiche
c0187	vicino, vicina, vicini
c0188	ospite, ospiti, invitato
c0189	matrimonio, nozze
c0190	matrimonio, matrimoni
c0191	sposare, sposa, sposato, sposata, sposò
c0192	divorzio, divorzi
c0193	nascita, nascite
c0194	nato, nata, nati, nate
c0195	morire, muore, muoiono, morto, morì, moriva, morendo
c0196	morte, morti, decesso
c0197	morto, morta, morti, morte
c0198	vita, vite
c0199	vivere, vive, vivono, vissuto, visse, abitare, abita
c0200	vivo, viva, vivi, vive
c0201	giovane, giovani
c0202	vecchio, vecchia, vecchi, vecchie, anziano
c0203	gioventù, giovinezza, giovani
c0204	adulto, adulta, adulti
c0205	generazione, generazioni
c0206	parente, parenti
c0207	coppia, coppie
c0208	gemello, gemella, gemelli
c0209	vedova, vedove
c0210	orfano, orfana, orfani
c0211	antenato, antenati
c0212	corpo, corpi
c0213	testa, teste, capo
c0214	viso, volto, faccia, visi
c0215	occhio, occhi
c0216	orecchio, orecchie, orecchi
c0217	naso, nasi
c0218	bocca, bocche
c0219	dente, denti
c0220	lingua, lingue
c0221	labbro, labbra
c0222	capelli, capello, chioma
c0223	collo, colli
c0224	spalla, spalle
c0225	braccio, braccia
c0226	mano, mani
c0227	dito, dita
c0228	gamba, gambe
c0229	ginocchio, ginocchia
c0230	piede, piedi
c0231	schiena, schiene, dorso
c0232	petto, torace
c0233	cuore, cuori
c0234	sangue
c0235	osso, ossa, ossi
c0236	pelle
c0237	stomaco, pancia, ventre
c0238	cervello, cervelli
c0239	respiro, fiato, respiri
c0240	respirare, respira, respirato
c0241	voce, voci
c0242	polmone, polmoni
c0243	muscolo, muscoli
c0244	ferita, ferite, piaga
c0245	lesione, lesioni, ferita, ferite
c0246	ferire, ferisce, ferito, feriti
c0247	dolore, dolori
c0248	cieco, cieca, ciechi
c0249	sordo, sorda, sordi
c0250	barba, barbe
c0251	lacrima, lacrime
c0252	ala, ali
c0253	coda, code
c0254	tempo, meteo
c0255	pioggia, piogge
c0256	neve, nevi
c0257	ghiaccio, ghiacci
c0258	vento, venti
c0259	tempesta, tempeste, temporale, temporali, bufera
c0260	nuvola, nuvole, nube, nubi
c0261	nebbia, nebbie, foschia
c0262	sole, soli
c0263	cielo, cieli
c0264	caldo, calda, caldi, calde, bollente
c0265	freddo, fredda, freddi, fredde
c0266	caldo, calda, tiepido, tiepida
c0267	fresco, fresca, freschi, fresche
c0268	secco, secca, secchi, asciutto, asciutta
c0269	bagnato, bagnata, bagnati, umido
c0270	temperatura, temperature
c0271	grado, gradi
c0272	clima, climi
c0273	gelo, brina
c0274	tuono, tuoni
c0275	fulmine, fulmini, lampo, lampi
c0276	alluvione, alluvioni, inondazione, inondazioni
c0277	siccità
c0278	caldo, calore
c0279	aria, arie
c0280	ombra, ombre
c0281	congelare, gelare, gela, gelato, congelato, ghiacciato
c0282	sciogliere, scioglie, sciolto, fondere
c0283	soffiare, soffia, soffiato
c0284	splendere, splende, brillare, brilla
c0285	natura, nature
c0286	terra
c0287	suolo, terreno, terra
c0288	terra, terre, terraferma
c0289	suolo, terreno, terra, terriccio
c0290	sabbia, sabbie
c0291	pietra, pietre, sasso, sassi
c0292	roccia, rocce, masso
c0293	montagna, montagne, monte, monti
c0294	collina, colline, colle, colli
c0295	valle, valli, vallata
c0296	fiume, fiumi
c0297	torrente, torrenti, ruscello, ruscelli
c0298	lago, laghi
c0299	mare, mari
c0300	oceano, oceani
c0301	costa, coste, litorale
c0302	riva, rive, sponda
c0303	spiaggia, spiagge
c0304	isola, isole
c0305	baia, baie, golfo, golfi
c0306	scogliera, scogliere, rupe, dirupo
c0307	grotta, grotte, caverna
c0308	ghiacciaio, ghiacciai
c0309	cima, cime, vetta, vette
c0310	picco, picchi, vetta, vette
c0311	cresta, creste, crinale
c0312	pendio, pendii, versante, versanti
c0313	passo, passi, valico, valichi
c0314	pianura, pianure
c0315	campo, campi
c0316	prato, prati
c0317	foresta, foreste, bosco, boschi
c0318	legno, legna, legname
c0319	albero, alberi
c0320	ramo, rami
c0321	foglia, foglie
c0322	radice, radici
c0323	fiore, fiori
c0324	erba, erbe
c0325	pianta, piante
c0326	seme, semi
c0327	frutto, frutti, frutta
c0328	cespuglio, cespugli, arbusto
c0329	deserto, deserti
c0330	palude, paludi
c0331	cascata, cascate
c0332	sorgente, sorgenti, fonte, fonti
c0333	onda, onde
c0334	riva, rive, sponda, sponde
c0335	paesaggio, paesaggi
c0336	vista, viste, panorama
c0337	orizzonte, orizzonti
c0338	stella, stelle
c0339	luna, lune
c0340	pianeta, pianeti
c0341	mondo, mondi
c0342	spazio
c0343	fuoco, fuochi, incendio
c0344	fiamma, fiamme
c0345	acqua, acque
c0346	fumo, fumi
c0347	polvere, polveri
c0348	fango
c0349	oro
c0350	argento
c0351	ferro
c0352	metallo, metalli
c0353	carbone
c0354	petrolio, olio
c0355	gas
c0356	sale, sali
c0357	vulcano, vulcani
c0358	terremoto, terremoti, sisma
c0359	animale, animali
c0360	uccello, uccelli
c0361	pesce, pesci
c0362	cane, cani
c0363	gatto, gatti, gatta
c0364	cavallo, cavalli
c0365	mucca, mucche, vacca, vacche
c0366	pecora, pecore
c0367	capra, capre
c0368	maiale, maiali, porco, porci
c0369	pollo, polli, gallina, galline
c0370	orso, orsi
c0371	lupo, lupi
c0372	volpe, volpi
c0373	cervo, cervi
c0374	coniglio, conigli
c0375	topo, topi
c0376	ratto, ratti
c0377	serpente, serpenti, serpe
c0378	insetto, insetti
c0379	ape, api
c0380	mosca, mosche
c0381	farfalla, farfalle
c0382	aquila, aquile
c0383	balena, balene
c0384	leone, leoni
c0385	elefante, elefanti
c0386	bestiame, bovini
c0387	nido, nidi
c0388	uovo, uova
c0389	piuma, piume, penna, penne
c0390	cacciare, caccia, cacciato
c0391	fattoria, fattorie, azienda agricola
c0392	agricoltore, agricoltori, contadino, contadini
c0393	raccolto, raccolti, vendemmia, mietitura
c0394	coltura, colture, raccolto
c0395	grano, frumento
c0396	ambiente, ambienti
c0397	inquinamento
c0398	specie
c0399	biodiversità
c0400	parco nazionale
c0401	selvatico, selvatica, selvatici, selvaggio
c0402	naturale, naturali
c0403	europa
c0404	europeo, europea, europei, europee
c0405	africa
c0406	africano, africana, africani
c0407	asia
c0408	asiatico, asiatica, asiatici
c0409	america
c0410	americano, americana, americani
c0411	stati uniti
c0412	russia
c0413	russo, russa, russi, russe
c0414	ucraina
c0415	ucraino, ucraina, ucraini
c0416	bielorussia
c0417	cina
c0418	cinese, cinesi
c0419	regno unito
c0420	britannico, britannica, britannici
c0421	inghilterra
c0422	inglese
c0423	turchia
c0424	turco, turca, turchi
c0425	giappone
c0426	india
c0427	israele
c0428	iran
c0429	siria
c0430	svizzera
c0431	norvegia
c0432	germania
c0433	tedesco, tedesca, tedeschi, tedesche
c0434	francia
c0435	francese, francesi
c0436	italia
c0437	italiano, italiana, italiani, italiane
c0438	spagna
c0439	spagnolo, spagnola, spagnoli
c0440	portogallo
c0441	portoghese, portoghesi
c0442	paesi bassi, olanda
c0443	olandese, olandesi, neerlandese
c0444	belgio
c0445	belga, belgi, belghe
c0446	lussemburgo
c0447	austria
c0448	austriaco, austriaca, austriaci
c0449	polonia
c0450	polacco, polacca, polacchi
c0451	repubblica ceca, cechia
c0452	ceco, ceca, cechi, ceche
c0453	slovacchia
c0454	slovacco, slovacca, slovacchi
c0455	ungheria
c0456	ungherese, ungheresi
c0457	slovenia
c0458	croazia
c0459	romania
c0460	rumeno, romeno, rumena, rumeni
c0461	bulgaria
c0462	bulgaro, bulgara, bulgari
c0463	grecia
c0464	greco, greca, greci, greche
c0465	cipro
c0466	malta
c0467	irlanda
c0468	irlandese, irlandesi
c0469	danimarca
c0470	danese, danesi
c0471	svezia
c0472	svedese, svedesi
c0473	finlandia
c0474	finlandese, finlandesi
c0475	estonia
c0476	lettonia
c0477	lituania
c0478	alpi
c0479	mediterraneo, mediterranea, mediterranei
c0480	atlantico, atlantica
c0481	baltico, baltica, baltici
c0482	bruxelles
c0483	strasburgo
c0484	viaggiare, viaggia, viaggiato
c0485	viaggio, viaggi
c0486	gita, gite, escursione, escursioni
c0487	turista, turisti
c0488	turismo
c0489	albergo, alberghi, hotel
c0490	stanza, stanze, camera, camere
c0491	passaporto, passaporti
c0492	biglietto, biglietti
c0493	treno, treni
c0494	ferrovia, ferrovie
c0495	stazione, stazioni
c0496	autobus, pullman, corriera
c0497	auto, automobile, macchina, macchine
c0498	veicolo, veicoli
c0499	bicicletta, biciclette, bici
c0500	barca, barche
c0501	nave, navi
c0502	aereo, aerei, aeroplano
c0503	aeroporto, aeroporti
c0504	volo, voli
c0505	porto, porti
c0506	porto, porti, approdo
c0507	strada, strade
c0508	strada, strade, via, vie
c0509	sentiero, sentieri, cammino
c0510	ponte, ponti
c0511	galleria, gallerie, tunnel
c0512	mappa, mappe, carta, cartina
c0513	guida, guide
c0514	giro, giri, tour
c0515	visitare, visita, visitato
c0516	visitatore, visitatori
c0517	arrivare, arriva, arrivato, arrivata, arrivò
c0518	partire, lasciare, lascia, lasciato
c0519	partire, partono, partì
c0520	tornare, torna, tornato, ritornare, rientrare
c0521	guidare, guida, guidato
c0522	cavalcare, cavalca, cavalcato
c0523	camminare, cammina, camminato
c0524	salire, sale, salito, arrampicare, scalare
c0525	nuotare, nuota, nuotato
c0526	navigare, naviga, navigato, salpare
c0527	attraversare, attraversa, attraversato
c0528	raggiungere, raggiunge, raggiunto
c0529	percorso, percorsi, itinerario, tragitto
c0530	confine, confini, frontiera, frontiere
c0531	distanza, distanze
c0532	chilometro, chilometri
c0533	metro, metri
c0534	miglio, miglia
c0535	all'estero, estero
c0536	straniero, straniera, stranieri, estero
c0537	traffico
c0538	incidente, incidenti
c0539	passeggero, passeggeri
c0540	conducente, autista, autisti
c0541	accampamento, accampamenti
c0542	tenda, tende
c0543	restare, resta, restato, rimanere, soggiornare
c0544	aspettare, aspetta, aspettato, attendere
c0545	villaggio, villaggi, paesino
c0546	città, cittadina
c0547	città
c0548	capitale, capitali
c0549	piazza, piazze
c0550	mercato, mercati
c0551	negozio, negozi
c0552	chiesa, chiese
c0553	cattedrale, cattedrali, duomo
c0554	castello, castelli
c0555	palazzo, palazzi
c0556	torre, torri
c0557	museo, musei
c0558	monumento, monumenti
c0559	parco, parchi
c0560	giardino, giardini
c0561	muro, mura, muri, parete, pareti
c0562	cancello, cancelli, porta
c0563	porta, porte
c0564	finestra, finestre
c0565	piano, piani
c0566	tetto, tetti
c0567	scala, scale
c0568	cucina, cucine
c0569	letto, letti
c0570	tavolo, tavoli, tavola
c0571	sedia, sedie
c0572	casa, case
c0573	casa, dimora
c0574	edificio, edifici
c0575	appartamento, appartamenti
c0576	indirizzo, indirizzi
c0577	quartiere, quartieri, distretto
c0578	regione, regioni
c0579	zona, zone, area, aree
c0580	campagna, campagne
c0581	ospedale, ospedali
c0582	scuola, scuole
c0583	università
c0584	biblioteca, biblioteche
c0585	ristorante, ristoranti
c0586	ufficio, uffici
c0587	fabbrica, fabbriche, stabilimento
c0588	prigione, prigioni, carcere, carceri
c0589	teatro, teatri
c0590	cinema
c0591	chiave, chiavi
c0592	lampada, lampade
c0593	luce, luci
c0594	scatola, scatole
c0595	borsa, borse, sacco
c0596	bottiglia, bottiglie
c0597	vetro, vetri
c0598	tazza, tazze
c0599	piatto, piatti
c0600	coltello, coltelli
c0601	libro, libri
c0602	lettera, lettere
c0603	carta
c0604	penna, penne
c0605	immagine, immagini, quadro, quadri
c0606	fotografia, fotografie, foto
c0607	macchina fotografica, fotocamera, telecamera
c0608	telefono, telefoni
c0609	computer
c0610	internet
c0611	televisione, tivù
c0612	radio
c0613	giornale, giornali, quotidiano
c0614	vestiti, abiti, abbigliamento
c0615	camicia, camicie
c0616	vestito, abito, abiti
c0617	scarpa, scarpe
c0618	cappotto, cappotti, giacca
c0619	cappello, cappelli
c0620	denaro, soldi
c0621	prezzo, prezzi
c0622	costo, costi
c0623	pagare, paga, pagato
c0624	comprare, compra, comprato, acquistare, acquista
c0625	vendere, vende, venduto
c0626	economico, economica, economici
c0627	caro, cara, cari, costoso, costosa
c0628	euro
c0629	cibo, cibi, alimento, alimenti
c0630	pane
c0631	carne, carni
c0632	latte
c0633	formaggio, formaggi
c0634	burro
c0635	vino, vini
c0636	birra, birre
c0637	caffè
c0638	tè
c0639	zucchero
c0640	mela, mele
c0641	verdura, verdure, ortaggio, ortaggi
c0642	patata, patate
c0643	riso
c0644	zuppa, minestra, brodo
c0645	torta, torte, dolce
c0646	colazione
c0647	pranzo, pranzi
c0648	cena, cene
c0649	pasto, pasti
c0650	mangiare, mangia, mangiato
c0651	bere, beve, bevuto, bevono, beveva
c0652	cucinare, cucina, cucinato, cuocere
c0653	gusto, gusti, sapore
c0654	affamato, affamata, fame
c0655	fame, carestia
c0656	dolce, dolci
c0657	fresco, fresca, freschi, fresche
c0658	miele
c0659	uva, acino
c0660	farina
c0661	mais, granturco
c0662	sete
c0663	lavoro, lavori
c0664	lavorare, lavora, lavorato
c0665	lavoro, impiego, posto
c0666	lavoratore, lavoratori, operaio, operai
c0667	dipendente, dipendenti, impiegato, impiegati
c0668	datore di lavoro, datori di lavoro, datore, datori
c0669	impresa, imprese, azienda, aziende, società, ditta
c0670	affari, impresa, attività, commercio
c0671	industria, industrie
c0672	commercio, scambi
c0673	economia, economie
c0674	economico, economica, economici, economiche
c0675	stipendio, stipendi
c0676	salario, salari, paga
c0677	reddito, redditi
c0678	tassa, tasse, imposta, imposte
c0679	bilancio, bilanci
c0680	profitto, profitti, utile
c0681	perdita, perdite
c0682	disoccupazione
c0683	occupazione, impiego
c0684	carriera, carriere
c0685	professione, professioni
c0686	dirigente, dirigenti, direttore, manager
c0687	collega, colleghi
c0688	squadra, squadre, team
c0689	riunione, riunioni, incontro
c0690	progetto, progetti
c0691	compito, compiti
c0692	contratto, contratti
c0693	abilità, competenza, competenze
c0694	esperienza, esperienze
c0695	formazione
c0696	produzione
c0697	prodotto, prodotti
c0698	servizio, servizi
c0699	cliente, clienti
c0700	consumatore, consumatori
c0701	crescita
c0702	investimento, investimenti
c0703	banca, banche
c0704	finanza, finanze
c0705	finanziario, finanziaria, finanziari, finanziarie
c0706	debito, debiti
c0707	crisi
c0708	povertà
c0709	povero, povera, poveri, povere
c0710	ricco, ricca, ricchi, ricche
c0711	ricchezza, ricchezze
c0712	proprietà, beni
c0713	proprietario, proprietari
c0714	possedere, possiede, posseduto
c0715	costruire, costruisce, costruito
c0716	produrre, produce, prodotto, producono
c0717	fornitura, forniture, approvvigionamento
c0718	energia, energie
c0719	elettricità
c0720	tecnologia, tecnologie
c0721	macchina, macchine
c0722	strumento, strumenti, attrezzo, attrezzi, utensile
c0723	ingegnere, ingegneri
c0724	medico, medici, dottore
c0725	infermiere, infermiera, infermieri
c0726	insegnante, insegnanti, maestro, professore
c0727	studente, studenti, studentessa
c0728	alunno, alunni, allievo, scolaro
c0729	lezione, lezioni
c0730	classe, classi
c0731	esame, esami
c0732	studiare, studia, studiato
c0733	imparare, impara, imparato
c0734	insegnare, insegna, insegnato
c0735	istruzione, educazione
c0736	conoscenza, conoscenze, sapere
c0737	sapere, sa, sanno, saputo, so, conoscere, conosce, conosciuto
c0738	scienza, scienze
c0739	scientifico, scientifica, scientifici, scientifiche
c0740	ricerca, ricerche
c0741	scienziato, scienziati
c0742	leggere, letto, leggono, lesse
c0743	scrivere, scrive, scritto, scrisse
c0744	parola, parole
c0745	lingua, lingue, linguaggio
c0746	frase, frasi
c0747	domanda, domande
c0748	risposta, risposte
c0749	pagina, pagine
c0750	storia, storie, racconto
c0751	storia, storie
c0752	storico, storica, storici, storiche
c0753	arte, arti
c0754	artista, artisti
c0755	musica
c0756	canzone, canzoni, canto
c0757	cantare, canta, cantato
c0758	ballare, balla, ballato, danzare
c0759	film
c0760	gioco, giochi, partita
c0761	giocare, gioca, giocato
c0762	sport
c0763	vincere, vince, vinto, vinse
c0764	perdere, perde, perso, perduto
c0765	calcio
c0766	giocatore, giocatori
c0767	cultura, culture
c0768	culturale, culturali
c0769	scrittore, scrittori, scrittrice
c0770	autore, autori, autrice
c0771	poesia, poesie, poema
c0772	poeta, poeti
c0773	romanzo, romanzi
c0774	salute
c0775	sano, sana, sani, sane
c0776	malato, malata, malati, ammalato
c0777	malattia, malattie
c0778	malattia, malattie, morbo
c0779	virus
c0780	pandemia
c0781	paziente, pazienti
c0782	medicina, medicine, farmaco, farmaci
c0783	droga, droghe
c0784	trattamento, cura, terapia
c0785	cura, cure, assistenza
c0786	ferire, far male, fa male
c0787	stanco, stanca, stanchi, stanche
c0788	dormire, dorme, dormito
c0789	svegliare, sveglia, svegliato
c0790	riposo
c0791	cancro, tumore
c0792	vaccino, vaccini
c0793	mentale, mentali, psichico
c0794	sentire, sente, sentito, provare
c0795	sentimento, sentimenti
c0796	amore, amori
c0797	amare, ama, amato
c0798	odiare, odia, odiato
c0799	paura, timore
c0800	spaventato, impaurito
c0801	felice, felici, contento
c0802	felicità
c0803	triste, tristi
c0804	tristezza
c0805	arrabbiato, arrabbiata, arrabbiati, adirato
c0806	rabbia, ira, collera
c0807	gioia, gioie
c0808	speranza, speranze
c0809	sperare, spera, sperato
c0810	preoccupare, preoccupa, preoccupato
c0811	sorpresa, sorprese
c0812	vergogna
c0813	orgoglio
c0814	orgoglioso, orgogliosa, fiero, fiera
c0815	solitario, solitaria
c0816	calmo, calma, calmi, tranquillo
c0817	sorridere, sorride, sorriso
c0818	ridere, ride, riso, rise
c0819	piangere, piange, pianto
c0820	bacio, baci
c0821	sogno, sogni
c0822	desiderio, desideri, augurio
c0823	volere, vuole, vogliono, voluto, voglio, vorrebbe
c0824	piacere, piace, piacciono, piaciuto
c0825	godere, gode, apprezzare, divertirsi
c0826	preferire, preferisce, preferito
c0827	mancare, manca, mancato
c0828	soffrire, soffre, sofferto
c0829	piacere, piaceri
c0830	coraggio
c0831	coraggioso, coraggiosa, coraggiosi
c0832	fiducia
c0833	dubbio, dubbi
c0834	credere, crede, creduto
c0835	fede
c0836	dio, divinità
c0837	religione, religioni
c0838	religioso, religiosa, religiosi, religiose
c0839	anima, anime
c0840	spirito, spiriti
c0841	mente, menti
c0842	pensiero, pensieri
c0843	pensare, pensa, pensato
c0844	idea, idee
c0845	ricordare, ricorda, ricordato
c0846	dimenticare, dimentica, dimenticato
c0847	capire, capisce, capito, comprendere, compreso
c0848	significare, significa, significato
c0849	significato, significati, senso
c0850	ragione, ragioni, motivo, motivi
c0851	memoria, ricordo, ricordi
c0852	immaginare, immagina, immaginato
c0853	decidere, decide, deciso
c0854	decisione, decisioni
c0855	scegliere, sceglie, scelto, scelse
c0856	scelta, scelte
c0857	piano, piani, progetto
c0858	provare, prova, provato, tentare, tenta
c0859	avere bisogno, bisogno, necessitare
c0860	bisogno, bisogni, necessità
c0861	dire, dice, dicono, detto, disse, diceva
c0862	raccontare, racconta, raccontato, dire
c0863	parlare, parla, parlato
c0864	parlare, parla, discutere
c0865	chiedere, chiede, chiesto, domandare
c0866	chiamare, chiama, chiamato
c0867	gridare, grida, gridato, urlare
c0868	sentire, sente, sentito, udire
c0869	ascoltare, ascolta, ascoltato
c0870	vedere, vede, vedono, visto, vide, veduto
c0871	guardare, guarda, guardato
c0872	osservare, osserva, osservato, guardare
c0873	mostrare, mostra, mostrato
c0874	trovare, trova, trovato
c0875	dare, dà, dato, diede, dava
c0876	prendere, prende, preso, prese
c0877	portare, porta, portato
c0878	portare, porta, portato, trasportare
c0879	tenere, tiene, tengono, tenuto
c0880	tenere, mantenere, conservare, conserva
c0881	mettere, mette, messo, mise
c0882	inviare, invia, inviato, mandare, manda, mandato
c0883	ricevere, riceve, ricevuto
c0884	ottenere, ottiene, ottenuto, prendere
c0885	fare, fa, fanno, fatto, fece, faceva, farà
c0886	usare, usa, usato, utilizzare, utilizza
c0887	aprire, apre, aperto
c0888	chiudere, chiude, chiuso
c0889	cominciare, comincia, cominciato, iniziare, inizia, iniziato
c0890	iniziare, inizia, iniziato, avviare
c0891	fermare, ferma, fermato, smettere, smesso
c0892	continuare, continua, continuato, proseguire
c0893	finire, finisce, finito, terminare, termina
c0894	cambiare, cambia, cambiato, modificare
c0895	cambiamento, cambiamenti, modifica
c0896	crescere, cresce, cresciuto
c0897	cadere, cade, caduto
c0898	salire, sale, salito, alzarsi, sorgere
c0899	alzare, alza, alzato, sollevare, aumentare
c0900	aumentare, aumenta, aumentato, crescere
c0901	aumento, aumenti, incremento
c0902	ridurre, riduce, ridotto, diminuire
c0903	venire, viene, vengono, venuto, venne
c0904	andare, va, vanno, andato, andò, andava, vado, andrà
c0905	entrare, entra, entrato
c0906	correre, corre, corso
c0907	stare in piedi, in piedi, stare
c0908	sedere, siede, seduto
c0909	giacere, giace, sdraiato, disteso
c0910	mentire, mente, mentito
c0911	muovere, muove, mosso, spostare, sposta, spostato
c0912	girare, gira, girato, voltare
c0913	seguire, segue, seguito
c0914	guidare, guida, condurre, conduce, condotto
c0915	incontrare, incontra, incontrato
c0916	aiutare, aiuta, aiutato
c0917	aiuto, aiuti
c0918	permettere, permette, permesso, consentire, consente
c0919	impedire, impedisce, impedito, prevenire
c0920	proteggere, protegge, protetto
c0921	salvare, salva, salvato
c0922	uccidere, uccide, ucciso
c0923	combattere, combatte, combattuto, lottare, lotta
c0924	rompere, rompe, rotto
c0925	tagliare, taglia, tagliato
c0926	colpire, colpisce, colpito
c0927	lanciare, lancia, lanciato, gettare, tirare
c0928	prendere, afferrare, catturare, cattura
c0929	tirare, tira, tirato
c0930	spingere, spinge, spinto
c0931	riempire, riempie, riempito
c0932	lavare, lava, lavato
c0933	pulito, pulita, puliti, pulite
c0934	disegnare, disegna, disegnato
c0935	dipingere, dipinge, dipinto
c0936	riparare, ripara, riparato
c0937	creare, crea, creato
c0938	distruggere, distrugge, distrutto
c0939	bruciare, brucia, bruciato
c0940	volare, vola, volato
c0941	nascondere, nasconde, nascosto
c0942	cercare, cerca, cercato
c0943	succedere, succede, successo, accadere, accade, accaduto
c0944	sembrare, sembra, sembrato
c0945	apparire, appare, apparso, comparire
c0946	diventare, diventa, diventato, divenire
c0947	rimanere, rimane, rimasto, restare
c0948	appartenere, appartiene, appartenuto
c0949	contenere, contiene, contenuto
c0950	includere, include, incluso, comprendere
c0951	esistere, esiste, esistito
c0952	dipendere, dipende, dipeso
c0953	causare, causa, causato, provocare
c0954	causa, cause
c0955	risultato, risultati, esito
c0956	influire, influenzare, colpire, riguardare
c0957	sviluppare, sviluppa, sviluppato
c0958	migliorare, migliora, migliorato
c0959	sostenere, sostiene, sostenuto, appoggiare
c0960	sostegno, appoggio, supporto
c0961	opporsi, oppone, opposto
c0962	concordare, concorda, essere d'accordo
c0963	accettare, accetta, accettato
c0964	rifiutare, rifiuta, rifiutato
c0965	respingere, respinge, respinto, rifiutare
c0966	negare, nega, negato
c0967	ammettere, ammette, ammesso
c0968	spiegare, spiega, spiegato
c0969	descrivere, descrive, descritto
c0970	riferire, riferisce, riferito, riportare
c0971	annunciare, annuncia, annunciato
c0972	informare, informa, informato
c0973	discutere, discute, discusso
c0974	sostenere, argomentare, litigare
c0975	affermare, afferma, affermato, sostenere
c0976	suggerire, suggerisce, suggerito, proporre
c0977	offrire, offre, offerto
c0978	promettere, promette, promesso
c0979	avvertire, avverte, avvertito, avvisare
c0980	minacciare, minaccia, minacciato
c0981	chiedere, esigere, pretendere, richiedere
c0982	richiedere, richiede, richiesto
c0983	aspettarsi, prevedere, attendere
c0984	vietare, vieta, vietato, proibire
c0985	costringere, costringe, costretto, obbligare
c0986	spendere, spende, speso, trascorrere
c0987	guadagnare, guadagna, guadagnato
c0988	battere, batte, battuto, sconfiggere
c0989	preparare, prepara, preparato
c0990	organizzare, organizza, organizzato
c0991	gestire, gestisce, gestito, riuscire
c0992	controllare, controlla, controllato
c0993	verificare, verifica, verificato, controllare
c0994	prova, prove, test
c0995	misurare, misura, misurato
c0996	contare, conta, contato
c0997	aggiungere, aggiunge, aggiunto
c0998	confrontare, confronta, paragonare
c0999	collegare, collega, collegato, connettere
c1000	aderire, aderisce, unirsi, unire
c1001	condividere, condivide, condiviso
c1002	dividere, divide, diviso
c1003	consegnare, consegna, consegnato
c1004	pubblicare, pubblica, pubblicato
c1005	firmare, firma, firmato
c1006	indossare, indossa, indossato, portare
c1007	toccare, tocca, toccato
c1008	odore, odori, profumo
c1009	suono, suoni
c1010	rumore, rumori
c1011	silenzio
c1012	grande, grandi, grosso
c1013	grande, grandi, ampio
c1014	piccolo, piccola, piccoli, piccole
c1015	piccolo, piccola, piccoli
c1016	lungo, lunga, lunghi, lunghe
c1017	corto, corta, corti, breve, brevi
c1018	alto, alta, alti, alte, elevato
c1019	basso, bassa, bassi, basse
c1020	largo, larga, larghi, ampio, ampia
c1021	stretto, stretta, stretti
c1022	profondo, profonda, profondi
c1023	pesante, pesanti
c1024	leggero, leggera, leggeri
c1025	veloce, veloci, rapido
c1026	lento, lenta, lenti
c1027	nuovo, nuova, nuovi, nuove
c1028	buono, buona, buoni, buon, migliore, migliori, ottimo
c1029	cattivo, cattiva, cattivi, peggiore, peggio, pessimo
c1030	bello, bella, belli, belle, bel
c1031	brutto, brutta, brutti
c1032	sporco, sporca, sporchi
c1033	pieno, piena, pieni
c1034	vuoto, vuota, vuoti
c1035	facile, facili
c1036	difficile, difficili
c1037	duro, dura, duri, difficile
c1038	morbido, morbida, molle
c1039	forte, forti
c1040	debole, deboli
c1041	sicuro, sicura, sicuri
c1042	pericoloso, pericolosa, pericolosi
c1043	libero, libera, liberi, libere
c1044	importante, importanti
c1045	principale, principali
c1046	necessario, necessaria, necessari, necessarie
c1047	possibile, possibili
c1048	impossibile, impossibili
c1049	vero, vera, veri, vere
c1050	falso, falsa, falsi, false
c1051	reale, reali, vero
c1052	corretto, corretta, giusto, giusta
c1053	sbagliato, sbagliata, errato
c1054	stesso, stessa, stessi, stesse, medesimo
c1055	diverso, diversa, diversi, differente
c1056	simile, simili
c1057	intero, intera, interi, intere
c1058	pubblico, pubblica, pubblici, pubbliche
c1059	privato, privata, privati, private
c1060	nazionale, nazionali
c1061	internazionale, internazionali
c1062	locale, locali
c1063	globale, globali, mondiale, mondiali
c1064	sociale, sociali
c1065	generale, generali
c1066	speciale, speciali, particolare
c1067	semplice, semplici
c1068	complesso, complessa, complessi, complicato
c1069	chiaro, chiara, chiari
c1070	silenzioso, silenziosa, tranquillo, quieto
c1071	rumoroso, rumorosa, forte
c1072	famoso, famosa, famosi, celebre
c1073	popolare, popolari
c1074	comune, comuni
c1075	raro, rara, rari
c1076	strano, strana, strani
c1077	normale, normali
c1078	pronto, pronta, pronti
c1079	occupato, occupata, impegnato
c1080	solo, sola, soli
c1081	insieme
c1082	sicuro, sicura, certo, certa
c1083	grave, gravi, serio, seria
c1084	enorme, enormi, immenso
c1085	antico, antica, antichi
c1086	moderno, moderna, moderni
c1087	tradizionale, tradizionali
c1088	umano, umana, umani, umane
c1089	bellezza
c1090	piacevole, simpatico, carino, gradevole
c1091	grande, grandi, ottimo
c1092	bene, buono
c1093	gentile, gentili, buono
c1094	amichevole, cordiale, simpatico
c1095	alto, alta, alti
c1096	rotondo, rotonda, tondo
c1097	piatto, piatta, piano
c1098	affilato, tagliente, aguzzo
c1099	sottile, sottili, magro
c1100	spessa, spessi
c1101	grasso, grassa, grassi
c1102	rapido, rapida, veloce
c1103	lentamente, piano
c1104	rapidamente, velocemente, presto
c1105	bene
c1106	quasi
c1107	solo, soltanto, solamente
c1108	soprattutto, specialmente, particolarmente
c1109	finalmente, infine
c1110	improvvisamente, all'improvviso
c1111	probabilmente
c1112	forse
c1113	certamente, sicuramente
c1114	davvero, veramente
c1115	qui, qua
c1116	lì, là
c1117	ovunque, dappertutto
c1118	lontano
c1119	vicino
c1120	lontano
c1121	fuori
c1122	dentro
c1123	tra, fra
c1124	senza
c1125	contro
c1126	durante
c1127	dopo
c1128	prima
c1129	sotto
c1130	sopra
c1131	attraverso
c1132	attraverso
c1133	intorno, attorno
c1134	tra, fra
c1135	nonostante, malgrado
c1136	verso
c1137	dietro
c1138	lungo
c1139	ognuno, ciascuno
c1140	niente, nulla
c1141	tutto
c1142	cosa, cose
c1143	luogo, luoghi, posto, posti
c1144	modo, modi, maniera
c1145	parte, parti
c1146	numero, numeri
c1147	gruppo, gruppi
c1148	tipo, tipi, genere
c1149	esempio, esempi
c1150	problema, problemi
c1151	situazione, situazioni
c1152	fatto, fatti
c1153	caso, casi
c1154	punto, punti
c1155	forma, forme
c1156	livello, livelli
c1157	dimensione, dimensioni, taglia, grandezza
c1158	forma, forme, sagoma
c1159	linea, linee
c1160	segno, segni, segnale
c1161	differenza, differenze
c1162	possibilità, occasione, fortuna
c1163	opportunità, occasione, occasioni
c1164	pericolo, pericoli
c1165	rischio, rischi
c1166	importanza
c1167	successo, successi
c1168	fallimento, fallimenti, insuccesso
c1169	sforzo, sforzi
c1170	ruolo, ruoli
c1171	scopo, scopi, fine, obiettivo
c1172	qualità
c1173	quantità, importo, ammontare
c1174	maggioranza
c1175	percento, per cento, percentuale
c1176	medio, media, medi
c1177	messaggio, messaggi
c1178	notizie, notizia, novità
c1179	informazione, informazioni
c1180	nome, nomi
c1181	parlamento, parlamenti
c1182	parlamentare, parlamentari
c1183	membro, membri, deputato
c1184	risoluzione, risoluzioni
c1185	governo, governi
c1186	ministro, ministri
c1187	primo ministro, premier
c1188	presidente, presidenti
c1189	elezione, elezioni
c1190	elettorale, elettorali
c1191	votare, vota, votato
c1192	voto, voti
c1193	elettore, elettori, elettrice
c1194	candidato, candidati, candidata
c1195	campagna, campagne
c1196	referendum
c1197	partito, partiti
c1198	diritti umani, diritti dell'uomo
c1199	diritto, diritti
c1200	legge, leggi, diritto
c1201	giuridico, legale, legali
c1202	illegale, illegali
c1203	tribunale, tribunali, corte
c1204	giudice, giudici
c1205	avvocato, avvocati
c1206	procuratore, pubblico ministero
c1207	processo, processi
c1208	condanna, condanne, pena, sentenza
c1209	prigioniero, prigionieri, detenuto, detenuti
c1210	prigioniero politico, prigionieri politici
c1211	arrestare, arresta, arrestato, arrestati
c1212	arresto, arresti
c1213	detenzione
c1214	detenere, detiene, trattenere
c1215	rilasciare, rilascia, rilasciato, liberare, liberato
c1216	rilascio, liberazione, scarcerazione
c1217	tortura, torture
c1218	condannare, condanna, condannato
c1219	esortare, esorta, sollecitare, sollecita
c1220	invitare, invita, esortare, esorta
c1221	chiedere, chiede, invocare
c1222	accogliere, accoglie, accolto, salutare
c1223	deplorare, rammaricarsi, rammarico
c1224	ricordare, ricorda, rammentare
c1225	giornalista, giornalisti
c1226	media, mezzi di comunicazione
c1227	stampa
c1228	protesta, proteste
c1229	manifestante, manifestanti
c1230	manifestazione, manifestazioni
c1231	libertà
c1232	libertà di espressione
c1233	libertà di riunione
c1234	democrazia, democrazie
c1235	democratico, democratica, democratici
c1236	stato membro, stati membri
c1237	commissione, commissioni
c1238	commissario, commissari
c1239	consiglio, consigli
c1240	unione, unioni, sindacato
c1241	unione europea
c1242	cittadino, cittadini, cittadina
c1243	cittadinanza
c1244	violenza, violenze
c1245	violento, violenta, violenti
c1246	polizia
c1247	poliziotto, poliziotti, agente
c1248	esercito, eserciti
c1249	militare, militari
c1250	soldato, soldati
c1251	guerra, guerre
c1252	pace
c1253	conflitto, conflitti
c1254	arma, armi
c1255	sanzione, sanzioni
c1256	opposizione, opposizioni
c1257	regime, regimi
c1258	autorità
c1259	stato, stati
c1260	paese, paesi, nazione
c1261	nazione, nazioni
c1262	repubblica, repubbliche
c1263	regno, regni
c1264	re
c1265	regina, regine
c1266	imperatore, imperatori
c1267	impero, imperi
c1268	costituzione, costituzioni
c1269	costituzionale, costituzionali
c1270	trattato, trattati
c1271	accordo, accordi, intesa
c1272	negoziato, negoziati, negoziazione, trattativa
c1273	negoziare, negozia, negoziato, trattare
c1274	crimine, crimini, reato, reati, delitto
c1275	criminale, criminali, penale
c1276	vittima, vittime
c1277	omicidio, omicidi, assassinio
c1278	terrorismo
c1279	terrorista, terroristi
c1280	attacco, attacchi, attentato, attentati
c1281	sicurezza
c1282	sicurezza, incolumità
c1283	difesa, difese
c1284	rifugiato, rifugiati, profugo, profughi
c1285	migrante, migranti
c1286	migrazione, migrazioni
c1287	asilo
c1288	minoranza, minoranze
c1289	discriminazione, discriminazioni
c1290	uguaglianza, parità
c1291	genere
c1292	stato di diritto
c1293	giustizia
c1294	giudiziario, giudiziaria, giudiziari, giudiziarie
c1295	indipendenza
c1296	indipendente, indipendenti
c1297	sovranità
c1298	territorio, territori
c1299	occupazione
c1300	invasione, invasioni
c1301	cessate il fuoco, tregua
c1302	umanitario, umanitaria, umanitari, umanitarie
c1303	aiuto, aiuti, assistenza
c1304	cooperazione
c1305	dialogo, dialoghi
c1306	relazione, relazioni, rapporto, rapporti
c1307	diplomatico, diplomatica, diplomatici, diplomatiche
c1308	ambasciatore, ambasciatori
c1309	ambasciata, ambasciate
c1310	delegazione, delegazioni
c1311	rappresentante, rappresentanti
c1312	funzionario, funzionari
c1313	amministrazione, amministrazioni
c1314	istituzione, istituzioni
c1315	agenzia, agenzie
c1316	potere, poteri
c1317	politica, politiche
c1318	politica
c1319	politico, politica, politici, politiche
c1320	politico, politici
c1321	riforma, riforme
c1322	legislazione, normativa
c1323	direttiva, direttive
c1324	regolamento, regolamenti
c1325	proposta, proposte
c1326	emendamento, emendamenti
c1327	relazione, relazioni, rapporto
c1328	dibattito, dibattiti
c1329	sessione, sessioni, seduta
c1330	commissione, commissioni, comitato, comitati
c1331	presidente, presidenti
c1332	presidenza, presidenze
c1333	mandato, mandati
c1334	adottare, adotta, adottato, adottata
c1335	approvare, approva, approvato, approvata
c1336	astenersi, astiene, astenuto, astensione
c1337	coalizione, coalizioni
c1338	leader, capo, capi, dirigente
c1339	corruzione
c1340	frode, frodi
c1341	trasparenza
c1342	indagine, indagini, inchiesta, inchieste
c1343	indagare, indaga, indagato, investigare
c1344	prova, prove
c1345	testimone, testimoni
c1346	accusa, accuse, imputazione
c1347	accusare, accusa, accusato
c1348	colpevole, colpevoli
c1349	innocente, innocenti
c1350	condannare, condanna, condannato
c1351	ricorso, ricorsi, appello
c1352	pena, pene, sanzione
c1353	pena di morte
c1354	esecuzione, esecuzioni
c1355	multa, multe, ammenda
c1356	punizione, punizioni, castigo
c1357	punire, punisce, punito
c1358	attivista, attivisti
c1359	difensore dei diritti umani
c1360	dissidente, dissidenti
c1361	ostaggio, ostaggi
c1362	rapire, rapisce, rapito, sequestrare
c1363	scomparsa, sparizione, sparizioni
c1364	molestia, molestie, vessazione
c1365	intimidazione, intimidazioni
c1366	persecuzione, persecuzioni
c1367	repressione
c1368	repressione, giro di vite
c1369	censura
c1370	abuso, abusi, maltrattamento
c1371	stupro, stupri
c1372	genocidio
c1373	crimine di guerra, crimini di guerra
c1374	traffico, tratta
c1375	schiavitù
c1376	nazioni unite, onu
c1377	nato
c1378	parlamento europeo
c1379	commissione europea
c1380	vertice, vertici
c1381	fondo, fondi
c1382	finanziamento, finanziamenti
c1383	programma, programmi
c1384	strategia, strategie
c1385	obiettivo, obiettivi
c1386	misura, misure, provvedimento
c1387	azione, azioni
c1388	quadro
c1389	attuazione, applicazione
c1390	attuare, attua, attuato, applicare
c1391	garantire, garantisce, garantito, assicurare
c1392	sottolineare, sottolinea, sottolineato
c1393	notare, nota, prendere atto, constatare
c1394	ribadire, ribadisce, ribadito, reiterare
c1395	esprimere, esprime, espresso
c1396	preoccupazione, preoccupazioni
c1397	deplorare, deplora, deplorato
c1398	denunciare, denuncia, denunciato
c1399	insistere, insiste, insistito
c1400	incoraggiare, incoraggia, incoraggiato
c1401	invitare, invita, invitato
c1402	evidenziare, evidenzia, sottolineare
c1403	riconoscere, riconosce, riconosciuto
c1404	riconoscere, riconosce, riconosciuto
c1405	considerare, considera, considerato, ritenere, ritiene
c1406	immediatamente, subito
c1407	fermamente, fortemente, vivamente
c1408	profondamente
c1409	incondizionatamente, senza condizioni
c1410	scheda, schede, scrutinio
c1411	equo, equa, equi, giusto
c1412	osservatore, osservatori
c1413	mercato interno
c1414	concorrenza, competizione, gara
c1415	agricoltura
c1416	pesca
c1417	cambiamenti climatici, cambiamento climatico
c1418	emissione, emissioni
c1419	sostenibile, sostenibili
c1420	sviluppo
c1421	innovazione, innovazioni
c1422	digitale, digitali
c1423	dati
c1424	privacy, riservatezza
c1425	protezione, tutela
c1426	trasporto, trasporti
c1427	infrastruttura, infrastrutture
c1428	regionale, regionali
c1429	solidarietà
c1430	allargamento
c1431	adesione
c1432	dogana, dogane
c1433	valuta, valute, moneta
c1434	inflazione
c1435	interesse, interessi
c1436	interesse, interessi
c1437	disavanzo, deficit
c1438	società
c1439	comunità
c1440	organizzazione, organizzazioni
c1441	associazione, associazioni
c1442	popolazione, popolazioni
c1443	opinione pubblica
c1444	responsabilità
c1445	responsabile, responsabili
c1446	obbligo, obblighi
c1447	principio, principi
c1448	valore, valori
c1449	dignità
c1450	rispetto
c1451	rispettare, rispetta, rispettato
c1452	contrasto, forze dell'ordine, applicazione della legge
c1453	procedura, procedure
c1454	processo, processi
c1455	questione, questioni, problema
c1456	questione, questioni, materia
c1457	sistema, sistemi
c1458	ordine, ordini
c1459	regola, regole, norma, norme
c1460	effetto, effetti
c1461	impatto, impatti
c1462	condizione, condizioni
c1463	accesso
c1464	risorsa, risorse
c1465	nemico, nemici
c1466	eroe, eroi, eroina
c1467	guardia, guardie, custode
c1468	sacerdote, sacerdoti, prete, preti
c1469	tradizione, tradizioni
c1470	festival, festa, feste
c1471	cerimonia, cerimonie
c1472	discorso, discorsi
c1473	opinione, opinioni, parere
c1474	dichiarazione, dichiarazioni
c1475	dichiarazione, dichiarazioni
c1476	attenzione
c1477	verità
c1478	segreto, segreti
c1479	minaccia, minacce
c1480	vittoria, vittorie
c1481	sconfitta, sconfitte
c1482	battaglia, battaglie
c1483	rivoluzione, rivoluzioni
c1484	bandiera, bandiere
c1485	capanna, capanne, rifugio, baita
c1486	valanga, valanghe, slavina
c1487	alleato, alleati
c1488	truppe
c1489	sciopero, scioperi
c1490	pensione, pensioni
c1491	alloggio, alloggi, abitazioni
c1492	fortuna
c1493	cacciatore, cacciatori
c1494	altezza, altitudine, quota
c1495	lunghezza
c1496	peso, pesi
c1497	velocità
c1498	patrimonio, eredità
c1499	fucile, fucili, pistola, arma da fuoco
c1500	bomba, bombe
`;
