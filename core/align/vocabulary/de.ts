// Concordia's core vocabulary in German: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	eins
c0002	zwei
c0003	drei
c0004	vier
c0005	fünf
c0006	sechs
c0007	sieben
c0008	acht
c0009	neun
c0010	zehn
c0011	elf
c0012	zwölf
c0013	dreizehn
c0014	vierzehn
c0015	fünfzehn
c0016	sechzehn
c0017	siebzehn
c0018	achtzehn
c0019	neunzehn
c0020	zwanzig
c0021	dreißig
c0022	vierzig
c0023	fünfzig
c0024	sechzig
c0025	siebzig
c0026	achtzig
c0027	neunzig
c0028	hundert
c0029	tausend
c0030	million, millionen
c0031	milliarde, milliarden
c0032	erste, erster, ersten
c0033	zweite, zweiter, zweiten
c0034	dritte, dritter, dritten
c0035	vierte, vierter
c0036	fünfte, fünfter
c0037	sechste, sechster
c0038	siebte, siebter, siebente
c0039	achte, achter
c0040	neunte, neunter
c0041	zehnte, zehnter
c0042	hälfte, halb, halbe
c0043	viertel
c0044	dutzend
c0045	doppelt, doppelte
c0046	letzte, letzter, letzten
c0047	nächste, nächster, nächsten
c0048	januar, jänner
c0049	februar
c0050	märz
c0051	april
c0052	mai
c0053	juni
c0054	juli
c0055	august
c0056	september
c0057	oktober
c0058	november
c0059	dezember
c0060	montag
c0061	dienstag
c0062	mittwoch
c0063	donnerstag
c0064	freitag
c0065	samstag, sonnabend
c0066	sonntag
c0067	frühling, frühjahr
c0068	sommer
c0069	herbst
c0070	winter
c0071	jahreszeit
c0072	tag, tage, tagen
c0073	woche
c0074	monat
c0075	jahr, jahre, jahren
c0076	stunde
c0077	minute
c0078	sekunde
c0079	morgen, vormittag
c0080	nachmittag
c0081	abend
c0082	nacht, nächte
c0083	mittag
c0084	mitternacht
c0085	heute
c0086	gestern
c0087	morgen
c0088	heute abend, heute nacht
c0089	jahrhundert
c0090	jahrzehnt
c0091	zeit
c0092	moment, augenblick
c0093	zeitraum, periode
c0094	datum
c0095	wochenende
c0096	kalender
c0097	uhr
c0098	alter
c0099	vergangenheit
c0100	zukunft
c0101	gegenwart
c0102	jetzt, nun
c0103	bald
c0104	später
c0105	früh, frühe, früher
c0106	spät, späte
c0107	schon, bereits
c0108	wieder, erneut
c0109	immer
c0110	nie, niemals
c0111	oft, häufig
c0112	manchmal
c0113	
c0114	kürzlich, neulich
c0115	täglich, tägliche
c0116	jährlich, jährliche
c0117	morgengrauen, morgendämmerung
c0118	sonnenuntergang
c0119	sonnenaufgang
c0120	ära, epoche, zeitalter
c0121	anfang, beginn
c0122	ende
c0123	geburtstag
c0124	urlaub, feiertag, ferien
c0125	weihnachten
c0126	ostern
c0127	jahrestag
c0128	farbe
c0129	rot, rote
c0130	blau, blaue
c0131	grün, grüne
c0132	gelb, gelbe
c0133	schwarz, schwarze
c0134	weiß, weiße
c0135	grau, graue
c0136	braun, braune
c0137	orange
c0138	rosa
c0139	lila, violett
c0140	golden, goldene
c0141	dunkel, dunkle
c0142	hell, helle
c0143	blass, blasse
c0144	norden
c0145	süden
c0146	osten
c0147	westen
c0148	nördlich, nördliche
c0149	südlich, südliche
c0150	östlich, östliche
c0151	westlich, westliche
c0152	linke, linker, links
c0153	rechte, rechter, rechts
c0154	spitze, oberseite
c0155	boden, unterseite
c0156	seite
c0157	mitte
c0158	zentrum, zentren
c0159	vorderseite, front
c0160	rückseite, hinterseite
c0161	rand, ränder, kante
c0162	familie
c0163	mutter, mütter
c0164	vater, väter
c0165	elternteil, eltern
c0166	kind, kinder
c0167	sohn, söhne
c0168	tochter, töchter
c0169	bruder, brüder
c0170	schwester
c0171	ehemann, mann
c0172	ehefrau, frau
c0173	großvater, großväter, opa
c0174	großmutter, großmütter, oma
c0175	enkel, enkelkind, enkelin
c0176	onkel
c0177	tante
c0178	cousin, cousine, vetter
c0179	baby, babys, säugling
c0180	junge, knabe
c0181	mädchen
c0182	mann, männer
c0183	frau, frauen
c0184	person, mensch
c0185	leute, menschen
c0186	freund, freundin
c0187	nachbar, nachbarin
c0188	gast, gäste
c0189	hochzeit
c0190	ehe
c0191	heiraten, heiratet
c0192	scheidung
c0193	geburt
c0194	geboren
c0195	sterben, stirbt, starb, gestorben
c0196	tod
c0197	tot, tote
c0198	leben
c0199	leben, lebt, wohnen, wohnt
c0200	lebendig, am leben
c0201	jung, junge
c0202	alt, alte, älter
c0203	jugend
c0204	erwachsene, erwachsener
c0205	generation
c0206	verwandte, verwandter
c0207	paar
c0208	zwilling
c0209	witwe
c0210	waise, waisenkind
c0211	vorfahr, vorfahren, ahne
c0212	körper
c0213	kopf, köpfe
c0214	gesicht
c0215	auge
c0216	ohr
c0217	nase
c0218	mund, münder
c0219	zahn, zähne
c0220	zunge
c0221	lippe
c0222	haar
c0223	hals, hälse
c0224	schulter
c0225	arm
c0226	hand, hände
c0227	finger
c0228	bein
c0229	knie
c0230	fuß, füße
c0231	rücken
c0232	brust, brüste
c0233	herz, herzen
c0234	blut
c0235	knochen
c0236	haut, häute
c0237	magen, bauch, bäuche
c0238	gehirn, hirn
c0239	atem
c0240	atmen, atmet
c0241	stimme
c0242	lunge
c0243	muskel
c0244	wunde
c0245	verletzung
c0246	verletzen, verletzt
c0247	schmerz, schmerzen
c0248	blind, blinde
c0249	taub, taube, gehörlos
c0250	bart, bärte
c0251	träne
c0252	flügel
c0253	schwanz, schwänze
c0254	wetter
c0255	regen
c0256	schnee
c0257	eis
c0258	wind
c0259	sturm, stürme, unwetter
c0260	wolke
c0261	nebel
c0262	sonne
c0263	himmel
c0264	heiß, heiße
c0265	kalt, kalte, kälter
c0266	warm, warme, wärmer
c0267	kühl, kühle
c0268	trocken, trockene
c0269	nass, nasse
c0270	temperatur
c0271	grad
c0272	klima
c0273	frost
c0274	donner
c0275	blitz
c0276	hochwasser, überschwemmung, flut
c0277	dürre, trockenheit
c0278	hitze, wärme
c0279	luft
c0280	schatten
c0281	frieren, gefrieren, fror, gefroren
c0282	schmelzen, schmilzt, schmolz, geschmolzen
c0283	wehen, weht
c0284	scheinen, scheint, schien, geschienen
c0285	natur
c0286	erde
c0287	boden, böden
c0288	land
c0289	erde, boden
c0290	sand
c0291	stein
c0292	fels, felsen
c0293	berg
c0294	hügel
c0295	tal, täler
c0296	fluss, flüsse
c0297	bach, bäche
c0298	see
c0299	meer, see
c0300	ozean
c0301	küste
c0302	ufer, strand
c0303	strand, strände
c0304	insel
c0305	bucht
c0306	klippe, felswand
c0307	höhle
c0308	gletscher
c0309	gipfel
c0310	gipfel, spitze
c0311	grat, kamm, kämme
c0312	hang, hänge
c0313	pass, pässe
c0314	ebene
c0315	feld
c0316	wiese
c0317	wald, wälder
c0318	holz, hölzer
c0319	baum, bäume
c0320	ast, äste, zweig
c0321	blatt, blätter
c0322	wurzel
c0323	blume, blüte
c0324	gras, gräser
c0325	pflanze
c0326	samen, saat
c0327	frucht, früchte, obst
c0328	busch, büsche, strauch, sträucher
c0329	wüste
c0330	sumpf, sümpfe
c0331	wasserfall, wasserfälle
c0332	quelle
c0333	welle
c0334	ufer
c0335	landschaft
c0336	aussicht, ausblick
c0337	horizont
c0338	stern
c0339	mond
c0340	planet
c0341	welt
c0342	weltraum
c0343	feuer, brand, brände
c0344	flamme
c0345	wasser
c0346	rauch
c0347	staub
c0348	schlamm
c0349	gold
c0350	silber
c0351	eisen
c0352	metall
c0353	kohle
c0354	öl, erdöl
c0355	gas, gase
c0356	salz
c0357	vulkan
c0358	erdbeben
c0359	tier
c0360	vogel, vögel
c0361	fisch
c0362	hund
c0363	katze
c0364	pferd
c0365	kuh, kühe
c0366	schaf
c0367	ziege
c0368	schwein
c0369	huhn, hühner, henne
c0370	bär, bären
c0371	wolf, wölfe
c0372	fuchs, füchse
c0373	hirsch, reh
c0374	kaninchen, hase
c0375	maus, mäuse
c0376	ratte
c0377	schlange
c0378	insekt
c0379	biene
c0380	fliege
c0381	schmetterling
c0382	adler
c0383	wal
c0384	löwe
c0385	elefant
c0386	rinder, vieh
c0387	nest
c0388	ei, eier
c0389	feder
c0390	jagen, jagt
c0391	bauernhof, hof, höfe
c0392	bauer, landwirt
c0393	ernte
c0394	feldfrucht, kultur
c0395	weizen
c0396	umwelt
c0397	verschmutzung
c0398	art, spezies
c0399	biodiversität, artenvielfalt
c0400	nationalpark
c0401	wild, wilde
c0402	natürlich, natürliche
c0403	europa
c0404	europäisch, europäische
c0405	afrika
c0406	afrikanisch, afrikanische
c0407	asien
c0408	asiatisch, asiatische
c0409	amerika
c0410	amerikanisch, amerikanische
c0411	usa, vereinigte staaten
c0412	russland
c0413	russisch, russische
c0414	ukraine
c0415	ukrainisch, ukrainische
c0416	belarus, weißrussland
c0417	china
c0418	chinesisch, chinesische
c0419	großbritannien, vereinigtes königreich
c0420	britisch, britische
c0421	england
c0422	englisch, englische
c0423	türkei
c0424	türkisch, türkische
c0425	japan
c0426	indien
c0427	israel
c0428	iran
c0429	syrien
c0430	schweiz
c0431	norwegen
c0432	deutschland
c0433	deutsch, deutsche
c0434	frankreich
c0435	französisch, französische
c0436	italien
c0437	italienisch, italienische
c0438	spanien
c0439	spanisch, spanische
c0440	portugal
c0441	portugiesisch, portugiesische
c0442	niederlande
c0443	niederländisch, niederländische
c0444	belgien
c0445	belgisch, belgische
c0446	luxemburg
c0447	österreich
c0448	österreichisch, österreichische
c0449	polen
c0450	polnisch, polnische
c0451	tschechien, tschechische republik
c0452	tschechisch, tschechische
c0453	slowakei
c0454	slowakisch, slowakische
c0455	ungarn
c0456	ungarisch, ungarische
c0457	slowenien
c0458	kroatien
c0459	rumänien
c0460	rumänisch, rumänische
c0461	bulgarien
c0462	bulgarisch, bulgarische
c0463	griechenland
c0464	griechisch, griechische
c0465	zypern
c0466	malta
c0467	irland
c0468	irisch, irische
c0469	dänemark
c0470	dänisch, dänische
c0471	schweden
c0472	schwedisch, schwedische
c0473	finnland
c0474	finnisch, finnische
c0475	estland
c0476	lettland
c0477	litauen
c0478	alpen
c0479	mittelmeer
c0480	atlantisch, atlantik
c0481	baltisch, ostsee
c0482	brüssel
c0483	straßburg
c0484	reisen, reist
c0485	reise
c0486	ausflug, ausflüge, fahrt
c0487	tourist, touristen
c0488	tourismus
c0489	hotel
c0490	zimmer, raum, räume
c0491	reisepass, pass
c0492	fahrkarte, ticket, eintrittskarte
c0493	zug, züge
c0494	eisenbahn, bahn
c0495	bahnhof, bahnhöfe, station
c0496	bus, busse
c0497	auto, wagen
c0498	fahrzeug
c0499	fahrrad, fahrräder, rad
c0500	boot, boote
c0501	schiff
c0502	flugzeug
c0503	flughafen, flughäfen
c0504	flug, flüge
c0505	hafen, häfen, hafenstadt
c0506	hafen, häfen
c0507	straße
c0508	straße, gasse
c0509	weg, pfad
c0510	brücke
c0511	tunnel
c0512	karte, landkarte
c0513	führer, reiseführer
c0514	tour, rundfahrt, rundgang
c0515	besuchen, besucht
c0516	besucher
c0517	ankommen, kommt an, kam an, angekommen
c0518	verlassen, verlässt, verließ, abfahren
c0519	abfahren, fährt ab, abreisen, aufbrechen
c0520	zurückkehren, zurückkommen, kehrt zurück
c0521	fahren, fährt, fuhr, gefahren
c0522	reiten, ritt, geritten, fahren
c0523	gehen, laufen, wandern, spazieren
c0524	klettern, steigen, stieg, gestiegen, besteigen
c0525	schwimmen, schwamm, geschwommen
c0526	segeln, segelt
c0527	überqueren, überquert, durchqueren
c0528	erreichen, erreicht
c0529	route, strecke
c0530	grenze
c0531	entfernung, abstand, abstände
c0532	kilometer
c0533	meter
c0534	meile
c0535	ausland, im ausland
c0536	ausländisch, ausländische, fremd, fremde
c0537	verkehr
c0538	unfall, unfälle
c0539	fahrgast, fahrgäste, passagier
c0540	fahrer
c0541	lager, camp
c0542	zelt
c0543	bleiben, bleibt, blieb, geblieben
c0544	warten, wartet
c0545	dorf, dörfer
c0546	stadt, städte, kleinstadt
c0547	stadt, städte, großstadt
c0548	hauptstadt, hauptstädte
c0549	platz, plätze
c0550	markt, märkte
c0551	geschäft, laden, läden
c0552	kirche
c0553	kathedrale, dom
c0554	burg, schloss, schlösser
c0555	palast, paläste
c0556	turm, türme
c0557	museum, museen
c0558	denkmal, denkmäler
c0559	park
c0560	garten, gärten
c0561	wand, wände, mauer
c0562	tor
c0563	tür
c0564	fenster
c0565	stock, stockwerk, etage
c0566	dach, dächer
c0567	treppe
c0568	küche
c0569	bett
c0570	tisch
c0571	stuhl, stühle
c0572	haus, häuser
c0573	zuhause, heim, daheim
c0574	gebäude
c0575	wohnung
c0576	adresse, anschrift
c0577	bezirk, viertel, stadtteil
c0578	region, gebiet
c0579	gebiet, bereich, fläche
c0580	land, ländliche
c0581	krankenhaus, krankenhäuser
c0582	schule
c0583	universität, hochschule
c0584	bibliothek, bücherei
c0585	restaurant, gaststätte
c0586	büro
c0587	fabrik
c0588	gefängnis
c0589	theater
c0590	kino
c0591	schlüssel
c0592	lampe
c0593	licht
c0594	kiste, schachtel, karton
c0595	tasche, tüte
c0596	flasche
c0597	glas, gläser
c0598	tasse
c0599	teller
c0600	messer
c0601	buch, bücher
c0602	brief
c0603	papier
c0604	stift, kugelschreiber, füller
c0605	bild
c0606	foto, fotografie
c0607	kamera, fotoapparat
c0608	telefon
c0609	computer, rechner
c0610	internet
c0611	fernsehen, fernseher
c0612	radio, rundfunk
c0613	zeitung
c0614	kleidung, kleider
c0615	hemd
c0616	kleid
c0617	schuh
c0618	mantel, mäntel
c0619	hut, hüte
c0620	geld
c0621	preis
c0622	kosten
c0623	zahlen, bezahlen, zahlt, bezahlt
c0624	kaufen, kauft, gekauft
c0625	verkaufen, verkauft
c0626	billig, günstig
c0627	teuer, teure
c0628	euro
c0629	essen, nahrung, lebensmittel
c0630	brot
c0631	fleisch
c0632	milch
c0633	käse
c0634	butter
c0635	wein
c0636	bier
c0637	kaffee
c0638	tee
c0639	zucker
c0640	apfel, äpfel
c0641	gemüse
c0642	kartoffel
c0643	reis
c0644	suppe
c0645	kuchen, torte
c0646	frühstück
c0647	mittagessen
c0648	abendessen
c0649	mahlzeit, essen
c0650	essen, isst, aß, gegessen
c0651	trinken, trinkt, trank, getrunken
c0652	kochen, kocht
c0653	geschmack, geschmäcke
c0654	hungrig
c0655	hunger, hungersnot
c0656	süß, süße
c0657	frisch, frische
c0658	honig
c0659	traube, weintraube
c0660	mehl
c0661	mais, getreide, korn
c0662	durst
c0663	arbeit
c0664	arbeiten, arbeitet
c0665	stelle, job, arbeitsplatz
c0666	arbeiter, arbeitnehmer
c0667	arbeitnehmer, angestellte, angestellter, beschäftigte
c0668	arbeitgeber
c0669	unternehmen, firma, gesellschaft
c0670	geschäft, geschäfte, unternehmen
c0671	industrie, branche
c0672	handel
c0673	wirtschaft
c0674	wirtschaftlich, wirtschaftliche
c0675	gehalt, gehälter
c0676	lohn, löhne
c0677	einkommen
c0678	steuer
c0679	haushalt, budget
c0680	gewinn, profit
c0681	verlust, verluste
c0682	arbeitslosigkeit
c0683	beschäftigung
c0684	karriere, laufbahn
c0685	beruf
c0686	manager, leiter, geschäftsführer
c0687	kollege, kollegin
c0688	team, mannschaft
c0689	sitzung, treffen, versammlung
c0690	projekt
c0691	aufgabe
c0692	vertrag, verträge
c0693	fähigkeit, fertigkeit
c0694	erfahrung
c0695	ausbildung, schulung
c0696	produktion, herstellung
c0697	produkt, erzeugnis
c0698	dienstleistung, dienst
c0699	kunde, kundin
c0700	verbraucher
c0701	wachstum
c0702	investition
c0703	bank, banken
c0704	finanzen
c0705	finanziell, finanzielle
c0706	schuld, schulden
c0707	krise
c0708	armut
c0709	arm, arme, ärmer
c0710	reich, reiche
c0711	reichtum, reichtümer, wohlstand
c0712	eigentum, besitz
c0713	besitzer, eigentümer
c0714	besitzen, besitzt, besaß
c0715	bauen, baut, gebaut
c0716	produzieren, herstellen, erzeugen
c0717	versorgung, angebot, lieferung
c0718	energie
c0719	strom, elektrizität
c0720	technologie, technik
c0721	maschine
c0722	werkzeug
c0723	ingenieur
c0724	arzt, ärzte, ärztin
c0725	krankenschwester, pfleger, pflegekraft
c0726	lehrer, lehrerin
c0727	student, studentin, studierende
c0728	schüler, schülerin
c0729	unterricht, lektion, stunde
c0730	klasse
c0731	prüfung, examen
c0732	studieren, lernen
c0733	lernen, lernt
c0734	unterrichten, lehren, lehrt
c0735	bildung, erziehung
c0736	wissen, kenntnis
c0737	wissen, weiß, wusste, gewusst, kennen, kannte
c0738	wissenschaft
c0739	wissenschaftlich, wissenschaftliche
c0740	forschung
c0741	wissenschaftler, forscher
c0742	lesen, liest, las, gelesen
c0743	schreiben, schreibt, schrieb, geschrieben
c0744	wort, wörter, worte
c0745	sprache
c0746	satz, sätze
c0747	frage
c0748	antwort
c0749	seite
c0750	geschichte, erzählung
c0751	geschichte
c0752	historisch, historische, geschichtlich
c0753	kunst, künste
c0754	künstler, künstlerin
c0755	musik
c0756	lied
c0757	singen, singt, sang, gesungen
c0758	tanzen, tanzt
c0759	film
c0760	spiel
c0761	spielen, spielt
c0762	sport
c0763	gewinnen, gewinnt, gewann, gewonnen, siegen
c0764	verlieren, verliert, verlor, verloren
c0765	fußball
c0766	spieler, spielerin
c0767	kultur
c0768	kulturell, kulturelle
c0769	schriftsteller, autor
c0770	autor, autorin, verfasser
c0771	gedicht
c0772	dichter, poet
c0773	roman
c0774	gesundheit
c0775	gesund, gesunde, gesünder
c0776	krank, kranke, kränker
c0777	krankheit
c0778	krankheit, erkrankung
c0779	virus, viren
c0780	pandemie
c0781	patient, patientin
c0782	medizin, arznei, medikament
c0783	droge
c0784	behandlung
c0785	pflege, fürsorge
c0786	verletzen, wehtun, schmerzen
c0787	müde
c0788	schlafen, schläft, schlief, geschlafen
c0789	aufwachen, wachte, wecken, aufgewacht
c0790	ruhe, erholung, pause
c0791	krebs
c0792	impfstoff
c0793	psychisch, geistig, mental
c0794	fühlen, fühlt, spüren
c0795	gefühl
c0796	liebe
c0797	lieben, liebt
c0798	hassen, hasst
c0799	angst, ängste, furcht
c0800	ängstlich, verängstigt
c0801	glücklich, froh
c0802	glück
c0803	traurig
c0804	traurigkeit, trauer
c0805	wütend, zornig, böse
c0806	wut, zorn, ärger
c0807	freude
c0808	hoffnung
c0809	hoffen, hofft
c0810	sorgen, besorgt
c0811	überraschung
c0812	scham, schande
c0813	stolz
c0814	stolz, stolze
c0815	einsam, einsame
c0816	ruhig, ruhige
c0817	lächeln, lächelt
c0818	lachen, lacht
c0819	weinen, weint
c0820	kuss, küsse
c0821	traum, träume
c0822	wunsch, wünsche
c0823	wollen, will, wollte, möchte
c0824	mögen, mag, mochte, gefallen, gefällt
c0825	genießen, genießt, genoss
c0826	bevorzugen, vorziehen
c0827	vermissen, vermisst
c0828	leiden, leidet, litt, gelitten
c0829	vergnügen, freude
c0830	mut
c0831	mutig, tapfer
c0832	vertrauen
c0833	zweifel
c0834	glauben, glaubt
c0835	glaube, glauben
c0836	gott, götter
c0837	religion
c0838	religiös, religiöse
c0839	seele
c0840	geist, geister
c0841	verstand, geist
c0842	gedanke, gedanken
c0843	denken, denkt, dachte, gedacht
c0844	idee
c0845	erinnern, erinnert
c0846	vergessen, vergisst, vergaß
c0847	verstehen, versteht, verstand, verstanden
c0848	bedeuten, bedeutet
c0849	bedeutung, sinn
c0850	grund, gründe
c0851	gedächtnis, erinnerung
c0852	vorstellen, vorstellt
c0853	entscheiden, entschied, entschieden, beschließen, beschloss
c0854	entscheidung, beschluss, beschlüsse
c0855	wählen, auswählen
c0856	wahl, auswahl
c0857	plan, pläne
c0858	versuchen, versucht
c0859	brauchen, benötigen
c0860	bedarf, bedürfnis
c0861	sagen, sagt, gesagt
c0862	erzählen, sagen, mitteilen
c0863	sprechen, spricht, sprach, gesprochen
c0864	reden, redet, sprechen
c0865	fragen, fragt
c0866	rufen, rief, gerufen, anrufen, nennen, nannte
c0867	schreien, schrie, geschrien, rufen
c0868	hören, hört
c0869	zuhören, hört zu, hören
c0870	sehen, sieht, sah, gesehen
c0871	schauen, blicken, gucken
c0872	beobachten, anschauen, zusehen
c0873	zeigen, zeigt
c0874	finden, findet, fand, gefunden
c0875	geben, gibt, gab, gegeben
c0876	nehmen, nimmt, nahm, genommen
c0877	bringen, bringt, brachte, gebracht
c0878	tragen, trägt, trug, getragen
c0879	halten, hält, hielt, gehalten, abhalten
c0880	behalten, behält, behielt
c0881	legen, stellen, setzen
c0882	senden, schicken, sandte, gesandt
c0883	erhalten, erhält, erhielt, bekommen, bekam
c0884	bekommen, bekam, kriegen, erhalten
c0885	machen, macht, gemacht
c0886	benutzen, nutzen, verwenden
c0887	öffnen, öffnet
c0888	schließen, schloss, geschlossen
c0889	beginnen, begann, begonnen, anfangen, fing an
c0890	starten, beginnen, anfangen
c0891	aufhören, anhalten, stoppen
c0892	fortsetzen, weitermachen, fortfahren
c0893	beenden, beendet, abschließen
c0894	ändern, verändern, ändert
c0895	änderung, veränderung, wandel
c0896	wachsen, wächst, wuchs, gewachsen
c0897	fallen, fällt, fiel, gefallen
c0898	steigen, steigt, stieg, gestiegen
c0899	heben, hob, gehoben, erhöhen
c0900	zunehmen, steigen, erhöhen
c0901	anstieg, zunahme, erhöhung
c0902	verringern, reduzieren, senken
c0903	kommen, kommt, kam, gekommen
c0904	gehen, geht, ging, gegangen
c0905	eintreten, betreten, betritt, betrat
c0906	laufen, läuft, lief, gelaufen, rennen, rannte
c0907	stehen, steht, stand, gestanden
c0908	sitzen, sitzt, saß, gesessen
c0909	liegen, liegt, lag, gelegen
c0910	lügen, lügt, log, gelogen
c0911	bewegen, bewegt
c0912	drehen, wenden, abbiegen
c0913	folgen, folgt
c0914	führen, führt, leiten
c0915	treffen, trifft, traf, getroffen
c0916	helfen, hilft, half, geholfen
c0917	hilfe
c0918	erlauben, gestatten, zulassen
c0919	verhindern, verhindert
c0920	schützen, schützt
c0921	retten, rettet
c0922	töten, tötet
c0923	kämpfen, kämpft
c0924	brechen, bricht, brach, gebrochen, zerbrechen
c0925	schneiden, schnitt, geschnitten
c0926	schlagen, schlägt, schlug, geschlagen
c0927	werfen, wirft, warf, geworfen
c0928	fangen, fängt, fing, gefangen
c0929	ziehen, zieht, zog, gezogen
c0930	schieben, schob, geschoben, drücken
c0931	füllen, füllt
c0932	waschen, wäscht, wusch, gewaschen
c0933	sauber, saubere
c0934	zeichnen, zeichnet
c0935	malen, streichen
c0936	reparieren, repariert
c0937	schaffen, schuf, geschaffen, erschaffen
c0938	zerstören, zerstört
c0939	brennen, brannte, gebrannt, verbrennen
c0940	fliegen, fliegt, flog, geflogen
c0941	verstecken, verbergen, verbarg, verborgen
c0942	suchen, sucht
c0943	geschehen, geschieht, geschah, passieren
c0944	scheinen, scheint, schien
c0945	erscheinen, erschien, auftauchen
c0946	geworden
c0947	bleiben, bleibt, blieb, geblieben
c0948	gehören, gehört
c0949	enthalten, enthält, enthielt
c0950	einschließen, umfassen, beinhalten
c0951	existieren, bestehen
c0952	abhängen, hängt ab, abhängig
c0953	verursachen, verursacht
c0954	ursache
c0955	ergebnis, resultat
c0956	beeinflussen, betreffen, betrifft, betroffen
c0957	entwickeln, entwickelt
c0958	verbessern, verbessert
c0959	unterstützen, unterstützt
c0960	unterstützung
c0961	ablehnen, widersetzen, bekämpfen
c0962	zustimmen, übereinstimmen, einverstanden
c0963	annehmen, nimmt an, akzeptieren
c0964	verweigern, ablehnen, weigern
c0965	ablehnen, zurückweisen
c0966	leugnen, bestreiten, bestritt, dementieren
c0967	zugeben, gibt zu, eingestehen
c0968	erklären, erklärt
c0969	beschreiben, beschrieb, beschrieben
c0970	berichten, berichtet
c0971	ankündigen, bekanntgeben
c0972	informieren, unterrichten
c0973	diskutieren, erörtern, besprechen
c0974	argumentieren, streiten, stritt
c0975	behaupten, behauptet
c0976	vorschlagen, schlägt vor, schlug vor, vorgeschlagen
c0977	anbieten, bietet, bot, angeboten
c0978	versprechen, verspricht, versprach
c0979	warnen, warnt
c0980	drohen, droht, bedrohen
c0981	fordern, verlangen
c0982	erfordern, verlangen, voraussetzen
c0983	erwarten, erwartet
c0984	verbieten, verbietet, verbot, verboten
c0985	zwingen, zwang, gezwungen
c0986	ausgeben, gibt aus, verbringen, verbrachte
c0987	verdienen, verdient
c0988	schlagen, besiegen, schlägt, schlug, geschlagen
c0989	vorbereiten, bereitet
c0990	organisieren, organisiert
c0991	leiten, verwalten, bewältigen
c0992	kontrollieren, steuern
c0993	prüfen, überprüfen, kontrollieren
c0994	test, prüfung
c0995	messen, misst, maß, gemessen
c0996	zählen, zählt
c0997	hinzufügen, addieren
c0998	vergleichen, verglich, verglichen
c0999	verbinden, verband, verbunden
c1000	beitreten, tritt bei, anschließen
c1001	teilen, teilt
c1002	teilen, aufteilen, dividieren
c1003	liefern, liefert, zustellen
c1004	veröffentlichen, veröffentlicht
c1005	unterschreiben, unterschrieb, unterzeichnen
c1006	tragen, trägt, trug, getragen, anhaben
c1007	berühren, berührt, anfassen
c1008	geruch, gerüche, duft, düfte
c1009	klang, klänge, ton, töne
c1010	lärm, krach, geräusch
c1011	stille, schweigen
c1012	groß, große, größer, größte
c1013	groß, große, größer, größte
c1014	klein, kleine
c1015	klein, kleine
c1016	lang, lange, länger
c1017	kurz, kurze, kürzer
c1018	hoch, hohe, höher, höchste
c1019	niedrig, niedrige, tief
c1020	breit, breite, weit
c1021	eng, enge, schmal
c1022	tief, tiefe
c1023	schwer, schwere
c1024	leicht, leichte
c1025	schnell, schnelle
c1026	langsam, langsame
c1027	neu, neue, neuen
c1028	gut, gute, besser, beste, besten, bessere
c1029	schlecht, schlimm, schlimmer, schlimmste, schlechter
c1030	schön, schöne, schöner
c1031	hässlich, hässliche
c1032	schmutzig, dreckig
c1033	voll, volle
c1034	leer, leere
c1035	leicht, einfach
c1036	schwierig, schwer
c1037	hart, harte, härter
c1038	weich, weiche
c1039	stark, starke, stärker
c1040	schwach, schwache, schwächer
c1041	sicher, sichere
c1042	gefährlich, gefährliche
c1043	frei, freie
c1044	wichtig, wichtige
c1045	haupt, wichtigste, hauptsächlich
c1046	notwendig, nötig, erforderlich
c1047	möglich, mögliche
c1048	unmöglich, unmögliche
c1049	wahr, wahre
c1050	falsch, falsche
c1051	echt, wirklich, real
c1052	richtig, korrekt
c1053	falsch, falsche
c1054	gleich, gleiche, selbe, dieselbe, derselbe, dasselbe
c1055	verschieden, unterschiedlich, anders
c1056	ähnlich, ähnliche
c1057	ganz, ganze, gesamt
c1058	öffentlich, öffentliche
c1059	privat, private
c1060	national, nationale
c1061	international, internationale
c1062	lokal, lokale, örtlich
c1063	global, globale, weltweit
c1064	sozial, soziale, gesellschaftlich
c1065	allgemein, allgemeine
c1066	besonders, besondere, speziell
c1067	einfach, einfache
c1068	komplex, kompliziert
c1069	klar, klare, deutlich
c1070	ruhig, leise
c1071	lautstark
c1072	berühmt, berühmte, bekannt
c1073	beliebt, populär
c1074	gemeinsam, üblich, häufig
c1075	selten, seltene
c1076	seltsam, merkwürdig, fremd
c1077	normal, normale
c1078	bereit, fertig
c1079	beschäftigt
c1080	allein
c1081	zusammen, gemeinsam
c1082	sicher, gewiss
c1083	ernst, ernste, ernsthaft
c1084	riesig, riesige, gewaltig
c1085	antik, alt, uralt
c1086	modern, moderne
c1087	traditionell, traditionelle
c1088	menschlich, menschliche
c1089	schönheit
c1090	nett, schön, angenehm
c1091	groß, großartig, toll
c1092	gut, fein
c1093	freundlich, gütig, nett
c1094	freundlich, freundliche
c1095	groß, große, hoch
c1096	rund, runde
c1097	flach, flache, eben
c1098	scharf, scharfe, schärfer
c1099	dünn, dünne
c1100	dick, dicke
c1101	dick, dicke, fett
c1102	schnell, rasch
c1103	langsam
c1104	schnell, rasch
c1105	gut, wohl
c1106	fast, beinahe
c1107	nur, bloß, lediglich
c1108	besonders, insbesondere
c1109	schließlich, endlich
c1110	plötzlich
c1111	wahrscheinlich
c1112	vielleicht
c1113	sicher, sicherlich, bestimmt
c1114	wirklich, tatsächlich
c1115	hier
c1116	dort
c1117	überall
c1118	weit, entfernt
c1119	nahe, nah, nähe
c1120	weg, fort
c1121	draußen, außen
c1122	drinnen, innen
c1123	zwischen
c1124	ohne
c1125	gegen
c1126	während
c1127	nach
c1128	vor
c1129	unter
c1130	über, oberhalb
c1131	über, quer
c1132	durch
c1133	herum
c1134	unter, inmitten
c1135	trotz
c1136	nach, gegenüber, richtung
c1137	hinter
c1138	entlang
c1139	jeder, jede
c1140	nichts
c1141	alles
c1142	ding, dinge, sache
c1143	ort, orte, platz, stelle
c1144	weg, weise, art
c1145	teil
c1146	zahl, nummer, anzahl
c1147	gruppe
c1148	art, sorte
c1149	beispiel
c1150	problem
c1151	lage, situation
c1152	tatsache, fakt
c1153	fall, fälle
c1154	punkt
c1155	form
c1156	niveau, ebene, stufe
c1157	größe
c1158	form, gestalt
c1159	linie
c1160	zeichen, schild
c1161	unterschied
c1162	chance, gelegenheit, zufall
c1163	gelegenheit, möglichkeit
c1164	gefahr
c1165	risiko, risiken
c1166	bedeutung, wichtigkeit
c1167	erfolg
c1168	misserfolg, scheitern, versagen
c1169	anstrengung, bemühung, mühe
c1170	rolle
c1171	zweck, absicht, ziel
c1172	qualität
c1173	menge, betrag, beträge
c1174	mehrheit
c1175	prozent
c1176	durchschnittlich, durchschnitt
c1177	nachricht, botschaft
c1178	nachrichten, neuigkeiten
c1179	information, informationen
c1180	name, namen
c1181	parlament
c1182	parlamentarisch, parlamentarische
c1183	mitglied, abgeordnete, abgeordneter
c1184	entschließung, resolution
c1185	regierung
c1186	minister, ministerin
c1187	premierminister, ministerpräsident, regierungschef
c1188	präsident, präsidentin
c1189	wahl
c1190	wahl
c1191	wählen, stimmen, abstimmen
c1192	stimme, abstimmung
c1193	wähler, wählerin
c1194	kandidat, kandidatin
c1195	kampagne, wahlkampf
c1196	referendum, volksabstimmung
c1197	partei
c1198	menschenrechte
c1199	recht, anspruch, ansprüche
c1200	gesetz, recht
c1201	rechtlich, legal, gesetzlich
c1202	illegal, rechtswidrig
c1203	gericht, gerichtshof
c1204	richter, richterin
c1205	anwalt, anwälte, rechtsanwalt
c1206	staatsanwalt, staatsanwälte, ankläger
c1207	prozess, verfahren, gerichtsverfahren
c1208	urteil, strafe
c1209	gefangene, gefangener, häftling
c1210	politischer gefangener
c1211	verhaften, festnehmen, nahm fest
c1212	verhaftung, festnahme
c1213	haft, inhaftierung
c1214	festhalten, inhaftieren
c1215	freilassen, ließ frei, freigelassen
c1216	freilassung
c1217	folter
c1218	verurteilen, verurteilt
c1219	fordern, auffordern, drängen
c1220	auffordern, fordert auf
c1221	fordern, verlangen
c1222	begrüßen, begrüßt
c1223	bedauern, bedauert
c1224	erinnern, verweisen
c1225	journalist, journalistin
c1226	medien
c1227	presse
c1228	protest
c1229	demonstrant, demonstranten
c1230	demonstration, kundgebung
c1231	freiheit
c1232	meinungsfreiheit
c1233	versammlungsfreiheit
c1234	demokratie
c1235	demokratisch, demokratische
c1236	mitgliedstaat, mitgliedstaaten
c1237	kommission
c1238	kommissar, kommissarin
c1239	rat, räte
c1240	union
c1241	europäische union, eu
c1242	bürger, bürgerin
c1243	staatsbürgerschaft, staatsangehörigkeit, bürgerschaft
c1244	gewalt
c1245	gewaltsam, gewalttätig
c1246	polizei
c1247	polizist, polizisten, polizeibeamter
c1248	armee, heer
c1249	militärisch, militärische
c1250	soldat, soldaten
c1251	krieg
c1252	frieden
c1253	konflikt
c1254	waffe
c1255	sanktion
c1256	opposition
c1257	regime
c1258	behörde, autorität
c1259	staat, staaten
c1260	land, länder
c1261	nation, volk, völker
c1262	republik
c1263	königreich
c1264	könig
c1265	königin
c1266	kaiser
c1267	reich, imperium
c1268	verfassung
c1269	verfassungsmäßig, verfassungsrechtlich
c1270	vertrag, verträge
c1271	abkommen, vereinbarung, einigung
c1272	verhandlung
c1273	verhandeln, verhandelt
c1274	verbrechen, straftat
c1275	kriminell, strafrechtlich
c1276	opfer
c1277	mord, morde
c1278	terrorismus
c1279	terrorist, terroristen
c1280	angriff, anschlag, anschläge
c1281	sicherheit
c1282	sicherheit
c1283	verteidigung
c1284	flüchtling
c1285	migrant, migranten
c1286	migration, wanderung
c1287	asyl
c1288	minderheit
c1289	diskriminierung
c1290	gleichheit, gleichstellung
c1291	geschlecht, gender
c1292	rechtsstaatlichkeit, rechtsstaat
c1293	gerechtigkeit, justiz
c1294	gerichtlich, justiziell, richterlich
c1295	unabhängigkeit
c1296	unabhängig, unabhängige
c1297	souveränität
c1298	gebiet, territorium
c1299	besetzung, besatzung
c1300	invasion, einmarsch
c1301	waffenstillstand, waffenruhe
c1302	humanitär, humanitäre
c1303	hilfe
c1304	zusammenarbeit, kooperation
c1305	dialog
c1306	beziehung
c1307	diplomatisch, diplomatische
c1308	botschafter, botschafterin
c1309	botschaft
c1310	delegation, abordnung
c1311	vertreter, vertreterin
c1312	beamte, beamter, amtsträger
c1313	verwaltung, regierung
c1314	institution, einrichtung
c1315	agentur, behörde
c1316	macht, mächte, gewalt
c1317	politik
c1318	politik
c1319	politisch, politische
c1320	politiker, politikerin
c1321	reform
c1322	rechtsvorschriften, gesetzgebung
c1323	richtlinie
c1324	verordnung, regelung
c1325	vorschlag, vorschläge
c1326	änderung, änderungsantrag
c1327	bericht
c1328	debatte, aussprache
c1329	sitzung, tagung
c1330	ausschuss, ausschüsse
c1331	vorsitzende, vorsitzender
c1332	präsidentschaft, vorsitz
c1333	mandat
c1334	annehmen, verabschieden, verabschiedet
c1335	billigen, genehmigen, zustimmen
c1336	enthalten, enthielt
c1337	koalition
c1338	führer, anführer, vorsitzende
c1339	korruption
c1340	betrug
c1341	transparenz
c1342	untersuchung, ermittlung
c1343	untersuchen, ermitteln
c1344	beweis, beweise
c1345	zeuge, zeugin
c1346	anklage
c1347	beschuldigen, anklagen, vorwerfen
c1348	schuldig
c1349	unschuldig
c1350	verurteilen, verurteilt
c1351	berufung, rechtsmittel
c1352	strafe
c1353	todesstrafe
c1354	hinrichtung
c1355	geldstrafe, bußgeld
c1356	bestrafung, strafe
c1357	bestrafen, bestraft
c1358	aktivist, aktivistin, aktivisten
c1359	menschenrechtsverteidiger
c1360	dissident, dissidenten
c1361	geisel
c1362	entführen, entführt
c1363	verschwinden, verschwindenlassen
c1364	belästigung, schikane
c1365	einschüchterung
c1366	verfolgung
c1367	unterdrückung, repression
c1368	razzia, hartes vorgehen, niederschlagung
c1369	zensur
c1370	missbrauch, misshandlung
c1371	vergewaltigung
c1372	völkermord
c1373	kriegsverbrechen
c1374	menschenhandel, handel
c1375	sklaverei
c1376	vereinte nationen, uno
c1377	nato
c1378	europäisches parlament
c1379	europäische kommission
c1380	gipfel, gipfeltreffen
c1381	fonds
c1382	finanzierung, förderung
c1383	programm
c1384	strategie
c1385	ziel, zielsetzung
c1386	maßnahme
c1387	aktion, handlung, maßnahme
c1388	rahmen
c1389	umsetzung, durchführung
c1390	umsetzen, durchführen
c1391	sicherstellen, gewährleisten
c1392	betonen, betont
c1393	feststellen, stellt fest, nimmt zur kenntnis
c1394	bekräftigen, wiederholen
c1395	ausdrücken, äußern
c1396	besorgnis, sorge
c1397	bedauern, beklagen
c1398	anprangern, verurteilen
c1399	bestehen, besteht, beharren
c1400	ermutigen, ermutigt, fördern
c1401	einladen, lädt ein, auffordern
c1402	hervorheben, hebt hervor, betonen
c1403	anerkennen, erkennt an
c1404	anerkennen, erkennen, erkennt
c1405	betrachten, erwägen, berücksichtigen
c1406	sofort, unverzüglich
c1407	nachdrücklich, entschieden, stark
c1408	zutiefst, tief
c1409	bedingungslos
c1410	stimmzettel, abstimmung
c1411	fair, gerecht
c1412	beobachter
c1413	binnenmarkt
c1414	wettbewerb
c1415	landwirtschaft
c1416	fischerei
c1417	klimawandel
c1418	emission, ausstoß
c1419	nachhaltig, nachhaltige
c1420	entwicklung
c1421	innovation
c1422	digital, digitale
c1423	daten
c1424	privatsphäre, datenschutz
c1425	schutz
c1426	verkehr, transport
c1427	infrastruktur
c1428	regional, regionale
c1429	solidarität
c1430	erweiterung
c1431	beitritt
c1432	zoll, zölle
c1433	währung
c1434	inflation
c1435	zins, zinsen
c1436	interesse
c1437	defizit
c1438	gesellschaft
c1439	gemeinschaft, gemeinde
c1440	organisation
c1441	verband, verbände, vereine, vereins, vereinigung
c1442	bevölkerung
c1443	öffentliche meinung
c1444	verantwortung
c1445	verantwortlich, verantwortliche
c1446	verpflichtung, pflicht
c1447	grundsatz, grundsätze, prinzip
c1448	wert
c1449	würde
c1450	respekt, achtung
c1451	respektieren, achten
c1452	strafverfolgung
c1453	verfahren
c1454	prozess, vorgang, vorgänge
c1455	frage, thema, themen
c1456	angelegenheit, sache
c1457	system
c1458	befehl, anordnung
c1459	regel
c1460	wirkung, auswirkung
c1461	auswirkung, einfluss, einflüsse
c1462	bedingung, zustand, zustände
c1463	zugang, zugänge
c1464	ressource, ressourcen
c1465	feind
c1466	held, helden
c1467	wache, wächter
c1468	priester
c1469	tradition
c1470	fest, festival
c1471	zeremonie, feier
c1472	rede
c1473	meinung, ansicht
c1474	erklärung, aussage
c1475	erklärung
c1476	aufmerksamkeit
c1477	wahrheit
c1478	geheimnis
c1479	bedrohung, drohung
c1480	sieg
c1481	niederlage
c1482	schlacht
c1483	revolution
c1484	flagge, fahne
c1485	hütte
c1486	lawine
c1487	verbündete, verbündeter
c1488	truppen
c1489	streik
c1490	rente, pension
c1491	wohnraum, wohnungen
c1492	glück
c1493	jäger
c1494	höhe
c1495	länge
c1496	gewicht
c1497	geschwindigkeit, tempo
c1498	erbe
c1499	gewehr, waffe, pistole
c1500	bombe
`;
