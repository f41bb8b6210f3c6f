// Concordia's core vocabulary in Finnish: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	yksi, yhde, yhtä, yhtee
c0002	kaksi, kahde, kahta, kahtee
c0003	kolme, kolmea
c0004	neljä, neljää
c0005	viisi, viide, viittä
c0006	kuusi, kuude, kuutta
c0007	seitsemän, seitsemää
c0008	kahdeksan, kahdeksaa
c0009	yhdeksän, yhdeksää
c0010	kymmenen, kymmentä
c0011	yksitoista
c0012	kaksitoista
c0013	kolmetoista
c0014	neljätoista
c0015	viisitoista
c0016	kuusitoista
c0017	seitsemäntoista
c0018	kahdeksantoista
c0019	yhdeksäntoista
c0020	kaksikymmentä
c0021	kolmekymmentä
c0022	neljäkymmentä
c0023	viisikymmentä
c0024	kuusikymmentä
c0025	seitsemänkymmentä
c0026	kahdeksankymmentä
c0027	yhdeksänkymmentä
c0028	sata, sada, sataa, sadat
c0029	tuhat, tuhannen, tuhatta, tuhansia
c0030	miljoona, miljoonaa
c0031	miljardi, miljardia
c0032	ensimmäinen, ensimmäise, ensimmäistä
c0033	toinen, toise, toista
c0034	kolmas, kolmannen, kolmatta
c0035	neljäs, neljännen, neljättä
c0036	viides, viidennen, viidettä
c0037	kuudes, kuudennen, kuudetta
c0038	seitsemäs, seitsemännen
c0039	kahdeksas, kahdeksannen
c0040	yhdeksäs, yhdeksännen
c0041	kymmenes, kymmenennen
c0042	puolikas, puoli, puolet, puolta
c0043	neljännes, neljännekse, neljäsosa
c0044	tusina
c0045	kaksinkertainen, tupla
c0046	viimeinen, viimeise, viimeistä
c0047	seuraava
c0048	tammikuu
c0049	helmikuu
c0050	maaliskuu
c0051	huhtikuu
c0052	toukokuu
c0053	kesäkuu
c0054	heinäkuu
c0055	elokuu
c0056	syyskuu
c0057	lokakuu
c0058	marraskuu
c0059	joulukuu
c0060	maanantai
c0061	tiistai
c0062	keskiviikko
c0063	torstai
c0064	perjantai
c0065	lauantai
c0066	sunnuntai
c0067	kevät, kevää, keväällä, kevättä
c0068	kesä, kesällä
c0069	syksy, syksyllä
c0070	talvi, talve, talvella, talvea
c0071	vuodenaika, vuodenaja
c0072	päivä, päivää
c0073	viikko, viiko, viikkoa
c0074	kuukausi, kuukaude, kuukautta
c0075	vuosi, vuode, vuotta, vuonna, vuodet
c0076	tunti, tunni, tuntia
c0077	minuutti, minuuti
c0078	sekunti, sekunni
c0079	aamu, aamulla
c0080	iltapäivä, iltapäivällä
c0081	ilta, illa, illalla, iltaa
c0082	yö, yön, yöllä, yötä, öisi
c0083	keskipäivä, puolipäivä
c0084	keskiyö, keskiyöllä
c0085	tänään
c0086	eilen
c0087	huomenna
c0088	tänä iltana, tänä yönä
c0089	vuosisata, vuosisada, vuosisataa
c0090	vuosikymmen, vuosikymmenen
c0091	aika, ajan, aikaa, ajat
c0092	hetki, hetke, hetkeä
c0093	jakso, ajanjakso, kausi, kaude
c0094	päivämäärä
c0095	viikonloppu, viikonlopu
c0096	kalenteri
c0097	kello
c0098	ikä, iän, ikää
c0099	menneisyys, menneisyyde
c0100	tulevaisuus, tulevaisuude
c0101	nykyisyys, nykyhetki, nykyaika
c0102	nyt
c0103	pian, kohta
c0104	myöhemmin
c0105	varhainen, aikainen, aikaisin, varhain, varhaise, aikaise
c0106	myöhäinen, myöhään, myöhässä, myöhäise
c0107	jo
c0108	taas, uudelleen, jälleen
c0109	aina
c0110	ei koskaan, koskaan
c0111	usein
c0112	joskus, toisinaan
c0113	sitten
c0114	äskettäin, hiljattain, viime aikoina
c0115	päivittäinen, päivittäi
c0116	vuotuinen, vuosittainen
c0117	aamunkoitto, sarastus
c0118	auringonlasku
c0119	auringonnousu
c0120	aikakausi, aikakaude
c0121	alku, alun, alussa, alkua
c0122	loppu, lopu, lopussa, loppua
c0123	syntymäpäivä
c0124	loma, lomaa, juhlapäivä, pyhä
c0125	joulu
c0126	pääsiäinen, pääsiäise
c0127	vuosipäivä
c0128	väri
c0129	punainen, punaise
c0130	sininen, sinise
c0131	vihreä
c0132	keltainen, keltaise
c0133	musta
c0134	valkoinen, valkoise
c0135	harmaa
c0136	ruskea
c0137	oranssi
c0138	vaaleanpunainen
c0139	violetti, purppura, liila
c0140	kultainen
c0141	pimeä, tumma
c0142	kirkas, kirkkaa, valoisa
c0143	kalpea, vaalea
c0144	pohjoinen, pohjoise
c0145	etelä
c0146	itä, idän, itää
c0147	länsi, lännen, läntee
c0148	pohjoinen, pohjois
c0149	eteläinen, etelä
c0150	itäinen, itä
c0151	läntinen, länsi
c0152	vasen, vasemma, vasemmalla
c0153	oikea, oikealla
c0154	huippu, yläosa, yläpää
c0155	pohja, alaosa
c0156	puoli, sivu, reuna
c0157	keskikohta, keskellä, keski
c0158	keskus, keskusta
c0159	etuosa, edessä
c0160	takaosa, takana
c0161	reuna
c0162	perhe, perhee, perhettä
c0163	äiti, äidi, äitiä
c0164	isä, isän, isää
c0165	vanhempi, vanhemmat, vanhempie
c0166	lapsi, lapse, lasta, lapset, lapsia
c0167	poika, poja, poikaa
c0168	tytär, tyttäre, tytärtä
c0169	veli, velje, veljeä
c0170	sisar, sisko, sisare
c0171	aviomies, miehe, mies
c0172	vaimo
c0173	isoisä
c0174	isoäiti
c0175	lapsenlapsi, lapsenlapse, lapsenlapset
c0176	setä, eno
c0177	täti
c0178	serkku, serku
c0179	vauva
c0180	poika, poja, poikia
c0181	tyttö, tytö, tyttöä
c0182	mies, miehe, miestä, miehet
c0183	nainen, naise, naista, naiset
c0184	henkilö, ihminen
c0185	ihmiset, ihmisiä, kansa
c0186	ystävä
c0187	naapuri
c0188	vieras, vieraa, vieraat
c0189	häät
c0190	avioliitto
c0191	mennä naimisiin, avioitua, naimisiin, avioitu
c0192	avioero
c0193	syntymä
c0194	syntynyt, syntyi, syntyä
c0195	kuolla, kuoli, kuolee, kuollut, kuolevat
c0196	kuolema
c0197	kuollut, kuollee, kuolleet
c0198	elämä, elämää
c0199	elää, elävät, asua, asuu
c0200	elossa, elävä
c0201	nuori, nuore, nuorta
c0202	vanha
c0203	nuoriso, nuoruus
c0204	aikuinen, aikuise
c0205	sukupolvi, sukupolve
c0206	sukulainen, sukulaise
c0207	pari, pariskunta
c0208	kaksonen, kaksoset
c0209	leski
c0210	orpo, orvo
c0211	esi-isä, esivanhempi
c0212	ruumis, ruumii, keho
c0213	pää, pään, päätä
c0214	kasvot, kasvoje
c0215	silmä
c0216	korva
c0217	nenä
c0218	suu, suun, suuta
c0219	hammas, hampaa, hampaat, hammasta
c0220	kieli, kiele
c0221	huuli, huule
c0222	hiukset, tukka, hius
c0223	kaula, niska
c0224	olkapää
c0225	käsivarsi, käsivarre
c0226	käsi, käde, kättä, kädet, käsiä
c0227	sormi, sorme
c0228	jalka, jala, jalkaa
c0229	polvi, polve
c0230	jalka, jala, jalkaa, jalat
c0231	selkä, selä, selkää
c0232	rinta, rinna, rintakehä
c0233	sydän, sydäme, sydäntä
c0234	veri, vere, verta
c0235	luu, luun
c0236	iho
c0237	vatsa
c0238	aivot, aivoje
c0239	hengitys, henkäys
c0240	hengittää, hengitti, hengittä
c0241	ääni, äänen, ääntä
c0242	keuhko, keuhkot
c0243	lihas, lihakse
c0244	haava
c0245	vamma, loukkaantuminen
c0246	vahingoittaa, loukata, loukkaantua, haavoittaa, vahingoitta, loukkaantu, haavoitta
c0247	kipu, kivu, kipua
c0248	sokea
c0249	kuuro
c0250	parta, parra
c0251	kyynel, kyyneleet, kyynelee
c0252	siipi, siive, siivet
c0253	häntä, hännä
c0254	sää, sään
c0255	sade, satee, sadetta
c0256	lumi, lume, lunta
c0257	jää, jään, jäätä
c0258	tuuli, tuule, tuulta
c0259	myrsky
c0260	pilvi, pilve, pilviä
c0261	sumu
c0262	aurinko, auringo
c0263	taivas, taivaa, taivasta
c0264	kuuma
c0265	kylmä
c0266	lämmin, lämpimä, lämmintä
c0267	viileä
c0268	kuiva
c0269	märkä, märä
c0270	lämpötila
c0271	aste, astee, astetta
c0272	ilmasto
c0273	pakkanen, pakkase, halla, kuura
c0274	ukkonen, ukkose, jyrinä
c0275	salama
c0276	tulva
c0277	kuivuus, kuivuude
c0278	kuumuus, helle, heltee, lämpö
c0279	ilma
c0280	varjo
c0281	jäätyä, jäätyi, jäätynyt, pakastaa, jääty, pakasta
c0282	sulaa, suli, sulanut, sula
c0283	puhaltaa, puhalsi, tuulee, puhalta
c0284	paistaa, paistoi, loistaa, loisti, paista, loista
c0285	luonto, luonno, luontoa
c0286	maa, maan, maapallo
c0287	maa, maan, maata, maaperä
c0288	maa, maata, manner
c0289	maaperä, multa
c0290	hiekka, hieka
c0291	kivi, kive, kiveä
c0292	kallio, kivi
c0293	vuori, vuore, vuorta, vuoret
c0294	mäki, mäen, kukkula
c0295	laakso
c0296	joki, joen, jokea
c0297	puro
c0298	järvi, järve, järveä
c0299	meri, mere, merta
c0300	valtameri, valtamere
c0301	rannikko, ranniko
c0302	ranta, ranna, rantaa
c0303	hiekkaranta, uimaranta, ranta
c0304	saari, saare
c0305	lahti, lahde
c0306	kallio, jyrkänne
c0307	luola
c0308	jäätikkö, jäätikö
c0309	huippu, huipu, huippua
c0310	huippu, huipu
c0311	harju, harjanne
c0312	rinne, rintee, rinnettä
c0313	sola
c0314	tasanko, tasango
c0315	pelto, pello
c0316	niitty, niity
c0317	metsä
c0318	puu, puun, puuta
c0319	puu, puun, puuta, puut
c0320	oksa
c0321	lehti, lehde, lehteä, lehdet
c0322	juuri, juure
c0323	kukka, kukan, kukat, kukkia, kukkien
c0324	ruoho, nurmi
c0325	kasvi
c0326	siemen, siemenen
c0327	hedelmä
c0328	pensas, pensaa, pensaat
c0329	aavikko, autiomaa, erämaa
c0330	suo, suon
c0331	vesiputous, vesiputoukse
c0332	lähde, lähteet, lähteitä
c0333	aalto, aallo
c0334	ranta, ranna, penger
c0335	maisema
c0336	näkymä, näköala
c0337	horisontti, taivaanranta
c0338	tähti, tähde, tähteä
c0339	kuu, kuun
c0340	planeetta, planeeta
c0341	maailma
c0342	avaruus, avaruude
c0343	tulta, tulipalo, palo
c0344	liekki, lieki
c0345	vesi, vede, vettä, vedet
c0346	savu
c0347	pöly
c0348	muta, muda
c0349	kulta, kulla, kultaa
c0350	hopea
c0351	rauta, rauda
c0352	metalli
c0353	hiili, hiile
c0354	öljy
c0355	kaasu
c0356	suola
c0357	tulivuori, tulivuore
c0358	maanjäristys, maanjäristykse
c0359	eläin, eläime
c0360	lintu, linnu
c0361	kala
c0362	koira
c0363	kissa
c0364	hevonen, hevose
c0365	lehmä
c0366	lammas, lampaa, lampaat
c0367	vuohi, vuohe
c0368	sika, sian
c0369	kana
c0370	karhu
c0371	susi, sude, sudet
c0372	kettu, ketu
c0373	hirvi, peura, hirve
c0374	kani, jänis
c0375	hiiri, hiire
c0376	rotta, rota
c0377	käärme, käärmee
c0378	hyönteinen, hyönteise
c0379	mehiläinen, mehiläise
c0380	kärpänen, kärpäse
c0381	perhonen, perhose
c0382	kotka
c0383	valas, valaa
c0384	leijona
c0385	norsu, elefantti
c0386	karja
c0387	pesä
c0388	muna
c0389	höyhen, höyhenen, sulka
c0390	metsästää, metsästi, metsästä
c0391	maatila
c0392	maanviljelijä, viljelijä
c0393	sato, sado
c0394	viljelykasvi, sato
c0395	vehnä
c0396	ympäristö
c0397	saaste, saastuminen, pilaantuminen
c0398	laji
c0399	luonnon monimuotoisuus, biodiversiteetti
c0400	kansallispuisto
c0401	villi
c0402	luonnollinen, luonnollise
c0403	eurooppa
c0404	eurooppalainen
c0405	afrikka
c0406	afrikkalainen
c0407	aasia
c0408	aasialainen
c0409	amerikka
c0410	amerikkalainen
c0411	yhdysvallat
c0412	venäjä
c0413	venäläinen
c0414	ukraina
c0415	ukrainalainen
c0416	valko-venäjä
c0417	kiina
c0418	kiinalainen
c0419	yhdistynyt kuningaskunta, britannia
c0420	brittiläinen
c0421	englanti
c0422	englanti, englanni
c0423	turkki
c0424	turkkilainen
c0425	japani
c0426	intia
c0427	israel
c0428	iran
c0429	syyria
c0430	sveitsi
c0431	norja
c0432	saksa
c0433	saksalainen
c0434	ranska
c0435	ranskalainen
c0436	italia
c0437	italialainen
c0438	espanja
c0439	espanjalainen
c0440	portugali
c0441	portugalilainen
c0442	alankomaat, hollanti
c0443	alankomaalainen, hollantilainen
c0444	belgia
c0445	belgialainen
c0446	luxemburg
c0447	itävalta, itävalla
c0448	itävaltalainen
c0449	puola
c0450	puolalainen
c0451	tšekki, tšekin tasavalta
c0452	tšekkiläinen
c0453	slovakia
c0454	slovakialainen
c0455	unkari
c0456	unkarilainen
c0457	slovenia
c0458	kroatia
c0459	romania
c0460	romanialainen
c0461	bulgaria
c0462	bulgarialainen
c0463	kreikka
c0464	kreikkalainen
c0465	kypros
c0466	malta
c0467	irlanti
c0468	irlantilainen
c0469	tanska
c0470	tanskalainen
c0471	ruotsi
c0472	ruotsalainen
c0473	suomi
c0474	suomalainen
c0475	viro
c0476	latvia
c0477	liettua
c0478	alpit
c0479	välimeren
c0480	atlantin
c0481	baltian, itämere
c0482	bryssel
c0483	strasbourg
c0484	matkustaa, matkusti, matkusta
c0485	matka
c0486	retki, retke, matka
c0487	turisti, matkailija
c0488	matkailu, turismi
c0489	hotelli
c0490	huone, huonee
c0491	passi
c0492	lippu, lipu
c0493	juna
c0494	rautatie
c0495	asema
c0496	bussi, linja-auto
c0497	auto
c0498	ajoneuvo
c0499	polkupyörä, pyörä
c0500	vene, venee
c0501	laiva
c0502	lentokone, lentokonee
c0503	lentokenttä, lentoasema
c0504	lento, lenno
c0505	satama, satamakaupunki
c0506	satama
c0507	tie, tien, tietä, tiet
c0508	katu, kadu
c0509	polku, polu
c0510	silta, silla
c0511	tunneli
c0512	kartta, karta
c0513	opas, oppaa
c0514	kierros, kierrokse, kiertomatka
c0515	vierailla, käydä, vieraili, kävi
c0516	vierailija, kävijä
c0517	saapua, saapui, saapuu, saapu
c0518	lähteä, lähti, lähtee, poistua, lähte, poistu
c0519	lähteä, lähti, lähtee, lähte
c0520	palata, palasi, palaa, palaavat
c0521	ajaa, ajoi, ajanut, ajavat
c0522	ratsastaa, ajaa, ajoi, ratsasta
c0523	kävellä, käveli, kävelee
c0524	kiivetä, kiipesi, kiipeää, kiipeä
c0525	uida, ui, uinut
c0526	purjehtia, purjehti
c0527	ylittää, ylitti, ylittä
c0528	saavuttaa, saavutti, päästä, saavutta
c0529	reitti, reiti
c0530	raja
c0531	etäisyys, etäisyyde, matka
c0532	kilometri
c0533	metri
c0534	maili
c0535	ulkomailla, ulkomaille
c0536	ulkomainen, vieras, ulkomaa
c0537	liikenne, liikentee
c0538	onnettomuus, onnettomuude
c0539	matkustaja
c0540	kuljettaja
c0541	leiri
c0542	teltta, telta
c0543	jäädä, jäi, oleskella, viipyä, viipy
c0544	odottaa, odotti, odotta
c0545	kylä
c0546	kaupunki, kaupungi, kaupunkia
c0547	kaupunki, suurkaupunki, kaupungi
c0548	pääkaupunki, pääkaupungi
c0549	tori, aukio
c0550	markkinat, tori
c0551	kauppa, kaupa, myymälä, liike
c0552	kirkko, kirko
c0553	tuomiokirkko, katedraali
c0554	linna
c0555	palatsi
c0556	torni
c0557	museo
c0558	muistomerkki, monumentti
c0559	puisto
c0560	puutarha
c0561	seinä, muuri
c0562	portti, porti
c0563	ovi, oven, ovea
c0564	ikkuna
c0565	kerros, kerrokse
c0566	katto, kato
c0567	portaat, portaide
c0568	keittiö
c0569	sänky, sängy
c0570	pöytä, pöydä
c0571	tuoli
c0572	talo
c0573	koti, kodi, kotona, kotii
c0574	rakennus, rakennukse
c0575	asunto
c0576	osoite, osoittee
c0577	kaupunginosa, alue, piiri
c0578	alue, seutu, maakunta
c0579	alue, vyöhyke, aluee
c0580	maaseutu, maaseudu
c0581	sairaala
c0582	koulu
c0583	yliopisto
c0584	kirjasto
c0585	ravintola
c0586	toimisto
c0587	tehdas, tehtaa
c0588	vankila
c0589	teatteri
c0590	elokuvateatteri, elokuvat
c0591	avain, avaime
c0592	lamppu, lampu
c0593	valo
c0594	laatikko, rasia
c0595	laukku, kassi, pussi
c0596	pullo
c0597	lasi
c0598	kuppi, kupi
c0599	lautanen, lautase
c0600	veitsi, veitse
c0601	kirja
c0602	kirje, kirjee
c0603	paperi
c0604	kynä
c0605	kuva
c0606	valokuva
c0607	kamera
c0608	puhelin, puhelime
c0609	tietokone, tietokonee
c0610	internet, netti
c0611	televisio, tv
c0612	radio
c0613	sanomalehti, sanomalehde, lehti
c0614	vaatteet, vaatteita, vaate
c0615	paita, paida
c0616	mekko
c0617	kenkä, kengä, kengät
c0618	takki
c0619	hattu, hatu
c0620	raha
c0621	hinta, hinna
c0622	kustannus, kustannukset, hinta
c0623	maksaa, maksoi, maksa
c0624	ostaa, osti, osta
c0625	myydä, myi
c0626	halpa, halva
c0627	kallis, kallii
c0628	euro
c0629	ruoka, ruoa, ruua
c0630	leipä, leivä
c0631	liha
c0632	maito
c0633	juusto
c0634	
c0635	viini
c0636	olut, olue, olutta
c0637	kahvi
c0638	tee, teen, teetä
c0639	sokeri
c0640	omena
c0641	vihannes, vihannekset
c0642	peruna
c0643	riisi
c0644	keitto, keito
c0645	kakku, kaku
c0646	aamiainen, aamupala
c0647	lounas, lounaa
c0648	päivällinen, illallinen
c0649	ateria
c0650	syödä, söi, syö, syönyt
c0651	juoda, joi, juo, juonut
c0652	laittaa ruokaa, kokata, valmistaa, valmista
c0653	maku, maun
c0654	nälkäinen
c0655	nälkä, nälä, nälänhätä
c0656	makea
c0657	tuore, tuoree
c0658	hunaja
c0659	viinirypäle, rypäle
c0660	jauho, jauhot
c0661	maissi, vilja
c0662	jano
c0663	työ, työn, työtä
c0664	tehdä työtä, työskennellä, työskenteli
c0665	työpaikka, työ
c0666	työntekijä
c0667	työntekijä, palkansaaja
c0668	työnantaja
c0669	yritys, yritykse, yhtiö
c0670	liiketoiminta, yritys, kauppa
c0671	teollisuus, teollisuude, ala
c0672	kauppa, kaupa
c0673	talous, taloude
c0674	taloudellinen
c0675	palkka, palka
c0676	palkka, palka
c0677	tulo, tulot, tuloja
c0678	vero
c0679	talousarvio, budjetti
c0680	voitto, voito
c0681	tappio, menetys
c0682	työttömyys, työttömyyde
c0683	työllisyys, työllisyyde
c0684	ura
c0685	ammatti, ammati
c0686	johtaja
c0687	kollega, työtoveri
c0688	joukkue, tiimi, ryhmä
c0689	kokous, kokoukse, tapaaminen
c0690	hanke, hankkee, projekti
c0691	tehtävä
c0692	sopimus, sopimukse
c0693	taito, taido
c0694	kokemus, kokemukse
c0695	koulutus, koulutukse
c0696	tuotanto, tuotanno
c0697	tuote, tuottee
c0698	palvelu
c0699	asiakas, asiakkaa
c0700	kuluttaja
c0701	kasvu
c0702	investointi, sijoitus
c0703	pankki, panki
c0704	rahoitus, talous
c0705	taloudellinen, rahoitus
c0706	velka, vela
c0707	kriisi
c0708	köyhyys, köyhyyde
c0709	köyhä
c0710	rikas, rikkaa
c0711	varallisuus, rikkaus
c0712	omaisuus, omaisuude, kiinteistö
c0713	omistaja
c0714	omistaa, omisti, omistavat
c0715	rakentaa, rakensi, rakenta
c0716	tuottaa, tuotti, valmistaa, tuotta, valmista
c0717	tarjonta, toimitus, hankinta
c0718	energia
c0719	sähkö
c0720	teknologia, tekniikka
c0721	kone, konee
c0722	työkalu, väline
c0723	insinööri
c0724	lääkäri
c0725	sairaanhoitaja, hoitaja
c0726	opettaja
c0727	opiskelija
c0728	oppilas, oppilaa
c0729	oppitunti, tunti
c0730	luokka, luoka
c0731	koe, kokeen, kokeet, kokeessa, tentti
c0732	opiskella, opiskeli, tutkia, tutki
c0733	oppia, oppi
c0734	opettaa, opetti, opetta
c0735	koulutus, opetus
c0736	tieto, tiedo, osaaminen
c0737	tietää, tiesi, tuntea, tunsi, tietä, tunte
c0738	tiede, tietee
c0739	tieteellinen
c0740	tutkimus, tutkimukse
c0741	tiedemies, tutkija
c0742	lukea, lukee, luke
c0743	kirjoittaa, kirjoitti, kirjoitta
c0744	sana
c0745	kieli, kiele
c0746	lause, lausee
c0747	kysymys, kysymykse
c0748	vastaus, vastaukse
c0749	sivu
c0750	tarina, kertomus
c0751	historia
c0752	historiallinen
c0753	taide, taitee
c0754	taiteilija
c0755	musiikki, musiiki
c0756	laulu
c0757	laulaa, lauloi, laula
c0758	tanssia, tanssi
c0759	elokuva
c0760	peli
c0761	pelata, pelasi, leikkiä, soittaa, leikki, soitta
c0762	urheilu
c0763	voittaa, voitti, voitta
c0764	hävitä, hävisi, menettää, menetti, menettä
c0765	jalkapallo
c0766	pelaaja
c0767	kulttuuri
c0768	kulttuurinen, kulttuuri
c0769	kirjailija
c0770	kirjoittaja, tekijä
c0771	runo
c0772	runoilija
c0773	romaani
c0774	terveys, terveyde
c0775	terve, tervee
c0776	sairas, sairaa
c0777	sairaus, sairaude
c0778	tauti, taudi, sairaus
c0779	virus, virukse
c0780	pandemia
c0781	potilas, potilaa
c0782	lääke, lääkkee, lääketiede
c0783	huume
c0784	hoito, hoido
c0785	hoito, huolenpito
c0786	satuttaa, sattua, satutti, satutta, sattu
c0787	väsynyt, väsynee
c0788	nukkua, nukkui, nukkuu, nukku
c0789	herätä, heräsi, herättää, herättä
c0790	lepo, levo
c0791	syöpä, syövä
c0792	rokote, rokottee
c0793	henkinen, psyykkinen
c0794	tuntea, tunsi, tuntee, tunte
c0795	tunne, tunteen, tunteet, tunteita
c0796	rakkaus, rakkaude
c0797	rakastaa, rakasti, rakasta
c0798	vihata, vihasi, inhota
c0799	pelko, pelo
c0800	peloissaan, pelästynyt
c0801	onnellinen
c0802	onni, onnellisuus
c0803	surullinen
c0804	suru
c0805	vihainen
c0806	viha, suuttumus
c0807	ilo
c0808	toivo
c0809	toivoa, toivoi, toivo
c0810	huolestua, huolehtia, olla huolissaan, huolestu, huolehti
c0811	yllätys, yllätykse
c0812	häpeä
c0813	ylpeys, ylpeyde
c0814	ylpeä
c0815	yksinäinen
c0816	rauhallinen, tyyni
c0817	hymyillä, hymyili
c0818	nauraa, nauroi, naura
c0819	itkeä, itki, itke
c0820	suudelma, suukko
c0821	unelma, uni, unen
c0822	toive, toivee, toivomus
c0823	haluta, halusi, haluaa, halua
c0824	tykätä, tykkää, tykkäsi
c0825	nauttia, nautti
c0826	pitää parempana, suosia, mieluummin, suosi
c0827	kaivata, ikävöidä, kaipasi
c0828	kärsiä, kärsi
c0829	nautinto, ilo
c0830	rohkeus, rohkeude
c0831	rohkea
c0832	luottamus, luottamukse
c0833	epäily, epäilys, epäilykse
c0834	uskoa, uskoi, usko
c0835	usko
c0836	jumala
c0837	uskonto, uskonno
c0838	uskonnollinen
c0839	sielu
c0840	henki, henge
c0841	mieli, miele
c0842	ajatus, ajatukse
c0843	ajatella, ajatteli, miettiä, mietti
c0844	idea, ajatus
c0845	muistaa, muisti
c0846	unohtaa, unohti, unohta
c0847	ymmärtää, ymmärsi, ymmärtä
c0848	tarkoittaa, tarkoitti, tarkoitta
c0849	merkitys, merkitykse
c0850	syy, syyn
c0851	muisti, muisto
c0852	kuvitella, kuvitteli
c0853	päättää, päätti, päättä
c0854	päätös, päätökse
c0855	valita, valitsi
c0856	valinta, valinna
c0857	suunnitelma
c0858	yrittää, yritti, yrittä
c0859	tarvita, tarvitsi, tarvitsee
c0860	tarve, tarpee
c0861	sanoa, sanoi, sanoo, sano
c0862	kertoa, kertoi, kerto
c0863	puhua, puhui, puhu
c0864	puhua, jutella, keskustella, puhu
c0865	kysyä, kysyi, kysy
c0866	soittaa, soitti, kutsua, soitta, kutsu
c0867	huutaa, huusi, huuta
c0868	kuulla, kuuli, kuulee, kuule, kuullut
c0869	kuunnella, kuunteli
c0870	nähdä, näki, näkee, näke, nähnyt
c0871	katsoa, katsoi, katso
c0872	katsella, seurata, tarkkailla
c0873	näyttää, näytti, näyttä
c0874	löytää, löysi, löytä
c0875	antaa, antoi, anta
c0876	ottaa, otti, otta
c0877	tuoda, toi, tuonut, tuovat, toivat
c0878	kantaa, kantoi, kuljettaa, kuljetta, kantavat
c0879	pitää, piti, pidellä, pitä
c0880	pitää, säilyttää, piti, pitä, säilyttä
c0881	panna, laittaa, pani, laittoi, laitta
c0882	lähettää, lähetti, lähettä
c0883	saada, sai, vastaanottaa, vastaanotta
c0884	saada, sai, hankkia, hankki
c0885	tehdä, teki, tekee, teke, tehnyt, tehty
c0886	käyttää, käytti, käyttä
c0887	avata, avasi
c0888	sulkea, sulki, sulke
c0889	alkaa, alkoi, aloittaa, alka, aloitta
c0890	aloittaa, aloitti, aloitta
c0891	lopettaa, pysähtyä, pysäyttää, lopetta, pysähty, pysäyttä
c0892	jatkaa, jatkoi, jatkua, jatka, jatku
c0893	lopettaa, päättää, saada valmiiksi, lopetta, päättä
c0894	muuttaa, muuttua, muutti, muutta, muuttu
c0895	muutos, muutokse
c0896	kasvaa, kasvoi, kasva
c0897	pudota, putosi, kaatua, kaatu
c0898	nousta, nousi
c0899	nostaa, nosti, korottaa, nosta, korotta
c0900	kasvaa, lisääntyä, nousta, kasva, lisäänty
c0901	kasvu, lisäys, nousu
c0902	vähentää, vähensi, vähentä
c0903	tulla, tulevat, tullut, tulivat
c0904	mennä, meni, menee, mene, menevät, mennyt
c0905	astua, mennä sisään, tulla sisään, astu
c0906	juosta, juoksi
c0907	seistä, seisoi
c0908	istua, istui, istu
c0909	makasi, makaa, maka
c0910	valehdella, valehteli
c0911	liikkua, siirtää, liikkui, liikku, siirtä
c0912	kääntyä, kääntää, kääntyi, käänty, kääntä
c0913	seurata, seurasi
c0914	johtaa, johti, johta
c0915	tavata, tapasi, tapaa
c0916	auttaa, auttoi, autta
c0917	apu, avun
c0918	sallia, salli
c0919	estää, esti, estä
c0920	suojella, suojata, suojeli
c0921	pelastaa, pelasti, pelasta
c0922	tappaa, tappoi, tappa
c0923	taistella, taisteli
c0924	rikkoa, rikkoi, särkeä, rikko, särke
c0925	leikata, leikkasi
c0926	lyödä, löi
c0927	heittää, heitti, heittä
c0928	ottaa kiinni, napata, saada kiinni
c0929	vetää, veti, vetä
c0930	työntää, työnsi, työntä
c0931	täyttää, täytti, täyttä
c0932	pestä, pesi
c0933	puhdas, puhtaa
c0934	piirtää, piirsi, piirtä
c0935	maalata, maalasi
c0936	korjata, korjasi
c0937	luoda, loi
c0938	tuhota, tuhosi
c0939	palaa, paloi, polttaa, poltta
c0940	lentää, lensi, lentä
c0941	piilottaa, piiloutua, kätkeä, piilotta, piiloutu, kätke
c0942	etsiä, etsi
c0943	tapahtua, tapahtui, tapahtu
c0944	näyttää, vaikuttaa, näyttä, vaikutta
c0945	ilmestyä, ilmaantua, ilmestyi, ilmesty, ilmaantu
c0946	tulla, muuttua, muuttu
c0947	jäädä, jäi, pysyä, pysy
c0948	kuulua, kuului, kuulu
c0949	sisältää, sisälsi, sisältä
c0950	sisältää, sisällyttää, sisältä, sisällyttä
c0951	olla olemassa, olemassa
c0952	riippua, riippui, riippu
c0953	aiheuttaa, aiheutti, aiheutta
c0954	syy, syyn
c0955	tulos, tulokse
c0956	vaikuttaa, vaikutti, vaikutta
c0957	kehittää, kehittyä, kehitti, kehittä, kehitty
c0958	parantaa, paransi, parantua, kohentaa, paranta, parantu, kohenta
c0959	tukea, tuki, tuke
c0960	tuki, tuen
c0961	vastustaa, vastusti, vastusta
c0962	olla samaa mieltä, sopia, sopivat, sopi
c0963	hyväksyä, hyväksyi, hyväksy
c0964	kieltäytyä, kieltäytyi, kieltäyty
c0965	hylätä, hylkäsi
c0966	kiistää, kielsi, kieltää, kiistä, kieltä
c0967	myöntää, myönsi, myöntä
c0968	selittää, selitti, selittä
c0969	kuvata, kuvasi, kuvailla
c0970	raportoida, ilmoittaa, kertoa, ilmoitta, kerto
c0971	ilmoittaa, ilmoitti, julkistaa, ilmoitta, julkista
c0972	tiedottaa, ilmoittaa, tiedotta, ilmoitta
c0973	keskustella, keskusteli
c0974	väittää, kiistellä, perustella, väittä
c0975	väittää, väitti, vaatia, väittä, vaati
c0976	ehdottaa, ehdotti, ehdotta
c0977	tarjota, tarjosi
c0978	luvata, lupasi
c0979	varoittaa, varoitti, varoitta
c0980	uhata, uhkasi
c0981	vaatia, vaati
c0982	vaatia, edellyttää, vaati, edellyttä
c0983	odottaa, odotti, odotta
c0984	kieltää, kielsi, kieltä
c0985	pakottaa, pakotti, pakotta
c0986	käyttää, kuluttaa, viettää, vietti, käyttä, kulutta, viettä
c0987	ansaita, ansaitsi
c0988	voittaa, lyödä, päihittää, voitta, päihittä
c0989	valmistaa, valmistautua, valmisteli, valmista, valmistautu
c0990	järjestää, järjesti, järjestä
c0991	johtaa, hallita, onnistua, johta, onnistu
c0992	valvoa, hallita, kontrolloida, valvo
c0993	tarkistaa, tarkisti, tarkista
c0994	koe, kokeen, kokeet, testi
c0995	mitata, mittasi
c0996	laskea, laski, laske
c0997	lisätä, lisäsi
c0998	verrata, vertasi
c0999	yhdistää, liittää, yhdistä, liittä
c1000	liittyä, liittyi, liitty
c1001	jakaa, jakoi, jaka
c1002	jakaa, jakoi, jakautua, jaka, jakautu
c1003	toimittaa, toimitti, jakaa, toimitta, jaka
c1004	julkaista, julkaisi
c1005	allekirjoittaa, allekirjoitti, allekirjoitta
c1006	pukeutua, pukeutu
c1007	kosketti, koskettaa, kosketta
c1008	haju, tuoksu
c1009	ääni, äänen
c1010	melu, meteli
c1011	hiljaisuus, hiljaisuude
c1012	iso, ison, suuri, suure
c1013	suuri, suure, iso
c1014	pieni, pienen, pientä
c1015	pieni, pikku, pienen
c1016	pitkä
c1017	lyhyt, lyhye, lyhyttä
c1018	korkea
c1019	matala
c1020	leveä
c1021	kapea
c1022	syvä
c1023	raskas, raskaa, painava
c1024	kevyt, kevye
c1025	nopea
c1026	hidas, hitaa
c1027	uusi, uude, uutta
c1028	hyvä, parempi, paras, parhaa, paremma
c1029	huono, paha, huonompi, pahempi, pahi
c1030	kaunis, kaunii, kaunista
c1031	ruma
c1032	likainen
c1033	täysi, täyde, täynnä
c1034	tyhjä
c1035	helppo, helpo
c1036	vaikea
c1037	kova, vaikea
c1038	pehmeä
c1039	vahva
c1040	heikko, heiko
c1041	turvallinen
c1042	vaarallinen
c1043	vapaa
c1044	tärkeä
c1045	tärkein, pääasiallinen, keskeinen
c1046	tarpeellinen, välttämätö
c1047	mahdollinen
c1048	mahdoton, mahdottoma
c1049	tosi, tode, totta, todellinen
c1050	väärä, virheellinen, epätosi
c1051	todellinen, aito
c1052	oikea, oikei
c1053	väärä, vääri
c1054	sama
c1055	eri, erilainen
c1056	samanlainen
c1057	koko, kokonainen
c1058	julkinen
c1059	yksityinen
c1060	kansallinen
c1061	kansainvälinen
c1062	paikallinen
c1063	maailmanlaajuinen, globaali
c1064	sosiaalinen, yhteiskunnallinen
c1065	yleinen
c1066	erityinen, erikoinen
c1067	yksinkertainen
c1068	monimutkainen
c1069	selvä, selkeä, kirkas
c1070	hiljainen
c1071	äänekäs, kova
c1072	kuuluisa
c1073	suosittu
c1074	yhteinen, tavallinen
c1075	harvinainen
c1076	outo, oudo, kummallinen
c1077	normaali, tavallinen
c1078	valmis, valmii
c1079	kiireinen
c1080	yksin
c1081	yhdessä
c1082	varma
c1083	vakava
c1084	valtava
c1085	muinainen
c1086	moderni, nykyaikainen
c1087	perinteinen
c1088	inhimillinen, ihmise
c1089	kauneus, kauneude
c1090	mukava, kiva
c1091	suuri, mahtava, loistava
c1092	hieno, hyvä
c1093	ystävällinen, kiltti
c1094	ystävällinen
c1095	pitkä, korkea
c1096	pyöreä
c1097	tasainen, litteä
c1098	terävä
c1099	ohut, ohue, laiha
c1100	paksu
c1101	lihava
c1102	nopea, pikainen
c1103	hitaasti
c1104	nopeasti
c1105	hyvin
c1106	melkein, lähes
c1107	vain, ainoastaan
c1108	erityisesti, etenkin
c1109	lopulta, vihdoin
c1110	yhtäkkiä, äkkiä
c1111	todennäköisesti, luultavasti
c1112	ehkä, kenties
c1113	varmasti
c1114	todella, tosiaan
c1115	täällä
c1116	siellä, tuolla
c1117	kaikkialla
c1118	kaukana, kauas
c1119	lähellä
c1120	pois, poissa
c1121	ulkona, ulos
c1122	sisällä, sisälle
c1123	välissä, välillä
c1124	ilman
c1125	vastaan
c1126	aikana
c1127	jälkeen
c1128	ennen
c1129	alla, alle
c1130	yllä, yli, yläpuolella
c1131	poikki, yli, läpi
c1132	läpi, kautta
c1133	ympärillä, ympäri, noin
c1134	joukossa, keskuudessa, kesken
c1135	huolimatta
c1136	kohti, kohden
c1137	takana, taakse
c1138	pitkin, varrella
c1139	jokainen, kaikki, jokaisen
c1140	ei mitään
c1141	kaikki, kaiken, kaikkea
c1142	asia, esine, juttu
c1143	paikka, paika
c1144	tapa, tava, keino
c1145	osa
c1146	määrä, numero, luku
c1147	ryhmä
c1148	laji, tyyppi
c1149	esimerkki, esimerkiksi
c1150	ongelma
c1151	tilanne, tilantee
c1152	tosiasia, fakta
c1153	tapaus, tapaukse, tapauksessa
c1154	kohta, asia, seikka
c1155	muoto, muodo
c1156	taso
c1157	koko, koon
c1158	muoto, muodo
c1159	viiva, linja
c1160	merkki, merki
c1161	ero, eron
c1162	mahdollisuus, tilaisuus, onni
c1163	mahdollisuus, mahdollisuude, tilaisuus
c1164	vaara
c1165	riski
c1166	merkitys, tärkeys
c1167	menestys, menestykse
c1168	epäonnistuminen
c1169	ponnistus, ponnistelu, yritys
c1170	rooli, tehtävä
c1171	tarkoitus, tarkoitukse
c1172	laatu, laadu
c1173	määrä, summa
c1174	enemmistö
c1175	prosentti, prosenttia
c1176	keskimääräinen, keskiverto
c1177	viesti
c1178	uutiset, uutinen, uutisia
c1179	tieto, tiedot, informaatio
c1180	nimi, nime, nimeä
c1181	parlamentti, eduskunta
c1182	parlamentaarinen
c1183	jäsen, jäsenen, kansanedustaja
c1184	päätöslauselma
c1185	hallitus, hallitukse
c1186	ministeri
c1187	pääministeri
c1188	presidentti, puheenjohtaja
c1189	vaalit, vaali, vaaleissa
c1190	vaalien, vaalit, vaalipiiri
c1191	äänestää, äänesti, äänestä
c1192	ääni, äänestys
c1193	äänestäjä
c1194	ehdokas, ehdokkaa
c1195	kampanja
c1196	kansanäänestys
c1197	puolue, puoluee
c1198	ihmisoikeudet, ihmisoikeuksie
c1199	oikeus, oikeude
c1200	laki, lain, lakia
c1201	oikeudellinen, laillinen
c1202	laiton, laittoma
c1203	tuomioistuin, oikeus
c1204	tuomari
c1205	asianajaja, lakimies
c1206	syyttäjä
c1207	oikeudenkäynti
c1208	tuomio, rangaistus
c1209	vanki, vangi
c1210	poliittinen vanki
c1211	pidättää, pidätti, pidättä
c1212	pidätys, pidätykse
c1213	pidätys, säilöönotto
c1214	pidättää, pitää vangittuna, pidättä
c1215	vapauttaa, vapautti, vapautta
c1216	vapauttaminen, vapautus
c1217	kidutus, kidutukse
c1218	tuomita, tuomitsi
c1219	kehottaa, kehotti, vaatia, kehotta, vaati
c1220	kehottaa, kehotti, kehotta
c1221	vaatia, vaati
c1222	suhtautua myönteisesti, tervehtiä, pitää myönteisenä, tervehti
c1223	pahoitella, pahoittelee, valittaa, valitta
c1224	muistuttaa, muistutti, muistutta
c1225	toimittaja
c1226	tiedotusvälineet, media
c1227	lehdistö
c1228	mielenosoitus, protesti
c1229	mielenosoittaja
c1230	mielenosoitus, mielenosoitukse
c1231	vapaus, vapaude
c1232	sananvapaus, ilmaisunvapaus
c1233	kokoontumisvapaus
c1234	demokratia
c1235	demokraattinen
c1236	jäsenvaltio
c1237	komissio
c1238	komissaari, komission jäsen
c1239	neuvosto
c1240	unioni
c1241	euroopan unioni
c1242	kansalainen, kansalaise
c1243	kansalaisuus, kansalaisuude
c1244	väkivalta, väkivalla
c1245	väkivaltainen
c1246	poliisi
c1247	poliisi, poliisimies
c1248	armeija
c1249	sotilaallinen
c1250	sotilas, sotilaa
c1251	sota, soda, sotaa
c1252	rauha
c1253	konflikti, selkkaus
c1254	ase, asee
c1255	pakote, pakottee, pakotteet
c1256	oppositio
c1257	hallinto, järjestelmä
c1258	viranomainen, viranomaiset, valta
c1259	valtio
c1260	maa, maan, maata, valtio
c1261	kansakunta, kansa
c1262	tasavalta, tasavalla
c1263	kuningaskunta
c1264	kuningas, kuninkaa
c1265	kuningatar, kuningattare
c1266	keisari
c1267	keisarikunta, imperiumi
c1268	perustuslaki, perustuslai
c1269	perustuslaillinen
c1270	sopimus, sopimukse
c1271	sopimus, sopimukse
c1272	neuvottelu, neuvottelut
c1273	neuvotella, neuvotteli
c1274	rikos, rikokse
c1275	rikollinen
c1276	uhri
c1277	murha
c1278	terrorismi
c1279	terroristi
c1280	hyökkäys, isku, hyökkäykse
c1281	turvallisuus, turvallisuude
c1282	turvallisuus, turvallisuude
c1283	puolustus, puolustukse
c1284	pakolainen, pakolaise
c1285	siirtolainen, maahanmuuttaja
c1286	muuttoliike, maahanmuutto
c1287	turvapaikka, turvapaika
c1288	vähemmistö
c1289	syrjintä
c1290	tasa-arvo
c1291	sukupuoli, sukupuole
c1292	oikeusvaltio, oikeusvaltioperiaate
c1293	oikeus, oikeudenmukaisuus
c1294	oikeudellinen, tuomioistui
c1295	itsenäisyys, riippumattomuus
c1296	itsenäinen, riippumato
c1297	suvereniteetti, täysivaltaisuus
c1298	alue, aluee
c1299	miehitys, miehitykse
c1300	hyökkäys, maahantunkeutuminen, invaasio
c1301	tulitauko, tulitauo
c1302	humanitaarinen
c1303	apu, avun, avustus
c1304	yhteistyö
c1305	vuoropuhelu, dialogi
c1306	suhde, suhtee, suhteet
c1307	diplomaattinen
c1308	suurlähettiläs, suurlähettilää
c1309	suurlähetystö
c1310	valtuuskunta
c1311	edustaja
c1312	virkamies, virkamiehe
c1313	hallinto, hallinno
c1314	toimielin, instituutio, laitos
c1315	virasto
c1316	valta, valla
c1317	politiikka
c1318	politiikka
c1319	poliittinen
c1320	poliitikko
c1321	uudistus, uudistukse
c1322	lainsäädäntö
c1323	direktiivi
c1324	asetus, asetukse, sääntely
c1325	ehdotus, ehdotukse
c1326	tarkistus, muutos, muutosehdotus
c1327	mietintö, raportti, selvitys
c1328	keskustelu
c1329	istunto, istuntojakso
c1330	valiokunta, komitea
c1331	puheenjohtaja
c1332	puheenjohtajuus, puheenjohtajakausi
c1333	toimeksianto, mandaatti, valtuutus
c1334	hyväksyä, hyväksyi, hyväksy
c1335	hyväksyä, hyväksyi, hyväksy
c1336	pidättäytyä, pidättäytyi, pidättäyty
c1337	koalitio, liittouma
c1338	johtaja
c1339	korruptio, lahjonta
c1340	petos, petokse
c1341	avoimuus, avoimuude
c1342	tutkinta, tutkimus, tutkinna
c1343	tutkia, tutki
c1344	todiste, todisteet, näyttö
c1345	todistaja
c1346	syyte, syyttee
c1347	syyttää, syytti, syyttä
c1348	syyllinen
c1349	syytön, syyttömä, viato
c1350	tuomita, tuomitsi
c1351	valitus, valitukse, muutoksenhaku
c1352	rangaistus, rangaistukse
c1353	kuolemanrangaistus
c1354	teloitus, teloitukse
c1355	sakko, sako
c1356	rangaistus, rangaistukse
c1357	rangaista, rankaisi
c1358	aktivisti
c1359	ihmisoikeuspuolustaja
c1360	toisinajattelija
c1361	panttivanki
c1362	kidnapata, siepata, sieppasi
c1363	katoaminen, katoamise
c1364	häirintä
c1365	pelottelu
c1366	vaino
c1367	sorto, sorro
c1368	tukahduttaminen, kovat otteet
c1369	sensuuri
c1370	hyväksikäyttö, väärinkäyttö
c1371	raiskaus, raiskaukse
c1372	kansanmurha
c1373	sotarikos, sotarikokse
c1374	ihmiskauppa, salakuljetus
c1375	orjuus, orjuude
c1376	yhdistyneet kansakunnat, yk
c1377	nato
c1378	euroopan parlamentti
c1379	euroopan komissio
c1380	huippukokous, huippukokoukse
c1381	rahasto
c1382	rahoitus, rahoitukse
c1383	ohjelma
c1384	strategia
c1385	tavoite, tavoittee
c1386	toimenpide, toimenpitee, toimi
c1387	toiminta, toimi
c1388	kehys, kehykse, puitteet
c1389	täytäntöönpano, toteuttaminen
c1390	panna täytäntöön, toteuttaa, toteutta
c1391	varmistaa, varmisti, varmista
c1392	korostaa, korosti, korosta
c1393	panna merkille, toteaa, huomata, totea
c1394	toistaa, toisti
c1395	ilmaista, ilmaisi
c1396	huoli, huole, huolestuneisuus
c1397	pahoitella, paheksua, paheksu
c1398	tuomita, tuomitsee
c1399	vaatia, vaatii, painottaa, vaati, painotta
c1400	kannustaa, rohkaista, kannusta
c1401	kehottaa, pyytää, kutsua, kehotta, pyytä, kutsu
c1402	korostaa, painottaa, korosta, painotta
c1403	tunnustaa, myöntää, tunnusta, myöntä
c1404	tunnustaa, tunnistaa, tunnusta, tunnista
c1405	harkita, pitää, katsoa, pitä, katso
c1406	välittömästi, heti
c1407	voimakkaasti, jyrkästi
c1408	syvästi
c1409	ehdoitta, ehdottomasti
c1410	äänestyslippu, äänestys
c1411	oikeudenmukainen, reilu
c1412	tarkkailija
c1413	sisämarkkinat
c1414	kilpailu
c1415	maatalous
c1416	kalastus
c1417	ilmastonmuutos
c1418	päästö, päästöt
c1419	kestävä
c1420	kehitys, kehitykse
c1421	innovaatio
c1422	digitaalinen
c1423	tiedot, data
c1424	yksityisyys
c1425	suojelu, suoja
c1426	liikenne, kuljetus
c1427	infrastruktuuri
c1428	alueellinen
c1429	solidaarisuus, yhteisvastuu
c1430	laajentuminen
c1431	liittyminen
c1432	tulli
c1433	valuutta
c1434	inflaatio
c1435	korko, koro
c1436	etu, edun, kiinnostus
c1437	alijäämä
c1438	yhteiskunta, yhteiskunna
c1439	yhteisö
c1440	järjestö, organisaatio
c1441	yhdistys, yhdistykse
c1442	väestö, väkiluku
c1443	yleinen mielipide
c1444	vastuu
c1445	vastuullinen, vastuussa
c1446	velvollisuus, velvoite
c1447	periaate, periaattee
c1448	arvo
c1449	ihmisarvo, arvokkuus
c1450	kunnioitus, kunnioitukse
c1451	kunnioittaa, noudattaa, kunnioitta, noudatta
c1452	lainvalvonta
c1453	menettely
c1454	prosessi
c1455	kysymys, asia
c1456	asia
c1457	järjestelmä
c1458	määräys, käsky
c1459	sääntö, säännö
c1460	vaikutus, vaikutukse
c1461	vaikutus, vaikutukse
c1462	ehto, ehdo, kunto, tila
c1463	pääsy, saatavuus
c1464	resurssi, voimavara
c1465	vihollinen, vihollise
c1466	sankari
c1467	vartija
c1468	pappi, papi
c1469	perinne, perintee
c1470	festivaali, juhla
c1471	seremonia, juhlallisuus
c1472	puhe, puhee
c1473	mielipide, mielipitee
c1474	lausunto, lausunno
c1475	julistus, julistukse
c1476	huomio
c1477	totuus, totuude
c1478	salaisuus, salaisuude
c1479	uhka, uhan
c1480	voitto, voito
c1481	tappio
c1482	taistelu
c1483	vallankumous, vallankumoukse
c1484	lippu, lipu
c1485	maja, kota, mökki
c1486	lumivyöry
c1487	liittolainen, liittolaise
c1488	joukot, joukkoje
c1489	lakko, lako
c1490	eläke, eläkkee
c1491	asuminen, asunnot
c1492	onni, onnen, tuuri
c1493	metsästäjä
c1494	korkeus, korkeude
c1495	pituus, pituude
c1496	paino
c1497	nopeus, nopeude
c1498	perintö, perinnö
c1499	ase, asee, kivääri
c1500	pommi
`;
