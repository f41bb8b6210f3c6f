// Concordia's core vocabulary in Estonian: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	üks, ühe, üht, ühte
c0002	kaks, kahe, kaht, kahte
c0003	kolm, kolme
c0004	neli, nelja
c0005	viis, viie, viit
c0006	kuus, kuue, kuut
c0007	seitse, seitsme
c0008	kaheksa
c0009	üheksa
c0010	kümme, kümne, kümmet
c0011	üksteist, üheteistkümne
c0012	kaksteist, kaheteistkümne
c0013	kolmteist
c0014	neliteist
c0015	viisteist
c0016	kuusteist
c0017	seitseteist
c0018	kaheksateist
c0019	üheksateist
c0020	kakskümmend, kahekümne
c0021	kolmkümmend, kolmekümne
c0022	nelikümmend, neljakümne
c0023	viiskümmend, viiekümne
c0024	kuuskümmend, kuuekümne
c0025	seitsekümmend, seitsmekümne
c0026	kaheksakümmend
c0027	üheksakümmend
c0028	sada, saja, sadu
c0029	tuhat, tuhande, tuhandeid
c0030	miljon, miljoni
c0031	miljard, miljardi
c0032	esimene, esimese, esimest
c0033	teine
c0034	kolmas, kolmanda, kolmandat
c0035	neljas, neljanda
c0036	viies, viienda
c0037	kuues, kuuenda
c0038	seitsmes, seitsmenda
c0039	kaheksas, kaheksanda
c0040	üheksas, üheksanda
c0041	kümnes, kümnenda
c0042	pooled, pooleks
c0043	veerand, neljandik
c0044	tosin
c0045	kahekordne, topelt
c0046	viimane, viimase, viimast
c0047	järgmine, järgmise
c0048	jaanuar
c0049	veebruar
c0050	märts
c0051	aprill
c0052	mai
c0053	juuni
c0054	juuli
c0055	august
c0056	september
c0057	oktoober
c0058	november
c0059	detsember
c0060	esmaspäev
c0061	teisipäev
c0062	kolmapäev
c0063	neljapäev
c0064	reede
c0065	laupäev
c0066	pühapäev
c0067	kevad, kevade, kevadel
c0068	suvi, suve, suvel
c0069	sügis, sügisel
c0070	talv, talve, talvel
c0071	aastaaeg, aastaaja
c0072	päev, päeva
c0073	nädal, nädala
c0074	kuu, kuud, kuul, kuuks
c0075	aasta, aastat
c0076	tund, tunni, tundi
c0077	minut, minuti
c0078	sekund, sekundi
c0079	hommik, hommikul
c0080	pärastlõuna, pärastlõunal
c0081	õhtu, õhtul
c0082	öö, öösel, ööd, ööse
c0083	keskpäev, lõuna
c0084	kesköö, südaöö
c0085	täna
c0086	eile
c0087	homme
c0088	täna õhtul, täna öösel
c0089	sajand, sajandi
c0090	kümnend, aastakümme, aastakümne
c0091	aeg, aja, aega
c0092	hetk, hetke
c0093	periood, ajavahemik, ajajärk
c0094	kuupäev
c0095	nädalavahetus
c0096	kalender
c0097	kell, kella
c0098	vanus, vanuse
c0099	minevik
c0100	tulevik
c0101	olevik, praegusaeg
c0102	nüüd, praegu
c0103	varsti, peagi
c0104	hiljem
c0105	varajane
c0106	hiline, hilja
c0107	juba
c0108	jälle, uuesti, taas
c0109	alati
c0110	mitte kunagi, kunagi
c0111	sageli, tihti
c0112	mõnikord
c0113	tagasi
c0114	hiljuti, äsja
c0115	igapäevane, päevane
c0116	iga-aastane, aastane
c0117	koit, koidu, koidik
c0118	päikeseloojang
c0119	päikesetõus
c0120	ajastu, ajajärk
c0121	algus, alguse
c0122	lõpp, lõpu, lõppu
c0123	sünnipäev
c0124	puhkus, püha, pühad
c0125	jõulud, jõulu
c0126	lihavõtted, lihavõtete
c0127	aastapäev
c0128	värv, värvi
c0129	punane
c0130	sinine
c0131	roheline
c0132	kollane
c0133	must
c0134	valge
c0135	hall
c0136	pruun
c0137	oranž
c0138	roosa
c0139	lilla, purpurne
c0140	kuldne
c0141	tume, pime
c0142	hele, särav
c0143	kahvatu
c0144	põhi, põhja
c0145	lõuna
c0146	ida
c0147	lääs, lääne
c0148	põhjapoolne, põhja
c0149	lõunapoolne, lõuna
c0150	idapoolne, ida
c0151	läänepoolne, lääne
c0152	vasak, vasakul, vasakule
c0153	parem, paremal, paremale
c0154	tipp, ülaosa, pealmine
c0155	põhi, alaosa
c0156	külg, külje
c0157	keskkoht, keskel
c0158	keskus, keskuse, kese
c0159	esiosa, eesmine
c0160	tagaosa, tagumine
c0161	serv, ääre, äär, serva
c0162	perekond, pere
c0163	ema, emale, emaga, emal, emad
c0164	isa, isale, isaga, isal, isad
c0165	vanem, vanemad, lapsevanem
c0166	laps, lapse, lapsed, lapsi
c0167	poeg, poja
c0168	tütar, tütre
c0169	vend, venna
c0170	õde, õe
c0171	abikaasa, mees
c0172	naine, abikaasa
c0173	vanaisa
c0174	vanaema
c0175	lapselaps
c0176	onu, onule, onud
c0177	tädi
c0178	nõbu
c0179	beebi, imik
c0180	poiss, poisi
c0181	tüdruk, tüdruku
c0182	mees, mehe, mehed
c0183	naine, naise, naised
c0184	inimene, isik
c0185	inimesed, rahvas
c0186	sõber, sõbra
c0187	naaber, naabri
c0188	külaline
c0189	pulmad, pulm
c0190	abielu
c0191	abielluma, abiellub, abiellus, abiellunud, abiellu
c0192	lahutus
c0193	sünd, sünni
c0194	sündinud, sündis
c0195	surema, sureb, suri, surnud, surra, sure
c0196	surm, surma
c0197	surnud
c0198	elu, elust, elule, eluga, elud
c0199	elama, elab, elas, elanud, elada
c0200	elus, elav
c0201	noor, noore
c0202	vana
c0203	noorus, noored
c0204	täiskasvanu
c0205	põlvkond, põlvkonna
c0206	sugulane
c0207	paar, paari
c0208	kaksik
c0209	lesk, lese
c0210	orb, orvu
c0211	esivanem
c0212	keha
c0213	pea
c0214	nägu, näo
c0215	silm, silma
c0216	kõrv, kõrva
c0217	nina
c0218	suu, suus, suust, suhu
c0219	hammas, hamba, hambad
c0220	keel, keele
c0221	huul, huule
c0222	juuksed, juus
c0223	kael, kaela
c0224	õlg, õla
c0225	käsivars, käsi
c0226	käsi, käe, kätt, käed
c0227	sõrm, sõrme
c0228	jalg, jala
c0229	põlv, põlve
c0230	jalg, jala, jalad, labajalg
c0231	selg, selja
c0232	rind, rinna, rindkere
c0233	süda, südame
c0234	veri, vere
c0235	luu
c0236	nahk, naha
c0237	kõht, kõhu, magu, mao
c0238	aju
c0239	hingamine, hingetõmme
c0240	hingama, hingab, hingas, hinga
c0241	hääl, hääle
c0242	kops
c0243	lihas, lihase
c0244	haav, haava
c0245	vigastus, vigastuse
c0246	vigastama, vigastab, vigastas, vigastatud, vigastada, vigasta
c0247	valu
c0248	pime
c0249	kurt, kurdi
c0250	habe, habeme
c0251	pisar, pisara, pisarad
c0252	tiib, tiiva
c0253	saba
c0254	ilm
c0255	vihm, vihma
c0256	lumi, lume, lund
c0257	jää
c0258	tuul, tuule
c0259	torm, tormi
c0260	pilv, pilve
c0261	udu
c0262	päike, päikese
c0263	taevas, taeva
c0264	kuum, palav
c0265	külm, külma
c0266	soe, sooja
c0267	jahe, jaheda
c0268	kuiv, kuiva
c0269	märg, märja
c0270	temperatuur
c0271	kraad, kraadi
c0272	kliima
c0273	pakane, härmatis, külm
c0274	äike, äikese, müristamine
c0275	välk, välgu
c0276	üleujutus
c0277	põud, põua
c0278	kuumus, palavus
c0279	õhk, õhu
c0280	vari, varju
c0281	külmuma, külmub, külmus, külmunud, jäätuma, külmu, jäätu
c0282	sulama, sulab, sulas, sulanud, sula
c0283	puhuma, puhub, puhus
c0284	paistma, paistab, paistis, särama, särab, paist, sära
c0285	loodus, looduse
c0286	maa, maakera, maad
c0287	maa, maapind
c0288	maa, maismaa
c0289	muld, mulla, pinnas
c0290	liiv, liiva
c0291	kivi
c0292	kalju, kivi
c0293	mägi, mäe, mäed
c0294	küngas, künka, mägi
c0295	org, oru
c0296	jõgi, jõe
c0297	oja
c0298	järv, järve
c0299	meri, mere
c0300	ookean
c0301	rannik, ranniku
c0302	kallas, kalda, rand
c0303	rand, ranna
c0304	saar, saare
c0305	laht, lahe
c0306	kalju, pank, panga
c0307	koobas, koopa
c0308	liustik
c0309	tipp, tipu
c0310	tipp, tipu
c0311	seljak, hari
c0312	nõlv, nõlva, kallak
c0313	kuru, mäekuru
c0314	tasandik, lauskmaa
c0315	põld, põllu
c0316	heinamaa, niit
c0317	mets, metsa
c0318	puit, puidu
c0319	puu, puud
c0320	oks, oksa
c0321	leht, lehe, lehed
c0322	juur, juure
c0323	lill, lille
c0324	rohi, rohu, muru
c0325	taim, taime
c0326	seeme, seemne
c0327	vili, vilja, puuvili
c0328	põõsas, põõsa
c0329	kõrb, kõrbe
c0330	soo, raba
c0331	juga, joa, kosk
c0332	allikas, allika
c0333	laine
c0334	kallas, kalda
c0335	maastik
c0336	vaade, vaate
c0337	silmapiir
c0338	täht, tähe
c0339	kuu
c0340	planeet
c0341	maailm, maailma
c0342	kosmos, avakosmos
c0343	tuli, tulekahju
c0344	leek, leegi
c0345	vesi, vee, vett
c0346	suits, suitsu
c0347	tolm, tolmu
c0348	muda
c0349	kuld, kulla
c0350	hõbe, hõbeda
c0351	raud, raua
c0352	metall
c0353	kivisüsi, süsi
c0354	õli, nafta
c0355	gaas, gaasi
c0356	sool, soola
c0357	vulkaan
c0358	maavärin
c0359	loom, looma
c0360	lind, linnu
c0361	kala
c0362	koer, koera
c0363	kass, kassi
c0364	hobune
c0365	lehm, lehma
c0366	lammas, lamba
c0367	kits, kitse
c0368	siga, sea
c0369	kana
c0370	karu
c0371	hunt, hundi
c0372	rebane
c0373	hirv, hirve
c0374	jänes, küülik
c0375	hiir, hiire
c0376	rott, roti
c0377	madu, mao
c0378	putukas, putuka
c0379	mesilane
c0380	kärbes, kärbse
c0381	liblikas, liblika
c0382	kotkas, kotka
c0383	vaal, vaala
c0384	lõvi
c0385	elevant
c0386	veised, kariloomad
c0387	pesa
c0388	muna
c0389	sulg, sule
c0390	jahtima, jahib, jahtis, küttima, jahti, kütti
c0391	talu
c0392	talunik, põllumees
c0393	saagi, lõikus
c0394	põllukultuur
c0395	nisu
c0396	keskkond, keskkonna
c0397	saaste, reostus
c0398	liik, liigi
c0399	bioloogiline mitmekesisus, elurikkus
c0400	rahvuspark
c0401	metsik
c0402	looduslik
c0403	euroopa
c0404	euroopa, eurooplane
c0405	aafrika
c0406	aafrika
c0407	aasia
c0408	aasia
c0409	ameerika
c0410	ameerika, ameeriklane
c0411	ühendriigid, usa
c0412	venemaa
c0413	vene
c0414	ukraina
c0415	ukraina
c0416	valgevene
c0417	hiina
c0418	hiina
c0419	ühendkuningriik, suurbritannia
c0420	briti
c0421	inglismaa
c0422	inglise, inglise keel
c0423	türgi
c0424	türgi
c0425	jaapan
c0426	india
c0427	iisrael
c0428	iraan
c0429	süüria
c0430	šveits
c0431	norra
c0432	saksamaa
c0433	saksa
c0434	prantsusmaa
c0435	prantsuse
c0436	itaalia
c0437	itaalia
c0438	hispaania
c0439	hispaania
c0440	portugal
c0441	portugali
c0442	holland, madalmaad
c0443	hollandi
c0444	belgia
c0445	belgia
c0446	luksemburg
c0447	austria
c0448	austria
c0449	poola
c0450	poola
c0451	tšehhi
c0452	tšehhi
c0453	slovakkia
c0454	slovaki
c0455	ungari
c0456	ungari
c0457	sloveenia
c0458	horvaatia
c0459	rumeenia
c0460	rumeenia
c0461	bulgaaria
c0462	bulgaaria
c0463	kreeka
c0464	kreeka
c0465	küpros
c0466	malta
c0467	iirimaa
c0468	iiri
c0469	taani
c0470	taani
c0471	rootsi
c0472	rootsi
c0473	soome
c0474	soome
c0475	eesti
c0476	läti
c0477	leedu
c0478	alpid
c0479	vahemere
c0480	atlandi
c0481	balti, läänemere
c0482	brüssel
c0483	strasbourg
c0484	reisima, reisib, reisis, reisinud
c0485	reis, teekond, reisi
c0486	reis, matk, väljasõit
c0487	turist
c0488	turism
c0489	hotell, hotelli
c0490	tuba, toa
c0491	pass, passi
c0492	pilet, pileti
c0493	rong, rongi
c0494	raudtee
c0495	jaam, jaama
c0496	buss, bussi
c0497	auto
c0498	sõiduk, sõiduki
c0499	jalgratas, jalgratta
c0500	paat, paadi
c0501	laev, laeva
c0502	lennuk, lennuki
c0503	lennujaam
c0504	lend, lennu
c0505	sadam, sadamalinn
c0506	sadam, sadama
c0507	tee, teed, maantee
c0508	tänav, tänava
c0509	rada, raja, teerada
c0510	sild, silla
c0511	tunnel, tunneli
c0512	kaart, kaardi
c0513	giid, teejuht
c0514	ringreis, tuur, ekskursioon
c0515	külastama, külastab, külastas, külasta, käima, käib
c0516	külastaja
c0517	saabuma, saabub, saabus, saabunud, jõudma, jõuab, saabu
c0518	lahkuma, lahkub, lahkus, lahku
c0519	lahkuma, lahkub, väljuma, väljub, väljus, lahku, välju
c0520	naasma, naaseb, naasis, tagasi, naas
c0521	sõitma, sõidab, sõitis, juhtima, juhib, sõit, juhti
c0522	ratsutama, ratsutab, sõitma, sõidab, sõitis, ratsuta, sõit
c0523	kõndima, kõnnib, kõndis, jalutama, jalutab, kõndi, jaluta
c0524	ronima, ronib, ronis, roni
c0525	ujuma, ujub, ujus
c0526	purjetama, purjetab, seilama, purjeta, seila
c0527	ületama, ületab, ületas, ületa
c0528	jõudma, jõuab, jõudis, saavutama, saavuta
c0529	marsruut, teekond
c0530	piir, piiri
c0531	kaugus, vahemaa
c0532	kilomeeter, kilomeetri
c0533	meeter, meetri
c0534	miil, miili
c0535	välismaal, välismaale
c0536	välismaine, võõras, välis
c0537	liiklus, liikluse
c0538	õnnetus, õnnetuse
c0539	reisija
c0540	juht, autojuht, juhi
c0541	laager, laagri
c0542	telk, telgi
c0543	jääma, jääb, jäi, viibima, viibib, peatuma, viibi, peatu
c0544	ootama, ootab, ootas, oota
c0545	küla
c0546	linn, linna, alev
c0547	linn, linna, suurlinn
c0548	pealinn
c0549	väljak, plats
c0550	turg, turu
c0551	pood, poe, kauplus
c0552	kirik, kiriku
c0553	katedraal, toomkirik
c0554	loss, lossi, kindlus
c0555	palee
c0556	torn, torni
c0557	muuseum
c0558	monument, mälestusmärk
c0559	park, pargi
c0560	aed, aia
c0561	sein, seina, müür
c0562	värav, värava
c0563	uks, ukse
c0564	aken, akna
c0565	korrus, korruse
c0566	katus, katuse
c0567	trepp, trepi
c0568	köök, köögi
c0569	voodi
c0570	laud, laua
c0571	tool, tooli
c0572	maja
c0573	kodu, kodus, koju
c0574	hoone
c0575	korter, korteri
c0576	aadress
c0577	linnaosa, piirkond, rajoon
c0578	piirkond, regioon
c0579	ala, piirkond
c0580	maapiirkond, maa
c0581	haigla
c0582	kool, kooli
c0583	ülikool
c0584	raamatukogu
c0585	restoran
c0586	kontor, büroo
c0587	tehas, vabrik
c0588	vangla
c0589	teater, teatri
c0590	kino
c0591	võti, võtme
c0592	lamp, lambi
c0593	valgus, valguse
c0594	kast, karp
c0595	kott, koti
c0596	pudel, pudeli
c0597	klaas, klaasi
c0598	tass, tassi
c0599	taldrik
c0600	nuga, noa
c0601	raamat
c0602	kiri, kirja
c0603	paber
c0604	pliiats, pastakas, sulepea
c0605	pilt, pildi
c0606	foto, fotograafia
c0607	kaamera, fotoaparaat
c0608	telefon
c0609	arvuti
c0610	internet
c0611	televisioon, teler
c0612	raadio
c0613	ajaleht, ajalehe
c0614	riided, rõivad
c0615	särk, särgi
c0616	kleit, kleidi
c0617	king, kinga
c0618	mantel, mantli
c0619	müts, kübar
c0620	raha
c0621	hind, hinna
c0622	kulu, maksumus
c0623	maksma, maksab, maksis
c0624	ostma, ostab, ostis
c0625	müüma, müüb, müüs, müüa
c0626	odav
c0627	kallis, kalli
c0628	euro
c0629	toit, toidu
c0630	leib, leiva
c0631	liha
c0632	piim, piima
c0633	juust
c0634	võiga
c0635	vein, veini
c0636	õlu, õlle
c0637	kohv, kohvi
c0638	tee
c0639	suhkur, suhkru
c0640	õun, õuna
c0641	köögivili
c0642	kartul, kartuli
c0643	riis, riisi
c0644	supp, supi
c0645	kook, koogi
c0646	hommikusöök
c0647	lõuna, lõunasöök
c0648	õhtusöök
c0649	söögikord, eine
c0650	sööma, sööb, sõi, süüa, söönud
c0651	jooma, joob, jõi, juua, joonud
c0652	keetma, keedab, valmistama, süüa tegema, keet, valmista
c0653	maitse
c0654	näljane
c0655	nälg, nälja
c0656	magus
c0657	värske
c0658	mesi, mee
c0659	viinamari
c0660	jahu
c0661	mais, vili
c0662	janu
c0663	töö
c0664	töötama, töötab, töötas, tööd tegema, tööta
c0665	töökoht, töö
c0666	töötaja, tööline
c0667	töötaja, töövõtja
c0668	tööandja
c0669	ettevõte, firma
c0670	äri, ettevõtlus
c0671	tööstus
c0672	kaubandus
c0673	majandus
c0674	majanduslik, majandus
c0675	palk, palga
c0676	palk, töötasu
c0677	sissetulek, tulu
c0678	maks, maksu
c0679	eelarve
c0680	kasum, tulu
c0681	kahjum, kaotus
c0682	tööpuudus
c0683	tööhõive
c0684	karjäär
c0685	elukutse, amet
c0686	juht, juhataja
c0687	kolleeg
c0688	meeskond, võistkond
c0689	koosolek, kohtumine
c0690	projekt
c0691	ülesanne, ülesande
c0692	leping, lepingu
c0693	oskus, oskuse
c0694	kogemus, kogemuse
c0695	koolitus
c0696	tootmine
c0697	toode, toote
c0698	teenus, teenuse
c0699	klient, kliendi
c0700	tarbija
c0701	kasv, kasvu
c0702	investeering
c0703	pank, panga
c0704	rahandus
c0705	finants, rahaline
c0706	võlg, võla
c0707	kriis, kriisi
c0708	vaesus
c0709	vaene
c0710	rikas, rikka
c0711	rikkus, jõukus
c0712	vara, omand
c0713	omanik
c0714	omama, omab, omanud
c0715	ehitama, ehitab, ehitas, ehita
c0716	tootma, toodab, tootis, toot
c0717	pakkumine, varustus
c0718	energia
c0719	elekter, elektri
c0720	tehnoloogia
c0721	masin, masina
c0722	tööriist
c0723	insener
c0724	arst, arsti
c0725	õde, medõde
c0726	õpetaja
c0727	üliõpilane, tudeng
c0728	õpilane
c0729	tund, tunni, õppetund
c0730	klass, klassi
c0731	eksam
c0732	õppima, õpib, õppis, uurima, õppi, uuri
c0733	õppima, õpib, õppis, õppinud, õppi
c0734	õpetama, õpetab, õpetas, õpeta
c0735	haridus
c0736	teadmine, teadmised
c0737	teadma, teab, teadis, tundma, tunneb, tead
c0738	teadus, teaduse
c0739	teaduslik
c0740	uuring, teadustöö
c0741	teadlane
c0742	lugema, loeb, luges, lugeda, luge
c0743	kirjutama, kirjutab, kirjutas, kirjuta
c0744	sõna
c0745	keel, keele
c0746	lause
c0747	küsimus, küsimuse
c0748	vastus, vastuse
c0749	lehekülg, leheküljel, lehekülje
c0750	lugu, loo, jutt
c0751	ajalugu, ajaloo
c0752	ajalooline
c0753	kunst, kunsti
c0754	kunstnik
c0755	muusika
c0756	laul, laulu
c0757	laulma, laulab, laulis, laula
c0758	tantsima, tantsib, tantsis, tantsi
c0759	film, filmi
c0760	mäng, mängu
c0761	mängima, mängib, mängis, mängi
c0762	sport, spordi
c0763	võitma, võidab, võitis, võida
c0764	kaotama, kaotab, kaotas, kaota
c0765	jalgpall, jalgpalli
c0766	mängija
c0767	kultuur, kultuuri
c0768	kultuuriline, kultuuri
c0769	kirjanik
c0770	autor, autori
c0771	luuletus, luuletuse
c0772	luuletaja
c0773	romaan, romaani
c0774	tervis, tervise
c0775	terve, tervislik
c0776	haige
c0777	haigus, haiguse
c0778	haigus, tõbi
c0779	viirus, viiruse
c0780	pandeemia
c0781	patsient, patsiendi, haige
c0782	ravim, ravimi, meditsiin, arstirohi
c0783	narkootikum, uimasti
c0784	ravi
c0785	hoolitsus, hooldus
c0786	valutama, valutab, haiget tegema, valuta
c0787	väsinud
c0788	magama, magab, magas, maga
c0789	ärkama, ärkab, ärkas, ärka
c0790	puhkus, puhkuse
c0791	vähk, vähi
c0792	vaktsiin, vaktsiini
c0793	vaimne
c0794	tundma, tunneb, tundis, tunda
c0795	tunne, tunde
c0796	armastus, armastuse
c0797	armastama, armastab, armastas, armasta
c0798	vihkama, vihkab, vihkas, vihka
c0799	hirm, hirmu
c0800	hirmul, kartlik, kardab
c0801	õnnelik
c0802	õnn, õnne
c0803	kurb, kurva
c0804	kurbus
c0805	vihane
c0806	viha
c0807	rõõm, rõõmu
c0808	lootus, lootuse
c0809	lootma, loodab, lootis, loot
c0810	muretsema, muretseb, muretses, muretse
c0811	üllatus, üllatuse
c0812	häbi
c0813	uhkus, uhkuse
c0814	uhke
c0815	üksildane
c0816	rahulik
c0817	naeratama, naeratab, naeratas, naerata
c0818	naerma, naerab, naeris, naer
c0819	nutma, nutab, nuttis
c0820	suudlus, suudluse, musi
c0821	unenägu, unistus, unistuse
c0822	soov, soovi
c0823	tahtma, tahab, tahtis, soovima, taht
c0824	meeldima, meeldib, meeldis, meeldi
c0825	nautima, naudib, nautis, nauti
c0826	eelistama, eelistab, eelistas, eelista
c0827	igatsema, igatseb, igatses, puudust tundma, igatse
c0828	kannatama, kannatab, kannatas, kannata
c0829	nauding, naudingu, rõõm
c0830	julgus, julguse
c0831	julge
c0832	usaldus, usalduse
c0833	kahtlus, kahtluse
c0834	uskuma, usub, uskus, usku
c0835	usk, usu
c0836	jumal, jumala
c0837	religioon, usund
c0838	usuline, religioosne
c0839	hing, hinge
c0840	vaim, vaimu
c0841	mõistus, meel, meele
c0842	mõte, mõtte
c0843	mõtlema, mõtleb, mõtles, arvama, arvab, mõtle, arva
c0844	idee, mõte
c0845	mäletama, mäletab, mäletas, meenutama, mäleta, meenuta
c0846	unustama, unustab, unustas, unusta
c0847	mõistma, mõistab, aru saama, saab aru, mõist
c0848	tähendama, tähendab, tähendas, tähenda
c0849	tähendus, tähenduse
c0850	põhjus, põhjuse
c0851	mälu, mälestus, mälestuse
c0852	kujutlema, ette kujutama, kujutab, kujutle
c0853	otsustama, otsustab, otsustas, otsusta
c0854	otsus, otsuse
c0855	valima, valib, valis, vali
c0856	valik, valiku
c0857	plaan, plaani
c0858	proovima, proovib, proovis, püüdma, proovi, püüd
c0859	vajama, vajab, vajas, vaja
c0860	vajadus, vajaduse
c0861	ütlema, ütleb, ütles, öelda, ütle
c0862	rääkima, jutustama, jutustab, rääki, jutusta
c0863	rääkima, räägib, rääkis, kõnelema, rääki, kõnele
c0864	rääkima, vestlema, räägib, rääki, vestle
c0865	küsima, küsib, küsis, küsi
c0866	helistama, helistab, kutsuma, kutsub, helista, kutsu
c0867	karjuma, karjub, karjus, hüüdma, karju, hüüd
c0868	kuulma, kuuleb, kuulis, kuul
c0869	kuulama, kuulab, kuulas, kuula
c0870	nägema, näeb, nägi, näha, näge
c0871	vaatama, vaatab, vaatas, vaata
c0872	jälgima, jälgib, vaatama, jälgi, vaata
c0873	näitama, näitab, näitas, näita
c0874	leidma, leiab, leidis, leida, leid
c0875	andma, annab, andis, anda
c0876	võtma, võtab, võttis, võtta
c0877	tooma, toob, tõi, tuua
c0878	kandma, kannab, kandis, kand
c0879	hoidma, hoiab, hoidis, hoid
c0880	hoidma, säilitama, hoiab, hoid, säilita
c0881	panema, paneb, pani, pane
c0882	saatma, saadab, saatis, saat
c0883	saama, vastu võtma
c0884	saama, hankima, hanki
c0885	tegema, teeb, tegi, teha, tege
c0886	kasutama, kasutab, kasutas, kasuta
c0887	avama, avab, avas, ava
c0888	sulgema, sulgeb, sulges, panema kinni, sulge
c0889	algama, algab, algas, alustama, alga, alusta
c0890	alustama, alustab, alustas, alusta
c0891	peatuma, peatama, lõpetama, peatub, peatu, peata, lõpeta
c0892	jätkama, jätkab, jätkas, jätka
c0893	lõpetama, lõpetab, lõpetas, lõpeta
c0894	muutma, muutub, muutis, muutuma, muut, muutu
c0895	muutus, muutuse, muudatus
c0896	kasvama, kasvab, kasvas, kasva
c0897	kukkuma, kukub, kukkus, langema, kukku, lange
c0898	tõusma, tõuseb, tõusis
c0899	tõstma, tõstab, tõstis, tõst
c0900	suurenema, suureneb, kasvama, suurene, kasva
c0901	suurenemine, kasv, tõus
c0902	vähendama, vähendab, vähendas, vähenda
c0903	tulema, tuli, tulla
c0904	minema, läheb, läks, minna, läinud, mine
c0905	sisenema, siseneb, sisenes, sisene
c0906	jooksma, jookseb, jooksis, jooks
c0907	seisma, seisab, seisis, seis
c0908	istuma, istub, istus, istu
c0909	lamama, lamab, lebama, lebab, lama, leba
c0910	valetama, valetab, valetas, valeta
c0911	liikuma, liigub, liikus, liigutama, liiku, liiguta
c0912	pöörama, pöörab, keerama, pööra, keera
c0913	järgima, järgneb, järgnema, järgib, järgne
c0914	juhtima, juhib, juhtis, juhti
c0915	kohtuma, kohtub, kohtus
c0916	aitama, aitab, aitas, aita
c0917	abi
c0918	lubama, lubab, lubas, luba
c0919	ennetama, takistama, vältima, hoidma ära, enneta, takista, välti
c0920	kaitsma, kaitseb, kaitses, kaits
c0921	päästma, päästab, päästis, pääst
c0922	tapma, tapab, tappis
c0923	võitlema, võitleb, võitles, võitle
c0924	murdma, murrab, murdis, lõhkuma, murd, lõhku
c0925	lõikama, lõikab, lõikas, lõika
c0926	lööma, lööb, lõi
c0927	viskama, viskab, viskas, viska
c0928	püüdma, püüab, püüdis, püüd
c0929	tõmbama, tõmbab, tõmbas, tõmba
c0930	lükkama, lükkab, lükkas, lükka
c0931	täitma, täidab, täitis, täit
c0932	pesema, peseb, pesi, pese
c0933	puhas, puhta
c0934	joonistama, joonistab, joonistas, joonista
c0935	värvima, maalima, maalib, värvib, maali
c0936	parandama, parandab, parandas, paranda
c0937	looma, loob, lõi, luua
c0938	hävitama, hävitab, hävitas, hävita
c0939	põlema, põleb, põles, põletama, põle, põleta
c0940	lendama, lendab, lendas, lenda
c0941	peitma, peidab, peitis, peituma, peit, peitu
c0942	otsima, otsib, otsis, otsi
c0943	juhtuma, juhtub, juhtus
c0944	tunduma, tundub, tundus, näima, tundu
c0945	ilmuma, ilmub, ilmus, ilmu
c0946	saama, muutuma, muutu
c0947	jääma, jääb, jäi
c0948	kuuluma, kuulub, kuulus, kuulu
c0949	sisaldama, sisaldab, sisalda
c0950	hõlmama, hõlmab, sisaldama, hõlma, sisalda
c0951	eksisteerima, olemas, eksisteeri
c0952	sõltuma, sõltub, sõltus, sõltu
c0953	põhjustama, põhjustab, põhjustas, põhjusta
c0954	põhjus, põhjuse
c0955	tulemus, tulemuse
c0956	mõjutama, mõjutab, mõjutas, mõjuta
c0957	arendama, arendab, arenema, areneb, arenda, arene
c0958	parandama, parandab, paranema, paraneb, paranda, parane
c0959	toetama, toetab, toetas, toeta
c0960	toetus, toetuse, tugi
c0961	vastu olema, vastustama, vastustab, vastusta
c0962	nõustuma, nõustub, nõustus, nõustu
c0963	nõustuma, vastu võtma, aktsepteerima, nõustu, aktsepteeri
c0964	keelduma, keeldub, keeldus, keeldu
c0965	tagasi lükkama, lükkab tagasi, hülgama, hülga
c0966	eitama, eitab, eitas, eita
c0967	tunnistama, tunnistab, tunnistas, tunnista
c0968	selgitama, selgitab, selgitas, seletama, selgita, seleta
c0969	kirjeldama, kirjeldab, kirjeldas, kirjelda
c0970	teatama, teatab, teatas, raporteerima, raporteeri
c0971	teatama, teatab, teatas, kuulutama, kuuluta
c0972	teavitama, teavitab, informeerima, teavita, informeeri
c0973	arutama, arutab, arutas, arutlema, aruta, arutle
c0974	vaidlema, vaidleb, väitma, vaidle, väit
c0975	väitma, väidab, väitis, väit
c0976	soovitama, soovitab, pakkuma välja, soovita
c0977	pakkuma, pakub, pakkus, pakku
c0978	lubama, lubab, lubas, tõotama, luba, tõota
c0979	hoiatama, hoiatab, hoiatas, hoiata
c0980	ähvardama, ähvardab, ähvardas, ähvarda
c0981	nõudma, nõuab, nõudis, nõud
c0982	nõudma, nõuab, eeldama, nõud, eelda
c0983	ootama, ootab, eeldama, eeldab, oota, eelda
c0984	keelama, keelab, keelas, keelatud, keela
c0985	sundima, sunnib, sundis, sundi
c0986	kulutama, kulutab, veetma, veedab, kuluta, veet
c0987	teenima, teenib, teenis, teeni
c0988	võitma, võidab, peksma, lööma, peks
c0989	valmistama, valmistab, ette valmistama, valmista
c0990	korraldama, korraldab, korraldas, korralda
c0991	juhtima, juhib, toime tulema, hakkama saama, juhti
c0992	kontrollima, kontrollib, valitsema, kontrolli, valitse
c0993	kontrollima, kontrollib, kontrollis, kontrolli
c0994	test, testi, katse, proov
c0995	mõõtma, mõõdab, mõõtis, mõõt
c0996	loendama, lugema, loeb, arvestama, loenda, luge, arvesta
c0997	lisama, lisab, lisas, lisanud, liitma, liidab
c0998	võrdlema, võrdleb, võrdles, võrdle
c0999	ühendama, ühendab, ühendas, ühenda
c1000	liituma, liitub, liitus, ühinema, liitu
c1001	jagama, jagab, jagas, jaga
c1002	jagama, jaotama, jagab, jaotab, jaota
c1003	toimetama, tarnima, kohale toimetama, toimetab, toimeta, tarni
c1004	avaldama, avaldab, avaldas, avalda
c1005	allkirjastama, allkirjastab, allkirjastas, alla kirjutama, allkirjasta
c1006	kandma, kannab, kandis, kand
c1007	puudutama, puudutab, puudutas, puuduta
c1008	lõhn, lõhna, hais
c1009	heli, hääl
c1010	müra, lärm
c1011	vaikus, vaikuse
c1012	suur, suure, suurt
c1013	suur, suure, suurt
c1014	väike, väikese, väikest
c1015	väike, väikese, pisike
c1016	pikk, pika, pikka
c1017	lühike, lühikese
c1018	kõrge
c1019	madal
c1020	lai, laia, laiad
c1021	kitsas, kitsa
c1022	sügav
c1023	raske
c1024	kerge
c1025	kiire
c1026	aeglane
c1027	uus, uue, uut, uued
c1028	hea, parem, parim, parema, parima, head
c1029	halb, halva, halvem, halvim
c1030	ilus, ilusa, kaunis
c1031	inetu
c1032	must, räpane
c1033	täis, täielik, täidetud
c1034	tühi, tühja
c1035	lihtne, kerge
c1036	raske, keeruline
c1037	kõva, raske
c1038	pehme
c1039	tugev
c1040	nõrk, nõrga
c1041	ohutu, turvaline
c1042	ohtlik
c1043	vaba
c1044	tähtis, oluline
c1045	peamine, peamiselt, põhiline
c1046	vajalik
c1047	võimalik
c1048	võimatu
c1049	tõsi, tõene, õige
c1050	vale, väär
c1051	tõeline, päris
c1052	õige
c1053	vale, vales
c1054	sama, samasugune
c1055	erinev, teistsugune
c1056	sarnane
c1057	terve, kogu, tervikuna
c1058	avalik
c1059	era, eraviisiline, isiklik
c1060	riiklik, rahvuslik
c1061	rahvusvaheline
c1062	kohalik
c1063	ülemaailmne, globaalne
c1064	sotsiaalne, ühiskondlik
c1065	üldine
c1066	eriline, eri
c1067	lihtne
c1068	keeruline, keerukas
c1069	selge
c1070	vaikne
c1071	vali, valju, lärmakas
c1072	kuulus
c1073	populaarne
c1074	ühine, tavaline
c1075	haruldane
c1076	imelik, kummaline, veider
c1077	tavaline, normaalne
c1078	valmis
c1079	hõivatud, kiire
c1080	üksi, üksinda
c1081	koos
c1082	kindel
c1083	tõsine
c1084	tohutu, hiiglaslik
c1085	iidne, muistne
c1086	kaasaegne, moodne
c1087	traditsiooniline
c1088	inimlik, inimese
c1089	ilu
c1090	tore, kena
c1091	suur, suurepärane
c1092	hea, peen
c1093	lahke, hea
c1094	sõbralik
c1095	pikk, kõrge
c1096	ümmargune
c1097	lame, tasane
c1098	terav
c1099	õhuke, kõhn
c1100	paks
c1101	paks, rasvane
c1102	kiire
c1103	aeglaselt
c1104	kiiresti
c1105	hästi
c1106	peaaegu, ligi
c1107	ainult, vaid
c1108	eriti, eelkõige
c1109	lõpuks, viimaks
c1110	äkki, järsku, ootamatult
c1111	tõenäoliselt, vist
c1112	võib-olla
c1113	kindlasti
c1114	tõesti, tegelikult
c1115	siin, siia
c1116	seal, sinna
c1117	kõikjal, igal pool
c1118	kaugel, kaugele
c1119	lähedal, lähedale
c1120	ära, eemal
c1121	väljas, õues, välja
c1122	sees, sisse, seest
c1123	vahel, vahele, vahelt
c1124	ilma
c1125	vastu
c1126	ajal, jooksul, vältel
c1127	pärast, peale
c1128	enne, eel
c1129	all, alla
c1130	üle, kohal
c1131	üle, läbi, risti
c1132	läbi
c1133	ümber, ümbruses
c1134	hulgas, seas
c1135	hoolimata, vaatamata
c1136	poole, suunas
c1137	taga, taha
c1138	mööda, piki
c1139	kõik, igaüks
c1140	mitte midagi
c1141	kõik, kõike
c1142	asi, asja
c1143	koha, kohad
c1144	viis, viisi, moodus
c1145	osa
c1146	arv, number
c1147	rühm, rühma, grupp
c1148	liik, sort, tüüp
c1149	näide, näite, näiteks
c1150	probleem, mure
c1151	olukord, olukorra
c1152	fakt, tõsiasi
c1153	juhtum, juhtumi, juhul, juhtudel
c1154	punkt, punkti, küsimus
c1155	vorm, kuju
c1156	tase, taseme
c1157	suurus, suuruse
c1158	kuju
c1159	joon, joone, rida
c1160	märk, märgi, tunnus
c1161	erinevus, vahe
c1162	võimalus, šanss, õnn
c1163	võimalus, võimaluse
c1164	oht, ohu
c1165	risk, riski
c1166	tähtsus, olulisus
c1167	edu
c1168	ebaõnnestumine, läbikukkumine
c1169	pingutus, jõupingutus
c1170	roll, rolli, osa
c1171	eesmärk, eesmärgi
c1172	kvaliteet, kvaliteedi
c1173	kogus, summa, hulk
c1174	enamus, enamik
c1175	protsent, protsendi
c1176	keskmine
c1177	sõnum, teade
c1178	uudised, uudis
c1179	teave, teabe, info, informatsioon
c1180	nimi, nime
c1181	parlament, riigikogu
c1182	parlamentaarne
c1183	liige, liikme, parlamendiliige
c1184	resolutsioon, resolutsiooni
c1185	valitsus, valitsuse
c1186	minister, ministri
c1187	peaminister
c1188	president, presidendi
c1189	valimised, valimine
c1190	valimiste, valimistel, valimisringkond
c1191	hääletama, hääletab, hääletas, hääleta
c1192	hääl, hääletus
c1193	valija
c1194	kandidaat
c1195	kampaania
c1196	rahvahääletus, referendum
c1197	partei, erakond
c1198	inimõigused, inimõiguste
c1199	õigus, õiguse
c1200	seadus, seaduse
c1201	õiguslik, seaduslik
c1202	ebaseaduslik, illegaalne
c1203	kohus, kohtu
c1204	kohtunik
c1205	advokaat, jurist
c1206	prokurör
c1207	kohtuprotsess, kohtuistung
c1208	karistus, kohtuotsus
c1209	vang, vangi
c1210	poliitvang, poliitiline vang
c1211	arreteerima, vahistama, vahistas, arreteeri, vahista
c1212	arreteerimine, vahistamine
c1213	kinnipidamine, vahi all
c1214	kinni pidama, peab kinni
c1215	vabastama, vabastab, vabastas, vabasta
c1216	vabastamine
c1217	piinamine
c1218	hukka mõistma, mõistab hukka
c1219	nõudma, kutsuma, õhutama, nõud, kutsu, õhuta
c1220	kutsuma, kutsub, kutsus, kutsu
c1221	nõudma, nõuab, nõud
c1222	tervitama, tervitab, tervitas, tervita
c1223	kahetsema, kahetseb, kahetses, kahetse
c1224	meenutama, tuletama meelde, meenutab, meenuta
c1225	ajakirjanik
c1226	meedia
c1227	ajakirjandus, press
c1228	protest, protesti
c1229	meeleavaldaja, protestija
c1230	meeleavaldus
c1231	vabadus, vabaduse
c1232	sõnavabadus, väljendusvabadus
c1233	kogunemisvabadus
c1234	demokraatia
c1235	demokraatlik
c1236	liikmesriik
c1237	komisjon
c1238	volinik, voliniku
c1239	nõukogu
c1240	liit, liidu
c1241	euroopa liit
c1242	kodanik, kodaniku
c1243	kodakondsus
c1244	vägivald, vägivalla
c1245	vägivaldne
c1246	politsei
c1247	politseinik
c1248	armee, sõjavägi
c1249	sõjaline
c1250	sõdur, sõduri
c1251	sõda, sõja
c1252	rahu
c1253	konflikt, konflikti
c1254	relv, relva
c1255	sanktsioon, sanktsiooni
c1256	opositsioon
c1257	režiim, režiimi
c1258	võim, ametivõim, asutus, võimud
c1259	riik, riigi
c1260	riik, maa, riigi
c1261	rahvus, rahvas
c1262	vabariik, vabariigi
c1263	kuningriik
c1264	kuningas, kuninga
c1265	kuninganna
c1266	keiser, keisri
c1267	impeerium, keisririik
c1268	põhiseadus, põhiseaduse
c1269	põhiseaduslik
c1270	leping, lepingu
c1271	kokkulepe, kokkuleppe
c1272	läbirääkimine, läbirääkimised
c1273	läbi rääkima, peab läbirääkimisi
c1274	kuritegu, kuriteo
c1275	kriminaalne, kuritegelik
c1276	ohver, ohvri
c1277	mõrv, mõrva
c1278	terrorism
c1279	terrorist
c1280	rünnak, rünnaku
c1281	julgeolek, turvalisus
c1282	ohutus
c1283	kaitse
c1284	pagulane
c1285	migrant, sisserändaja
c1286	ränne, migratsioon
c1287	varjupaik, varjupaiga
c1288	vähemus, vähemuse
c1289	diskrimineerimine
c1290	võrdsus, võrdõiguslikkus
c1291	sugu, soo
c1292	õigusriik
c1293	õiglus, õigusemõistmine
c1294	kohtu, kohtulik, õigusemõistmise
c1295	sõltumatus, iseseisvus
c1296	sõltumatu, iseseisev
c1297	suveräänsus
c1298	territoorium, ala
c1299	okupatsioon
c1300	invasioon, sissetung
c1301	relvarahu, tulerahu
c1302	humanitaarne
c1303	abi
c1304	koostöö
c1305	dialoog
c1306	suhe, suhted
c1307	diplomaatiline
c1308	suursaadik
c1309	saatkond
c1310	delegatsioon
c1311	esindaja
c1312	ametnik
c1313	haldus, administratsioon
c1314	institutsioon, asutus
c1315	amet, agentuur
c1316	võim, võimu
c1317	poliitika
c1318	poliitika
c1319	poliitiline
c1320	poliitik
c1321	reform, reformi
c1322	õigusaktid, seadusandlus
c1323	direktiiv
c1324	määrus, määruse
c1325	ettepanek, ettepaneku
c1326	muudatus, muudatusettepanek
c1327	aruanne, raport
c1328	arutelu
c1329	istung, istungjärk
c1330	komisjon, komitee
c1331	esimees, esimehe
c1332	eesistujariik, eesistumine
c1333	mandaat, volitus
c1334	vastu võtma, võttis vastu, võtab
c1335	heaks kiitma, kiitis heaks, kinnitama, kinnita
c1336	erapooletuks jääma, jäi erapooletuks
c1337	koalitsioon
c1338	juht, liider
c1339	korruptsioon
c1340	pettus, pettuse
c1341	läbipaistvus
c1342	uurimine, juurdlus
c1343	uurima, uurib, uuris, uuri
c1344	tõend, tõendid
c1345	tunnistaja
c1346	süüdistus, süüdistuse
c1347	süüdistama, süüdistab, süüdista
c1348	süüdi
c1349	süütu
c1350	süüdi mõistma, mõistis süüdi
c1351	apellatsioon, kaebus
c1352	karistus, karistuse
c1353	surmanuhtlus
c1354	hukkamine
c1355	trahv, trahvi
c1356	karistus
c1357	karistama, karistab, karista
c1358	aktivist
c1359	inimõiguste kaitsja
c1360	dissident
c1361	pantvang
c1362	röövima, rööviti, röövis, röövi, inimrööv
c1363	kadumine, kadunuks jäämine
c1364	ahistamine
c1365	hirmutamine
c1366	tagakiusamine
c1367	repressioon, allasurumine
c1368	mahasurumine, karmid meetmed
c1369	tsensuur
c1370	väärkohtlemine, kuritarvitamine
c1371	vägistamine
c1372	genotsiid
c1373	sõjakuritegu
c1374	inimkaubandus, kaubitsemine
c1375	orjus
c1376	ühinenud rahvaste organisatsioon, üro
c1377	nato
c1378	euroopa parlament
c1379	euroopa komisjon
c1380	tippkohtumine
c1381	fond, fondi
c1382	rahastamine
c1383	programm, programmi
c1384	strateegia
c1385	eesmärk
c1386	meede, meetme
c1387	tegevus, meede
c1388	raamistik
c1389	rakendamine
c1390	rakendama, rakendab, rakenda
c1391	tagama, tagab, tagada
c1392	rõhutama, rõhutab, rõhuta
c1393	märkima, märgib, võtab teadmiseks, märki
c1394	kordama, kordab, korda
c1395	väljendama, väljendab, väljenda
c1396	mure, murelikkus
c1397	taunima, taunib, kahetseb, tauni
c1398	hukka mõistma, taunima, tauni
c1399	nõudma, nõuab, rõhutama, nõud, rõhuta
c1400	julgustama, julgustab, julgusta
c1401	kutsuma, kutsub, palub, kutsu
c1402	rõhutama, esile tõstma, rõhuta
c1403	tunnistama, tunnustama, tunnista, tunnusta
c1404	tunnustama, ära tundma, tunnustab, tunnusta
c1405	kaaluma, kaalub, kaalus, leidma, leiab
c1406	viivitamata, kohe, otsekohe
c1407	kindlalt, tugevalt
c1408	sügavalt
c1409	tingimusteta
c1410	hääletussedel, valimissedel
c1411	õiglane, aus
c1412	vaatleja
c1413	siseturg
c1414	konkurents, võistlus
c1415	põllumajandus
c1416	kalandus
c1417	kliimamuutus
c1418	heide, heitkogus
c1419	jätkusuutlik, säästev
c1420	areng, arendamine
c1421	innovatsioon, uuendus
c1422	digitaalne
c1423	andmed
c1424	eraelu, privaatsus
c1425	kaitse
c1426	transport, vedu
c1427	taristu, infrastruktuur
c1428	piirkondlik, regionaalne
c1429	solidaarsus
c1430	laienemine
c1431	ühinemine
c1432	toll
c1433	valuuta, raha
c1434	inflatsioon
c1435	intress
c1436	huvi
c1437	puudujääk, defitsiit
c1438	ühiskond, ühiskonna
c1439	kogukond, ühendus
c1440	organisatsioon
c1441	ühing, ühendus
c1442	elanikkond, rahvastik
c1443	avalik arvamus
c1444	vastutus, vastutuse
c1445	vastutav
c1446	kohustus, kohustuse
c1447	põhimõte, põhimõtte
c1448	väärtus, väärtuse
c1449	väärikus, inimväärikus
c1450	austus, lugupidamine
c1451	austama, austab, järgima, austa
c1452	õiguskaitse
c1453	menetlus, kord
c1454	protsess, protsessi
c1455	küsimus, teema
c1456	asi, küsimus
c1457	süsteem, süsteemi
c1458	käsk, korraldus
c1459	reegel, eeskiri
c1460	mõju, toime
c1461	mõju
c1462	tingimus, seisund
c1463	juurdepääs
c1464	ressurss
c1465	vaenlane
c1466	kangelane
c1467	valvur
c1468	preester, preestri
c1469	traditsioon, tava
c1470	festival, pidu
c1471	tseremoonia
c1472	kõne
c1473	arvamus, arvamuse
c1474	avaldus, avalduse
c1475	deklaratsioon, avaldus
c1476	tähelepanu
c1477	tõde, tõe
c1478	saladus, saladuse
c1479	oht, ähvardus
c1480	võit, võidu
c1481	kaotus, lüüasaamine
c1482	lahing, lahingu
c1483	revolutsioon
c1484	lipp, lipu
c1485	onn, onni, hütt
c1486	laviin
c1487	liitlane
c1488	väed, vägede
c1489	streik, streigi
c1490	pension, pensioni
c1491	eluase, eluasemed
c1492	õnn, õnne
c1493	jahimees
c1494	kõrgus, kõrguse
c1495	pikkus, pikkuse
c1496	kaal, kaalu
c1497	kiirus, kiiruse
c1498	pärand, pärandi
c1499	relv, püss
c1500	pomm, pommi
`;
