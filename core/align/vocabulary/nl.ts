// Concordia's core vocabulary in Dutch: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	één
c0002	twee
c0003	drie
c0004	vier
c0005	vijf
c0006	zes
c0007	zeven
c0008	acht
c0009	negen
c0010	tien
c0011	elf
c0012	twaalf
c0013	dertien
c0014	veertien
c0015	vijftien
c0016	zestien
c0017	zeventien
c0018	achttien
c0019	negentien
c0020	twintig
c0021	dertig
c0022	veertig
c0023	vijftig
c0024	zestig
c0025	zeventig
c0026	tachtig
c0027	negentig
c0028	honderd
c0029	duizend
c0030	miljoen
c0031	miljard
c0032	eerste
c0033	tweede
c0034	derde
c0035	vierde
c0036	vijfde
c0037	zesde
c0038	zevende
c0039	achtste
c0040	negende
c0041	tiende
c0042	helft, half, halve
c0043	kwart, kwartaal
c0044	dozijn
c0045	dubbel, dubbele
c0046	laatste
c0047	volgende, volgend
c0048	januari
c0049	februari
c0050	maart
c0051	april
c0052	mei
c0053	juni
c0054	juli
c0055	augustus
c0056	september
c0057	oktober
c0058	november
c0059	december
c0060	maandag
c0061	dinsdag
c0062	woensdag
c0063	donderdag
c0064	vrijdag
c0065	zaterdag
c0066	zondag
c0067	lente, voorjaar
c0068	zomer
c0069	herfst, najaar
c0070	winter
c0071	seizoen, jaargetijde
c0072	dag, dagen
c0073	week, weken
c0074	maand
c0075	jaar, jaren
c0076	uur, uren
c0077	minuut, minuten
c0078	seconde
c0079	ochtend, morgen
c0080	middag
c0081	avond
c0082	nacht
c0083	middaguur, twaalf uur, middag
c0084	middernacht
c0085	vandaag
c0086	gisteren
c0087	morgen
c0088	vanavond, vannacht
c0089	eeuw, eeuwen
c0090	decennium, decennia
c0091	tijd
c0092	moment, ogenblik
c0093	periode, tijdperk
c0094	datum
c0095	weekend
c0096	kalender
c0097	klok, uurwerk
c0098	leeftijd
c0099	verleden
c0100	toekomst
c0101	heden
c0102	nu
c0103	binnenkort, gauw, spoedig
c0104	later
c0105	vroeg, vroege
c0106	laat, late
c0107	al, reeds
c0108	weer, opnieuw
c0109	altijd
c0110	nooit
c0111	vaak, dikwijls
c0112	soms
c0113	geleden
c0114	onlangs, recent
c0115	dagelijks, dagelijkse
c0116	jaarlijks, jaarlijkse
c0117	dageraad, zonsopkomst
c0118	zonsondergang
c0119	zonsopgang
c0120	tijdperk, era
c0121	begin
c0122	einde, eind
c0123	verjaardag
c0124	vakantie, feestdag
c0125	kerstmis, kerst
c0126	pasen
c0127	verjaardag, jubileum
c0128	kleur
c0129	rood, rode
c0130	blauw, blauwe
c0131	groen, groene
c0132	geel, gele
c0133	zwart, zwarte
c0134	wit, witte
c0135	grijs, grijze
c0136	bruin, bruine
c0137	oranje
c0138	roze
c0139	paars, paarse
c0140	gouden
c0141	donker, donkere
c0142	helder, heldere, fel
c0143	bleek, bleke
c0144	noorden
c0145	zuiden
c0146	oosten
c0147	westen
c0148	noordelijk, noordelijke
c0149	zuidelijk, zuidelijke
c0150	oostelijk, oostelijke
c0151	westelijk, westelijke
c0152	links, linker, linkse
c0153	rechts, rechter, rechtse
c0154	top, bovenkant
c0155	bodem, onderkant
c0156	kant, zijde
c0157	midden
c0158	centrum
c0159	voorkant, voorzijde
c0160	achterkant, achterzijde
c0161	rand
c0162	familie, gezin
c0163	moeder
c0164	vader
c0165	ouder, ouders
c0166	kind, kinderen
c0167	zoon, zonen
c0168	dochter
c0169	broer
c0170	zus, zuster
c0171	man, echtgenoot
c0172	vrouw, echtgenote
c0173	grootvader, opa
c0174	grootmoeder, oma
c0175	kleinkind, kleinkinderen
c0176	oom
c0177	tante
c0178	neef, nicht
c0179	baby, baby's
c0180	jongen
c0181	meisje
c0182	man, mannen
c0183	vrouw, vrouwen
c0184	persoon, personen, mens
c0185	mensen, lieden
c0186	vriend, vriendin
c0187	buurman, buurvrouw, buren
c0188	gast
c0189	bruiloft, huwelijk
c0190	huwelijk
c0191	trouwen, huwen
c0192	scheiding, echtscheiding
c0193	geboorte
c0194	geboren
c0195	sterven, stierf, gestorven, overlijden
c0196	dood
c0197	dood, dode
c0198	leven, levens
c0199	leven, leeft, wonen, woont
c0200	levend, levende
c0201	jong, jonge
c0202	oud, oude
c0203	jeugd
c0204	volwassene
c0205	generatie
c0206	familielid, verwant
c0207	paar, stel
c0208	tweeling
c0209	weduwe
c0210	wees, wezen
c0211	voorouder
c0212	lichaam
c0213	hoofd
c0214	gezicht, gelaat
c0215	oog, ogen
c0216	oor, oren
c0217	neus
c0218	mond
c0219	tand
c0220	tong
c0221	lip
c0222	haren
c0223	nek, hals
c0224	schouder
c0225	arm
c0226	hand
c0227	vinger
c0228	been, benen
c0229	knie
c0230	voet
c0231	rug
c0232	borst
c0233	hart
c0234	bloed
c0235	bot, been
c0236	huid
c0237	maag, buik
c0238	hersenen, brein
c0239	adem
c0240	ademen, ademt
c0241	stem
c0242	long
c0243	spier
c0244	wond, wonde
c0245	letsel, verwonding
c0246	verwonden, kwetsen
c0247	pijn
c0248	blind, blinde
c0249	doof, dove
c0250	baard
c0251	traan, tranen
c0252	vleugel
c0253	staart
c0254	weer
c0255	regen
c0256	sneeuw
c0257	ijs
c0258	wind
c0259	storm
c0260	wolk
c0261	mist, nevel
c0262	zon
c0263	hemel, lucht
c0264	heet, hete
c0265	koud, koude
c0266	warm, warme
c0267	koel, koele
c0268	droog, droge
c0269	nat, natte
c0270	temperatuur
c0271	graad, graden
c0272	klimaat
c0273	vorst
c0274	donder
c0275	bliksem
c0276	overstroming
c0277	droogte
c0278	hitte, warmte
c0279	lucht
c0280	schaduw
c0281	bevriezen, vriezen, vroor, bevroren
c0282	smelten, smolt, gesmolten
c0283	waaien, woei, waait
c0284	schijnen, scheen, geschenen
c0285	natuur
c0286	aarde
c0287	grond
c0288	land
c0289	grond, bodem, aarde
c0290	zand
c0291	steen, stenen
c0292	rots
c0293	berg
c0294	heuvel
c0295	dal, vallei, dalen
c0296	rivier
c0297	beek
c0298	
c0299	zee, zeeën
c0300	oceaan
c0301	kust
c0302	oever, kust
c0303	strand
c0304	eiland
c0305	baai
c0306	klif, rotswand
c0307	grot
c0308	gletsjer
c0309	top, bergtop
c0310	piek, top
c0311	kam, bergkam, rug
c0312	helling
c0313	bergpas
c0314	vlakte
c0315	veld, akker
c0316	weide, wei
c0317	bos
c0318	hout
c0319	boom, bomen
c0320	tak, takken
c0321	blad, bladeren
c0322	wortel
c0323	bloem
c0324	gras
c0325	plant
c0326	zaad, zaden
c0327	vrucht, fruit
c0328	struik
c0329	woestijn
c0330	moeras
c0331	waterval
c0332	bron
c0333	golf, golven
c0334	oever
c0335	landschap
c0336	uitzicht
c0337	horizon
c0338	ster
c0339	maan
c0340	planeet
c0341	wereld
c0342	ruimte, heelal
c0343	vuur, brand
c0344	vlam
c0345	water
c0346	rook
c0347	stof
c0348	modder
c0349	goud
c0350	zilver
c0351	ijzer
c0352	metaal
c0353	steenkool, kool
c0354	olie
c0355	gas
c0356	zout
c0357	vulkaan
c0358	aardbeving
c0359	dier
c0360	vogel
c0361	vis
c0362	hond
c0363	kat, poes
c0364	paard
c0365	koe, koeien
c0366	schaap, schapen
c0367	geit
c0368	varken
c0369	kip
c0370	beer
c0371	wolf, wolven
c0372	vos
c0373	hert
c0374	konijn
c0375	muis, muizen
c0376	rat
c0377	slang
c0378	insect
c0379	bijen
c0380	vlieg
c0381	vlinder
c0382	arend, adelaar
c0383	walvis
c0384	leeuw
c0385	olifant
c0386	vee, runderen
c0387	nest
c0388	ei, eieren
c0389	veer, veren
c0390	jagen, jaagt
c0391	boerderij
c0392	boer, landbouwer
c0393	oogst
c0394	gewas
c0395	tarwe
c0396	milieu, omgeving
c0397	vervuiling, verontreiniging
c0398	soort
c0399	biodiversiteit
c0400	nationaal park
c0401	wild, wilde
c0402	natuurlijk, natuurlijke
c0403	europa
c0404	europees, europese
c0405	afrika
c0406	afrikaans, afrikaanse
c0407	azië
c0408	aziatisch, aziatische
c0409	amerika
c0410	amerikaans, amerikaanse
c0411	verenigde staten, vs
c0412	rusland
c0413	russisch, russische
c0414	oekraïne
c0415	oekraïens, oekraïense
c0416	belarus, wit-rusland
c0417	china
c0418	chinees, chinese
c0419	verenigd koninkrijk, groot-brittannië
c0420	brits, britse
c0421	engeland
c0422	engels, engelse
c0423	turkije
c0424	turks, turkse
c0425	japan
c0426	india
c0427	israël
c0428	iran
c0429	syrië
c0430	zwitserland
c0431	noorwegen
c0432	duitsland
c0433	duits, duitse
c0434	frankrijk
c0435	frans, franse
c0436	italië
c0437	italiaans, italiaanse
c0438	spanje
c0439	spaans, spaanse
c0440	portugal
c0441	portugees, portugese
c0442	nederland
c0443	nederlands, nederlandse
c0444	belgië
c0445	belgisch, belgische
c0446	luxemburg
c0447	oostenrijk
c0448	oostenrijks, oostenrijkse
c0449	polen
c0450	pools, poolse
c0451	tsjechië, tsjechische republiek
c0452	tsjechisch, tsjechische
c0453	slowakije
c0454	slowaaks, slowaakse
c0455	hongarije
c0456	hongaars, hongaarse
c0457	slovenië
c0458	kroatië
c0459	roemenië
c0460	roemeens, roemeense
c0461	bulgarije
c0462	bulgaars, bulgaarse
c0463	griekenland
c0464	grieks, griekse
c0465	cyprus
c0466	malta
c0467	ierland
c0468	iers, ierse
c0469	denemarken
c0470	deens, deense
c0471	zweden
c0472	zweeds, zweedse
c0473	finland
c0474	fins, finse
c0475	estland
c0476	letland
c0477	litouwen
c0478	alpen
c0479	middellandse, middellandse zee
c0480	atlantisch, atlantische
c0481	baltisch, baltische, oostzee
c0482	brussel
c0483	straatsburg
c0484	reizen, reist
c0485	reis, reizen
c0486	uitstapje, tocht, trip
c0487	toerist, toeristen
c0488	toerisme
c0489	hotel
c0490	kamer, ruimte
c0491	paspoort
c0492	kaartje, ticket
c0493	trein
c0494	spoorweg, spoor
c0495	station
c0496	bus, bussen
c0497	auto, wagen
c0498	voertuig
c0499	fiets
c0500	boot
c0501	schip, schepen
c0502	vliegtuig
c0503	luchthaven, vliegveld
c0504	vlucht
c0505	haven, havenstad
c0506	haven
c0507	weg, wegen
c0508	straat
c0509	pad, paden
c0510	brug
c0511	tunnel
c0512	kaart, landkaart, plattegrond
c0513	gids
c0514	tour, rondleiding, rondreis
c0515	bezoeken, bezoekt, bezocht
c0516	bezoeker
c0517	aankomen, aangekomen, arriveren
c0518	vertrekken, verlaten, verliet, vertrok
c0519	vertrekken, vertrekt, vertrok, vertrokken
c0520	terugkeren, terugkomen, keerde, teruggekeerd
c0521	rijden, reed, gereden
c0522	rijden, reed, gereden
c0523	lopen, liep, gelopen, wandelen
c0524	klimmen, klom, geklommen
c0525	zwemmen, zwom, gezwommen
c0526	zeilen, varen, voer
c0527	oversteken, stak over, overgestoken
c0528	bereiken, bereikt
c0529	route
c0530	grens, grenzen
c0531	afstand
c0532	kilometer
c0533	meter
c0534	mijl
c0535	buitenland
c0536	buitenlands, buitenlandse, vreemd
c0537	verkeer
c0538	ongeval, ongeluk
c0539	passagier
c0540	bestuurder, chauffeur
c0541	kamp
c0542	tent
c0543	blijven, bleef, gebleven, verblijven
c0544	wachten, wacht
c0545	dorp
c0546	stad, steden, stadje
c0547	stad, steden
c0548	hoofdstad
c0549	plein
c0550	markt
c0551	winkel
c0552	kerk
c0553	kathedraal
c0554	kasteel, burcht
c0555	paleis
c0556	toren
c0557	museum, musea
c0558	monument, gedenkteken
c0559	park
c0560	tuin
c0561	muur, wand
c0562	poort, hek
c0563	deur
c0564	raam, venster
c0565	verdieping
c0566	dak, daken
c0567	trap
c0568	keuken
c0569	bed
c0570	tafel
c0571	stoel
c0572	huis, huizen
c0573	thuis, woning
c0574	gebouw
c0575	appartement, flat
c0576	adres
c0577	wijk, district
c0578	regio, streek
c0579	gebied, zone
c0580	platteland
c0581	ziekenhuis
c0582	school, scholen
c0583	universiteit
c0584	bibliotheek
c0585	restaurant
c0586	kantoor
c0587	fabriek
c0588	gevangenis
c0589	theater, schouwburg
c0590	bioscoop
c0591	sleutel
c0592	lamp
c0593	licht
c0594	doos, kist
c0595	tas, zak
c0596	fles
c0597	glas
c0598	kop, kopje
c0599	bord
c0600	mes, messen
c0601	boek
c0602	brief, brieven
c0603	papier
c0604	pen
c0605	afbeelding, beeld, schilderij
c0606	foto
c0607	camera, fototoestel
c0608	telefoon
c0609	computer
c0610	internet
c0611	televisie, tv
c0612	radio
c0613	krant
c0614	kleren, kleding
c0615	hemd, overhemd, shirt
c0616	jurk
c0617	schoen
c0618	jas
c0619	hoed
c0620	geld
c0621	prijs, prijzen
c0622	kosten
c0623	betalen, betaalt, betaald
c0624	kopen, kocht, gekocht
c0625	verkopen, verkocht
c0626	goedkoop, goedkope
c0627	duur, dure
c0628	euro
c0629	voedsel, eten
c0630	brood
c0631	vlees
c0632	melk
c0633	kaas
c0634	boter
c0635	wijn
c0636	bier
c0637	koffie
c0638	thee
c0639	suiker
c0640	appel
c0641	groente
c0642	aardappel
c0643	rijst
c0644	soep
c0645	taart, cake, gebak
c0646	ontbijt
c0647	lunch, middagmaal
c0648	diner, avondeten
c0649	maaltijd
c0650	eten, eet, at, aten, gegeten
c0651	drinken, dronk, gedronken
c0652	koken, kookt
c0653	smaak
c0654	hongerig
c0655	honger, hongersnood
c0656	zoet, zoete
c0657	vers, verse
c0658	honing
c0659	druif, druiven
c0660	meel, bloem
c0661	maïs, graan
c0662	dorst
c0663	werk, arbeid
c0664	werken, werkt
c0665	baan, betrekking
c0666	arbeider, werknemer
c0667	werknemer
c0668	werkgever
c0669	bedrijf, onderneming, firma
c0670	zaak, zaken, bedrijf
c0671	industrie
c0672	handel
c0673	economie
c0674	economisch, economische
c0675	salaris
c0676	loon, lonen
c0677	inkomen
c0678	belasting
c0679	begroting, budget
c0680	winst
c0681	verlies, verliezen
c0682	werkloosheid
c0683	werkgelegenheid
c0684	carrière, loopbaan
c0685	beroep
c0686	manager, directeur, leidinggevende
c0687	collega
c0688	team, ploeg
c0689	vergadering, bijeenkomst
c0690	project
c0691	taak, taken
c0692	contract, overeenkomst
c0693	vaardigheid
c0694	ervaring
c0695	opleiding, training
c0696	productie
c0697	product
c0698	dienst, dienstverlening
c0699	klant
c0700	consument
c0701	groei
c0702	investering
c0703	bank
c0704	financiën
c0705	financieel, financiële
c0706	schuld, schulden
c0707	crisis, crises
c0708	armoede
c0709	arm, arme
c0710	rijk, rijke
c0711	rijkdom
c0712	eigendom, bezit
c0713	eigenaar
c0714	bezitten, bezit, bezat
c0715	bouwen, bouwt
c0716	produceren, maken
c0717	aanbod, levering, voorziening
c0718	energie
c0719	elektriciteit, stroom
c0720	technologie, techniek
c0721	machine
c0722	gereedschap, werktuig
c0723	ingenieur
c0724	arts, dokter
c0725	verpleegster, verpleegkundige
c0726	leraar, lerares, docent
c0727	student
c0728	leerling
c0729	les, lessen
c0730	klas
c0731	examen
c0732	studeren, studeert
c0733	leren, leert
c0734	onderwijzen, lesgeven
c0735	onderwijs, opvoeding
c0736	kennis
c0737	weten, weet, wist, geweten, kennen, kende
c0738	wetenschap
c0739	wetenschappelijk, wetenschappelijke
c0740	onderzoek
c0741	wetenschapper
c0742	lezen, las, gelezen
c0743	schrijven, schreef, geschreven
c0744	woord, woorden
c0745	taal, talen
c0746	zin, zinnen
c0747	vraag, vragen
c0748	antwoord
c0749	bladzijde, pagina
c0750	verhaal
c0751	geschiedenis
c0752	historisch, historische
c0753	kunst
c0754	kunstenaar
c0755	muziek
c0756	lied, liedje
c0757	zingen, zong, gezongen
c0758	dansen, danst
c0759	film
c0760	spel
c0761	spelen, speelt
c0762	sport
c0763	winnen, won, gewonnen
c0764	verliezen, verloor, verloren
c0765	voetbal
c0766	speler
c0767	cultuur
c0768	cultureel, culturele
c0769	schrijver
c0770	auteur
c0771	gedicht
c0772	dichter
c0773	roman
c0774	gezondheid
c0775	gezond, gezonde
c0776	ziek, zieke
c0777	ziekte
c0778	ziekte
c0779	virus
c0780	pandemie
c0781	patiënt
c0782	geneesmiddel, medicijn, geneeskunde
c0783	drug, drugs
c0784	behandeling
c0785	zorg
c0786	pijn doen, kwetsen
c0787	moe, vermoeid
c0788	slapen, sliep, geslapen
c0789	wakker, ontwaken, werd wakker
c0790	rust
c0791	kanker
c0792	vaccin
c0793	geestelijk, mentaal, psychisch
c0794	voelen, voelt
c0795	gevoel
c0796	liefde
c0797	houden van, liefhebben
c0798	haten, haat
c0799	angst, vrees
c0800	bang
c0801	gelukkig, blij
c0802	geluk
c0803	verdrietig, droevig
c0804	verdriet, droefheid
c0805	boos, kwaad
c0806	woede, boosheid
c0807	vreugde
c0808	hoop
c0809	hopen, hoopt
c0810	zorgen, piekeren
c0811	verrassing
c0812	schaamte, schande
c0813	trots
c0814	trots, trotse
c0815	eenzaam, eenzame
c0816	kalm, rustig
c0817	glimlachen, lachen
c0818	lachen, lacht
c0819	huilen, huilt
c0820	kus, kussen
c0821	droom, dromen
c0822	wens
c0823	willen, wil, wilde, wou
c0824	houden van, bevallen, leuk
c0825	genieten, geniet
c0826	verkiezen, prefereren
c0827	missen, mist
c0828	lijden, leed, geleden
c0829	plezier, genoegen
c0830	moed
c0831	dapper, moedig
c0832	vertrouwen
c0833	twijfel
c0834	geloven, gelooft
c0835	geloof
c0836	god, goden
c0837	religie, godsdienst
c0838	religieus, religieuze
c0839	ziel
c0840	geest
c0841	geest, verstand
c0842	gedachte
c0843	denken, dacht, gedacht
c0844	idee
c0845	herinneren, onthouden
c0846	vergeten, vergat, vergeet
c0847	begrijpen, begreep, begrepen, snappen
c0848	betekenen, bedoelen
c0849	betekenis
c0850	reden
c0851	geheugen, herinnering
c0852	voorstellen, verbeelden
c0853	beslissen, besluiten, besloot, besloten
c0854	beslissing, besluit
c0855	kiezen, koos, gekozen
c0856	keuze
c0857	plan, plannen
c0858	proberen, probeert
c0859	nodig, hebben nodig, behoeven
c0860	behoefte
c0861	zeggen, zegt, zei, gezegd
c0862	vertellen, vertelt
c0863	spreken, sprak, gesproken
c0864	praten, praat
c0865	vragen, vroeg, gevraagd
c0866	bellen, roepen, noemen
c0867	schreeuwen, roepen, riep
c0868	horen, hoort
c0869	luisteren, luistert
c0870	zien, ziet, zag, gezien
c0871	kijken, keek, gekeken
c0872	bekijken, kijken, observeren
c0873	tonen, laten zien, toont
c0874	vinden, vond, gevonden
c0875	geven, gaf, gegeven
c0876	nemen, neemt, nam, genomen
c0877	brengen, bracht, gebracht
c0878	dragen, droeg, gedragen
c0879	houden, hield, gehouden
c0880	houden, behouden, bewaren
c0881	zetten, leggen, plaatsen
c0882	sturen, zenden, gestuurd
c0883	ontvangen, ontving, krijgen
c0884	krijgen, kreeg, gekregen
c0885	maken, maakt, gemaakt
c0886	gebruiken, gebruikt
c0887	openen, opent
c0888	sluiten, sloot, gesloten
c0889	beginnen, begon, begonnen
c0890	starten, beginnen
c0891	stoppen, ophouden, stopt
c0892	doorgaan, voortzetten
c0893	afmaken, beëindigen, voltooien
c0894	veranderen, verandert
c0895	verandering, wijziging
c0896	groeien, groeit
c0897	vallen, viel, gevallen
c0898	stijgen, steeg, gestegen, rijzen
c0899	heffen, verhogen, optillen
c0900	toenemen, stijgen, verhogen
c0901	toename, stijging, verhoging
c0902	verminderen, verlagen
c0903	komen, komt, kwam, gekomen
c0904	gaan, gaat, ging, gegaan
c0905	binnengaan, betreden
c0906	rennen, lopen, liep, gelopen
c0907	staan, staat, stond, gestaan
c0908	zitten, zit, zat, gezeten
c0909	liggen, ligt, lag, gelegen
c0910	liegen, liegt, loog, gelogen
c0911	bewegen, beweegt, verhuizen
c0912	draaien, keren, afslaan
c0913	volgt, volgde, volgden, gevolgd
c0914	leiden, leidt
c0915	ontmoeten, ontmoet
c0916	helpen, hielp, geholpen
c0917	hulp
c0918	toestaan, toelaten, stond toe
c0919	voorkomen, verhinderen
c0920	beschermen, beschermt
c0921	redden, redt
c0922	doden, doodt
c0923	vechten, vocht, gevochten, strijden
c0924	breken, brak, gebroken
c0925	snijden, sneed, gesneden
c0926	slaan, sloeg, geslagen, raken
c0927	gooien, werpen, wierp
c0928	vangen, ving, gevangen
c0929	trekken, trok, getrokken
c0930	duwen, duwt
c0931	vullen, vult
c0932	wassen, waste, gewassen
c0933	schoon, schone
c0934	tekenen, tekent
c0935	schilderen, verven
c0936	repareren, herstellen
c0937	creëren, scheppen, maken
c0938	vernietigen, verwoesten
c0939	branden, brandt, verbranden
c0940	vliegen, vloog, gevlogen
c0941	verbergen, verborg, verborgen, verstoppen
c0942	zoeken, zocht, gezocht
c0943	gebeuren, gebeurt, gebeurde
c0944	lijken, leek, geleken, schijnen
c0945	verschijnen, verscheen
c0946	geworden
c0947	blijven, bleef, gebleven
c0948	behoren, horen, toebehoren
c0949	bevatten, bevat
c0950	omvatten, insluiten
c0951	bestaan, bestaat, bestond
c0952	afhangen, afhankelijk
c0953	veroorzaken, veroorzaakt
c0954	oorzaak
c0955	resultaat, uitslag, gevolg
c0956	beïnvloeden, treffen, trof
c0957	ontwikkelen, ontwikkelt
c0958	verbeteren, verbetert
c0959	steunen, ondersteunen
c0960	steun, ondersteuning
c0961	verzetten, tegenwerken
c0962	instemmen, akkoord
c0963	aanvaarden, accepteren
c0964	weigeren, weigert
c0965	verwerpen, afwijzen, wees af
c0966	ontkennen, ontkent
c0967	toegeven, erkennen
c0968	uitleggen, verklaren
c0969	beschrijven, beschreef, beschreven
c0970	melden, rapporteren, berichten
c0971	aankondigen, aankondiging
c0972	informeren, inlichten
c0973	bespreken, besprak, bespreking
c0974	betogen, ruzie, argumenteren
c0975	beweren, beweert
c0976	voorstellen, stelde voor, voorgesteld
c0977	aanbieden, bood aan, aangeboden
c0978	beloven, belooft
c0979	waarschuwen, waarschuwt
c0980	dreigen, bedreigen
c0981	eisen, eist
c0982	vereisen, vergen
c0983	verwachten, verwacht
c0984	verbieden, verbood, verboden
c0985	dwingen, dwong, gedwongen
c0986	uitgeven, besteden, doorbrengen
c0987	verdienen, verdient
c0988	verslaan, versloeg, slaan, sloeg
c0989	voorbereiden, bereiden
c0990	organiseren, organiseert
c0991	beheren, leiden, slagen
c0992	controleren, beheersen
c0993	controleren, nagaan
c0994	test, toets
c0995	meten, mat, gemeten
c0996	tellen, telt
c0997	toevoegen, optellen
c0998	vergelijken, vergeleek, vergeleken
c0999	verbinden, verbond, verbonden
c1000	toetreden, aansluiten
c1001	delen, deelt
c1002	verdelen, delen
c1003	leveren, bezorgen
c1004	publiceren, uitgeven
c1005	ondertekenen, tekenen
c1006	dragen, droeg, gedragen
c1007	aanraken, raakt aan
c1008	geur
c1009	geluid
c1010	lawaai, herrie
c1011	stilte
c1012	groot, grote, groter, grootste
c1013	groot, grote
c1014	klein, kleine
c1015	klein, kleine
c1016	lang, lange
c1017	kort, korte
c1018	hoog, hoge, hoger, hoogste
c1019	laag, lage
c1020	breed, brede
c1021	smal, nauw, smalle
c1022	diep, diepe
c1023	zwaar, zware
c1024	licht, lichte
c1025	snel, snelle
c1026	langzaam, langzame, traag
c1027	nieuw, nieuwe
c1028	goed, goede, beter, betere, best, beste
c1029	slecht, slechte, erger, slechter, slechtst
c1030	mooi, mooie, prachtig
c1031	lelijk, lelijke
c1032	vuil, vies, vieze
c1033	vol, volle
c1034	leeg, lege
c1035	makkelijk, gemakkelijk, eenvoudig
c1036	moeilijk, moeilijke
c1037	hard, harde
c1038	zacht, zachte
c1039	sterk, sterke
c1040	zwak, zwakke
c1041	veilig, veilige
c1042	gevaarlijk, gevaarlijke
c1043	vrij, vrije
c1044	belangrijk, belangrijke
c1045	voornaamste, belangrijkste, hoofd
c1046	nodig, noodzakelijk
c1047	mogelijk, mogelijke
c1048	onmogelijk, onmogelijke
c1049	waarheidsgetrouw, waarheidsgetrouwe
c1050	vals, valse, onwaar
c1051	echt, echte, werkelijk
c1052	juist, correct
c1053	fout, verkeerd, verkeerde
c1054	zelfde, dezelfde, hetzelfde
c1055	verschillend, verschillende, anders
c1056	soortgelijk, vergelijkbaar
c1057	heel, hele, geheel
c1058	openbaar, openbare, publiek
c1059	privé, particulier
c1060	nationaal, nationale
c1061	internationaal, internationale
c1062	lokaal, lokale, plaatselijk
c1063	mondiaal, wereldwijd, globaal
c1064	sociaal, sociale
c1065	algemeen, algemene
c1066	speciaal, bijzonder, bijzondere
c1067	eenvoudig, simpel
c1068	complex, ingewikkeld
c1069	duidelijk, helder
c1070	stil, rustig, stille
c1071	luid, hard
c1072	beroemd, bekend
c1073	populair, geliefd
c1074	gemeenschappelijk, gewoon, gangbaar
c1075	zeldzaam, zeldzame
c1076	vreemd, raar, vreemde
c1077	normaal, normale
c1078	klaar, gereed
c1079	druk, bezig
c1080	alleen
c1081	samen
c1082	zeker, zekere
c1083	ernstig, serieus, ernstige
c1084	enorm, reusachtig
c1085	oud, oude, antiek
c1086	modern, moderne
c1087	traditioneel, traditionele
c1088	menselijk, menselijke
c1089	schoonheid
c1090	aardig, leuk, prettig
c1091	groot, geweldig
c1092	fijn, goed
c1093	vriendelijk, aardig
c1094	vriendelijk, vriendelijke
c1095	lang, groot
c1096	rond, ronde
c1097	vlak, plat
c1098	scherp, scherpe
c1099	dun, dunne
c1100	dik, dikke
c1101	dik, dikke
c1102	snel, vlug
c1103	langzaam
c1104	snel, vlug
c1105	goed
c1106	bijna
c1107	alleen, slechts, enkel
c1108	vooral, met name
c1109	eindelijk, ten slotte, uiteindelijk
c1110	plotseling, opeens
c1111	waarschijnlijk
c1112	misschien, wellicht
c1113	zeker, zeer zeker
c1114	echt, werkelijk
c1115	hier
c1116	daar
c1117	overal
c1118	ver
c1119	dichtbij, nabij
c1120	weg
c1121	buiten
c1122	binnen
c1123	tussen
c1124	zonder
c1125	tegen
c1126	tijdens, gedurende
c1127	na
c1128	vóór
c1129	onder
c1130	boven
c1131	dwars
c1132	doorheen
c1133	rond, rondom
c1134	tussen, onder
c1135	ondanks
c1136	richting
c1137	achter
c1138	langs
c1139	iedereen
c1140	niets, niks
c1141	alles
c1142	ding, dingen, zaak
c1143	plaats, plek
c1144	manier, wijze
c1145	deel, delen
c1146	aantal, getal, nummer
c1147	groep
c1148	soort
c1149	voorbeeld
c1150	probleem, problemen
c1151	situatie, toestand
c1152	feit
c1153	geval, gevallen
c1154	punt
c1155	vorm
c1156	niveau, peil
c1157	grootte, maat
c1158	vorm, gedaante
c1159	lijn
c1160	teken, bord
c1161	verschil
c1162	kans, toeval
c1163	kans, gelegenheid, mogelijkheid
c1164	gevaar
c1165	risico
c1166	belang
c1167	succes
c1168	mislukking, falen
c1169	inspanning, moeite
c1170	rol, rollen
c1171	doel
c1172	kwaliteit
c1173	hoeveelheid, bedrag
c1174	meerderheid
c1175	procent
c1176	gemiddeld, gemiddelde
c1177	bericht, boodschap
c1178	nieuws
c1179	informatie
c1180	naam, namen
c1181	parlement
c1182	parlementair, parlementaire
c1183	lid, leden
c1184	resolutie
c1185	regering
c1186	minister
c1187	premier, eerste minister, minister-president
c1188	president, voorzitter
c1189	verkiezing, verkiezingen
c1190	kies, electoraal, electorale
c1191	stemmen, stemt
c1192	stem, stemming
c1193	kiezer
c1194	kandidaat
c1195	campagne
c1196	referendum
c1197	partij
c1198	mensenrechten
c1199	recht, rechten
c1200	wet, wetten, recht
c1201	wettelijk, legaal, juridisch
c1202	illegaal, onwettig
c1203	rechtbank, hof
c1204	rechter
c1205	advocaat, jurist
c1206	aanklager, openbaar ministerie
c1207	proces, rechtszaak
c1208	straf, vonnis
c1209	gevangene
c1210	politieke gevangene
c1211	arresteren, aanhouden, gearresteerd
c1212	arrestatie, aanhouding
c1213	detentie, hechtenis
c1214	vasthouden, gevangenhouden
c1215	vrijlaten, vrijgelaten
c1216	vrijlating
c1217	marteling
c1218	veroordelen, veroordeelt
c1219	dringen, aandringen
c1220	verzoeken, oproepen
c1221	oproepen, eisen
c1222	verwelkomen, toejuichen, begroet
c1223	betreuren, betreurt
c1224	herinneren, herinnert
c1225	journalist
c1226	media
c1227	pers
c1228	protest
c1229	demonstrant
c1230	demonstratie, betoging
c1231	vrijheid
c1232	vrijheid van meningsuiting, meningsvrijheid
c1233	vrijheid van vergadering, vergadervrijheid
c1234	democratie
c1235	democratisch, democratische
c1236	lidstaat, lidstaten
c1237	commissie
c1238	commissaris
c1239	raad
c1240	unie
c1241	europese unie, eu
c1242	burger
c1243	burgerschap, staatsburgerschap
c1244	geweld
c1245	gewelddadig, gewelddadige
c1246	politie
c1247	politieagent, agent
c1248	leger
c1249	militair, militaire
c1250	soldaat, soldaten
c1251	oorlog
c1252	vrede
c1253	conflict
c1254	wapen
c1255	sanctie
c1256	oppositie
c1257	regime
c1258	autoriteit, gezag, overheid
c1259	staat, staten
c1260	land, landen
c1261	natie, volk
c1262	republiek
c1263	koninkrijk
c1264	koning
c1265	koningin
c1266	keizer
c1267	rijk, keizerrijk
c1268	grondwet
c1269	grondwettelijk, constitutioneel
c1270	verdrag
c1271	overeenkomst, akkoord
c1272	onderhandeling
c1273	onderhandelen
c1274	misdaad, misdrijf
c1275	crimineel, strafrechtelijk
c1276	slachtoffer
c1277	moord
c1278	terrorisme
c1279	terrorist
c1280	aanval, aanslag
c1281	veiligheid
c1282	veiligheid
c1283	defensie, verdediging
c1284	vluchteling
c1285	migrant
c1286	migratie
c1287	asiel
c1288	minderheid, minderheden
c1289	discriminatie
c1290	gelijkheid
c1291	gender, geslacht
c1292	rechtsstaat
c1293	rechtvaardigheid, justitie
c1294	gerechtelijk, justitieel
c1295	onafhankelijkheid
c1296	onafhankelijk, onafhankelijke
c1297	soevereiniteit
c1298	grondgebied, gebied, territorium
c1299	bezetting
c1300	invasie, inval
c1301	staakt-het-vuren, wapenstilstand
c1302	humanitair, humanitaire
c1303	hulp, steun
c1304	samenwerking
c1305	dialoog
c1306	betrekking, relatie
c1307	diplomatiek, diplomatieke
c1308	ambassadeur
c1309	ambassade
c1310	delegatie
c1311	vertegenwoordiger
c1312	ambtenaar, functionaris
c1313	administratie, bestuur
c1314	instelling
c1315	agentschap, bureau
c1316	macht
c1317	beleid
c1318	politiek
c1319	politiek, politieke
c1320	politicus, politici
c1321	hervorming
c1322	wetgeving
c1323	richtlijn
c1324	verordening, regelgeving
c1325	voorstel
c1326	amendement, wijziging
c1327	verslag, rapport
c1328	debat
c1329	zitting, vergadering
c1330	commissie
c1331	voorzitter
c1332	voorzitterschap, presidentschap
c1333	mandaat
c1334	aannemen, goedkeuren, aangenomen
c1335	goedkeuren, goedgekeurd
c1336	onthouden, onthield
c1337	coalitie
c1338	leider
c1339	corruptie
c1340	fraude
c1341	transparantie
c1342	onderzoek
c1343	onderzoeken, onderzocht
c1344	bewijs, bewijzen
c1345	getuige
c1346	aanklacht, beschuldiging
c1347	beschuldigen
c1348	schuldig, schuldige
c1349	onschuldig, onschuldige
c1350	veroordelen
c1351	beroep, hoger beroep
c1352	straf
c1353	doodstraf
c1354	executie, terechtstelling
c1355	boete
c1356	straf, bestraffing
c1357	straffen, bestraffen
c1358	activist
c1359	mensenrechtenverdediger
c1360	dissident
c1361	gijzelaar
c1362	ontvoeren, ontvoerd
c1363	verdwijning
c1364	intimidatie, pesterij, lastigvallen
c1365	intimidatie
c1366	vervolging
c1367	repressie, onderdrukking
c1368	harde aanpak, onderdrukking, repressie
c1369	censuur
c1370	misbruik, mishandeling
c1371	verkrachting
c1372	genocide, volkerenmoord
c1373	oorlogsmisdaad, oorlogsmisdaden
c1374	mensenhandel, handel
c1375	slavernij
c1376	verenigde naties, vn
c1377	navo
c1378	europees parlement
c1379	europese commissie
c1380	top, topbijeenkomst
c1381	fonds
c1382	financiering
c1383	programma
c1384	strategie
c1385	doel, doelstelling
c1386	maatregel
c1387	actie, optreden
c1388	kader
c1389	uitvoering, tenuitvoerlegging
c1390	uitvoeren, implementeren
c1391	waarborgen, zorgen, garanderen
c1392	benadrukken, onderstrepen
c1393	constateren, neemt kennis, opmerken
c1394	herhalen, herhaalt
c1395	uiten, uitdrukken, spreekt uit
c1396	bezorgdheid, zorg
c1397	betreuren, laakt
c1398	veroordelen, aan de kaak stellen
c1399	aandringen, dringt
c1400	aanmoedigen, moedigt aan
c1401	uitnodigen, nodigt uit, verzoeken
c1402	benadrukken, wijst op
c1403	erkennen, erkent
c1404	erkennen, herkennen
c1405	overwegen, beschouwen
c1406	onmiddellijk, onverwijld
c1407	sterk, krachtig, ten stelligste
c1408	diep, ten zeerste
c1409	onvoorwaardelijk
c1410	stembiljet, stemming
c1411	eerlijk, billijk
c1412	waarnemer
c1413	interne markt
c1414	concurrentie, mededinging, wedstrijd
c1415	landbouw
c1416	visserij
c1417	klimaatverandering
c1418	uitstoot, emissie
c1419	duurzaam, duurzame
c1420	ontwikkeling
c1421	innovatie
c1422	digitaal, digitale
c1423	gegevens, data
c1424	privacy, persoonlijke levenssfeer
c1425	bescherming
c1426	vervoer, transport
c1427	infrastructuur
c1428	regionaal, regionale
c1429	solidariteit
c1430	uitbreiding
c1431	toetreding
c1432	douane
c1433	munt, valuta, munteenheid
c1434	inflatie
c1435	rente
c1436	belangstelling, interesse, belang
c1437	tekort
c1438	samenleving, maatschappij
c1439	gemeenschap
c1440	organisatie
c1441	vereniging
c1442	bevolking
c1443	publieke opinie
c1444	verantwoordelijkheid
c1445	verantwoordelijk, verantwoordelijke
c1446	verplichting, plicht
c1447	beginsel, principe
c1448	waarde
c1449	waardigheid
c1450	respect, eerbied
c1451	respecteren, eerbiedigen
c1452	rechtshandhaving
c1453	procedure
c1454	proces
c1455	kwestie, vraagstuk
c1456	zaak, aangelegenheid
c1457	systeem, stelsel
c1458	bevel, opdracht
c1459	regel
c1460	effect, gevolg
c1461	impact, invloed
c1462	voorwaarde, toestand
c1463	toegang
c1464	hulpbron, middel
c1465	vijand
c1466	held
c1467	bewaker, wacht
c1468	priester
c1469	traditie
c1470	festival, feest
c1471	ceremonie, plechtigheid
c1472	toespraak
c1473	mening
c1474	verklaring
c1475	verklaring
c1476	aandacht
c1477	waarheid
c1478	geheim
c1479	bedreiging, dreiging
c1480	overwinning
c1481	nederlaag
c1482	slag, veldslag
c1483	revolutie
c1484	vlag
c1485	hut
c1486	lawine
c1487	bondgenoot
c1488	troepen
c1489	staking
c1490	pensioen
c1491	huisvesting
c1492	geluk
c1493	jager
c1494	hoogte
c1495	lengte
c1496	gewicht
c1497	snelheid
c1498	erfgoed
c1499	geweer, vuurwapen
c1500	bom
`;
