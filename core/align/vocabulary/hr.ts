// Concordia's core vocabulary in Croatian: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	jedan, jedna, jedno, jednog, jednoga, jednom
c0002	dva, dvije, dvaju, dvama
c0003	tri, triju, trima
c0004	četiri
c0005	pet
c0006	šest
c0007	sedam
c0008	osam
c0009	devet
c0010	deset
c0011	jedanaest
c0012	dvanaest
c0013	trinaest
c0014	četrnaest
c0015	petnaest
c0016	šesnaest
c0017	sedamnaest
c0018	osamnaest
c0019	devetnaest
c0020	dvadeset
c0021	trideset
c0022	četrdeset
c0023	pedeset
c0024	šezdeset
c0025	sedamdeset
c0026	osamdeset
c0027	devedeset
c0028	sto, stotina, stotine
c0029	tisuća, tisuće, tisuću
c0030	milijun, milijuna, milijuni
c0031	milijarda, milijarde, milijardi
c0032	prvi, prva, prvo, prvog
c0033	drugi, druga, drugo
c0034	treći, treća, treće
c0035	četvrti, četvrta, četvrto
c0036	peti, peta, peto
c0037	šesti, šesta, šesto
c0038	sedmi, sedma, sedmo
c0039	osmi, osma, osmo
c0040	deveti, deveta, deveto
c0041	deseti, deseta, deseto
c0042	polovina, pola, polovica, polovine
c0043	četvrtina, četvrt, tromjesečje
c0044	tucet, tuceta
c0045	dvostruk, dvostruki, dvostruka
c0046	posljednji, zadnji, posljednja
c0047	sljedeći, idući, naredni
c0048	siječanj, siječnja, siječnju
c0049	veljača, veljače, veljači
c0050	ožujak, ožujka, ožujku
c0051	travanj, travnja, travnju
c0052	svibanj, svibnja, svibnju
c0053	lipanj, lipnja, lipnju
c0054	srpanj, srpnja, srpnju
c0055	kolovoz, kolovoza, kolovozu
c0056	rujan, rujna, rujnu
c0057	listopad, listopada, listopadu
c0058	studeni, studenoga, studenog
c0059	prosinac, prosinca, prosincu
c0060	ponedjeljak, ponedjeljka
c0061	utorak, utorka
c0062	srijeda, srijedu, srijede
c0063	četvrtak, četvrtka
c0064	petak, petka
c0065	subota, subotu, subote
c0066	nedjelja, nedjelju, nedjelje
c0067	proljeće, proljeća
c0068	ljeto, ljeta, ljeti
c0069	jesen, jeseni
c0070	zima, zimi, zime
c0071	godišnje doba, sezona, sezone
c0072	dan, dana, dani, danu, danom
c0073	tjedan, tjedna, tjedni, tjedana
c0074	mjesec, mjeseca, mjeseci
c0075	godina, godine, godinu, godini, godinama
c0076	sat, sata, sati
c0077	minuta, minute, minuti, minutu
c0078	sekunda, sekunde
c0079	jutro, ujutro, jutra
c0080	poslijepodne, popodne
c0081	večer, navečer, večeri
c0082	noć, noći, noću
c0083	podne, podneva
c0084	ponoć, ponoći
c0085	danas
c0086	jučer
c0087	sutra
c0088	večeras, noćas
c0089	stoljeće, stoljeća
c0090	desetljeće, desetljeća
c0091	vrijeme, vremena, vremenu
c0092	trenutak, trenutka, tren
c0093	razdoblje, period, rok
c0094	datum, datuma
c0095	vikend, vikenda
c0096	kalendar, kalendara
c0097	sat, sata
c0098	dob, starost, godine
c0099	prošlost, prošlosti
c0100	budućnost, budućnosti
c0101	sadašnjost, sadašnjosti
c0102	sada, sad
c0103	uskoro, ubrzo
c0104	kasnije, poslije, potom
c0105	rani, rano, rana
c0106	kasni, kasno, kasna
c0107	već
c0108	ponovno, opet, ponovo
c0109	uvijek
c0110	nikad, nikada
c0111	često
c0112	ponekad, katkad
c0113	prije
c0114	nedavno, nedavna
c0115	dnevni, svakodnevni, dnevno
c0116	godišnji, godišnja, godišnje
c0117	zora, svitanje, zore
c0118	zalazak sunca, zalazak
c0119	izlazak sunca, izlazak
c0120	era, doba, razdoblje
c0121	početak, početka, početku
c0122	kraj, kraja, kraju, završetak
c0123	rođendan, rođendana
c0124	praznik, blagdan, odmor, praznici
c0125	božić, božića
c0126	uskrs, uskrsa
c0127	obljetnica, godišnjica
c0128	boja, boje, boju
c0129	crven, crvena, crveno, crveni
c0130	plav, plava, plavo, plavi
c0131	zelen, zelena, zeleno, zeleni
c0132	žut, žuta, žuto, žuti
c0133	crn, crna, crno, crni
c0134	bijel, bijela, bijelo, bijeli
c0135	siv, siva, sivo, sivi
c0136	smeđ, smeđa, smeđe, smeđi
c0137	narančast, narančasta
c0138	ružičast, ružičasta
c0139	ljubičast, purpuran, ljubičasta
c0140	zlatan, zlatni, zlatna
c0141	taman, tamna, tamno, mračan
c0142	svijetao, svijetla, sjajan
c0143	blijed, blijeda, blijedo
c0144	sjever, sjevera
c0145	jug, juga
c0146	istok, istoka
c0147	zapad, zapada
c0148	sjeverni, sjeverna, sjeverno
c0149	južni, južna, južno
c0150	istočni, istočna, istočno
c0151	zapadni, zapadna, zapadno
c0152	lijevi, lijeva, lijevo
c0153	desni, desna, desno
c0154	vrh, vrha, gornji dio
c0155	dno, dna, donji dio
c0156	strana, bok, strani
c0157	sredina, sredini, središte
c0158	središte, centar, središta
c0159	prednja strana, prednji dio, prednji
c0160	stražnja strana, stražnji dio, stražnji
c0161	rub, ruba, rubu
c0162	obitelj, obitelji, porodica
c0163	majka, majke, majci, mama
c0164	otac, oca, ocu, očevi, tata
c0165	roditelj, roditelji, roditelja
c0166	dijete, djeca, djece, djetetu, djeteta
c0167	sin, sina, sinovi
c0168	kći, kćer, kćeri, kćerka
c0169	brat, brata, braća
c0170	sestra, sestre, sestara
c0171	muž, suprug, muža
c0172	žena, supruga, žene
c0173	djed, djeda
c0174	baka, bake
c0175	unuk, unuka, unuci, unučad
c0176	stric, ujak, tetak
c0177	teta, tetka, strina, ujna
c0178	rođak, rođakinja, bratić, sestrična
c0179	beba, dojenče, bebe
c0180	dječak, dječaka, dječaci
c0181	djevojčica, djevojka, djevojke
c0182	muškarac, muškarci, muškaraca
c0183	žena, žene, ženu, ženama
c0184	osoba, čovjek, osobe
c0185	ljudi, ljudima, narod
c0186	prijatelj, prijatelji, prijateljica
c0187	susjed, susjedi, susjeda
c0188	gost, gosti, gostiju
c0189	vjenčanje, svadba
c0190	brak, braka
c0191	vjenčati, oženiti, udati, oženio
c0192	razvod, razvoda
c0193	rođenje, rođenja
c0194	rođen, rođena, rodio, rodila
c0195	umrijeti, umirati, umro, umrla, umire
c0196	smrt, smrti
c0197	mrtav, mrtva, mrtvi
c0198	život, života, životi
c0199	živjeti, živi, živio, stanovati
c0200	živ, živa, živo
c0201	mlad, mlada, mladi
c0202	star, stara, stari, stariji
c0203	mladost, mladež, mladi
c0204	odrasla osoba, odrasli, odraslih
c0205	generacija, naraštaj
c0206	rođak, srodnik, rodbina
c0207	par, para, parovi
c0208	blizanac, blizanci, blizanka
c0209	udovica, udovice
c0210	siroče, siročad
c0211	predak, preci, predaka
c0212	tijelo, tijela
c0213	glava, glave, glavu
c0214	lice, lica
c0215	oko, oči, očiju
c0216	uho, uši, ušiju
c0217	nos, nosa
c0218	usta, ustima
c0219	zub, zubi, zuba
c0220	jezik, jezika
c0221	usna, usne
c0222	kosa, kose, vlas
c0223	vrat, vrata
c0224	rame, ramena
c0225	ruka, ruke, ruku
c0226	ruka, ruke, ruku, šaka, dlan
c0227	prst, prsti, prstiju
c0228	noga, noge, nogu
c0229	koljeno, koljena
c0230	stopalo, noga, stopala
c0231	leđa, leđima
c0232	prsa, prsni koš, grudi
c0233	srce, srca
c0234	krv, krvi
c0235	kost, kosti
c0236	koža, kože
c0237	želudac, trbuh, želuca
c0238	mozak, mozga
c0239	dah, daha, disanje
c0240	disati, diše
c0241	glas, glasa
c0242	pluća
c0243	mišić, mišići, mišića
c0244	rana, rane
c0245	ozljeda, ozljede
c0246	ozlijediti, raniti, ozlijeđen
c0247	bol, boli
c0248	slijep, slijepa
c0249	gluh, gluha
c0250	brada, brade
c0251	suza, suze
c0252	krilo, krila
c0253	rep, repa
c0254	vrijeme, vremena
c0255	kiša, kiše
c0256	snijeg, snijega
c0257	led, leda
c0258	vjetar, vjetra
c0259	oluja, nevrijeme, oluje
c0260	oblak, oblaci, oblaka
c0261	magla, magle
c0262	sunce, sunca
c0263	nebo, neba, nebu
c0264	vruć, vruća, vruće
c0265	hladan, hladna, hladno
c0266	topao, topla, toplo
c0267	svjež, prohladan, hladan
c0268	suh, suha, suho
c0269	mokar, mokra, mokro, vlažan
c0270	temperatura, temperature
c0271	stupanj, stupnja, stupnjeva
c0272	klima, podneblje
c0273	mraz, mraza, inje
c0274	grom, grmljavina
c0275	munja, munje
c0276	poplava, poplave
c0277	suša, suše
c0278	vrućina, toplina, žega
c0279	zrak, zraka
c0280	sjena, sjene
c0281	smrznuti, zamrznuti, smrznut, zamrznut
c0282	topiti, otopiti, rastopiti
c0283	puhati, puše, puhao
c0284	sjati, sja, sjaji, svijetliti
c0285	priroda, prirode
c0286	zemlja, zemlje, zemlju
c0287	tlo, zemlja, tla
c0288	kopno, zemlja, kopna
c0289	tlo, zemlja, tla
c0290	pijesak, pijeska
c0291	kamen, kamena, kamenje
c0292	stijena, stijene
c0293	planina, planine, gora
c0294	brdo, brežuljak, brda
c0295	dolina, doline
c0296	rijeka, rijeke, rijeci
c0297	potok, potoka
c0298	jezero, jezera
c0299	more, mora
c0300	ocean, oceana
c0301	obala, obale
c0302	obala, žal, obali
c0303	plaža, plaže
c0304	otok, otoka, otoci
c0305	zaljev, uvala, zaljeva
c0306	litica, hrid, klif
c0307	špilja, pećina
c0308	ledenjak, glečer
c0309	vrh, vrha, vrhunac
c0310	vrh, šiljak, vrha
c0311	greben, hrbat
c0312	padina, obronak, kosina
c0313	prijevoj, prijevoja
c0314	ravnica, nizina
c0315	polje, polja, njiva
c0316	livada, livade
c0317	šuma, šume, šumi
c0318	drvo, drva, drvna građa
c0319	drvo, stablo, stabla
c0320	grana, grane
c0321	list, lišće, listovi
c0322	korijen, korijena
c0323	cvijet, cvijeća, cvijeće
c0324	trava, trave
c0325	biljka, biljke
c0326	sjeme, sjemena
c0327	voće, plod, plodovi
c0328	grm, grmlje
c0329	pustinja, pustinje
c0330	močvara, baruština
c0331	slap, vodopad
c0332	izvor, vrelo, izvora
c0333	val, valovi, valova
c0334	obala, rub
c0335	krajolik, pejzaž
c0336	pogled, vidik, panorama
c0337	obzor, horizont
c0338	zvijezda, zvijezde
c0339	mjesec, mjeseca
c0340	planet, planeta
c0341	svijet, svijeta, svijetu
c0342	svemir, prostor
c0343	vatra, vatre, požar
c0344	plamen, plamena
c0345	voda, vode, vodu
c0346	dim, dima
c0347	prašina, prah
c0348	blato, blata
c0349	zlato, zlata
c0350	srebro, srebra
c0351	željezo, željeza
c0352	metal, kovina, metala
c0353	ugljen, ugljena
c0354	nafta, ulje, ulja
c0355	plin, plina
c0356	sol, soli
c0357	vulkan, vulkana
c0358	potres, potresa
c0359	životinja, životinje
c0360	ptica, ptice
c0361	riba, ribe
c0362	pas, psa, psi, pse
c0363	mačka, mačke
c0364	konj, konja, konji
c0365	krava, krave
c0366	ovca, ovce
c0367	koza, koze
c0368	svinja, svinje
c0369	kokoš, piletina, pile
c0370	medvjed, medvjeda
c0371	vuk, vuka, vukovi
c0372	lisica, lisice
c0373	jelen, srna, jelena
c0374	zec, kunić, zeca
c0375	miš, miševi, miša
c0376	štakor, štakori
c0377	zmija, zmije
c0378	kukac, insekt, kukci
c0379	pčela, pčele
c0380	muha, muhe
c0381	leptir, leptiri
c0382	orao, orla, orlovi
c0383	kit, kita, kitovi
c0384	lav, lava, lavovi
c0385	slon, slona
c0386	stoka, goveda
c0387	gnijezdo, gnijezda
c0388	jaje, jaja
c0389	pero, perje
c0390	loviti, lovi, lovio
c0391	farma, gospodarstvo, imanje
c0392	poljoprivrednik, farmer, seljak
c0393	žetva, berba, urod
c0394	usjev, kultura, usjevi
c0395	pšenica, pšenice
c0396	okoliš, okoliša
c0397	onečišćenje, zagađenje
c0398	vrsta, vrste
c0399	bioraznolikost
c0400	nacionalni park
c0401	divlji, divlja, divlje
c0402	prirodan, prirodni, prirodna
c0403	europa, europe, europi
c0404	europski, europska, europsko
c0405	afrika, afrike, africi
c0406	afrički, afrička
c0407	azija, azije, aziji
c0408	azijski, azijska
c0409	amerika, amerike, americi
c0410	američki, američka
c0411	sjedinjene države, sad
c0412	rusija, rusije, rusiji
c0413	ruski, ruska, rusko
c0414	ukrajina, ukrajine, ukrajini
c0415	ukrajinski, ukrajinska
c0416	bjelarus, bjelorusija
c0417	kina, kine, kini
c0418	kineski, kineska
c0419	ujedinjena kraljevina, britanija, velika britanija
c0420	britanski, britanska
c0421	engleska, engleske
c0422	engleski, engleskog
c0423	turska, turske, turskoj
c0424	turski, turska
c0425	japan, japana
c0426	indija, indije, indiji
c0427	izrael, izraela
c0428	iran, irana
c0429	sirija, sirije
c0430	švicarska, švicarske
c0431	norveška, norveške
c0432	njemačka, njemačke, njemačkoj
c0433	njemački, njemačka, njemačko
c0434	francuska, francuske, francuskoj
c0435	francuski, francuska
c0436	italija, italije, italiji
c0437	talijanski, talijanska
c0438	španjolska, španjolske, španjolskoj
c0439	španjolski, španjolska
c0440	portugal, portugala
c0441	portugalski, portugalska
c0442	nizozemska, nizozemske
c0443	nizozemski, nizozemska
c0444	belgija, belgije, belgiji
c0445	belgijski, belgijska
c0446	luksemburg, luksemburga
c0447	austrija, austrije, austriji
c0448	austrijski, austrijska
c0449	poljska, poljske, poljskoj
c0450	poljski, poljska
c0451	češka, češka republika, češke
c0452	češki, češka
c0453	slovačka, slovačke
c0454	slovački, slovačka
c0455	mađarska, mađarske
c0456	mađarski, mađarska
c0457	slovenija, slovenije
c0458	hrvatska, hrvatske, hrvatskoj
c0459	rumunjska, rumunjske
c0460	rumunjski, rumunjska
c0461	bugarska, bugarske
c0462	bugarski, bugarska
c0463	grčka, grčke, grčkoj
c0464	grčki, grčka
c0465	cipar, cipra
c0466	malta, malte
c0467	irska, irske
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
c0478	alpe, alpa, alpama
c0479	sredozemni, mediteranski, sredozemlje
c0480	atlantski, atlantik
c0481	baltički, baltik
c0482	bruxelles, bruxellesu
c0483	strasbourg, strasbourgu
c0484	putovati, putuje, putovao
c0485	putovanje, putovanja
c0486	izlet, putovanje, izleta
c0487	turist, turisti, turistkinja
c0488	turizam, turizma
c0489	hotel, hotela
c0490	soba, sobe, prostorija
c0491	putovnica, putovnice
c0492	karta, ulaznica, karte
c0493	vlak, vlaka
c0494	željeznica, pruga
c0495	kolodvor, stanica, postaja
c0496	autobus, autobusa
c0497	automobil, auto, automobila
c0498	vozilo, vozila
c0499	bicikl, bicikla
c0500	čamac, brod, čamca
c0501	brod, broda, brodovi
c0502	zrakoplov, avion, zrakoplova
c0503	zračna luka, aerodrom, zračne luke
c0504	let, leta, letovi
c0505	luka, lučki grad, luke
c0506	luka, pristanište, luci
c0507	cesta, ceste, cesti, put
c0508	ulica, ulice, ulici
c0509	staza, put, puteljak
c0510	most, mosta, mostovi
c0511	tunel, tunela
c0512	karta, zemljovid, karte
c0513	vodič, vodiča
c0514	obilazak, tura, izlet
c0515	posjetiti, posjećivati, posjećuje, posjetio
c0516	posjetitelj, posjetitelji
c0517	stići, doći, stigao, stiže
c0518	otići, napustiti, ode, otišao, napustio
c0519	otputovati, krenuti, polaziti, polazak
c0520	vratiti, vraća, vratio, povratak
c0521	voziti, vozi, vozio
c0522	jahati, voziti, jaše, vozi
c0523	hodati, ići, hoda, šetati
c0524	penjati, popeti, penje
c0525	plivati, pliva, plivao
c0526	ploviti, jedriti, plovi
c0527	prijeći, prelaziti, prešao
c0528	doseći, dostići, stići, dosegnuti
c0529	ruta, pravac, put
c0530	granica, granice, granici
c0531	udaljenost, razdaljina
c0532	kilometar, kilometara, kilometra
c0533	metar, metara, metra
c0534	milja, milje
c0535	u inozemstvu, inozemstvo, inozemstvu
c0536	stran, strani, strana, inozemni
c0537	promet, prometa
c0538	nesreća, nezgoda, nesreće
c0539	putnik, putnici, putnika
c0540	vozač, vozači, vozača
c0541	kamp, logor, tabor
c0542	šator, šatora
c0543	ostati, boraviti, ostaje, ostao
c0544	čekati, pričekati, čeka
c0545	selo, sela
c0546	gradić, grad, mjesto
c0547	grad, grada, gradovi, gradu
c0548	glavni grad, prijestolnica
c0549	trg, trga
c0550	tržnica, tržište, sajam
c0551	trgovina, dućan, prodavaonica
c0552	crkva, crkve, crkvi
c0553	katedrala, katedrale
c0554	dvorac, utvrda, tvrđava
c0555	palača, dvor
c0556	toranj, kula, tornja
c0557	muzej, muzeja
c0558	spomenik, spomenika
c0559	park, parka
c0560	vrt, vrta
c0561	zid, zida, zidovi
c0562	vrata, kapija
c0563	vrata, vratima
c0564	prozor, prozora, prozori
c0565	kat, kata, etaža
c0566	krov, krova
c0567	stepenice, stube
c0568	kuhinja, kuhinje
c0569	krevet, kreveta
c0570	stol, stola
c0571	stolica, stolice
c0572	kuća, kuće, kući
c0573	dom, doma, kući
c0574	zgrada, građevina, zgrade
c0575	stan, stana, stanovi
c0576	adresa, adrese
c0577	četvrt, kvart, okrug
c0578	regija, pokrajina, regije
c0579	područje, zona, prostor
c0580	selo, ruralno područje, unutrašnjost
c0581	bolnica, bolnice
c0582	škola, škole, školi
c0583	sveučilište, sveučilišta
c0584	knjižnica, knjižnice
c0585	restoran, restorana
c0586	ured, ureda, uredi
c0587	tvornica, tvornice
c0588	zatvor, zatvora
c0589	kazalište, kazališta
c0590	kino, kina
c0591	ključ, ključa
c0592	svjetiljka, lampa
c0593	svjetlo, svjetlost, svjetla
c0594	kutija, sanduk, kutije
c0595	torba, vreća, torbe
c0596	boca, boce
c0597	staklo, stakla
c0598	šalica, čaša, šalice
c0599	tanjur, tanjura
c0600	nož, noža, noževi
c0601	knjiga, knjige
c0602	pismo, pisma
c0603	papir, papira
c0604	olovka, kemijska olovka, pero
c0605	slika, slike
c0606	fotografija, slika, fotografije
c0607	fotoaparat, kamera
c0608	telefon, telefona
c0609	računalo, računala
c0610	internet, interneta
c0611	televizija, televizor
c0612	radio, radija
c0613	novine, dnevnik
c0614	odjeća, odjeće
c0615	košulja, košulje
c0616	haljina, haljine
c0617	cipela, cipele
c0618	kaput, ogrtač
c0619	šešir, kapa
c0620	novac, novca
c0621	cijena, cijene
c0622	trošak, troškovi, troška
c0623	platiti, plaćati, plaća, platio
c0624	kupiti, kupovati, kupuje, kupio
c0625	prodati, prodavati, prodaje, prodao
c0626	jeftin, jeftina, jeftino
c0627	skup, skupa, skupo
c0628	euro, eura
c0629	hrana, hrane
c0630	kruh, kruha
c0631	meso, mesa
c0632	mlijeko, mlijeka
c0633	sir, sira
c0634	maslac, putar
c0635	vino, vina
c0636	pivo, piva
c0637	kava, kave
c0638	čaj, čaja
c0639	šećer, šećera
c0640	jabuka, jabuke
c0641	povrće, povrća
c0642	krumpir, krumpira
c0643	riža, riže
c0644	juha, juhe
c0645	kolač, torta
c0646	doručak, doručka
c0647	ručak, ručka
c0648	večera, večere
c0649	obrok, jelo, obroka
c0650	jesti, jede, jeo, pojesti
c0651	piti, pije, pio, popiti
c0652	kuhati, kuha, skuhati
c0653	okus, okusa
c0654	gladan, gladna
c0655	glad, gladi
c0656	sladak, slatka, slatko
c0657	svjež, svježa, svježe
c0658	med, meda
c0659	grožđe, grožđa
c0660	brašno, brašna
c0661	kukuruz, žito
c0662	žeđ, žeđi
c0663	rad, posao, rada
c0664	raditi, radi, radio
c0665	posao, radno mjesto, zaposlenje
c0666	radnik, radnici, radnika
c0667	zaposlenik, zaposlenici, djelatnik
c0668	poslodavac, poslodavci
c0669	tvrtka, poduzeće, društvo
c0670	posao, poslovanje, poduzeće
c0671	industrija, industrije
c0672	trgovina, trgovine
c0673	gospodarstvo, ekonomija
c0674	gospodarski, ekonomski
c0675	plaća, plaće
c0676	plaća, nadnica
c0677	dohodak, prihod, prihodi
c0678	porez, poreza, porezi
c0679	proračun, proračuna
c0680	dobit, profit, dobiti
c0681	gubitak, gubitka, gubici
c0682	nezaposlenost, nezaposlenosti
c0683	zapošljavanje, zaposlenost
c0684	karijera, karijere
c0685	zanimanje, profesija, struka
c0686	menadžer, upravitelj, direktor
c0687	kolega, kolegica, kolege
c0688	tim, momčad, ekipa
c0689	sastanak, sastanka, sjednica
c0690	projekt, projekta
c0691	zadatak, zadatka, zadaci
c0692	ugovor, ugovora
c0693	vještina, vještine
c0694	iskustvo, iskustva
c0695	osposobljavanje, obuka
c0696	proizvodnja, proizvodnje
c0697	proizvod, proizvoda
c0698	usluga, usluge
c0699	kupac, klijent, kupci
c0700	potrošač, potrošači, potrošača
c0701	rast, rasta
c0702	ulaganje, investicija, ulaganja
c0703	banka, banke
c0704	financije, financija
c0705	financijski, financijska
c0706	dug, duga, dugovi
c0707	kriza, krize
c0708	siromaštvo, siromaštva
c0709	siromašan, siromašna
c0710	bogat, bogata, bogati
c0711	bogatstvo, bogatstva
c0712	imovina, vlasništvo, posjed
c0713	vlasnik, vlasnici
c0714	posjedovati, posjeduje
c0715	graditi, izgraditi, gradi, izgradio
c0716	proizvoditi, proizvesti, proizvodi
c0717	opskrba, zaliha, opskrbe
c0718	energija, energije
c0719	električna energija, struja
c0720	tehnologija, tehnologije
c0721	stroj, stroja, strojevi
c0722	alat, alata
c0723	inženjer, inženjera
c0724	liječnik, doktor, liječnika
c0725	medicinska sestra, sestra
c0726	učitelj, nastavnik, učiteljica
c0727	student, studentica, studenti
c0728	učenik, učenici, učenica
c0729	lekcija, sat, nastava
c0730	razred, razreda
c0731	ispit, ispita
c0732	studirati, proučavati, studira
c0733	učiti, naučiti, uči
c0734	podučavati, poučavati, predavati
c0735	obrazovanje, obrazovanja
c0736	znanje, znanja
c0737	znati, zna, znao, poznavati
c0738	znanost, znanosti
c0739	znanstveni, znanstvena
c0740	istraživanje, istraživanja
c0741	znanstvenik, znanstvenici
c0742	čitati, čita, čitao, pročitati
c0743	pisati, piše, pisao, napisati
c0744	riječ, riječi
c0745	jezik, jezika
c0746	rečenica, rečenice
c0747	pitanje, pitanja
c0748	odgovor, odgovora
c0749	stranica, stranice
c0750	priča, pripovijest, priče
c0751	povijest, povijesti
c0752	povijesni, povijesna
c0753	umjetnost, umjetnosti
c0754	umjetnik, umjetnica, umjetnici
c0755	glazba, glazbe, muzika
c0756	pjesma, pjesme
c0757	pjevati, pjeva, pjevao, otpjevati
c0758	plesati, pleše, plesao
c0759	film, filma
c0760	igra, igre
c0761	igrati, igra, igrao
c0762	sport, sporta
c0763	pobijediti, osvojiti, pobijedio, pobjeđuje
c0764	izgubiti, gubiti, izgubio
c0765	nogomet, nogometa
c0766	igrač, igrači, igrača
c0767	kultura, kulture
c0768	kulturni, kulturna
c0769	pisac, pisca, spisateljica
c0770	autor, autorica, autora
c0771	pjesma, poema
c0772	pjesnik, pjesnikinja
c0773	roman, romana
c0774	zdravlje, zdravlja
c0775	zdrav, zdrava, zdravo
c0776	bolestan, bolesna, bolesni
c0777	bolest, bolesti
c0778	bolest, oboljenje
c0779	virus, virusa, virusi
c0780	pandemija, pandemije
c0781	pacijent, bolesnik, pacijenti
c0782	lijek, lijekovi, medicina
c0783	droga, droge
c0784	liječenje, tretman
c0785	skrb, njega, briga
c0786	boljeti, ozlijediti, boli
c0787	umoran, umorna
c0788	spavati, spava, spavao
c0789	probuditi, buditi, probudio
c0790	odmor, odmora
c0791	rak, karcinom
c0792	cjepivo, cjepiva
c0793	mentalni, duševni, psihički
c0794	osjećati, osjetiti, osjeća
c0795	osjećaj, osjećaja, emocija
c0796	ljubav, ljubavi
c0797	voljeti, voli, volio
c0798	mrziti, mrzi
c0799	strah, straha
c0800	uplašen, prestrašen, boji
c0801	sretan, sretna, sretni
c0802	sreća, sreće
c0803	tužan, tužna
c0804	tuga, tuge
c0805	ljut, ljuta, bijesan
c0806	ljutnja, bijes, gnjev
c0807	radost, veselje
c0808	nada, nade
c0809	nadati, nada, nadam
c0810	brinuti, zabrinuti, brine
c0811	iznenađenje
c0812	sram, sramota
c0813	ponos, ponosa
c0814	ponosan, ponosna
c0815	usamljen, usamljena
c0816	miran, mirna, mirno
c0817	smiješiti, nasmiješiti, smiješi
c0818	smijati, smije, smijao
c0819	plakati, plače, plakao
c0820	poljubac, poljupca
c0821	san, sna, snovi
c0822	želja, želje
c0823	htjeti, željeti, želi, hoće
c0824	svidjeti, sviđa, voljeti
c0825	uživati, uživa
c0826	preferirati, radije, više voljeti
c0827	nedostajati, nedostaje
c0828	patiti, trpjeti, pati
c0829	užitak, zadovoljstvo
c0830	hrabrost, hrabrosti
c0831	hrabar, hrabra
c0832	povjerenje, povjerenja
c0833	sumnja, sumnje
c0834	vjerovati, vjeruje, vjerovao
c0835	vjera, vjere
c0836	bog, boga, bogovi
c0837	religija, vjera
c0838	vjerski, religijski
c0839	duša, duše
c0840	duh, duha
c0841	um, uma, razum
c0842	misao, misli
c0843	misliti, misli, mislio
c0844	ideja, zamisao
c0845	sjetiti, sjećati, pamtiti
c0846	zaboraviti, zaboravlja, zaboravio
c0847	razumjeti, shvatiti, razumije
c0848	značiti, znači
c0849	značenje, smisao
c0850	razlog, uzrok, razloga
c0851	sjećanje, pamćenje, uspomena
c0852	zamisliti, zamišljati
c0853	odlučiti, odlučuje, odlučio
c0854	odluka, odluke
c0855	izabrati, birati, izabrao
c0856	izbor, izbora
c0857	plan, plana
c0858	pokušati, pokušava, pokušao
c0859	trebati, treba, trebao
c0860	potreba, potrebe
c0861	reći, kaže, rekao, kazati
c0862	reći, ispričati, kaže, rekao
c0863	govoriti, govori, govorio
c0864	razgovarati, pričati, razgovara
c0865	pitati, upitati, pita
c0866	zvati, nazvati, zove
c0867	vikati, viče, vikao
c0868	čuti, čuje, čuo
c0869	slušati, sluša
c0870	vidjeti, vidi, vidio
c0871	gledati, pogledati, gleda
c0872	promatrati, gledati, pratiti
c0873	pokazati, pokazuje, pokazao
c0874	naći, pronaći, nađe, našao
c0875	dati, davati, daje, dao
c0876	uzeti, uzima, uzeo
c0877	donijeti, donosi, donio
c0878	nositi, nosi, nosio
c0879	držati, drži, održati
c0880	zadržati, čuvati, zadrži
c0881	staviti, postaviti, stavio
c0882	poslati, slati, šalje, poslao
c0883	primiti, dobiti, prima, primio
c0884	dobiti, dobiva, dobio, steći
c0885	napraviti, praviti, učiniti, raditi
c0886	koristiti, upotrijebiti, koristi
c0887	otvoriti, otvara, otvorio
c0888	zatvoriti, zatvara, zatvorio
c0889	početi, počinje, počeo
c0890	započeti, pokrenuti, početi
c0891	zaustaviti, prestati, stati
c0892	nastaviti, nastavlja, nastavio
c0893	završiti, dovršiti, završava
c0894	promijeniti, mijenjati, mijenja
c0895	promjena, promjene
c0896	rasti, raste, rastao
c0897	pasti, padati, pada, pao
c0898	porasti, dizati, ustati, raste
c0899	podići, dizati, podiže, povisiti
c0900	povećati, povećavati, povećava
c0901	povećanje, porast, rast
c0902	smanjiti, smanjivati, smanjuje
c0903	doći, dolaziti, dolazi, došao
c0904	ići, ide, išao, otići, idu
c0905	ući, ulaziti, ulazi, ušao
c0906	trčati, trči, trčao
c0907	stajati, stoji, stajao
c0908	sjediti, sjedi, sjedio
c0909	ležati, leži, ležao
c0910	lagati, laže, lagao
c0911	kretati, pomaknuti, micati, seliti
c0912	okrenuti, skrenuti, okreće
c0913	slijediti, pratiti, slijedi
c0914	voditi, vodi, vodio
c0915	sresti, susresti, upoznati, sreo
c0916	pomoći, pomaže, pomogao
c0917	pomoć, pomoći
c0918	dopustiti, dozvoliti, dopušta
c0919	spriječiti, sprečavati, spriječi
c0920	zaštititi, štititi, štiti
c0921	spasiti, spašavati, spasio
c0922	ubiti, ubija, ubio
c0923	boriti, tući, bori, borio
c0924	slomiti, razbiti, lomiti
c0925	rezati, izrezati, reže
c0926	udariti, tući, pogoditi
c0927	baciti, bacati, baca
c0928	uhvatiti, hvatati, uhvatio
c0929	vući, povući, vuče
c0930	gurati, gurnuti, gura
c0931	napuniti, puniti, ispuniti
c0932	prati, oprati, pere
c0933	čist, čista, čisto
c0934	crtati, nacrtati, crta
c0935	slikati, bojati, obojiti
c0936	popraviti, popravljati, popravlja
c0937	stvoriti, stvarati, stvara
c0938	uništiti, uništavati, uništava
c0939	gorjeti, goriti, spaliti, gori
c0940	letjeti, leti, letio
c0941	sakriti, skrivati, skriva
c0942	tražiti, traži, tražio
c0943	dogoditi, događati, događa, dogodilo
c0944	činiti, čini, izgledati
c0945	pojaviti, pojavljivati, pojavio
c0946	postati, postaje, postao
c0947	ostati, ostaje, ostao
c0948	pripadati, pripada
c0949	sadržavati, sadrži
c0950	uključivati, uključiti, uključuje
c0951	postojati, postoji
c0952	ovisiti, ovisi, zavisiti
c0953	uzrokovati, prouzročiti, izazvati
c0954	uzrok, razlog, uzroka
c0955	rezultat, ishod, posljedica
c0956	utjecati, pogoditi, utječe
c0957	razvijati, razviti, razvija
c0958	poboljšati, poboljšavati, poboljšava
c0959	podržati, podupirati, podržava
c0960	potpora, podrška, potpore
c0961	protiviti, usprotiviti, protivi
c0962	složiti, slagati, slaže
c0963	prihvatiti, prihvaća, prihvatio
c0964	odbiti, odbijati, odbija
c0965	odbaciti, odbiti, odbacuje
c0966	poreći, nijekati, poriče
c0967	priznati, priznaje, priznao
c0968	objasniti, objašnjavati, objašnjava
c0969	opisati, opisivati, opisuje
c0970	izvijestiti, izvještavati, izvješćuje
c0971	najaviti, objaviti, proglasiti
c0972	obavijestiti, informirati, obavještava
c0973	raspravljati, razgovarati, raspravlja
c0974	tvrditi, svađati, raspravljati
c0975	tvrditi, tvrdi, tvrdio
c0976	predložiti, predlagati, predlaže
c0977	ponuditi, nuditi, nudi
c0978	obećati, obećavati, obećava
c0979	upozoriti, upozoravati, upozorava
c0980	prijetiti, zaprijetiti, prijeti
c0981	zahtijevati, tražiti, zahtijeva
c0982	zahtijevati, iziskivati, zahtijeva
c0983	očekivati, očekuje
c0984	zabraniti, zabranjivati, zabranjen
c0985	prisiliti, natjerati, prisiljava
c0986	potrošiti, trošiti, provesti
c0987	zaraditi, zarađivati, zarađuje
c0988	pobijediti, poraziti, tući, pretući
c0989	pripremiti, pripremati, priprema
c0990	organizirati, organizira
c0991	upravljati, voditi, uspjeti
c0992	kontrolirati, nadzirati, kontrolira
c0993	provjeriti, provjeravati, provjerava
c0994	test, provjera, ispitivanje
c0995	mjeriti, izmjeriti, mjeri
c0996	brojiti, prebrojiti, broji
c0997	dodati, dodavati, dodaje
c0998	usporediti, uspoređivati, uspoređuje
c0999	povezati, spojiti, povezuje
c1000	pridružiti, pristupiti, pridružuje
c1001	dijeliti, podijeliti, dijeli
c1002	podijeliti, dijeliti, dijeli
c1003	dostaviti, isporučiti, dostavlja
c1004	objaviti, objavljivati, izdati
c1005	potpisati, potpisivati, potpisuje
c1006	nositi, nosi, nosio
c1007	dodirnuti, dirati, dodiruje
c1008	miris, zadah, mirisa
c1009	zvuk, zvuka
c1010	buka, buke
c1011	tišina, šutnja
c1012	velik, veliki, velika, veće, veći
c1013	velik, veliki, velika, opsežan
c1014	malen, mali, mala, malo, manji
c1015	malen, mali, mala, sitan
c1016	dug, dugačak, duga, dugo
c1017	kratak, kratka, kratko
c1018	visok, visoka, visoko, viši
c1019	nizak, niska, nisko, niži
c1020	širok, široka, široko
c1021	uzak, uska, usko
c1022	dubok, duboka, duboko
c1023	težak, teška, teško
c1024	lagan, lagana, lako
c1025	brz, brza, brzo
c1026	spor, spora, sporo
c1027	nov, novi, nova, novo
c1028	dobar, dobra, dobro, bolji, najbolji
c1029	loš, loša, loše, gori, najgori, zao
c1030	lijep, lijepa, lijepo
c1031	ružan, ružna, ružno
c1032	prljav, prljava, prljavo
c1033	pun, puna, puno
c1034	prazan, prazna, prazno
c1035	lak, lako, jednostavan
c1036	težak, teška, zahtjevan, teško
c1037	tvrd, tvrda, tvrdo, težak
c1038	mekan, meka, meko
c1039	jak, jaka, jako, snažan
c1040	slab, slaba, slabo
c1041	siguran, sigurna, sigurno
c1042	opasan, opasna, opasno
c1043	slobodan, slobodna, slobodno
c1044	važan, važna, važno, bitan
c1045	glavni, glavna, glavno
c1046	potreban, nužan, potrebno
c1047	moguć, moguća, moguće
c1048	nemoguć, nemoguće
c1049	istinit, istinita, točan
c1050	lažan, lažna, neistinit
c1051	stvaran, pravi, stvarna
c1052	točan, ispravan, točno
c1053	pogrešan, kriv, netočan
c1054	isti, ista, isto, jednak
c1055	različit, drukčiji, drugačiji
c1056	sličan, slična, slično
c1057	cijeli, čitav, cijela
c1058	javni, javna, javno
c1059	privatan, privatni, privatna
c1060	nacionalni, državni, nacionalna
c1061	međunarodni, međunarodna
c1062	lokalni, mjesni, lokalna
c1063	globalni, svjetski, globalna
c1064	socijalni, društveni, socijalna
c1065	opći, općenit, opća
c1066	poseban, posebna, specijalan
c1067	jednostavan, jednostavna, prost
c1068	složen, složena, kompleksan
c1069	jasan, jasna, jasno, bistar
c1070	tih, tiha, tiho, miran
c1071	glasan, glasna, glasno
c1072	poznat, slavan, poznata
c1073	popularan, omiljen
c1074	zajednički, uobičajen, čest
c1075	rijedak, rijetka, rijetko
c1076	čudan, neobičan, čudno
c1077	normalan, uobičajen, normalno
c1078	spreman, spremna, gotov
c1079	zauzet, zaposlen, prometan
c1080	sama, sami
c1081	zajedno, skupa
c1082	siguran, sigurna, uvjeren
c1083	ozbiljan, ozbiljna, ozbiljno
c1084	ogroman, golem, ogromna
c1085	drevni, antički, starodrevan
c1086	moderan, suvremen, moderna
c1087	tradicionalan, tradicionalni
c1088	ljudski, ljudska
c1089	ljepota, ljepote
c1090	lijep, ugodan, drag
c1091	velik, sjajan, izvrstan
c1092	dobar, fin, u redu
c1093	ljubazan, dobar, dobrostiv
c1094	prijateljski, ljubazan
c1095	visok, visoka
c1096	okrugao, okrugla
c1097	ravan, ravna, plosnat
c1098	oštar, oštra, oštro
c1099	tanak, mršav, vitak
c1100	debeo, debela, gust
c1101	debeo, debela, gojazan
c1102	brz, brza, hitar
c1103	polako, sporo
c1104	brzo
c1105	dobro
c1106	gotovo, skoro, umalo
c1107	samo, jedino
c1108	posebno, osobito, naročito
c1109	konačno, napokon, najzad
c1110	odjednom, iznenada, naglo
c1111	vjerojatno
c1112	možda
c1113	sigurno, zasigurno, svakako
c1114	zaista, stvarno, doista
c1115	ovdje, tu
c1116	tamo, ondje
c1117	posvuda, svugdje
c1118	daleko
c1119	blizu, nadomak
c1120	daleko, odsutan
c1121	vani, van, izvana
c1122	unutra, iznutra
c1123	između, među
c1124	bez
c1125	protiv
c1126	tijekom, za vrijeme, tokom
c1127	nakon, poslije
c1128	prije, pred
c1129	ispod, pod
c1130	iznad, nad
c1131	preko, kroz
c1132	kroz
c1133	oko, okolo
c1134	među, između
c1135	unatoč, usprkos, uprkos
c1136	prema, ka, k
c1137	iza
c1138	duž, uz
c1139	svi, svatko, sve
c1140	ništa, ničega
c1141	sve, svega
c1142	stvar, stvari, predmet
c1143	mjesto, mjesta, mjestu
c1144	način, put, načina
c1145	dio, dijela, dijelovi
c1146	broj, broja, brojevi
c1147	skupina, grupa, skupine
c1148	vrsta, tip, vrste
c1149	primjer, primjera
c1150	problem, problema, teškoća
c1151	situacija, stanje, situacije
c1152	činjenica, činjenice
c1153	slučaj, slučaja, slučaju
c1154	točka, točke, stavka
c1155	oblik, forma, oblika
c1156	razina, stupanj, razine
c1157	veličina, veličine
c1158	oblik, oblika
c1159	crta, linija, redak
c1160	znak, znaka, signal
c1161	razlika, razlike
c1162	prilika, šansa, sreća
c1163	prilika, mogućnost, prilike
c1164	opasnost, opasnosti
c1165	rizik, rizika
c1166	važnost, značaj
c1167	uspjeh, uspjeha
c1168	neuspjeh, propust
c1169	napor, trud, nastojanje
c1170	uloga, uloge, ulogu
c1171	svrha, cilj, namjera
c1172	kvaliteta, kakvoća
c1173	iznos, količina, svota
c1174	većina, većine
c1175	postotak, posto, postotka
c1176	prosječan, prosječni, prosjek
c1177	poruka, poruke
c1178	vijesti, novosti
c1179	informacija, informacije, podaci
c1180	ime, naziv, imena
c1181	parlament, sabor, parlamenta
c1182	parlamentarni, saborski
c1183	član, zastupnik, članovi, zastupnici
c1184	rezolucija, rezolucije
c1185	vlada, vlade, vladi
c1186	ministar, ministrica, ministra
c1187	premijer, predsjednik vlade
c1188	predsjednik, predsjednica, predsjednika
c1189	izbori, izbora
c1190	izborni, izborna
c1191	glasovati, glasati, glasuje
c1192	glas, glasovanje, glasova
c1193	birač, birači, glasač
c1194	kandidat, kandidata, kandidati
c1195	kampanja, kampanje
c1196	referendum, referenduma
c1197	stranka, stranke
c1198	ljudska prava, ljudskih prava
c1199	pravo, prava
c1200	zakon, pravo, zakona
c1201	pravni, zakonit, pravna
c1202	nezakonit, ilegalan, nezakonita
c1203	sud, suda, sudu
c1204	sudac, suca, suci
c1205	odvjetnik, pravnik, odvjetnica
c1206	tužitelj, tužiteljica, tužitelja
c1207	suđenje, postupak, proces
c1208	presuda, kazna, presude
c1209	zatvorenik, zatočenik, zatvorenici
c1210	politički zatvorenik, politički zatvorenici
c1211	uhititi, uhićen
c1212	uhićenje, uhićenja
c1213	pritvor, zatočenje
c1214	zadržati, pritvoriti, zatočiti
c1215	pustiti, osloboditi, oslobodio
c1216	puštanje, oslobađanje
c1217	mučenje
c1218	osuditi, osuđuje, osudio
c1219	poticati, pozivati, pozvati
c1220	pozvati, poziva
c1221	zahtijevati, pozivati, tražiti
c1222	pozdraviti, pozdravlja
c1223	žaliti, požaliti, žali
c1224	podsjetiti, podsjeća
c1225	novinar, novinarka, novinari
c1226	mediji, medija
c1227	tisak, tiska
c1228	prosvjed, protest, prosvjeda
c1229	prosvjednik, prosvjednici
c1230	demonstracija, prosvjed, demonstracije
c1231	sloboda, slobode
c1232	sloboda izražavanja
c1233	sloboda okupljanja
c1234	demokracija, demokracije
c1235	demokratski, demokratska
c1236	država članica, države članice
c1237	komisija, komisije
c1238	povjerenik, povjerenica
c1239	vijeće, vijeća
c1240	unija, savez
c1241	europska unija, europske unije
c1242	građanin, građani, građana
c1243	državljanstvo
c1244	nasilje, nasilja
c1245	nasilan, nasilna, nasilni
c1246	policija, policije
c1247	policajac, policijski službenik, policajci
c1248	vojska, armija, vojske
c1249	vojni, vojna, vojno
c1250	vojnik, vojnici, vojnika
c1251	rat, rata, ratu
c1252	mir, mira
c1253	sukob, sukoba, konflikt
c1254	oružje, oružja
c1255	sankcija, sankcije
c1256	oporba, opozicija, oporbe
c1257	režim, režima
c1258	vlast, tijelo, vlasti
c1259	država, države
c1260	zemlja, država, zemlje
c1261	narod, nacija, naroda
c1262	republika, republike
c1263	kraljevstvo, kraljevina
c1264	kralj, kralja
c1265	kraljica, kraljice
c1266	car, cara
c1267	carstvo, imperij
c1268	ustav, ustava
c1269	ustavni, ustavna
c1270	ugovor, ugovora, sporazum
c1271	sporazum, dogovor, sporazuma
c1272	pregovori, pregovaranje, pregovora
c1273	pregovarati, pregovara
c1274	kazneno djelo, zločin, kriminal
c1275	kazneni, kriminalni
c1276	žrtva, žrtve
c1277	ubojstvo, ubojstva
c1278	terorizam, terorizma
c1279	terorist, teroristi
c1280	napad, napada
c1281	sigurnost, sigurnosti
c1282	sigurnost, zaštita
c1283	obrana, obrane
c1284	izbjeglica, izbjeglice
c1285	migrant, migranti
c1286	migracija, migracije
c1287	azil, azila
c1288	manjina, manjine
c1289	diskriminacija
c1290	jednakost, ravnopravnost
c1291	rod, spol
c1292	vladavina prava
c1293	pravda, pravosuđe, pravednost
c1294	sudski, pravosudni
c1295	neovisnost, nezavisnost
c1296	neovisan, nezavisan, neovisna
c1297	suverenitet, suverenost
c1298	teritorij, područje, teritorija
c1299	okupacija
c1300	invazija, upad
c1301	primirje, prekid vatre
c1302	humanitarni, humanitarna
c1303	pomoć, pomoći
c1304	suradnja, suradnje
c1305	dijalog, dijaloga
c1306	odnos, odnosi, odnosa
c1307	diplomatski, diplomatska
c1308	veleposlanik, veleposlanica
c1309	veleposlanstvo
c1310	izaslanstvo, delegacija
c1311	predstavnik, predstavnici
c1312	dužnosnik, službenik, dužnosnici
c1313	uprava, administracija
c1314	institucija, ustanova
c1315	agencija, agencije
c1316	moć, vlast, moći
c1317	politika, politike
c1318	politika, politike
c1319	politički, politička, političko
c1320	političar, političari
c1321	reforma, reforme
c1322	zakonodavstvo
c1323	direktiva, direktive
c1324	uredba, propis, regulacija
c1325	prijedlog, prijedloga
c1326	amandman, izmjena, amandmani
c1327	izvješće, izvještaj
c1328	rasprava, debata
c1329	sjednica, zasjedanje
c1330	odbor, odbora
c1331	predsjedatelj, predsjednik
c1332	predsjedništvo
c1333	mandat, mandata
c1334	usvojiti, donijeti, usvaja
c1335	odobriti, odobrava, odobrio
c1336	suzdržati, suzdržan, suzdržao
c1337	koalicija, koalicije
c1338	vođa, čelnik, čelnici
c1339	korupcija, korupcije
c1340	prijevara, prijevare
c1341	transparentnost
c1342	istraga, istrage
c1343	istražiti, istraživati, istražuje
c1344	dokaz, dokazi, dokaza
c1345	svjedok, svjedoci, svjedoka
c1346	optužba, optužnica
c1347	optužiti, optuživati, optužen
c1348	kriv, kriva
c1349	nevin, nevina
c1350	osuditi, osuđen
c1351	žalba, žalbe
c1352	kazna, kazne
c1353	smrtna kazna
c1354	smaknuće, pogubljenje
c1355	novčana kazna, globa
c1356	kazna, kažnjavanje
c1357	kazniti, kažnjavati, kažnjava
c1358	aktivist, aktivistica, aktivisti
c1359	branitelj ljudskih prava
c1360	disident, disidenti
c1361	talac, taoci
c1362	oteti, otima, oteo
c1363	nestanak, nestanka
c1364	uznemiravanje
c1365	zastrašivanje
c1366	progon, progoni
c1367	represija, tlačenje
c1368	obračun, gušenje, represija
c1369	cenzura, cenzure
c1370	zlostavljanje, zlouporaba
c1371	silovanje
c1372	genocid, genocida
c1373	ratni zločin, ratni zločini
c1374	trgovanje, krijumčarenje, trgovina ljudima
c1375	ropstvo
c1376	ujedinjeni narodi, un
c1377	nato
c1378	europski parlament, europskog parlamenta
c1379	europska komisija, europske komisije
c1380	summit, sastanak na vrhu
c1381	fond, fonda, fondovi
c1382	financiranje
c1383	program, programa
c1384	strategija, strategije
c1385	cilj, cilja, ciljevi
c1386	mjera, mjere
c1387	djelovanje, akcija, radnja
c1388	okvir, okvira
c1389	provedba, provođenje
c1390	provesti, provoditi, provodi
c1391	osigurati, osigurava
c1392	naglasiti, naglašava
c1393	primiti na znanje, primijetiti, napominje
c1394	ponoviti, ponavlja
c1395	izraziti, izražava
c1396	zabrinutost, briga
c1397	žaliti, osuđivati, žali
c1398	osuditi, osuđuje, prokazati
c1399	inzistirati, ustrajati, inzistira
c1400	poticati, potaknuti, potiče
c1401	pozvati, poziva
c1402	istaknuti, naglasiti, ističe
c1403	priznati, prepoznati, priznaje
c1404	priznati, prepoznati, prepoznaje
c1405	razmotriti, smatrati, smatra
c1406	odmah, smjesta, hitno
c1407	snažno, odlučno, oštro
c1408	duboko
c1409	bezuvjetno
c1410	glasački listić, glasovanje
c1411	pošten, pravedan, poštena
c1412	promatrač, promatrači
c1413	unutarnje tržište
c1414	tržišno natjecanje, natjecanje, konkurencija
c1415	poljoprivreda
c1416	ribarstvo
c1417	klimatske promjene
c1418	emisija, emisije
c1419	održiv, održiva, održivi
c1420	razvoj, razvoja
c1421	inovacija, inovacije
c1422	digitalni, digitalna
c1423	podaci, podataka
c1424	privatnost
c1425	zaštita, zaštite
c1426	promet, prijevoz
c1427	infrastruktura
c1428	regionalni, regionalna
c1429	solidarnost
c1430	proširenje
c1431	pristupanje, pristupanja
c1432	carina, carinska uprava
c1433	valuta, valute
c1434	inflacija
c1435	kamata, kamate
c1436	interes, zanimanje
c1437	deficit, manjak
c1438	društvo, društva
c1439	zajednica, zajednice
c1440	organizacija, organizacije
c1441	udruga, udruženje
c1442	stanovništvo, populacija
c1443	javno mnijenje
c1444	odgovornost, odgovornosti
c1445	odgovoran, odgovorna
c1446	obveza, dužnost
c1447	načelo, princip, načela
c1448	vrijednost, vrijednosti
c1449	dostojanstvo
c1450	poštovanje, poštivanje
c1451	poštovati, poštivati, poštuje
c1452	provedba zakona, tijela kaznenog progona
c1453	postupak, procedura, postupka
c1454	proces, procesa
c1455	pitanje, problem, tema
c1456	stvar, pitanje, predmet
c1457	sustav, sistem, sustava
c1458	naredba, zapovijed, nalog
c1459	pravilo, pravila, propis
c1460	učinak, posljedica, efekt
c1461	utjecaj, učinak, utjecaja
c1462	uvjet, stanje, uvjeti
c1463	pristup, pristupa
c1464	resurs, izvor, resursi
c1465	neprijatelj, neprijatelji
c1466	junak, heroj, junaci
c1467	stražar, čuvar, straža
c1468	svećenik, svećenici
c1469	tradicija, običaj
c1470	festival, svečanost
c1471	ceremonija, svečanost, obred
c1472	govor, govora
c1473	mišljenje, stav, mišljenja
c1474	izjava, izjave
c1475	deklaracija, izjava
c1476	pozornost, pažnja
c1477	istina, istine
c1478	tajna, tajne
c1479	prijetnja, prijetnje
c1480	pobjeda, pobjede
c1481	poraz, poraza
c1482	bitka, bitke
c1483	revolucija
c1484	zastava, zastave
c1485	koliba, planinarski dom, kućica
c1486	lavina, lavine
c1487	saveznik, saveznici
c1488	postrojbe, trupe, vojnici
c1489	štrajk, štrajka
c1490	mirovina, mirovine
c1491	stanovanje, stambeni
c1492	sreća, sreće
c1493	lovac, lovci
c1494	visina, visine
c1495	duljina, dužina
c1496	težina, težine
c1497	brzina, brzine
c1498	baština, nasljeđe
c1499	puška, pištolj, oružje
c1500	bomba, bombe
`;
