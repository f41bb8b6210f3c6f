// Concordia's core vocabulary in Czech: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	jeden, jedna, jedno, jednoho, jedné, jednou, jednom
c0002	dva, dvě, dvou, dvěma
c0003	tři, tří, třem, třemi
c0004	čtyři, čtyř, čtyřem, čtyřmi
c0005	pět, pěti
c0006	šest, šesti
c0007	sedm, sedmi
c0008	osm, osmi
c0009	devět, devíti
c0010	deset, deseti
c0011	jedenáct, jedenácti
c0012	dvanáct, dvanácti
c0013	třináct, třinácti
c0014	čtrnáct, čtrnácti
c0015	patnáct, patnácti
c0016	šestnáct, šestnácti
c0017	sedmnáct, sedmnácti
c0018	osmnáct, osmnácti
c0019	devatenáct, devatenácti
c0020	dvacet, dvaceti
c0021	třicet, třiceti
c0022	čtyřicet, čtyřiceti
c0023	padesát, padesáti
c0024	šedesát, šedesáti
c0025	sedmdesát, sedmdesáti
c0026	osmdesát, osmdesáti
c0027	devadesát, devadesáti
c0028	sto, sta, set, stě
c0029	tisíc, tisíce, tisíci
c0030	milion, miliony, milionů
c0031	miliarda, miliardy, miliard
c0032	první
c0033	druhý, druhá, druhé
c0034	třetí
c0035	čtvrtý, čtvrtá, čtvrté
c0036	pátý, pátá, páté
c0037	šestý, šestá, šesté
c0038	sedmý, sedmá, sedmé
c0039	osmý, osmá, osmé
c0040	devátý, devátá, deváté
c0041	desátý, desátá, desáté
c0042	polovina, půl, poloviny, polovinu
c0043	čtvrtina, čtvrt, čtvrtletí
c0044	tucet, tuctu
c0045	dvojitý, dvojnásobný, dvojí
c0046	poslední
c0047	příští, další, následující
c0048	leden, ledna, lednu
c0049	únor, února, únoru
c0050	březen, března, březnu
c0051	duben, dubna, dubnu
c0052	květen, května, květnu
c0053	červen, června, červnu
c0054	červenec, července, červenci
c0055	srpen, srpna, srpnu
c0056	září
c0057	říjen, října, říjnu
c0058	listopad, listopadu
c0059	prosinec, prosince, prosinci
c0060	pondělí
c0061	úterý
c0062	středa, středu, středy
c0063	čtvrtek, čtvrtku
c0064	pátek, pátku
c0065	sobota, sobotu, soboty
c0066	neděle, neděli
c0067	jaro, jara, jaře
c0068	léto, léta, létě
c0069	podzim, podzimu
c0070	zima, zimy, zimě
c0071	roční období, období, sezóna
c0072	den, dne, dni, dny, dnů, dnech
c0073	týden, týdne, týdny, týdnů, týdnu
c0074	měsíc, měsíce, měsíců
c0075	rok, roku, roky, let, léta, letech
c0076	hodina, hodiny, hodin, hodinu
c0077	minuta, minuty, minut
c0078	sekunda, vteřina, sekund
c0079	ráno, dopoledne, jitro, ranní
c0080	odpoledne
c0081	večer, večera, večeru
c0082	noc, noci
c0083	poledne
c0084	půlnoc, půlnoci
c0085	dnes, dneska
c0086	včera
c0087	zítra
c0088	dnes večer, večer
c0089	století, věk
c0090	desetiletí, dekáda
c0091	čas, času, době
c0092	okamžik, chvíle, moment, chvíli
c0093	období, doba, lhůta
c0094	datum, data
c0095	víkend, víkendu
c0096	kalendář, kalendáře
c0097	hodiny, hodinky
c0098	věk, věku, stáří
c0099	minulost, minulosti
c0100	budoucnost, budoucnosti
c0101	přítomnost, současnost
c0102	nyní, teď
c0103	brzy, záhy, brzo
c0104	později, potom, pak
c0105	časný, raný, brzký, brzy
c0106	pozdní, pozdě
c0107	již, už
c0108	znovu, opět, zase
c0109	vždy, vždycky
c0110	nikdy
c0111	často
c0112	někdy, občas
c0113	před
c0114	nedávno, poslední dobou
c0115	denní, každodenní, denně
c0116	roční, výroční, každoroční, ročně
c0117	úsvit, svítání
c0118	západ slunce, západ
c0119	východ slunce, východ
c0120	éra, epocha, období
c0121	začátek, počátek, začátku
c0122	konec, konce, konci
c0123	narozeniny, narozenin
c0124	svátek, dovolená, prázdniny
c0125	vánoce, vánoc, vánocích
c0126	velikonoce, velikonoc
c0127	výročí
c0128	barva, barvy, barev
c0129	červený, červená, červené
c0130	modrý, modrá, modré
c0131	zelený, zelená, zelené
c0132	žlutý, žlutá, žluté
c0133	černý, černá, černé
c0134	bílý, bílá, bílé
c0135	šedý, šedivý, šedá
c0136	hnědý, hnědá, hnědé
c0137	oranžový, oranžová
c0138	růžový, růžová
c0139	fialový, purpurový, fialová
c0140	zlatý, zlatá, zlaté
c0141	tmavý, temný, tmavá
c0142	jasný, světlý, zářivý
c0143	bledý, bledá
c0144	sever, severu
c0145	jih, jihu
c0146	východ, východu
c0147	západ, západu
c0148	severní
c0149	jižní
c0150	východní
c0151	západní
c0152	levý, levá, levé
c0153	pravý, pravá, pravé
c0154	vrchol, vršek, horní část
c0155	dno, spodek, dole
c0156	strana, bok, straně, stranu
c0157	střed, prostředek, středu
c0158	centrum, střed, středisko
c0159	přední část, předek, přední
c0160	zadní část, zadní
c0161	okraj, hrana, okraje
c0162	rodina, rodiny, rodině
c0163	matka, matky, matce, maminka, máma
c0164	otec, otce, otci, táta
c0165	rodič, rodiče, rodičů
c0166	dítě, děti, dětí, dětem, dítěte
c0167	syn, syna, synové
c0168	dcera, dcery, dceři
c0169	bratr, bratra, bratři
c0170	sestra, sestry, sester
c0171	manžel, muž, manžela
c0172	manželka, žena, manželky
c0173	dědeček, děd, dědečka
c0174	babička, babičky
c0175	vnuk, vnučka, vnoučata, vnoučat
c0176	strýc, strýce, strejda
c0177	teta, tety
c0178	bratranec, sestřenice
c0179	miminko, nemluvně, kojenec, dítě
c0180	chlapec, kluk, chlapce, chlapci
c0181	dívka, holka, děvče, dívky
c0182	muž, muži, mužů, mužem
c0183	žena, ženy, žen, ženě
c0184	osoba, člověk, osoby, osob
c0185	lidé, lidi, lidí, lidem, lidmi
c0186	přítel, přátelé, přátel, kamarád, přítelkyně
c0187	soused, sousedé, sousedka
c0188	host, hosté, hostů
c0189	svatba, svatby
c0190	manželství, sňatek
c0191	oženit, vdát, oženil, vdala
c0192	rozvod, rozvodu
c0193	narození, zrození
c0194	narozený, narodil, narodila
c0195	zemřít, umřít, umírat, zemřel, zemřela
c0196	smrt, smrti
c0197	mrtvý, mrtvá, mrtví
c0198	život, života, životy
c0199	žít, bydlet, žije, žil
c0200	živý, živá, naživu
c0201	mladý, mladá, mladí
c0202	starý, stará, staří, starší
c0203	mládí, mládež
c0204	dospělý, dospělí, dospělých
c0205	generace, pokolení
c0206	příbuzný, příbuzní
c0207	pár, dvojice, páru
c0208	dvojče, dvojčata
c0209	vdova, vdovy
c0210	sirotek, sirotci
c0211	předek, předkové, předků
c0212	tělo, těla, těle
c0213	hlava, hlavy, hlavě
c0214	obličej, tvář, tváře
c0215	oko, oči, očí
c0216	ucho, uši, uší
c0217	nos, nosu
c0218	ústa, pusa, úst
c0219	zub, zuby, zubů
c0220	jazyk, jazyka
c0221	ret, rty, rtů
c0222	vlasy, vlas, vlasů
c0223	krk, krku, šíje
c0224	rameno, ramena, ramen
c0225	paže, ruka, ruce
c0226	ruka, ruce, rukou, rukama, dlaň
c0227	prst, prsty, prstů
c0228	noha, nohy, nohou, nohama
c0229	koleno, kolena, kolen
c0230	chodidlo, noha, nohy, nohou
c0231	záda, zad, zádech
c0232	hruď, hrudník, prsa
c0233	srdce, srdci, srdcem, srdcí
c0234	krev, krve, krví
c0235	kost, kosti
c0236	kůže, kůži
c0237	žaludek, břicho, žaludku
c0238	mozek, mozku
c0239	dech, dechu
c0240	dýchat, dýchá
c0241	hlas, hlasu
c0242	plíce
c0243	sval, svaly, svalů
c0244	rána, rány, zranění
c0245	zranění, úraz, poranění
c0246	zranit, poranit, zraněný
c0247	bolest, bolesti
c0248	slepý, nevidomý
c0249	hluchý, neslyšící
c0250	vousy, plnovous, vousů
c0251	slza, slzy, slz
c0252	křídlo, křídla, křídel
c0253	ocas, ocasu, ohon
c0254	počasí
c0255	déšť, deště, dešti
c0256	sníh, sněhu, sněhem
c0257	led, ledu
c0258	vítr, větru, větry
c0259	bouře, bouřka, bouři
c0260	mrak, oblak, mraky, mraků
c0261	mlha, mlhy, mlze
c0262	slunce
c0263	nebe, obloha, nebi
c0264	horký, horká, horké
c0265	studený, chladný, studená
c0266	teplý, teplá, teplé
c0267	chladný, chladná, svěží
c0268	suchý, suchá, suché
c0269	mokrý, vlhký, mokrá
c0270	teplota, teploty
c0271	stupeň, stupně, stupňů
c0272	klima, podnebí
c0273	mráz, mrazu, jinovatka
c0274	hrom, hromu, hromy
c0275	blesk, blesky
c0276	povodeň, záplava, povodně
c0277	sucho, sucha
c0278	horko, teplo, žár, vedro
c0279	vzduch, vzduchu
c0280	stín, stínu, stíny
c0281	zmrznout, mrznout, zamrzlý, zmrazený
c0282	tát, roztát, taje, tání, tavit
c0283	foukat, vát, fouká, vane
c0284	svítit, zářit, svítí
c0285	příroda, přírody, přírodě
c0286	země, zeměkoule
c0287	země, půda, zem, zemi
c0288	pevnina, země, souš
c0289	půda, hlína, půdy
c0290	písek, písku
c0291	kámen, kamene, kameny
c0292	skála, skály, skal
c0293	hora, hory, hor, horách
c0294	kopec, pahorek, kopce
c0295	údolí
c0296	řeka, řeky, řece, řek
c0297	potok, potoka, bystřina
c0298	jezero, jezera, jezer
c0299	moře, moři, mořem, moří
c0300	oceán, oceánu
c0301	pobřeží
c0302	břeh, břehu, pobřeží
c0303	pláž, pláže
c0304	ostrov, ostrova, ostrovy
c0305	záliv, zátoka, zálivu
c0306	útes, útesu, sráz
c0307	jeskyně
c0308	ledovec, ledovce
c0309	vrchol, vrcholu, štít
c0310	vrchol, štít, špička
c0311	hřeben, hřebene
c0312	svah, svahu, stráň
c0313	průsmyk, sedlo
c0314	rovina, planina, nížina
c0315	pole, polí
c0316	louka, louky, luk
c0317	les, lesa, lese, lesy
c0318	dřevo, dřeva
c0319	strom, stromu, stromy
c0320	větev, větve, větví
c0321	list, listy, listí
c0322	kořen, kořeny, kořene
c0323	květina, květ, květy, květin
c0324	tráva, trávy
c0325	rostlina, rostliny, rostlin
c0326	semeno, semena, semínko
c0327	ovoce, plod, plody
c0328	keř, křoví, keře
c0329	poušť, pouště
c0330	bažina, močál, mokřad
c0331	vodopád, vodopádu
c0332	pramen, zdroj, pramene
c0333	vlna, vlny, vln
c0334	břeh, břehu
c0335	krajina, krajiny
c0336	výhled, pohled, vyhlídka
c0337	obzor, horizont
c0338	hvězda, hvězdy, hvězd
c0339	měsíc, měsíce
c0340	planeta, planety
c0341	svět, světa, světě
c0342	vesmír, kosmos, prostor
c0343	oheň, ohně, požár
c0344	plamen, plameny, plamene
c0345	voda, vody, vodě
c0346	kouř, kouře, dým
c0347	prach, prachu
c0348	bláto, bahno
c0349	zlato, zlata
c0350	stříbro, stříbra
c0351	železo, železa
c0352	kov, kovu, kovy
c0353	uhlí, uhlím
c0354	ropa, olej, oleje
c0355	plyn, plynu
c0356	sůl, soli
c0357	sopka, vulkán, sopky
c0358	zemětřesení
c0359	zvíře, zvířata, zvířat
c0360	pták, ptáci, ptáků
c0361	ryba, ryby, ryb
c0362	pes, psa, psi, psů
c0363	kočka, kočky, koček
c0364	kůň, koně, koní
c0365	kráva, krávy, krav
c0366	ovce, ovcí
c0367	koza, kozy, koz
c0368	prase, prasata, vepř
c0369	slepice, kuře, kuřata
c0370	medvěd, medvědi
c0371	vlk, vlci, vlků
c0372	liška, lišky
c0373	jelen, srnec, jeleni
c0374	králík, zajíc, králíci
c0375	myš, myši, myší
c0376	krysa, potkan
c0377	had, hadi, hadů
c0378	hmyz, hmyzu
c0379	včela, včely, včel
c0380	moucha, mouchy, much
c0381	motýl, motýli, motýlů
c0382	orel, orla, orli
c0383	velryba, velryby
c0384	lev, lva, lvi
c0385	slon, slona, sloni
c0386	dobytek, skot
c0387	hnízdo, hnízda
c0388	vejce, vajíčko, vajec
c0389	pero, peří
c0390	lovit, loví, honit
c0391	farma, statek, hospodářství
c0392	zemědělec, farmář, rolník
c0393	sklizeň, žně, úroda
c0394	plodina, úroda, plodiny
c0395	pšenice
c0396	životní prostředí, prostředí
c0397	znečištění
c0398	druh, druhy, druhů
c0399	biodiverzita, rozmanitost
c0400	národní park, národního parku
c0401	divoký, divoká, divocí
c0402	přírodní, přirozený
c0403	evropa, evropě, evropy
c0404	evropský, evropská, evropské, evropští
c0405	afrika, africe, afriky
c0406	africký, africká
c0407	asie, asii
c0408	asijský, asijská
c0409	amerika, americe, ameriky
c0410	americký, americká, americké
c0411	spojené státy, usa
c0412	rusko, ruska, rusku
c0413	ruský, ruská, ruské
c0414	ukrajina, ukrajině, ukrajiny
c0415	ukrajinský, ukrajinská
c0416	bělorusko, běloruska
c0417	čína, číně, číny
c0418	čínský, čínská
c0419	spojené království, británie, velká británie
c0420	britský, britská, britské
c0421	anglie, anglii
c0422	angličtina, anglický, angličtiny
c0423	turecko, turecka, turecku
c0424	turecký, turecká
c0425	japonsko, japonska
c0426	indie, indii
c0427	izrael, izraele, izraeli
c0428	írán, íránu
c0429	sýrie, sýrii
c0430	švýcarsko, švýcarska
c0431	norsko, norska
c0432	německo, německa, německu
c0433	německý, německá, německé
c0434	francie, francii
c0435	francouzský, francouzská
c0436	itálie, itálii
c0437	italský, italská
c0438	španělsko, španělska
c0439	španělský, španělská
c0440	portugalsko, portugalska
c0441	portugalský, portugalská
c0442	nizozemsko, nizozemska, holandsko
c0443	nizozemský, holandský, nizozemská
c0444	belgie, belgii
c0445	belgický, belgická
c0446	lucembursko, lucemburska
c0447	rakousko, rakouska, rakousku
c0448	rakouský, rakouská
c0449	polsko, polska, polsku
c0450	polský, polská, polské
c0451	česká republika, česko, česka, česku
c0452	český, česká, české, čeští
c0453	slovensko, slovenska, slovensku
c0454	slovenský, slovenská
c0455	maďarsko, maďarska
c0456	maďarský, maďarská
c0457	slovinsko, slovinska
c0458	chorvatsko, chorvatska
c0459	rumunsko, rumunska
c0460	rumunský, rumunská
c0461	bulharsko, bulharska
c0462	bulharský, bulharská
c0463	řecko, řecka, řecku
c0464	řecký, řecká
c0465	kypr, kypru
c0466	malta, maltě, malty
c0467	irsko, irska
c0468	irský, irská
c0469	dánsko, dánska
c0470	dánský, dánská
c0471	švédsko, švédska
c0472	švédský, švédská
c0473	finsko, finska
c0474	finský, finská
c0475	estonsko, estonska
c0476	lotyšsko, lotyšska
c0477	litva, litvě, litvy
c0478	alpy, alp, alpách
c0479	středomořský, středomoří
c0480	atlantský, atlantik
c0481	baltský, pobaltský, baltu
c0482	brusel, bruselu
c0483	štrasburk, štrasburku
c0484	cestovat, cestuje, cestoval
c0485	cesta, cesty, cestě
c0486	výlet, zájezd, výletu
c0487	turista, turisté, turistů
c0488	cestovní ruch, turistika, turismus
c0489	hotel, hotelu, hotely
c0490	pokoj, místnost, pokoje, místnosti
c0491	pas, pasu, cestovní pas
c0492	lístek, jízdenka, vstupenka
c0493	vlak, vlaku, vlaky
c0494	železnice, železnici
c0495	nádraží, stanice
c0496	autobus, autobusu, autobusy
c0497	auto, automobil, vůz, aut
c0498	vozidlo, vozidla, vozidel
c0499	kolo, jízdní kolo, kola
c0500	loď, člun, lodě, loďka
c0501	loď, lodě, lodi, plavidlo
c0502	letadlo, letadla, letadel
c0503	letiště
c0504	let, letu, lety
c0505	přístav, přístavu
c0506	přístav, přístaviště
c0507	silnice, cesta, silnici
c0508	ulice, ulici, ulic
c0509	stezka, cesta, pěšina
c0510	most, mostu, mosty
c0511	tunel, tunelu
c0512	mapa, mapy, mapě
c0513	průvodce, průvodkyně
c0514	prohlídka, okružní cesta, zájezd
c0515	navštívit, navštěvovat, navštívil, navštěvuje
c0516	návštěvník, návštěvníci, návštěva
c0517	přijet, přijít, dorazit, přijel, dorazil
c0518	odejít, opustit, odjet, odešel, opustil
c0519	odjet, odjíždět, vyrazit, odjezd
c0520	vrátit, vracet, vrátil, návrat
c0521	řídit, jet, jede, jel, řídí
c0522	jezdit, jet, jede, jel, jezdí
c0523	jít, chodit, jde, šel, šla, pěšky
c0524	lézt, stoupat, vylézt, šplhat
c0525	plavat, plave, plaval
c0526	plout, plachtit, pluje
c0527	přejít, překročit, přešel, překročil
c0528	dosáhnout, dostat, dorazit, dosáhl
c0529	trasa, cesta, trasy
c0530	hranice, hranici
c0531	vzdálenost, vzdálenosti
c0532	kilometr, kilometry, kilometrů
c0533	metr, metry, metrů
c0534	míle, mil
c0535	v zahraničí, zahraničí, zahraniční
c0536	cizí, zahraniční
c0537	doprava, provoz, dopravy
c0538	nehoda, neštěstí, nehody
c0539	cestující, pasažér
c0540	řidič, řidiči, řidičů
c0541	tábor, tábora, kemp
c0542	stan, stanu, stany
c0543	zůstat, zůstávat, pobývat, zůstal
c0544	čekat, počkat, čeká, čekal
c0545	vesnice, obec, ves, vsi
c0546	městečko, město, města
c0547	město, města, městě, měst
c0548	hlavní město, metropole
c0549	náměstí
c0550	trh, tržiště, trhu
c0551	obchod, prodejna, obchodu
c0552	kostel, kostela, církev
c0553	katedrála, chrám, katedrály
c0554	hrad, zámek, hradu
c0555	palác, paláce
c0556	věž, věže
c0557	muzeum, muzea, muzeí
c0558	památník, pomník, památka
c0559	park, parku, sad
c0560	zahrada, zahrady, zahradě
c0561	zeď, stěna, zdi, stěny
c0562	brána, branka, vrata
c0563	dveře, dveří
c0564	okno, okna, oken
c0565	patro, podlaží, poschodí
c0566	střecha, střechy, střeše
c0567	schody, schodiště, schodů
c0568	kuchyně, kuchyň
c0569	postel, lůžko, postele
c0570	stůl, stolu, stoly
c0571	židle, židli
c0572	dům, domu, domy, domů, domě
c0573	domov, domova, doma, domů
c0574	budova, stavba, budovy
c0575	byt, bytu, byty
c0576	adresa, adresy
c0577	čtvrť, okres, obvod
c0578	region, oblast, kraj
c0579	oblast, území, plocha, prostor
c0580	venkov, venkova
c0581	nemocnice
c0582	škola, školy, škole
c0583	univerzita, vysoká škola, univerzity
c0584	knihovna, knihovny
c0585	restaurace
c0586	kancelář, úřad, kanceláře
c0587	továrna, závod, továrny
c0588	vězení, věznice
c0589	divadlo, divadla
c0590	kino, kina
c0591	klíč, klíče
c0592	lampa, svítilna
c0593	světlo, světla
c0594	krabice, bedna, skříňka
c0595	taška, pytel, kabelka
c0596	láhev, lahev, lahve
c0597	sklo, skla
c0598	šálek, hrnek, pohár
c0599	talíř, talíře
c0600	nůž, nože
c0601	kniha, knihy, knize
c0602	dopis, dopisu, dopisy
c0603	papír, papíru
c0604	pero, propiska
c0605	obraz, obrázek, obrazu
c0606	fotografie, fotka, snímek
c0607	fotoaparát, kamera
c0608	telefon, telefonu
c0609	počítač, počítače
c0610	internet, internetu
c0611	televize, televizi
c0612	rádio, rozhlas
c0613	noviny, deník
c0614	oblečení, oděv, šaty
c0615	košile
c0616	šaty, šatů
c0617	bota, boty, bot
c0618	kabát, plášť
c0619	klobouk, čepice
c0620	peníze, peněz, penězi
c0621	cena, ceny, ceně
c0622	náklady, cena, nákladů
c0623	platit, zaplatit, platí, zaplatil
c0624	koupit, kupovat, koupil, kupuje
c0625	prodat, prodávat, prodal, prodává
c0626	levný, levná, levné
c0627	drahý, drahá, drahé
c0628	euro, eur
c0629	jídlo, potraviny, potrava
c0630	chléb, chleba
c0631	maso, masa
c0632	mléko, mléka
c0633	sýr, sýra
c0634	máslo, másla
c0635	víno, vína
c0636	pivo, piva
c0637	káva, kávy, kafe
c0638	čaj, čaje
c0639	cukr, cukru
c0640	jablko, jablka
c0641	zelenina, zeleniny
c0642	brambora, brambory, brambor
c0643	rýže
c0644	polévka, polévky
c0645	dort, koláč, moučník
c0646	snídaně
c0647	oběd, obědu
c0648	večeře
c0649	jídlo, pokrm
c0650	jíst, sníst, jedl, snědl, jedí
c0651	pít, vypít, pije, pil
c0652	vařit, uvařit, vaří
c0653	chuť, chuti
c0654	hladový, hladová
c0655	hlad, hladu, hladomor
c0656	sladký, sladká, sladké
c0657	čerstvý, čerstvá, čerstvé
c0658	med, medu
c0659	hrozen, hroznové víno, hrozny
c0660	mouka, mouky
c0661	kukuřice, obilí
c0662	žízeň, žízně
c0663	práce, práci
c0664	pracovat, pracuje, pracoval
c0665	zaměstnání, místo, práce
c0666	pracovník, dělník, pracovníci
c0667	zaměstnanec, zaměstnanci
c0668	zaměstnavatel, zaměstnavatelé
c0669	společnost, firma, podnik
c0670	podnikání, obchod, podnik
c0671	průmysl, průmyslu, odvětví
c0672	obchod, obchodu
c0673	hospodářství, ekonomika, ekonomiky
c0674	hospodářský, ekonomický, hospodářská
c0675	plat, platy, platu
c0676	mzda, mzdy
c0677	příjem, příjmy, příjmů
c0678	daň, daně, daní
c0679	rozpočet, rozpočtu
c0680	zisk, zisku, zisky
c0681	ztráta, ztráty
c0682	nezaměstnanost, nezaměstnanosti
c0683	zaměstnanost, zaměstnání
c0684	kariéra, kariéry
c0685	povolání, profese
c0686	manažer, vedoucí, ředitel
c0687	kolega, kolegyně, kolegové
c0688	tým, družstvo, týmu
c0689	schůze, setkání, schůzka, zasedání
c0690	projekt, projektu
c0691	úkol, úkolu, úkoly
c0692	smlouva, smlouvy, kontrakt
c0693	dovednost, schopnost, dovednosti
c0694	zkušenost, zkušenosti
c0695	školení, výcvik, odborná příprava
c0696	výroba, produkce, výroby
c0697	výrobek, produkt, výrobku
c0698	služba, služby, služeb
c0699	zákazník, zákazníci, klient
c0700	spotřebitel, spotřebitelé, spotřebitelů
c0701	růst, růstu, nárůst
c0702	investice
c0703	banka, banky
c0704	finance, financí
c0705	finanční
c0706	dluh, dluhu, dluhy
c0707	krize, krizi
c0708	chudoba, chudoby
c0709	chudý, chudá, chudí
c0710	bohatý, bohatá, bohatí
c0711	bohatství, majetek
c0712	majetek, vlastnictví, majetku
c0713	vlastník, majitel, vlastníci
c0714	vlastnit, vlastní
c0715	stavět, postavit, staví, postavil
c0716	vyrábět, vyrobit, produkovat, vyrábí
c0717	dodávka, zásobování, dodávky
c0718	energie, energii
c0719	elektřina, elektřiny, proud
c0720	technologie, technika
c0721	stroj, stroje, strojů
c0722	nástroj, nářadí, nástroje
c0723	inženýr, inženýři
c0724	lékař, doktor, lékaře
c0725	zdravotní sestra, sestra, ošetřovatel
c0726	učitel, učitelka, učitelé
c0727	student, studentka, studenti
c0728	žák, žáci, žáků, žákyně
c0729	lekce, hodina
c0730	třída, třídy, třídě
c0731	zkouška, zkoušky, zkoušku
c0732	studovat, studuje, studoval
c0733	učit se, naučit, učí, naučil
c0734	učit, vyučovat, učí, učil
c0735	vzdělání, vzdělávání
c0736	znalost, vědomost, znalosti
c0737	vědět, znát, ví, věděl, zná, víme
c0738	věda, vědy, vědě
c0739	vědecký, vědecká
c0740	výzkum, výzkumu
c0741	vědec, vědci, vědců
c0742	číst, přečíst, čte, četl
c0743	psát, napsat, píše, psal, napsal
c0744	slovo, slova, slov
c0745	jazyk, řeč, jazyka
c0746	věta, věty, vět
c0747	otázka, dotaz, otázky
c0748	odpověď, odpovědi
c0749	stránka, strana, stránky
c0750	příběh, povídka, vyprávění
c0751	dějiny, historie, dějin
c0752	historický, dějinný, historická
c0753	umění
c0754	umělec, umělkyně, umělci
c0755	hudba, hudby, hudbě
c0756	píseň, písnička, písně
c0757	zpívat, zazpívat, zpívá, zpíval
c0758	tančit, tančí, tančil
c0759	film, filmu, filmy
c0760	hra, hry, her
c0761	hrát, hraje, hrál
c0762	sport, sportu
c0763	vyhrát, zvítězit, vyhrál, vyhrává
c0764	prohrát, ztratit, prohrál, ztratil
c0765	fotbal, fotbalu
c0766	hráč, hráči, hráčů
c0767	kultura, kultury, kultuře
c0768	kulturní
c0769	spisovatel, spisovatelka, spisovatelé
c0770	autor, autorka, autoři
c0771	báseň, básně
c0772	básník, básníci
c0773	román, románu
c0774	zdraví
c0775	zdravý, zdravá, zdraví
c0776	nemocný, nemocná, nemocní
c0777	nemoc, nemoci
c0778	nemoc, choroba, onemocnění
c0779	virus, viry, viru
c0780	pandemie
c0781	pacient, pacienti, pacientka
c0782	lék, léky, medicína, lékařství
c0783	droga, drogy, drog
c0784	léčba, léčení, ošetření
c0785	péče, péči
c0786	bolet, ublížit, zranit, bolí
c0787	unavený, unavená
c0788	spát, spí, spal
c0789	probudit, vzbudit, probudil
c0790	odpočinek, oddech
c0791	rakovina, rakoviny
c0792	vakcína, očkovací látka
c0793	duševní, psychický, mentální
c0794	cítit, cítí, cítil
c0795	pocit, cit, pocity
c0796	láska, lásky, lásce
c0797	milovat, miluje, miloval
c0798	nenávidět, nenávidí
c0799	strach, obava, strachu
c0800	vystrašený, bojí
c0801	šťastný, šťastná, spokojený
c0802	štěstí
c0803	smutný, smutná
c0804	smutek, smutku
c0805	rozzlobený, naštvaný, rozzlobená
c0806	hněv, zlost, vztek
c0807	radost, radosti
c0808	naděje, naději
c0809	doufat, doufá, doufám
c0810	bát se, trápit, obávat, obává
c0811	překvapení
c0812	hanba, stud, ostuda
c0813	hrdost, pýcha
c0814	hrdý, pyšný, hrdá
c0815	osamělý, osamělá
c0816	klidný, klidná, klid
c0817	usmívat, usmát, usmívá
c0818	smát, směje, smál
c0819	plakat, brečet, pláče, plakal
c0820	polibek, pusa, polibku
c0821	sen, snu, sny
c0822	přání, touha
c0823	chtít, chce, chtějí, chtěl
c0824	mít rád, líbit, líbí, rád
c0825	užívat si, těšit, užít
c0826	dávat přednost, preferovat, raději
c0827	chybět, stýskat, postrádat, chybí
c0828	trpět, trpí, trpěl
c0829	potěšení, radost, požitek
c0830	odvaha, odvahy
c0831	statečný, odvážný
c0832	důvěra, důvěry
c0833	pochybnost, pochyba, pochybnosti
c0834	věřit, věří, věřil
c0835	víra, víry
c0836	bůh, boha, bohu, bozi
c0837	náboženství
c0838	náboženský, náboženská
c0839	duše, duši, duší
c0840	duch, ducha
c0841	mysl, mysli, rozum
c0842	myšlenka, myšlenky
c0843	myslet, přemýšlet, myslí, myslel
c0844	nápad, myšlenka, idea
c0845	pamatovat, vzpomenout, pamatuje
c0846	zapomenout, zapomínat, zapomněl
c0847	rozumět, pochopit, chápat, rozumí, pochopil
c0848	znamenat, znamená
c0849	význam, smysl, významu
c0850	důvod, příčina, důvodu
c0851	paměť, vzpomínka, paměti
c0852	představit si, představovat, představit
c0853	rozhodnout, rozhodovat, rozhodl
c0854	rozhodnutí
c0855	vybrat, zvolit, volit, vybral
c0856	volba, výběr, volby
c0857	plán, plánu
c0858	zkusit, zkoušet, pokusit, snažit
c0859	potřebovat, potřebuje
c0860	potřeba, nutnost, potřeby
c0861	říci, říct, říkat, řekl, říká
c0862	říci, vyprávět, sdělit, řekl
c0863	mluvit, hovořit, mluví, promluvit
c0864	mluvit, hovořit, povídat, mluví
c0865	zeptat, ptát, ptá, zeptal
c0866	volat, zavolat, nazývat, volá
c0867	křičet, křičí, zakřičel
c0868	slyšet, uslyšet, slyší, slyšel
c0869	poslouchat, poslouchá
c0870	vidět, uvidět, vidí, viděl
c0871	dívat, podívat, hledět, dívá
c0872	sledovat, pozorovat, sleduje
c0873	ukázat, ukazovat, ukazuje, ukázal
c0874	najít, nalézt, našel, najde
c0875	dát, dávat, dává, dal, dala
c0876	vzít, brát, bere, vzal, vzala
c0877	přinést, přinášet, přinesl, přináší
c0878	nést, nosit, nese, nesl, nosí
c0879	držet, drží, konat, pořádat
c0880	ponechat, uchovat, držet, udržet
c0881	položit, dát, dávat, položil
c0882	poslat, posílat, poslal, posílá
c0883	obdržet, dostat, přijmout, obdržel
c0884	dostat, získat, dostal, získal
c0885	dělat, udělat, dělá, udělal
c0886	používat, použít, užívat, používá
c0887	otevřít, otevírat, otevřel, otevírá
c0888	zavřít, zavírat, zavřel, zavírá
c0889	začít, začínat, začal, začíná
c0890	zahájit, začít, spustit, zahájil
c0891	zastavit, přestat, zastavil, přestal
c0892	pokračovat, pokračuje
c0893	dokončit, skončit, dokončil, skončil
c0894	změnit, měnit, změnil, mění
c0895	změna, změny, změn
c0896	růst, roste, rostl, vyrůst
c0897	padat, spadnout, padá, spadl, klesnout
c0898	stoupat, vstát, vystoupat, stoupá
c0899	zvednout, zvýšit, zvedl, zvýšil
c0900	zvýšit, zvyšovat, vzrůst, zvyšuje
c0901	zvýšení, nárůst, vzrůst
c0902	snížit, snižovat, omezit, snižuje
c0903	přijít, přicházet, přišel, přijde, přijel
c0904	jít, jet, jde, šel, jede, odejít
c0905	vstoupit, vejít, vstoupil, vešel
c0906	běžet, běhat, běží, běžel
c0907	stát, stojí, stál
c0908	sedět, sedí, seděl
c0909	ležet, leží, ležel
c0910	lhát, lže, lhal
c0911	pohybovat, hýbat, přesunout, stěhovat
c0912	otočit, zatočit, obrátit, otáčet
c0913	následovat, sledovat, následuje
c0914	vést, řídit, vede, vedl
c0915	setkat, potkat, potkal, setkal
c0916	pomáhat, pomoci, pomáhá, pomohl
c0917	pomoc, pomoci
c0918	dovolit, povolit, umožnit, dovoluje
c0919	zabránit, předejít, zabraňovat
c0920	chránit, ochránit, chrání
c0921	zachránit, zachraňovat, zachránil
c0922	zabít, zabíjet, zabil
c0923	bojovat, bojuje, bojoval, prát
c0924	rozbít, zlomit, rozbil, zlomil
c0925	řezat, krájet, stříhat, uříznout
c0926	udeřit, uhodit, bít, zasáhnout
c0927	hodit, házet, hodil, hází
c0928	chytit, chytat, chytil
c0929	táhnout, tahat, táhne
c0930	tlačit, strčit, tlačí
c0931	naplnit, plnit, vyplnit
c0932	mýt, umýt, prát, myje
c0933	čistý, čistá, čisté
c0934	kreslit, nakreslit, kreslí
c0935	malovat, natřít, maluje
c0936	opravit, opravovat, opravil
c0937	vytvořit, tvořit, vytváří, vytvořil
c0938	zničit, ničit, zničil
c0939	hořet, pálit, spálit, hoří
c0940	létat, letět, letí, letěl
c0941	skrýt, schovat, skrývat, skryl
c0942	hledat, hledá, hledal
c0943	stát se, dít, děje, stalo
c0944	zdát, zdá, vypadat
c0945	objevit se, objevit, zjevit, objevil
c0946	stát se, stane, stal
c0947	zůstat, zůstávat, zůstal, zůstává
c0948	patřit, patří, náležet
c0949	obsahovat, obsahuje
c0950	zahrnovat, zahrnout, zahrnuje
c0951	existovat, existuje
c0952	záviset, záleží, závisí
c0953	způsobit, působit, způsobil
c0954	příčina, důvod, příčiny
c0955	výsledek, výsledky, výsledku
c0956	ovlivnit, ovlivňovat, postihnout, dotknout
c0957	rozvíjet, vyvinout, rozvinout, vyvíjet
c0958	zlepšit, zlepšovat, zlepšil
c0959	podporovat, podpořit, podporuje
c0960	podpora, podpory
c0961	oponovat, odporovat, nesouhlasit
c0962	souhlasit, souhlasí, dohodnout
c0963	přijmout, přijímat, akceptovat, přijal
c0964	odmítnout, odmítat, odmítl
c0965	odmítnout, zamítnout, odmítá
c0966	popřít, popírat, popírá, popřel
c0967	přiznat, připustit, přiznal
c0968	vysvětlit, vysvětlovat, vysvětlil
c0969	popsat, popisovat, popsal
c0970	oznámit, hlásit, informovat, podat zprávu
c0971	oznámit, ohlásit, vyhlásit, oznámil
c0972	informovat, oznámit, informuje
c0973	diskutovat, projednat, projednávat
c0974	argumentovat, hádat, přít
c0975	tvrdit, tvrdí, tvrdil
c0976	navrhnout, navrhovat, navrhl
c0977	nabídnout, nabízet, nabídl
c0978	slíbit, slibovat, slíbil
c0979	varovat, upozornit, varuje
c0980	vyhrožovat, hrozit, ohrožovat
c0981	požadovat, žádat, požaduje
c0982	vyžadovat, vyžaduje, požadovat
c0983	očekávat, čekat, očekává
c0984	zakázat, zakazovat, zakázal, zakázaný
c0985	nutit, donutit, přinutit
c0986	utratit, strávit, trávit, utrácet
c0987	vydělat, vydělávat, vydělává
c0988	porazit, bít, porazil
c0989	připravit, připravovat, připravil
c0990	organizovat, uspořádat, pořádat
c0991	řídit, spravovat, zvládnout, podařit
c0992	kontrolovat, ovládat, řídit
c0993	zkontrolovat, ověřit, kontrolovat
c0994	test, zkouška, testu
c0995	měřit, změřit, měří
c0996	počítat, spočítat, počítá
c0997	přidat, přidávat, přidal
c0998	srovnat, porovnat, srovnávat
c0999	spojit, propojit, spojovat
c1000	připojit, vstoupit, přidat, připojil
c1001	sdílet, dělit, sdílí
c1002	rozdělit, dělit, rozděluje
c1003	doručit, dodat, doručuje
c1004	publikovat, zveřejnit, vydat, zveřejňovat
c1005	podepsat, podepisovat, podepsal
c1006	nosit, mít na sobě, nosí
c1007	dotknout, dotýkat, sáhnout
c1008	vůně, zápach, pach
c1009	zvuk, zvuku, zvuky
c1010	hluk, hluku, rámus
c1011	ticho, mlčení
c1012	velký, velká, velké, větší, velcí
c1013	velký, rozsáhlý, velká
c1014	malý, malá, malé, menší
c1015	malý, drobný, malá
c1016	dlouhý, dlouhá, dlouhé
c1017	krátký, krátká, krátké
c1018	vysoký, vysoká, vysoké, vyšší
c1019	nízký, nízká, nízké, nižší
c1020	široký, široká, široké
c1021	úzký, úzká, úzké
c1022	hluboký, hluboká, hluboké
c1023	těžký, těžká, těžké
c1024	lehký, lehká, lehké
c1025	rychlý, rychlá, rychlé
c1026	pomalý, pomalá, pomalé
c1027	nový, nová, nové, noví
c1028	dobrý, dobrá, dobré, lepší, nejlepší
c1029	špatný, zlý, špatná, horší, nejhorší
c1030	krásný, krásná, krásné, hezký
c1031	ošklivý, ošklivá
c1032	špinavý, špinavá
c1033	plný, plná, plné
c1034	prázdný, prázdná, prázdné
c1035	snadný, lehký, jednoduchý, snadno
c1036	obtížný, těžký, náročný, obtížná
c1037	tvrdý, tvrdá, těžký
c1038	měkký, měkká, jemný
c1039	silný, silná, silné
c1040	slabý, slabá, slabé
c1041	bezpečný, bezpečná, bezpečné
c1042	nebezpečný, nebezpečná
c1043	svobodný, volný, svobodná
c1044	důležitý, důležitá, významný
c1045	hlavní
c1046	nutný, nezbytný, potřebný
c1047	možný, možná, možné
c1048	nemožný, nemožné
c1049	pravdivý, pravý, skutečný
c1050	nepravdivý, falešný, nepravý
c1051	skutečný, reálný, opravdový
c1052	správný, správná, správné
c1053	chybný, nesprávný, špatný
c1054	stejný, stejná, stejné, tentýž
c1055	různý, jiný, odlišný, rozdílný
c1056	podobný, podobná, podobné
c1057	celý, celá, celé
c1058	veřejný, veřejná, veřejné
c1059	soukromý, soukromá, soukromé
c1060	národní, státní
c1061	mezinárodní
c1062	místní, lokální
c1063	globální, celosvětový
c1064	sociální, společenský
c1065	obecný, všeobecný, celkový
c1066	zvláštní, speciální, mimořádný
c1067	jednoduchý, prostý, jednoduchá
c1068	složitý, komplexní
c1069	jasný, zřejmý, čirý
c1070	tichý, tichá, klidný
c1071	hlasitý, hlučný, nahlas
c1072	slavný, známý, proslulý
c1073	populární, oblíbený
c1074	společný, běžný, obvyklý
c1075	vzácný, řídký, vzácně
c1076	divný, zvláštní, podivný
c1077	normální, běžný
c1078	připravený, hotový, připraven
c1079	zaneprázdněný, rušný, vytížený
c1080	sám, sama, osamocený
c1081	společně, spolu, dohromady
c1082	jistý, jistá, jist
c1083	vážný, vážná, závažný
c1084	obrovský, ohromný, obří
c1085	starověký, starobylý, antický
c1086	moderní, současný
c1087	tradiční
c1088	lidský, lidská, lidské
c1089	krása, krásy
c1090	pěkný, hezký, milý
c1091	velký, skvělý, vynikající
c1092	dobrý, pěkný, v pořádku
c1093	laskavý, hodný, vlídný
c1094	přátelský, přívětivý
c1095	vysoký, vysoká
c1096	kulatý, okrouhlý
c1097	plochý, rovný
c1098	ostrý, ostrá
c1099	tenký, hubený, štíhlý
c1100	tlustý, silný, hustý
c1101	tlustý, obézní
c1102	rychlý, rychlá
c1103	pomalu
c1104	rychle
c1105	dobře
c1106	téměř, skoro
c1107	pouze, jen, jenom
c1108	zejména, zvláště, obzvláště, především
c1109	konečně, nakonec, posléze
c1110	náhle, najednou, nečekaně
c1111	pravděpodobně, asi
c1112	možná, snad
c1113	jistě, určitě, rozhodně
c1114	opravdu, skutečně, vskutku
c1115	zde, tady
c1116	tam
c1117	všude
c1118	daleko, daleký
c1119	blízko, poblíž
c1120	pryč, daleko
c1121	venku, ven
c1122	uvnitř, dovnitř
c1123	mezi
c1124	bez
c1125	proti
c1126	během, v průběhu
c1127	po
c1128	před
c1129	pod
c1130	nad
c1131	přes, napříč
c1132	skrz, přes, skrze
c1133	kolem, okolo, kol
c1134	mezi, uprostřed
c1135	navzdory, přes, nehledě
c1136	k, ke, směrem, vůči
c1137	za
c1138	podél
c1139	všichni, každý, všech
c1140	nic, ničeho
c1141	všechno, vše, všeho
c1142	věc, věci, předmět
c1143	místo, místa, místě
c1144	způsob, cesta, způsobem
c1145	část, díl, části
c1146	číslo, počet, čísla
c1147	skupina, skupiny
c1148	druh, typ, druhu
c1149	příklad, příkladu
c1150	problém, problému, potíž
c1151	situace, situaci
c1152	skutečnost, fakt, faktu
c1153	případ, případu, případě
c1154	bod, bodu, body
c1155	forma, tvar, podoba
c1156	úroveň, úrovně, úrovni
c1157	velikost, rozměr
c1158	tvar, tvaru, podoba
c1159	čára, linie, řádek
c1160	znamení, známka, signál
c1161	rozdíl, rozdílu, rozdíly
c1162	šance, příležitost, štěstí
c1163	příležitost, možnost, příležitosti
c1164	nebezpečí
c1165	riziko, rizika, rizik
c1166	význam, důležitost
c1167	úspěch, úspěchu
c1168	neúspěch, selhání
c1169	úsilí, snaha
c1170	role, úloha, roli
c1171	účel, cíl, záměr
c1172	kvalita, jakost, kvality
c1173	množství, částka, suma
c1174	většina, většiny
c1175	procento, procent, procenta
c1176	průměrný, průměr
c1177	zpráva, vzkaz, poselství
c1178	zprávy, novinky
c1179	informace, informací
c1180	jméno, název, jména
c1181	parlament, parlamentu, sněmovna
c1182	parlamentní
c1183	člen, poslanec, členové, poslanci
c1184	usnesení, rezoluce
c1185	vláda, vlády, vládě
c1186	ministr, ministři, ministra
c1187	předseda vlády, premiér, premiéra
c1188	prezident, předseda, prezidenta
c1189	volby, voleb, volbách
c1190	volební
c1191	hlasovat, volit, hlasuje
c1192	hlas, hlasování, hlasů
c1193	volič, voliči, voličů
c1194	kandidát, kandidáti
c1195	kampaň, kampaně
c1196	referendum, referenda
c1197	strana, strany, stran
c1198	lidská práva, lidských práv
c1199	právo, práva, práv
c1200	zákon, právo, zákona, zákony
c1201	právní, zákonný, legální
c1202	nezákonný, nelegální, protiprávní
c1203	soud, soudu, tribunál
c1204	soudce, soudci
c1205	právník, advokát, právníci
c1206	žalobce, prokurátor, státní zástupce
c1207	soudní proces, proces, líčení
c1208	trest, rozsudek, trestu
c1209	vězeň, vězni, vězňů
c1210	politický vězeň, političtí vězni
c1211	zatknout, zatýkat, zatkl, zatčen
c1212	zatčení
c1213	zadržení, vazba, zadržování
c1214	zadržet, zadržovat, zadržel
c1215	propustit, osvobodit, propustil
c1216	propuštění
c1217	mučení
c1218	odsoudit, odsuzovat, odsuzuje
c1219	naléhat, vyzvat, vyzývat
c1220	vyzvat, vyzývat, vyzývá
c1221	požadovat, vyzývat, volat
c1222	vítat, uvítat, vítá
c1223	litovat, politovat, lituje
c1224	připomenout, připomínat, připomíná
c1225	novinář, novinářka, novináři
c1226	média, médií
c1227	tisk, tisku
c1228	protest, protestu, protesty
c1229	demonstrant, protestující
c1230	demonstrace, manifestace
c1231	svoboda, svobody, svobodě
c1232	svoboda projevu
c1233	svoboda shromažďování
c1234	demokracie
c1235	demokratický, demokratická
c1236	členský stát, členské státy
c1237	komise, komisi
c1238	komisař, komisařka
c1239	rada, rady, radě
c1240	unie, svaz, odbory
c1241	evropská unie, evropské unie
c1242	občan, občané, občanů
c1243	občanství
c1244	násilí
c1245	násilný, násilná
c1246	policie, policii
c1247	policista, policistka, policisté
c1248	armáda, vojsko, armády
c1249	vojenský, vojenská
c1250	voják, vojáci, vojáků
c1251	válka, války, válce
c1252	mír, míru
c1253	konflikt, konfliktu, spor
c1254	zbraň, zbraně, zbraní
c1255	sankce
c1256	opozice, opozici
c1257	režim, režimu
c1258	orgán, úřad, autorita, úřady
c1259	stát, státu, státy
c1260	země, stát, zemí, zemích
c1261	národ, národa, národy
c1262	republika, republiky
c1263	království
c1264	král, krále, králové
c1265	královna, královny
c1266	císař, císaře
c1267	říše, impérium, císařství
c1268	ústava, ústavy
c1269	ústavní
c1270	smlouva, smlouvy
c1271	dohoda, ujednání, dohody
c1272	jednání, vyjednávání
c1273	vyjednávat, jednat, vyjednat
c1274	trestný čin, zločin, zločinu
c1275	trestní, kriminální, zločinný
c1276	oběť, oběti
c1277	vražda, vraždy
c1278	terorismus, terorismu
c1279	terorista, teroristé
c1280	útok, útoku, útoky
c1281	bezpečnost, bezpečnosti
c1282	bezpečnost, bezpečí
c1283	obrana, obrany
c1284	uprchlík, uprchlíci, uprchlíků
c1285	migrant, migranti, migrantů
c1286	migrace
c1287	azyl, azylu
c1288	menšina, menšiny, menšin
c1289	diskriminace
c1290	rovnost, rovnosti
c1291	pohlaví, gender
c1292	právní stát, právního státu
c1293	spravedlnost, justice
c1294	soudní
c1295	nezávislost, nezávislosti
c1296	nezávislý, nezávislá
c1297	svrchovanost, suverenita
c1298	území
c1299	okupace
c1300	invaze, vpád
c1301	příměří
c1302	humanitární
c1303	pomoc, pomoci
c1304	spolupráce
c1305	dialog, dialogu
c1306	vztah, vztahy, vztahů
c1307	diplomatický, diplomatická
c1308	velvyslanec, velvyslance
c1309	velvyslanectví
c1310	delegace
c1311	zástupce, představitel, zástupci
c1312	úředník, činitel, úředníci
c1313	správa, administrativa
c1314	instituce, orgán
c1315	agentura, agentury
c1316	moc, síla, moci
c1317	politika, politiky
c1318	politika, politiky
c1319	politický, politická, politické
c1320	politik, politici
c1321	reforma, reformy
c1322	právní předpisy, legislativa, zákonodárství
c1323	směrnice
c1324	nařízení, předpis, regulace
c1325	návrh, návrhu
c1326	pozměňovací návrh, změna, pozměňovací
c1327	zpráva, zprávy
c1328	rozprava, debata, diskuse
c1329	zasedání, schůze
c1330	výbor, výboru
c1331	předseda, předsedy
c1332	předsednictví
c1333	mandát, mandátu
c1334	přijmout, přijal, schválit
c1335	schválit, schvalovat, schválil
c1336	zdržet se, zdržel
c1337	koalice
c1338	vůdce, lídr, předák
c1339	korupce
c1340	podvod, podvodu
c1341	transparentnost, průhlednost
c1342	vyšetřování
c1343	vyšetřovat, vyšetřit, prošetřit
c1344	důkaz, důkazy, důkazů
c1345	svědek, svědci, svědků
c1346	obvinění, obžaloba
c1347	obvinit, obviňovat, obvinil, obviněn
c1348	vinný, vinen
c1349	nevinný, nevinen
c1350	odsoudit, odsouzen, odsoudil
c1351	odvolání
c1352	trest, tresty, sankce
c1353	trest smrti
c1354	poprava, popravy
c1355	pokuta, pokuty
c1356	trest, potrestání
c1357	trestat, potrestat, trestá
c1358	aktivista, aktivistka, aktivisté
c1359	obránce lidských práv, obránci
c1360	disident, disidenti
c1361	rukojmí
c1362	unést, unesl, únos
c1363	zmizení
c1364	obtěžování, šikana
c1365	zastrašování
c1366	pronásledování
c1367	represe, útlak
c1368	zásah, tvrdý zásah, represe
c1369	cenzura, cenzury
c1370	zneužívání, zneužití, týrání
c1371	znásilnění
c1372	genocida
c1373	válečný zločin, válečné zločiny
c1374	obchodování, obchod s lidmi
c1375	otroctví
c1376	organizace spojených národů, osn
c1377	nato
c1378	evropský parlament, evropského parlamentu
c1379	evropská komise, evropské komise
c1380	summit, vrcholná schůzka
c1381	fond, fondu, fondy
c1382	financování
c1383	program, programu
c1384	strategie
c1385	cíl, cíle, cílů
c1386	opatření
c1387	akce, čin, jednání
c1388	rámec, rámce
c1389	provádění, uplatňování, implementace
c1390	provést, provádět, uplatňovat
c1391	zajistit, zajišťovat, zajistil
c1392	zdůraznit, zdůrazňovat, zdůrazňuje
c1393	vzít na vědomí, konstatovat, poznamenat
c1394	opakovat, zopakovat, opětovně
c1395	vyjádřit, vyjadřovat, vyjadřuje
c1396	znepokojení, obava, obavy
c1397	odsuzovat, litovat, politovat
c1398	odsoudit, odsuzovat, udat
c1399	trvat, naléhat, trvá
c1400	povzbudit, podporovat, vybízet
c1401	pozvat, zvát, vyzvat
c1402	zdůraznit, poukázat, vyzdvihnout
c1403	uznat, uznávat, přiznat
c1404	uznat, rozpoznat, poznat
c1405	zvážit, považovat, domnívat
c1406	okamžitě, ihned, neprodleně
c1407	důrazně, silně, rozhodně
c1408	hluboce, hluboko
c1409	bezpodmínečně
c1410	hlasování, hlasovací lístek, volby
c1411	spravedlivý, férový, poctivý
c1412	pozorovatel, pozorovatelé
c1413	vnitřní trh, vnitřního trhu
c1414	hospodářská soutěž, soutěž, konkurence
c1415	zemědělství
c1416	rybolov, rybářství
c1417	změna klimatu
c1418	emise, emisí, emisemi
c1419	udržitelný, udržitelná
c1420	rozvoj, vývoj, rozvoje
c1421	inovace
c1422	digitální
c1423	údaje, data, údajů
c1424	soukromí
c1425	ochrana, ochrany
c1426	doprava, přeprava, dopravy
c1427	infrastruktura, infrastruktury
c1428	regionální
c1429	solidarita, solidarity
c1430	rozšíření
c1431	přistoupení
c1432	clo, celní správa, cla
c1433	měna, měny
c1434	inflace
c1435	úrok, úroky, úroků
c1436	zájem, zájmu, zájmy
c1437	schodek, deficit
c1438	společnost, společnosti
c1439	společenství, komunita
c1440	organizace
c1441	sdružení, spolek
c1442	obyvatelstvo, populace
c1443	veřejné mínění
c1444	odpovědnost, povinnost
c1445	odpovědný, zodpovědný
c1446	povinnost, závazek
c1447	zásada, princip, zásady
c1448	hodnota, hodnoty, hodnot
c1449	důstojnost, důstojnosti
c1450	respekt, úcta, dodržování
c1451	respektovat, dodržovat, ctít
c1452	vymáhání práva, donucovací orgány
c1453	postup, řízení, procedura
c1454	proces, procesu, procesy
c1455	otázka, problém, záležitost
c1456	záležitost, věc, otázka
c1457	systém, soustava
c1458	příkaz, rozkaz, nařízení
c1459	pravidlo, pravidla, předpis
c1460	účinek, důsledek, efekt
c1461	dopad, vliv, dopady
c1462	podmínka, stav, podmínky
c1463	přístup, přístupu
c1464	zdroj, zdroje, zdrojů
c1465	nepřítel, nepřátelé, nepřítele
c1466	hrdina, hrdinové
c1467	strážce, strážný, stráž
c1468	kněz, kněze, duchovní
c1469	tradice
c1470	festival, slavnost, svátek
c1471	obřad, ceremonie, slavnost
c1472	projev, řeč, proslov
c1473	názor, mínění, názory
c1474	prohlášení, výrok
c1475	prohlášení, deklarace
c1476	pozornost, pozornosti
c1477	pravda, pravdy, pravdě
c1478	tajemství
c1479	hrozba, ohrožení, hrozby
c1480	vítězství
c1481	porážka, porážky
c1482	bitva, bitvy
c1483	revoluce
c1484	vlajka, prapor, vlajky
c1485	chata, chatrč, bouda
c1486	lavina, laviny
c1487	spojenec, spojenci
c1488	vojska, jednotky, vojáci
c1489	stávka, stávky
c1490	důchod, penze, důchodu
c1491	bydlení, byty
c1492	štěstí, náhoda
c1493	lovec, myslivec, lovci
c1494	výška, výšky
c1495	délka, délky
c1496	hmotnost, váha
c1497	rychlost, rychlosti
c1498	dědictví
c1499	zbraň, pistole, puška
c1500	bomba, bomby
`;
