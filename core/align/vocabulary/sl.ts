// Concordia's core vocabulary in Slovenian: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	ena, en, eno, enega, eni, enem
c0002	dva, dve, dveh, dvema
c0003	tri, trije, treh, trem
c0004	štiri, štirje, štirih
c0005	pet, petih
c0006	šest, šestih
c0007	sedem, sedmih
c0008	osem, osmih
c0009	devet, devetih
c0010	deset, desetih
c0011	enajst, enajstih
c0012	dvanajst, dvanajstih
c0013	trinajst, trinajstih
c0014	štirinajst, štirinajstih
c0015	petnajst, petnajstih
c0016	šestnajst, šestnajstih
c0017	sedemnajst, sedemnajstih
c0018	osemnajst, osemnajstih
c0019	devetnajst, devetnajstih
c0020	dvajset, dvajsetih
c0021	trideset, tridesetih
c0022	štirideset, štiridesetih
c0023	petdeset, petdesetih
c0024	šestdeset, šestdesetih
c0025	sedemdeset, sedemdesetih
c0026	osemdeset, osemdesetih
c0027	devetdeset, devetdesetih
c0028	sto, stotih
c0029	tisoč, tisoči
c0030	milijon, milijona, milijonov
c0031	milijarda, milijarde, milijard
c0032	prvi, prva, prvo
c0033	drugi, druga, drugo
c0034	tretji, tretja, tretje
c0035	četrti, četrta, četrto
c0036	peti, peta, peto
c0037	šesti, šesta, šesto
c0038	sedmi, sedma, sedmo
c0039	osmi, osma, osmo
c0040	deveti, deveta, deveto
c0041	deseti, deseta, deseto
c0042	polovica, pol, polovice, polovico
c0043	četrtina, četrt
c0044	ducat, ducata
c0045	dvojni, dvojen, dvakraten
c0046	zadnji, zadnja, zadnje
c0047	naslednji, naslednja, prihodnji
c0048	januar, januarja
c0049	februar, februarja
c0050	marec, marca
c0051	april, aprila
c0052	maj, maja
c0053	junij, junija
c0054	julij, julija
c0055	avgust, avgusta
c0056	september, septembra
c0057	oktober, oktobra
c0058	november, novembra
c0059	december, decembra
c0060	ponedeljek, ponedeljka
c0061	torek, torka
c0062	sreda, sredo, srede
c0063	četrtek, četrtka
c0064	petek, petka
c0065	sobota, soboto, sobote
c0066	nedelja, nedeljo, nedelje
c0067	pomlad, spomladi, pomladi
c0068	poletje, poleti, poletja
c0069	jesen, jeseni
c0070	zima, pozimi, zime
c0071	letni čas, sezona, sezone
c0072	dan, dneva, dni, dnevi, dnem, dnevu
c0073	teden, tedna, tedni, tednov
c0074	mesec, meseca, meseci, mesecev
c0075	leto, leta, let, letih, letu
c0076	ura, ure, ur, uro
c0077	minuta, minute, minut
c0078	sekunda, sekunde, sekund
c0079	jutro, zjutraj, jutra
c0080	popoldne, popoldan
c0081	večer, zvečer, večera
c0082	noč, noči, ponoči
c0083	poldne, opoldne
c0084	polnoč, polnoči
c0085	danes
c0086	včeraj
c0087	jutri
c0088	nocoj, drevi, danes zvečer
c0089	stoletje, stoletja, stoletij
c0090	desetletje, desetletja
c0091	čas, časa, času
c0092	trenutek, hip, trenutka
c0093	obdobje, doba, rok
c0094	datum, datuma
c0095	vikend, konec tedna
c0096	koledar, koledarja
c0097	ura, ure
c0098	starost, starosti, leta
c0099	preteklost, preteklosti
c0100	prihodnost, prihodnosti
c0101	sedanjost, sedanjosti
c0102	zdaj, sedaj, zdajle
c0103	kmalu
c0104	pozneje, kasneje, potem
c0105	zgodnji, zgodaj, zgodnja
c0106	pozen, pozno, pozna
c0107	že
c0108	spet, znova, ponovno
c0109	vedno, zmeraj, vselej
c0110	nikoli
c0111	pogosto
c0112	včasih, občasno
c0113	
c0114	nedavno, pred kratkim
c0115	dneven, vsakodneven, dnevno
c0116	leten, letna, vsakoleten, letno
c0117	zora, svit, zore
c0118	sončni zahod
c0119	sončni vzhod
c0120	doba, obdobje, era
c0121	začetek, začetka, začetku
c0122	konec, konca, koncu
c0123	rojstni dan, rojstnega dne
c0124	praznik, počitnice, dopust
c0125	božič, božiča
c0126	velika noč, velikonočni
c0127	obletnica, obletnice
c0128	barva, barve, barv
c0129	rdeč, rdeča, rdeče
c0130	moder, modra, modro
c0131	zelen, zelena, zeleno
c0132	rumen, rumena, rumeno
c0133	črn, črna, črno
c0134	bel, bela, belo
c0135	siv, siva, sivo
c0136	rjav, rjava, rjavo
c0137	oranžen, oranžna
c0138	rožnat, roza
c0139	vijoličen, škrlaten, vijolična
c0140	zlat, zlata, zlato
c0141	temen, temna, temno
c0142	svetel, svetla, svetlo
c0143	bled, bleda, bledo
c0144	sever, severa
c0145	jug, juga
c0146	vzhod, vzhoda
c0147	zahod, zahoda
c0148	severni, severna, severno
c0149	južni, južna, južno
c0150	vzhodni, vzhodna, vzhodno
c0151	zahodni, zahodna, zahodno
c0152	lev, leva, levo
c0153	desen, desna, desno
c0154	vrh, vrha, zgornji del
c0155	dno, spodnji del, dna
c0156	stran, strani, bok
c0157	sredina, sredini, središče
c0158	središče, center, središča
c0159	sprednji del, spredaj, sprednja
c0160	zadnji del, zadaj, zadnja
c0161	rob, roba, robu
c0162	družina, družine, družini
c0163	mati, mama, matere, materi
c0164	oče, očeta, očetu, ata
c0165	starš, starši, staršev
c0166	otrok, otroci, otrokom, otroka, otroke
c0167	sin, sina, sinovi
c0168	hči, hčerka, hčere, hčeri
c0169	brat, brata, bratje
c0170	sestra, sestre, sester
c0171	mož, moža, soprog
c0172	žena, žene, soproga
c0173	dedek, ded, dedka
c0174	babica, stara mama
c0175	vnuk, vnukinja, vnuki, vnukov
c0176	stric, strica
c0177	teta, tete
c0178	bratranec, sestrična
c0179	dojenček, otročiček, dojenčki
c0180	deček, fant, dečka, fantje
c0181	deklica, dekle, punca, dekleta
c0182	moški, mož, možje, moških
c0183	ženska, ženske, žensk
c0184	oseba, človek, osebe, oseb
c0185	ljudje, ljudi, ljudem, ljudmi
c0186	prijatelj, prijatelji, prijateljica
c0187	sosed, sosedje, soseda
c0188	gost, gostje, gostov
c0189	poroka, svatba, poroke
c0190	poroka, zakonska zveza
c0191	poročiti, poroči, poročil
c0192	ločitev, razveza
c0193	rojstvo, rojstva
c0194	rojen, rojena, rodil, rodila
c0195	umreti, umirati, umrl, umrla, umre
c0196	smrt, smrti
c0197	mrtev, mrtva, mrtvi
c0198	življenje, življenja
c0199	živeti, živi, živel, bivati
c0200	živ, živa, živo
c0201	mlad, mlada, mladi
c0202	star, stara, stari, starejši
c0203	mladost, mladina
c0204	odrasel, odrasli, odraslih
c0205	generacija, rod
c0206	sorodnik, sorodniki
c0207	par, para, dvojica
c0208	dvojček, dvojčka, dvojčki
c0209	vdova, vdove
c0210	sirota, sirote
c0211	prednik, predniki, prednikov
c0212	telo, telesa, telesu
c0213	glava, glave, glavi
c0214	obraz, obraza
c0215	oko, oči, očesa
c0216	uho, ušesa, ušes
c0217	nos, nosu
c0218	usta, ust
c0219	zob, zobje, zoba, zobe
c0220	jezik, jezika
c0221	ustnica, ustnice
c0222	lasje, las, lase, laseh
c0223	vrat, vratu
c0224	rama, ramena, ramen
c0225	roka, roke, rok
c0226	roka, roke, rok, roko, dlan
c0227	prst, prsti, prstov
c0228	noga, noge, nog
c0229	koleno, kolena, kolen
c0230	stopalo, noga, noge
c0231	hrbet, hrbta, hrbtu
c0232	prsi, prsni koš, prsa
c0233	srce, srca
c0234	kri, krvi
c0235	kost, kosti
c0236	koža, kože, kožo
c0237	želodec, trebuh, želodca
c0238	možgani, možganov
c0239	dih, dihanje, sapa
c0240	dihati, diha
c0241	glas, glasu
c0242	pljuča, pljuč
c0243	mišica, mišice, mišic
c0244	rana, rane, ran
c0245	poškodba, poškodbe, poškodb
c0246	poškodovati, raniti, poškodovan
c0247	bolečina, bolečine
c0248	slep, slepa
c0249	gluh, gluha
c0250	brada, brade
c0251	solza, solze, solz
c0252	krilo, krila, kril
c0253	rep, repa
c0254	vreme, vremena
c0255	dež, dežja, dežju
c0256	sneg, snega
c0257	led, ledu
c0258	veter, vetra, vetru
c0259	nevihta, neurje, vihar
c0260	oblak, oblaki, oblakov
c0261	megla, megle
c0262	sonce, sonca
c0263	nebo, neba, nebu
c0264	vroč, vroča, vroče
c0265	hladen, mrzel, hladna, mrzla
c0266	topel, topla, toplo
c0267	hladen, hladna, hladno, svež
c0268	suh, suha, suho
c0269	moker, mokra, mokro
c0270	temperatura, temperature
c0271	stopinja, stopinje, stopinj
c0272	podnebje, klima
c0273	zmrzal, slana, mraz
c0274	grom, groma
c0275	strela, blisk, strele
c0276	poplava, poplave, povodenj
c0277	suša, suše
c0278	vročina, toplota, vročine
c0279	zrak, zraka
c0280	senca, sence
c0281	zmrzniti, zamrzniti, zmrznjen, zamrznjen
c0282	taliti, topiti, tali
c0283	pihati, piha, pihal
c0284	sijati, sije, svetiti
c0285	narava, narave
c0286	zemlja, zemlje, zemljo
c0287	tla, zemlja, tal
c0288	kopno, zemlja, kopnem
c0289	prst, zemlja, tla
c0290	pesek, peska
c0291	kamen, kamna, kamni
c0292	skala, skale, pečina
c0293	gora, gore, gor
c0294	hrib, hribi, griček
c0295	dolina, doline
c0296	reka, reke, reki
c0297	potok, potoka
c0298	jezero, jezera
c0299	morje, morja, morju
c0300	ocean, oceana
c0301	obala, obale
c0302	obala, breg, obrežje
c0303	plaža, plaže
c0304	otok, otoka, otoki
c0305	zaliv, zaliva
c0306	pečina, klif, čer
c0307	jama, jame
c0308	ledenik, ledenika
c0309	vrh, vrha, vrhu
c0310	vrh, konica, vrha
c0311	greben, grebena
c0312	pobočje, strmina, pobočja
c0313	prelaz, prelaza
c0314	ravnina, nižina
c0315	polje, njiva, polja
c0316	travnik, travnika
c0317	gozd, gozda, gozdu
c0318	les, lesa
c0319	drevo, drevesa, dreves
c0320	veja, veje, vej
c0321	listi, listje
c0322	korenina, korenine
c0323	cvet, roža, cvetlica, cvetje
c0324	trava, trave
c0325	rastlina, rastline
c0326	seme, semena
c0327	sadež, sadje, plod
c0328	grm, grmi, grmovje
c0329	puščava, puščave
c0330	močvirje, barje
c0331	slap, slapa
c0332	izvir, vrelec, izvira
c0333	val, valovi, valov
c0334	breg, brega, bregu
c0335	pokrajina, krajina
c0336	razgled, pogled
c0337	obzorje, horizont
c0338	zvezda, zvezde, zvezd
c0339	luna, lune, mesec
c0340	planet, planeta
c0341	svet, sveta, svetu
c0342	vesolje, vesolja
c0343	ogenj, ognja, požar
c0344	plamen, plameni, plamena
c0345	voda, vode, vodi
c0346	dim, dima
c0347	prah, prahu
c0348	blato, blata
c0349	zlato, zlata
c0350	srebro, srebra
c0351	železo, železa
c0352	kovina, kovine
c0353	premog, premoga
c0354	nafta, olje, olja
c0355	plin, plina
c0356	sol, soli
c0357	vulkan, ognjenik
c0358	potres, potresa
c0359	žival, živali
c0360	ptica, ptič, ptice
c0361	riba, ribe, rib
c0362	pes, psa, psi, psov
c0363	mačka, mačke
c0364	konj, konja, konji
c0365	krava, krave
c0366	ovca, ovce
c0367	koza, koze
c0368	prašič, svinja, prašiči
c0369	kokoš, piščanec, kokoši
c0370	medved, medveda
c0371	volk, volka, volkovi
c0372	lisica, lisice
c0373	jelen, srna, jeleni
c0374	zajec, kunec, zajca
c0375	miš, miši
c0376	podgana, podgane
c0377	kača, kače
c0378	žuželka, insekt, žuželke
c0379	čebela, čebele
c0380	muha, muhe
c0381	metulj, metulji
c0382	orel, orla
c0383	kit, kita, kiti
c0384	lev, leva, levi
c0385	slon, slona
c0386	govedo, živina
c0387	gnezdo, gnezda
c0388	jajce, jajca
c0389	pero, perje
c0390	loviti, lovi, lov
c0391	kmetija, farma, kmetije
c0392	kmet, kmetovalec, kmetje
c0393	žetev, letina, pridelek
c0394	poljščina, pridelek
c0395	pšenica, pšenice
c0396	okolje, okolja
c0397	onesnaževanje, onesnaženje
c0398	vrsta, vrste, vrst
c0399	biotska raznovrstnost, biodiverziteta
c0400	narodni park
c0401	divji, divja, divje
c0402	naraven, naravni, naravna
c0403	evropa, evrope, evropi
c0404	evropski, evropska, evropsko
c0405	afrika, afrike, afriki
c0406	afriški, afriška
c0407	azija, azije, aziji
c0408	azijski, azijska
c0409	amerika, amerike, ameriki
c0410	ameriški, ameriška
c0411	združene države, zda
c0412	rusija, rusije, rusiji
c0413	ruski, ruska, rusko
c0414	ukrajina, ukrajine, ukrajini
c0415	ukrajinski, ukrajinska
c0416	belorusija, belorusije
c0417	kitajska, kitajske, kitajskem
c0418	kitajski, kitajska
c0419	združeno kraljestvo, britanija, velika britanija
c0420	britanski, britanska
c0421	anglija, anglije
c0422	angleščina, angleški
c0423	turčija, turčije, turčiji
c0424	turški, turška
c0425	japonska, japonske, japonskem
c0426	indija, indije, indiji
c0427	izrael, izraela
c0428	iran, irana
c0429	sirija, sirije
c0430	švica, švice, švici
c0431	norveška, norveške
c0432	nemčija, nemčije, nemčiji
c0433	nemški, nemška, nemško
c0434	francija, francije, franciji
c0435	francoski, francoska
c0436	italija, italije, italiji
c0437	italijanski, italijanska
c0438	španija, španije, španiji
c0439	španski, španska
c0440	portugalska, portugalske
c0441	portugalski, portugalska
c0442	nizozemska, nizozemske, nizozemskem
c0443	nizozemski, nizozemska
c0444	belgija, belgije, belgiji
c0445	belgijski, belgijska
c0446	luksemburg, luksemburga
c0447	avstrija, avstrije, avstriji
c0448	avstrijski, avstrijska
c0449	poljska, poljske, poljskem
c0450	poljski, poljska
c0451	češka, češke, češka republika
c0452	češki, češka
c0453	slovaška, slovaške
c0454	slovaški, slovaška
c0455	madžarska, madžarske
c0456	madžarski, madžarska
c0457	slovenija, slovenije, sloveniji
c0458	hrvaška, hrvaške, hrvaškem
c0459	romunija, romunije
c0460	romunski, romunska
c0461	bolgarija, bolgarije
c0462	bolgarski, bolgarska
c0463	grčija, grčije, grčiji
c0464	grški, grška
c0465	ciper, cipra
c0466	malta, malte, malti
c0467	irska, irske, irskem
c0468	irski, irska
c0469	danska, danske
c0470	danski, danska
c0471	švedska, švedske
c0472	švedski, švedska
c0473	finska, finske
c0474	finski, finska
c0475	estonija, estonije
c0476	latvija, latvije
c0477	litva, litve
c0478	alpe, alp, alpah
c0479	sredozemski, sredozemlje
c0480	atlantski, atlantik
c0481	baltski, baltik
c0482	bruselj, bruslja, bruslju
c0483	strasbourg, strasbourga
c0484	potovati, potuje, potoval
c0485	potovanje, pot, potovanja
c0486	izlet, izleta
c0487	turist, turisti, turistka
c0488	turizem, turizma
c0489	hotel, hotela
c0490	soba, sobe, prostor
c0491	potni list, potnega lista
c0492	vozovnica, vstopnica, karta
c0493	vlak, vlaka, vlaki
c0494	železnica, železnice
c0495	postaja, železniška postaja
c0496	avtobus, avtobusa
c0497	avto, avtomobil, avtomobila
c0498	vozilo, vozila
c0499	kolo, kolesa, bicikel
c0500	čoln, ladja, čolna
c0501	ladja, ladje, ladjo
c0502	letalo, letala
c0503	letališče, letališča
c0504	polet
c0505	pristanišče, luka
c0506	pristanišče, luka, pristan
c0507	cesta, ceste, cesti
c0508	ulica, ulice, ulici
c0509	pot, steza, poti
c0510	most, mostu, mostovi
c0511	predor, tunel
c0512	zemljevid, karta
c0513	vodič, vodnik, vodiča
c0514	ogled, tura, izlet
c0515	obiskati, obiskovati, obišče, obiskal
c0516	obiskovalec, obiskovalci
c0517	prispeti, priti, prispe, prispel
c0518	oditi, zapustiti, odide, odšel, zapustil
c0519	odpotovati, odhajati, odide, odhod
c0520	vrniti, vračati, vrne, vrnil
c0521	voziti, vozi, vozil, peljati
c0522	jahati, voziti, jaha, vozi
c0523	hoditi, hodi, pešačiti
c0524	plezati, vzpenjati, povzpeti, pleza
c0525	plavati, plava, plaval
c0526	jadrati, pluti, jadra
c0527	prečkati, prestopiti, prečka
c0528	doseči, priti, doseže, dosegel
c0529	pot, smer, trasa
c0530	meja, meje, meji
c0531	razdalja, oddaljenost
c0532	kilometer, kilometrov, kilometra
c0533	meter, metrov, metra
c0534	milja, milje, milj
c0535	v tujini, tujina, tujini
c0536	tuj, tuja, tuje
c0537	promet, prometa
c0538	nesreča, nezgoda, nesreče
c0539	potnik, potniki, potnikov
c0540	voznik, vozniki, voznika
c0541	tabor, taborišče, kamp
c0542	šotor, šotora
c0543	ostati, bivati, ostane, ostal
c0544	čakati, počakati, čaka, čakal
c0545	vas, vasi
c0546	mesto, trg, mesta
c0547	mesto, mesta, mestu, mest
c0548	glavno mesto, prestolnica
c0549	trg, trga, trgu
c0550	tržnica, trg, trga
c0551	trgovina, prodajalna, trgovine
c0552	cerkev, cerkve
c0553	katedrala, stolnica
c0554	grad, gradu
c0555	palača, dvorec
c0556	stolp, stolpa
c0557	muzej, muzeja
c0558	spomenik, spomenika
c0559	park, parka
c0560	vrt, vrta, vrtu
c0561	zid, stena, zidu
c0562	vrata, vhod
c0563	vrata, vrat
c0564	okno, okna, oken
c0565	nadstropje, etaža
c0566	streha, strehe
c0567	stopnice, stopnic
c0568	kuhinja, kuhinje
c0569	postelja, postelje
c0570	miza, mize, mizi
c0571	stol, stola
c0572	hiša, hiše, hiši
c0573	dom, doma, domov
c0574	stavba, zgradba, poslopje
c0575	stanovanje, stanovanja
c0576	naslov, naslova
c0577	okraj, četrt, okrožje
c0578	regija, pokrajina, regije
c0579	območje, področje, površina
c0580	podeželje, podeželja
c0581	bolnišnica, bolnica
c0582	šola, šole, šoli
c0583	univerza, univerze
c0584	knjižnica, knjižnice
c0585	restavracija, restavracije
c0586	pisarna, urad, pisarne
c0587	tovarna, tovarne
c0588	zapor, ječa, zapora
c0589	gledališče, gledališča
c0590	kino, kina
c0591	ključ, ključa
c0592	svetilka, luč
c0593	svetloba, luč, svetlobe
c0594	škatla, zaboj, škatle
c0595	torba, vreča, torbe
c0596	steklenica, steklenice
c0597	steklo, stekla
c0598	skodelica, kozarec, čaša
c0599	krožnik, krožnika
c0600	nož, noža, noži
c0601	knjiga, knjige, knjig
c0602	pismo, pisma
c0603	papir, papirja
c0604	pero, kemični svinčnik
c0605	slika, slike
c0606	fotografija, slika, fotografije
c0607	fotoaparat, kamera
c0608	telefon, telefona
c0609	računalnik, računalnika
c0610	internet, spleta, splet
c0611	televizija, televizor
c0612	radio, radia
c0613	časopis, časnik
c0614	oblačila, obleka, oblek
c0615	srajca, srajce
c0616	obleka, obleke
c0617	čevelj, čevlji, čevljev
c0618	plašč, suknja
c0619	klobuk, kapa
c0620	denar, denarja
c0621	cena, cene
c0622	strošek, stroški, stroškov
c0623	plačati, plačevati, plača, plačal
c0624	kupiti, kupovati, kupi, kupil
c0625	prodati, prodajati, proda, prodal
c0626	poceni, cenen
c0627	drag, draga, drago
c0628	evro, evra, evrov
c0629	hrana, hrane
c0630	kruh, kruha
c0631	meso, mesa
c0632	mleko, mleka
c0633	sir, sira
c0634	maslo, masla
c0635	vino, vina
c0636	pivo, piva
c0637	kava, kave
c0638	čaj, čaja
c0639	sladkor, sladkorja
c0640	jabolko, jabolka
c0641	zelenjava, zelenjave
c0642	krompir, krompirja
c0643	riž, riža
c0644	juha, juhe
c0645	torta, pecivo, kolač
c0646	zajtrk, zajtrka
c0647	kosilo, kosila
c0648	večerja, večerje
c0649	obrok, jed, obroka
c0650	jesti, jedel, pojesti, jedo
c0651	piti, pije, pil, popiti
c0652	kuhati, kuha, skuhati
c0653	okus, okusa
c0654	lačen, lačna, lačni
c0655	lakota, glad
c0656	sladek, sladka, sladko
c0657	svež, sveža, sveže
c0658	medu
c0659	grozdje, grozdja, grozd
c0660	moka, moke
c0661	koruza, žito
c0662	žeja, žeje
c0663	delo, dela, delu
c0664	delati, dela, delal
c0665	služba, zaposlitev, delovno mesto
c0666	delavec, delavci, delavcev
c0667	zaposleni, uslužbenec, zaposlenih
c0668	delodajalec, delodajalci
c0669	podjetje, družba, podjetja
c0670	posel, podjetje, poslovanje
c0671	industrija, industrije
c0672	trgovina, trgovanje
c0673	gospodarstvo, ekonomija
c0674	gospodarski, ekonomski, gospodarska
c0675	plača, plače
c0676	plača, mezda, plačilo
c0677	dohodek, dohodki, dohodka
c0678	davek, davki, davka
c0679	proračun, proračuna
c0680	dobiček, dobička
c0681	izguba, izgube
c0682	brezposelnost, brezposelnosti
c0683	zaposlovanje, zaposlenost, zaposlitev
c0684	kariera, kariere
c0685	poklic, poklica, stroka
c0686	vodja, direktor, menedžer
c0687	sodelavec, kolega, sodelavka
c0688	ekipa, moštvo, skupina
c0689	sestanek, srečanje, seja
c0690	projekt, projekta
c0691	naloga, naloge
c0692	pogodba, pogodbe
c0693	spretnost, veščina, znanje
c0694	izkušnja, izkušnje, izkušenj
c0695	usposabljanje, izobraževanje
c0696	proizvodnja, proizvodnje
c0697	izdelek, proizvod, izdelka
c0698	storitev, storitve
c0699	stranka, kupec, stranke
c0700	potrošnik, potrošniki, potrošnikov
c0701	rast, rasti
c0702	naložba, investicija, naložbe
c0703	banka, banke
c0704	finance, financ
c0705	finančni, finančna, finančno
c0706	dolg, dolga, dolgovi
c0707	kriza, krize
c0708	revščina, revščine
c0709	reven, revna, revni
c0710	bogat, bogata, bogati
c0711	bogastvo, premoženje
c0712	lastnina, premoženje, posest
c0713	lastnik, lastniki
c0714	posedovati
c0715	graditi, zgraditi, gradi, zgradil
c0716	proizvajati, izdelovati, proizvaja
c0717	oskrba, dobava, oskrbe
c0718	energija, energije
c0719	elektrika, elektrike
c0720	tehnologija, tehnika
c0721	stroj, stroja, stroji
c0722	orodje, orodja
c0723	inženir, inženirja
c0724	zdravnik, zdravnica, doktor
c0725	medicinska sestra, sestra
c0726	učitelj, učiteljica, učitelji
c0727	študent, študentka, študenti
c0728	učenec, učenci, učenka
c0729	lekcija, ura, pouk
c0730	razred, razreda
c0731	izpit, izpita
c0732	študirati, študira, preučevati
c0733	učiti se, naučiti, uči
c0734	učiti, poučevati, uči
c0735	izobraževanje, izobrazba
c0736	znanje, znanja
c0737	vedeti, vem, ve, vedel, poznati, pozna
c0738	znanost, znanosti
c0739	znanstven, znanstveni, znanstvena
c0740	raziskava, raziskovanje, raziskave
c0741	znanstvenik, znanstveniki
c0742	brati, bere, bral, prebrati
c0743	pisati, piše, pisal, napisati
c0744	beseda, besede, besed
c0745	jezik, jezika
c0746	stavek, stavka
c0747	vprašanje, vprašanja
c0748	odgovor, odgovora
c0749	stran, strani
c0750	zgodba, pripoved, zgodbe
c0751	zgodovina, zgodovine
c0752	zgodovinski, zgodovinska
c0753	umetnost, umetnosti
c0754	umetnik, umetnica, umetniki
c0755	glasba, glasbe
c0756	pesem, pesmi, popevka
c0757	peti, poje, pel, zapeti
c0758	plesati, pleše, plesal
c0759	film, filma
c0760	igra, igre, iger
c0761	igrati, igra, igral
c0762	šport, športa
c0763	zmagati, zmaga, zmagal
c0764	izgubiti, izgublja, izgubil
c0765	nogomet, nogometa
c0766	igralec, igralci
c0767	kultura, kulture
c0768	kulturni, kulturna
c0769	pisatelj, pisateljica
c0770	avtor, avtorica, avtorja
c0771	pesem, pesnitev
c0772	pesnik, pesnica
c0773	roman, romana
c0774	zdravje, zdravja
c0775	zdrav, zdrava, zdravo
c0776	bolan, bolna, bolni
c0777	bolezen, bolezni
c0778	bolezen, bolezni, obolenje
c0779	virus, virusa, virusi
c0780	pandemija, pandemije
c0781	bolnik, pacient, bolniki
c0782	zdravilo, zdravila, medicina
c0783	droga, mamilo, droge
c0784	zdravljenje, zdravljenja
c0785	skrb, oskrba, nega
c0786	boleti, poškodovati, boli
c0787	utrujen, utrujena
c0788	spati, spi, spal
c0789	zbuditi, prebuditi, zbudil
c0790	počitek, počitka
c0791	rak, raka
c0792	cepivo, cepiva
c0793	duševni, mentalni, duševna
c0794	čutiti, počutiti, čuti, čutil
c0795	občutek, čustvo, občutka
c0796	ljubezen, ljubezni
c0797	ljubiti, ljubi, ljubil
c0798	sovražiti, sovraži
c0799	strah, strahu, bojazen
c0800	prestrašen, boji
c0801	srečen, srečna, vesel
c0802	sreča, sreče
c0803	žalosten, žalostna
c0804	žalost, žalosti
c0805	jezen, jezna, jezni
c0806	jeza, jeze, bes
c0807	veselje, radost
c0808	upanje, upanja
c0809	upati, upa, upam
c0810	skrbeti, skrbi, skrbelo
c0811	presenečenje
c0812	sram, sramota
c0813	ponos, ponosa
c0814	ponosen, ponosna
c0815	osamljen, osamljena
c0816	miren, mirna, mirno
c0817	nasmehniti, smehljati, nasmeh
c0818	smejati, smeje, smejal
c0819	jokati, joka, jokal
c0820	poljub, poljuba
c0821	sanje, sanj
c0822	želja, želje
c0823	hoteti, želeti, hoče, hočem, želi
c0824	marati, všeč, rad
c0825	uživati, uživa
c0826	raje imeti, raje, dati prednost
c0827	pogrešati, pogreša
c0828	trpeti, trpi, trpel
c0829	užitek, veselje, zadovoljstvo
c0830	pogum, poguma
c0831	pogumen, pogumna
c0832	zaupanje, zaupanja
c0833	dvom, dvoma
c0834	verjeti, verjame, verjel
c0835	vera, vere
c0836	bog, boga, bogovi
c0837	religija, vera
c0838	verski, religiozen, verna
c0839	duša, duše
c0840	duh, duha
c0841	um, uma, razum
c0842	misel, misli
c0843	misliti, misli, mislil
c0844	zamisel, ideja, ideje
c0845	spomniti, zapomniti, spominjati
c0846	pozabiti, pozablja, pozabil
c0847	razumeti, razume, razumel
c0848	pomeniti, pomeni
c0849	pomen, smisel, pomena
c0850	razlog, vzrok, razloga
c0851	spomin, spomini, spomina
c0852	predstavljati, zamisliti, predstavljam
c0853	odločiti, odloči, odločil
c0854	odločitev, odločitve, sklep
c0855	izbrati, izbira, izbral
c0856	izbira, izbor
c0857	načrt, načrta, plan
c0858	poskusiti, poskuša, skušati
c0859	potrebovati, potrebuje
c0860	potreba, potrebe
c0861	reči, rekel, pravi, govoriti
c0862	povedati, pove, povedal
c0863	govoriti, govori, govoril
c0864	govoriti, pogovarjati, pogovor
c0865	vprašati, sprašuje, vprašal
c0866	klicati, poklicati, kliče
c0867	kričati, vpiti, kriči
c0868	slišati, sliši, slišal
c0869	poslušati, posluša
c0870	videti, vidi, videl
c0871	gledati, pogledati, gleda
c0872	opazovati, gledati, spremljati
c0873	pokazati, kazati, pokaže
c0874	najti, najde, našel
c0875	dati, dajati, dal
c0876	vzeti, jemati, vzame, vzel
c0877	prinesti, prinaša, prinese, prinesel
c0878	nositi, nesti, nosi, nese
c0879	držati, drži
c0880	obdržati, ohraniti, hraniti
c0881	dati, položiti, postaviti, dal
c0882	poslati, pošiljati, pošlje, poslal
c0883	prejeti, dobiti, prejme, prejel
c0884	dobiti, pridobiti, dobi, dobil
c0885	narediti, delati, naredi, naredil
c0886	uporabiti, uporabljati, uporablja
c0887	odpreti, odpira, odprl
c0888	zapreti, zapira, zaprl
c0889	začeti, začne, začel, začenja
c0890	začeti, pričeti, začne
c0891	ustaviti, prenehati, ustavi
c0892	nadaljevati, nadaljuje
c0893	končati, dokončati, konča
c0894	spremeniti, spreminjati, spremeni
c0895	sprememba, spremembe
c0896	rasti, raste, rasel
c0897	pasti, pade, padel, padati
c0898	dvigniti, naraščati, vstati, dviga
c0899	dvigniti, zvišati, dvigne
c0900	povečati, povečevati, poveča, narasti
c0901	povečanje, porast, rast
c0902	zmanjšati, zmanjševati, zmanjša
c0903	priti, pride, prišel, prihajati
c0904	iti, gre, šel, gredo, odhajati
c0905	vstopiti, vstopi, vstopil
c0906	teči, teče, tekel
c0907	stati, stoji, stal
c0908	sedeti, sedi, sedel
c0909	ležati, leži, ležal
c0910	lagati, laže, lagal
c0911	premikati, premakniti, gibati, seliti
c0912	obrniti, zaviti, obrne
c0913	slediti, sledi, sledil
c0914	voditi, vodi, vodil
c0915	srečati, sreča, srečal
c0916	pomagati, pomaga, pomagal
c0917	pomoč, pomoči
c0918	dovoliti, dovoljevati, dovoli
c0919	preprečiti, preprečevati, prepreči
c0920	zaščititi, ščititi, varovati
c0921	rešiti, reševati, reši
c0922	ubiti, ubija, ubil
c0923	boriti, bojevati, bori, tepsti
c0924	zlomiti, razbiti, zlomi, zlomil
c0925	rezati, odrezati, reže
c0926	udariti, tolči, zadeti, udari
c0927	vreči, metati, vrže, vrgel
c0928	ujeti, loviti, ujame, ujel
c0929	vleči, potegniti, vleče
c0930	potisniti, riniti, poriniti
c0931	napolniti, polniti, napolni
c0932	umiti, prati, oprati, umije
c0933	čist, čista, čisto
c0934	risati, nariše, narisati
c0935	slikati, barvati, pobarvati
c0936	popraviti, popravljati, popravi
c0937	ustvariti, ustvarjati, ustvari
c0938	uničiti, uničevati, uniči
c0939	goreti, zažgati, gori, žgati
c0940	leteti, leti, letel
c0941	skriti, skrivati, skrije
c0942	iskati, išče, iskal
c0943	zgoditi, dogajati, zgodi, zgodilo
c0944	zdeti, zdi, videti
c0945	pojaviti, pojavi, pojavil
c0946	postati, postane, postal
c0947	ostati, ostane, ostal
c0948	pripadati, pripada
c0949	vsebovati, vsebuje
c0950	vključevati, vključiti, vključuje
c0951	obstajati, obstaja
c0952	odvisen, odvisno, zanašati
c0953	povzročiti, povzročati, povzroči
c0954	vzrok, razlog, vzroka
c0955	rezultat, izid, posledica
c0956	vplivati, prizadeti, vpliva
c0957	razvijati, razviti, razvija
c0958	izboljšati, izboljševati, izboljša
c0959	podpirati, podpreti, podpira
c0960	podpora, podpore
c0961	nasprotovati, nasprotuje
c0962	strinjati, strinja, strinjal
c0963	sprejeti, sprejemati, sprejme
c0964	zavrniti, zavračati, zavrne
c0965	zavrniti, zavreči, zavrača
c0966	zanikati, zanika
c0967	priznati, priznava, prizna
c0968	pojasniti, razložiti, pojasni
c0969	opisati, opisovati, opiše
c0970	poročati, poroča, sporočiti
c0971	napovedati, objaviti, razglasiti
c0972	obvestiti, obveščati, obvesti
c0973	razpravljati, razpravlja, obravnavati
c0974	prepirati, trditi, utemeljevati
c0975	trditi, trdi, trdil
c0976	predlagati, predlaga
c0977	ponuditi, ponujati, ponudi
c0978	obljubiti, obljubljati, obljubi
c0979	opozoriti, opozarjati, svariti
c0980	groziti, grozi, ogrožati
c0981	zahtevati, zahteva
c0982	zahtevati, zahteva, terjati
c0983	pričakovati, pričakuje
c0984	prepovedati, prepoveduje, prepovedan
c0985	prisiliti, siliti, prisili
c0986	porabiti, zapraviti, preživeti, trošiti
c0987	zaslužiti, služiti, zasluži
c0988	premagati, pretepsti, premaga
c0989	pripraviti, pripravljati, pripravi
c0990	organizirati, organizira
c0991	upravljati, voditi, uspeti, obvladati
c0992	nadzorovati, nadzira, obvladovati
c0993	preveriti, preverjati, preveri
c0994	test, preizkus, preskus
c0995	meriti, izmeriti, meri
c0996	šteti, prešteti, šteje
c0997	dodati, dodajati, doda
c0998	primerjati, primerja
c0999	povezati, povezovati, poveže
c1000	pridružiti, pristopiti, pridruži
c1001	deliti, deli, razdeliti
c1002	razdeliti, deliti, razdeli
c1003	dostaviti, dostavljati, dostavi
c1004	objaviti, objavljati, izdati, objavi
c1005	podpisati, podpisovati, podpiše
c1006	nositi, nosi, nosil
c1007	dotakniti, dotikati, dotakne
c1008	vonj, vonja, duh
c1009	zvok, zvoka
c1010	hrup, hrupa, trušč
c1011	tišina, tišine, molk
c1012	velik, velika, večji, veliki
c1013	velik, obsežen, velika
c1014	majhen, mala, majhna, manjši, mali
c1015	majhen, mali, mala, majhna
c1016	dolg, dolga, dolgo
c1017	kratek, kratka, kratko
c1018	visok, visoka, visoko, višji
c1019	nizek, nizka, nizko, nižji
c1020	širok, široka, široko
c1021	ozek, ozka, ozko
c1022	globok, globoka, globoko
c1023	težek, težka, težko
c1024	lahek, lahka
c1025	hiter, hitra, hitro
c1026	počasen, počasna
c1027	nov, nova, novo, novi
c1028	dober, dobra, dobro, boljši, najboljši, dobri
c1029	slab, slaba, slabo, slabši, najslabši
c1030	lep, lepa, lepo, lepi
c1031	grd, grda, grdo
c1032	umazan, umazana
c1033	poln, polna, polno
c1034	prazen, prazna, prazno
c1035	lahek, enostaven, preprost
c1036	težak, težaven, zahteven, težko
c1037	trd, trda, trdo, težak
c1038	mehek, mehka, mehko
c1039	močan, močna, močno
c1040	šibek, šibka, slab
c1041	varen, varna, varno
c1042	nevaren, nevarna
c1043	svoboden, prost, svobodna
c1044	pomemben, pomembna, pomembno
c1045	glavni, glavna, glavno
c1046	potreben, nujen, potrebno
c1047	mogoč, možen, mogoče, možno
c1048	nemogoč, nemogoče
c1049	resničen, resnično, pravi
c1050	napačen, lažen, neresničen
c1051	resničen, pravi, dejanski
c1052	pravilen, pravilna, pravilno
c1053	napačen, napačna, narobe
c1054	isti, ista, isto, enak
c1055	različen, drugačen, različni
c1056	podoben, podobna, podobno
c1057	cel, cela, celoten
c1058	javen, javni, javna
c1059	zaseben, zasebni, zasebna
c1060	nacionalen, nacionalni, državni, narodni
c1061	mednaroden, mednarodni, mednarodna
c1062	lokalen, lokalni, krajevni
c1063	globalen, globalni, svetovni
c1064	socialen, socialni, družben
c1065	splošen, splošni, splošna
c1066	poseben, posebni, posebna
c1067	preprost, enostaven, preprosta
c1068	zapleten, kompleksen
c1069	jasen, jasna, jasno
c1070	tih, tiha, tiho
c1071	glasen, glasna, glasno
c1072	slaven, znan, slavna
c1073	priljubljen, popularen
c1074	skupen, pogost, običajen
c1075	redek, redka, redko
c1076	čuden, nenavaden, čudno
c1077	normalen, običajen, normalno
c1078	pripravljen, pripravljena
c1079	zaseden, zaposlen, prometen
c1080	sam, sama
c1081	skupaj
c1082	gotov, prepričan, siguren
c1083	resen, resna, resno
c1084	ogromen, velikanski
c1085	starodaven, antični, star
c1086	sodoben, moderen
c1087	tradicionalen, tradicionalni
c1088	človeški, človeška
c1089	lepota, lepote
c1090	prijeten, lep, prijazen
c1091	velik, odličen, imeniten
c1092	dober, v redu, lep
c1093	prijazen, dobrosrčen
c1094	prijazen, prijateljski
c1095	visok, visoka
c1096	okrogel, okrogla
c1097	ploščat, raven, ravna
c1098	oster, ostra, ostro
c1099	tanek, suh, vitek, tanka
c1100	debel, debela, gost
c1101	debel, tolst, debela
c1102	hiter, hitra, hitro
c1103	počasi
c1104	hitro
c1105	dobro
c1106	skoraj, domala
c1107	samo, le, zgolj
c1108	zlasti, posebno, predvsem, še posebej
c1109	končno, nazadnje, naposled
c1110	nenadoma, naenkrat
c1111	verjetno, najbrž
c1112	morda, mogoče, menda
c1113	zagotovo, gotovo, seveda
c1114	res, resnično, zares
c1115	tukaj, tu
c1116	tam, tja
c1117	povsod
c1118	daleč
c1119	blizu, zraven
c1120	proč, odsoten
c1121	zunaj, ven
c1122	znotraj, notri, noter
c1123	med
c1124	brez
c1125	proti, zoper
c1126	med, tekom
c1127	po
c1128	pred
c1129	pod
c1130	nad
c1131	čez, prek, preko
c1132	skozi, prek
c1133	okoli, okrog, približno
c1134	med, sredi
c1135	kljub, navkljub
c1136	proti, k, h
c1137	zadaj
c1138	vzdolž
c1139	vsi, vsak, vsakdo
c1140	nič, ničesar
c1141	vse, vsega
c1142	stvar, reč, stvari
c1143	kraj, mesto, prostor
c1144	način, pot, načina
c1145	del, dela, deli
c1146	število, številka, števila
c1147	skupina, skupine
c1148	vrsta, tip, vrste
c1149	primer, primera
c1150	problem, težava, problema
c1151	položaj, stanje, situacija
c1152	dejstvo, dejstva
c1153	primer, primeru, zadeva
c1154	točka, točke
c1155	oblika, obliko, oblike
c1156	raven, stopnja, ravni
c1157	velikost, velikosti
c1158	oblika, obliko
c1159	črta, linija, vrstica
c1160	znak, znamenje, znaka
c1161	razlika, razlike
c1162	priložnost, možnost, sreča
c1163	priložnost, priložnosti
c1164	nevarnost, nevarnosti
c1165	tveganje, tveganja
c1166	pomen, pomembnost
c1167	uspeh, uspeha
c1168	neuspeh, polom
c1169	prizadevanje, trud, napor
c1170	vloga, vloge, vlogo
c1171	namen, cilj, namena
c1172	kakovost, kvaliteta
c1173	znesek, količina, vsota
c1174	večina, večine
c1175	odstotek, odstotkov, procent
c1176	povprečen, povprečni, povprečje
c1177	sporočilo, sporočila
c1178	novice, novic, vesti
c1179	informacija, informacije, podatki
c1180	ime, imena, naziv
c1181	parlament, parlamenta, skupščina
c1182	parlamentaren, parlamentarni
c1183	član, poslanec, člani, poslanci
c1184	resolucija, resolucije
c1185	vlada, vlade, vladi
c1186	minister, ministrica, ministra
c1187	predsednik vlade, premier
c1188	predsednik, predsednica, predsednika
c1189	volitve, volitev
c1190	volilni, volilna
c1191	glasovati, voliti, glasuje
c1192	glas, glasovanje, glasov
c1193	volivec, volivci, volilec
c1194	kandidat, kandidata
c1195	kampanja, kampanje
c1196	referendum, referenduma
c1197	stranka, stranke
c1198	človekove pravice, človekovih pravic
c1199	pravica, pravice, pravic
c1200	zakon, pravo, zakona
c1201	praven, pravni, zakonit
c1202	nezakonit, nezakonita, ilegalen
c1203	sodišče, sodišča
c1204	sodnik, sodnica, sodnika
c1205	odvetnik, pravnik, odvetnica
c1206	tožilec, tožilka, tožilca
c1207	sojenje, proces, obravnava
c1208	kazen, obsodba, kazni
c1209	zapornik, jetnik, zaporniki
c1210	politični zapornik, politični zaporniki
c1211	aretirati, prijeti, aretiran
c1212	aretacija, prijetje
c1213	pridržanje, pripor, priprtje
c1214	pridržati, zadržati, pridržan
c1215	izpustiti, osvoboditi, izpusti
c1216	izpustitev, izpust
c1217	mučenje
c1218	obsoditi, obsoja, obsodil
c1219	pozivati, pozvati, poziva
c1220	pozvati, poziva
c1221	zahtevati, pozivati, zahteva
c1222	pozdraviti, pozdravlja
c1223	obžalovati, obžaluje
c1224	opomniti, spomniti, opozarja
c1225	novinar, novinarka, novinarji
c1226	mediji, medijev
c1227	tisk, tiska
c1228	protest, protesta
c1229	protestnik, protestniki, demonstrant
c1230	demonstracija, demonstracije
c1231	svoboda, svobode
c1232	svoboda izražanja
c1233	svoboda zbiranja
c1234	demokracija, demokracije
c1235	demokratičen, demokratični
c1236	država članica, države članice
c1237	komisija, komisije
c1238	komisar, komisarka
c1239	svet, sveta
c1240	unija
c1241	evropska unija, evropske unije
c1242	državljan, državljani, državljanka
c1243	državljanstvo
c1244	nasilje, nasilja
c1245	nasilen, nasilni, nasilna
c1246	policija, policije
c1247	policist, policistka, policisti
c1248	vojska, armada, vojske
c1249	vojaški, vojaška
c1250	vojak, vojaki, vojakov
c1251	vojna, vojne, vojni
c1252	mir, miru
c1253	spopad, konflikt, spor
c1254	orožje, orožja
c1255	sankcija, sankcije
c1256	opozicija, opozicije
c1257	režim, režima
c1258	organ, oblast, oblasti
c1259	država, države
c1260	država, dežela, države
c1261	narod, naroda, nacija
c1262	republika, republike
c1263	kraljestvo, kraljevina
c1264	kralj, kralja
c1265	kraljica, kraljice
c1266	cesar, cesarja
c1267	imperij, cesarstvo
c1268	ustava, ustave
c1269	ustaven, ustavni
c1270	pogodba, sporazum
c1271	sporazum, dogovor, sporazuma
c1272	pogajanje, pogajanja
c1273	pogajati, pogaja
c1274	kaznivo dejanje, zločin, kriminal
c1275	kazenski, kriminalen
c1276	žrtev, žrtve
c1277	umor, umora
c1278	terorizem, terorizma
c1279	terorist, teroristi
c1280	napad, napada
c1281	varnost, varnosti
c1282	varnost, varnosti
c1283	obramba, obrambe
c1284	begunec, begunci, beguncev
c1285	migrant, migranti
c1286	migracija, migracije, preseljevanje
c1287	azil, azila
c1288	manjšina, manjšine
c1289	diskriminacija
c1290	enakost, enakopravnost
c1291	spol, spola
c1292	pravna država, pravne države
c1293	pravica, pravičnost, pravosodje
c1294	sodni, sodna, pravosodni
c1295	neodvisnost, samostojnost
c1296	neodvisen, samostojen, neodvisna
c1297	suverenost
c1298	ozemlje, ozemlja
c1299	okupacija, zasedba
c1300	invazija, vdor
c1301	premirje, prekinitev ognja
c1302	humanitaren, humanitarna
c1303	pomoč, pomoči
c1304	sodelovanje
c1305	dialog, dialoga
c1306	odnos, odnosi, odnosov
c1307	diplomatski, diplomatska
c1308	veleposlanik, veleposlanica
c1309	veleposlaništvo
c1310	delegacija, delegacije
c1311	predstavnik, predstavnica, predstavniki
c1312	uradnik, funkcionar, uradniki
c1313	uprava, administracija
c1314	institucija, ustanova
c1315	agencija, agencije
c1316	moč, oblast, moči
c1317	politika, politike
c1318	politika, politike
c1319	političen, politični, politična
c1320	politik, politiki
c1321	reforma, reforme
c1322	zakonodaja, zakonodaje
c1323	direktiva, direktive
c1324	uredba, predpis, uredbe
c1325	predlog, predloga
c1326	sprememba, amandma, spremembe
c1327	poročilo, poročila
c1328	razprava, debata
c1329	zasedanje, seja
c1330	odbor, odbora
c1331	predsednik, predsedujoči
c1332	predsedstvo
c1333	mandat, mandata
c1334	sprejeti, sprejme, sprejel
c1335	odobriti, potrditi, odobri
c1336	vzdržati, vzdržal
c1337	koalicija, koalicije
c1338	vodja, voditelj, voditelji
c1339	korupcija, korupcije
c1340	goljufija, prevara
c1341	preglednost, transparentnost
c1342	preiskava, preiskave
c1343	preiskati, preiskovati, raziskati
c1344	dokaz, dokazi, dokazov
c1345	priča, priče
c1346	obtožba, obtožnica
c1347	obtožiti, obtoževati, obtožen
c1348	kriv, kriva
c1349	nedolžen, nedolžna
c1350	obsoditi, obsojen
c1351	pritožba, priziv
c1352	kazen, kazni
c1353	smrtna kazen
c1354	usmrtitev, eksekucija
c1355	globa, denarna kazen
c1356	kazen, kaznovanje
c1357	kaznovati, kaznuje
c1358	aktivist, aktivistka, aktivisti
c1359	zagovornik človekovih pravic
c1360	disident, disidenti
c1361	talec, talci
c1362	ugrabiti, ugrabi, ugrabil
c1363	izginotje, izginotja
c1364	nadlegovanje, šikaniranje
c1365	ustrahovanje
c1366	preganjanje
c1367	represija, zatiranje
c1368	obračun, zatiranje, represija
c1369	cenzura, cenzure
c1370	zloraba, zlorabe, trpinčenje
c1371	posilstvo
c1372	genocid, genocida
c1373	vojni zločin, vojni zločini
c1374	trgovina z ljudmi, tihotapljenje
c1375	suženjstvo
c1376	združeni narodi, ozn
c1377	nato, nata
c1378	evropski parlament, evropskega parlamenta
c1379	evropska komisija, evropske komisije
c1380	vrh, vrhunsko srečanje
c1381	sklada, skladi, skladov
c1382	financiranje
c1383	program, programa
c1384	strategija, strategije
c1385	cilj, cilja, cilji
c1386	ukrep, ukrepi, ukrepov
c1387	ukrepanje, dejanje, akcija
c1388	okvir, okvira
c1389	izvajanje, izvedba
c1390	izvajati, izvesti, izvaja
c1391	zagotoviti, zagotavljati, zagotovi
c1392	poudariti, poudarja
c1393	ugotoviti, ugotavlja, opaziti
c1394	ponoviti, ponavlja
c1395	izraziti, izraža
c1396	zaskrbljenost, skrb
c1397	obžalovati, obsojati, obžaluje
c1398	obsoditi, ožigosati, obsoja
c1399	vztrajati, vztraja
c1400	spodbujati, spodbuditi, spodbuja
c1401	povabiti, vabiti, vabi
c1402	poudariti, izpostaviti
c1403	priznati, priznava, potrditi
c1404	priznati, prepoznati, priznava
c1405	razmisliti, meniti, obravnavati
c1406	takoj, nemudoma, takojšnji
c1407	odločno, močno, ostro
c1408	globoko
c1409	brezpogojno
c1410	glasovnica, glasovanje
c1411	pošten, pravičen, poštena
c1412	opazovalec, opazovalci
c1413	notranji trg, notranjega trga
c1414	konkurenca, tekmovanje
c1415	kmetijstvo, kmetijstva
c1416	ribištvo, ribištva
c1417	podnebne spremembe
c1418	emisija, emisije, izpust
c1419	trajnosten, trajnostni, vzdržen
c1420	razvoj, razvoja
c1421	inovacija, inovacije
c1422	digitalen, digitalni
c1423	podatki, podatkov
c1424	zasebnost
c1425	varstvo, zaščita
c1426	promet, prevoz
c1427	infrastruktura
c1428	regionalen, regionalni
c1429	solidarnost
c1430	širitev, širitve
c1431	pristop, pristopa
c1432	carina, carine
c1433	valuta, valute
c1434	inflacija, inflacije
c1435	obresti, obrestna mera
c1436	zanimanje, interes
c1437	primanjkljaj, deficit
c1438	družba, družbe
c1439	skupnost, skupnosti
c1440	organizacija, organizacije
c1441	združenje, društvo
c1442	prebivalstvo, populacija
c1443	javno mnenje
c1444	odgovornost, odgovornosti
c1445	odgovoren, odgovorna
c1446	obveznost, dolžnost
c1447	načelo, načela
c1448	vrednota, vrednost, vrednote
c1449	dostojanstvo
c1450	spoštovanje
c1451	spoštovati, spoštuje
c1452	kazenski pregon, organi pregona
c1453	postopek, postopka
c1454	proces, procesa
c1455	vprašanje, zadeva, problem
c1456	zadeva, stvar
c1457	sistem, sistema
c1458	ukaz, nalog, odredba
c1459	pravilo, pravila
c1460	učinek, posledica
c1461	vpliv, učinek, vpliva
c1462	pogoj, stanje, razmere
c1463	dostop, dostopa
c1464	vir, viri, virov
c1465	sovražnik, sovražniki
c1466	junak, junaki, heroj
c1467	stražar, straža, čuvaj
c1468	duhovnik, duhovniki
c1469	tradicija, običaj
c1470	festival, praznik
c1471	slovesnost, obred, ceremonija
c1472	govor, govora
c1473	mnenje, mnenja
c1474	izjava, izjave
c1475	deklaracija, izjava
c1476	pozornost, pozornosti
c1477	resnica, resnice
c1478	skrivnost, skrivnosti
c1479	grožnja, grožnje
c1480	zmaga, zmage
c1481	poraz, poraza
c1482	bitka, bitke
c1483	revolucija
c1484	zastava, zastave
c1485	koča, koče, koliba
c1486	plaz, snežni plaz
c1487	zaveznik, zavezniki
c1488	čete, vojaki, enote
c1489	stavka, stavke
c1490	pokojnina, pokojnine
c1491	stanovanje, stanovanja
c1492	sreča, sreče
c1493	lovec, lovci
c1494	višina, višine
c1495	dolžina, dolžine
c1496	teža, teže
c1497	hitrost, hitrosti
c1498	dediščina
c1499	puška, pištola, orožje
c1500	bomba, bombe
`;
