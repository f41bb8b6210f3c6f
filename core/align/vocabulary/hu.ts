// Concordia's core vocabulary in Hungarian: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	egyet, eggyel, egyik
c0002	kettő, két, kettőt, kettes
c0003	három, hárma, hárman
c0004	négy, négyet, négyen
c0005	öt, ötöt, öten
c0006	hat, hatot, hatan
c0007	hét, hetet, heten
c0008	nyolc, nyolcat
c0009	kilenc, kilencet
c0010	tíz, tize, tízen
c0011	tizenegy
c0012	tizenkettő, tizenkét
c0013	tizenhárom
c0014	tizennégy
c0015	tizenöt
c0016	tizenhat
c0017	tizenhét
c0018	tizennyolc
c0019	tizenkilenc
c0020	húsz, húszat, huszon
c0021	harminc
c0022	negyven
c0023	ötven
c0024	hatvan
c0025	hetven
c0026	nyolcvan
c0027	kilencven
c0028	száz, százat, százan
c0029	ezer, ezre, ezres, ezrek
c0030	millió
c0031	milliárd
c0032	első
c0033	második
c0034	harmadik
c0035	negyedik
c0036	ötödik
c0037	hatodik
c0038	hetedik
c0039	nyolcadik
c0040	kilencedik
c0041	tizedik
c0042	fél, felét, felében
c0043	negyed, negyede
c0044	tucat
c0045	dupla, kétszeres, kettős
c0046	utolsó
c0047	következő
c0048	január
c0049	február
c0050	március
c0051	április
c0052	május
c0053	június
c0054	július
c0055	augusztus
c0056	szeptember
c0057	október
c0058	november
c0059	december
c0060	hétfő
c0061	kedd, kedden
c0062	szerda
c0063	csütörtök
c0064	péntek
c0065	szombat
c0066	vasárnap
c0067	tavasz, tavasszal
c0068	nyár, nyara, nyáron, nyári
c0069	ősz, ősszel, őszi, őszt
c0070	tél, telet, télen, téli
c0071	évszak
c0072	nap, napot, napja, napok, napon
c0073	hét, hete, héten, hetek, hetente
c0074	hónap
c0075	év, évet, évek, éve, évben
c0076	óra, órát, órán
c0077	perc
c0078	másodperc
c0079	reggel
c0080	délután
c0081	este
c0082	éjszaka, éjjel, éj
c0083	dél, délben, déli
c0084	éjfél, éjfélkor
c0085	ma
c0086	tegnap
c0087	holnap
c0088	ma este, ma éjjel, ma éjszaka
c0089	század, évszázad
c0090	évtized
c0091	idő, időt, ideje, időben
c0092	pillanat
c0093	időszak, időtartam
c0094	dátum, időpont
c0095	hétvége, hétvégén
c0096	naptár
c0097	óra, órát, órája
c0098	kor, kora, korát, életkor
c0099	múlt, múltban
c0100	jövő, jövőben
c0101	jelen, jelenben
c0102	most
c0103	hamarosan, nemsokára, mindjárt
c0104	később, utána
c0105	korai, korán
c0106	késő, késői, későn
c0107	már
c0108	újra, ismét, megint
c0109	mindig
c0110	soha, sosem, sohasem
c0111	gyakran, sokszor
c0112	néha, időnként
c0113	ezelőtt
c0114	nemrég, nemrégiben, mostanában
c0115	napi, naponta, mindennapi
c0116	éves, évi, évenkénti
c0117	hajnal, hajnalban
c0118	naplemente, napnyugta
c0119	napfelkelte
c0120	korszak, kor
c0121	kezdet, eleje, elején
c0122	vég, vége, végén, végét
c0123	születésnap
c0124	ünnep, szabadság, vakáció, ünnepnap
c0125	karácsony
c0126	húsvét
c0127	évforduló
c0128	szín, színe, színek, színű
c0129	piros, vörös
c0130	kék, kéket
c0131	zöld
c0132	sárga
c0133	fekete
c0134	fehér
c0135	szürke
c0136	barna
c0137	narancssárga, narancs
c0138	rózsaszín, rózsaszínű
c0139	lila, bíbor
c0140	arany, aranyszínű
c0141	sötét
c0142	világos, fényes
c0143	sápadt, halvány
c0144	észak
c0145	dél, délen, délre
c0146	kelet
c0147	nyugat
c0148	északi
c0149	déli
c0150	keleti
c0151	nyugati
c0152	bal, balra, balról, baloldali
c0153	jobb, jobbra, jobbról, jobboldali
c0154	teteje, csúcs, tetején
c0155	alja, alján, fenék
c0156	oldal, oldala
c0157	közép, közepe, közepén
c0158	központ, centrum
c0159	eleje, elején, elülső
c0160	hátulja, hátsó, hátul
c0161	szél, széle, szélén
c0162	család
c0163	anya, anyja, anyát, édesanya
c0164	apa, apja, apát, édesapa
c0165	szülő
c0166	gyerek, gyermek, gyermeke, gyerekek
c0167	fiú, fia, fiát, fiam, fiai
c0168	lány, lánya
c0169	fivér, testvér, bátyja, öccse
c0170	nővér, húg, húga, testvér
c0171	férj, férje, férjét
c0172	feleség, felesége, neje
c0173	nagyapa, nagyapja
c0174	nagyanya, nagymama, nagyanyja
c0175	unoka
c0176	nagybácsi, bácsi
c0177	nagynéni, néni
c0178	unokatestvér
c0179	baba, csecsemő
c0180	fiú, fiút, fiúk
c0181	lány, kislány
c0182	férfi, férfiak
c0183	nő, nőt, nők, nője
c0184	személy, ember
c0185	emberek, nép
c0186	barát, barátnő
c0187	szomszéd
c0188	vendég
c0189	esküvő, lakodalom
c0190	házasság
c0191	házasodik, összeházasodik, feleségül, férjhez, házasod, összeházasod
c0192	válás
c0193	születés
c0194	született, születik
c0195	meghal, meghalt, halt, haldoklik, haldokl
c0196	halál, halála
c0197	halott, holt
c0198	élet, életet, élete
c0199	él, élt, élnek, lakik
c0200	élő, életben
c0201	fiatal
c0202	öreg, régi, idős
c0203	ifjúság, fiatalság
c0204	felnőtt
c0205	nemzedék, generáció
c0206	rokon
c0207	pár, házaspár
c0208	iker, ikrek, ikre
c0209	özvegy
c0210	árva
c0211	ős, őse, ősök, előd
c0212	test, teste
c0213	fej, feje, fejét, fejek, fejjel
c0214	arc, arca, arcát
c0215	szeme, szemek
c0216	fül, füle, fülét, fülek
c0217	orr, orra, orrát
c0218	száj, szája, szájat
c0219	foga, fogat, fogak, fogai, fogát
c0220	nyelv
c0221	ajak, ajka, ajkak
c0222	haj, haja, hajat, hajú
c0223	nyak, nyaka
c0224	váll, válla
c0225	kar, karja, kart, karok
c0226	kéz, keze, kezek, kézzel, kezében
c0227	ujj, ujja, ujjak
c0228	láb, lába, lábát, lábak
c0229	térd, térde
c0230	lábfej, láb, lába, lábak
c0231	hát, háta, hátát, hátán
c0232	mellkas
c0233	szív, szíve, szívet
c0234	vér, vére, vért
c0235	csont
c0236	bőr, bőre, bőrt
c0237	gyomor, gyomra, has, hasa
c0238	agy, agya, agyat
c0239	lélegzet, lehelet
c0240	lélegzik, lélegzett, lélegezni, lélegz
c0241	hang, hangja
c0242	tüdő
c0243	izom, izmok, izma
c0244	seb, sebe, sebet, sebek
c0245	sérülés
c0246	megsebesít, megsebesül, megsérül, megsebesült
c0247	fájdalom, fájdalma, fájdalmak
c0248	vak
c0249	süket
c0250	szakáll
c0251	könny, könnye, könnyek
c0252	szárny, szárnya
c0253	farok, farka, farkát
c0254	időjárás
c0255	eső, esőt
c0256	hó, hava, havas, havazás
c0257	jég, jege, jeges
c0258	szél, szele, szelek
c0259	vihar
c0260	felhő
c0261	köd, ködöt, ködös
c0262	nap, napot, napja, napfény
c0263	ég, eget, ege, egek, égbolt
c0264	forró, meleg
c0265	hideg
c0266	meleg
c0267	hűvös
c0268	száraz
c0269	nedves, vizes
c0270	hőmérséklet
c0271	fok, fokot, fokos
c0272	éghajlat, klíma
c0273	fagy, fagyot, dér
c0274	mennydörgés, dörgés
c0275	villám, villámlás
c0276	árvíz, árvize, áradás
c0277	aszály, szárazság
c0278	hőség, hő, meleg
c0279	levegő
c0280	árnyék
c0281	fagy, megfagy, fagyott, befagy, fagyasztott
c0282	olvad, elolvad, megolvad, olvadt
c0283	fúj, fújt, fúja
c0284	ragyog, süt, sütött, fénylik, fényl
c0285	természet
c0286	föld, földet, földön
c0287	talaj, föld
c0288	szárazföld, föld
c0289	talaj, termőföld
c0290	homok, homokot
c0291	kő, köve, kövek
c0292	szikla, kőzet
c0293	hegy, hegyet, hegyek
c0294	domb, dombot
c0295	völgy, völgyet
c0296	folyó, folyót
c0297	patak, patakot
c0298	tó, tava, tavak, tavon
c0299	tenger, tengert
c0300	óceán
c0301	part, partot, tengerpart
c0302	part, partot, partján
c0303	strand, tengerpart
c0304	sziget
c0305	öböl, öblö, öble
c0306	szikla, sziklafal, szirt
c0307	barlang
c0308	gleccser
c0309	csúcs, csúcsot, hegycsúcs
c0310	csúcs, orom
c0311	gerinc, hegygerinc
c0312	lejtő, lejtőt, domboldal
c0313	hágó
c0314	síkság, alföld
c0315	mező, szántóföld
c0316	rét, mező
c0317	erdő, erdőt, erdeje
c0318	fa, fát, fából
c0319	fa, fát, fák, fája
c0320	ág, ágat, ága, ágak
c0321	levél, levelet, levelek, levele
c0322	gyökér, gyökere
c0323	virág
c0324	fű, füve
c0325	növény
c0326	mag, magot, magja, magok, vetőmag
c0327	gyümölcs
c0328	bokor, bokro, bokrok, cserje
c0329	sivatag
c0330	mocsár, mocsara, láp
c0331	vízesés
c0332	forrás
c0333	hullám
c0334	part, partot, partján, folyópart
c0335	táj, tájat, tája, táji
c0336	kilátás, látkép
c0337	látóhatár, horizont
c0338	csillag
c0339	hold, holdat, holdja
c0340	bolygó
c0341	világ, világot
c0342	világűr, űr, űrt, világegyetem
c0343	tűz, tüze, tüzek
c0344	láng, lángot
c0345	víz, vize, vizek, vízben
c0346	füst, füstöt
c0347	por, port, pora
c0348	sár, sara
c0349	arany, aranyat
c0350	ezüst
c0351	vas, vasat
c0352	fém, fémet
c0353	szén, szene
c0354	olaj, olajat
c0355	gáz, gázt, gázok
c0356	só, sót, sója, sók
c0357	vulkán, tűzhányó
c0358	földrengés
c0359	állat
c0360	madár, madara, madarak
c0361	hal, halat, halak
c0362	kutya
c0363	macska
c0364	ló, lova, lovak
c0365	tehén, tehene, tehenek
c0366	juh, juhot, birka
c0367	kecske
c0368	disznó, sertés
c0369	tyúk, csirke
c0370	medve
c0371	farkas
c0372	róka
c0373	szarvas
c0374	nyúl, nyula, nyulak, nyuszi
c0375	egér, egere, egerek
c0376	patkány
c0377	kígyó
c0378	rovar
c0379	méh, méhet, méhek
c0380	légy, legyet, legyek
c0381	pillangó, lepke
c0382	sas, sast, sasok
c0383	bálna
c0384	oroszlán
c0385	elefánt
c0386	szarvasmarha, marha
c0387	fészek, fészke
c0388	tojás
c0389	toll, tollat, tolla
c0390	vadászik, vadászott, vadászat
c0391	gazdaság, tanya, farm
c0392	gazda, földműves, gazdálkodó
c0393	aratás, termés
c0394	termény, termés, növény
c0395	búza, búzát
c0396	környezet
c0397	szennyezés, szennyeződés
c0398	faj, fajt, faja, fajok
c0399	biológiai sokféleség, biodiverzitás
c0400	nemzeti park
c0401	vad, vadon
c0402	természetes
c0403	európa
c0404	európai
c0405	afrika
c0406	afrikai
c0407	ázsia
c0408	ázsiai
c0409	amerika
c0410	amerikai
c0411	egyesült államok
c0412	oroszország
c0413	orosz
c0414	ukrajna
c0415	ukrán
c0416	fehéroroszország, belarusz
c0417	kína
c0418	kínai
c0419	egyesült királyság
c0420	brit
c0421	anglia
c0422	angol
c0423	törökország
c0424	török
c0425	japán
c0426	india
c0427	izrael
c0428	irán
c0429	szíria
c0430	svájc
c0431	norvégia
c0432	németország
c0433	német
c0434	franciaország
c0435	francia
c0436	olaszország
c0437	olasz
c0438	spanyolország
c0439	spanyol
c0440	portugália
c0441	portugál
c0442	hollandia
c0443	holland
c0444	belgium
c0445	belga
c0446	luxemburg
c0447	ausztria
c0448	osztrák
c0449	lengyelország
c0450	lengyel
c0451	csehország
c0452	cseh
c0453	szlovákia
c0454	szlovák
c0455	magyarország
c0456	magyar
c0457	szlovénia
c0458	horvátország
c0459	románia
c0460	román
c0461	bulgária
c0462	bolgár
c0463	görögország
c0464	görög
c0465	ciprus
c0466	málta
c0467	írország
c0468	ír, írek
c0469	dánia
c0470	dán
c0471	svédország
c0472	svéd
c0473	finnország
c0474	finn
c0475	észtország
c0476	lettország
c0477	litvánia
c0478	alpok
c0479	földközi-tengeri, mediterrán
c0480	atlanti
c0481	balti
c0482	brüsszel
c0483	strasbourg
c0484	utazik, utazott, utazni, utaz
c0485	utazás, út, utat
c0486	kirándulás, út
c0487	turista
c0488	turizmus, idegenforgalom
c0489	szálloda, hotel
c0490	szoba
c0491	útlevél, útlevele
c0492	jegy, jegyet
c0493	vonat, vonatot
c0494	vasút, vasuta
c0495	állomás, pályaudvar
c0496	busz, buszt, autóbusz
c0497	autó, gépkocsi, kocsi
c0498	jármű, járművet
c0499	kerékpár, bicikli
c0500	csónak, hajó
c0501	hajó, hajót
c0502	repülőgép, repülő, gép
c0503	repülőtér
c0504	repülés, járat
c0505	kikötő, kikötőváros
c0506	kikötő, kikötőt
c0507	út, utat, utak, útja, úton
c0508	utca, utcát
c0509	ösvény, út, gyalogút
c0510	híd, hida, hídja, hidak
c0511	alagút, alaguta
c0512	térkép
c0513	idegenvezető, vezető
c0514	túra, körút, körutazás
c0515	meglátogat, látogat, látogatott, meglátogatta
c0516	látogató
c0517	érkezik, megérkezik, érkezett, megérkezett, érkez, megérkez
c0518	elmegy, elment, elhagy, elhagyta, távozik, távoz
c0519	indul, elindul, indult, távozik, távoz
c0520	visszatér, visszatért, visszajön, visszamegy
c0521	vezet, vezetett, autózik, autóz
c0522	lovagol, lovagolt, kerékpározik, kerékpároz
c0523	sétál, gyalogol, sétált
c0524	mászik, mászott, felmászik, mász, felmász
c0525	úszik, úszott, úszni
c0526	vitorlázik, hajózik, vitorláz, hajóz
c0527	átkel, átmegy, átkelt, keresztez
c0528	elér, elérte, elérni, eljut
c0529	útvonal
c0530	határ, határt, határa
c0531	távolság
c0532	kilométer
c0533	méter
c0534	mérföld
c0535	külföldön, külföldre, külföld
c0536	külföldi, idegen
c0537	forgalom, forgalma
c0538	baleset, balesetet
c0539	utas
c0540	sofőr, vezető, gépkocsivezető
c0541	tábor, tábort
c0542	sátor, sátra
c0543	marad, maradt, tartózkodik, tartózkod
c0544	vár, várt, várakozik, várakoz
c0545	falu, falut, faluban, falvak
c0546	város
c0547	nagyváros, város
c0548	főváros
c0549	tér, tere, terek
c0550	piac, piacot
c0551	bolt, üzlet, boltot
c0552	templom
c0553	katedrális, székesegyház
c0554	vár, várat, kastély
c0555	palota, palotát
c0556	torony, tornyo, tornya
c0557	múzeum
c0558	emlékmű
c0559	park, parkot
c0560	kert, kertet
c0561	fal, falat, fala, falak
c0562	kapu, kaput
c0563	ajtó, ajtót
c0564	ablak, ablakot
c0565	emelet, szint
c0566	tető, tetőt, teteje
c0567	lépcső, lépcsőt
c0568	konyha
c0569	ágy, ágyat, ágyban
c0570	asztal, asztalt
c0571	szék, széket
c0572	ház, házat, háza, házak, házban
c0573	otthon, otthont
c0574	épület
c0575	lakás, lakást
c0576	cím, címet, címe
c0577	kerület, járás
c0578	régió, térség, vidék
c0579	terület, övezet
c0580	vidék, vidéket
c0581	kórház
c0582	iskola, iskolát
c0583	egyetem
c0584	könyvtár
c0585	étterem, étterme
c0586	iroda, hivatal
c0587	gyár, gyárat, üzem
c0588	börtön, börtönt
c0589	színház
c0590	mozi
c0591	kulcs, kulcsot
c0592	lámpa
c0593	fény, fényt, világosság
c0594	doboz, dobozt, láda
c0595	táska, zacskó
c0596	üveg, palack
c0597	üveg, üveget
c0598	csésze, pohár
c0599	tányér
c0600	kés, kést
c0601	könyv, könyvet
c0602	levél, levelet, levele
c0603	papír, papírt
c0604	toll, tollat
c0605	kép, képet
c0606	fénykép, fotó
c0607	fényképezőgép, kamera
c0608	telefon
c0609	számítógép
c0610	internet
c0611	televízió, tévé
c0612	rádió
c0613	újság, napilap
c0614	ruha, ruhák, ruházat
c0615	ing, inget
c0616	ruha, ruhát
c0617	cipő, cipőt
c0618	kabát, kabátot
c0619	kalap, kalapot, sapka
c0620	pénz, pénzt
c0621	ár, árat, ára, árak
c0622	költség, ár
c0623	fizet, fizetett, kifizet
c0624	vásárol, megvesz, megvett
c0625	elad, eladott, árul
c0626	olcsó
c0627	drága
c0628	euró
c0629	étel, élelmiszer, étkezés
c0630	kenyér, kenyere
c0631	hús, húst, húsa
c0632	tej, tejet, teje
c0633	sajt, sajtot
c0634	vaj, vajat
c0635	bor, bort, bora
c0636	sör, sört
c0637	kávé, kávét
c0638	tea, teát
c0639	cukor, cukro, cukra
c0640	alma, almát
c0641	zöldség
c0642	krumpli, burgonya
c0643	rizs, rizst
c0644	leves, levest
c0645	sütemény, torta
c0646	reggeli
c0647	ebéd, ebédet
c0648	vacsora, vacsorát
c0649	étkezés, étel
c0650	eszik, evett, enni, eszem, ettek
c0651	iszik, ivott, inni, iszom, ittak
c0652	főz, főzött, főzni
c0653	íz, ízt, íze, ízlés
c0654	éhes
c0655	éhség, éhínség
c0656	édes
c0657	friss
c0658	méz, mézet
c0659	szőlő, szőlőt
c0660	liszt, lisztet
c0661	kukorica, gabona
c0662	szomjúság, szomj
c0663	munka, munkát
c0664	dolgozik, dolgozott, dolgozni, dolgoz
c0665	állás, munkahely
c0666	munkás, dolgozó
c0667	alkalmazott, munkavállaló
c0668	munkáltató, munkaadó
c0669	vállalat, cég, társaság
c0670	üzlet, vállalkozás
c0671	ipar, iparág
c0672	kereskedelem, kereskedelme
c0673	gazdaság, gazdaságot
c0674	gazdasági
c0675	fizetés
c0676	bér, bért, bére
c0677	jövedelem, jövedelme
c0678	adó, adót
c0679	költségvetés
c0680	nyereség, haszon, haszno, profit
c0681	veszteség
c0682	munkanélküliség
c0683	foglalkoztatás
c0684	karrier, pálya, pályafutás
c0685	szakma, hivatás
c0686	vezető, menedzser, igazgató
c0687	kolléga
c0688	csapat
c0689	ülés, találkozó, értekezlet
c0690	projekt, terv
c0691	feladat
c0692	szerződés
c0693	készség, képesség, ügyesség
c0694	tapasztalat
c0695	képzés, oktatás
c0696	termelés, gyártás
c0697	termék
c0698	szolgáltatás
c0699	vevő, ügyfél
c0700	fogyasztó
c0701	növekedés
c0702	beruházás, befektetés
c0703	bank, bankot
c0704	pénzügy, pénzügyek
c0705	pénzügyi
c0706	adósság
c0707	válság
c0708	szegénység
c0709	szegény
c0710	gazdag
c0711	vagyon, gazdagság
c0712	tulajdon, ingatlan
c0713	tulajdonos
c0714	birtokol, birtokában, tulajdonában
c0715	épít, épített, felépít
c0716	termel, gyárt, előállít
c0717	ellátás, kínálat, készlet
c0718	energia
c0719	villamos energia, áram, villamosság
c0720	technológia
c0721	gép, gépet
c0722	eszköz, szerszám
c0723	mérnök
c0724	orvos
c0725	ápoló, ápolónő
c0726	tanár, tanárt, tanító
c0727	diák, hallgató, egyetemista
c0728	tanuló, diák
c0729	lecke, óra, tanóra
c0730	osztály
c0731	vizsga
c0732	tanul, tanult, tanulmányoz
c0733	tanul, megtanul, tanult, megtanult
c0734	tanít, tanított, oktat
c0735	oktatás, nevelés
c0736	tudás, ismeret
c0737	tud, tudott, ismer, ismert
c0738	tudomány
c0739	tudományos
c0740	kutatás
c0741	tudós, kutató
c0742	olvas, olvasott, elolvas
c0743	ír, írt, írni, megír
c0744	szó, szót, szava, szavak
c0745	nyelv
c0746	mondat
c0747	kérdés
c0748	válasz
c0749	oldal, oldalt
c0750	történet, mese
c0751	történelem, történelme, története, történelmi
c0752	történelmi, történeti
c0753	művészet
c0754	művész
c0755	zene, zenét
c0756	dal, dalt, dala, ének
c0757	énekel, énekelt, dalol
c0758	táncol, táncolt
c0759	film, filmet
c0760	játék, játékot
c0761	játszik, játszott, játszani, játsz
c0762	sport, sportot
c0763	nyer, nyert, győz, győzött, megnyer
c0764	veszít, elveszít, veszített, elveszti, veszt
c0765	labdarúgás, foci
c0766	játékos
c0767	kultúra, kultúrát
c0768	kulturális
c0769	író
c0770	szerző
c0771	vers, verset, költemény
c0772	költő
c0773	regény, regényt
c0774	egészség
c0775	egészséges
c0776	beteg
c0777	betegség
c0778	betegség, kór
c0779	vírus
c0780	világjárvány, járvány, pandémia
c0781	beteg, páciens
c0782	orvosság, gyógyszer, orvostudomány
c0783	kábítószer, drog
c0784	kezelés
c0785	gondozás, ápolás, gondoskodás
c0786	fáj, fájt, megsebez, bánt
c0787	fáradt
c0788	alszik, aludt, aludni, alsz
c0789	felébred, felébredt, ébred, felkel
c0790	pihenés
c0791	rák, rákot
c0792	vakcina, oltóanyag, oltás
c0793	mentális, lelki, szellemi
c0794	érez, érzett, érzi
c0795	érzés, érzelem
c0796	szerelem, szeretet
c0797	szeret, szeretett, szereti
c0798	gyűlöl, utál, gyűlölt
c0799	félelem, félelme
c0800	fél, félt, ijedt
c0801	boldog
c0802	boldogság
c0803	szomorú
c0804	szomorúság
c0805	dühös, mérges
c0806	düh, harag, harago
c0807	öröm, örömöt
c0808	remény, reményt
c0809	remél, remélt, reméli
c0810	aggódik, aggódott, aggód
c0811	meglepetés
c0812	szégyen, szégyent
c0813	büszkeség
c0814	büszke
c0815	magányos
c0816	nyugodt, csendes
c0817	mosolyog, mosolygott
c0818	nevet, nevetett
c0819	sír, sírt, sírni
c0820	csók, csókot
c0821	álom, álmo, álma, álmok
c0822	kívánság, vágy
c0823	akar, akart, szeretne, kíván
c0824	tetszik, tetszett, kedvel, szeret, tetsz
c0825	élvez, élvezett
c0826	inkább, előnyben részesít, jobban szeret
c0827	hiányzik, hiányzott, hiányol, hiányz
c0828	szenved, szenvedett
c0829	öröm, élvezet, gyönyör
c0830	bátorság
c0831	bátor
c0832	bizalom, bizalma
c0833	kétség, kétely, kétséget
c0834	hisz, hitt, hinni, elhisz
c0835	hit, hitet, hite
c0836	isten, istent, istene
c0837	vallás
c0838	vallási, vallásos
c0839	lélek, lelke
c0840	szellem, lélek
c0841	elme, ész, észt
c0842	gondolat
c0843	gondol, gondolt, gondolkodik, gondolja, gondolkod
c0844	ötlet, gondolat, eszme
c0845	emlékszik, emlékezett, emléksz
c0846	elfelejt, elfelejtett, felejt
c0847	ért, megért, értett, megértett
c0848	jelent, jelentett
c0849	jelentés, értelem
c0850	ok, okot, oka, okból
c0851	emlék, emlékezet
c0852	elképzel, elképzelt
c0853	dönt, döntött, eldönt
c0854	döntés, határozat
c0855	választ, választott, kiválaszt
c0856	választás
c0857	terv, tervet
c0858	próbál, megpróbál, próbált
c0859	szükség van, szüksége, igényel, igényelt
c0860	szükséglet, igény, szükség
c0861	mond, mondott, mondta
c0862	elmond, elmondta, mesél
c0863	beszél, beszélt, szól
c0864	beszélget, beszél
c0865	kérdez, megkérdez, kérdezett
c0866	hív, felhív, hívott, nevez
c0867	kiabál, kiált, kiáltott
c0868	hall, hallott, hallja
c0869	hallgat, meghallgat
c0870	lát, látott, látja
c0871	néz, nézett, megnéz
c0872	figyel, néz, megfigyel
c0873	mutat, megmutat, mutatott
c0874	talál, megtalál, talált
c0875	ad, adott, adja, átad
c0876	vesz, vett, elvesz, visz
c0877	hoz, hozott, elhoz
c0878	visz, vitt, cipel
c0879	tart, tartott, tartja, megfog
c0880	megtart, tart, őriz
c0881	tesz, tett, helyez
c0882	küld, küldött, elküld
c0883	kap, kapott, megkap
c0884	kap, szerez, szerzett
c0885	csinál, készít, tesz, tett
c0886	használ, használt
c0887	kinyit, nyit, nyitott
c0888	bezár, zár, becsuk
c0889	kezd, kezdett, elkezd, kezdődik, kezdőd
c0890	kezd, indít, elindít
c0891	megáll, leállít, abbahagy
c0892	folytat, folytatódik, folytatta, folytatód
c0893	befejez, befejezte, végez
c0894	változik, megváltozik, változtat, megváltoztat, változ, megváltoz
c0895	változás
c0896	nőtt, nőnek, növekszik, növeksz, nőni, megnő
c0897	esik, esett, leesik, elesik, lees, eles
c0898	emelkedik, emelkedett, felkel, emelked
c0899	emel, felemel, emelt
c0900	növekszik, növeksz, emelkedik, emelked, nőtt, megnő
c0901	növekedés, emelkedés, növelés
c0902	csökkent, csökkentett, mérsékel
c0903	jön, jött, jönni, jönnek
c0904	megy, ment, menni, mennek, mész
c0905	belép, bemegy, belépett
c0906	fut, futott, szalad
c0907	áll, állt, állni
c0908	ül, ült, ülni
c0909	fekszik, feküdt, fekve, feksz
c0910	hazudik, hazudott, hazud
c0911	mozog, mozgat, költözik, költöz
c0912	fordul, fordít, megfordul
c0913	követ, követett
c0914	vezet, vezetett, irányít
c0915	találkozik, találkozott, találkoz
c0916	segít, segített
c0917	segítség
c0918	enged, engedélyez, megenged
c0919	megakadályoz, megelőz
c0920	véd, megvéd, védett
c0921	megment, mentett, megmentette, kiment
c0922	megöl, öl, megölt, ölt
c0923	harcol, küzd, harcolt
c0924	tör, eltör, törött, összetör
c0925	vág, vágott, levág
c0926	üt, ütött, megüt
c0927	dob, dobott, eldob
c0928	elkap, elkapott, elfog, megfog
c0929	húz, húzott
c0930	tol, tolt, nyom
c0931	tölt, megtölt, kitölt
c0932	mos, mosott, megmos
c0933	tiszta
c0934	rajzol, rajzolt
c0935	fest, festett
c0936	javít, megjavít, megjavított
c0937	teremt, létrehoz, alkot
c0938	elpusztít, lerombol, tönkretesz
c0939	ég, égett, éget, megég
c0940	repül, repült
c0941	elrejt, rejt, elbújik, rejtett, elbúj
c0942	keres, keresett
c0943	történik, történt, megtörténik, történ, megtörtén
c0944	tűnik, látszik, tűnt, látsz
c0945	megjelenik, megjelent, megjelen
c0946	válik, vált
c0947	marad, maradt
c0948	tartozik, tartozott, tartoz
c0949	tartalmaz, tartalmazott
c0950	tartalmaz, magában foglal, beleért
c0951	létezik, létezett, létező, létez
c0952	függ, függött
c0953	okoz, okozott
c0954	ok, okot, oka
c0955	eredmény
c0956	érint, befolyásol
c0957	fejleszt, fejlődik, kifejleszt, fejlőd
c0958	javít, javul, fejleszt
c0959	támogat, támogatott
c0960	támogatás
c0961	ellenez, ellenzi
c0962	egyetért, egyetértett, megegyezik, megegyez
c0963	elfogad, elfogadott
c0964	megtagad, visszautasít, elutasít
c0965	elutasít, elvet, elutasított
c0966	tagad, letagad, tagadta
c0967	beismer, elismer, bevall
c0968	megmagyaráz, magyaráz, elmagyaráz
c0969	leír, ismertet, leírta
c0970	jelent, beszámol, jelentett
c0971	bejelent, közöl, bejelentette
c0972	tájékoztat, értesít
c0973	megvitat, megbeszél, tárgyal
c0974	érvel, vitatkozik, vitatkoz
c0975	állít, állította
c0976	javasol, javasolt, indítványoz
c0977	felajánl, kínál, ajánl
c0978	ígér, megígér, ígérte
c0979	figyelmeztet, figyelmeztetett
c0980	fenyeget, fenyegetett
c0981	követel, követelt
c0982	megkövetel, igényel, előír
c0983	vár, elvár, számít
c0984	tilt, megtilt, tiltott, tilos
c0985	kényszerít, kényszerített
c0986	költ, elkölt, tölt, töltött
c0987	keres, megkeres, keresett
c0988	legyőz, megver, ver, vert
c0989	előkészít, készít, felkészül
c0990	szervez, megszervez
c0991	irányít, vezet, sikerül, boldogul
c0992	ellenőriz, irányít, szabályoz
c0993	ellenőriz, megvizsgál
c0994	teszt, vizsga, próba
c0995	mér, megmér, mért
c0996	számol, megszámol
c0997	hozzáad, hozzátesz
c0998	összehasonlít, hasonlít
c0999	összeköt, összekapcsol, csatlakoztat
c1000	csatlakozik, belép, csatlakozott, csatlakoz
c1001	megoszt, oszt, osztozik, osztoz
c1002	oszt, feloszt, eloszt
c1003	szállít, kézbesít, leszállít
c1004	kiad, közzétesz, publikál, megjelentet
c1005	aláír, aláírta
c1006	visel, hord, viselt, hordott
c1007	érint, megérint, megérintett
c1008	szag, szagot, illat
c1009	hang, hangot
c1010	zaj, zajt, lárma
c1011	csend, csendet, csönd
c1012	nagy
c1013	nagy, nagyméretű
c1014	kicsi, kis, kicsit
c1015	kis, kicsi, kicsike
c1016	hosszú
c1017	rövid
c1018	magas
c1019	alacsony
c1020	széles
c1021	keskeny, szűk
c1022	mély
c1023	nehéz
c1024	könnyű
c1025	gyors
c1026	lassú
c1027	új, újat, újak
c1028	jó, jót, jobb, legjobb, jók
c1029	rossz, rosszabb, legrosszabb
c1030	szép, gyönyörű
c1031	csúnya, ronda
c1032	piszkos, koszos
c1033	teli, tele, teljes
c1034	üres
c1035	könnyű, egyszerű
c1036	nehéz
c1037	kemény, nehéz
c1038	puha, lágy
c1039	erős
c1040	gyenge
c1041	biztonságos
c1042	veszélyes
c1043	szabad
c1044	fontos
c1045	fő, legfontosabb
c1046	szükséges
c1047	lehetséges
c1048	lehetetlen
c1049	igaz, igazi, valós
c1050	hamis, téves
c1051	valódi, valós, igazi
c1052	helyes, pontos
c1053	rossz, téves, helytelen
c1054	ugyanaz, azonos, ugyanolyan
c1055	különböző, eltérő
c1056	hasonló
c1057	egész, teljes
c1058	nyilvános, közösségi, köz
c1059	magán, privát, magánjellegű
c1060	nemzeti, országos
c1061	nemzetközi
c1062	helyi
c1063	globális, világméretű
c1064	társadalmi, szociális
c1065	általános
c1066	különleges, speciális, külön
c1067	egyszerű
c1068	összetett, bonyolult, komplex
c1069	világos, tiszta, egyértelmű
c1070	csendes, halk
c1071	hangos
c1072	híres
c1073	népszerű
c1074	közös, gyakori, általános
c1075	ritka
c1076	furcsa, különös
c1077	normális, szokásos
c1078	kész
c1079	elfoglalt
c1080	egyedül, egyedüli
c1081	együtt
c1082	biztos
c1083	komoly, súlyos
c1084	hatalmas, óriási
c1085	ősi, ókori
c1086	modern, korszerű
c1087	hagyományos
c1088	emberi
c1089	szépség
c1090	kedves, szép
c1091	nagy, nagyszerű
c1092	jó, rendben, finom
c1093	kedves, jószívű
c1094	barátságos
c1095	magas
c1096	kerek
c1097	lapos, sík
c1098	éles
c1099	vékony
c1100	vastag
c1101	kövér
c1102	gyors
c1103	lassan
c1104	gyorsan
c1105	jól
c1106	majdnem, szinte, csaknem
c1107	csak, csupán
c1108	különösen, főleg
c1109	végül, végre
c1110	hirtelen
c1111	valószínűleg
c1112	talán, esetleg
c1113	biztosan, bizonyára
c1114	tényleg, valóban
c1115	itt
c1116	ott
c1117	mindenhol, mindenütt
c1118	messze, távol
c1119	közel, közelben
c1120	el, távol
c1121	kint, kívül, kinn
c1122	bent, belül, benn
c1123	között, közé
c1124	nélkül
c1125	ellen
c1126	alatt, során, közben
c1127	után
c1128	előtt
c1129	alatt, alá
c1130	fölött, felett
c1131	át, keresztül, túl
c1132	át, keresztül
c1133	körül, köré
c1134	között, közt
c1135	ellenére
c1136	felé
c1137	mögött, mögé
c1138	mentén, végig
c1139	mindenki
c1140	semmi, semmit
c1141	minden, mindent
c1142	dolog, dolgo, dolga, dolgok
c1143	hely, helyet, helye
c1144	mód, módon, módja, út
c1145	részt, része
c1146	számot, száma
c1147	csoport
c1148	fajta, féle, típus
c1149	példa, példát, például
c1150	probléma, gond
c1151	helyzet
c1152	tény, tényt
c1153	eset, esetet, esetben
c1154	pont, pontot, szempont
c1155	forma, alak
c1156	szint, szintet
c1157	méret
c1158	alak, alakot, forma
c1159	vonal
c1160	jel, jelet, jele, jelek
c1161	különbség
c1162	esély, lehetőség, szerencse
c1163	lehetőség, alkalom, alkalma
c1164	veszély
c1165	kockázat
c1166	fontosság, jelentőség
c1167	siker, sikert
c1168	kudarc, kudarcot, sikertelenség
c1169	erőfeszítés
c1170	szerep, szerepet
c1171	cél, célt, célja
c1172	minőség
c1173	mennyiség, összeg
c1174	többség
c1175	százalék
c1176	átlagos, átlag
c1177	üzenet
c1178	hír, hírek, hírt
c1179	információ, tájékoztatás
c1180	név, neve, nevek
c1181	parlament, országgyűlés
c1182	parlamenti
c1183	tag, tagja, tagot, képviselő
c1184	állásfoglalás, határozat
c1185	kormány
c1186	miniszter
c1187	miniszterelnök
c1188	elnök, elnököt
c1189	választás
c1190	választási
c1191	szavaz, szavazott
c1192	szavazat, szavazás
c1193	választó, szavazó
c1194	jelölt
c1195	kampány
c1196	népszavazás, referendum
c1197	párt, pártot, pártja
c1198	emberi jogok
c1199	jog, jogot, joga, jogok
c1200	törvény, jog
c1201	jogi, törvényes
c1202	illegális, törvénytelen, jogellenes
c1203	bíróság
c1204	bíró
c1205	ügyvéd, jogász
c1206	ügyész
c1207	per, tárgyalás, perét
c1208	ítélet, büntetés
c1209	fogoly, foglyo, foglya, foglyok
c1210	politikai fogoly
c1211	letartóztat, letartóztatott, őrizetbe vesz
c1212	letartóztatás
c1213	fogva tartás, őrizet, fogvatartás
c1214	fogva tart, őrizetbe vesz, fogvatart
c1215	szabadon bocsát, elenged, szabadít
c1216	szabadon bocsátás, szabadulás
c1217	kínzás
c1218	elítél, elítélte
c1219	sürget, felszólít
c1220	felszólít, felhív, felkér
c1221	követel, sürget, szorgalmaz
c1222	üdvözöl, üdvözli, üdvözölte
c1223	sajnál, sajnálja, sajnálatát
c1224	emlékeztet, felidéz, utal
c1225	újságíró
c1226	média, sajtó
c1227	sajtó
c1228	tiltakozás
c1229	tüntető, tiltakozó
c1230	tüntetés
c1231	szabadság
c1232	véleménynyilvánítás szabadsága, szólásszabadság
c1233	gyülekezési szabadság
c1234	demokrácia
c1235	demokratikus
c1236	tagállam
c1237	bizottság
c1238	biztos
c1239	tanács
c1240	unió
c1241	európai unió
c1242	állampolgár, polgár
c1243	állampolgárság
c1244	erőszak, erőszakot
c1245	erőszakos
c1246	rendőrség
c1247	rendőr
c1248	hadsereg
c1249	katonai
c1250	katona
c1251	háború, háborút
c1252	béke, békét
c1253	konfliktus
c1254	fegyver
c1255	szankció
c1256	ellenzék, ellenzéket
c1257	rezsim, rendszer
c1258	hatóság, hatalom, hatóságok
c1259	állam, államot
c1260	ország, országot
c1261	nemzet, nép
c1262	köztársaság
c1263	királyság
c1264	király
c1265	királynő
c1266	császár
c1267	birodalom, birodalma
c1268	alkotmány
c1269	alkotmányos
c1270	szerződés, egyezmény
c1271	megállapodás, egyezség
c1272	tárgyalás
c1273	tárgyal, tárgyalt
c1274	bűncselekmény, bűn, bűnt
c1275	büntető, bűnügyi, bűnöző
c1276	áldozat
c1277	gyilkosság
c1278	terrorizmus
c1279	terrorista
c1280	támadás
c1281	biztonság
c1282	biztonság
c1283	védelem, védelme
c1284	menekült
c1285	migráns, bevándorló
c1286	migráció, bevándorlás
c1287	menedékjog, menekültügy
c1288	kisebbség
c1289	megkülönböztetés, diszkrimináció
c1290	egyenlőség
c1291	nemek, társadalmi nem, nemi, gender
c1292	jogállamiság
c1293	igazságosság, igazság, igazságszolgáltatás
c1294	igazságügyi, bírósági
c1295	függetlenség
c1296	független
c1297	szuverenitás
c1298	terület
c1299	megszállás
c1300	invázió, betörés
c1301	tűzszünet, tűzszünetet
c1302	humanitárius
c1303	segély, segítség
c1304	együttműködés
c1305	párbeszéd, párbeszédet
c1306	kapcsolat, viszony
c1307	diplomáciai
c1308	nagykövet
c1309	nagykövetség
c1310	küldöttség, delegáció
c1311	képviselő
c1312	tisztviselő, hivatalnok
c1313	közigazgatás, adminisztráció
c1314	intézmény
c1315	ügynökség, hivatal
c1316	hatalom, hatalma
c1317	politika, szakpolitika
c1318	politika
c1319	politikai
c1320	politikus
c1321	reform
c1322	jogszabály, jogalkotás
c1323	irányelv
c1324	rendelet, szabályozás
c1325	javaslat
c1326	módosítás, módosító
c1327	jelentés
c1328	vita, vitát
c1329	ülés, ülésszak
c1330	bizottság
c1331	elnök
c1332	elnökség
c1333	megbízatás, mandátum
c1334	elfogad, elfogadta
c1335	jóváhagy, jóváhagyta
c1336	tartózkodik, tartózkodott, tartózkod
c1337	koalíció
c1338	vezető
c1339	korrupció
c1340	csalás
c1341	átláthatóság
c1342	vizsgálat, nyomozás
c1343	kivizsgál, vizsgál, nyomoz
c1344	bizonyíték
c1345	tanú, tanút, tanúk
c1346	vád, vádat, vádja
c1347	vádol, megvádol
c1348	bűnös
c1349	ártatlan
c1350	elítél, elítélte
c1351	fellebbezés
c1352	büntetés
c1353	halálbüntetés
c1354	kivégzés
c1355	bírság, pénzbírság
c1356	büntetés
c1357	megbüntet, büntet
c1358	aktivista
c1359	emberijogi jogvédő, jogvédő
c1360	disszidens, másként gondolkodó
c1361	túsz
c1362	elrabol, elrabolt
c1363	eltűnés
c1364	zaklatás
c1365	megfélemlítés
c1366	üldöztetés, üldözés
c1367	elnyomás
c1368	fellépés, leszámolás, megtorlás
c1369	cenzúra
c1370	visszaélés, bántalmazás
c1371	nemi erőszak, megerőszakolás
c1372	népirtás
c1373	háborús bűn, háborús bűncselekmény
c1374	emberkereskedelem, csempészet, emberkereskedelmet
c1375	rabszolgaság
c1376	egyesült nemzetek, ensz
c1377	nato
c1378	európai parlament
c1379	európai bizottság
c1380	csúcstalálkozó
c1381	alapot, alapja
c1382	finanszírozás
c1383	program, programot
c1384	stratégia
c1385	célkitűzés, cél
c1386	intézkedés
c1387	fellépés, cselekvés, tett
c1388	keret, keretet, kerete
c1389	végrehajtás
c1390	végrehajt, megvalósít
c1391	biztosít, biztosítja
c1392	hangsúlyoz, hangsúlyozza
c1393	megjegyez, tudomásul vesz
c1394	megismétel, ismételten
c1395	kifejez, kifejezi
c1396	aggodalom, aggodalmát, aggály
c1397	sajnál, elítél, helytelenít
c1398	elítél, feljelent, elítéli
c1399	ragaszkodik, kitart, ragaszkod
c1400	ösztönöz, bátorít
c1401	felkér, meghív
c1402	kiemel, hangsúlyoz
c1403	elismer, elismeri
c1404	elismer, felismer
c1405	megfontol, tekint, mérlegel
c1406	azonnal
c1407	határozottan, erősen
c1408	mélyen
c1409	feltétel nélkül
c1410	szavazólap, szavazás
c1411	tisztességes, igazságos, méltányos
c1412	megfigyelő
c1413	belső piac
c1414	verseny
c1415	mezőgazdaság
c1416	halászat
c1417	éghajlatváltozás
c1418	kibocsátás
c1419	fenntartható
c1420	fejlesztés, fejlődés
c1421	innováció
c1422	digitális
c1423	adat, adatok
c1424	magánélet
c1425	védelem
c1426	közlekedés, szállítás
c1427	infrastruktúra
c1428	regionális
c1429	szolidaritás
c1430	bővítés
c1431	csatlakozás
c1432	vám, vámhatóság
c1433	pénznem, valuta
c1434	infláció
c1435	kamat, kamatot
c1436	érdek, érdeklődés
c1437	hiány, deficit
c1438	társadalom, társadalma
c1439	közösség
c1440	szervezet
c1441	egyesület, szövetség
c1442	népesség, lakosság
c1443	közvélemény
c1444	felelősség
c1445	felelős
c1446	kötelezettség, kötelesség
c1447	elv, elvet, elve, alapelv
c1448	érték
c1449	méltóság
c1450	tisztelet, tiszteletben
c1451	tiszteletben tart, tisztel, betart
c1452	bűnüldözés
c1453	eljárás
c1454	folyamat
c1455	kérdés, ügy
c1456	ügy, ügyet, kérdés
c1457	rendszer
c1458	parancs, utasítás, rendelés
c1459	szabály
c1460	hatás
c1461	hatás, kihatás
c1462	feltétel, állapot, körülmény
c1463	hozzáférés
c1464	erőforrás, forrás
c1465	ellenség
c1466	hős, hőst, hőse, hősök
c1467	őr, őrt, őrség
c1468	pap, papot, papja
c1469	hagyomány
c1470	fesztivál, ünnepség
c1471	szertartás, ünnepség
c1472	beszéd, beszédet
c1473	vélemény
c1474	nyilatkozat, kijelentés
c1475	nyilatkozat
c1476	figyelem, figyelme
c1477	igazság
c1478	titok, titko, titka
c1479	fenyegetés, veszély
c1480	győzelem, győzelme
c1481	vereség
c1482	csata, ütközet
c1483	forradalom, forradalma
c1484	zászló
c1485	kunyhó, menedékház
c1486	lavina
c1487	szövetséges
c1488	csapatok, csapat, haderő
c1489	sztrájk
c1490	nyugdíj
c1491	lakhatás, lakás
c1492	szerencse
c1493	vadász
c1494	magasság
c1495	hossz, hosszúság
c1496	súly
c1497	sebesség
c1498	örökség
c1499	fegyver, puska, lőfegyver
c1500	bomba
`;
