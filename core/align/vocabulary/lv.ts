// Concordia's core vocabulary in Latvian: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	viens, viena, vienu, vienam
c0002	divi, divas, divu
c0003	trīs, trijiem, triju
c0004	četri, četras, četru
c0005	pieci, piecas, piecu
c0006	seši, sešas, sešu
c0007	septiņi, septiņas, septiņu
c0008	astoņi, astoņas, astoņu
c0009	deviņi, deviņas, deviņu
c0010	desmit
c0011	vienpadsmit
c0012	divpadsmit
c0013	trīspadsmit
c0014	četrpadsmit
c0015	piecpadsmit
c0016	sešpadsmit
c0017	septiņpadsmit
c0018	astoņpadsmit
c0019	deviņpadsmit
c0020	divdesmit
c0021	trīsdesmit
c0022	četrdesmit
c0023	piecdesmit
c0024	sešdesmit
c0025	septiņdesmit
c0026	astoņdesmit
c0027	deviņdesmit
c0028	simts, simti, simtiem, simt
c0029	tūkstotis, tūkstoši, tūkstošu, tūkstoš
c0030	miljons, miljoni, miljonu
c0031	miljards, miljardi, miljardu
c0032	pirmais, pirmā, pirmo, pirmās
c0033	otrais, otrā, otro
c0034	trešais, trešā, trešo
c0035	ceturtais, ceturtā
c0036	piektais, piektā
c0037	sestais, sestā
c0038	septītais, septītā
c0039	astotais, astotā
c0040	devītais, devītā
c0041	desmitais, desmitā
c0042	puse, puses, pusi, pus
c0043	ceturtdaļa, ceturksnis, ceturkšņa
c0044	ducis, duča, duči
c0045	dubults, divkāršs, dubultā, divkārša
c0046	pēdējais, pēdējā, pēdējo, pēdējie
c0047	nākamais, nākamā, nākamo, nākošais
c0048	janvāris, janvārī, janvāra
c0049	februāris, februārī, februāra
c0050	marts, martā, marta
c0051	aprīlis, aprīlī, aprīļa
c0052	maijs, maijā, maija
c0053	jūnijs, jūnijā, jūnija
c0054	jūlijs, jūlijā, jūlija
c0055	augusts, augustā, augusta
c0056	septembris, septembrī, septembra
c0057	oktobris, oktobrī, oktobra
c0058	novembris, novembrī, novembra
c0059	decembris, decembrī, decembra
c0060	pirmdiena, pirmdien
c0061	otrdiena, otrdien
c0062	trešdiena, trešdien
c0063	ceturtdiena, ceturtdien
c0064	piektdiena, piektdien
c0065	sestdiena, sestdien
c0066	svētdiena, svētdien
c0067	pavasaris, pavasarī, pavasara
c0068	vasara, vasarā, vasaras
c0069	rudens, rudenī
c0070	ziema, ziemā, ziemas
c0071	gadalaiks, sezona, gadalaika
c0072	diena, dienas, dienā, dienu
c0073	nedēļa, nedēļas, nedēļu
c0074	mēnesis, mēneša, mēneši, mēnešu
c0075	gads, gada, gadi, gadu, gadā
c0076	stunda, stundas, stundu
c0077	minūte, minūtes, minūšu
c0078	sekunde, sekundes, sekunžu
c0079	rīts, rītā, rīta
c0080	pēcpusdiena, pēcpusdienā
c0081	vakars, vakarā, vakara
c0082	nakts, naktī, naktis
c0083	pusdienlaiks, pusdiena, dienasvidus
c0084	pusnakts, pusnaktī
c0085	šodien
c0086	vakar
c0087	rīt
c0088	šovakar, šonakt
c0089	gadsimts, gadsimta, gadsimti
c0090	desmitgade, gadu desmits, desmitgades
c0091	laiks, laika, laikā
c0092	brīdis, mirklis, brīža, mirkļa
c0093	periods, posms, laikposms, perioda
c0094	datums, datuma
c0095	nedēļas nogale, brīvdienas
c0096	kalendārs, kalendāra
c0097	pulkstenis, pulksteņa
c0098	vecums, vecuma
c0099	pagātne, pagātnes, pagātnē
c0100	nākotne, nākotnes, nākotnē
c0101	tagadne, tagadnes
c0102	tagad, pašlaik
c0103	drīz, drīzumā
c0104	vēlāk, pēc tam
c0105	agrs, agri, agrā, agrīns
c0106	vēls, vēlu, vēlā, novēlots
c0107	jau
c0108	atkal, vēlreiz
c0109	vienmēr, allaž
c0110	nekad
c0111	bieži
c0112	dažreiz, reizēm, dažkārt
c0113	atpakaļ
c0114	nesen, pēdējā laikā
c0115	ikdienas, dienas, ikdienišķs
c0116	ikgadējs, gada, ikgadējā, gadskārtējs
c0117	rītausma, ausma, rītausmā
c0118	saulriets, saulrietā
c0119	saullēkts, saullēktā
c0120	laikmets, ēra, laikmeta
c0121	sākums, sākuma, sākumā
c0122	beigas, gals, beigās
c0123	dzimšanas diena, dzimšanas dienā
c0124	brīvdiena, svētki, atvaļinājums, brīvdienas
c0125	ziemassvētki, ziemassvētkos
c0126	lieldienas, lieldienās
c0127	gadadiena, jubileja, gadadienā
c0128	krāsa, krāsas, krāsu
c0129	sarkans, sarkana, sarkanā
c0130	zils, zila, zilā, zilo
c0131	zaļš, zaļa, zaļā, zaļo
c0132	dzeltens, dzeltena, dzeltenā
c0133	melns, melna, melnā
c0134	balts, balta, baltā
c0135	pelēks, pelēka, pelēkā
c0136	brūns, brūna, brūnā
c0137	oranžs, oranža, oranžā
c0138	rozā, sārts
c0139	violets, purpursarkans, violeta
c0140	zelta, zeltains, zeltaina
c0141	tumšs, tumša, tumšā
c0142	gaišs, spožs, gaiša, spoža
c0143	bāls, bāla, bālā
c0144	ziemeļi, ziemeļos, ziemeļiem
c0145	dienvidi, dienvidos, dienvidiem
c0146	austrumi, austrumos, austrumiem
c0147	rietumi, rietumos, rietumiem
c0148	ziemeļu, ziemeļdaļa
c0149	dienvidu, dienviddaļa
c0150	austrumu, austrumdaļa
c0151	rietumu, rietumdaļa
c0152	kreisais, kreisā, pa kreisi
c0153	labais, labā, pa labi
c0154	augša, virsotne, augšā, augšdaļa
c0155	apakša, dibens, apakšā
c0156	puse, mala, sāns, puses
c0157	vidus, vidū
c0158	centrs, centra, centrā
c0159	priekša, priekšpuse, priekšā
c0160	mugurpuse, aizmugure, aizmugurē
c0161	mala, malas, malā
c0162	ģimene, ģimenes, ģimeni
c0163	māte, mamma, mātes, mātei
c0164	tēvs, tēva, tēti
c0165	vecāks, vecāki, vecāku
c0166	bērns, bērni, bērnu, bērna
c0167	dēls, dēla, dēli
c0168	meita, meitas
c0169	brālis, brāļa, brāļi, brāļu
c0170	māsa, māsas
c0171	vīrs, laulātais, vīra
c0172	sieva, sievas
c0173	vectēvs, vectēva
c0174	vecmāmiņa, vecmāte, vecmāmiņas
c0175	mazbērns, mazdēls, mazmeita, mazbērni
c0176	tēvocis, onkulis, tēvoča
c0177	tante, tantes
c0178	brālēns, māsīca, brālēna
c0179	mazulis, zīdainis, bēbis, mazuļa
c0180	zēns, puika, zēna, puisis
c0181	meitene, meitenes
c0182	vīrietis, vīrieši, vīrieša, vīriešu
c0183	sieviete, sievietes, sieviešu
c0184	persona, cilvēks, personas, cilvēka
c0185	cilvēki, ļaudis, cilvēku, ļaužu
c0186	draugs, draudzene, drauga, draugi
c0187	kaimiņš, kaimiņiene, kaimiņa, kaimiņi
c0188	viesis, ciemiņš, viesa, viesi
c0189	kāzas, kāzās, kāzu
c0190	laulība, laulības
c0191	precēties, apprecēties, apprecējās, precas
c0192	šķiršanās, laulības šķiršana
c0193	dzimšana, dzimšanas
c0194	dzimis, dzimusi, dzima, piedzima
c0195	mirt, nomirt, mirst, nomira, miris
c0196	nāve, nāves
c0197	miris, mirusi, beigts, nedzīvs
c0198	dzīve, dzīvība, dzīves, dzīvības
c0199	dzīvot, dzīvo, dzīvoja
c0200	dzīvs, dzīva, dzīvi
c0201	jauns, jauna, jaunie
c0202	vecs, veca, vecie, gados vecs
c0203	jaunatne, jaunība, jaunieši, jaunības
c0204	pieaugušais, pieaugušie, pieaugušo
c0205	paaudze, paaudzes
c0206	radinieks, radiniece, radinieki
c0207	pāris, pāra, pāri
c0208	dvīnis, dvīņi, dvīņu
c0209	atraitne, atraitnes
c0210	bārenis, bāreņi, bāreņu
c0211	sencis, senči, senču
c0212	ķermenis, ķermeņa, miesa
c0213	galva, galvas
c0214	seja, sejas
c0215	acs, acis, acu
c0216	auss, ausis, ausu
c0217	deguns, deguna
c0218	mute, mutes
c0219	zobs, zobi, zobu
c0220	mēle, mēles
c0221	lūpa, lūpas
c0222	mati, matu, mats
c0223	kakls, kakla
c0224	plecs, pleca, pleci
c0225	roka, rokas, roku
c0226	roka, plauksta, rokas
c0227	pirksts, pirksti, pirkstu
c0228	kāja, kājas, kāju
c0229	celis, ceļa, ceļi
c0230	pēda, kāja, pēdas
c0231	mugura, muguras
c0232	krūtis, krūšu, krūškurvis
c0233	sirds, sirdi
c0234	asinis, asiņu, asins
c0235	kauls, kaula, kauli
c0236	āda, ādas
c0237	kuņģis, vēders, kuņģa
c0238	smadzenes, smadzeņu
c0239	elpa, elpas, elpošana
c0240	elpot, elpo, elpoja
c0241	balss, balsi
c0242	plauša, plaušas, plaušu
c0243	muskulis, muskuļa, muskuļi
c0244	brūce, brūces
c0245	ievainojums, traumas, trauma, savainojums
c0246	ievainot, savainot, ievainoja, ievainots
c0247	sāpes, sāpju
c0248	akls, akla, neredzīgs
c0249	kurls, kurla, nedzirdīgs
c0250	bārda, bārdas
c0251	asara, asaras
c0252	spārns, spārna, spārni
c0253	aste, astes
c0254	laiks, laikapstākļi, laika
c0255	lietus, lietū
c0256	sniegs, sniega
c0257	ledus, ledū
c0258	vējš, vēja, vēji
c0259	vētra, vētras
c0260	mākonis, mākoņi, mākoņa
c0261	migla, miglas
c0262	saule, saules
c0263	debesis, debess, debesīs
c0264	karsts, karsta, karstā
c0265	auksts, auksta, aukstā
c0266	silts, silta, siltā
c0267	vēss, vēsa, vēsā
c0268	sauss, sausa, sausā
c0269	slapjš, mitrs, slapja
c0270	temperatūra, temperatūras
c0271	grāds, grāda, grādi
c0272	klimats, klimata
c0273	sals, salna, sarma
c0274	pērkons, pērkona
c0275	zibens, zibeņi
c0276	plūdi, plūdu, pali
c0277	sausums, sausuma
c0278	karstums, siltums, karstuma
c0279	gaiss, gaisa
c0280	ēna, ēnas
c0281	sasalt, salt, sasala, sasalis, saldēts
c0282	kust, izkust, kūst, izkusa
c0283	pūst, pūš, pūta
c0284	spīdēt, spīd, spīdēja
c0285	daba, dabas
c0286	zeme, zemes
c0287	zeme, augsne, zemes
c0288	sauszeme, zeme, sauszemes
c0289	augsne, zeme, augsnes
c0290	smiltis, smilts
c0291	akmens, akmeņi, akmeni, akmeņu
c0292	klints, klintis, iezis
c0293	kalns, kalna, kalni
c0294	pakalns, kalns, uzkalns
c0295	ieleja, ielejas
c0296	upe, upes
c0297	strauts, strauta
c0298	ezers, ezera
c0299	jūra, jūras
c0300	okeāns, okeāna
c0301	krasts, piekraste, krasta
c0302	krasts, krasta
c0303	pludmale, liedags, pludmales
c0304	sala, salas
c0305	līcis, līča
c0306	klints, krauja, klintis
c0307	ala, alas
c0308	ledājs, ledāja
c0309	virsotne, virsotnes
c0310	virsotne, smaile, virsotnes
c0311	kalnu grēda, grēda, grēdas
c0312	nogāze, slīpums, nogāzes
c0313	pāreja, kalnu pāreja
c0314	līdzenums, līdzenuma
c0315	lauks, tīrums, lauka
c0316	pļava, pļavas
c0317	mežs, meža, meži
c0318	koks, koksne, kokmateriāli
c0319	koks, koka, koki
c0320	zars, zara, zari
c0321	lapa, lapas
c0322	sakne, saknes
c0323	zieds, puķe, zieda
c0324	zāle, zāles
c0325	augs, auga, augi
c0326	sēkla, sēklas
c0327	auglis, augļi, augļa
c0328	krūms, krūma, krūmi
c0329	tuksnesis, tuksneša
c0330	purvs, purva
c0331	ūdenskritums, ūdenskrituma
c0332	avots, avota
c0333	vilnis, viļņi, viļņa
c0334	krasts, krasta
c0335	ainava, ainavas
c0336	skats, skata
c0337	horizonts, apvārsnis, horizonta
c0338	zvaigzne, zvaigznes
c0339	mēness, mēnesi
c0340	planēta, planētas
c0341	pasaule, pasaules
c0342	kosmoss, visums, kosmosa
c0343	uguns, ugunsgrēks, ugunī
c0344	liesma, liesmas
c0345	ūdens, ūdeni, ūdenī
c0346	dūmi, dūmu
c0347	putekļi, putekļu
c0348	dubļi, dubļu
c0349	zelts, zelta
c0350	sudrabs, sudraba
c0351	dzelzs, dzelzi
c0352	metāls, metāla
c0353	ogles, ogļu
c0354	nafta, eļļa, naftas, eļļas
c0355	gāze, gāzes
c0356	sāls, sāli
c0357	vulkāns, vulkāna
c0358	zemestrīce, zemestrīces
c0359	dzīvnieks, dzīvnieki, dzīvnieka
c0360	putns, putna, putni
c0361	zivs, zivis, zivju
c0362	suns, suņa, suņi, suņu
c0363	kaķis, kaķa, kaķi
c0364	zirgs, zirga
c0365	govs, govis, govju
c0366	aita, aitas
c0367	kaza, kazas
c0368	cūka, cūkas
c0369	vista, cālis, vistas
c0370	lācis, lāča, lāči
c0371	vilks, vilka, vilki
c0372	lapsa, lapsas
c0373	briedis, brieža, brieži
c0374	trusis, zaķis, truša
c0375	pele, peles, peļu
c0376	žurka, žurkas
c0377	čūska, čūskas
c0378	kukainis, kukaiņi, kukaiņu
c0379	bite, bites
c0380	muša, mušas, mušu
c0381	tauriņš, tauriņi, tauriņa
c0382	ērglis, ērgļa
c0383	valis, vaļa, vaļi
c0384	lauva, lauvas
c0385	zilonis, ziloņa
c0386	liellopi, liellopu
c0387	ligzda, ligzdas
c0388	ola, olas
c0389	spalva, spalvas
c0390	medīt, medī, medīja
c0391	saimniecība, ferma, lauku saimniecība
c0392	zemnieks, lauksaimnieks, zemnieki
c0393	raža, ražas novākšana, ražas
c0394	kultūra, sējums, raža
c0395	kvieši, kviešu
c0396	vide, vides
c0397	piesārņojums, piesārņojuma
c0398	suga, sugas
c0399	bioloģiskā daudzveidība, bioloģiskās daudzveidības
c0400	nacionālais parks
c0401	savvaļas, mežonīgs, savvaļa
c0402	dabisks, dabīgs, dabiskā
c0403	eiropa, eiropas
c0404	eiropas, eiropeisks
c0405	āfrika, āfrikas
c0406	āfrikas, āfrikāņu
c0407	āzija, āzijas
c0408	āzijas, aziātu
c0409	amerika, amerikas
c0410	amerikas, amerikāņu, amerikānis
c0411	amerikas savienotās valstis, asv
c0412	krievija, krievijas
c0413	krievijas, krievu, krievisks
c0414	ukraina, ukrainas
c0415	ukrainas, ukraiņu
c0416	baltkrievija, baltkrievijas
c0417	ķīna, ķīnas
c0418	ķīnas, ķīniešu
c0419	apvienotā karaliste, lielbritānija
c0420	britu, lielbritānijas
c0421	anglija, anglijas
c0422	angļu valoda, angļu
c0423	turcija, turcijas
c0424	turcijas, turku
c0425	japāna, japānas
c0426	indija, indijas
c0427	izraēla, izraēlas
c0428	irāna, irānas
c0429	sīrija, sīrijas
c0430	šveice, šveices
c0431	norvēģija, norvēģijas
c0432	vācija, vācijas
c0433	vācijas, vācu
c0434	francija, francijas
c0435	francijas, franču
c0436	itālija, itālijas
c0437	itālijas, itāļu
c0438	spānija, spānijas
c0439	spānijas, spāņu
c0440	portugāle, portugāles
c0441	portugāles, portugāļu
c0442	nīderlande, nīderlandes
c0443	nīderlandes, holandiešu, nīderlandiešu
c0444	beļģija, beļģijas
c0445	beļģijas, beļģu
c0446	luksemburga, luksemburgas
c0447	austrija, austrijas
c0448	austrijas, austriešu
c0449	polija, polijas
c0450	polijas, poļu
c0451	čehija, čehijas
c0452	čehijas, čehu
c0453	slovākija, slovākijas
c0454	slovākijas, slovāku
c0455	ungārija, ungārijas
c0456	ungārijas, ungāru
c0457	slovēnija, slovēnijas
c0458	horvātija, horvātijas
c0459	rumānija, rumānijas
c0460	rumānijas, rumāņu
c0461	bulgārija, bulgārijas
c0462	bulgārijas, bulgāru
c0463	grieķija, grieķijas
c0464	grieķijas, grieķu
c0465	kipra, kipras
c0466	malta, maltas
c0467	īrija, īrijas
c0468	īrijas, īru
c0469	dānija, dānijas
c0470	dānijas, dāņu
c0471	zviedrija, zviedrijas
c0472	zviedrijas, zviedru
c0473	somija, somijas
c0474	somijas, somu
c0475	igaunija, igaunijas
c0476	latvija, latvijas
c0477	lietuva, lietuvas
c0478	alpi, alpos, alpu
c0479	vidusjūras, vidusjūra
c0480	atlantijas, atlantijas okeāna
c0481	baltijas, baltijas jūras
c0482	brisele, briselē, briseles
c0483	strasbūra, strasbūrā, strasbūras
c0484	ceļot, ceļo, ceļoja
c0485	ceļojums, brauciens, ceļš, ceļojuma
c0486	brauciens, ekskursija, izbrauciens
c0487	tūrists, tūriste, tūristi
c0488	tūrisms, tūrisma
c0489	viesnīca, viesnīcas
c0490	istaba, telpa, istabas
c0491	pase, pases
c0492	biļete, biļetes
c0493	vilciens, vilciena
c0494	dzelzceļš, dzelzceļa
c0495	stacija, stacijas
c0496	autobuss, autobusa
c0497	automašīna, auto, mašīna, automobilis
c0498	transportlīdzeklis, transportlīdzekļa
c0499	velosipēds, ritenis, velosipēda
c0500	laiva, laivas
c0501	kuģis, kuģa, kuģi
c0502	lidmašīna, lidmašīnas
c0503	lidosta, lidostas
c0504	lidojums, reiss, lidojuma
c0505	osta, ostas
c0506	osta, ostas
c0507	ceļš, ceļa, ceļi
c0508	iela, ielas
c0509	taka, celiņš, takas
c0510	tilts, tilta
c0511	tunelis, tuneļa
c0512	karte, kartes
c0513	gids, ceļvedis, gida
c0514	ekskursija, tūre, brauciens
c0515	apmeklēt, apciemot, apmeklē, apmeklēja
c0516	apmeklētājs, apmeklētāji, viesis
c0517	ierasties, ierodas, ieradās, atbraukt
c0518	aiziet, atstāt, aizbraukt, aizgāja, atstāja, aizbrauca
c0519	aizbraukt, izbraukt, aizbrauca, doties
c0520	atgriezties, atgriežas, atgriezās
c0521	braukt, vadīt, brauc, brauca
c0522	jāt, braukt, jāj, jāja
c0523	staigāt, iet kājām, staigā
c0524	kāpt, uzkāpt, kāpj, kāpa, uzkāpa
c0525	peldēt, peld, peldēja
c0526	kuģot, burāt, kuģo
c0527	šķērsot, pāriet, šķērso, šķērsoja
c0528	sasniegt, sasniedz, sasniedza
c0529	maršruts, ceļš, maršruta
c0530	robeža, robežas
c0531	attālums, attāluma
c0532	kilometrs, kilometri, kilometru
c0533	metrs, metri, metru
c0534	jūdze, jūdzes
c0535	ārzemēs, ārzemes
c0536	ārzemju, svešs, ārvalstu
c0537	satiksme, satiksmes
c0538	negadījums, avārija, nelaimes gadījums
c0539	pasažieris, pasažieri, pasažiera
c0540	vadītājs, šoferis, vadītāja
c0541	nometne, nometnes
c0542	telts, teltis
c0543	palikt, uzturēties, paliek, palika
c0544	gaidīt, gaida, gaidīja
c0545	ciems, ciemats, sādža, ciema
c0546	pilsēta, pilsētiņa, pilsētas
c0547	pilsēta, pilsētas, pilsētā
c0548	galvaspilsēta, galvaspilsētas
c0549	laukums, laukuma
c0550	tirgus, tirgū
c0551	veikals, veikala
c0552	baznīca, baznīcas
c0553	katedrāle, katedrāles
c0554	pils, cietoksnis, pilī
c0555	pils, pilī
c0556	tornis, torņa
c0557	muzejs, muzeja
c0558	piemineklis, pieminekļa
c0559	parks, parka
c0560	dārzs, dārza
c0561	siena, mūris, sienas
c0562	vārti, vārtiem
c0563	durvis, durvīm
c0564	logs, loga
c0565	stāvs, stāva
c0566	jumts, jumta
c0567	kāpnes, kāpņu
c0568	virtuve, virtuves
c0569	gulta, gultas
c0570	galds, galda
c0571	krēsls, krēsla
c0572	māja, mājas
c0573	mājas, mājās, mājvieta
c0574	ēka, ēkas
c0575	dzīvoklis, dzīvokļa
c0576	adrese, adreses
c0577	rajons, apgabals, novads, rajona
c0578	reģions, novads, reģiona
c0579	apgabals, teritorija, zona, platība
c0580	lauki, laukos
c0581	slimnīca, slimnīcas
c0582	skola, skolas
c0583	universitāte, augstskola, universitātes
c0584	bibliotēka, bibliotēkas
c0585	restorāns, restorāna
c0586	birojs, kabinets, biroja
c0587	rūpnīca, fabrika, rūpnīcas
c0588	cietums, cietuma
c0589	teātris, teātra
c0590	kino, kinoteātris
c0591	atslēga, atslēgas
c0592	lampa, lampas
c0593	gaisma, gaismas
c0594	kaste, kārba, kastes
c0595	soma, maiss, somas
c0596	pudele, pudeles
c0597	stikls, stikla
c0598	tase, krūze, kauss
c0599	šķīvis, šķīvja
c0600	nazis, naža, naži
c0601	grāmata, grāmatas
c0602	vēstule, vēstules
c0603	papīrs, papīra
c0604	pildspalva, spalva
c0605	attēls, glezna, bilde
c0606	fotogrāfija, foto, fotogrāfijas
c0607	fotoaparāts, kamera
c0608	tālrunis, telefons, tālruņa
c0609	dators, datora
c0610	internets, interneta
c0611	televīzija, televizors, televīzijas
c0612	radio
c0613	avīze, laikraksts, avīzes
c0614	drēbes, apģērbs, drēbju
c0615	krekls, krekla
c0616	kleita, kleitas
c0617	kurpe, apavs, kurpes
c0618	mētelis, mēteļa
c0619	cepure, cepures
c0620	nauda, naudas
c0621	cena, cenas
c0622	izmaksas, cena, izdevumi
c0623	maksāt, samaksāt, maksā, samaksāja
c0624	pirkt, nopirkt, pērk, pirka, nopirka
c0625	pārdot, pārdod, pārdeva
c0626	lēts, lēta, lēti
c0627	dārgs, dārga, dārgi
c0628	eiro
c0629	pārtika, ēdiens, barība
c0630	maize, maizes
c0631	gaļa, gaļas
c0632	piens, piena
c0633	siers, siera
c0634	sviests, sviesta
c0635	vīns, vīna
c0636	alus
c0637	kafija, kafijas
c0638	tēja, tējas
c0639	cukurs, cukura
c0640	ābols, ābola
c0641	dārzenis, dārzeņi, dārzeņu
c0642	kartupelis, kartupeļi
c0643	rīsi, rīsu
c0644	zupa, zupas
c0645	kūka, torte, kūkas
c0646	brokastis, brokastu
c0647	pusdienas, pusdienu
c0648	vakariņas, vakariņu
c0649	maltīte, ēdienreize
c0650	ēst, ēd, ēda, apēda
c0651	dzert, dzer, dzēra, izdzēra
c0652	gatavot, vārīt, gatavo, gatavoja
c0653	garša, garšas
c0654	izsalcis, izsalkusi, izsalkuši
c0655	bads, izsalkums, bada
c0656	salds, salda, saldi
c0657	svaigs, svaiga, svaigi
c0658	medus
c0659	vīnoga, vīnogas
c0660	milti, miltu
c0661	kukurūza, graudi, labība
c0662	slāpes, slāpju
c0663	darbs, darba
c0664	strādāt, strādā, strādāja
c0665	darbs, darbavieta, amats
c0666	strādnieks, darbinieks, strādnieki
c0667	darbinieks, darbiniece, darbinieki
c0668	darba devējs, darba devēji
c0669	uzņēmums, kompānija, firma, sabiedrība
c0670	bizness, uzņēmējdarbība, uzņēmums
c0671	rūpniecība, industrija, nozare
c0672	tirdzniecība, tirdzniecības
c0673	ekonomika, tautsaimniecība, ekonomikas
c0674	ekonomisks, ekonomikas, saimniecisks
c0675	alga, algas
c0676	alga, darba samaksa, izpeļņa
c0677	ienākumi, ienākumu
c0678	nodoklis, nodokļi, nodokļa, nodokļu
c0679	budžets, budžeta
c0680	peļņa, peļņas
c0681	zaudējums, zaudējumi, zaudējuma
c0682	bezdarbs, bezdarba
c0683	nodarbinātība, nodarbinātības
c0684	karjera, karjeras
c0685	profesija, profesijas
c0686	vadītājs, menedžeris, direktors
c0687	kolēģis, kolēģe, kolēģi
c0688	komanda, komandas
c0689	sanāksme, tikšanās, sēde
c0690	projekts, projekta
c0691	uzdevums, uzdevuma
c0692	līgums, līguma
c0693	prasme, iemaņa, prasmes
c0694	pieredze, pieredzes
c0695	apmācība, mācības, apmācības
c0696	ražošana, ražošanas
c0697	produkts, ražojums, produkta
c0698	pakalpojums, pakalpojumi
c0699	klients, pircējs, klienta
c0700	patērētājs, patērētāji, patērētāju
c0701	izaugsme, pieaugums, izaugsmes
c0702	ieguldījums, investīcija, ieguldījumi
c0703	banka, bankas
c0704	finanses, finanšu
c0705	finanšu, finansiāls, finansiālā
c0706	parāds, parādi, parāda
c0707	krīze, krīzes
c0708	nabadzība, nabadzības
c0709	nabags, nabadzīgs, trūcīgs, nabadzīga
c0710	bagāts, bagāta, turīgs
c0711	bagātība, bagātības
c0712	īpašums, manta, īpašuma
c0713	īpašnieks, īpašniece, īpašnieka
c0714	piederēt, būt īpašumā, pieder
c0715	būvēt, celt, uzbūvēt, uzcēla, būvē
c0716	ražot, saražot, ražo, ražoja
c0717	piegāde, krājumi, apgāde
c0718	enerģija, enerģijas
c0719	elektrība, elektroenerģija, elektrības
c0720	tehnoloģija, tehnoloģijas
c0721	mašīna, iekārta, mašīnas
c0722	rīks, instruments, rīka
c0723	inženieris, inženiera
c0724	ārsts, ārste, ārsta, dakteris
c0725	medmāsa, medicīnas māsa, medmāsas
c0726	skolotājs, skolotāja, pasniedzējs
c0727	students, studente, studenta
c0728	skolēns, skolniece, skolēna
c0729	stunda, nodarbība, mācību stunda
c0730	klase, klases
c0731	eksāmens, pārbaudījums, eksāmena
c0732	studēt, mācīties, studē, studēja
c0733	mācīties, iemācīties, mācās, mācījās, iemācījās
c0734	mācīt, māca, mācīja
c0735	izglītība, izglītības
c0736	zināšanas, zināšanu
c0737	zināt, zina, zināja, pazīt
c0738	zinātne, zinātnes
c0739	zinātnisks, zinātniskā
c0740	pētniecība, pētījums, pētījumi
c0741	zinātnieks, zinātniece, zinātnieka
c0742	lasīt, lasa, lasīja, izlasīja
c0743	rakstīt, raksta, rakstīja, uzrakstīja, rakstīts
c0744	vārds, vārda, vārdi
c0745	valoda, valodas
c0746	teikums, teikuma
c0747	jautājums, jautājuma
c0748	atbilde, atbildes
c0749	lappuse, lapa, lappuses
c0750	stāsts, stāsta
c0751	vēsture, vēstures
c0752	vēsturisks, vēsturiskā, vēstures
c0753	māksla, mākslas
c0754	mākslinieks, māksliniece, mākslinieka
c0755	mūzika, mūzikas
c0756	dziesma, dziesmas
c0757	dziedāt, dzied, dziedāja
c0758	dejot, dejo, dejoja
c0759	filma, filmas
c0760	spēle, spēles
c0761	spēlēt, spēlē, spēlēja
c0762	sports, sporta
c0763	uzvarēt, laimēt, uzvar, uzvarēja
c0764	zaudēt, pazaudēt, zaudē, zaudēja, pazaudēja
c0765	futbols, futbola
c0766	spēlētājs, spēlētāja
c0767	kultūra, kultūras
c0768	kultūras, kulturāls
c0769	rakstnieks, rakstniece, rakstnieka
c0770	autors, autore, autora
c0771	dzejolis, poēma, dzejoļa
c0772	dzejnieks, dzejniece, dzejnieka
c0773	romāns, romāna
c0774	veselība, veselības
c0775	vesels, veselīgs, vesela
c0776	slims, slima, slimi
c0777	slimība, saslimšana, slimības
c0778	slimība, kaite, slimības
c0779	vīruss, vīrusa
c0780	pandēmija, pandēmijas
c0781	pacients, pacienta, slimnieks
c0782	zāles, medicīna, medikaments
c0783	narkotika, narkotikas, narkotiku
c0784	ārstēšana, ārstēšanas
c0785	aprūpe, gādība, rūpes
c0786	sāpēt, ievainot, sāp, sāpēja
c0787	noguris, nogurusi, noguruši
c0788	gulēt, guļ, gulēja
c0789	pamosties, mosties, pamodās, mostas
c0790	atpūta, atpūtas
c0791	vēzis, vēža
c0792	vakcīna, pote, vakcīnas
c0793	garīgs, psihisks, garīgā
c0794	justies, just, jūt, jutās, juta
c0795	jūtas, sajūta, emocija
c0796	mīlestība, mīlestības
c0797	mīlēt, mīl, mīlēja
c0798	ienīst, ienīda
c0799	bailes, baiļu
c0800	nobijies, nobijusies, baidās
c0801	laimīgs, laimīga, laimīgi
c0802	laime, laimes
c0803	skumjš, bēdīgs, skumja
c0804	skumjas, bēdas, skumju
c0805	dusmīgs, dusmīga
c0806	dusmas, niknums, dusmu
c0807	prieks, prieka
c0808	cerība, cerības
c0809	cerēt, cer, cerēja
c0810	uztraukties, raizēties, uztraucas, satraukties
c0811	pārsteigums, pārsteiguma
c0812	kauns, kauna
c0813	lepnums, lepnuma
c0814	lepns, lepna, lepojas
c0815	vientuļš, vientuļa
c0816	mierīgs, mierīga
c0817	smaidīt, smaida, pasmaidīja
c0818	smieties, smejas, smējās
c0819	raudāt, raud, raudāja
c0820	skūpsts, skūpsta
c0821	sapnis, sapņa, sapņi
c0822	vēlēšanās, vēlme, novēlējums
c0823	gribēt, vēlēties, grib, gribēja, vēlas
c0824	patikt, patīk, patika
c0825	baudīt, izbaudīt, bauda, priecāties
c0826	dot priekšroku, priekšroku, labprātāk
c0827	ilgoties, pietrūkt, pietrūkst, ilgojas
c0828	ciest, cieš, cieta
c0829	prieks, bauda, baudījums
c0830	drosme, drosmes
c0831	drosmīgs, drošsirdīgs, drosmīga
c0832	uzticība, uzticēšanās
c0833	šaubas, šaubu
c0834	ticēt, tic, ticēja, uzskatīt
c0835	ticība, ticības
c0836	dievs, dieva
c0837	reliģija, reliģijas
c0838	reliģisks, reliģiskā
c0839	dvēsele, dvēseles
c0840	gars, gara, noskaņojums
c0841	prāts, saprāts, prāta
c0842	doma, domas
c0843	domāt, domā, domāja, uzskatīt
c0844	ideja, doma, idejas
c0845	atcerēties, atceras, atcerējās
c0846	aizmirst, aizmirsa, aizmirsts
c0847	saprast, saprot, saprata
c0848	nozīmēt, nozīmē, nozīmēja
c0849	nozīme, jēga, nozīmes
c0850	iemesls, cēlonis, iemesla
c0851	atmiņa, atmiņas
c0852	iztēloties, iedomāties, iztēlojas
c0853	izlemt, nolemt, izlēma, nolēma, lemj
c0854	lēmums, lēmuma, lēmumi
c0855	izvēlēties, izvēlas, izvēlējās, izvēlēts
c0856	izvēle, izvēles
c0857	plāns, plāna
c0858	mēģināt, censties, mēģina, mēģināja
c0859	vajadzēt, vajag, vajadzēja, nepieciešams
c0860	vajadzība, nepieciešamība, vajadzības
c0861	teikt, sacīt, saka, teica, sacīja
c0862	stāstīt, pastāstīt, teikt, stāsta, pastāstīja
c0863	runāt, runā, runāja
c0864	runāt, sarunāties, runā, sarunājās
c0865	jautāt, prasīt, jautā, jautāja, vaicāt
c0866	zvanīt, saukt, piezvanīt, zvana, sauc
c0867	kliegt, kliedz, kliedza
c0868	dzirdēt, dzird, dzirdēja
c0869	klausīties, klausās, klausījās
c0870	redzēt, redz, redzēja, ieraudzīja
c0871	skatīties, skatās, skatījās, paskatīties
c0872	vērot, skatīties, vēro, vēroja
c0873	rādīt, parādīt, rāda, parādīja
c0874	atrast, atrod, atrada
c0875	dot, dod, deva, iedot
c0876	ņemt, paņemt, ņem, ņēma, paņēma
c0877	atnest, atvest, atnes, atnesa
c0878	nest, nes, nesa, vest
c0879	turēt, rīkot, turēja, turējis, rīkoja
c0880	paturēt, glabāt, saglabāt, patur, paturēja
c0881	likt, nolikt, liek, lika, nolika
c0882	sūtīt, nosūtīt, sūta, sūtīja, nosūtīja
c0883	saņemt, saņem, saņēma
c0884	iegūt, dabūt, saņemt, ieguva, dabūja
c0885	darīt, taisīt, izdarīt, dara, darīja, izgatavot
c0886	izmantot, lietot, izmanto, izmantoja
c0887	atvērt, atver, atvēra
c0888	aizvērt, slēgt, aizver, aizvēra, slēdza
c0889	sākt, sākties, sāk, sāka, sākās
c0890	sākt, uzsākt, sāk, sāka
c0891	apstāties, pārtraukt, apturēt, apstājās, beigt
c0892	turpināt, turpina, turpināja
c0893	pabeigt, beigt, pabeidz, pabeidza
c0894	mainīt, mainīties, mainās, mainīja, mainījās
c0895	pārmaiņa, izmaiņa, maiņa, izmaiņas
c0896	augt, pieaugt, aug, auga, pieauga
c0897	krist, nokrist, krīt, krita, nokrita
c0898	celties, pacelties, pieaugt, ceļas, cēlās
c0899	celt, pacelt, palielināt, ceļ, cēla
c0900	palielināt, pieaugt, palielinās, pieauga
c0901	pieaugums, palielinājums, kāpums
c0902	samazināt, samazina, samazināja
c0903	nākt, atnākt, nāk, nāca, atnāca
c0904	iet, doties, gāja, aiziet, dodas, devās, aizgāja
c0905	ieiet, ienākt, iegāja, ienāca, ieeja
c0906	skriet, skrien, skrēja
c0907	stāvēt, stāv, stāvēja
c0908	sēdēt, sēsties, sēž, sēdēja, apsēdās
c0909	gulēt, guļ, gulēja
c0910	melot, melo, meloja
c0911	kustēties, pārvietoties, kustas, pārcelties
c0912	griezt, pagriezt, pagriezties, grieza
c0913	sekot, seko, sekoja
c0914	vadīt, vest, vada, vadīja, veda
c0915	satikt, tikties, satiek, satika, tikās
c0916	palīdzēt, palīdz, palīdzēja
c0917	palīdzība, palīdzības
c0918	atļaut, ļaut, atļauj, ļauj, ļāva
c0919	novērst, nepieļaut, novērš, novērsa
c0920	aizsargāt, sargāt, aizsargā, aizsargāja
c0921	glābt, izglābt, glābj, izglāba
c0922	nogalināt, nonāvēt, nogalina, nogalināja
c0923	cīnīties, kauties, cīnās, cīnījās
c0924	salauzt, lauzt, sasist, salauza, lauž
c0925	griezt, nogriezt, grieza, nogrieza
c0926	sist, iesist, trāpīt, sit, sita
c0927	mest, mētāt, met, meta
c0928	ķert, noķert, ķer, noķēra
c0929	vilkt, vilka, velk
c0930	stumt, grūst, stumj, stūma
c0931	piepildīt, pildīt, piepilda, piepildīja
c0932	mazgāt, mazgā, mazgāja
c0933	tīrs, tīra, tīri
c0934	zīmēt, zīmē, zīmēja, uzzīmēja
c0935	krāsot, gleznot, krāso, gleznoja
c0936	labot, salabot, remontēt, labo, salaboja
c0937	radīt, izveidot, rada, radīja, izveidoja
c0938	iznīcināt, sagraut, iznīcina, iznīcināja
c0939	degt, dedzināt, deg, dega, sadega
c0940	lidot, lido, lidoja
c0941	slēpt, paslēpt, slēpj, slēpa, paslēpa
c0942	meklēt, meklē, meklēja
c0943	notikt, gadīties, notiek, notika, gadījās
c0944	šķist, likties, šķiet, likās, šķita
c0945	parādīties, parādās, parādījās
c0946	kļūt, kļūst, kļuva
c0947	palikt, paliek, palika
c0948	piederēt, pieder, piederēja
c0949	saturēt, satur, saturēja
c0950	ietvert, iekļaut, ietver, iekļauj, iekļāva
c0951	pastāvēt, eksistēt, pastāv, pastāvēja
c0952	atkarīgs, būt atkarīgam, atkarīga
c0953	izraisīt, radīt, izraisa, izraisīja
c0954	cēlonis, iemesls, cēloņa
c0955	rezultāts, iznākums, rezultāta
c0956	ietekmēt, skart, ietekmē, ietekmēja
c0957	attīstīt, attīstīties, attīsta, attīstījās
c0958	uzlabot, uzlabo, uzlaboja
c0959	atbalstīt, atbalsta, atbalstīja
c0960	atbalsts, atbalsta
c0961	iebilst, pretoties, iebilda, pretojas
c0962	piekrist, piekrīt, piekrita, vienoties
c0963	pieņemt, pieņem, pieņēma
c0964	atteikt, atteikties, atsaka, atteica
c0965	noraidīt, noraida, noraidīja
c0966	noliegt, noliedz, noliedza
c0967	atzīt, atzīst, atzina
c0968	izskaidrot, paskaidrot, skaidro, izskaidroja
c0969	aprakstīt, apraksta, aprakstīja
c0970	ziņot, paziņot, ziņo, ziņoja
c0971	paziņot, izziņot, paziņo, paziņoja
c0972	informēt, informē, informēja
c0973	apspriest, pārrunāt, apspriež, apsprieda
c0974	strīdēties, argumentēt, apgalvot, strīdas
c0975	apgalvot, apgalvo, apgalvoja
c0976	ierosināt, ieteikt, ierosina, ieteica
c0977	piedāvāt, piedāvā, piedāvāja
c0978	apsolīt, solīt, sola, apsolīja
c0979	brīdināt, brīdina, brīdināja
c0980	draudēt, draud, draudēja
c0981	pieprasīt, prasīt, pieprasa, pieprasīja
c0982	prasīt, pieprasīt, prasa, nepieciešams
c0983	gaidīt, sagaidīt, paredzēt, sagaida
c0984	aizliegt, aizliedz, aizliedza, aizliegts
c0985	piespiest, spiest, piespieda
c0986	tērēt, iztērēt, pavadīt, tērē, pavadīja
c0987	nopelnīt, pelnīt, pelna, nopelnīja
c0988	uzvarēt, sist, pieveikt, piekaut, sita
c0989	sagatavot, gatavot, sagatavo, sagatavoja
c0990	organizēt, rīkot, organizē, organizēja
c0991	vadīt, pārvaldīt, izdoties, izdevās, vada
c0992	kontrolēt, pārvaldīt, kontrolē
c0993	pārbaudīt, pārbauda, pārbaudīja
c0994	tests, pārbaude, pārbaudījums
c0995	mērīt, izmērīt, mēra, izmērīja
c0996	skaitīt, saskaitīt, skaita
c0997	pievienot, pielikt, pievieno, pievienoja
c0998	salīdzināt, salīdzina, salīdzināja
c0999	savienot, savieno, savienoja
c1000	pievienoties, iestāties, pievienojās, iestājās
c1001	dalīties, dalīt, dalās, dalījās
c1002	sadalīt, dalīt, sadala, sadalīja
c1003	piegādāt, nogādāt, piegādā, piegādāja
c1004	publicēt, izdot, publicē, publicēja
c1005	parakstīt, paraksta, parakstīja
c1006	valkāt, nēsāt, vilkt, valkā, valkāja
c1007	pieskarties, aizskart, pieskaras, pieskārās
c1008	smarža, smaka, smaržas
c1009	skaņa, skaņas
c1010	troksnis, trokšņa
c1011	klusums, klusuma
c1012	liels, liela, lieli, lielā
c1013	liels, plašs, liela, lielā
c1014	mazs, maza, mazi, mazā
c1015	mazs, neliels, maza
c1016	garš, gara, gari
c1017	īss, īsa, īsi
c1018	augsts, augsta, augsti
c1019	zems, zema, zemi
c1020	plats, plašs, plata, plaša
c1021	šaurs, šaura, šauri
c1022	dziļš, dziļa, dziļi
c1023	smags, smaga, smagi
c1024	viegls, viegla, viegli
c1025	ātrs, ātra, ātri
c1026	lēns, lēna, lēni
c1027	jauns, jauna, jaunā, jaunie
c1028	labs, laba, labāks, labākais, labi
c1029	slikts, slikta, sliktāks, sliktākais
c1030	skaists, skaista, skaisti
c1031	neglīts, neglīta
c1032	netīrs, netīra, netīri
c1033	pilns, pilna, pilni
c1034	tukšs, tukša, tukši
c1035	viegls, vienkāršs, viegla
c1036	grūts, sarežģīts, grūta
c1037	ciets, grūts, cieta
c1038	mīksts, mīksta, maigs
c1039	stiprs, spēcīgs, stipra, spēcīga
c1040	vājš, vāja, vāji
c1041	drošs, droša, droši
c1042	bīstams, bīstama, bīstami
c1043	brīvs, brīva, brīvi
c1044	svarīgs, nozīmīgs, svarīga
c1045	galvenais, galvenā, galvenie
c1046	nepieciešams, vajadzīgs, nepieciešama
c1047	iespējams, iespējama, iespējami
c1048	neiespējams, neiespējama
c1049	patiess, īsts, patiesa, taisnība
c1050	nepatiess, viltots, nepareizs, nepatiesa
c1051	īsts, reāls, īsta, reāla
c1052	pareizs, pareiza, pareizi
c1053	nepareizs, kļūdains, nepareiza
c1054	tas pats, tā pati, tāds pats, vienāds
c1055	atšķirīgs, dažāds, atšķirīga
c1056	līdzīgs, līdzīga, līdzīgi
c1057	vesels, vesela
c1058	publisks, sabiedrisks, publiskā
c1059	privāts, privāta, privātā
c1060	nacionāls, valsts, nacionālā
c1061	starptautisks, starptautiskā
c1062	vietējs, vietējā, vietējie
c1063	globāls, pasaules, vispasaules
c1064	sociāls, sabiedrisks, sociālā
c1065	vispārējs, vispārīgs, vispārējā
c1066	īpašs, speciāls, īpaša
c1067	vienkāršs, vienkārša
c1068	sarežģīts, komplekss, sarežģīta
c1069	skaidrs, dzidrs, skaidra
c1070	kluss, klusa, klusi
c1071	skaļš, skaļa, skaļi
c1072	slavens, pazīstams, slavena
c1073	populārs, iecienīts, populāra
c1074	kopīgs, kopējs, parasts, izplatīts
c1075	rets, reta, reti
c1076	dīvains, savāds, dīvaina
c1077	normāls, parasts, normāla
c1078	gatavs, gatava, gatavi
c1079	aizņemts, aizņemta
c1080	viens, vienatnē, vientuļš
c1081	kopā, kopīgi
c1082	drošs, pārliecināts, droša
c1083	nopietns, nopietna
c1084	milzīgs, milzīga
c1085	sens, senatnīgs, senā
c1086	mūsdienīgs, moderns, mūsdienu
c1087	tradicionāls, tradicionālā
c1088	cilvēka, cilvēcisks, cilvēku
c1089	skaistums, skaistuma
c1090	jauks, patīkams, jauka
c1091	liels, lielisks, dižs, izcils
c1092	labs, smalks, labi
c1093	laipns, labs, laipna
c1094	draudzīgs, draudzīga
c1095	garš, augsts, gara
c1096	apaļš, apaļa
c1097	plakans, līdzens, plakana
c1098	ass, asa, asi
c1099	tievs, plāns, tieva
c1100	biezs, resns, bieza
c1101	resns, tukls, resna
c1102	ātrs, ātra, ātri
c1103	lēni, lēnām
c1104	ātri, strauji
c1105	labi
c1106	gandrīz, teju
c1107	tikai, vienīgi
c1108	īpaši, sevišķi
c1109	beidzot, visbeidzot
c1110	pēkšņi, negaidīti
c1111	droši vien, visticamāk, laikam
c1112	varbūt, iespējams
c1113	noteikti, protams, droši
c1114	tiešām, patiešām, patiesi
c1115	šeit, te
c1116	tur
c1117	visur
c1118	tālu
c1119	tuvu, netālu
c1120	prom, projām
c1121	ārā, ārpusē
c1122	iekšā, iekšpusē
c1123	starp
c1124	bez
c1125	pret
c1126	laikā, gaitā
c1127	pēc
c1128	pirms
c1129	zem
c1130	virs, pāri
c1131	pāri, šķērsām
c1132	caur, cauri
c1133	ap, apkārt
c1134	starp, vidū
c1135	neskatoties uz, par spīti, neraugoties
c1136	pretim, virzienā, virzienā uz
c1137	aiz, aizmugurē
c1138	gar
c1139	visi, katrs, ikviens
c1140	nekas, neko
c1141	viss, visu
c1142	lieta, priekšmets, lietas
c1143	vieta, vietas
c1144	veids, paņēmiens, veida
c1145	daļa, daļas
c1146	skaitlis, skaits, numurs
c1147	grupa, grupas
c1148	veids, tips, suga
c1149	piemērs, piemēram, piemēra
c1150	problēma, problēmas
c1151	situācija, stāvoklis, situācijas
c1152	fakts, fakta
c1153	gadījums, lieta, gadījuma
c1154	punkts, jautājums, punkta
c1155	forma, veids, formas
c1156	līmenis, līmeņa
c1157	izmērs, lielums, izmēra
c1158	forma, veidols, formas
c1159	līnija, svītra, rinda
c1160	zīme, pazīme, signāls
c1161	atšķirība, starpība, atšķirības
c1162	iespēja, izdevība, veiksme
c1163	iespēja, izdevība, iespējas
c1164	briesmas, apdraudējums, briesmu
c1165	risks, riska
c1166	nozīme, svarīgums, nozīmīgums
c1167	panākums, veiksme, panākumi
c1168	neveiksme, neveiksmes
c1169	pūles, centieni, piepūle
c1170	loma, lomas
c1171	mērķis, nolūks, mērķa
c1172	kvalitāte, īpašība, kvalitātes
c1173	daudzums, summa, apjoms
c1174	vairākums, vairākuma
c1175	procents, procenti, procentu
c1176	vidējs, vidējā, vidēji
c1177	ziņa, vēstījums, ziņojums
c1178	ziņas, jaunumi, ziņu
c1179	informācija, informācijas
c1180	vārds, nosaukums, vārda
c1181	parlaments, saeima, parlamenta
c1182	parlamentārs, parlamenta
c1183	loceklis, deputāts, biedrs, locekļi
c1184	rezolūcija, rezolūcijas
c1185	valdība, valdības
c1186	ministrs, ministre, ministra
c1187	premjerministrs, ministru prezidents
c1188	prezidents, priekšsēdētājs, prezidenta
c1189	vēlēšanas, vēlēšanu
c1190	vēlēšanu, vēlēšanu sistēma
c1191	balsot, nobalsot, balso, balsoja
c1192	balss, balsojums, balsošana
c1193	vēlētājs, vēlētāji, vēlētāju
c1194	kandidāts, kandidāte, kandidāta
c1195	kampaņa, kampaņas
c1196	referendums, referenduma
c1197	partija, partijas
c1198	cilvēktiesības, cilvēktiesību
c1199	tiesības, tiesību
c1200	likums, tiesības, likuma
c1201	juridisks, tiesisks, likumīgs
c1202	nelikumīgs, nelegāls, prettiesisks
c1203	tiesa, tiesas
c1204	tiesnesis, tiesnese, tiesneša
c1205	advokāts, jurists, advokāta
c1206	prokurors, prokurora
c1207	tiesas process, prāva, tiesvedība
c1208	spriedums, sods, soda
c1209	ieslodzītais, cietumnieks, ieslodzītie
c1210	politieslodzītais, politiskais ieslodzītais
c1211	arestēt, aizturēt, apcietināt, arestēja, aizturēja
c1212	arests, aizturēšana, apcietināšana
c1213	aizturēšana, apcietinājums, ieslodzījums
c1214	aizturēt, turēt apcietinājumā, aizturēja, aizturēts
c1215	atbrīvot, atbrīvo, atbrīvoja
c1216	atbrīvošana, atbrīvošanas
c1217	spīdzināšana, spīdzināšanas
c1218	nosodīt, nosoda, nosodīja
c1219	mudināt, aicināt, mudina, aicina
c1220	aicināt, aicina, aicināja
c1221	prasīt, pieprasīt, aicināt, prasa
c1222	atzinīgi novērtēt, apsveikt, sveikt, atzinīgi
c1223	paust nožēlu, nožēlot, nožēlo
c1224	atgādināt, atgādina, atgādināja
c1225	žurnālists, žurnāliste, žurnālisti
c1226	plašsaziņas līdzekļi, mediji, mediju
c1227	prese, preses
c1228	protests, protesta
c1229	protestētājs, protestētāji
c1230	demonstrācija, gājiens, demonstrācijas
c1231	brīvība, brīvības
c1232	vārda brīvība, vārda brīvības
c1233	pulcēšanās brīvība
c1234	demokrātija, demokrātijas
c1235	demokrātisks, demokrātiskā
c1236	dalībvalsts, dalībvalstis, dalībvalstu
c1237	komisija, komisijas
c1238	komisārs, komisāre, komisāra
c1239	padome, padomes
c1240	savienība, arodbiedrība, savienības
c1241	eiropas savienība, eiropas savienības
c1242	pilsonis, pilsone, pilsoņi, pilsoņa
c1243	pilsonība, pilsonības
c1244	vardarbība, vardarbības
c1245	vardarbīgs, vardarbīga
c1246	policija, policijas
c1247	policists, policiste, policisti
c1248	armija, karaspēks, armijas
c1249	militārs, militārā, kara
c1250	karavīrs, kareivis, karavīra
c1251	karš, kara
c1252	miers, miera
c1253	konflikts, konflikta
c1254	ierocis, ieroči, ieroča
c1255	sankcija, sankcijas
c1256	opozīcija, opozīcijas
c1257	režīms, režīma
c1258	iestāde, vara, iestādes
c1259	valsts, valstis, valstu
c1260	valsts, zeme, valstis, valstu
c1261	nācija, tauta, nācijas
c1262	republika, republikas
c1263	karaliste, karalistes
c1264	karalis, ķēniņš, karaļa
c1265	karaliene, karalienes
c1266	imperators, ķeizars, imperatora
c1267	impērija, impērijas
c1268	konstitūcija, satversme, konstitūcijas
c1269	konstitucionāls, konstitucionālā
c1270	līgums, līguma
c1271	vienošanās, līgums, nolīgums
c1272	sarunas, sarunu
c1273	vest sarunas, vienoties, apspriest
c1274	noziegums, nozieguma
c1275	noziedzīgs, krimināls, kriminālā
c1276	upuris, cietušais, upura
c1277	slepkavība, slepkavības
c1278	terorisms, terorisma
c1279	terorists, teroristi, teroristu
c1280	uzbrukums, uzbrukuma
c1281	drošība, drošības
c1282	drošība, drošums
c1283	aizsardzība, aizsardzības
c1284	bēglis, bēgļi, bēgļu
c1285	migrants, migranti, migrantu
c1286	migrācija, migrācijas
c1287	patvērums, patvēruma
c1288	minoritāte, mazākums, minoritātes
c1289	diskriminācija, diskriminācijas
c1290	vienlīdzība, līdztiesība, vienlīdzības
c1291	dzimums, dzimuma, dzimte
c1292	tiesiskums, tiesiskuma
c1293	taisnīgums, tiesiskums, taisnīguma
c1294	tiesu, tiesas, juridisks
c1295	neatkarība, neatkarības
c1296	neatkarīgs, neatkarīga
c1297	suverenitāte, suverenitātes
c1298	teritorija, teritorijas
c1299	okupācija, okupācijas
c1300	iebrukums, invāzija, iebrukuma
c1301	pamiers, uguns pārtraukšana, pamiera
c1302	humanitārs, humānā, humanitārā
c1303	palīdzība, atbalsts, palīdzības
c1304	sadarbība, sadarbības
c1305	dialogs, dialoga
c1306	attiecības, attiecību, saikne
c1307	diplomātisks, diplomātiskā
c1308	vēstnieks, vēstniece, vēstnieka
c1309	vēstniecība, vēstniecības
c1310	delegācija, delegācijas
c1311	pārstāvis, pārstāve, pārstāvji
c1312	amatpersona, ierēdnis, amatpersonas
c1313	administrācija, pārvalde, administrācijas
c1314	iestāde, institūcija, iestādes
c1315	aģentūra, dienests, aģentūras
c1316	vara, spēks, varas
c1317	politika, politikas
c1318	politika, politikas
c1319	politisks, politiskā, politiskie
c1320	politiķis, politiķe, politiķi
c1321	reforma, reformas
c1322	tiesību akti, likumdošana, tiesību aktu
c1323	direktīva, direktīvas
c1324	regula, noteikumi, regulas
c1325	priekšlikums, priekšlikuma
c1326	grozījums, grozījumi, grozījumu
c1327	ziņojums, pārskats, ziņojuma
c1328	debates, diskusija, debašu
c1329	sesija, sēde, sesijas
c1330	komiteja, komisija, komitejas
c1331	priekšsēdētājs, priekšsēdētāja
c1332	prezidentūra, prezidentūras, priekšsēdība
c1333	mandāts, pilnvaras, mandāta
c1334	pieņemt, pieņem, pieņēma, pieņemts
c1335	apstiprināt, apstiprina, apstiprināja
c1336	atturēties, atturas, atturējās
c1337	koalīcija, koalīcijas
c1338	līderis, vadītājs, līdera
c1339	korupcija, korupcijas
c1340	krāpšana, krāpniecība, krāpšanas
c1341	pārredzamība, caurskatāmība
c1342	izmeklēšana, izmeklēšanas
c1343	izmeklēt, izmeklē, izmeklēja
c1344	pierādījumi, pierādījums, pierādījumu
c1345	liecinieks, lieciniece, liecinieki
c1346	apsūdzība, apsūdzības
c1347	apsūdzēt, apsūdz, apsūdzēja, apsūdzēts
c1348	vainīgs, vainīga
c1349	nevainīgs, nevainīga
c1350	notiesāt, notiesāja, notiesāts
c1351	apelācija, pārsūdzība, apelācijas
c1352	sods, soda, sodi
c1353	nāvessods, nāvessoda
c1354	nāvessoda izpilde, sodīšana ar nāvi
c1355	naudas sods, sods
c1356	sods, sodīšana, soda
c1357	sodīt, sodīja, sodīts
c1358	aktīvists, aktīviste, aktīvisti
c1359	cilvēktiesību aizstāvis, aizstāvis, aizstāvji
c1360	disidents, disidenti
c1361	ķīlnieks, ķīlnieki, ķīlnieku
c1362	nolaupīt, nolaupa, nolaupīja, nolaupīts
c1363	pazušana, pazušanas
c1364	uzmākšanās, aizskaršana, vajāšana
c1365	iebiedēšana, iebiedēšanas
c1366	vajāšana, vajāšanas
c1367	represijas, represija, apspiešana
c1368	apspiešana, represijas, vēršanās
c1369	cenzūra, cenzūras
c1370	ļaunprātīga izmantošana, vardarbība, pāridarījums
c1371	izvarošana, izvarošanas
c1372	genocīds, genocīda
c1373	kara noziegums, kara noziegumi
c1374	cilvēku tirdzniecība
c1375	verdzība, verdzības
c1376	apvienoto nāciju organizācija, ano
c1377	nato
c1378	eiropas parlaments
c1379	eiropas komisija
c1380	samits, augstākā līmeņa sanāksme
c1381	fonds, fonda
c1382	finansējums, finansēšana, finansējuma
c1383	programma, programmas
c1384	stratēģija, stratēģijas
c1385	mērķis, mērķa
c1386	pasākums, pasākumi, pasākuma
c1387	rīcība, darbība, darbības
c1388	satvars, ietvars
c1389	īstenošana, ieviešana, īstenošanas
c1390	īstenot, ieviest, īsteno, īstenoja
c1391	nodrošināt, nodrošina, nodrošināja
c1392	uzsvērt, uzsver, uzsvēra
c1393	atzīmēt, norādīt, konstatēt, atzīmē
c1394	atkārtot, atkārto, atkārtoja
c1395	paust, izteikt, pauž, pauda, izteica
c1396	bažas, satraukums, bažu
c1397	nosodīt, paust nožēlu, nožēlot
c1398	nosodīt, nosoda, nosodīja
c1399	uzstāt, uzstāj, uzstāja
c1400	mudināt, veicināt, mudina, veicina
c1401	aicināt, uzaicināt, aicina, uzaicināja
c1402	uzsvērt, izcelt, uzsver
c1403	atzīt, atzīst, atzina
c1404	atzīt, atpazīt, atzīst, atpazina
c1405	uzskatīt, apsvērt, izskatīt, uzskata
c1406	nekavējoties, tūlīt, nekavējoši
c1407	stingri, asi, stipri
c1408	dziļi
c1409	bez nosacījumiem, beznosacījumu
c1410	vēlēšanu zīme, biļetens, balsojums
c1411	godīgs, taisnīgs, godīga
c1412	novērotājs, novērotāji
c1413	iekšējais tirgus, vienotais tirgus
c1414	konkurence, sacensība, konkurss
c1415	lauksaimniecība, lauksaimniecības
c1416	zivsaimniecība, zvejniecība
c1417	klimata pārmaiņas, klimata pārmaiņu
c1418	emisija, emisijas, izmeši
c1419	ilgtspējīgs, ilgtspējīga
c1420	attīstība, attīstības
c1421	inovācija, jauninājums, inovācijas
c1422	digitāls, digitālā, ciparu
c1423	dati, datu
c1424	privātums, privātā dzīve
c1425	aizsardzība, aizsardzības
c1426	transports, transporta
c1427	infrastruktūra, infrastruktūras
c1428	reģionāls, reģionālā
c1429	solidaritāte, solidaritātes
c1430	paplašināšanās, paplašināšana
c1431	pievienošanās, iestāšanās
c1432	muita, muitas
c1433	valūta, valūtas
c1434	inflācija, inflācijas
c1435	procenti, procentu likme
c1436	interese, intereses
c1437	deficīts, deficīta
c1438	sabiedrība, sabiedrības
c1439	kopiena, kopienas
c1440	organizācija, organizācijas
c1441	biedrība, asociācija, biedrības
c1442	iedzīvotāji, iedzīvotāju
c1443	sabiedriskā doma
c1444	atbildība, atbildības
c1445	atbildīgs, atbildīga
c1446	pienākums, saistības, pienākuma
c1447	princips, principa
c1448	vērtība, vērtības
c1449	cieņa, pašcieņa, cieņas
c1450	cieņa, respekts, cieņas
c1451	cienīt, ievērot, ciena, ievēro
c1452	tiesībaizsardzība, tiesībaizsardzības iestādes
c1453	procedūra, kārtība, procedūras
c1454	process, procesa
c1455	jautājums, problēma, jautājuma
c1456	lieta, jautājums, lietas
c1457	sistēma, sistēmas
c1458	rīkojums, pavēle, kārtība
c1459	noteikums, likums, noteikumi
c1460	sekas, iedarbība, efekts
c1461	ietekme, ietekmes
c1462	nosacījums, stāvoklis, apstākļi
c1463	piekļuve, pieeja, piekļuves
c1464	resurss, resursi, resursu
c1465	ienaidnieks, ienaidnieki, ienaidnieka
c1466	varonis, varone, varoņi
c1467	sargs, apsargs, sardze
c1468	priesteris, mācītājs, priestera
c1469	tradīcija, tradīcijas
c1470	festivāls, svētki, festivāla
c1471	ceremonija, ceremonijas
c1472	runa, uzruna, runas
c1473	viedoklis, uzskats, viedokļa
c1474	paziņojums, paziņojuma
c1475	deklarācija, paziņojums, deklarācijas
c1476	uzmanība, uzmanības
c1477	patiesība, taisnība, patiesības
c1478	noslēpums, noslēpuma
c1479	draudi, apdraudējums, draudu
c1480	uzvara, uzvaras
c1481	sakāve, zaudējums, sakāves
c1482	kauja, cīņa, kaujas
c1483	revolūcija, revolūcijas
c1484	karogs, karoga
c1485	būda, mītne
c1486	lavīna, lavīnas
c1487	sabiedrotais, sabiedrotie, sabiedroto
c1488	karaspēks, karavīri, spēki
c1489	streiks, streika
c1490	pensija, pensijas
c1491	mājoklis, mājokļi, mājokļa
c1492	veiksme, laime, veiksmes
c1493	mednieks, mednieki, mednieka
c1494	augstums, augstuma
c1495	garums, garuma
c1496	svars, svara
c1497	ātrums, ātruma
c1498	mantojums, mantojuma
c1499	šaujamierocis, ierocis, šautene, pistole
c1500	bumba, bumbas
`;
