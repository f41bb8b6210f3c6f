// Concordia's core vocabulary in Romanian: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	unu, una
c0002	doi, două
c0003	trei
c0004	patru
c0005	cinci
c0006	șase
c0007	șapte
c0008	opt
c0009	nouă
c0010	zece
c0011	unsprezece, unspe
c0012	doisprezece, douăsprezece
c0013	treisprezece
c0014	paisprezece
c0015	cincisprezece
c0016	șaisprezece
c0017	șaptesprezece
c0018	optsprezece
c0019	nouăsprezece
c0020	douăzeci
c0021	treizeci
c0022	patruzeci
c0023	cincizeci
c0024	șaizeci
c0025	șaptezeci
c0026	optzeci
c0027	nouăzeci
c0028	sută, sute
c0029	mie, mii
c0030	milion, milioane
c0031	miliard, miliarde
c0032	primul, prima, întâi, întâiul, prim
c0033	doilea, doua
c0034	treilea, treia
c0035	patrulea, patra
c0036	cincilea, cincea
c0037	șaselea, șasea
c0038	șaptelea, șaptea
c0039	optulea, opta
c0040	nouălea, noua
c0041	zecelea, zecea
c0042	jumătate, jumătăți
c0043	sfert, sferturi
c0044	duzină, duzina, duzine
c0045	dublu, dublă, dubla, dubli
c0046	ultim, ultimul, ultima, ultimii
c0047	următor, următorul, următoare, următoarea
c0048	ianuarie
c0049	februarie
c0050	martie
c0051	aprilie
c0052	mai
c0053	iunie
c0054	iulie
c0055	august
c0056	septembrie
c0057	octombrie
c0058	noiembrie
c0059	decembrie
c0060	luni
c0061	marți
c0062	miercuri
c0063	joi
c0064	vineri
c0065	sâmbătă, sâmbăta
c0066	duminică, duminica
c0067	primăvară, primăvara, primăveri
c0068	vară, vara, veri
c0069	toamnă, toamna, toamne
c0070	iarnă, iarna, ierni
c0071	anotimp, anotimpuri
c0072	zi, ziua, zile, zilei
c0073	săptămână, săptămâna, săptămâni
c0074	lună, luna, luni
c0075	an, anul, ani, anii, anului
c0076	oră, ora, ore
c0077	minut, minute
c0078	secundă, secunda, secunde
c0079	dimineață, dimineața, dimineți
c0080	după-amiază, după-amiaza, după-amiezi
c0081	seară, seara, seri
c0082	noapte, noaptea, nopți
c0083	amiază, amiaza, prânz
c0084	miezul nopții, miezul
c0085	azi, astăzi
c0086	ieri
c0087	mâine
c0088	diseară, astă-seară, la noapte
c0089	secol, secolul, secole, veac
c0090	deceniu, decenii
c0091	timp, timpul, vreme, vremea
c0092	moment, clipă, clipa, clipe
c0093	perioadă, perioada, perioade
c0094	dată, data, date
c0095	weekend, sfârșit de săptămână
c0096	calendar
c0097	ceas, ceasul, ceasuri
c0098	vârstă, vârsta, vârste
c0099	trecut, trecutul
c0100	viitor, viitorul
c0101	prezent, prezentul
c0102	acum
c0103	curând, în curând
c0104	apoi, ulterior, mai târziu
c0105	devreme, timpuriu, timpurie
c0106	târziu, târzie, întârziat
c0107	deja
c0108	iarăși, din nou
c0109	mereu, întotdeauna, totdeauna
c0110	niciodată
c0111	adesea, des, deseori, adeseori
c0112	uneori, câteodată
c0113	în urmă, acum
c0114	recent
c0115	zilnic, zilnică, cotidian
c0116	anual, anuală
c0117	zori, zorii, auroră
c0118	apus, apusul
c0119	răsărit, răsăritul
c0120	eră, epocă, epoca, epoci
c0121	început, începutul, începuturi
c0122	sfârșit, sfârșitul, final, finalul, capăt
c0123	zi de naștere, aniversare
c0124	vacanță, vacanța, concediu, sărbătoare
c0125	crăciun, crăciunul
c0126	paște, paști, paștele
c0127	aniversare, aniversarea, aniversări
c0128	culoare, culoarea, culori
c0129	roșu, roșie, roșii
c0130	albastru, albastră, albaștri
c0131	verde, verzi
c0132	galben, galbenă
c0133	negru, neagră, negri, negre
c0134	alb, albă, albi, albe
c0135	gri, cenușiu, cenușie
c0136	maro, brun, cafeniu
c0137	portocaliu, portocalie, portocalii
c0138	roz
c0139	violet, mov, purpuriu
c0140	auriu, aurie, aurii
c0141	întunecat, întunecată, întunecos
c0142	luminos, luminoasă, strălucitor, strălucitoare
c0143	palid, palidă
c0144	nord, nordul
c0145	sud, sudul
c0146	est, estul
c0147	vest, vestul
c0148	nordic, nordică, septentrional
c0149	sudic, sudică, meridional
c0150	estic, estică, oriental
c0151	vestic, vestică, occidental
c0152	stâng, stânga, stângă
c0153	drept, dreaptă, dreapta
c0154	vârf, vârful, partea de sus
c0155	fund, fundul, partea de jos
c0156	parte, partea, latură, latura, părți
c0157	mijloc, mijlocul
c0158	centru, centrul, centre
c0159	față, fața, partea din față
c0160	spate, spatele
c0161	margine, marginea, margini
c0162	familie, familia, familii
c0163	mamă, mama, mame, mamei
c0164	tată, tatăl, tata, tați
c0165	părinte, părinți, părintele
c0166	copil, copii, copilul, copiii
c0167	fiu, fiul, fii, fiii
c0168	fiică, fiica, fiice
c0169	frate, fratele, frați
c0170	soră, sora, surori, surorii
c0171	soț, soțul, soți
c0172	soție, soția, soții
c0173	bunic, bunicul, bunici
c0174	bunică, bunica
c0175	nepot, nepoți, nepoată, nepoate
c0176	unchi, unchiul
c0177	mătușă, mătușa, mătuși
c0178	văr, vărul, veri, verișor, verișoară
c0179	bebeluș, bebe, prunc
c0180	băiat, băiatul, băieți
c0181	fată, fata, fete
c0182	bărbat, bărbați, om
c0183	femeie, femeia, femei
c0184	persoană, persoana, persoane
c0185	oameni, oamenii, lume, lumea
c0186	prieten, prietenă, prieteni, prietenii
c0187	vecin, vecină, vecini
c0188	oaspete, oaspeți, invitat
c0189	nuntă, nunta, nunți
c0190	căsătorie, căsătoria, căsnicie
c0191	căsători, căsătorit, căsătorește, însura, mărita
c0192	divorț, divorțul
c0193	naștere, nașterea, nașteri
c0194	născut, născută, născuți
c0195	muri, moare, mor, murit, murea, murind
c0196	moarte, moartea, deces, decesul
c0197	mort, moartă, morți, moarte
c0198	viață, viața, vieți, vieții
c0199	trăi, trăiește, trăiesc, trăit, locui, locuiește
c0200	viu, vie, vii, în viață
c0201	tânăr, tânără, tineri, tinere
c0202	bătrân, bătrână, bătrâni, vechi, veche
c0203	tinerețe, tinerețea, tineret
c0204	adult, adulți
c0205	generație, generația, generații
c0206	rudă, ruda, rude
c0207	cuplu, cuplul, pereche
c0208	geamăn, gemeni, geamănă
c0209	văduvă, văduva, văduve
c0210	orfan, orfani, orfană
c0211	strămoș, strămoși, înaintaș
c0212	corp, corpul, trup, trupul
c0213	cap, capul, capete
c0214	față, fața, chip, chipul
c0215	ochi, ochiul, ochii
c0216	ureche, urechea, urechi
c0217	nas, nasul
c0218	gură, gura, guri
c0219	dinte, dinți, dintele
c0220	limbă, limba
c0221	buză, buza, buze
c0222	păr, părul
c0223	gât, gâtul
c0224	umăr, umărul, umeri
c0225	braț, brațul, brațe
c0226	mână, mâna, mâini, mâinile
c0227	deget, degete, degetul
c0228	picior, piciorul, picioare
c0229	genunchi, genunchiul
c0230	picior, picioare, talpă
c0231	spate, spatele
c0232	piept, pieptul
c0233	inimă, inima, inimi
c0234	sânge, sângele
c0235	os, osul, oase
c0236	piele, pielea
c0237	stomac, stomacul, burtă, burta
c0238	creier, creierul
c0239	respirație, respirația, suflare, suflu
c0240	respira, respiră, respirat
c0241	voce, vocea, voci, glas
c0242	plămân, plămâni
c0243	mușchi, mușchiul
c0244	rană, rana, răni
c0245	rănire, leziune, vătămare
c0246	răni, rănit, rănește, rănesc
c0247	durere, durerea, dureri
c0248	orb, oarbă, orbi
c0249	surd, surdă, surzi
c0250	barbă, barba
c0251	lacrimă, lacrima, lacrimi
c0252	aripă, aripa, aripi
c0253	coadă, coada, cozi
c0254	vreme, vremea, timp
c0255	ploaie, ploaia, ploi
c0256	zăpadă, zăpada, nea
c0257	gheață, gheața
c0258	vânt, vântul, vânturi
c0259	furtună, furtuna, furtuni
c0260	nor, norul, nori
c0261	ceață, ceața
c0262	soare, soarele
c0263	cer, cerul, ceruri
c0264	fierbinte, cald, caldă
c0265	rece, reci, frig
c0266	cald, caldă, calzi, calde
c0267	răcoros, răcoroasă, rece
c0268	uscat, uscată, secetos
c0269	ud, udă, uzi, ude, umed
c0270	temperatură, temperatura, temperaturi
c0271	grad, gradul, grade
c0272	climă, clima, climat
c0273	îngheț, brumă, chiciură
c0274	tunet, tunetul, tunete
c0275	fulger, fulgerul, fulgere, trăsnet
c0276	inundație, inundația, inundații, potop
c0277	secetă, seceta, secete
c0278	căldură, căldura, călduri, arșiță
c0279	aer, aerul
c0280	umbră, umbra, umbre
c0281	îngheța, îngheață, înghețat, înghețată
c0282	topi, topește, topit, se topește
c0283	sufla, suflă, suflat
c0284	străluci, strălucește, strălucit
c0285	natură, natura
c0286	pământ, pământul, terra
c0287	sol, solul, pământ
c0288	uscat, pământ, pământul
c0289	sol, solul, pământ, țărână
c0290	nisip, nisipul
c0291	piatră, piatra, pietre
c0292	stâncă, stânca, stânci, rocă, roca
c0293	munte, muntele, munți, munții
c0294	deal, dealul, dealuri, colină
c0295	vale, valea, văi
c0296	râu, râul, râuri, fluviu
c0297	pârâu, pârâul, pârâuri
c0298	lac, lacul, lacuri
c0299	mare, marea, mări
c0300	ocean, oceanul, oceane
c0301	coastă, coasta, litoral, țărm
c0302	țărm, țărmul, mal, malul
c0303	plajă, plaja, plaje
c0304	insulă, insula, insule
c0305	golf, golful
c0306	faleză, stâncă, abrupt
c0307	peșteră, peștera, peșteri
c0308	ghețar, ghețarul, ghețari
c0309	vârf, vârful, culme, pisc
c0310	vârf, vârful, pisc, piscul
c0311	creastă, creasta, creste, coamă
c0312	pantă, panta, pante, versant
c0313	trecătoare, trecătoarea, pas
c0314	câmpie, câmpia, câmpii
c0315	câmp, câmpul, câmpuri, ogor
c0316	pajiște, pajiștea, luncă, fâneață
c0317	pădure, pădurea, păduri, codru
c0318	lemn, lemnul, lemne
c0319	copac, copacul, copaci, arbore
c0320	ramură, ramura, ramuri, creangă, crengi
c0321	frunză, frunza, frunze
c0322	rădăcină, rădăcina, rădăcini
c0323	floare, floarea, flori
c0324	iarbă, iarba, ierburi
c0325	plantă, planta, plante
c0326	sămânță, sămânța, semințe
c0327	fruct, fructul, fructe
c0328	tufiș, tufă, arbust
c0329	deșert, deșertul, pustiu
c0330	mlaștină, mlaștina, mlaștini
c0331	cascadă, cascada, cascade
c0332	izvor, izvorul, izvoare
c0333	val, valul, valuri
c0334	mal, malul, maluri
c0335	peisaj, peisajul, peisaje
c0336	priveliște, panoramă, vedere
c0337	orizont, orizontul
c0338	stea, steaua, stele
c0339	lună, luna
c0340	planetă, planeta, planete
c0341	lume, lumea, lumii
c0342	spațiu, spațiul, cosmos
c0343	foc, focul, focuri, incendiu
c0344	flacără, flacăra, flăcări
c0345	apă, apa, ape
c0346	fum, fumul
c0347	praf, praful, pulbere
c0348	noroi, noroiul, nămol
c0349	aur, aurul
c0350	argint, argintul
c0351	fier, fierul
c0352	metal, metalul, metale
c0353	cărbune, cărbunele, cărbuni
c0354	petrol, ulei, uleiul
c0355	gaz, gazul, gaze
c0356	sare, sarea
c0357	vulcan, vulcanul, vulcani
c0358	cutremur, cutremurul
c0359	animal, animalul, animale
c0360	pasăre, pasărea, păsări
c0361	pește, peștele, pești
c0362	câine, câinele, câini
c0363	pisică, pisica, pisici
c0364	cal, calul, cai
c0365	vacă, vaca, vaci
c0366	oaie, oaia, oi
c0367	capră, capra, capre
c0368	porc, porcul, porci
c0369	găină, găina, găini, pui
c0370	urs, ursul, urși
c0371	lup, lupul, lupi
c0372	vulpe, vulpea, vulpi
c0373	cerb, cerbul, cerbi, căprioară
c0374	iepure, iepurele, iepuri
c0375	șoarece, șoarecele, șoareci
c0376	șobolan, șobolani
c0377	șarpe, șarpele, șerpi
c0378	insectă, insecta, insecte
c0379	albină, albina, albine
c0380	muscă, musca, muște
c0381	fluture, fluturele, fluturi
c0382	vultur, vulturul, acvilă
c0383	balenă, balena, balene
c0384	leu, leul, lei
c0385	elefant, elefantul, elefanți
c0386	vite, bovine
c0387	cuib, cuibul, cuiburi
c0388	ou, oul, ouă
c0389	pană, pana, pene
c0390	vâna, vânează, vânat
c0391	fermă, ferma, ferme, gospodărie
c0392	fermier, fermierul, fermieri, agricultor, țăran
c0393	recoltă, recolta, recolte
c0394	cultură, cultura, culturi
c0395	grâu, grâul
c0396	mediu, mediul, mediului
c0397	poluare, poluarea
c0398	specie, specia, specii
c0399	biodiversitate, biodiversitatea
c0400	parc național
c0401	sălbatic, sălbatică, sălbatici
c0402	natural, naturală, naturali
c0403	europa, europei
c0404	european, europeană, europeni, europene
c0405	africa, africii
c0406	african, africană
c0407	asia, asiei
c0408	asiatic, asiatică
c0409	america, americii
c0410	american, americană, americani
c0411	statele unite, sua
c0412	rusia, rusiei
c0413	rus, rusă, ruși, rusesc, rusească
c0414	ucraina, ucrainei
c0415	ucrainean, ucraineană, ucraineni
c0416	belarus
c0417	china, chinei
c0418	chinez, chineză, chinezi, chinezesc
c0419	regatul unit, marea britanie
c0420	britanic, britanică, britanici
c0421	anglia, angliei
c0422	engleză, engleza, englezesc
c0423	turcia, turciei
c0424	turc, turcă, turci, turcesc
c0425	japonia, japoniei
c0426	india, indiei
c0427	israel, israelul
c0428	iran, iranul
c0429	siria, siriei
c0430	elveția, elveției
c0431	norvegia, norvegiei
c0432	germania, germaniei
c0433	german, germană, germani, nemțesc
c0434	franța, franței
c0435	francez, franceză, francezi
c0436	italia, italiei
c0437	italian, italiană, italieni
c0438	spania, spaniei
c0439	spaniol, spaniolă, spanioli
c0440	portugalia, portugaliei
c0441	portughez, portugheză, portughezi
c0442	țările de jos, olanda
c0443	olandez, olandeză, neerlandez
c0444	belgia, belgiei
c0445	belgian, belgiană, belgieni
c0446	luxemburg, luxemburgul
c0447	austria, austriei
c0448	austriac, austriacă, austrieci
c0449	polonia, poloniei
c0450	polonez, poloneză, polonezi
c0451	republica cehă, cehia
c0452	ceh, cehă, cehi
c0453	slovacia, slovaciei
c0454	slovac, slovacă, slovaci
c0455	ungaria, ungariei
c0456	maghiar, maghiară, maghiari, ungur
c0457	slovenia, sloveniei
c0458	croația, croației
c0459	românia, româniei
c0460	român, română, români, românesc, românească
c0461	bulgaria, bulgariei
c0462	bulgar, bulgară, bulgari
c0463	grecia, greciei
c0464	grec, greacă, greci, grecesc
c0465	cipru, ciprul
c0466	malta, maltei
c0467	irlanda, irlandei
c0468	irlandez, irlandeză, irlandezi
c0469	danemarca, danemarcei
c0470	danez, daneză, danezi
c0471	suedia, suediei
c0472	suedez, suedeză, suedezi
c0473	finlanda, finlandei
c0474	finlandez, finlandeză, finlandezi
c0475	estonia, estoniei
c0476	letonia, letoniei
c0477	lituania, lituaniei
c0478	alpi, alpii
c0479	mediteranean, mediteraneană, mediterana
c0480	atlantic, atlantică, atlanticul
c0481	baltic, baltică, baltice
c0482	bruxelles
c0483	strasbourg
c0484	călători, călătorește, călătorit, călătoresc
c0485	călătorie, călătoria, călătorii, drum
c0486	excursie, excursia, excursii, drumeție
c0487	turist, turistul, turiști
c0488	turism, turismul
c0489	hotel, hotelul, hoteluri
c0490	cameră, camera, camere, încăpere
c0491	pașaport, pașaportul, pașapoarte
c0492	bilet, biletul, bilete
c0493	tren, trenul, trenuri
c0494	cale ferată, feroviar
c0495	gară, gara, gări, stație, stația
c0496	autobuz, autobuzul, autobuze, autocar
c0497	mașină, mașina, mașini, automobil
c0498	vehicul, vehiculul, vehicule
c0499	bicicletă, bicicleta, biciclete
c0500	barcă, barca, bărci
c0501	navă, nava, nave, vapor, corabie
c0502	avion, avionul, avioane
c0503	aeroport, aeroportul, aeroporturi
c0504	zbor, zborul, zboruri
c0505	port, portul, porturi
c0506	port, portul, radă
c0507	drum, drumul, drumuri, șosea
c0508	stradă, strada, străzi
c0509	potecă, poteca, poteci, cărare
c0510	pod, podul, poduri
c0511	tunel, tunelul, tuneluri
c0512	hartă, harta, hărți
c0513	ghid, ghidul, ghizi
c0514	tur, turul, circuit
c0515	vizita, vizitează, vizitat, vizitez
c0516	vizitator, vizitatori
c0517	sosi, sosește, sosit, sosesc, ajunge
c0518	pleca, pleacă, plecat, părăsi, părăsește, părăsit
c0519	pleca, pleacă, plecat, plecare
c0520	întoarce, întors, întoarcă, reveni, revine, revenit
c0521	conduce, condus, conducea, șofa
c0522	călări, călărește, merge, merg
c0523	merge, merg, mers, mergea, umbla
c0524	urca, urcă, urcat, escalada, cățăra
c0525	înota, înoată, înotat
c0526	naviga, navighează, navigat
c0527	traversa, traversează, traversat, trece, trecut
c0528	ajunge, ajung, ajuns, atinge, atins
c0529	rută, ruta, traseu, itinerar
c0530	frontieră, frontiera, frontiere, graniță, granița, granițe
c0531	distanță, distanța, distanțe
c0532	kilometru, kilometri
c0533	metru, metri
c0534	milă, mila, mile
c0535	străinătate, străinătatea, peste hotare
c0536	străin, străină, străini, străine
c0537	trafic, traficul, circulație
c0538	accident, accidentul, accidente
c0539	pasager, pasageri, călător
c0540	șofer, șoferul, șoferi, conducător
c0541	tabără, tabăra, tabere
c0542	cort, cortul, corturi
c0543	rămâne, rămas, sta, stă
c0544	aștepta, așteaptă, așteptat
c0545	sat, satul, sate
c0546	oraș, orașul, orașe
c0547	oraș, orașul, orașe, cetate
c0548	capitală, capitala, capitale
c0549	piață, piața, piețe, scuar
c0550	piață, piața, piețe, târg
c0551	magazin, magazinul, magazine, prăvălie
c0552	biserică, biserica, biserici
c0553	catedrală, catedrala, catedrale
c0554	castel, castelul, castele, cetate
c0555	palat, palatul, palate
c0556	turn, turnul, turnuri
c0557	muzeu, muzeul, muzee
c0558	monument, monumentul, monumente
c0559	parc, parcul, parcuri
c0560	grădină, grădina, grădini
c0561	perete, peretele, pereți, zid, ziduri
c0562	poartă, poarta, porți
c0563	ușă, ușa, uși
c0564	fereastră, fereastra, ferestre, geam
c0565	etaj, etajul, etaje
c0566	acoperiș, acoperișul, acoperișuri
c0567	scară, scara, scări
c0568	bucătărie, bucătăria, bucătării
c0569	pat, patul, paturi
c0570	masă, masa, mese
c0571	scaun, scaunul, scaune
c0572	casă, casa, case
c0573	acasă, cămin, locuință
c0574	clădire, clădirea, clădiri
c0575	apartament, apartamentul, apartamente
c0576	adresă, adresa, adrese
c0577	cartier, cartierul, district, raion
c0578	regiune, regiunea, regiuni
c0579	zonă, zona, zone, suprafață
c0580	țară, țara, mediul rural
c0581	spital, spitalul, spitale
c0582	școală, școala, școli
c0583	universitate, universitatea, universități
c0584	bibliotecă, biblioteca, biblioteci
c0585	restaurant, restaurantul, restaurante
c0586	birou, biroul, birouri
c0587	fabrică, fabrica, fabrici, uzină
c0588	închisoare, închisoarea, închisori, pușcărie
c0589	teatru, teatrul, teatre
c0590	cinema, cinematograf
c0591	cheie, cheia, chei
c0592	lampă, lampa, lămpi
c0593	lumină, lumina, lumini
c0594	cutie, cutia, cutii
c0595	geantă, geanta, genți, sac, pungă
c0596	sticlă, sticla, sticle
c0597	sticlă, sticla
c0598	ceașcă, ceașca, cești
c0599	farfurie, farfuria, farfurii
c0600	cuțit, cuțitul, cuțite
c0601	carte, cartea, cărți
c0602	scrisoare, scrisoarea, scrisori
c0603	hârtie, hârtia, hârtii
c0604	stilou, pix
c0605	imagine, imaginea, imagini, tablou
c0606	fotografie, fotografia, fotografii, poză
c0607	aparat foto, cameră
c0608	telefon, telefonul, telefoane
c0609	calculator, computer, computerul
c0610	internet, internetul
c0611	televiziune, televiziunea, televizor
c0612	radio, radioul
c0613	ziar, ziarul, ziare, gazetă
c0614	haine, hainele, îmbrăcăminte
c0615	cămașă, cămașa, cămăși
c0616	rochie, rochia, rochii
c0617	pantof, pantoful, pantofi
c0618	haină, palton, mantou
c0619	pălărie, pălăria, pălării
c0620	bani, banii, banilor
c0621	preț, prețul, prețuri
c0622	cost, costul, costuri
c0623	plăti, plătește, plătit, plătesc
c0624	cumpăra, cumpără, cumpărat
c0625	vinde, vândut, vând, vindea
c0626	ieftin, ieftină, ieftini
c0627	scump, scumpă, scumpi
c0628	euro
c0629	mâncare, mâncarea, hrană, alimente
c0630	pâine, pâinea, pâini
c0631	carne, carnea
c0632	lapte, laptele
c0633	brânză, brânza, brânzeturi
c0634	unt, untul
c0635	vin, vinul, vinuri
c0636	bere, berea
c0637	cafea, cafeaua
c0638	ceai, ceaiul
c0639	zahăr, zahărul
c0640	măr, mărul, mere
c0641	legumă, legume, zarzavat
c0642	cartof, cartoful, cartofi
c0643	orez, orezul
c0644	supă, supa, ciorbă, ciorba
c0645	prăjitură, prăjitura, tort
c0646	mic dejun, dejun, dejunul
c0647	prânz, prânzul
c0648	cină, cina
c0649	masă, masa, mese
c0650	mânca, mănâncă, mâncat, mănânc
c0651	bea, bău, băut, beau
c0652	găti, gătește, gătit
c0653	gust, gustul, gusturi
c0654	flămând, înfometat
c0655	foame, foamea, foamete
c0656	dulce, dulci
c0657	proaspăt, proaspătă, proaspeți, proaspete
c0658	miere, mierea
c0659	strugure, struguri, strugurii
c0660	făină, făina
c0661	porumb, porumbul, grâne
c0662	sete, setea
c0663	muncă, munca, lucru, lucrul
c0664	lucra, lucrează, lucrat, munci, muncește
c0665	slujbă, slujba, post, loc de muncă
c0666	muncitor, muncitori, lucrător
c0667	angajat, angajatul, angajați, salariat
c0668	angajator, angajatorul, angajatori
c0669	companie, compania, companii, firmă, firma
c0670	afacere, afaceri, întreprindere
c0671	industrie, industria, industrii
c0672	comerț, comerțul
c0673	economie, economia, economii
c0674	economic, economică, economice
c0675	salariu, salariul, salarii
c0676	salariu, salarii, plată
c0677	venit, venitul, venituri
c0678	impozit, impozite, taxă, taxe
c0679	buget, bugetul, bugete
c0680	profit, profitul, câștig
c0681	pierdere, pierderea, pierderi
c0682	șomaj, șomajul
c0683	ocupare, ocuparea, angajare
c0684	carieră, cariera, cariere
c0685	profesie, profesia, profesii, meserie
c0686	manager, director, directorul
c0687	coleg, colegă, colegi
c0688	echipă, echipa, echipe
c0689	întâlnire, întâlnirea, ședință, reuniune
c0690	proiect, proiectul, proiecte
c0691	sarcină, sarcina, sarcini
c0692	contract, contractul, contracte
c0693	abilitate, competență, pricepere
c0694	experiență, experiența, experiențe
c0695	formare, instruire, pregătire
c0696	producție, producția
c0697	produs, produsul, produse
c0698	serviciu, serviciul, servicii
c0699	client, clientul, clienți
c0700	consumator, consumatori
c0701	creștere, creșterea
c0702	investiție, investiția, investiții
c0703	bancă, banca, bănci
c0704	finanțe, finanțare
c0705	financiar, financiară, financiare
c0706	datorie, datoria, datorii
c0707	criză, criza, crize
c0708	sărăcie, sărăcia
c0709	sărac, săracă, săraci
c0710	bogat, bogată, bogați
c0711	bogăție, bogăția, avere
c0712	proprietate, proprietatea, proprietăți, bunuri
c0713	proprietar, proprietarul, proprietari
c0714	poseda, posedă, deține, deținut
c0715	construi, construiește, construit, clădi
c0716	produce, produs, produc, producea, fabrica
c0717	aprovizionare, furnizare, ofertă
c0718	energie, energia, energii
c0719	electricitate, electricitatea, curent
c0720	tehnologie, tehnologia, tehnologii
c0721	mașină, mașina, aparat
c0722	unealtă, unelte, instrument
c0723	inginer, inginerul, ingineri
c0724	medic, medicul, medici, doctor
c0725	asistentă, asistent, infirmieră
c0726	profesor, profesorul, profesori, învățător
c0727	student, studentă, studenți
c0728	elev, elevă, elevi
c0729	lecție, lecția, lecții
c0730	clasă, clasa, clase
c0731	examen, examenul, examene
c0732	studia, studiază, studiat
c0733	învăța, învață, învățat
c0734	preda, predă, predat, învăța
c0735	educație, educația, învățământ
c0736	cunoaștere, cunoștințe, cunoștințele
c0737	ști, știe, știu, știut, știa, cunoaște, cunoscut
c0738	știință, știința, științe
c0739	științific, științifică, științifice
c0740	cercetare, cercetarea, cercetări
c0741	om de știință, cercetător, savant
c0742	citi, citește, citit, citesc
c0743	scrie, scris, scriu, scria
c0744	cuvânt, cuvântul, cuvinte
c0745	limbă, limba, limbi, limbaj
c0746	propoziție, propoziția, frază
c0747	întrebare, întrebarea, întrebări
c0748	răspuns, răspunsul, răspunsuri
c0749	pagină, pagina, pagini
c0750	poveste, povestea, povești, istorie
c0751	istorie, istoria, istorii
c0752	istoric, istorică, istorice
c0753	artă, arta, arte
c0754	artist, artistul, artiști
c0755	muzică, muzica
c0756	cântec, cântecul, cântece
c0757	cânta, cântă, cântat
c0758	dansa, dansează, dansat
c0759	film, filmul, filme
c0760	joc, jocul, jocuri
c0761	juca, joacă, jucat, joc
c0762	sport, sportul, sporturi
c0763	câștiga, câștigă, câștigat, învinge
c0764	pierde, pierdut, pierd, pierdea
c0765	fotbal, fotbalul
c0766	jucător, jucătorul, jucători
c0767	cultură, cultura, culturi
c0768	cultural, culturală, culturale
c0769	scriitor, scriitorul, scriitori
c0770	autor, autorul, autori
c0771	poezie, poezia, poezii, poem
c0772	poet, poetul, poeți
c0773	roman, romanul, romane
c0774	sănătate, sănătatea
c0775	sănătos, sănătoasă, sănătoși
c0776	bolnav, bolnavă, bolnavi
c0777	boală, boala, boli
c0778	boală, boala, boli, maladie
c0779	virus, virusul, virusuri
c0780	pandemie, pandemia
c0781	pacient, pacientul, pacienți
c0782	medicament, medicamente, medicină, medicina
c0783	drog, drogul, droguri
c0784	tratament, tratamentul, tratamente
c0785	îngrijire, îngrijirea, grijă
c0786	durea, doare, durut, răni
c0787	obosit, obosită, obosiți
c0788	dormi, doarme, dorm, dormit, dormea
c0789	trezi, trezește, trezit
c0790	odihnă, odihna, repaus
c0791	cancer, cancerul
c0792	vaccin, vaccinul, vaccinuri
c0793	mental, mentală, psihic
c0794	simți, simte, simt, simțit, simțea
c0795	sentiment, sentimentul, sentimente
c0796	iubire, iubirea, dragoste, dragostea
c0797	iubi, iubește, iubit, iubesc
c0798	urî, urăște, urât, urăsc
c0799	frică, frica, teamă, teama
c0800	speriat, speriată, înfricoșat
c0801	fericit, fericită, fericiți
c0802	fericire, fericirea
c0803	trist, tristă, triști
c0804	tristețe, tristețea
c0805	furios, furioasă, supărat
c0806	furie, furia, mânie
c0807	bucurie, bucuria
c0808	speranță, speranța, speranțe
c0809	spera, speră, sperat, sper
c0810	îngrijora, îngrijorat, îngrijorează
c0811	surpriză, surpriza, surprize
c0812	rușine, rușinea
c0813	mândrie, mândria
c0814	mândru, mândră, mândri
c0815	singur, singuratic, singură
c0816	calm, calmă, liniștit
c0817	zâmbi, zâmbește, zâmbit
c0818	râde, râs, râd
c0819	plânge, plâns, plâng
c0820	sărut, sărutul, sărutare
c0821	vis, visul, vise
c0822	dorință, dorința, dorințe
c0823	vrea, vrut, vreau, voia, dori, dorește
c0824	plăcea, place, plăcut, plac
c0825	bucura, bucură, savura
c0826	prefera, preferă, preferat
c0827	lipsi, lipsește, dor
c0828	suferi, suferă, suferit
c0829	plăcere, plăcerea, plăceri
c0830	curaj, curajul
c0831	curajos, curajoasă, viteaz
c0832	încredere, încrederea
c0833	îndoială, îndoiala, îndoieli
c0834	crede, crezut, cred
c0835	credință, credința
c0836	dumnezeu, zeu, zei
c0837	religie, religia, religii
c0838	religios, religioasă, religioși
c0839	suflet, sufletul, suflete
c0840	spirit, spiritul, duh
c0841	minte, mintea
c0842	gând, gândul, gânduri
c0843	gândi, gândește, gândit, gândesc
c0844	idee, ideea, idei
c0845	aminti, amintește, amintit
c0846	uita, uită, uitat
c0847	înțelege, înțeles, înțeleg
c0848	însemna, înseamnă, însemnat
c0849	sens, sensul, înțeles, semnificație
c0850	motiv, motivul, motive, rațiune
c0851	memorie, memoria, amintire, amintiri
c0852	imagina, imaginează, imaginat
c0853	decide, decis, decid, hotărî, hotărăște
c0854	decizie, decizia, decizii, hotărâre
c0855	alege, ales, aleg
c0856	alegere, alegerea, opțiune
c0857	plan, planul, planuri
c0858	încerca, încearcă, încercat
c0859	avea nevoie, nevoie, necesita
c0860	nevoie, nevoia, nevoi
c0861	spune, spus, spun, zice, zis
c0862	spune, povesti, povestește
c0863	vorbi, vorbește, vorbit, vorbesc
c0864	vorbi, vorbește, discuta
c0865	întreba, întreabă, întrebat
c0866	chema, cheamă, chemat, suna, sună
c0867	striga, strigă, strigat
c0868	auzi, aude, aud, auzit
c0869	asculta, ascultă, ascultat
c0870	vedea, vede, văd, văzut, vedem
c0871	privi, privește, privit, uita
c0872	urmări, urmărește, urmărit, privi
c0873	arăta, arată, arătat
c0874	găsi, găsește, găsit, găsesc
c0875	dă, dau, dat, dădu, dădea
c0876	lua, ia, iau, luat
c0877	aduce, adus, aduc
c0878	duce, dus, purta, poartă, purtat
c0879	ține, ținut, țin, ținea
c0880	păstra, păstrează, păstrat
c0881	pune, pus, pun, așeza
c0882	trimite, trimis, trimit
c0883	primi, primește, primit, primesc
c0884	obține, obținut, obțin, căpăta
c0885	face, făcut, fac, făcea, facă
c0886	folosi, folosește, folosit, utiliza, utilizează
c0887	deschide, deschis, deschid
c0888	închide, închis, închid
c0889	începe, început, încep
c0890	începe, început, porni, pornit
c0891	opri, oprește, oprit, înceta
c0892	continua, continuă, continuat
c0893	termina, termină, terminat, încheia
c0894	schimba, schimbă, schimbat, modifica
c0895	schimbare, schimbarea, schimbări
c0896	crește, crescut, cresc
c0897	cădea, cade, căzut, cad
c0898	urca, urcă, ridica, crește
c0899	ridica, ridică, ridicat
c0900	crește, crescut, mări, mărește
c0901	creștere, creșterea, sporire
c0902	reduce, redus, reduc, micșora
c0903	veni, vine, vin, venit, venea
c0904	merge, merg, mers, mergea, duce, dus
c0905	intra, intră, intrat
c0906	alerga, aleargă, alergat, fugi
c0907	sta, stă, în picioare
c0908	ședea, stă, șezut, așezat
c0909	zăcea, zace, culcat, întins
c0910	minți, minte, mințit, mint
c0911	mișca, mișcă, mișcat, muta, mută
c0912	întoarce, întors, roti, coti
c0913	urma, urmează, urmat
c0914	conduce, condus, ghida
c0915	întâlni, întâlnește, întâlnit
c0916	ajuta, ajută, ajutat
c0917	ajutor, ajutorul
c0918	permite, permis, permit
c0919	preveni, previne, prevenit, împiedica, împiedică
c0920	proteja, protejează, protejat
c0921	salva, salvează, salvat
c0922	ucide, ucis, omorî, omoară
c0923	lupta, luptă, luptat, bate
c0924	rupe, rupt, sparge, spart
c0925	tăia, taie, tăiat
c0926	lovi, lovește, lovit
c0927	arunca, aruncă, aruncat
c0928	prinde, prins, prind
c0929	trage, tras, trag
c0930	împinge, împins, împing
c0931	umple, umplut, umplu
c0932	spăla, spală, spălat
c0933	curat, curată, curați, curate
c0934	desena, desenează, desenat
c0935	picta, pictează, pictat, vopsi
c0936	repara, repară, reparat
c0937	crea, creează, creat
c0938	distruge, distrus, distrug
c0939	arde, ars, ard
c0940	zbura, zboară, zburat
c0941	ascunde, ascuns, ascund
c0942	căuta, caută, căutat
c0943	întâmpla, întâmplă, întâmplat, petrece
c0944	părea, pare, părut
c0945	apărea, apare, apărut
c0946	deveni, devine, devin, devenit
c0947	rămâne, rămas, rămân
c0948	aparține, aparținut, aparțin
c0949	conține, conținut, conțin
c0950	include, inclus, includ, cuprinde
c0951	exista, există, existat
c0952	depinde, depins, depind
c0953	cauza, cauzează, cauzat, provoca
c0954	cauză, cauza, cauze
c0955	rezultat, rezultatul, rezultate
c0956	afecta, afectează, afectat
c0957	dezvolta, dezvoltă, dezvoltat
c0958	îmbunătăți, îmbunătățește, îmbunătățit
c0959	sprijini, sprijină, sprijinit, susține, susținut
c0960	sprijin, sprijinul, susținere
c0961	opune, opus, opun
c0962	fi de acord, acord, conveni
c0963	accepta, acceptă, acceptat
c0964	refuza, refuză, refuzat
c0965	respinge, respins, resping
c0966	nega, neagă, negat
c0967	admite, admis, recunoaște
c0968	explica, explică, explicat
c0969	descrie, descris, descriu
c0970	raporta, raportează, raportat, relata
c0971	anunța, anunță, anunțat
c0972	informa, informează, informat
c0973	discuta, discută, discutat
c0974	argumenta, argumentează, certa
c0975	afirma, afirmă, afirmat, pretinde
c0976	sugera, sugerează, sugerat, propune
c0977	oferi, oferă, oferit
c0978	promite, promis, promit
c0979	avertiza, avertizează, avertizat
c0980	amenința, amenință, amenințat
c0981	cere, cerut, cer, pretinde
c0982	necesita, necesită, impune, cere
c0983	aștepta, așteaptă, așteptat
c0984	interzice, interzis, interzic
c0985	forța, forțează, forțat, obliga
c0986	cheltui, cheltuiește, cheltuit, petrece
c0987	câștiga, câștigă, câștigat
c0988	bate, bătut, bat, învinge
c0989	pregăti, pregătește, pregătit
c0990	organiza, organizează, organizat
c0991	gestiona, gestionează, conduce, reuși
c0992	controla, controlează, controlat
c0993	verifica, verifică, verificat
c0994	test, testul, teste, probă
c0995	măsura, măsoară, măsurat
c0996	număra, numără, numărat
c0997	adăuga, adaugă, adăugat
c0998	compara, compară, comparat
c0999	conecta, conectează, lega, leagă
c1000	alătura, alătură, adera, aderă
c1001	împărți, împarte, împărțit, partaja
c1002	împărți, împarte, diviza, divizat
c1003	livra, livrează, livrat, furniza
c1004	publica, publică, publicat
c1005	semna, semnează, semnat
c1006	purta, poartă, purtat
c1007	atinge, atins, ating
c1008	miros, mirosul, mirosuri
c1009	sunet, sunetul, sunete
c1010	zgomot, zgomotul, zgomote
c1011	liniște, liniștea, tăcere, tăcerea
c1012	mare, mari
c1013	mare, mari, larg
c1014	mic, mică, mici
c1015	mic, mică, mici
c1016	lung, lungă, lungi
c1017	scurt, scurtă, scurți, scurte
c1018	înalt, înaltă, înalți, ridicat
c1019	jos, scăzut, scăzută, mic
c1020	larg, largă, lat, lată
c1021	îngust, îngustă, îngusți
c1022	adânc, adâncă, adânci, profund
c1023	greu, grea, grei, grele
c1024	ușor, ușoară, ușori, ușoare
c1025	rapid, rapidă, repede, iute
c1026	lent, lentă, încet
c1027	nou, nouă, noul, noua
c1028	bun, bună, buni, bune, mai bun, cel mai bun
c1029	rău, rea, răi, rele, prost, proastă
c1030	frumos, frumoasă, frumoși, frumoase
c1031	urât, urâtă, urâți
c1032	murdar, murdară, murdari
c1033	plin, plină, plini
c1034	gol, goală, goi, goale
c1035	ușor, ușoară, simplu
c1036	dificil, dificilă, greu, grea
c1037	tare, dur, dură, greu
c1038	moale, moi
c1039	puternic, puternică, puternici, tare
c1040	slab, slabă, slabi
c1041	sigur, sigură, siguri
c1042	periculos, periculoasă, periculoși
c1043	liber, liberă, liberi
c1044	important, importantă, importanți, importante
c1045	principal, principală, principali, principale
c1046	necesar, necesară, necesari, necesare
c1047	posibil, posibilă, posibile
c1048	imposibil, imposibilă
c1049	adevărat, adevărată, adevărați
c1050	fals, falsă, falși, mincinos
c1051	real, reală, reali, reale
c1052	corect, corectă, corecți, exact
c1053	greșit, greșită, incorect
c1054	același, aceeași, aceiași, aceleași
c1055	diferit, diferită, diferiți, diferite
c1056	similar, similară, asemănător, asemănătoare
c1057	întreg, întreagă, întregi
c1058	public, publică, publici, publice
c1059	privat, privată, privați
c1060	național, națională, naționali, naționale
c1061	internațional, internațională, internaționali
c1062	local, locală, locali, locale
c1063	global, globală, mondial, mondială
c1064	social, socială, sociali, sociale
c1065	general, generală, generali
c1066	special, specială, speciali, deosebit
c1067	simplu, simplă, simpli, simple
c1068	complex, complexă, complecși, complicat
c1069	clar, clară, clari, limpede
c1070	liniștit, liniștită, tăcut
c1071	zgomotos, zgomotoasă, tare
c1072	celebru, celebră, faimos, renumit
c1073	popular, populară, populari
c1074	comun, comună, comuni, obișnuit
c1075	rar, rară, rari, rare
c1076	ciudat, ciudată, ciudați, straniu
c1077	normal, normală, normali
c1078	gata, pregătit, pregătită
c1079	ocupat, ocupată, ocupați
c1080	singur, singură, singuri
c1081	împreună
c1082	sigur, sigură, cert
c1083	grav, gravă, gravi, serios, serioasă
c1084	imens, imensă, uriaș, uriașă
c1085	antic, antică, străvechi, vechi
c1086	modern, modernă, moderni
c1087	tradițional, tradițională, tradiționali
c1088	uman, umană, umani, omenesc
c1089	frumusețe, frumusețea
c1090	drăguț, drăguță, plăcut, plăcută
c1091	mare, mari, grozav, măreț
c1092	bine, bun, în regulă
c1093	amabil, amabilă, bun, bună
c1094	prietenos, prietenoasă, amical
c1095	înalt, înaltă, înalți
c1096	rotund, rotundă, rotunzi
c1097	plat, plată, plan, neted
c1098	ascuțit, ascuțită, tăios
c1099	subțire, subțiri
c1100	gros, groasă, groși
c1101	gras, grasă, grași
c1102	rapid, rapidă, iute
c1103	încet, lent
c1104	repede, rapid
c1105	bine
c1106	aproape, aproximativ
c1107	doar, numai
c1108	mai ales, în special, îndeosebi
c1109	în sfârșit, în cele din urmă, final
c1110	brusc, deodată, dintr-odată
c1111	probabil
c1112	poate, eventual
c1113	sigur, cu siguranță, desigur
c1114	cu adevărat, într-adevăr, chiar
c1115	aici
c1116	acolo
c1117	pretutindeni, peste tot
c1118	departe
c1119	aproape, lângă
c1120	departe, plecat
c1121	afară
c1122	înăuntru, interior
c1123	între
c1124	fără
c1125	împotriva, contra
c1126	în timpul, timpul
c1127	după
c1128	înainte, înaintea
c1129	sub
c1130	deasupra, peste
c1131	peste, de-a lungul
c1132	prin
c1133	în jurul, jur, împrejur
c1134	printre, între
c1135	în ciuda, ciuda, deși
c1136	spre, către
c1137	în spatele, după, spatele
c1138	de-a lungul, lungul
c1139	toată lumea, toți, fiecare
c1140	nimic
c1141	tot, totul, toate
c1142	lucru, lucrul, lucruri, chestie
c1143	loc, locul, locuri
c1144	mod, modul, fel, felul, cale
c1145	parte, partea, părți
c1146	număr, numărul, numere
c1147	grup, grupul, grupuri
c1148	fel, felul, tip, tipul, soi
c1149	exemplu, exemplul, exemple
c1150	problemă, problema, probleme
c1151	situație, situația, situații
c1152	fapt, faptul, fapte
c1153	caz, cazul, cazuri
c1154	punct, punctul, puncte
c1155	formă, forma, forme
c1156	nivel, nivelul, niveluri
c1157	mărime, mărimea, dimensiune
c1158	formă, forma, contur
c1159	linie, linia, linii
c1160	semn, semnul, semne
c1161	diferență, diferența, diferențe
c1162	șansă, șansa, șanse, noroc
c1163	oportunitate, oportunitatea, oportunități, ocazie
c1164	pericol, pericolul, pericole
c1165	risc, riscul, riscuri
c1166	importanță, importanța
c1167	succes, succesul, reușită
c1168	eșec, eșecul, eșecuri
c1169	efort, efortul, eforturi
c1170	rol, rolul, roluri
c1171	scop, scopul, scopuri
c1172	calitate, calitatea, calități
c1173	cantitate, cantitatea, sumă, suma
c1174	majoritate, majoritatea
c1175	procent, procentul, procente
c1176	mediu, medie, mijlociu
c1177	mesaj, mesajul, mesaje
c1178	știri, știrile, vești, noutăți
c1179	informație, informația, informații
c1180	nume, numele
c1181	parlament, parlamentul, parlamente
c1182	parlamentar, parlamentară, parlamentare
c1183	membru, membrul, membri, membrii
c1184	rezoluție, rezoluția, rezoluții
c1185	guvern, guvernul, guverne
c1186	ministru, ministrul, miniștri
c1187	prim-ministru, premier, premierul
c1188	președinte, președintele, președinți
c1189	alegere, alegeri, alegerile, scrutin
c1190	electoral, electorală, electorale
c1191	vota, votează, votat
c1192	vot, votul, voturi
c1193	alegător, alegători, votant
c1194	candidat, candidatul, candidați
c1195	campanie, campania, campanii
c1196	referendum, referendumul
c1197	partid, partidul, partide
c1198	drepturile omului
c1199	drept, dreptul, drepturi
c1200	lege, legea, legi
c1201	legal, legală, juridic, juridică
c1202	ilegal, ilegală, ilegale
c1203	instanță, instanța, tribunal, curte, curtea
c1204	judecător, judecătorul, judecători
c1205	avocat, avocatul, avocați
c1206	procuror, procurorul, procurori
c1207	proces, procesul, procese
c1208	pedeapsă, pedeapsa, sentință, condamnare
c1209	prizonier, deținut, deținuți, prizonieri
c1210	deținut politic, prizonier politic
c1211	aresta, arestează, arestat
c1212	arestare, arestarea, arestări
c1213	detenție, detenția
c1214	reține, reținut, deține, deținut
c1215	elibera, eliberează, eliberat
c1216	eliberare, eliberarea
c1217	tortură, tortura, torturi
c1218	condamna, condamnă, condamnat
c1219	îndemna, îndeamnă, îndemnat
c1220	solicita, solicită, invita, invită, cere
c1221	cere, cerut, solicita, pledează
c1222	saluta, salută, salutat
c1223	regreta, regretă, regretat
c1224	reaminti, reamintește, aminti, amintește
c1225	jurnalist, jurnalistul, jurnaliști, ziarist
c1226	media, mass-media
c1227	presă, presa
c1228	protest, protestul, proteste
c1229	protestatar, protestatari, manifestant
c1230	manifestație, manifestația, manifestații, demonstrație
c1231	libertate, libertatea, libertăți
c1232	libertatea de exprimare
c1233	libertatea de întrunire
c1234	democrație, democrația, democrații
c1235	democratic, democratică, democratice
c1236	stat membru, statele membre
c1237	comisie, comisia, comisii
c1238	comisar, comisarul, comisari
c1239	consiliu, consiliul, consilii
c1240	uniune, uniunea, sindicat
c1241	uniunea europeană
c1242	cetățean, cetățeni, cetățenii
c1243	cetățenie, cetățenia
c1244	violență, violența, violențe
c1245	violent, violentă, violenți
c1246	poliție, poliția
c1247	polițist, polițiști, ofițer de poliție
c1248	armată, armata, armate
c1249	militar, militară, militari, militare
c1250	soldat, soldatul, soldați
c1251	război, războiul, războaie
c1252	pace, pacea
c1253	conflict, conflictul, conflicte
c1254	armă, arma, arme
c1255	sancțiune, sancțiunea, sancțiuni
c1256	opoziție, opoziția
c1257	regim, regimul, regimuri
c1258	autoritate, autoritatea, autorități
c1259	stat, statul, state
c1260	țară, țara, țări
c1261	națiune, națiunea, națiuni
c1262	republică, republica, republici
c1263	regat, regatul, regate
c1264	rege, regele, regi
c1265	regină, regina, regine
c1266	împărat, împăratul, împărați
c1267	imperiu, imperiul, imperii
c1268	constituție, constituția, constituții
c1269	constituțional, constituțională, constituționale
c1270	tratat, tratatul, tratate
c1271	acord, acordul, acorduri, înțelegere
c1272	negociere, negocierea, negocieri
c1273	negocia, negociază, negociat
c1274	crimă, crima, crime, infracțiune
c1275	penal, penală, criminal, criminală
c1276	victimă, victima, victime
c1277	crimă, omor, asasinat
c1278	terorism, terorismul
c1279	terorist, teroristul, teroriști
c1280	atac, atacul, atacuri, atentat
c1281	securitate, securitatea
c1282	siguranță, siguranța
c1283	apărare, apărarea
c1284	refugiat, refugiatul, refugiați
c1285	migrant, migrantul, migranți
c1286	migrație, migrația, migrare
c1287	azil, azilul
c1288	minoritate, minoritatea, minorități
c1289	discriminare, discriminarea
c1290	egalitate, egalitatea
c1291	gen, genul
c1292	statul de drept
c1293	justiție, justiția, dreptate
c1294	judiciar, judiciară, judiciare
c1295	independență, independența
c1296	independent, independentă, independenți
c1297	suveranitate, suveranitatea
c1298	teritoriu, teritoriul, teritorii
c1299	ocupație, ocupația, ocupare
c1300	invazie, invazia, invazii
c1301	încetare a focului, armistițiu
c1302	umanitar, umanitară, umanitare
c1303	ajutor, ajutorul, asistență
c1304	cooperare, cooperarea, colaborare
c1305	dialog, dialogul
c1306	relație, relația, relații
c1307	diplomatic, diplomatică, diplomatice
c1308	ambasador, ambasadorul, ambasadori
c1309	ambasadă, ambasada, ambasade
c1310	delegație, delegația, delegații
c1311	reprezentant, reprezentantul, reprezentanți
c1312	oficial, oficiali, funcționar
c1313	administrație, administrația
c1314	instituție, instituția, instituții
c1315	agenție, agenția, agenții
c1316	putere, puterea, puteri
c1317	politică, politica, politici
c1318	politică, politica
c1319	politic, politică, politici, politice
c1320	politician, politicianul, politicieni
c1321	reformă, reforma, reforme
c1322	legislație, legislația
c1323	directivă, directiva, directive
c1324	regulament, regulamentul, regulamente
c1325	propunere, propunerea, propuneri
c1326	amendament, amendamentul, amendamente
c1327	raport, raportul, rapoarte
c1328	dezbatere, dezbaterea, dezbateri
c1329	sesiune, sesiunea, sesiuni, ședință
c1330	comisie, comisia, comitet, comitetul
c1331	președinte, președintele
c1332	președinție, președinția
c1333	mandat, mandatul, mandate
c1334	adopta, adoptă, adoptat
c1335	aproba, aprobă, aprobat
c1336	abține, abținut, abținere
c1337	coaliție, coaliția
c1338	lider, liderul, lideri, conducător
c1339	corupție, corupția
c1340	fraudă, frauda, fraude
c1341	transparență, transparența
c1342	anchetă, ancheta, investigație, investigația
c1343	investiga, investighează, ancheta, anchetează
c1344	probă, probe, dovadă, dovezi, dovada
c1345	martor, martorul, martori
c1346	acuzație, acuzația, acuzații, acuzare
c1347	acuza, acuză, acuzat
c1348	vinovat, vinovată, vinovați
c1349	nevinovat, nevinovată, inocent
c1350	condamna, condamnă, condamnat
c1351	apel, apelul, recurs
c1352	pedeapsă, pedeapsa, pedepse
c1353	pedeapsa cu moartea, pedeapsa capitală
c1354	execuție, execuția, execuții
c1355	amendă, amenda, amenzi
c1356	pedeapsă, pedeapsa, pedepsire
c1357	pedepsi, pedepsește, pedepsit
c1358	activist, activistul, activiști
c1359	apărător al drepturilor omului
c1360	disident, disidentul, disidenți
c1361	ostatic, ostaticul, ostatici
c1362	răpi, răpește, răpit
c1363	dispariție, dispariția, dispariții
c1364	hărțuire, hărțuirea
c1365	intimidare, intimidarea
c1366	persecuție, persecuția, persecuții, persecutare
c1367	represiune, represiunea
c1368	represiune, reprimare
c1369	cenzură, cenzura
c1370	abuz, abuzul, abuzuri
c1371	viol, violul, violuri
c1372	genocid, genocidul
c1373	crimă de război, crime de război
c1374	trafic, traficul
c1375	sclavie, sclavia
c1376	națiunile unite, onu
c1377	nato
c1378	parlamentul european
c1379	comisia europeană
c1380	summit, summitul, reuniune la nivel înalt
c1381	fond, fondul, fonduri
c1382	finanțare, finanțarea
c1383	program, programul, programe
c1384	strategie, strategia, strategii
c1385	obiectiv, obiectivul, obiective
c1386	măsură, măsura, măsuri
c1387	acțiune, acțiunea, acțiuni
c1388	cadru, cadrul
c1389	punere în aplicare, implementare, implementarea
c1390	pune în aplicare, implementa, implementează, aplica
c1391	asigura, asigură, asigurat, garanta
c1392	sublinia, subliniază, subliniat
c1393	lua act, constata, constată, observa
c1394	reitera, reiterează, reiterat
c1395	exprima, exprimă, exprimat
c1396	îngrijorare, îngrijorarea, preocupare
c1397	deplânge, deplânse, regreta
c1398	denunța, denunță, denunțat
c1399	insista, insistă, insistat
c1400	încuraja, încurajează, încurajat
c1401	invita, invită, invitat
c1402	evidenția, evidențiază, sublinia
c1403	recunoaște, recunoscut, recunosc
c1404	recunoaște, recunoscut
c1405	considera, consideră, considerat
c1406	imediat
c1407	ferm, puternic, energic
c1408	profund, adânc
c1409	necondiționat, necondiționată
c1410	buletin de vot, vot, scrutin
c1411	echitabil, echitabilă, corect
c1412	observator, observatori
c1413	piața internă
c1414	concurență, concurența, competiție, concurs
c1415	agricultură, agricultura
c1416	pescuit, pescuitul
c1417	schimbări climatice, schimbările climatice
c1418	emisie, emisia, emisii
c1419	durabil, durabilă, sustenabil
c1420	dezvoltare, dezvoltarea
c1421	inovare, inovarea, inovație
c1422	digital, digitală, digitale
c1423	date, datele
c1424	viață privată, confidențialitate
c1425	protecție, protecția, protejare
c1426	transport, transportul, transporturi
c1427	infrastructură, infrastructura, infrastructuri
c1428	regional, regională, regionale
c1429	solidaritate, solidaritatea
c1430	extindere, extinderea
c1431	aderare, aderarea
c1432	vamă, vama, vămi
c1433	monedă, moneda, monede, valută
c1434	inflație, inflația
c1435	dobândă, dobânda, dobânzi
c1436	interes, interesul, interese
c1437	deficit, deficitul
c1438	societate, societatea, societăți
c1439	comunitate, comunitatea, comunități
c1440	organizație, organizația, organizații
c1441	asociație, asociația, asociații
c1442	populație, populația
c1443	opinia publică
c1444	responsabilitate, responsabilitatea, responsabilități
c1445	responsabil, responsabilă, responsabili
c1446	obligație, obligația, obligații
c1447	principiu, principiul, principii
c1448	valoare, valoarea, valori
c1449	demnitate, demnitatea
c1450	respect, respectul
c1451	respecta, respectă, respectat
c1452	aplicarea legii, forțele de ordine
c1453	procedură, procedura, proceduri
c1454	proces, procesul, procese
c1455	chestiune, chestiunea, problemă
c1456	chestiune, problemă, subiect
c1457	sistem, sistemul, sisteme
c1458	ordin, ordinul, ordine, comandă
c1459	regulă, regula, reguli
c1460	efect, efectul, efecte
c1461	impact, impactul
c1462	condiție, condiția, condiții, stare
c1463	acces, accesul
c1464	resursă, resursa, resurse
c1465	dușman, dușmanul, dușmani, inamic
c1466	erou, eroul, eroi, eroină
c1467	paznic, gardian, pază, gardă
c1468	preot, preotul, preoți
c1469	tradiție, tradiția, tradiții
c1470	festival, festivalul, sărbătoare
c1471	ceremonie, ceremonia, ceremonii
c1472	discurs, discursul, discursuri
c1473	opinie, opinia, opinii, părere
c1474	declarație, declarația, afirmație
c1475	declarație, declarația, declarații
c1476	atenție, atenția
c1477	adevăr, adevărul
c1478	secret, secretul, secrete, taină
c1479	amenințare, amenințarea, amenințări
c1480	victorie, victoria, victorii
c1481	înfrângere, înfrângerea, înfrângeri
c1482	bătălie, bătălia, bătălii, luptă
c1483	revoluție, revoluția, revoluții
c1484	steag, steagul, steaguri, drapel
c1485	colibă, cabană, cabana, refugiu
c1486	avalanșă, avalanșa, avalanșe
c1487	aliat, aliatul, aliați
c1488	trupe, trupele
c1489	grevă, greva, greve
c1490	pensie, pensia, pensii
c1491	locuințe, locuință, locuire
c1492	noroc, norocul
c1493	vânător, vânătorul, vânători
c1494	înălțime, înălțimea, altitudine
c1495	lungime, lungimea
c1496	greutate, greutatea
c1497	viteză, viteza
c1498	patrimoniu, patrimoniul, moștenire
c1499	armă, pușcă, pistol
c1500	bombă, bomba, bombe
`;
