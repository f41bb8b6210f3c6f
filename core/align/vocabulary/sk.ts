// Concordia's core vocabulary in Slovak: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	jeden, jedna, jedno, jedného, jednej, jednou
c0002	dva, dve, dvoch, dvom, dvoma
c0003	tri, troch, trom, tromi
c0004	štyri, štyroch, štyrom
c0005	päť, piatich
c0006	šesť, šiestich
c0007	sedem, siedmich
c0008	osem, ôsmich
c0009	deväť, deviatich
c0010	desať, desiatich
c0011	jedenásť, jedenástich
c0012	dvanásť, dvanástich
c0013	trinásť, trinástich
c0014	štrnásť, štrnástich
c0015	pätnásť, pätnástich
c0016	šestnásť, šestnástich
c0017	sedemnásť, sedemnástich
c0018	osemnásť, osemnástich
c0019	devätnásť, devätnástich
c0020	dvadsať, dvadsiatich
c0021	tridsať, tridsiatich
c0022	štyridsať, štyridsiatich
c0023	päťdesiat, päťdesiatich
c0024	šesťdesiat, šesťdesiatich
c0025	sedemdesiat, sedemdesiatich
c0026	osemdesiat, osemdesiatich
c0027	deväťdesiat, deväťdesiatich
c0028	sto, stá, stovky
c0029	tisíc, tisíce, tisícov
c0030	milión, milióny, miliónov
c0031	miliarda, miliardy, miliárd
c0032	prvý, prvá, prvé, prví
c0033	druhý, druhá, druhé
c0034	tretí, tretia, tretie
c0035	štvrtý, štvrtá, štvrté
c0036	piaty, piata, piate
c0037	šiesty, šiesta, šieste
c0038	siedmy, siedma, siedme
c0039	ôsmy, ôsma, ôsme
c0040	deviaty, deviata, deviate
c0041	desiaty, desiata, desiate
c0042	polovica, pol, polovice, polovicu
c0043	štvrtina, štvrť, štvrťrok
c0044	tucet, tuctu
c0045	dvojitý, dvojnásobný, dvojaký
c0046	posledný, posledná, posledné
c0047	ďalší, nasledujúci, budúci
c0048	január, januára, januári
c0049	február, februára, februári
c0050	marec, marca, marci
c0051	apríl, apríla, apríli
c0052	máj, mája, máji
c0053	jún, júna, júni
c0054	júl, júla, júli
c0055	august, augusta, auguste
c0056	september, septembra, septembri
c0057	október, októbra, októbri
c0058	november, novembra, novembri
c0059	december, decembra, decembri
c0060	pondelok, pondelka, pondelku
c0061	utorok, utorka, utorku
c0062	streda, stredu, stredy
c0063	štvrtok, štvrtka, štvrtku
c0064	piatok, piatka, piatku
c0065	sobota, sobotu, soboty
c0066	nedeľa, nedeľu, nedele
c0067	jar, jari
c0068	leto, leta, lete
c0069	jeseň, jesene, jeseni
c0070	zima, zimy, zime
c0071	ročné obdobie, obdobie, sezóna
c0072	deň, dňa, dni, dní, dňoch, dňom
c0073	týždeň, týždňa, týždne, týždňov
c0074	mesiac, mesiaca, mesiace, mesiacov
c0075	rok, roka, roku, roky, rokov, rokoch
c0076	hodina, hodiny, hodín, hodinu
c0077	minúta, minúty, minút
c0078	sekunda, sekundy, sekúnd
c0079	ráno, dopoludnie, ranný
c0080	popoludnie, popoludní
c0081	večer, večera, večeri
c0082	noc, noci
c0083	poludnie, poludní, obed
c0084	polnoc, polnoci
c0085	dnes
c0086	včera
c0087	zajtra
c0088	dnes večer, večer
c0089	storočie, storočia, storočí
c0090	desaťročie, dekáda
c0091	čas, času, čase
c0092	okamih, chvíľa, moment, chvíľu
c0093	obdobie, doba, lehota
c0094	dátum, dátumu
c0095	víkend, víkendu
c0096	kalendár, kalendára
c0097	hodiny, hodinky
c0098	vek, veku
c0099	minulosť, minulosti
c0100	budúcnosť, budúcnosti
c0101	prítomnosť, súčasnosť
c0102	teraz, momentálne
c0103	čoskoro, skoro, onedlho
c0104	neskôr, potom
c0105	skorý, raný, včasný, skoro
c0106	neskorý, neskoro
c0107	už
c0108	znova, opäť, znovu
c0109	vždy
c0110	nikdy
c0111	často
c0112	niekedy, občas
c0113	pred
c0114	nedávno, nedávnom
c0115	denný, každodenný, denne
c0116	ročný, výročný, každoročný, ročne
c0117	úsvit, svitanie
c0118	západ slnka, západ
c0119	východ slnka, východ
c0120	éra, epocha, obdobie
c0121	začiatok, počiatok, začiatku
c0122	koniec, konca, konci
c0123	narodeniny, narodenín
c0124	sviatok, dovolenka, prázdniny
c0125	vianoce, vianoc, vianociach
c0126	veľká noc, veľkej noci
c0127	výročie, výročia
c0128	farba, farby, farieb
c0129	červený, červená, červené
c0130	modrý, modrá, modré
c0131	zelený, zelená, zelené
c0132	žltý, žltá, žlté
c0133	čierny, čierna, čierne
c0134	biely, biela, biele
c0135	sivý, šedý, sivá
c0136	hnedý, hnedá, hnedé
c0137	oranžový, oranžová
c0138	ružový, ružová
c0139	fialový, purpurový, fialová
c0140	zlatý, zlatá, zlaté
c0141	tmavý, temný, tmavá
c0142	jasný, svetlý, žiarivý
c0143	bledý, bledá
c0144	sever, severu
c0145	juh, juhu
c0146	východ, východu
c0147	západ, západu
c0148	severný, severná, severné
c0149	južný, južná, južné
c0150	východný, východná, východné
c0151	západný, západná, západné
c0152	ľavý, ľavá, ľavé
c0153	pravý, pravá, pravé
c0154	vrch, vrchol, vršok, horná časť
c0155	spodok, dno, dole
c0156	strana, bok, strane, stranu
c0157	stred, prostriedok, stredu
c0158	centrum, stred, stredisko
c0159	predok, predná časť, predný
c0160	zadná časť, zadný
c0161	okraj, hrana, okraja
c0162	rodina, rodiny, rodine
c0163	matka, matky, matke, mama
c0164	otec, otca, otcovi, otcovia
c0165	rodič, rodičia, rodičov
c0166	dieťa, deti, detí, deťom, dieťaťa
c0167	syn, syna, synovia
c0168	dcéra, dcéry, dcér
c0169	brat, brata, bratia
c0170	sestra, sestry, sestier
c0171	manžel, muž, manžela
c0172	manželka, žena, manželky
c0173	starý otec, dedko, dedo
c0174	stará matka, babka, babička
c0175	vnuk, vnučka, vnúčatá, vnúčat
c0176	strýko, ujo, strýka
c0177	teta, tety
c0178	bratranec, sesternica
c0179	bábätko, dieťa, dojča, bábätká
c0180	chlapec, chlapca, chlapci
c0181	dievča, dievčatá, dievčina, dievčat
c0182	muž, muži, mužov, mužom
c0183	žena, ženy, žien, žene
c0184	osoba, človek, osoby, osôb
c0185	ľudia, ľudí, ľuďom, ľuďmi
c0186	priateľ, priatelia, priateľov, kamarát, priateľka
c0187	sused, susedia, susedov, suseda
c0188	hosť, hostia, hostí
c0189	svadba, svadby
c0190	manželstvo, sobáš
c0191	oženiť, vydať, zosobášiť, oženil
c0192	rozvod, rozvodu
c0193	narodenie, zrodenie
c0194	narodený, narodil, narodila
c0195	zomrieť, umrieť, umierať, zomrel, zomrela
c0196	smrť, smrti
c0197	mŕtvy, mŕtva, mŕtvi
c0198	život, života, životy
c0199	žiť, bývať, žije, žil
c0200	živý, živá, nažive
c0201	mladý, mladá, mladí
c0202	starý, stará, starí, starší
c0203	mládež, mladosť
c0204	dospelý, dospelí, dospelých
c0205	generácia, pokolenie
c0206	príbuzný, príbuzní
c0207	pár, dvojica, páru
c0208	dvojča, dvojčatá
c0209	vdova, vdovy
c0210	sirota, siroty
c0211	predok, predkovia, predkov
c0212	telo, tela, tele
c0213	hlava, hlavy, hlave
c0214	tvár, tváre, tvári
c0215	oko, oči, očí
c0216	ucho, uši, uší
c0217	nos, nosa
c0218	ústa, úst
c0219	zub, zuby, zubov
c0220	jazyk, jazyka
c0221	pera, pery, pier
c0222	vlasy, vlas, vlasov
c0223	krk, krku, šija
c0224	rameno, plece, ramená, plecia
c0225	paža, ruka, ruky
c0226	ruka, ruky, rúk, ruke, rukou, dlaň
c0227	prst, prsty, prstov
c0228	noha, nohy, nôh, nohou
c0229	koleno, kolená, kolien
c0230	chodidlo, noha, nohy, nôh
c0231	chrbát, chrbta, chrbte
c0232	hruď, hrudník, prsia
c0233	srdce, srdca
c0234	krv, krvi
c0235	kosť, kosti
c0236	koža, kože, koži
c0237	žalúdok, brucho, žalúdka
c0238	mozog, mozgu
c0239	dych, dychu
c0240	dýchať, dýcha
c0241	hlas, hlasu
c0242	pľúca, pľúc
c0243	sval, svaly, svalov
c0244	rana, rany, zranenie
c0245	zranenie, úraz, poranenie
c0246	zraniť, poraniť, zranený
c0247	bolesť, bolesti
c0248	slepý, nevidiaci
c0249	hluchý, nepočujúci
c0250	brada, fúzy
c0251	slza, slzy, sĺz
c0252	krídlo, krídla, krídel
c0253	chvost, chvosta
c0254	počasie, počasia
c0255	dážď, dažďa, daždi
c0256	sneh, snehu
c0257	ľad, ľadu
c0258	vietor, vetra, vetre
c0259	búrka, búrky, búrke
c0260	mrak, oblak, mraky, oblaky
c0261	hmla, hmly, hmle
c0262	slnko, slnka
c0263	nebo, obloha, nebi
c0264	horúci, horúca, horúce
c0265	studený, chladný, studená
c0266	teplý, teplá, teplé
c0267	chladný, chladná, svieži
c0268	suchý, suchá, suché
c0269	mokrý, vlhký, mokrá
c0270	teplota, teploty
c0271	stupeň, stupňa, stupne, stupňov
c0272	klíma, podnebie
c0273	mráz, mrazu, inovať
c0274	hrom, hromu
c0275	blesk, blesky
c0276	povodeň, záplava, povodne
c0277	sucho, sucha
c0278	horúčava, teplo, horúco
c0279	vzduch, vzduchu
c0280	tieň, tieňa, tiene
c0281	zamrznúť, mrznúť, zamrznutý, zmrazený
c0282	topiť, roztopiť, roztápať, topí
c0283	fúkať, viať, fúka, veje
c0284	svietiť, žiariť, svieti
c0285	príroda, prírody, prírode
c0286	zem, zeme, zemeguľa
c0287	zem, pôda, zeme, zemi
c0288	pevnina, zem, súš
c0289	pôda, hlina, pôdy
c0290	piesok, piesku
c0291	kameň, kameňa, kamene
c0292	skala, skaly, skál
c0293	hora, hory, hôr, horách
c0294	kopec, vrch, pahorok, kopca
c0295	údolie, dolina, údolia
c0296	rieka, rieky, rieke, riek
c0297	potok, potoka, bystrina
c0298	jazero, jazera, jazier
c0299	more, mora, morí
c0300	oceán, oceánu
c0301	pobrežie, pobrežia
c0302	breh, brehu
c0303	pláž, pláže
c0304	ostrov, ostrova, ostrovy
c0305	záliv, zátoka, zálivu
c0306	útes, útesu, zráz
c0307	jaskyňa, jaskyne
c0308	ľadovec, ľadovca
c0309	vrchol, vrcholu, štít
c0310	vrchol, štít, špička
c0311	hrebeň, hrebeňa
c0312	svah, svahu, stráň
c0313	priesmyk, sedlo
c0314	rovina, planina, nížina
c0315	pole, polia, polí
c0316	lúka, lúky, lúk
c0317	les, lesa, lese, lesy
c0318	drevo, dreva
c0319	strom, stromu, stromy
c0320	konár, vetva, konáre
c0321	list, listy, lístie
c0322	koreň, korene, koreňa
c0323	kvet, kvety, kvetina
c0324	tráva, trávy
c0325	rastlina, rastliny, rastlín
c0326	semeno, semená, semienko
c0327	ovocie, plod, plody
c0328	ker, kry, krovie
c0329	púšť, púšte
c0330	močiar, bažina, mokraď
c0331	vodopád, vodopádu
c0332	prameň, zdroj, prameňa
c0333	vlna, vlny, vĺn
c0334	breh, brehu
c0335	krajina, krajinu
c0336	výhľad, pohľad, panoráma
c0337	obzor, horizont
c0338	hviezda, hviezdy, hviezd
c0339	mesiac, mesiaca
c0340	planéta, planéty
c0341	svet, sveta, svete
c0342	vesmír, kozmos, priestor
c0343	oheň, ohňa, požiar
c0344	plameň, plamene, plameňa
c0345	voda, vody, vode
c0346	dym, dymu
c0347	prach, prachu
c0348	blato, bahno
c0349	zlato, zlata
c0350	striebro, striebra
c0351	železo, železa
c0352	kov, kovu, kovy
c0353	uhlie, uhlia
c0354	ropa, olej, oleja
c0355	plyn, plynu
c0356	soľ, soli
c0357	sopka, vulkán, sopky
c0358	zemetrasenie
c0359	zviera, zvieratá, zvierat
c0360	vták, vtáky, vtákov
c0361	ryba, ryby, rýb
c0362	pes, psa, psy, psov
c0363	mačka, mačky, mačiek
c0364	kôň, koňa, kone, koní
c0365	krava, kravy, kráv
c0366	ovca, ovce, oviec
c0367	koza, kozy, kôz
c0368	prasa, ošípaná, prasatá
c0369	sliepka, kura, kurča, kurčatá
c0370	medveď, medveďa, medvede
c0371	vlk, vlci, vlkov
c0372	líška, líšky
c0373	jeleň, srnec, jelene
c0374	králik, zajac, králiky
c0375	myš, myši, myší
c0376	potkan, krysa
c0377	had, hady, hadov
c0378	hmyz, hmyzu
c0379	včela, včely, včiel
c0380	mucha, muchy, múch
c0381	motýľ, motýle, motýľov
c0382	orol, orla, orly
c0383	veľryba, veľryby
c0384	lev, leva, levy
c0385	slon, slona, slony
c0386	dobytok, hovädzí dobytok
c0387	hniezdo, hniezda
c0388	vajce, vajíčko, vajcia
c0389	pero, perie
c0390	loviť, poľovať, loví
c0391	farma, statok, hospodárstvo
c0392	poľnohospodár, farmár, roľník
c0393	žatva, úroda, zber
c0394	plodina, úroda, plodiny
c0395	pšenica, pšenice
c0396	životné prostredie, prostredie
c0397	znečistenie
c0398	druh, druhy, druhov
c0399	biodiverzita, rozmanitosť
c0400	národný park, národného parku
c0401	divoký, divá, divý, divoká
c0402	prírodný, prirodzený
c0403	európa, európe, európy
c0404	európsky, európska, európske
c0405	afrika, afrike, afriky
c0406	africký, africká
c0407	ázia, ázii
c0408	ázijský, ázijská
c0409	amerika, amerike, ameriky
c0410	americký, americká, americké
c0411	spojené štáty, usa
c0412	rusko, ruska, rusku
c0413	ruský, ruská, ruské
c0414	ukrajina, ukrajine, ukrajiny
c0415	ukrajinský, ukrajinská
c0416	bielorusko, bieloruska
c0417	čína, číne, číny
c0418	čínsky, čínska
c0419	spojené kráľovstvo, británia, veľká británia
c0420	britský, britská, britské
c0421	anglicko, anglicka
c0422	angličtina, anglický, anglicky
c0423	turecko, turecka, turecku
c0424	turecký, turecká
c0425	japonsko, japonska
c0426	india, indii, indie
c0427	izrael, izraela, izraeli
c0428	irán, iránu
c0429	sýria, sýrii
c0430	švajčiarsko, švajčiarska
c0431	nórsko, nórska
c0432	nemecko, nemecka, nemecku
c0433	nemecký, nemecká, nemecké
c0434	francúzsko, francúzska
c0435	francúzsky, francúzska
c0436	taliansko, talianska
c0437	taliansky, talianska
c0438	španielsko, španielska
c0439	španielsky, španielska
c0440	portugalsko, portugalska
c0441	portugalský, portugalská
c0442	holandsko, holandska, nizozemsko
c0443	holandský, nizozemský, holandská
c0444	belgicko, belgicka
c0445	belgický, belgická
c0446	luxembursko, luxemburska
c0447	rakúsko, rakúska, rakúsku
c0448	rakúsky, rakúska
c0449	poľsko, poľska, poľsku
c0450	poľský, poľská, poľské
c0451	česká republika, česko, česka
c0452	český, česká, české
c0453	slovensko, slovenska, slovensku
c0454	slovenský, slovenská, slovenské
c0455	maďarsko, maďarska
c0456	maďarský, maďarská
c0457	slovinsko, slovinska
c0458	chorvátsko, chorvátska
c0459	rumunsko, rumunska
c0460	rumunský, rumunská
c0461	bulharsko, bulharska
c0462	bulharský, bulharská
c0463	grécko, grécka, grécku
c0464	grécky, grécka
c0465	cyprus, cypru
c0466	malta, malte, malty
c0467	írsko, írska
c0468	írsky, írska
c0469	dánsko, dánska
c0470	dánsky, dánska
c0471	švédsko, švédska
c0472	švédsky, švédska
c0473	fínsko, fínska
c0474	fínsky, fínska
c0475	estónsko, estónska
c0476	lotyšsko, lotyšska
c0477	litva, litve, litvy
c0478	alpy, álp, alpách
c0479	stredomorský, stredomorie
c0480	atlantický, atlantik
c0481	baltský, pobaltský
c0482	brusel, bruseli
c0483	štrasburg, štrasburgu
c0484	cestovať, cestuje, cestoval
c0485	cesta, cesty, ceste
c0486	výlet, zájazd, výletu
c0487	turista, turisti, turistov
c0488	cestovný ruch, turistika, turizmus
c0489	hotel, hotela, hotely
c0490	izba, miestnosť, izby
c0491	pas, pasu, cestovný pas
c0492	lístok, cestovný lístok, vstupenka
c0493	vlak, vlaku, vlaky
c0494	železnica, železnice
c0495	stanica, železničná stanica, stanice
c0496	autobus, autobusu, autobusy
c0497	auto, automobil, áut
c0498	vozidlo, vozidlá, vozidiel
c0499	bicykel, bicykla, bicykle
c0500	loď, čln, lode, loďka
c0501	loď, lode, lodí, plavidlo
c0502	lietadlo, lietadlá, lietadiel
c0503	letisko, letiska
c0504	let, letu, lety
c0505	prístav, prístavu
c0506	prístav, prístavisko
c0507	cesta, cestu, cesty, ciest
c0508	ulica, ulice, ulici, ulíc
c0509	chodník, cestička, chodníka
c0510	most, mosta, mosty
c0511	tunel, tunela
c0512	mapa, mapy, mape
c0513	sprievodca, sprievodkyňa
c0514	prehliadka, okružná cesta, zájazd
c0515	navštíviť, navštevovať, navštívil, navštevuje
c0516	návštevník, návštevníci, návšteva
c0517	prísť, prichádzať, doraziť, prišiel, pricestovať
c0518	odísť, opustiť, odcestovať, odišiel, opustil
c0519	odísť, odchádzať, vyraziť, odchod
c0520	vrátiť, vracať, vrátil, návrat
c0521	šoférovať, riadiť, viesť, jazdiť
c0522	jazdiť, jazdí, jazdil
c0523	ísť, chodiť, ide, išiel, kráčať
c0524	liezť, stúpať, vyliezť, šplhať
c0525	plávať, pláva, plával
c0526	plaviť, plachtiť, pláva
c0527	prejsť, prekročiť, prešiel, prekročil
c0528	dosiahnuť, dostať, dosiahol
c0529	trasa, cesta, trasy
c0530	hranica, hranice, hranici
c0531	vzdialenosť, vzdialenosti
c0532	kilometer, kilometre, kilometrov
c0533	meter, metre, metrov
c0534	míľa, míle, míľ
c0535	v zahraničí, zahraničie, zahraničí
c0536	cudzí, zahraničný
c0537	doprava, premávka, dopravy
c0538	nehoda, nešťastie, nehody
c0539	cestujúci, pasažier
c0540	vodič, vodiča, vodiči
c0541	tábor, tábora, kemp
c0542	stan, stanu, stany
c0543	zostať, ostať, zdržať, zostal
c0544	čakať, počkať, čaká, čakal
c0545	dedina, obec, dediny
c0546	mestečko, mesto, mesta
c0547	mesto, mesta, meste, miest
c0548	hlavné mesto, metropola
c0549	námestie, námestia
c0550	trh, trhovisko, trhu
c0551	obchod, predajňa, obchodu
c0552	kostol, kostola, cirkev
c0553	katedrála, chrám, katedrály
c0554	hrad, zámok, hradu
c0555	palác, paláca
c0556	veža, veže
c0557	múzeum, múzea, múzeí
c0558	pamätník, pomník, pamiatka
c0559	park, parku, sad
c0560	záhrada, záhrady, záhrade
c0561	múr, stena, steny, múru
c0562	brána, bránka, vráta
c0563	dvere, dverí
c0564	okno, okná, okien
c0565	poschodie, podlažie, poschodia
c0566	strecha, strechy, streche
c0567	schody, schodisko, schodov
c0568	kuchyňa, kuchyne
c0569	posteľ, lôžko, postele
c0570	stôl, stola, stoly
c0571	stolička, stoličky
c0572	dom, domu, domy, domov, dome
c0573	domov, doma, domova
c0574	budova, stavba, budovy
c0575	byt, bytu, byty
c0576	adresa, adresy
c0577	štvrť, okres, obvod
c0578	región, oblasť, kraj
c0579	oblasť, územie, plocha, priestor
c0580	vidiek, vidieka
c0581	nemocnica, nemocnice
c0582	škola, školy, škole
c0583	univerzita, vysoká škola, univerzity
c0584	knižnica, knižnice
c0585	reštaurácia, reštaurácie
c0586	kancelária, úrad, kancelárie
c0587	továreň, závod, fabrika
c0588	väzenie, väznica
c0589	divadlo, divadla
c0590	kino, kina
c0591	kľúč, kľúča, kľúče
c0592	lampa, svietidlo
c0593	svetlo, svetla
c0594	krabica, škatuľa, debna
c0595	taška, vrece, kabelka
c0596	fľaša, fľaše, fliaš
c0597	sklo, skla
c0598	šálka, hrnček, pohár
c0599	tanier, tanieri
c0600	nôž, noža, nože
c0601	kniha, knihy, knihe, kníh
c0602	list, listu, listy
c0603	papier, papiera
c0604	pero, guľôčkové pero
c0605	obraz, obrázok, obrazu
c0606	fotografia, fotka, snímka
c0607	fotoaparát, kamera
c0608	telefón, telefónu
c0609	počítač, počítača
c0610	internet, internetu
c0611	televízia, televízor, televízie
c0612	rádio, rozhlas
c0613	noviny, denník
c0614	oblečenie, odev, šaty
c0615	košeľa, košele
c0616	šaty, šiat
c0617	topánka, topánky, topánok
c0618	kabát, plášť
c0619	klobúk, čiapka
c0620	peniaze, peňazí, peniazmi
c0621	cena, ceny, cene
c0622	náklady, cena, nákladov
c0623	platiť, zaplatiť, platí, zaplatil
c0624	kúpiť, kupovať, kúpil, kupuje
c0625	predať, predávať, predal, predáva
c0626	lacný, lacná, lacné
c0627	drahý, drahá, drahé
c0628	euro, eur
c0629	jedlo, potraviny, potrava
c0630	chlieb, chleba
c0631	mäso, mäsa
c0632	mlieko, mlieka
c0633	syr, syra
c0634	maslo, masla
c0635	víno, vína
c0636	pivo, piva
c0637	káva, kávy
c0638	čaj, čaju
c0639	cukor, cukru
c0640	jablko, jablká
c0641	zelenina, zeleniny
c0642	zemiak, zemiaky, zemiakov
c0643	ryža, ryže
c0644	polievka, polievky
c0645	koláč, torta, zákusok
c0646	raňajky, raňajok
c0647	obed, obeda
c0648	večera, večere
c0649	jedlo, pokrm
c0650	jesť, zjesť, jedol, zjedol, jedia
c0651	piť, vypiť, pije, pil
c0652	variť, uvariť, varí
c0653	chuť, chuti
c0654	hladný, hladná
c0655	hlad, hladu, hladomor
c0656	sladký, sladká, sladké
c0657	čerstvý, čerstvá, čerstvé
c0658	med, medu
c0659	hrozno, hrozna
c0660	múka, múky
c0661	kukurica, obilie
c0662	smäd, smädu
c0663	práca, práce, práci
c0664	pracovať, pracuje, pracoval
c0665	zamestnanie, miesto, práca
c0666	pracovník, robotník, pracovníci
c0667	zamestnanec, zamestnanci
c0668	zamestnávateľ, zamestnávatelia
c0669	spoločnosť, firma, podnik
c0670	podnikanie, obchod, podnik
c0671	priemysel, priemyslu, odvetvie
c0672	obchod, obchodu
c0673	hospodárstvo, ekonomika, ekonomiky
c0674	hospodársky, ekonomický, hospodárska
c0675	plat, platy, platu
c0676	mzda, mzdy
c0677	príjem, príjmy, príjmov
c0678	daň, dane, daní
c0679	rozpočet, rozpočtu
c0680	zisk, zisku, zisky
c0681	strata, straty
c0682	nezamestnanosť, nezamestnanosti
c0683	zamestnanosť, zamestnanie
c0684	kariéra, kariéry
c0685	povolanie, profesia
c0686	manažér, vedúci, riaditeľ
c0687	kolega, kolegyňa, kolegovia
c0688	tím, mužstvo, družstvo
c0689	stretnutie, schôdza, zasadnutie
c0690	projekt, projektu
c0691	úloha, úlohy, úloh
c0692	zmluva, zmluvy, kontrakt
c0693	zručnosť, schopnosť, zručnosti
c0694	skúsenosť, skúsenosti
c0695	školenie, výcvik, odborná príprava
c0696	výroba, produkcia, výroby
c0697	výrobok, produkt, výrobku
c0698	služba, služby, služieb
c0699	zákazník, zákazníci, klient
c0700	spotrebiteľ, spotrebitelia, spotrebiteľov
c0701	rast, rastu, nárast
c0702	investícia, investície, investícií
c0703	banka, banky
c0704	financie, financií
c0705	finančný, finančná, finančné
c0706	dlh, dlhu, dlhy
c0707	kríza, krízy, kríze
c0708	chudoba, chudoby
c0709	chudobný, chudobná
c0710	bohatý, bohatá, bohatí
c0711	bohatstvo, majetok
c0712	majetok, vlastníctvo, majetku
c0713	vlastník, majiteľ, vlastníci
c0714	vlastniť, vlastní
c0715	stavať, postaviť, stavia, postavil
c0716	vyrábať, vyrobiť, produkovať, vyrába
c0717	dodávka, zásobovanie, dodávky
c0718	energia, energie
c0719	elektrina, elektriny, prúd
c0720	technológia, technika, technológie
c0721	stroj, stroje, strojov
c0722	nástroj, náradie, nástroje
c0723	inžinier, inžinieri
c0724	lekár, doktor, lekára
c0725	zdravotná sestra, sestra, ošetrovateľ
c0726	učiteľ, učiteľka, učitelia
c0727	študent, študentka, študenti
c0728	žiak, žiaci, žiakov, žiačka
c0729	lekcia, hodina
c0730	trieda, triedy, triede
c0731	skúška, skúšky, skúšku
c0732	študovať, študuje, študoval
c0733	učiť sa, naučiť, učí, naučil
c0734	učiť, vyučovať, učí, učil
c0735	vzdelanie, vzdelávanie
c0736	vedomosť, znalosť, vedomosti
c0737	vedieť, poznať, vie, vedel, pozná
c0738	veda, vedy, vede
c0739	vedecký, vedecká
c0740	výskum, výskumu
c0741	vedec, vedci, vedcov
c0742	čítať, prečítať, číta, čítal
c0743	písať, napísať, píše, písal, napísal
c0744	slovo, slová, slov
c0745	jazyk, reč, jazyka
c0746	veta, vety, viet
c0747	otázka, otázky, otázok
c0748	odpoveď, odpovede
c0749	strana, stránka, strany
c0750	príbeh, poviedka, rozprávanie
c0751	dejiny, história, dejín
c0752	historický, dejinný, historická
c0753	umenie, umenia
c0754	umelec, umelkyňa, umelci
c0755	hudba, hudby, hudbe
c0756	pieseň, pesnička, piesne
c0757	spievať, zaspievať, spieva, spieval
c0758	tancovať, tancuje, tancoval
c0759	film, filmu, filmy
c0760	hra, hry, hier
c0761	hrať, hrá, hral
c0762	šport, športu
c0763	vyhrať, zvíťaziť, vyhral, vyhráva
c0764	prehrať, stratiť, prehral, stratil
c0765	futbal, futbalu
c0766	hráč, hráči, hráčov
c0767	kultúra, kultúry, kultúre
c0768	kultúrny, kultúrna, kultúrne
c0769	spisovateľ, spisovateľka, spisovatelia
c0770	autor, autorka, autori
c0771	báseň, básne
c0772	básnik, básnici
c0773	román, románu
c0774	zdravie, zdravia
c0775	zdravý, zdravá, zdraví
c0776	chorý, chorá, chorí
c0777	choroba, choroby
c0778	choroba, ochorenie, choroby
c0779	vírus, vírusy, vírusu
c0780	pandémia, pandémie
c0781	pacient, pacienti, pacientka
c0782	liek, lieky, medicína, lekárstvo
c0783	droga, drogy, drog
c0784	liečba, liečenie, ošetrenie
c0785	starostlivosť, starostlivosti
c0786	bolieť, ublížiť, zraniť, bolí
c0787	unavený, unavená
c0788	spať, spí, spal
c0789	zobudiť, prebudiť, zobudil
c0790	odpočinok, oddych
c0791	rakovina, rakoviny
c0792	vakcína, očkovacia látka
c0793	duševný, psychický, mentálny
c0794	cítiť, cíti, cítil
c0795	pocit, cit, pocity
c0796	láska, lásky, láske
c0797	milovať, miluje, miloval, ľúbiť
c0798	nenávidieť, nenávidí
c0799	strach, obava, strachu
c0800	vystrašený, bojí
c0801	šťastný, šťastná, spokojný
c0802	šťastie, šťastia
c0803	smutný, smutná
c0804	smútok, smútku
c0805	nahnevaný, rozhnevaný, nahnevaná
c0806	hnev, zlosť, hnevu
c0807	radosť, radosti
c0808	nádej, nádeje
c0809	dúfať, dúfa, dúfam
c0810	báť sa, trápiť, obávať, obáva
c0811	prekvapenie
c0812	hanba, stud, potupa
c0813	hrdosť, pýcha
c0814	hrdý, pyšný, hrdá
c0815	osamelý, osamelá
c0816	pokojný, kľudný, pokoj
c0817	usmievať, usmiať, usmieva
c0818	smiať, smeje, smial
c0819	plakať, plače, plakal
c0820	bozk, pusa, bozku
c0821	sen, sna, sny
c0822	želanie, prianie, túžba
c0823	chcieť, chce, chcú, chcel
c0824	mať rád, páčiť, páči, rád
c0825	užívať si, tešiť, vychutnávať
c0826	uprednostniť, preferovať, radšej
c0827	chýbať, postrádať, chýba
c0828	trpieť, trpí, trpel
c0829	potešenie, radosť, pôžitok
c0830	odvaha, odvahy
c0831	statočný, odvážny
c0832	dôvera, dôvery
c0833	pochybnosť, pochyba, pochybnosti
c0834	veriť, verí, veril
c0835	viera, viery
c0836	boh, boha, bohu, bohovia
c0837	náboženstvo, náboženstva
c0838	náboženský, náboženská
c0839	duša, duše
c0840	duch, ducha
c0841	myseľ, mysle, rozum
c0842	myšlienka, myšlienky
c0843	myslieť, rozmýšľať, myslí, myslel
c0844	nápad, myšlienka, idea
c0845	pamätať, spomenúť, pamätá
c0846	zabudnúť, zabúdať, zabudol
c0847	rozumieť, pochopiť, chápať, rozumie, pochopil
c0848	znamenať, znamená
c0849	význam, zmysel, významu
c0850	dôvod, príčina, dôvodu
c0851	pamäť, spomienka, pamäti
c0852	predstaviť si, predstavovať, predstaviť
c0853	rozhodnúť, rozhodovať, rozhodol
c0854	rozhodnutie, rozhodnutia
c0855	vybrať, zvoliť, voliť, vybral
c0856	voľba, výber, voľby
c0857	plán, plánu
c0858	skúsiť, skúšať, pokúsiť, snažiť
c0859	potrebovať, potrebuje
c0860	potreba, nutnosť, potreby
c0861	povedať, hovoriť, povedal, hovorí
c0862	povedať, rozprávať, oznámiť, povedal
c0863	hovoriť, rozprávať, hovorí, prehovoriť
c0864	hovoriť, rozprávať, zhovárať, rozpráva
c0865	spýtať, pýtať, opýtať, pýta
c0866	volať, zavolať, nazývať, volá
c0867	kričať, kričí, zakričal
c0868	počuť, počuje, počul
c0869	počúvať, počúva
c0870	vidieť, uvidieť, vidí, videl
c0871	pozerať, pozrieť, dívať, pozerá
c0872	sledovať, pozorovať, sleduje
c0873	ukázať, ukazovať, ukazuje, ukázal
c0874	nájsť, nachádzať, našiel, nájde
c0875	dať, dávať, dáva, dal, dala
c0876	vziať, brať, berie, vzal, zobrať
c0877	priniesť, prinášať, priniesol, prináša
c0878	niesť, nosiť, nesie, niesol, nosí
c0879	držať, drží, konať, usporiadať
c0880	ponechať, uchovať, udržať, držať
c0881	položiť, dať, dávať, položil
c0882	poslať, posielať, poslal, posiela
c0883	dostať, prijať, obdržať, dostal
c0884	dostať, získať, dostal, získal
c0885	robiť, urobiť, robí, urobil
c0886	používať, použiť, užívať, používa
c0887	otvoriť, otvárať, otvoril, otvára
c0888	zavrieť, zatvoriť, zatvára, zavrel
c0889	začať, začínať, začal, začína
c0890	začať, spustiť, zahájiť, začal
c0891	zastaviť, prestať, zastavil, prestal
c0892	pokračovať, pokračuje
c0893	dokončiť, skončiť, dokončil, skončil
c0894	zmeniť, meniť, zmenil, mení
c0895	zmena, zmeny, zmien
c0896	rásť, rastie, rástol, vyrásť
c0897	padať, spadnúť, padá, spadol, klesnúť
c0898	stúpať, vstať, stúpa, vystúpiť
c0899	zdvihnúť, zvýšiť, zdvihol, zvýšil
c0900	zvýšiť, zvyšovať, vzrásť, zvyšuje
c0901	zvýšenie, nárast, vzrast
c0902	znížiť, znižovať, obmedziť, znižuje
c0903	prísť, prichádzať, prišiel, príde
c0904	ísť, ide, išiel, šiel, odísť, idú
c0905	vstúpiť, vojsť, vstúpil, vošiel
c0906	bežať, behať, beží, bežal
c0907	stáť, stojí, stál
c0908	sedieť, sedí, sedel
c0909	ležať, leží, ležal
c0910	klamať, luhať, klame, klamal
c0911	pohybovať, hýbať, presunúť, sťahovať
c0912	otočiť, zatočiť, obrátiť, otáčať
c0913	nasledovať, sledovať, nasleduje
c0914	viesť, riadiť, vedie, viedol
c0915	stretnúť, stretávať, stretol, stretne
c0916	pomáhať, pomôcť, pomáha, pomohol
c0917	pomoc, pomoci
c0918	dovoliť, povoliť, umožniť, dovoľuje
c0919	zabrániť, predísť, zabraňovať
c0920	chrániť, ochrániť, chráni
c0921	zachrániť, zachraňovať, zachránil
c0922	zabiť, zabíjať, zabil
c0923	bojovať, bojuje, bojoval, biť
c0924	rozbiť, zlomiť, rozbil, zlomil
c0925	rezať, krájať, strihať, odrezať
c0926	udrieť, biť, zasiahnuť, udrel
c0927	hodiť, hádzať, hodil, hádže
c0928	chytiť, chytať, chytil
c0929	ťahať, potiahnuť, ťahá
c0930	tlačiť, strčiť, tlačí
c0931	naplniť, plniť, vyplniť
c0932	umývať, umyť, prať, umýva
c0933	čistý, čistá, čisté
c0934	kresliť, nakresliť, kreslí
c0935	maľovať, natrieť, maľuje
c0936	opraviť, opravovať, opravil
c0937	vytvoriť, tvoriť, vytvára, vytvoril
c0938	zničiť, ničiť, zničil
c0939	horieť, páliť, spáliť, horí
c0940	lietať, letieť, letí, letel
c0941	skryť, schovať, skrývať, skryl
c0942	hľadať, hľadá, hľadal
c0943	stať sa, diať, deje, stalo
c0944	zdať, zdá, vyzerať
c0945	objaviť sa, zjaviť, objavil
c0946	stať sa, stane, stal
c0947	zostať, ostať, zostávať, zostal
c0948	patriť, patrí
c0949	obsahovať, obsahuje
c0950	zahŕňať, zahrnúť, zahŕňa
c0951	existovať, existuje
c0952	závisieť, záleží, závisí
c0953	spôsobiť, spôsobovať, spôsobil
c0954	príčina, dôvod, príčiny
c0955	výsledok, výsledky, výsledku
c0956	ovplyvniť, ovplyvňovať, postihnúť, dotknúť
c0957	rozvíjať, rozvinúť, vyvíjať, vyvinúť
c0958	zlepšiť, zlepšovať, zlepšil
c0959	podporovať, podporiť, podporuje
c0960	podpora, podpory
c0961	oponovať, odporovať, nesúhlasiť
c0962	súhlasiť, súhlasí, dohodnúť
c0963	prijať, prijímať, akceptovať, prijal
c0964	odmietnuť, odmietať, odmietol
c0965	odmietnuť, zamietnuť, odmieta
c0966	poprieť, popierať, popiera, poprel
c0967	priznať, pripustiť, priznal
c0968	vysvetliť, vysvetľovať, vysvetlil
c0969	opísať, opisovať, opísal
c0970	oznámiť, hlásiť, informovať, podať správu
c0971	oznámiť, ohlásiť, vyhlásiť, oznámil
c0972	informovať, oznámiť, informuje
c0973	diskutovať, prerokovať, rokovať
c0974	argumentovať, hádať, škriepiť
c0975	tvrdiť, tvrdí, tvrdil
c0976	navrhnúť, navrhovať, navrhol
c0977	ponúknuť, ponúkať, ponúkol
c0978	sľúbiť, sľubovať, sľúbil
c0979	varovať, upozorniť, varuje
c0980	vyhrážať, hroziť, ohrozovať
c0981	požadovať, žiadať, požaduje
c0982	vyžadovať, vyžaduje, požadovať
c0983	očakávať, čakať, očakáva
c0984	zakázať, zakazovať, zakázal, zakázaný
c0985	nútiť, donútiť, prinútiť
c0986	minúť, stráviť, tráviť, míňať
c0987	zarobiť, zarábať, zarába
c0988	poraziť, biť, porazil
c0989	pripraviť, pripravovať, pripravil
c0990	organizovať, usporiadať, zorganizovať
c0991	riadiť, spravovať, zvládnuť, podariť
c0992	kontrolovať, ovládať, riadiť
c0993	skontrolovať, overiť, kontrolovať
c0994	test, skúška, testu
c0995	merať, zmerať, meria
c0996	počítať, spočítať, počíta
c0997	pridať, pridávať, pridal
c0998	porovnať, porovnávať, porovná
c0999	spojiť, prepojiť, spájať
c1000	pripojiť, vstúpiť, pridať, pripojil
c1001	zdieľať, deliť, zdieľa
c1002	rozdeliť, deliť, rozdeľuje
c1003	doručiť, dodať, doručuje
c1004	uverejniť, zverejniť, publikovať, vydať
c1005	podpísať, podpisovať, podpísal
c1006	nosiť, mať na sebe, nosí
c1007	dotknúť, dotýkať, siahnuť
c1008	vôňa, zápach, pach
c1009	zvuk, zvuku, zvuky
c1010	hluk, hluku, lomoz
c1011	ticho, mlčanie
c1012	veľký, veľká, veľké, väčší, veľkí
c1013	veľký, rozsiahly, veľká
c1014	malý, malá, malé, menší
c1015	malý, drobný, malá
c1016	dlhý, dlhá, dlhé
c1017	krátky, krátka, krátke
c1018	vysoký, vysoká, vysoké, vyšší
c1019	nízky, nízka, nízke, nižší
c1020	široký, široká, široké
c1021	úzky, úzka, úzke
c1022	hlboký, hlboká, hlboké
c1023	ťažký, ťažká, ťažké
c1024	ľahký, ľahká, ľahké
c1025	rýchly, rýchla, rýchle
c1026	pomalý, pomalá, pomalé
c1027	nový, nová, nové, noví
c1028	dobrý, dobrá, dobré, lepší, najlepší
c1029	zlý, zlá, zlé, horší, najhorší
c1030	krásny, krásna, krásne, pekný
c1031	škaredý, škaredá, ošklivý
c1032	špinavý, špinavá
c1033	plný, plná, plné
c1034	prázdny, prázdna, prázdne
c1035	ľahký, jednoduchý, ľahko
c1036	ťažký, náročný, zložitý, obtiažny
c1037	tvrdý, tvrdá, ťažký
c1038	mäkký, mäkká, jemný
c1039	silný, silná, silné
c1040	slabý, slabá, slabé
c1041	bezpečný, bezpečná, bezpečné
c1042	nebezpečný, nebezpečná
c1043	slobodný, voľný, slobodná
c1044	dôležitý, dôležitá, významný
c1045	hlavný, hlavná, hlavné
c1046	nutný, nevyhnutný, potrebný
c1047	možný, možná, možné
c1048	nemožný, nemožné
c1049	pravdivý, pravý, skutočný
c1050	nepravdivý, falošný, nepravý
c1051	skutočný, reálny, naozajstný
c1052	správny, správna, správne
c1053	chybný, nesprávny, zlý
c1054	rovnaký, rovnaká, ten istý, istý
c1055	rôzny, iný, odlišný, rozdielny
c1056	podobný, podobná, podobné
c1057	celý, celá, celé
c1058	verejný, verejná, verejné
c1059	súkromný, súkromná, súkromné
c1060	národný, štátny, národná
c1061	medzinárodný, medzinárodná
c1062	miestny, lokálny
c1063	globálny, celosvetový
c1064	sociálny, spoločenský
c1065	všeobecný, celkový, generálny
c1066	osobitný, špeciálny, zvláštny, mimoriadny
c1067	jednoduchý, prostý, jednoduchá
c1068	zložitý, komplexný
c1069	jasný, zrejmý, číry
c1070	tichý, tichá, pokojný
c1071	hlasný, hlučný, nahlas
c1072	slávny, známy, preslávený
c1073	populárny, obľúbený
c1074	spoločný, bežný, obvyklý
c1075	vzácny, zriedkavý, zriedka
c1076	divný, zvláštny, čudný
c1077	normálny, bežný
c1078	pripravený, hotový, pripravená
c1079	zaneprázdnený, rušný, vyťažený
c1080	sám, sama, osamotený
c1081	spolu, spoločne, dohromady
c1082	istý, istá, isto
c1083	vážny, vážna, závažný
c1084	obrovský, ohromný, obrí
c1085	starovekový, starobylý, antický
c1086	moderný, súčasný
c1087	tradičný, tradičná
c1088	ľudský, ľudská, ľudské
c1089	krása, krásy
c1090	pekný, milý, príjemný
c1091	veľký, skvelý, vynikajúci
c1092	dobrý, pekný, v poriadku
c1093	láskavý, dobrý, vľúdny
c1094	priateľský, prívetivý
c1095	vysoký, vysoká
c1096	okrúhly, guľatý
c1097	plochý, rovný
c1098	ostrý, ostrá
c1099	tenký, chudý, štíhly
c1100	hrubý, tučný, hustý
c1101	tučný, tlstý, obézny
c1102	rýchly, rýchla
c1103	pomaly
c1104	rýchlo
c1105	dobre
c1106	takmer, skoro, temer
c1107	iba, len, jedine
c1108	najmä, obzvlášť, predovšetkým, hlavne
c1109	konečne, napokon, nakoniec
c1110	náhle, zrazu, nečakane
c1111	pravdepodobne, asi
c1112	možno, azda, snáď
c1113	určite, iste, rozhodne
c1114	naozaj, skutočne, vskutku
c1115	tu, sem
c1116	tam
c1117	všade
c1118	ďaleko, ďaleký
c1119	blízko, neďaleko
c1120	preč, ďaleko
c1121	vonku, von
c1122	vnútri, dnu, vnútorne
c1123	medzi
c1124	bez
c1125	proti
c1126	počas, cez, v priebehu
c1127	po
c1128	pred
c1129	pod
c1130	nad
c1131	cez, naprieč
c1132	cez, skrz, prostredníctvom
c1133	okolo, dookola
c1134	medzi, uprostred
c1135	napriek, navzdory
c1136	k, ku, smerom, voči
c1137	za
c1138	pozdĺž
c1139	všetci, každý, všetkých
c1140	nič, ničoho
c1141	všetko, všetkého
c1142	vec, veci, predmet
c1143	miesto, miesta, mieste
c1144	spôsob, spôsobom, cesta
c1145	časť, diel, časti
c1146	číslo, počet, čísla
c1147	skupina, skupiny
c1148	druh, typ, druhu
c1149	príklad, príkladu
c1150	problém, problému, ťažkosť
c1151	situácia, situácie
c1152	skutočnosť, fakt, faktu
c1153	prípad, prípadu, prípade
c1154	bod, bodu, body
c1155	forma, tvar, podoba
c1156	úroveň, úrovne, úrovni
c1157	veľkosť, rozmer
c1158	tvar, tvaru, podoba
c1159	čiara, línia, riadok
c1160	znak, znamenie, signál
c1161	rozdiel, rozdielu, rozdiely
c1162	šanca, príležitosť, šťastie
c1163	príležitosť, možnosť, príležitosti
c1164	nebezpečenstvo
c1165	riziko, riziká, rizík
c1166	význam, dôležitosť
c1167	úspech, úspechu
c1168	neúspech, zlyhanie
c1169	úsilie, snaha
c1170	úloha, rola, úlohu
c1171	účel, cieľ, zámer
c1172	kvalita, akosť, kvality
c1173	množstvo, suma, objem
c1174	väčšina, väčšiny
c1175	percento, percent, percentá
c1176	priemerný, priemer
c1177	správa, odkaz, posolstvo
c1178	správy, novinky
c1179	informácia, informácie, informácií
c1180	meno, názov, mena
c1181	parlament, parlamentu, snem
c1182	parlamentný, parlamentná
c1183	člen, poslanec, členovia, poslanci
c1184	uznesenie, rezolúcia
c1185	vláda, vlády, vláde
c1186	minister, ministri, ministra
c1187	predseda vlády, premiér, premiéra
c1188	prezident, predseda, prezidenta
c1189	voľby, volieb, voľbách
c1190	volebný, volebná
c1191	hlasovať, voliť, hlasuje
c1192	hlas, hlasovanie, hlasov
c1193	volič, voliči, voličov
c1194	kandidát, kandidáti
c1195	kampaň, kampane
c1196	referendum, referendá
c1197	strana, strany, strán
c1198	ľudské práva, ľudských práv
c1199	právo, práva, práv
c1200	zákon, právo, zákona, zákony
c1201	právny, zákonný, legálny
c1202	nezákonný, nelegálny, protiprávny
c1203	súd, súdu, tribunál
c1204	sudca, sudcovia
c1205	právnik, advokát, právnici
c1206	prokurátor, žalobca, prokurátora
c1207	súdny proces, proces, pojednávanie
c1208	trest, rozsudok, trestu
c1209	väzeň, väzni, väzňov
c1210	politický väzeň, politickí väzni
c1211	zatknúť, zatýkať, zatkol, zatknutý
c1212	zatknutie, zatknutia
c1213	zadržanie, väzba, zadržiavanie
c1214	zadržať, zadržiavať, zadržal
c1215	prepustiť, oslobodiť, prepustil
c1216	prepustenie
c1217	mučenie
c1218	odsúdiť, odsudzovať, odsudzuje
c1219	naliehať, vyzvať, vyzývať
c1220	vyzvať, vyzývať, vyzýva
c1221	požadovať, vyzývať, volať
c1222	vítať, privítať, víta
c1223	ľutovať, poľutovať, ľutuje
c1224	pripomenúť, pripomínať, pripomína
c1225	novinár, novinárka, novinári
c1226	médiá, médií
c1227	tlač, tlače
c1228	protest, protestu, protesty
c1229	demonštrant, protestujúci
c1230	demonštrácia, manifestácia
c1231	sloboda, slobody, slobode
c1232	sloboda prejavu
c1233	sloboda zhromažďovania
c1234	demokracia, demokracie
c1235	demokratický, demokratická
c1236	členský štát, členské štáty
c1237	komisia, komisie
c1238	komisár, komisárka
c1239	rada, rady, rade
c1240	únia, zväz, odbory
c1241	európska únia, európskej únie
c1242	občan, občania, občanov
c1243	občianstvo
c1244	násilie, násilia
c1245	násilný, násilná
c1246	polícia, polície
c1247	policajt, policajtka, policajti
c1248	armáda, vojsko, armády
c1249	vojenský, vojenská
c1250	vojak, vojaci, vojakov
c1251	vojna, vojny, vojne
c1252	mier, mieru
c1253	konflikt, konfliktu, spor
c1254	zbraň, zbrane, zbraní
c1255	sankcia, sankcie, sankcií
c1256	opozícia, opozície
c1257	režim, režimu
c1258	orgán, úrad, autorita, úrady
c1259	štát, štátu, štáty
c1260	krajina, štát, krajiny, krajín
c1261	národ, národa, národy
c1262	republika, republiky
c1263	kráľovstvo, kráľovstva
c1264	kráľ, kráľa, králi
c1265	kráľovná, kráľovnej
c1266	cisár, cisára
c1267	ríša, impérium, cisárstvo
c1268	ústava, ústavy
c1269	ústavný, ústavná
c1270	zmluva, zmluvy
c1271	dohoda, dohody, dohovor
c1272	rokovanie, vyjednávanie, rokovania
c1273	rokovať, vyjednávať, vyjednať
c1274	trestný čin, zločin, zločinu
c1275	trestný, kriminálny, zločinný
c1276	obeť, obete, obetí
c1277	vražda, vraždy
c1278	terorizmus, terorizmu
c1279	terorista, teroristi
c1280	útok, útoku, útoky
c1281	bezpečnosť, bezpečnosti
c1282	bezpečnosť, bezpečie
c1283	obrana, obrany
c1284	utečenec, utečenci, utečencov
c1285	migrant, migranti, migrantov
c1286	migrácia, migrácie
c1287	azyl, azylu
c1288	menšina, menšiny, menšín
c1289	diskriminácia, diskriminácie
c1290	rovnosť, rovnosti
c1291	pohlavie, rod, gender
c1292	právny štát, právneho štátu
c1293	spravodlivosť, justícia
c1294	súdny, súdna, justičný
c1295	nezávislosť, nezávislosti
c1296	nezávislý, nezávislá
c1297	zvrchovanosť, suverenita
c1298	územie, územia
c1299	okupácia, okupácie
c1300	invázia, vpád
c1301	prímerie
c1302	humanitárny, humanitárna
c1303	pomoc, pomoci
c1304	spolupráca, spolupráce
c1305	dialóg, dialógu
c1306	vzťah, vzťahy, vzťahov
c1307	diplomatický, diplomatická
c1308	veľvyslanec, veľvyslanca
c1309	veľvyslanectvo
c1310	delegácia, delegácie
c1311	zástupca, predstaviteľ, zástupcovia
c1312	úradník, činiteľ, úradníci
c1313	správa, administratíva
c1314	inštitúcia, inštitúcie
c1315	agentúra, agentúry
c1316	moc, sila, moci
c1317	politika, politiky
c1318	politika, politiky
c1319	politický, politická, politické
c1320	politik, politici
c1321	reforma, reformy
c1322	právne predpisy, legislatíva
c1323	smernica, smernice
c1324	nariadenie, predpis, regulácia
c1325	návrh, návrhu
c1326	pozmeňujúci návrh, zmena, pozmeňujúci
c1327	správa, správy
c1328	rozprava, diskusia, debata
c1329	zasadnutie, schôdza, rokovanie
c1330	výbor, výboru
c1331	predseda, predsedu
c1332	predsedníctvo
c1333	mandát, mandátu
c1334	prijať, prijal, schváliť
c1335	schváliť, schvaľovať, schválil
c1336	zdržať sa, zdržal
c1337	koalícia, koalície
c1338	vodca, líder, predák
c1339	korupcia, korupcie
c1340	podvod, podvodu
c1341	transparentnosť, priehľadnosť
c1342	vyšetrovanie
c1343	vyšetrovať, vyšetriť, prešetriť
c1344	dôkaz, dôkazy, dôkazov
c1345	svedok, svedkovia, svedkov
c1346	obvinenie, obžaloba
c1347	obviniť, obviňovať, obvinil, obvinený
c1348	vinný, vinná
c1349	nevinný, nevinná
c1350	odsúdiť, odsúdený, odsúdil
c1351	odvolanie
c1352	trest, tresty, sankcia
c1353	trest smrti
c1354	poprava, popravy
c1355	pokuta, pokuty
c1356	trest, potrestanie
c1357	trestať, potrestať, trestá
c1358	aktivista, aktivistka, aktivisti
c1359	obranca ľudských práv, obrancovia
c1360	disident, disidenti
c1361	rukojemník, rukojemníci
c1362	uniesť, uniesol, únos
c1363	zmiznutie, zmiznutia
c1364	obťažovanie, šikanovanie
c1365	zastrašovanie
c1366	prenasledovanie
c1367	represia, represie, útlak
c1368	zásah, tvrdý zásah, represie
c1369	cenzúra, cenzúry
c1370	zneužívanie, zneužitie, týranie
c1371	znásilnenie
c1372	genocída
c1373	vojnový zločin, vojnové zločiny
c1374	obchodovanie, obchod s ľuďmi
c1375	otroctvo
c1376	organizácia spojených národov, osn
c1377	nato
c1378	európsky parlament, európskeho parlamentu
c1379	európska komisia, európskej komisie
c1380	samit, summit, vrcholná schôdzka
c1381	fond, fondu, fondy
c1382	financovanie
c1383	program, programu
c1384	stratégia, stratégie
c1385	cieľ, ciele, cieľov
c1386	opatrenie, opatrenia
c1387	akcia, čin, konanie
c1388	rámec, rámca
c1389	vykonávanie, implementácia, uplatňovanie
c1390	vykonávať, vykonať, uplatňovať, realizovať
c1391	zabezpečiť, zabezpečovať, zaistiť
c1392	zdôrazniť, zdôrazňovať, zdôrazňuje
c1393	vziať na vedomie, konštatovať, poznamenať
c1394	opakovať, zopakovať, opätovne
c1395	vyjadriť, vyjadrovať, vyjadruje
c1396	znepokojenie, obava, obavy
c1397	odsudzovať, ľutovať, poľutovať
c1398	odsúdiť, odsudzovať, udať
c1399	trvať, naliehať, trvá
c1400	povzbudiť, podporovať, nabádať
c1401	pozvať, pozývať, vyzvať
c1402	zdôrazniť, poukázať, vyzdvihnúť
c1403	uznať, uznávať, priznať
c1404	uznať, rozpoznať, spoznať
c1405	zvážiť, považovať, domnievať
c1406	okamžite, ihneď, bezodkladne
c1407	dôrazne, silne, rozhodne
c1408	hlboko, hlboký
c1409	bezpodmienečne
c1410	hlasovanie, hlasovací lístok, voľby
c1411	spravodlivý, férový, čestný
c1412	pozorovateľ, pozorovatelia
c1413	vnútorný trh, vnútorného trhu
c1414	hospodárska súťaž, súťaž, konkurencia
c1415	poľnohospodárstvo
c1416	rybárstvo, rybolov
c1417	zmena klímy, klimatická zmena
c1418	emisia, emisie, emisií
c1419	udržateľný, udržateľná
c1420	rozvoj, vývoj, rozvoja
c1421	inovácia, inovácie
c1422	digitálny, digitálna
c1423	údaje, dáta, údajov
c1424	súkromie
c1425	ochrana, ochrany
c1426	doprava, preprava, dopravy
c1427	infraštruktúra, infraštruktúry
c1428	regionálny, regionálna
c1429	solidarita, solidarity
c1430	rozšírenie
c1431	pristúpenie, prístup
c1432	clo, colná správa, cla
c1433	mena, meny
c1434	inflácia, inflácie
c1435	úrok, úroky, úrokov
c1436	záujem, záujmu, záujmy
c1437	deficit, schodok
c1438	spoločnosť, spoločnosti
c1439	spoločenstvo, komunita
c1440	organizácia, organizácie
c1441	združenie, spolok
c1442	obyvateľstvo, populácia
c1443	verejná mienka
c1444	zodpovednosť, zodpovednosti
c1445	zodpovedný, zodpovedná
c1446	povinnosť, záväzok
c1447	zásada, princíp, zásady
c1448	hodnota, hodnoty, hodnôt
c1449	dôstojnosť, dôstojnosti
c1450	rešpekt, úcta, dodržiavanie
c1451	rešpektovať, dodržiavať, ctiť
c1452	presadzovanie práva, orgány činné v trestnom konaní
c1453	postup, konanie, procedúra
c1454	proces, procesu, procesy
c1455	otázka, problém, záležitosť
c1456	záležitosť, vec, otázka
c1457	systém, sústava
c1458	príkaz, rozkaz, nariadenie
c1459	pravidlo, pravidlá, predpis
c1460	účinok, dôsledok, efekt
c1461	vplyv, dosah, vplyvu
c1462	podmienka, stav, podmienky
c1463	prístup, prístupu
c1464	zdroj, zdroje, zdrojov
c1465	nepriateľ, nepriatelia, nepriateľa
c1466	hrdina, hrdinovia
c1467	strážca, stráž, strážnik
c1468	kňaz, kňaza, duchovný
c1469	tradícia, tradície
c1470	festival, slávnosť, sviatok
c1471	obrad, ceremónia, slávnosť
c1472	prejav, reč, príhovor
c1473	názor, mienka, názory
c1474	vyhlásenie, výrok
c1475	vyhlásenie, deklarácia
c1476	pozornosť, pozornosti
c1477	pravda, pravdy, pravde
c1478	tajomstvo
c1479	hrozba, ohrozenie, hrozby
c1480	víťazstvo
c1481	porážka, porážky
c1482	bitka, boj, bitky
c1483	revolúcia, revolúcie
c1484	vlajka, zástava, vlajky
c1485	chata, chatrč, búda
c1486	lavína, lavíny
c1487	spojenec, spojenci
c1488	vojská, jednotky, vojaci
c1489	štrajk, štrajku
c1490	dôchodok, penzia, dôchodku
c1491	bývanie, byty
c1492	šťastie, náhoda
c1493	lovec, poľovník, lovci
c1494	výška, výšky
c1495	dĺžka, dĺžky
c1496	hmotnosť, váha
c1497	rýchlosť, rýchlosti
c1498	dedičstvo
c1499	zbraň, pištoľ, puška
c1500	bomba, bomby
`;
