// Concordia's core vocabulary in Polish: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	jeden, jedna, jedno, jednego, jednej, jedną, jednym
c0002	dwa, dwie, dwóch, dwóm, dwoma, dwaj
c0003	trzy, trzech, trzem, trzema
c0004	cztery, czterech, czterem, czterema
c0005	pięć, pięciu
c0006	sześć, sześciu
c0007	siedem, siedmiu
c0008	osiem, ośmiu
c0009	dziewięć, dziewięciu
c0010	dziesięć, dziesięciu
c0011	jedenaście, jedenastu
c0012	dwanaście, dwunastu
c0013	trzynaście, trzynastu
c0014	czternaście, czternastu
c0015	piętnaście, piętnastu
c0016	szesnaście, szesnastu
c0017	siedemnaście, siedemnastu
c0018	osiemnaście, osiemnastu
c0019	dziewiętnaście, dziewiętnastu
c0020	dwadzieścia, dwudziestu
c0021	trzydzieści, trzydziestu
c0022	czterdzieści, czterdziestu
c0023	pięćdziesiąt, pięćdziesięciu
c0024	sześćdziesiąt, sześćdziesięciu
c0025	siedemdziesiąt, siedemdziesięciu
c0026	osiemdziesiąt, osiemdziesięciu
c0027	dziewięćdziesiąt, dziewięćdziesięciu
c0028	sto, stu, setki, setek
c0029	tysiąc, tysiące, tysięcy, tysiąca
c0030	milion, miliony, milionów
c0031	miliard, miliardy, miliardów
c0032	pierwszy, pierwsza, pierwsze, pierwszej, pierwsi
c0033	drugi, druga, drugie, drugiej
c0034	trzeci, trzecia, trzecie, trzeciej
c0035	czwarty, czwarta, czwarte
c0036	piąty, piąta, piąte
c0037	szósty, szósta, szóste
c0038	siódmy, siódma, siódme
c0039	ósmy, ósma, ósme
c0040	dziewiąty, dziewiąta, dziewiąte
c0041	dziesiąty, dziesiąta, dziesiąte
c0042	połowa, pół, połowy, połowie, połowę
c0043	ćwierć, ćwiartka, kwartał
c0044	tuzin, tuzina, tuziny
c0045	podwójny, podwójna, podwójne, dwukrotny
c0046	ostatni, ostatnia, ostatnie, ostatnich
c0047	następny, następna, kolejny, kolejna
c0048	styczeń, stycznia, styczniu
c0049	luty, lutego, lutym
c0050	marzec, marca, marcu
c0051	kwiecień, kwietnia, kwietniu
c0052	maj, maja, maju
c0053	czerwiec, czerwca, czerwcu
c0054	lipiec, lipca, lipcu
c0055	sierpień, sierpnia, sierpniu
c0056	wrzesień, września, wrześniu
c0057	październik, października, październiku
c0058	listopad, listopada, listopadzie
c0059	grudzień, grudnia, grudniu
c0060	poniedziałek, poniedziałku, poniedziałki
c0061	wtorek, wtorku, wtorki
c0062	środa, środę, środy, środzie
c0063	czwartek, czwartku, czwartki
c0064	piątek, piątku, piątki
c0065	sobota, sobotę, soboty
c0066	niedziela, niedzielę, niedzieli
c0067	wiosna, wiosną, wiośnie, wiosny
c0068	lato, latem, lecie, lata
c0069	jesień, jesienią, jesieni
c0070	zima, zimą, zimie, zimy
c0071	pora roku, sezon, pory
c0072	dzień, dnia, dni, dniu, dniem, dniach
c0073	tydzień, tygodnia, tygodnie, tygodni, tygodniu
c0074	miesiąc, miesiące, miesięcy, miesiąca
c0075	rok, roku, lata, lat, latach, rokiem
c0076	godzina, godziny, godzin, godzinie
c0077	minuta, minuty, minut
c0078	sekunda, sekundy, sekund
c0079	rano, ranek, poranek, ranka, rana
c0080	popołudnie, popołudniu
c0081	wieczór, wieczorem, wieczoru, wieczorze, wieczory
c0082	noc, nocy, nocą, nocami
c0083	południe, południa, południu
c0084	północ, północy
c0085	dzisiaj, dziś
c0086	wczoraj
c0087	jutro
c0088	dziś wieczorem, wieczorem
c0089	wiek, wieku, wieki, stulecie, stulecia
c0090	dekada, dziesięciolecie, dekady
c0091	czas, czasu, czasie, czasy
c0092	chwila, moment, chwili, chwilę
c0093	okres, okresu, okresie, okresy
c0094	data, daty, dacie, datą
c0095	weekend, weekendu, weekendy
c0096	kalendarz, kalendarza
c0097	zegar, zegara, zegarek
c0098	wiek, wieku
c0099	przeszłość, przeszłości
c0100	przyszłość, przyszłości
c0101	teraźniejszość, teraźniejszości, obecnie
c0102	teraz, obecnie
c0103	wkrótce, niedługo, zaraz
c0104	później, potem
c0105	wczesny, wczesna, wcześnie
c0106	późny, późna, późno
c0107	już
c0108	znowu, znów, ponownie
c0109	zawsze
c0110	nigdy
c0111	często
c0112	czasami, czasem
c0113	temu
c0114	niedawno, ostatnio
c0115	codzienny, codzienna, dzienny, dziennie
c0116	roczny, coroczny, doroczny, rocznie
c0117	świt, świtu, świcie
c0118	zachód słońca, zachód, zmierzch
c0119	wschód słońca, wschód
c0120	era, epoka, ery, epoki
c0121	początek, początku, początki
c0122	koniec, końca, końcu
c0123	urodziny, urodzin
c0124	święto, wakacje, urlop, święta
c0125	boże narodzenie, bożego narodzenia, gwiazdka
c0126	wielkanoc, wielkanocy
c0127	rocznica, rocznicy, rocznice
c0128	kolor, barwa, koloru, kolory
c0129	czerwony, czerwona, czerwone
c0130	niebieski, niebieska, niebieskie
c0131	zielony, zielona, zielone
c0132	żółty, żółta, żółte
c0133	czarny, czarna, czarne
c0134	biały, biała, białe, biali
c0135	szary, szara, szare
c0136	brązowy, brązowa, brązowe
c0137	pomarańczowy, pomarańczowa, pomarańczowe
c0138	różowy, różowa, różowe
c0139	fioletowy, purpurowy, fioletowa
c0140	złoty, złota, złote, złocisty
c0141	ciemny, ciemna, ciemne
c0142	jasny, jasna, jasne, świetlisty
c0143	blady, blada, blade
c0144	północ, północy
c0145	południe, południa, południu
c0146	wschód, wschodu, wschodzie
c0147	zachód, zachodu, zachodzie
c0148	północny, północna, północne
c0149	południowy, południowa, południowe
c0150	wschodni, wschodnia, wschodnie
c0151	zachodni, zachodnia, zachodnie
c0152	lewy, lewa, lewe
c0153	prawy, prawa, prawe
c0154	góra, szczyt, wierzch, górze
c0155	dół, dołu, dno, dnie
c0156	strona, bok, boku, stronie
c0157	środek, środka, środku
c0158	centrum, ośrodek, środek
c0159	przód, przodu, przodzie
c0160	tył, tyłu, tylna
c0161	krawędź, brzeg, skraj, krawędzi
c0162	rodzina, rodziny, rodzinie
c0163	matka, matki, matce, mama
c0164	ojciec, ojca, ojcu, ojcowie, tata
c0165	rodzic, rodzice, rodziców
c0166	dziecko, dzieci, dzieciom, dziećmi, dzieciach
c0167	syn, syna, synowie, synów
c0168	córka, córki, córek, córce
c0169	brat, brata, bracia, braci, bratu
c0170	siostra, siostry, sióstr, siostrze
c0171	mąż, męża, mężowie, mężem
c0172	żona, żony, żon, żonie
c0173	dziadek, dziadka, dziadkowie
c0174	babcia, babka, babki
c0175	wnuk, wnuczka, wnuki, wnuków, wnuczęta
c0176	wujek, wuj, stryj, wuja
c0177	ciotka, ciocia, ciotki
c0178	kuzyn, kuzynka, kuzyni
c0179	niemowlę, niemowlęta, dziecko, bobas
c0180	chłopiec, chłopca, chłopcy, chłopców
c0181	dziewczynka, dziewczyna, dziewczęta, dziewcząt
c0182	mężczyzna, mężczyźni, mężczyzn, mężczyźnie
c0183	kobieta, kobiety, kobiet, kobiecie
c0184	osoba, osoby, osób, osobie
c0185	ludzie, ludzi, ludźmi, ludziom
c0186	przyjaciel, przyjaciele, przyjaciół, przyjaciółka
c0187	sąsiad, sąsiedzi, sąsiadów, sąsiadka
c0188	gość, gości, goście, gościa
c0189	ślub, wesele, ślubu
c0190	małżeństwo, małżeństwa
c0191	poślubić, ożenić, poślubił, ożenił
c0192	rozwód, rozwodu
c0193	narodziny, urodzenie, narodzin
c0194	urodzony, urodzona, urodził, urodziła
c0195	umrzeć, umierać, zmarł, umarł, zmarła, umiera
c0196	śmierć, śmierci
c0197	martwy, zmarły, nieżywy, martwa
c0198	życie, życia, życiu
c0199	żyć, mieszkać, żyje, żyją, żył
c0200	żywy, żywa, żywe
c0201	młody, młoda, młodzi
c0202	stary, stara, starzy, starsi
c0203	młodzież, młodość, młodzieży
c0204	dorosły, dorośli, dorosłych
c0205	pokolenie, pokolenia, pokoleń
c0206	krewny, krewni, krewnych
c0207	para, pary, parze
c0208	bliźniak, bliźnię, bliźnięta, bliźniaczka
c0209	wdowa, wdowy
c0210	sierota, sieroty
c0211	przodek, przodkowie, przodków
c0212	ciało, ciała, ciele
c0213	głowa, głowy, głowie
c0214	twarz, twarzy
c0215	oko, oczy, oczu, oka
c0216	ucho, uszy, uszu, ucha
c0217	nos, nosa, nosie
c0218	usta, ust, ustach
c0219	ząb, zęby, zębów, zęba
c0220	język, języka
c0221	warga, wargi, usta
c0222	włosy, włos, włosów
c0223	szyja, szyi, kark
c0224	ramię, bark, barki, ramiona
c0225	ramię, ręka, ramiona, ręce
c0226	ręka, ręce, rąk, rękę, dłoń
c0227	palec, palca, palce, palców
c0228	noga, nogi, nóg, nodze
c0229	kolano, kolana
c0230	stopa, stopy, stóp
c0231	plecy, pleców, grzbiet
c0232	pierś, piersi, klatka piersiowa
c0233	serce, serca
c0234	krew, krwi
c0235	kość, kości
c0236	skóra, skóry, skórze
c0237	żołądek, brzuch, żołądka
c0238	mózg, mózgu
c0239	oddech, oddechu, tchu, dech
c0240	oddychać, oddycha, oddychają
c0241	głos, głosu
c0242	płuco, płuca, płuc
c0243	mięsień, mięśnie, mięśni
c0244	rana, rany, ran
c0245	obrażenia, uraz, kontuzja, obrażeń
c0246	zranić, ranić, ranny, raniony
c0247	ból, bólu, bóle
c0248	niewidomy, ślepy
c0249	głuchy, głucha
c0250	broda, brody, zarost
c0251	łza, łzy, łez
c0252	skrzydło, skrzydła, skrzydeł
c0253	ogon, ogona
c0254	pogoda, pogody, pogodzie
c0255	deszcz, deszczu, deszcze
c0256	śnieg, śniegu
c0257	lód, lodu, lody
c0258	wiatr, wiatru, wietrze
c0259	burza, burzy, sztorm
c0260	chmura, obłok, chmury, chmur
c0261	mgła, mgły, mgle
c0262	słońce, słońca
c0263	niebo, nieba, niebie
c0264	gorący, gorąca, gorące
c0265	zimny, zimna, zimne
c0266	ciepły, ciepła, ciepłe
c0267	chłodny, chłodna, chłodne
c0268	suchy, sucha, suche
c0269	mokry, mokra, mokre
c0270	temperatura, temperatury
c0271	stopień, stopnia, stopnie, stopni
c0272	klimat, klimatu
c0273	mróz, mrozu, szron
c0274	grzmot, grzmotu, grzmoty
c0275	błyskawica, piorun, pioruna
c0276	powódź, powodzi, powodzie
c0277	susza, suszy
c0278	upał, ciepło, gorąco, upału
c0279	powietrze, powietrza
c0280	cień, cienia, cieniu
c0281	zamarzać, zamarznąć, zamarznięty, zamrożony
c0282	topnieć, stopnieć, topić, topnieje
c0283	wiać, wieje, wiał, wieją
c0284	świecić, świeci, świecił
c0285	przyroda, natura, przyrody
c0286	ziemia, ziemi, ziemię
c0287	ziemia, grunt, gruntu, ziemi
c0288	ląd, lądu, lądzie
c0289	gleba, gleby, ziemia
c0290	piasek, piasku
c0291	kamień, kamienia, kamienie
c0292	skała, skały, skale
c0293	góra, góry, gór, górze
c0294	wzgórze, pagórek, wzgórza
c0295	dolina, doliny, dolinie
c0296	rzeka, rzeki, rzece, rzek
c0297	strumień, potok, strumienia
c0298	jezioro, jeziora, jezior
c0299	morze, morza, mórz, morzu
c0300	ocean, oceanu
c0301	wybrzeże, wybrzeża
c0302	brzeg, brzegu
c0303	plaża, plaży
c0304	wyspa, wyspy, wysp
c0305	zatoka, zatoki, zatoce
c0306	klif, urwisko
c0307	jaskinia, grota, jaskini
c0308	lodowiec, lodowca
c0309	szczyt, szczytu, wierzchołek
c0310	szczyt, wierzchołek, szczytu
c0311	grzbiet, grań, grani
c0312	stok, zbocze, stoku
c0313	przełęcz, przełęczy
c0314	równina, równiny
c0315	pole, pola, pól
c0316	łąka, łąki, łąk
c0317	las, lasu, lesie, lasy
c0318	drewno, drzewo, drewna
c0319	drzewo, drzewa, drzew
c0320	gałąź, gałęzie, gałęzi
c0321	liść, liście, liści
c0322	korzeń, korzenie, korzeni
c0323	kwiat, kwiaty, kwiatów
c0324	trawa, trawy
c0325	roślina, rośliny, roślin
c0326	nasienie, ziarno, nasiona
c0327	owoc, owoce, owoców
c0328	krzew, krzak, krzewy, krzaki
c0329	pustynia, pustyni
c0330	bagno, mokradło, bagna
c0331	wodospad, wodospadu
c0332	źródło, źródła, źródeł
c0333	fala, fale, fal
c0334	brzeg, brzegu
c0335	krajobraz, krajobrazu
c0336	widok, widoku, panorama
c0337	horyzont, horyzontu
c0338	gwiazda, gwiazdy, gwiazd
c0339	księżyc, księżyca
c0340	planeta, planety, planet
c0341	świat, świata, świecie
c0342	kosmos, przestrzeń, kosmosu
c0343	ogień, ognia, pożar
c0344	płomień, płomienie, płomieni
c0345	woda, wody, wodzie, wodę
c0346	dym, dymu
c0347	pył, kurz, pyłu
c0348	błoto, błota
c0349	złoto, złota
c0350	srebro, srebra
c0351	żelazo, żelaza
c0352	metal, metalu, metale
c0353	węgiel, węgla
c0354	ropa, olej, ropy, oleju
c0355	gaz, gazu, gazy
c0356	sól, soli
c0357	wulkan, wulkanu, wulkany
c0358	trzęsienie ziemi, trzęsienie
c0359	zwierzę, zwierzęta, zwierząt
c0360	ptak, ptaki, ptaków
c0361	ryba, ryby, ryb
c0362	pies, psa, psy, psów
c0363	kot, kota, koty
c0364	koń, konia, konie, koni
c0365	krowa, krowy, krów
c0366	owca, owce, owiec
c0367	koza, kozy, kóz
c0368	świnia, świnie, świń
c0369	kura, kurczak, kury
c0370	niedźwiedź, niedźwiedzia, niedźwiedzie
c0371	wilk, wilki, wilków
c0372	lis, lisa, lisy
c0373	jeleń, jelenia, jelenie, sarna
c0374	królik, królika, króliki
c0375	mysz, myszy
c0376	szczur, szczura, szczury
c0377	wąż, węża, węże
c0378	owad, owady, owadów
c0379	pszczoła, pszczoły, pszczół
c0380	mucha, muchy, much
c0381	motyl, motyle, motyli
c0382	orzeł, orła, orły
c0383	wieloryb, wieloryby
c0384	lew, lwa, lwy
c0385	słoń, słonia, słonie
c0386	bydło, bydła
c0387	gniazdo, gniazda
c0388	jajko, jajo, jaja, jajka
c0389	pióro, pióra, piór
c0390	polować, poluje, polował
c0391	gospodarstwo, farma, gospodarstwa
c0392	rolnik, rolnicy, rolników
c0393	żniwa, zbiory, plony
c0394	uprawa, plon, uprawy
c0395	pszenica, pszenicy
c0396	środowisko, środowiska
c0397	zanieczyszczenie, zanieczyszczenia
c0398	gatunek, gatunki, gatunków
c0399	bioróżnorodność, różnorodność
c0400	park narodowy, parku
c0401	dziki, dzika, dzikie
c0402	naturalny, naturalna, naturalne
c0403	europa, europie, europy
c0404	europejski, europejska, europejskie, europejskiej
c0405	afryka, afryce, afryki
c0406	afrykański, afrykańska
c0407	azja, azji
c0408	azjatycki, azjatycka
c0409	ameryka, ameryce, ameryki
c0410	amerykański, amerykańska, amerykańskie
c0411	stany zjednoczone, usa, stanach
c0412	rosja, rosji
c0413	rosyjski, rosyjska, rosyjskie
c0414	ukraina, ukrainie, ukrainy
c0415	ukraiński, ukraińska, ukraińskie
c0416	białoruś, białorusi
c0417	chiny, chin, chinach
c0418	chiński, chińska, chińskie
c0419	wielka brytania, zjednoczone królestwo, brytanii
c0420	brytyjski, brytyjska, brytyjskie
c0421	anglia, anglii
c0422	angielski, angielskiego
c0423	turcja, turcji
c0424	turecki, turecka, tureckie
c0425	japonia, japonii
c0426	indie, indii, indiach
c0427	izrael, izraela, izraelu
c0428	iran, iranu, iranie
c0429	syria, syrii
c0430	szwajcaria, szwajcarii
c0431	norwegia, norwegii
c0432	niemcy, niemiec, niemczech
c0433	niemiecki, niemiecka, niemieckie
c0434	francja, francji
c0435	francuski, francuska, francuskie
c0436	włochy, włoch, włoszech
c0437	włoski, włoska, włoskie
c0438	hiszpania, hiszpanii
c0439	hiszpański, hiszpańska, hiszpańskie
c0440	portugalia, portugalii
c0441	portugalski, portugalska
c0442	holandia, niderlandy, holandii
c0443	niderlandzki, holenderski, holenderska
c0444	belgia, belgii
c0445	belgijski, belgijska
c0446	luksemburg, luksemburga, luksemburgu
c0447	austria, austrii
c0448	austriacki, austriacka
c0449	polska, polsce, polski
c0450	polski, polska, polskie, polskiej
c0451	czechy, czech, czechach
c0452	czeski, czeska, czeskie
c0453	słowacja, słowacji
c0454	słowacki, słowacka
c0455	węgry, węgier, węgrzech
c0456	węgierski, węgierska
c0457	słowenia, słowenii
c0458	chorwacja, chorwacji
c0459	rumunia, rumunii
c0460	rumuński, rumuńska
c0461	bułgaria, bułgarii
c0462	bułgarski, bułgarska
c0463	grecja, grecji
c0464	grecki, grecka, greckie
c0465	cypr, cypru, cyprze
c0466	malta, malcie, malty
c0467	irlandia, irlandii
c0468	irlandzki, irlandzka
c0469	dania, danii
c0470	duński, duńska
c0471	szwecja, szwecji
c0472	szwedzki, szwedzka
c0473	finlandia, finlandii
c0474	fiński, fińska
c0475	estonia, estonii
c0476	łotwa, łotwie, łotwy
c0477	litwa, litwie, litwy
c0478	alpy, alp, alpach
c0479	śródziemnomorski, śródziemnomorska, śródziemne
c0480	atlantycki, atlantycka, atlantyk
c0481	bałtycki, bałtycka, bałtyk
c0482	bruksela, brukseli
c0483	strasburg, strasburgu
c0484	podróżować, podróżuje, jechać
c0485	podróż, podróży, podróże
c0486	wycieczka, wyjazd, wycieczki
c0487	turysta, turyści, turystów, turystka
c0488	turystyka, turystyki
c0489	hotel, hotelu, hotele
c0490	pokój, pokoju, pokoje, sala
c0491	paszport, paszportu
c0492	bilet, biletu, bilety
c0493	pociąg, pociągu, pociągi
c0494	kolej, kolei
c0495	dworzec, stacja, dworca
c0496	autobus, autobusu, autobusy
c0497	samochód, samochodu, samochody, auto
c0498	pojazd, pojazdu, pojazdy
c0499	rower, roweru, rowery
c0500	łódź, łodzi, łódka
c0501	statek, okręt, statku, statki
c0502	samolot, samolotu, samoloty
c0503	lotnisko, lotniska, lotnisku
c0504	lot, lotu, loty
c0505	port, portu, porcie
c0506	port, przystań, portu
c0507	droga, drogi, dróg, drodze
c0508	ulica, ulicy, ulice, ulic
c0509	ścieżka, szlak, ścieżki
c0510	most, mostu, moście, mosty
c0511	tunel, tunelu
c0512	mapa, mapy, mapie
c0513	przewodnik, przewodnika, przewodnicy
c0514	wycieczka, objazd, zwiedzanie
c0515	odwiedzić, zwiedzać, odwiedza, odwiedził
c0516	gość, odwiedzający, zwiedzający
c0517	przybyć, przyjechać, przyjeżdża, przybył, przyjechał
c0518	opuścić, wyjechać, odejść, opuścił, wyjechał
c0519	odjechać, wyruszyć, odjeżdża, odjazd
c0520	wrócić, powrócić, wraca, wrócił, powrót
c0521	jechać, prowadzić, jedzie, jechał, kierować
c0522	jeździć, jeździ, jechać, jedzie
c0523	iść, chodzić, idzie, szedł, spacerować
c0524	wspinać, wchodzić, wspina, wszedł
c0525	pływać, płynąć, pływa, płynie
c0526	żeglować, płynąć, żegluje
c0527	przekroczyć, przejść, przekracza, przeszedł
c0528	dotrzeć, osiągnąć, dociera, dotarł
c0529	trasa, droga, trasy, szlak
c0530	granica, granicy, granice
c0531	odległość, dystans, odległości
c0532	kilometr, kilometrów, kilometry
c0533	metr, metrów, metry
c0534	mila, mile, mil
c0535	za granicą, zagranicą, zagranica
c0536	zagraniczny, obcy, zagraniczna, obca
c0537	ruch, ruchu
c0538	wypadek, wypadku, wypadki
c0539	pasażer, pasażerowie, pasażerów
c0540	kierowca, kierowcy, kierowców
c0541	obóz, obozu, obozie, obozy
c0542	namiot, namiotu, namioty
c0543	pozostać, przebywać, pozostaje, pozostał
c0544	czekać, czeka, czekał
c0545	wieś, wsi, wioska
c0546	miasteczko, miasto, miasta
c0547	miasto, miasta, mieście, miast
c0548	stolica, stolicy
c0549	plac, rynek, placu
c0550	rynek, targ, rynku, targu
c0551	sklep, sklepu, sklepy
c0552	kościół, kościoła, kościele, cerkiew
c0553	katedra, katedry, katedrze
c0554	zamek, zamku, zamki
c0555	pałac, pałacu
c0556	wieża, wieży, wieże
c0557	muzeum, muzea, muzeów
c0558	pomnik, pomnika, pomniki, zabytek
c0559	park, parku
c0560	ogród, ogrodu, ogrodzie
c0561	ściana, mur, ściany, muru
c0562	brama, bramy, furtka
c0563	drzwi
c0564	okno, okna, okien
c0565	piętro, piętra, kondygnacja
c0566	dach, dachu
c0567	schody, schodów
c0568	kuchnia, kuchni
c0569	łóżko, łóżka
c0570	stół, stołu, stole
c0571	krzesło, krzesła
c0572	dom, domu, domy, domów
c0573	dom, domu, domem
c0574	budynek, budynku, budynki
c0575	mieszkanie, mieszkania
c0576	adres, adresu, adresy
c0577	dzielnica, okręg, dzielnicy, powiat
c0578	region, regionu, regiony
c0579	obszar, teren, strefa, obszaru
c0580	wieś, wsi, prowincja
c0581	szpital, szpitala, szpitalu
c0582	szkoła, szkoły, szkole
c0583	uniwersytet, uczelnia, uniwersytetu
c0584	biblioteka, biblioteki, bibliotece
c0585	restauracja, restauracji
c0586	biuro, urząd, biura
c0587	fabryka, zakład, fabryki
c0588	więzienie, więzienia, więzieniu
c0589	teatr, teatru, teatrze
c0590	kino, kina, kinie
c0591	klucz, klucza, klucze
c0592	lampa, lampy
c0593	światło, światła, świetle
c0594	pudełko, skrzynia, pudło
c0595	torba, torby, worek
c0596	butelka, butelki
c0597	szkło, szkła
c0598	filiżanka, kubek, puchar
c0599	talerz, talerza
c0600	nóż, noża, noże
c0601	książka, książki, książek
c0602	list, listu, listy
c0603	papier, papieru
c0604	długopis, pióro
c0605	obraz, zdjęcie, obrazu
c0606	zdjęcie, fotografia, zdjęcia
c0607	aparat, kamera, aparatu
c0608	telefon, telefonu
c0609	komputer, komputera
c0610	internet, internetu, sieć
c0611	telewizja, telewizor, telewizji
c0612	radio, radia
c0613	gazeta, dziennik, gazety
c0614	ubrania, ubranie, odzież, ubrań
c0615	koszula, koszuli
c0616	sukienka, suknia, sukni
c0617	but, buty, butów
c0618	płaszcz, płaszcza, kurtka
c0619	kapelusz, czapka
c0620	pieniądze, pieniądz, pieniędzy
c0621	cena, ceny, cen
c0622	koszt, koszty, kosztów
c0623	płacić, zapłacić, płaci, zapłacił
c0624	kupić, kupować, kupił, kupuje
c0625	sprzedać, sprzedawać, sprzedał, sprzedaje
c0626	tani, tania, tanie
c0627	drogi, droga, drogie
c0628	euro
c0629	jedzenie, żywność, pożywienie
c0630	chleb, chleba
c0631	mięso, mięsa
c0632	mleko, mleka
c0633	ser, sera
c0634	masło, masła
c0635	wino, wina
c0636	piwo, piwa
c0637	kawa, kawy
c0638	herbata, herbaty
c0639	cukier, cukru
c0640	jabłko, jabłka
c0641	warzywo, warzywa, warzyw
c0642	ziemniak, ziemniaki, kartofel
c0643	ryż, ryżu
c0644	zupa, zupy
c0645	ciasto, tort
c0646	śniadanie, śniadania
c0647	obiad, lunch, obiadu
c0648	kolacja, obiad, kolacji
c0649	posiłek, posiłku, posiłki
c0650	jeść, zjeść, jadł, zjadł, jedzą
c0651	pić, wypić, pije, pił, piją
c0652	gotować, gotuje, ugotować
c0653	smak, smaku
c0654	głodny, głodna, głodni
c0655	głód, głodu
c0656	słodki, słodka, słodkie
c0657	świeży, świeża, świeże
c0658	miód, miodu
c0659	winogrono, winogrona
c0660	mąka, mąki
c0661	kukurydza, zboże, ziarno
c0662	pragnienie, pragnienia
c0663	praca, pracy, prace
c0664	pracować, pracuje, pracował
c0665	praca, posada, stanowisko, zatrudnienie
c0666	pracownik, robotnik, pracownicy
c0667	pracownik, zatrudniony, pracownicy, pracowników
c0668	pracodawca, pracodawcy
c0669	firma, przedsiębiorstwo, spółka
c0670	biznes, działalność, przedsiębiorstwo
c0671	przemysł, przemysłu, branża
c0672	handel, handlu
c0673	gospodarka, gospodarki, ekonomia
c0674	gospodarczy, ekonomiczny, gospodarcza
c0675	pensja, wynagrodzenie, płaca
c0676	płaca, zarobki, płacy
c0677	dochód, dochody, dochodu
c0678	podatek, podatki, podatków
c0679	budżet, budżetu
c0680	zysk, zysku, zyski
c0681	strata, straty, strat
c0682	bezrobocie, bezrobocia
c0683	zatrudnienie, zatrudnienia
c0684	kariera, kariery
c0685	zawód, zawodu, profesja
c0686	kierownik, menedżer, dyrektor
c0687	kolega, koleżanka, koledzy
c0688	zespół, drużyna, zespołu
c0689	spotkanie, posiedzenie, zebranie
c0690	projekt, projektu
c0691	zadanie, zadania
c0692	umowa, kontrakt, umowy
c0693	umiejętność, umiejętności
c0694	doświadczenie, doświadczenia
c0695	szkolenie, szkolenia
c0696	produkcja, produkcji
c0697	produkt, wyrób, produktu
c0698	usługa, usługi, usług
c0699	klient, klienci, klientów
c0700	konsument, konsumenci, konsumentów
c0701	wzrost, wzrostu
c0702	inwestycja, inwestycje, inwestycji
c0703	bank, banku
c0704	finanse, finansów
c0705	finansowy, finansowa, finansowe
c0706	dług, długu, długi
c0707	kryzys, kryzysu
c0708	ubóstwo, bieda, ubóstwa
c0709	biedny, ubogi, biedna
c0710	bogaty, bogata, bogaci
c0711	bogactwo, majątek
c0712	własność, mienie, majątek
c0713	właściciel, właściciele
c0714	posiadać, posiada
c0715	budować, zbudować, buduje, zbudował
c0716	produkować, wytwarzać, produkuje
c0717	dostawa, zaopatrzenie, dostawy
c0718	energia, energii
c0719	elektryczność, prąd, energia
c0720	technologia, technika, technologii
c0721	maszyna, maszyny, maszyn
c0722	narzędzie, narzędzia
c0723	inżynier, inżyniera
c0724	lekarz, doktor, lekarza
c0725	pielęgniarka, pielęgniarki
c0726	nauczyciel, nauczycielka, nauczyciele
c0727	student, studentka, studenci
c0728	uczeń, uczniowie, uczennica
c0729	lekcja, lekcji
c0730	klasa, klasy, klasie
c0731	egzamin, egzaminu
c0732	studiować, uczyć, studiuje
c0733	uczyć, nauczyć, uczy, nauczył
c0734	uczyć, nauczać, uczy, uczył
c0735	edukacja, kształcenie, oświata
c0736	wiedza, wiedzy
c0737	wiedzieć, znać, wie, wiem, zna, wiedział
c0738	nauka, nauki, nauce
c0739	naukowy, naukowa, naukowe
c0740	badanie, badania, badań
c0741	naukowiec, naukowcy, uczony
c0742	czytać, przeczytać, czyta, czytał
c0743	pisać, napisać, pisze, napisał
c0744	słowo, wyraz, słowa, słów
c0745	język, języka, języki
c0746	zdanie, zdania
c0747	pytanie, pytania
c0748	odpowiedź, odpowiedzi
c0749	strona, stronie, stron
c0750	historia, opowieść, opowiadanie
c0751	historia, dzieje, historii
c0752	historyczny, historyczna, historyczne
c0753	sztuka, sztuki, sztuce
c0754	artysta, artystka, artyści
c0755	muzyka, muzyki, muzyce
c0756	piosenka, pieśń, piosenki
c0757	śpiewać, zaśpiewać, śpiewa, śpiewał
c0758	tańczyć, tańczy, tańczył
c0759	film, filmu, filmy
c0760	gra, gry, zabawa
c0761	grać, bawić, gra, grał
c0762	sport, sportu
c0763	wygrać, zwyciężyć, wygrywa, wygrał
c0764	przegrać, stracić, zgubić, przegrał, stracił
c0765	piłka nożna, futbol, piłka
c0766	gracz, zawodnik, gracze
c0767	kultura, kultury, kulturze
c0768	kulturalny, kulturowy, kulturalna
c0769	pisarz, pisarka, pisarze
c0770	autor, autorka, autorzy
c0771	wiersz, poemat, wiersze
c0772	poeta, poetka, poeci
c0773	powieść, powieści
c0774	zdrowie, zdrowia
c0775	zdrowy, zdrowa, zdrowe
c0776	chory, chora, chorzy
c0777	choroba, choroby
c0778	choroba, schorzenie, choroby
c0779	wirus, wirusa, wirusy
c0780	pandemia, pandemii
c0781	pacjent, pacjentka, pacjenci
c0782	lek, lekarstwo, medycyna, leki
c0783	narkotyk, narkotyki, narkotyków
c0784	leczenie, leczenia, terapia
c0785	opieka, troska, opieki
c0786	boleć, ranić, boli, zranić
c0787	zmęczony, zmęczona, zmęczeni
c0788	spać, śpi, spał, śpią
c0789	obudzić, budzić, obudził, budzi
c0790	odpoczynek, odpoczynku, wypoczynek
c0791	rak, nowotwór, raka
c0792	szczepionka, szczepionki
c0793	psychiczny, umysłowy, psychiczna
c0794	czuć, poczuć, czuje, czuł
c0795	uczucie, uczucia, emocja
c0796	miłość, miłości
c0797	kochać, kocha, kochał
c0798	nienawidzić, nienawidzi
c0799	strach, lęk, strachu
c0800	przestraszony, wystraszony, boi
c0801	szczęśliwy, szczęśliwa, zadowolony
c0802	szczęście, szczęścia
c0803	smutny, smutna, smutne
c0804	smutek, smutku
c0805	zły, rozgniewany, zła
c0806	gniew, złość, gniewu
c0807	radość, radości
c0808	nadzieja, nadziei
c0809	mieć nadzieję, nadzieję, liczyć
c0810	martwić, niepokoić, martwi
c0811	niespodzianka, zaskoczenie
c0812	wstyd, wstydu, hańba
c0813	duma, dumy
c0814	dumny, dumna, dumni
c0815	samotny, samotna
c0816	spokojny, spokojna, spokojnie
c0817	uśmiechać, uśmiechnąć, uśmiecha
c0818	śmiać, śmieje, śmiał
c0819	płakać, płacze, płakał
c0820	pocałunek, pocałunku, całus
c0821	sen, snu, marzenie, sny
c0822	życzenie, pragnienie, życzenia
c0823	chcieć, chce, chcą, chciał
c0824	lubić, lubi, lubią, lubił
c0825	cieszyć, lubić, cieszy
c0826	woleć, woli, wolą
c0827	tęsknić, tęskni, brakować
c0828	cierpieć, cierpi, cierpiał
c0829	przyjemność, przyjemności
c0830	odwaga, odwagi
c0831	odważny, dzielny, odważna
c0832	zaufanie, zaufania
c0833	wątpliwość, wątpliwości
c0834	wierzyć, wierzy, wierzył
c0835	wiara, wiary
c0836	bóg, boga, bogu, bogowie
c0837	religia, religii
c0838	religijny, religijna
c0839	dusza, duszy, dusze
c0840	duch, ducha
c0841	umysł, umysłu
c0842	myśl, myśli
c0843	myśleć, sądzić, myśli, myślał
c0844	pomysł, idea, pomysłu
c0845	pamiętać, pamięta, pamiętał
c0846	zapomnieć, zapominać, zapomniał, zapomina
c0847	rozumieć, zrozumieć, rozumie, zrozumiał
c0848	znaczyć, oznaczać, znaczy
c0849	znaczenie, znaczenia
c0850	powód, przyczyna, powodu
c0851	pamięć, wspomnienie, pamięci
c0852	wyobrazić, wyobrażać, wyobraża
c0853	zdecydować, decydować, postanowić, zdecydował
c0854	decyzja, decyzji, postanowienie
c0855	wybrać, wybierać, wybrał, wybiera
c0856	wybór, wyboru
c0857	plan, planu
c0858	próbować, spróbować, próbuje, starać
c0859	potrzebować, potrzebuje
c0860	potrzeba, potrzeby, konieczność
c0861	powiedzieć, mówić, mówi, powiedział
c0862	powiedzieć, opowiedzieć, mówić, powiedział
c0863	mówić, mówi, mówił, przemawiać
c0864	rozmawiać, rozmawia, mówić
c0865	pytać, zapytać, pyta, zapytał, prosić
c0866	dzwonić, zadzwonić, nazywać, dzwoni
c0867	krzyczeć, krzyczy, krzyknął
c0868	słyszeć, usłyszeć, słyszy, słyszał
c0869	słuchać, słucha, słuchał
c0870	widzieć, zobaczyć, widzi, widział, zobaczył
c0871	patrzeć, spojrzeć, patrzy, patrzył
c0872	oglądać, obserwować, ogląda
c0873	pokazać, pokazywać, pokazuje, pokazał
c0874	znaleźć, znajdować, znalazł, znajduje
c0875	dać, dawać, daje, dał, dała
c0876	wziąć, brać, bierze, wziął, wzięła
c0877	przynieść, przynosić, przyniósł, przynosi
c0878	nieść, nosić, niesie, nosi
c0879	trzymać, trzyma, odbyć, odbywa
c0880	zachować, trzymać, zatrzymać, zachowuje
c0881	położyć, kłaść, postawić, położył
c0882	wysłać, wysyłać, wysłał, wysyła
c0883	otrzymać, dostać, otrzymuje, otrzymał
c0884	dostać, uzyskać, dostaje, dostał
c0885	robić, zrobić, robi, zrobił
c0886	używać, użyć, używa, stosować
c0887	otworzyć, otwierać, otwiera, otworzył
c0888	zamknąć, zamykać, zamyka, zamknął
c0889	zacząć, zaczynać, zaczyna, zaczął
c0890	rozpocząć, zacząć, rozpoczyna, rozpoczął
c0891	zatrzymać, przestać, zatrzymuje, przestał
c0892	kontynuować, kontynuuje, kontynuował
c0893	skończyć, zakończyć, kończy, skończył
c0894	zmienić, zmieniać, zmienia, zmienił
c0895	zmiana, zmiany, zmian
c0896	rosnąć, rośnie, rósł, urosnąć
c0897	upaść, spadać, spada, upadł, spadł
c0898	wznosić, rosnąć, podnosić, wzrósł
c0899	podnieść, podnosić, podniósł, podnosi
c0900	zwiększyć, wzrosnąć, zwiększa, wzrasta
c0901	wzrost, zwiększenie, wzrostu
c0902	zmniejszyć, ograniczyć, obniżyć, zmniejsza
c0903	przyjść, przychodzić, przyszedł, przychodzi, przyjechać
c0904	iść, pójść, idzie, szedł, poszedł, jechać
c0905	wejść, wchodzić, wchodzi, wszedł
c0906	biec, biegać, biegnie, biegł
c0907	stać, stoi, stał, stoją
c0908	siedzieć, siedzi, siedział
c0909	leżeć, leży, leżał
c0910	kłamać, kłamie, kłamał
c0911	ruszać, przenieść, poruszać, rusza
c0912	obrócić, skręcić, odwrócić, obraca
c0913	iść za, śledzić, podążać, następować
c0914	prowadzić, kierować, prowadzi, prowadził
c0915	spotkać, spotykać, spotkał, spotyka
c0916	pomagać, pomóc, pomaga, pomógł
c0917	pomoc, pomocy
c0918	pozwolić, pozwalać, pozwala, pozwolił, zezwolić
c0919	zapobiec, zapobiegać, zapobiega
c0920	chronić, ochronić, chroni
c0921	ratować, uratować, ocalić, ratuje
c0922	zabić, zabijać, zabił, zabija
c0923	walczyć, bić, walczy, walczył
c0924	złamać, łamać, rozbić, złamał, zepsuć
c0925	ciąć, kroić, pociąć, tnie
c0926	uderzyć, bić, uderza, uderzył
c0927	rzucić, rzucać, rzuca, rzucił
c0928	złapać, łapać, chwycić, złapał
c0929	ciągnąć, pociągnąć, ciągnie
c0930	pchać, popchnąć, pcha
c0931	napełnić, wypełnić, napełnia
c0932	myć, prać, umyć, myje
c0933	czysty, czysta, czyste
c0934	rysować, narysować, rysuje
c0935	malować, pomalować, maluje
c0936	naprawić, naprawiać, naprawia
c0937	tworzyć, stworzyć, tworzy, stworzył
c0938	zniszczyć, niszczyć, niszczy, zniszczył
c0939	palić, płonąć, spalić, pali, płonie
c0940	latać, lecieć, leci, leciał, lata
c0941	ukryć, chować, ukrywać, ukrył
c0942	szukać, szuka, szukał
c0943	zdarzyć, dziać, zdarza, stało
c0944	wydawać, wydaje, zdawać
c0945	pojawić, pojawiać, pojawia, pojawił
c0946	stać się, staje, stał
c0947	pozostać, pozostaje, pozostał
c0948	należeć, należał
c0949	zawierać, zawiera
c0950	obejmować, zawierać, obejmuje, włączyć
c0951	istnieć, istnieje, istniał
c0952	zależeć, zależy, polegać
c0953	powodować, spowodować, powoduje, spowodował
c0954	przyczyna, powód, przyczyny
c0955	wynik, rezultat, wyniku
c0956	wpływać, wpłynąć, dotyczyć, wpływa
c0957	rozwijać, rozwinąć, rozwija
c0958	poprawić, ulepszyć, poprawia, poprawiać
c0959	wspierać, popierać, wspiera, poprzeć
c0960	wsparcie, poparcie, wsparcia
c0961	sprzeciwiać, przeciwstawiać, sprzeciwia
c0962	zgodzić, zgadzać, zgadza, zgodził
c0963	przyjąć, akceptować, przyjmuje, przyjął
c0964	odmówić, odmawiać, odmawia, odmówił
c0965	odrzucić, odrzucać, odrzuca, odrzucił
c0966	zaprzeczyć, zaprzeczać, zaprzecza
c0967	przyznać, przyznawać, przyznaje, przyznał
c0968	wyjaśnić, tłumaczyć, wyjaśnia
c0969	opisać, opisywać, opisuje
c0970	relacjonować, donieść, informować, zgłosić
c0971	ogłosić, ogłaszać, ogłasza, ogłosił
c0972	informować, poinformować, informuje
c0973	omawiać, dyskutować, omówić, omawia
c0974	argumentować, kłócić, spierać
c0975	twierdzić, twierdzi, twierdził
c0976	sugerować, zaproponować, sugeruje
c0977	oferować, zaoferować, proponować, oferuje
c0978	obiecać, obiecywać, obiecuje
c0979	ostrzec, ostrzegać, ostrzega
c0980	grozić, zagrażać, grozi
c0981	żądać, domagać, żąda
c0982	wymagać, wymaga, zobowiązać
c0983	oczekiwać, spodziewać, oczekuje
c0984	zakazać, zabronić, zakazuje, zakazany
c0985	zmusić, zmuszać, zmusza
c0986	wydać, wydawać, spędzić, spędzać
c0987	zarabiać, zarobić, zarabia
c0988	pokonać, bić, pobić, pokonał
c0989	przygotować, przygotowywać, przygotowuje
c0990	organizować, zorganizować, organizuje
c0991	zarządzać, kierować, zarządza, zdołać
c0992	kontrolować, kontroluje, panować
c0993	sprawdzić, sprawdzać, sprawdza
c0994	test, próba, egzamin, testu
c0995	mierzyć, zmierzyć, mierzy
c0996	liczyć, policzyć, liczy
c0997	dodać, dodawać, dodaje
c0998	porównać, porównywać, porównuje
c0999	połączyć, łączyć, łączy
c1000	dołączyć, przystąpić, dołącza, łączyć
c1001	dzielić, podzielić, dzieli
c1002	dzielić, podzielić, dzieli, podzielił
c1003	dostarczyć, dostarczać, dostarcza
c1004	opublikować, publikować, wydać, publikuje
c1005	podpisać, podpisywać, podpisuje, podpisał
c1006	nosić, mieć na sobie, nosi
c1007	dotknąć, dotykać, dotyka
c1008	zapach, woń, zapachu
c1009	dźwięk, odgłos, dźwięku
c1010	hałas, hałasu
c1011	cisza, milczenie, ciszy
c1012	duży, wielki, duża, duże
c1013	duży, wielki, obszerny, duża
c1014	mały, mała, małe
c1015	mały, niewielki, mała
c1016	długi, długa, długie
c1017	krótki, krótka, krótkie
c1018	wysoki, wysoka, wysokie
c1019	niski, niska, niskie
c1020	szeroki, szeroka, szerokie
c1021	wąski, wąska, wąskie
c1022	głęboki, głęboka, głębokie
c1023	ciężki, ciężka, ciężkie
c1024	lekki, lekka, lekkie
c1025	szybki, szybka, szybkie
c1026	wolny, powolny, wolna
c1027	nowy, nowa, nowe, nowi
c1028	dobry, dobra, dobre, lepszy, najlepszy, dobrzy
c1029	zły, zła, złe, gorszy, najgorszy, źle
c1030	piękny, piękna, piękne
c1031	brzydki, brzydka
c1032	brudny, brudna, brudne
c1033	pełny, pełna, pełne
c1034	pusty, pusta, puste
c1035	łatwy, łatwa, łatwe
c1036	trudny, trudna, trudne
c1037	twardy, trudny, twarda
c1038	miękki, miękka, miękkie
c1039	silny, mocny, silna, silni
c1040	słaby, słaba, słabe
c1041	bezpieczny, bezpieczna, bezpieczne
c1042	niebezpieczny, niebezpieczna, groźny
c1043	wolny, wolna, wolni, swobodny
c1044	ważny, ważna, ważne, istotny
c1045	główny, główna, główne
c1046	konieczny, niezbędny, potrzebny, konieczne
c1047	możliwy, możliwa, możliwe
c1048	niemożliwy, niemożliwe
c1049	prawdziwy, prawdziwa, prawdziwe
c1050	fałszywy, nieprawdziwy, fałszywa
c1051	rzeczywisty, prawdziwy, realny
c1052	poprawny, prawidłowy, słuszny
c1053	błędny, zły, niewłaściwy, niesłuszny
c1054	taki sam, ten sam, tym samym, same
c1055	różny, inny, różne, inne
c1056	podobny, podobna, podobne
c1057	cały, cała, całe
c1058	publiczny, publiczna, publiczne
c1059	prywatny, prywatna, prywatne
c1060	narodowy, krajowy, narodowa
c1061	międzynarodowy, międzynarodowa, międzynarodowe
c1062	lokalny, miejscowy, lokalna
c1063	globalny, światowy, globalna
c1064	społeczny, socjalny, społeczna
c1065	ogólny, ogólna, ogólne, powszechny
c1066	specjalny, szczególny, specjalna
c1067	prosty, prosta, proste
c1068	złożony, skomplikowany, złożona
c1069	jasny, przejrzysty, wyraźny
c1070	cichy, cicha, ciche
c1071	głośny, głośna, głośno
c1072	sławny, słynny, znany
c1073	popularny, popularna
c1074	wspólny, powszechny, pospolity
c1075	rzadki, rzadka, rzadko
c1076	dziwny, dziwna, dziwne
c1077	normalny, normalna, zwykły
c1078	gotowy, gotowa, gotowe
c1079	zajęty, zajęta, ruchliwy
c1080	sam, sama, samotny
c1081	razem, wspólnie
c1082	pewny, pewien, pewna
c1083	poważny, poważna, poważne
c1084	ogromny, olbrzymi, ogromna
c1085	starożytny, dawny, antyczny
c1086	nowoczesny, współczesny, nowoczesna
c1087	tradycyjny, tradycyjna
c1088	ludzki, ludzka, ludzkie
c1089	piękno, uroda, piękna
c1090	miły, przyjemny, miła
c1091	wielki, wspaniały, świetny, wielka
c1092	dobry, w porządku, dobrze
c1093	uprzejmy, życzliwy, dobry
c1094	przyjazny, przyjacielski, przyjazna
c1095	wysoki, wysoka, wysocy
c1096	okrągły, okrągła
c1097	płaski, płaska, równy
c1098	ostry, ostra, ostre
c1099	cienki, chudy, szczupły
c1100	gruby, gruba, grube
c1101	gruby, tłusty, otyły
c1102	szybki, szybka, prędki
c1103	powoli, wolno
c1104	szybko, prędko
c1105	dobrze
c1106	prawie, niemal
c1107	tylko, jedynie
c1108	szczególnie, zwłaszcza, specjalnie
c1109	w końcu, wreszcie, ostatecznie, nareszcie
c1110	nagle, niespodziewanie
c1111	prawdopodobnie, pewnie
c1112	być może, chyba
c1113	na pewno, pewnie, z pewnością, oczywiście
c1114	naprawdę, rzeczywiście
c1115	tutaj, tu
c1116	tam
c1117	wszędzie
c1118	daleko, daleki
c1119	blisko, niedaleko, bliski
c1120	daleko, precz
c1121	na zewnątrz, zewnątrz, dworze
c1122	wewnątrz, w środku, środku
c1123	między, pomiędzy
c1124	bez
c1125	przeciw, przeciwko
c1126	podczas, w trakcie, w czasie, trakcie
c1127	po
c1128	przed
c1129	pod
c1130	nad, powyżej, ponad
c1131	przez, w poprzek
c1132	przez, poprzez
c1133	wokół, dookoła, około
c1134	wśród, pośród, między
c1135	mimo, pomimo, wbrew
c1136	ku, w kierunku, wobec, kierunku
c1137	za
c1138	wzdłuż
c1139	wszyscy, każdy, wszystkich
c1140	nic, niczego, niczym
c1141	wszystko, wszystkiego
c1142	rzecz, rzeczy, przedmiot
c1143	miejsce, miejsca, miejscu
c1144	sposób, sposobu, droga
c1145	część, części
c1146	liczba, numer, liczby
c1147	grupa, grupy, grupie
c1148	rodzaj, typ, rodzaju
c1149	przykład, przykładu, przykładem
c1150	problem, problemu, kłopot
c1151	sytuacja, sytuacji
c1152	fakt, faktu, fakty
c1153	przypadek, przypadku, sprawa
c1154	punkt, kwestia, punktu
c1155	forma, kształt, formy
c1156	poziom, poziomu, stopień
c1157	rozmiar, wielkość, rozmiaru
c1158	kształt, kształtu, forma
c1159	linia, linii
c1160	znak, sygnał, oznaka
c1161	różnica, różnicy, różnice
c1162	szansa, okazja, szczęście
c1163	okazja, szansa, możliwość, okazji
c1164	niebezpieczeństwo, zagrożenie
c1165	ryzyko, ryzyka
c1166	znaczenie, waga, znaczenia
c1167	sukces, powodzenie, sukcesu
c1168	porażka, niepowodzenie, klęska
c1169	wysiłek, starania, wysiłku
c1170	rola, roli
c1171	cel, zamiar, celu
c1172	jakość, jakości
c1173	ilość, kwota, suma
c1174	większość, większości
c1175	procent, procentu, procenty, procentów
c1176	przeciętny, średni, średnia
c1177	wiadomość, przesłanie, komunikat
c1178	wiadomości, aktualności, nowiny
c1179	informacja, informacje, informacji
c1180	imię, nazwa, nazwisko, imienia
c1181	parlament, parlamentu, sejm
c1182	parlamentarny, parlamentarna
c1183	członek, poseł, członkowie, posłowie
c1184	rezolucja, uchwała, rezolucji
c1185	rząd, rządu, rządy
c1186	minister, ministra, ministrowie
c1187	premier, premiera
c1188	prezydent, przewodniczący, prezes
c1189	wybory, wyborów, elekcja
c1190	wyborczy, wyborcza, wyborcze
c1191	głosować, głosuje, głosował
c1192	głos, głosowanie, głosu, głosy
c1193	wyborca, wyborcy, wyborców
c1194	kandydat, kandydata, kandydaci
c1195	kampania, kampanii
c1196	referendum, referenda
c1197	partia, partii, partie
c1198	prawa człowieka, praw człowieka
c1199	prawo, prawa, praw
c1200	prawo, ustawa, prawa
c1201	prawny, legalny, prawna
c1202	nielegalny, nielegalna, bezprawny
c1203	sąd, sądu, trybunał
c1204	sędzia, sędziego, sędziowie
c1205	prawnik, adwokat, prawnicy
c1206	prokurator, prokuratora
c1207	proces, rozprawa, procesu
c1208	wyrok, kara, wyroku
c1209	więzień, więźnia, więźniowie
c1210	więzień polityczny, więźniowie polityczni
c1211	aresztować, zatrzymać, aresztowany
c1212	aresztowanie, zatrzymanie
c1213	zatrzymanie, areszt, pozbawienie wolności
c1214	zatrzymać, przetrzymywać, zatrzymany
c1215	uwolnić, zwolnić, uwalnia
c1216	uwolnienie, zwolnienie
c1217	tortury, torturowanie, tortur
c1218	potępić, potępiać, potępia
c1219	wezwać, nalegać, apelować
c1220	wzywać, wezwać, wzywa
c1221	domagać, wzywać, żądać
c1222	z zadowoleniem, przyjąć, powitać, witać
c1223	żałować, ubolewać, ubolewa
c1224	przypomnieć, przypominać, przypomina
c1225	dziennikarz, dziennikarka, dziennikarze
c1226	media, mediów
c1227	prasa, prasy
c1228	protest, protestu, protesty
c1229	protestujący, demonstrant
c1230	demonstracja, manifestacja
c1231	wolność, wolności
c1232	wolność wypowiedzi, wolność słowa
c1233	wolność zgromadzeń
c1234	demokracja, demokracji
c1235	demokratyczny, demokratyczna
c1236	państwo członkowskie, państwa członkowskie
c1237	komisja, komisji
c1238	komisarz, komisarza
c1239	rada, rady, radzie
c1240	unia, związek, unii
c1241	unia europejska, unii europejskiej
c1242	obywatel, obywatele, obywateli
c1243	obywatelstwo, obywatelstwa
c1244	przemoc, przemocy
c1245	brutalny, gwałtowny, agresywny
c1246	policja, policji
c1247	policjant, funkcjonariusz, policjanci
c1248	armia, wojsko, armii
c1249	wojskowy, wojskowa, militarny
c1250	żołnierz, żołnierze, żołnierzy
c1251	wojna, wojny, wojnie
c1252	pokój, pokoju
c1253	konflikt, konfliktu
c1254	broń, broni
c1255	sankcja, sankcje, sankcji
c1256	opozycja, opozycji
c1257	reżim, reżimu
c1258	władza, władze, organ, władz
c1259	państwo, państwa, państw
c1260	kraj, państwo, kraju, kraje
c1261	naród, narodu, narody
c1262	republika, republiki
c1263	królestwo, królestwa
c1264	król, króla, królowie
c1265	królowa, królowej
c1266	cesarz, cesarza
c1267	imperium, cesarstwo
c1268	konstytucja, konstytucji
c1269	konstytucyjny, konstytucyjna
c1270	traktat, traktatu, traktaty
c1271	porozumienie, umowa, porozumienia
c1272	negocjacje, rokowania, negocjacji
c1273	negocjować, negocjuje
c1274	przestępstwo, zbrodnia, przestępstwa
c1275	karny, przestępczy, kryminalny
c1276	ofiara, ofiary, ofiar
c1277	morderstwo, zabójstwo
c1278	terroryzm, terroryzmu
c1279	terrorysta, terroryści
c1280	atak, napaść, zamach, ataku
c1281	bezpieczeństwo, bezpieczeństwa
c1282	bezpieczeństwo, bezpieczeństwa
c1283	obrona, obrony, obronność
c1284	uchodźca, uchodźcy, uchodźców
c1285	migrant, imigrant, migranci
c1286	migracja, migracji
c1287	azyl, azylu
c1288	mniejszość, mniejszości
c1289	dyskryminacja, dyskryminacji
c1290	równość, równości
c1291	płeć, płci, gender
c1292	praworządność, rządy prawa
c1293	sprawiedliwość, wymiar sprawiedliwości
c1294	sądowy, sądowa, sądownictwo
c1295	niepodległość, niezależność
c1296	niezależny, niepodległy, niezależna
c1297	suwerenność, suwerenności
c1298	terytorium, terytoria
c1299	okupacja, okupacji
c1300	inwazja, najazd, inwazji
c1301	zawieszenie broni, rozejm
c1302	humanitarny, humanitarna
c1303	pomoc, pomocy
c1304	współpraca, współpracy
c1305	dialog, dialogu
c1306	stosunek, stosunki, relacja
c1307	dyplomatyczny, dyplomatyczna
c1308	ambasador, ambasadora
c1309	ambasada, ambasady
c1310	delegacja, delegacji
c1311	przedstawiciel, przedstawiciele
c1312	urzędnik, funkcjonariusz, urzędnicy
c1313	administracja, administracji
c1314	instytucja, instytucji
c1315	agencja, agencji, urząd
c1316	władza, siła, moc
c1317	polityka, polityki
c1318	polityka, polityki
c1319	polityczny, polityczna, polityczne
c1320	polityk, politycy
c1321	reforma, reformy
c1322	ustawodawstwo, prawodawstwo, przepisy
c1323	dyrektywa, dyrektywy
c1324	rozporządzenie, regulacja, przepis
c1325	wniosek, propozycja, wniosku
c1326	poprawka, poprawki, zmiana
c1327	sprawozdanie, raport, sprawozdania
c1328	debata, debaty, dyskusja
c1329	sesja, posiedzenie, sesji
c1330	komisja, komitet, komisji
c1331	przewodniczący, prezes
c1332	prezydencja, przewodnictwo
c1333	mandat, mandatu
c1334	przyjąć, uchwalić, przyjmuje, przyjął
c1335	zatwierdzić, zatwierdzać, zatwierdza
c1336	wstrzymać się, wstrzymał
c1337	koalicja, koalicji
c1338	przywódca, lider, przywódcy
c1339	korupcja, korupcji
c1340	oszustwo, nadużycie, oszustwa
c1341	przejrzystość, jawność
c1342	dochodzenie, śledztwo, dochodzenia
c1343	badać, zbadać, prowadzić śledztwo
c1344	dowód, dowody, dowodów
c1345	świadek, świadkowie, świadka
c1346	zarzut, oskarżenie, zarzuty
c1347	oskarżyć, oskarżać, oskarża, oskarżony
c1348	winny, winna, winni
c1349	niewinny, niewinna
c1350	skazać, skazywać, skazany
c1351	odwołanie, apelacja
c1352	kara, kary
c1353	kara śmierci
c1354	egzekucja, stracenie
c1355	grzywna, kara, grzywny
c1356	kara, ukaranie, kary
c1357	karać, ukarać, karze
c1358	aktywista, działacz, aktywiści
c1359	obrońca praw człowieka, obrońcy
c1360	dysydent, dysydenci
c1361	zakładnik, zakładnicy
c1362	porwać, uprowadzić, porywać
c1363	zaginięcie, zniknięcie, zaginięcia
c1364	nękanie, prześladowanie, molestowanie
c1365	zastraszanie, zastraszenie
c1366	prześladowanie, prześladowania
c1367	represje, represja, represji
c1368	rozprawa, represje, tłumienie
c1369	cenzura, cenzury
c1370	nadużycie, znęcanie, przemoc
c1371	gwałt, gwałtu
c1372	ludobójstwo, ludobójstwa
c1373	zbrodnia wojenna, zbrodnie wojenne
c1374	handel, przemyt, handlu
c1375	niewolnictwo, niewolnictwa
c1376	narody zjednoczone, onz
c1377	nato
c1378	parlament europejski, parlamentu europejskiego
c1379	komisja europejska, komisji europejskiej
c1380	szczyt, szczytu
c1381	fundusz, funduszu, fundusze
c1382	finansowanie, finansowania
c1383	program, programu
c1384	strategia, strategii
c1385	cel, celu, cele
c1386	środek, środki, działanie
c1387	działanie, akcja, czyn
c1388	ramy, ram
c1389	wdrożenie, wdrażanie, realizacja
c1390	wdrożyć, wdrażać, realizować
c1391	zapewnić, zapewniać, zapewnia
c1392	podkreślić, podkreślać, podkreśla
c1393	odnotować, zauważyć, odnotowuje
c1394	powtórzyć, powtarzać, ponownie
c1395	wyrazić, wyrażać, wyraża
c1396	zaniepokojenie, obawa, niepokój
c1397	ubolewać, potępić, ubolewa
c1398	potępić, piętnować, potępia
c1399	nalegać, nalega, domagać
c1400	zachęcić, zachęcać, zachęca
c1401	zaprosić, zapraszać, zaprasza
c1402	podkreślić, zwrócić uwagę, podkreśla
c1403	uznać, przyznać, uznaje
c1404	uznać, rozpoznać, uznaje
c1405	rozważyć, uważać, rozważa, uważa
c1406	natychmiast, niezwłocznie
c1407	zdecydowanie, stanowczo, mocno
c1408	głęboko, głęboki
c1409	bezwarunkowo
c1410	głosowanie, karta, kartka
c1411	sprawiedliwy, uczciwy, sprawiedliwa
c1412	obserwator, obserwatorzy
c1413	rynek wewnętrzny, rynku wewnętrznego
c1414	konkurencja, rywalizacja, konkurs
c1415	rolnictwo, rolnictwa
c1416	rybołówstwo, rybołówstwa
c1417	zmiana klimatu, zmiany klimatu
c1418	emisja, emisje, emisji
c1419	zrównoważony, zrównoważona
c1420	rozwój, rozwoju
c1421	innowacja, innowacje, innowacji
c1422	cyfrowy, cyfrowa, cyfrowe
c1423	dane, danych
c1424	prywatność, prywatności
c1425	ochrona, ochrony
c1426	transport, transportu
c1427	infrastruktura, infrastruktury
c1428	regionalny, regionalna
c1429	solidarność, solidarności
c1430	rozszerzenie, rozszerzenia
c1431	przystąpienie, akcesja
c1432	cło, urząd celny, cła
c1433	waluta, waluty
c1434	inflacja, inflacji
c1435	odsetki, oprocentowanie, odsetek
c1436	zainteresowanie, interes
c1437	deficyt, deficytu
c1438	społeczeństwo, społeczeństwa
c1439	społeczność, wspólnota
c1440	organizacja, organizacji
c1441	stowarzyszenie, związek
c1442	ludność, populacja, ludności
c1443	opinia publiczna, opinii publicznej
c1444	odpowiedzialność, odpowiedzialności
c1445	odpowiedzialny, odpowiedzialna
c1446	obowiązek, zobowiązanie
c1447	zasada, zasady, zasad
c1448	wartość, wartości
c1449	godność, godności
c1450	szacunek, poszanowanie, szacunku
c1451	szanować, przestrzegać, szanuje
c1452	egzekwowanie prawa, organy ścigania
c1453	procedura, postępowanie, procedury
c1454	proces, procesu, procesy
c1455	kwestia, sprawa, problem
c1456	sprawa, kwestia, sprawy
c1457	system, systemu, układ
c1458	rozkaz, polecenie, nakaz
c1459	zasada, reguła, przepis
c1460	skutek, efekt, skutki
c1461	wpływ, oddziaływanie, wpływu
c1462	warunek, stan, warunki
c1463	dostęp, dostępu
c1464	zasób, zasoby, zasobów
c1465	wróg, wroga, wrogowie
c1466	bohater, bohaterowie, bohaterka
c1467	strażnik, wartownik, straż
c1468	ksiądz, kapłan, duchowny, księdza
c1469	tradycja, tradycji
c1470	festiwal, święto, festiwalu
c1471	ceremonia, uroczystość
c1472	przemówienie, mowa, przemówienia
c1473	opinia, zdanie, pogląd
c1474	oświadczenie, wypowiedź
c1475	deklaracja, oświadczenie
c1476	uwaga, uwagi, uwagę
c1477	prawda, prawdy, prawdzie
c1478	tajemnica, sekret, tajemnicy
c1479	zagrożenie, groźba, zagrożenia
c1480	zwycięstwo, wygrana, zwycięstwa
c1481	porażka, klęska, przegrana
c1482	bitwa, bitwy, walka
c1483	rewolucja, rewolucji
c1484	flaga, sztandar, flagi
c1485	chata, schronisko, chatka
c1486	lawina, lawiny
c1487	sojusznik, sojusznicy
c1488	wojska, oddziały, żołnierze
c1489	strajk, strajku
c1490	emerytura, emerytury
c1491	mieszkalnictwo, mieszkania
c1492	szczęście, fart, szczęścia
c1493	myśliwy, łowca, myśliwi
c1494	wysokość, wzrost, wysokości
c1495	długość, długości
c1496	waga, ciężar, wagi
c1497	prędkość, szybkość, prędkości
c1498	dziedzictwo, spuścizna
c1499	broń, pistolet, karabin
c1500	bomba, bomby
`;
