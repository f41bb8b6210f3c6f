// Concordia's core vocabulary in Lithuanian: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	vienas, viena, vieno, vieną
c0002	du, dvi, dviejų, dviem
c0003	trys, trijų, trims, tris
c0004	keturi, keturios, keturių
c0005	penki, penkios, penkių
c0006	šeši, šešios, šešių
c0007	septyni, septynios, septynių
c0008	aštuoni, aštuonios, aštuonių
c0009	devyni, devynios, devynių
c0010	dešimt, dešimties
c0011	vienuolika, vienuolikos
c0012	dvylika, dvylikos
c0013	trylika, trylikos
c0014	keturiolika, keturiolikos
c0015	penkiolika, penkiolikos
c0016	šešiolika, šešiolikos
c0017	septyniolika, septyniolikos
c0018	aštuoniolika, aštuoniolikos
c0019	devyniolika, devyniolikos
c0020	dvidešimt, dvidešimties
c0021	trisdešimt, trisdešimties
c0022	keturiasdešimt, keturiasdešimties
c0023	penkiasdešimt, penkiasdešimties
c0024	šešiasdešimt, šešiasdešimties
c0025	septyniasdešimt, septyniasdešimties
c0026	aštuoniasdešimt, aštuoniasdešimties
c0027	devyniasdešimt, devyniasdešimties
c0028	šimtas, šimto, šimtai, šimtų
c0029	tūkstantis, tūkstančio, tūkstančiai, tūkstančių
c0030	milijonas, milijono, milijonai, milijonų
c0031	milijardas, milijardo, milijardai, milijardų
c0032	pirmas, pirmasis, pirma, pirmoji, pirmojo
c0033	antras, antrasis, antra, antroji
c0034	trečias, trečiasis, trečia, trečioji
c0035	ketvirtas, ketvirtasis, ketvirta
c0036	penktas, penktasis, penkta
c0037	šeštas, šeštasis, šešta
c0038	septintas, septintasis, septinta
c0039	aštuntas, aštuntasis, aštunta
c0040	devintas, devintasis, devinta
c0041	dešimtas, dešimtasis, dešimta
c0042	pusė, pusės, puse, pusę, pusiau
c0043	ketvirtis, ketvirtadalis, ketvirčio
c0044	tuzinas, tuzino
c0045	dvigubas, dviguba, dvigubai
c0046	paskutinis, paskutinė, paskutinio, paskutiniai
c0047	ateinantis, ateinančiais, paskesnis, sekantis
c0048	sausis, sausio
c0049	vasaris, vasario
c0050	kovas, kovo
c0051	balandis, balandžio
c0052	gegužė, gegužės
c0053	birželis, birželio
c0054	liepa, liepos
c0055	rugpjūtis, rugpjūčio
c0056	rugsėjis, rugsėjo
c0057	spalis, spalio
c0058	lapkritis, lapkričio
c0059	gruodis, gruodžio
c0060	pirmadienis, pirmadienį, pirmadienio
c0061	antradienis, antradienį, antradienio
c0062	trečiadienis, trečiadienį, trečiadienio
c0063	ketvirtadienis, ketvirtadienį, ketvirtadienio
c0064	penktadienis, penktadienį, penktadienio
c0065	šeštadienis, šeštadienį, šeštadienio
c0066	sekmadienis, sekmadienį, sekmadienio
c0067	pavasaris, pavasarį, pavasario
c0068	vasara, vasarą, vasaros
c0069	ruduo, rudenį, rudens
c0070	žiema, žiemą, žiemos
c0071	sezonas, metų laikas, sezono
c0072	diena, dienos, dieną, dienų
c0073	savaitė, savaitės, savaitę, savaičių
c0074	mėnuo, mėnesio, mėnesį, mėnesiai, mėnesių
c0075	metai, metų, metus, metais
c0076	valanda, valandos, valandą, valandų
c0077	minutė, minutės, minutę, minučių
c0078	sekundė, sekundės, sekundžių
c0079	rytas, ryto, rytą, rytais
c0080	popietė, popietę, po pietų
c0081	vakaras, vakaro, vakarą
c0082	naktis, nakties, naktį, naktų
c0083	vidurdienis, vidurdienį, pusiaudienis
c0084	vidurnaktis, vidurnaktį, vidurnakčio
c0085	šiandien, šiandieną
c0086	vakar
c0087	rytoj
c0088	šįvakar, šiąnakt
c0089	amžius, šimtmetis, amžiaus, šimtmečio
c0090	dešimtmetis, dešimtmečio, dešimtmečiai
c0091	laikas, laiko, laiką
c0092	akimirka, momentas, akimirką, momento
c0093	laikotarpis, laikotarpio, periodas
c0094	data, datos, datą
c0095	savaitgalis, savaitgalį, savaitgalio
c0096	kalendorius, kalendoriaus
c0097	laikrodis, laikrodžio
c0098	amžius, amžiaus, amžių
c0099	praeitis, praeities, praeitį
c0100	ateitis, ateities, ateitį
c0101	dabartis, dabarties
c0102	dabar, šiuo metu
c0103	netrukus, greitai, tuoj
c0104	vėliau, paskui, po to
c0105	ankstyvas, anksti, ankstyva, ankstesnis
c0106	vėlyvas, vėlai, pavėlavęs, vėlyva
c0107	jau
c0108	vėl, dar kartą, iš naujo
c0109	visada, visuomet
c0110	niekada, niekuomet
c0111	dažnai
c0112	kartais, kai kada
c0113	
c0114	neseniai, pastaruoju metu
c0115	kasdienis, kasdien, kasdienė, dieninis
c0116	metinis, kasmetinis, metinė, kasmet
c0117	aušra, auštant, aušros
c0118	saulėlydis, saulėlydžio
c0119	saulėtekis, saulėtekio
c0120	era, epocha, eros
c0121	pradžia, pradžios, pradžią
c0122	pabaiga, galas, pabaigos, pabaigą
c0123	gimtadienis, gimtadienio, gimtadienį
c0124	atostogos, šventė, atostogų, šventės
c0125	kalėdos, kalėdų
c0126	velykos, velykų
c0127	metinės, sukaktis, metinių, sukakties
c0128	spalva, spalvos, spalvą, spalvų
c0129	raudonas, raudona, raudono, raudoni
c0130	mėlynas, mėlyna, mėlyno, žydras
c0131	žalias, žalia, žalio, žali
c0132	geltonas, geltona, geltono
c0133	juodas, juoda, juodo, juodi
c0134	baltas, balta, balto, balti
c0135	pilkas, pilka, pilko
c0136	rudas, ruda, rudo
c0137	oranžinis, oranžinė
c0138	rožinis, rožinė
c0139	violetinis, purpurinis, violetinė
c0140	auksinis, auksinė, auksinio
c0141	tamsus, tamsi, tamsaus, tamsūs
c0142	šviesus, ryškus, šviesi, ryški
c0143	blyškus, išblyškęs, blyški
c0144	šiaurė, šiaurės, šiaurę
c0145	pietūs, pietų
c0146	rytai, rytų
c0147	vakarai, vakarų
c0148	šiaurinis, šiaurės, šiaurinė
c0149	pietinis, pietų, pietinė
c0150	rytinis, rytų, rytinė
c0151	vakarinis, vakarų, vakarinė
c0152	kairysis, kairė, kairėje, kairę, kairys
c0153	dešinysis, dešinė, dešinėje, dešinę, dešinys
c0154	viršus, viršūnė, viršaus, viršuje
c0155	dugnas, apačia, dugno, apačioje
c0156	pusė, šonas, pusės, šono
c0157	vidurys, vidurio, viduryje
c0158	centras, centro, centre
c0159	priekis, priekio, priekyje
c0160	galas, užpakalis, galinė dalis
c0161	kraštas, briauna, krašto, pakraštys
c0162	šeima, šeimos, šeimą
c0163	motina, mama, motinos, mamos
c0164	tėvas, tėtis, tėvo
c0165	tėvai, tėvų, tėvas, motina
c0166	vaikas, vaikai, vaiko, vaikų
c0167	sūnus, sūnaus, sūnų, sūnūs
c0168	duktė, dukra, dukters, dukterį, dukterys
c0169	brolis, brolio, broliai
c0170	sesuo, sesė, sesers, seserį, seserys
c0171	vyras, sutuoktinis, vyro
c0172	žmona, žmonos, žmoną
c0173	senelis, senelio
c0174	senelė, močiutė, senelės
c0175	anūkas, anūkė, anūkai
c0176	dėdė, dėdės
c0177	teta, tetos
c0178	pusbrolis, pusseserė, pusbrolio
c0179	kūdikis, kūdikio, kūdikiai
c0180	berniukas, berniuko, berniukai
c0181	mergaitė, mergaitės
c0182	vyras, vyrai, vyro, vyrų
c0183	moteris, moterys, moters, moterų, moterį
c0184	asmuo, žmogus, asmens, asmenį, žmogaus
c0185	žmonės, žmonių, žmonėms, žmones
c0186	draugas, draugė, draugo, draugai
c0187	kaimynas, kaimynė, kaimyno
c0188	svečias, svečio, svečiai
c0189	vestuvės, vestuvių
c0190	santuoka, santuokos, vedybos
c0191	tuoktis, vesti, ištekėti, vedė, ištekėjo, susituokė
c0192	skyrybos, skyrybų
c0193	gimimas, gimimo
c0194	gimęs, gimusi, gimė
c0195	mirti, miršta, mirė, mirs, miręs
c0196	mirtis, mirties, mirtį
c0197	miręs, mirusi, negyvas, žuvęs
c0198	gyvenimas, gyvenimo, gyvybė
c0199	gyventi, gyvena, gyveno, gyvens
c0200	gyvas, gyva, gyvi
c0201	jaunas, jauna, jauni
c0202	senas, sena, seni, pagyvenęs
c0203	jaunystė, jaunimas, jaunystės, jaunimo
c0204	suaugęs, suaugusysis, suaugusieji, suaugusių
c0205	karta, kartos
c0206	giminaitis, giminė, giminaičiai
c0207	pora, poros, porą
c0208	dvynys, dvynė, dvyniai
c0209	našlė, našlės
c0210	našlaitis, našlaitė, našlaičiai
c0211	protėvis, protėviai, protėvių
c0212	kūnas, kūno, kūną
c0213	galva, galvos, galvą
c0214	veidas, veido, veidą
c0215	akis, akys, akies, akių
c0216	ausis, ausys, ausies
c0217	nosis, nosies, nosį
c0218	burna, burnos, burną
c0219	dantis, dantys, danties, dantų
c0220	liežuvis, liežuvio
c0221	lūpa, lūpos, lūpų
c0222	plaukai, plaukas, plaukų
c0223	kaklas, kaklo
c0224	petys, peties, pečiai
c0225	ranka, rankos, ranką
c0226	ranka, plaštaka, rankos, rankų
c0227	pirštas, piršto, pirštai
c0228	koja, kojos, koją
c0229	kelio, keliai
c0230	pėda, pėdos, koja
c0231	nugara, nugaros, nugarą
c0232	krūtinė, krūtinės
c0233	širdis, širdies, širdį
c0234	kraujas, kraujo
c0235	kaulas, kaulo, kaulai
c0236	oda, odos, odą
c0237	skrandis, pilvas, skrandžio, pilvo
c0238	smegenys, smegenų
c0239	kvėpavimas, kvapas, atodūsis
c0240	kvėpuoti, kvėpuoja, kvėpavo
c0241	balsas, balso, balsą
c0242	plautis, plaučiai, plaučių
c0243	raumuo, raumens, raumenys, raumenų
c0244	žaizda, žaizdos
c0245	sužalojimas, sužeidimas, trauma, sužalojimų
c0246	sužeisti, sužaloti, sužeistas, sužeidė, sužalojo
c0247	skausmas, skausmo, skausmą
c0248	aklas, akla, akli
c0249	kurčias, kurčia
c0250	barzda, barzdos
c0251	ašara, ašaros, ašarų
c0252	sparnas, sparno, sparnai
c0253	uodega, uodegos
c0254	oras, orai, oro
c0255	lietus, lietaus, lietų
c0256	sniegas, sniego
c0257	ledas, ledo
c0258	vėjas, vėjo, vėjai
c0259	audra, audros, audrą
c0260	debesis, debesys, debesų, debesies
c0261	rūkas, rūko
c0262	saulė, saulės, saulę
c0263	dangus, dangaus, dangų
c0264	karštas, karšta, karšti
c0265	šaltas, šalta, šalti
c0266	šiltas, šilta, šilti
c0267	vėsus, vėsi, vėsu
c0268	sausas, sausa, sausi
c0269	šlapias, drėgnas, šlapia
c0270	temperatūra, temperatūros
c0271	laipsnis, laipsnio, laipsniai
c0272	klimatas, klimato
c0273	šalna, šerkšnas, šalnos
c0274	griaustinis, griaustinio, perkūnas
c0275	žaibas, žaibo
c0276	potvynis, potvynio, potvyniai
c0277	sausra, sausros
c0278	karštis, šiluma, karščio, šilumos
c0279	oras, oro
c0280	šešėlis, šešėlio
c0281	užšalti, užšaldyti, užšalo, sušalęs, šaldytas
c0282	tirpti, tirpsta, ištirpo, tirpo
c0283	pūsti, pučia, pūtė
c0284	šviesti, šviečia, švietė, spindėti
c0285	gamta, gamtos, gamtą
c0286	žemė, žemės, žemę
c0287	žemė, gruntas, žemės
c0288	sausuma, žemė, sausumos
c0289	dirvožemis, dirva, dirvožemio
c0290	smėlis, smėlio
c0291	akmuo, akmens, akmenį, akmenys, akmenų
c0292	uola, uolos, uolą
c0293	kalnas, kalno, kalnai, kalnų
c0294	kalva, kalvos, kalvą
c0295	slėnis, slėnio, slėniai
c0296	upė, upės, upę
c0297	upelis, upelio, upeliai
c0298	ežeras, ežero
c0299	jūra, jūros, jūrą
c0300	vandenynas, vandenyno
c0301	pakrantė, krantas, pakrantės
c0302	krantas, kranto, pakrantė
c0303	paplūdimys, paplūdimio, pliažas
c0304	sala, salos, salą
c0305	įlanka, įlankos
c0306	uola, skardis, skardžio, uolos
c0307	urvas, ola, urvo
c0308	ledynas, ledyno
c0309	viršūnė, viršūnės, viršukalnė
c0310	viršūnė, viršūnės, smailė
c0311	kalnagūbris, keteros, ketera
c0312	šlaitas, šlaito, šlaitai
c0313	perėja, perėjos
c0314	lyguma, lygumos
c0315	laukas, lauko, laukai
c0316	pieva, pievos
c0317	miškas, miško, miškai
c0318	mediena, medis, medienos
c0319	medis, medžio, medžiai, medžių
c0320	šaka, šakos, šakų
c0321	lapas, lapo, lapai
c0322	šaknis, šaknies, šaknys
c0323	gėlė, žiedas, gėlės
c0324	žolė, žolės
c0325	augalas, augalo, augalai
c0326	sėkla, sėklos
c0327	vaisius, vaisiaus, vaisiai
c0328	krūmas, krūmo, krūmai
c0329	dykuma, dykumos
c0330	pelkė, pelkės
c0331	krioklys, krioklio
c0332	šaltinis, šaltinio, versmė
c0333	banga, bangos
c0334	krantas, kranto
c0335	kraštovaizdis, peizažas, kraštovaizdžio
c0336	vaizdas, vaizdo, panorama
c0337	horizontas, horizonto
c0338	žvaigždė, žvaigždės
c0339	mėnulis, mėnulio
c0340	planeta, planetos
c0341	pasaulis, pasaulio, pasaulį
c0342	kosmosas, erdvė, kosmoso
c0343	ugnis, ugnies, ugnį, gaisras
c0344	liepsna, liepsnos
c0345	vanduo, vandens, vandenį, vandenys
c0346	dūmai, dūmų
c0347	dulkės, dulkių
c0348	purvas, purvo
c0349	auksas, aukso
c0350	sidabras, sidabro
c0351	geležis, geležies
c0352	metalas, metalo
c0353	anglis, anglies, anglys
c0354	nafta, aliejus, naftos, aliejaus
c0355	dujos, dujų
c0356	druska, druskos
c0357	ugnikalnis, vulkanas, ugnikalnio
c0358	žemės drebėjimas, drebėjimas
c0359	gyvūnas, gyvūno, gyvūnai
c0360	paukštis, paukščio, paukščiai
c0361	žuvis, žuvies, žuvys
c0362	šuo, šuns, šunį, šunys, šunų
c0363	katė, katinas, katės
c0364	arklys, žirgas, arklio
c0365	karvė, karvės
c0366	avis, avies, avys
c0367	ožka, ožys, ožkos
c0368	kiaulė, kiaulės
c0369	višta, vištos, vištiena
c0370	lokys, meška, lokio
c0371	vilkas, vilko, vilkai
c0372	lapė, lapės
c0373	elnias, elnio, elniai
c0374	triušis, kiškis, triušio
c0375	pelė, pelės
c0376	žiurkė, žiurkės
c0377	gyvatė, gyvatės
c0378	vabzdys, vabzdžio, vabzdžiai
c0379	bitė, bitės
c0380	musė, musės
c0381	drugelis, drugelio, peteliškė
c0382	erelis, erelio
c0383	banginis, banginio
c0384	liūtas, liūto
c0385	dramblys, dramblio
c0386	galvijai, galvijų
c0387	lizdas, lizdo
c0388	kiaušinis, kiaušinio, kiaušiniai
c0389	plunksna, plunksnos
c0390	medžioti, medžioja, medžiojo
c0391	ūkis, ūkio, sodyba
c0392	ūkininkas, ūkininko, ūkininkai
c0393	derlius, derliaus, pjūtis
c0394	pasėlis, kultūra, pasėliai
c0395	kviečiai, kviečių
c0396	aplinka, aplinkos
c0397	tarša, užterštumas, taršos
c0398	rūšis, rūšies, rūšys
c0399	biologinė įvairovė, biologinės įvairovės
c0400	nacionalinis parkas
c0401	laukinis, laukinė, laukiniai
c0402	natūralus, gamtinis, natūrali
c0403	europa, europos
c0404	europos, europietiškas, europinis
c0405	afrika, afrikos
c0406	afrikos, afrikietiškas
c0407	azija, azijos
c0408	azijos, azijietiškas
c0409	amerika, amerikos
c0410	amerikos, amerikietiškas, amerikietis
c0411	jungtinės valstijos, jav
c0412	rusija, rusijos
c0413	rusijos, rusiškas, rusų, rusas
c0414	ukraina, ukrainos
c0415	ukrainos, ukrainietiškas, ukrainiečių
c0416	baltarusija, baltarusijos
c0417	kinija, kinijos
c0418	kinijos, kiniškas, kinų
c0419	jungtinė karalystė, britanija
c0420	britų, britiškas, britanijos
c0421	anglija, anglijos
c0422	anglų, angliškai
c0423	turkija, turkijos
c0424	turkijos, turkiškas, turkų
c0425	japonija, japonijos
c0426	indija, indijos
c0427	izraelis, izraelio
c0428	iranas, irano
c0429	sirija, sirijos
c0430	šveicarija, šveicarijos
c0431	norvegija, norvegijos
c0432	vokietija, vokietijos
c0433	vokiečių, vokiškas, vokietijos
c0434	prancūzija, prancūzijos
c0435	prancūzų, prancūziškas, prancūzijos
c0436	italija, italijos
c0437	italų, itališkas, italijos
c0438	ispanija, ispanijos
c0439	ispanų, ispaniškas, ispanijos
c0440	portugalija, portugalijos
c0441	portugalų, portugališkas
c0442	nyderlandai, olandija, nyderlandų
c0443	olandų, nyderlandų, olandiškas
c0444	belgija, belgijos
c0445	belgų, belgiškas
c0446	liuksemburgas, liuksemburgo
c0447	austrija, austrijos
c0448	austrų, austriškas
c0449	lenkija, lenkijos
c0450	lenkų, lenkiškas
c0451	čekija, čekijos
c0452	čekų, čekiškas
c0453	slovakija, slovakijos
c0454	slovakų, slovakiškas
c0455	vengrija, vengrijos
c0456	vengrų, vengriškas
c0457	slovėnija, slovėnijos
c0458	kroatija, kroatijos
c0459	rumunija, rumunijos
c0460	rumunų, rumuniškas
c0461	bulgarija, bulgarijos
c0462	bulgarų, bulgariškas
c0463	graikija, graikijos
c0464	graikų, graikiškas
c0465	kipras, kipro
c0466	malta, maltos
c0467	airija, airijos
c0468	airių, airiškas
c0469	danija, danijos
c0470	danų, daniškas
c0471	švedija, švedijos
c0472	švedų, švediškas
c0473	suomija, suomijos
c0474	suomių, suomiškas
c0475	estija, estijos
c0476	latvija, latvijos
c0477	lietuva, lietuvos
c0478	alpės, alpių
c0479	viduržemio, viduržemio jūros
c0480	atlanto
c0481	baltijos
c0482	briuselis, briuselio, briuselyje
c0483	strasbūras, strasbūro, strasbūre
c0484	keliauti, keliauja, keliavo
c0485	kelionė, kelionės, kelionę
c0486	išvyka, kelionė, ekskursija
c0487	turistas, turistė, turistai
c0488	turizmas, turizmo
c0489	viešbutis, viešbučio, viešbutyje
c0490	kambarys, kambario, patalpa
c0491	pasas, paso
c0492	bilietas, bilieto
c0493	traukinys, traukinio
c0494	geležinkelis, geležinkelio
c0495	stotis, stoties, stotyje
c0496	autobusas, autobuso
c0497	automobilis, mašina, automobilio
c0498	transporto priemonė, transportas
c0499	dviratis, dviračio
c0500	valtis, laivelis, valties
c0501	laivas, laivo, laivai
c0502	lėktuvas, lėktuvo
c0503	oro uostas, oro uosto, aerouostas
c0504	skrydis, skrydžio, skrydžiai
c0505	uostas, uosto, uostamiestis
c0506	uostas, uosto, prieplauka
c0507	kelias, kelio, keliai
c0508	gatvė, gatvės
c0509	takas, tako, takelis
c0510	tiltas, tilto
c0511	tunelis, tunelio
c0512	žemėlapis, žemėlapio
c0513	gidas, vadovas, gido
c0514	turas, ekskursija, turo
c0515	lankyti, aplankyti, lanko, aplankė, lankė
c0516	lankytojas, lankytojai, svečias
c0517	atvykti, atvyksta, atvyko, atvažiuoti
c0518	išvykti, palikti, išeiti, išvyko, paliko, išėjo
c0519	išvykti, išvyksta, išvyko, išvažiuoti
c0520	grįžti, grįžta, grįžo, grąžinti
c0521	vairuoti, važiuoti, vairuoja, važiuoja, važiavo
c0522	joti, važiuoti, joja, jojo
c0523	vaikščioti, eiti pėsčiomis, vaikšto, vaikščiojo
c0524	lipti, kopti, lipa, kopia, įkopė, užlipo
c0525	plaukti, plaukia, plaukė
c0526	plaukti, buriuoti, plaukia, plaukė
c0527	pereiti, kirsti, perėjo, kerta, kirto
c0528	pasiekti, pasiekia, pasiekė
c0529	maršrutas, maršruto
c0530	siena, sienos, pasienis
c0531	atstumas, atstumo
c0532	kilometras, kilometrai, kilometrų
c0533	metras, metrai, metrų
c0534	mylia, mylios, mylių
c0535	užsienyje, užsienis, užsienio
c0536	užsienio, svetimas, užsieninis
c0537	eismas, eismo
c0538	avarija, nelaimingas atsitikimas, avarijos
c0539	keleivis, keleivio, keleiviai
c0540	vairuotojas, vairuotojo, vairuotojai
c0541	stovykla, stovyklos
c0542	palapinė, palapinės
c0543	likti, apsistoti, lieka, liko, apsistojo
c0544	laukti, laukia, laukė
c0545	kaimas, kaimo
c0546	miestas, miestelis, miesto
c0547	miestas, miesto, miestai, miestų
c0548	sostinė, sostinės
c0549	aikštė, aikštės
c0550	turgus, rinka, turgaus, rinkos
c0551	parduotuvė, krautuvė, parduotuvės
c0552	bažnyčia, bažnyčios
c0553	katedra, katedros
c0554	pilis, pilies, tvirtovė
c0555	rūmai, rūmų
c0556	bokštas, bokšto
c0557	muziejus, muziejaus
c0558	paminklas, paminklo
c0559	parkas, parko
c0560	sodas, sodo
c0561	siena, sienos
c0562	vartai, vartų
c0563	durys, durų
c0564	langas, lango
c0565	aukštas, aukšto, aukštai
c0566	stogas, stogo
c0567	laiptai, laiptų
c0568	virtuvė, virtuvės
c0569	lova, lovos
c0570	stalas, stalo
c0571	kėdė, kėdės
c0572	namas, namo, namai
c0573	namai, namų, namuose
c0574	pastatas, pastato
c0575	butas, buto
c0576	adresas, adreso
c0577	rajonas, apskritis, rajono
c0578	regionas, sritis, regiono
c0579	sritis, vietovė, plotas, zona
c0580	kaimas, kaimo vietovė, provincija
c0581	ligoninė, ligoninės
c0582	mokykla, mokyklos
c0583	universitetas, universiteto
c0584	biblioteka, bibliotekos
c0585	restoranas, restorano
c0586	biuras, įstaiga, kabinetas
c0587	gamykla, fabrikas, gamyklos
c0588	kalėjimas, kalėjimo
c0589	teatras, teatro
c0590	kinas, kino teatras
c0591	raktas, rakto
c0592	lempa, lempos
c0593	šviesa, šviesos
c0594	dėžė, dėžutė, dėžės
c0595	krepšys, maišas, rankinė
c0596	butelis, butelio
c0597	stiklas, stiklo
c0598	puodelis, taurė
c0599	lėkštė, lėkštės
c0600	peilis, peilio
c0601	knyga, knygos
c0602	laiškas, laiško
c0603	popierius, popieriaus
c0604	rašiklis, plunksna, tušinukas
c0605	paveikslas, nuotrauka, vaizdas
c0606	nuotrauka, fotografija, nuotraukos
c0607	fotoaparatas, kamera
c0608	telefonas, telefono
c0609	kompiuteris, kompiuterio
c0610	internetas, interneto
c0611	televizija, televizorius
c0612	radijas, radijo
c0613	laikraštis, laikraščio
c0614	drabužiai, rūbai, drabužių
c0615	marškiniai, marškinių
c0616	suknelė, suknelės
c0617	batas, batai, batų
c0618	paltas, apsiaustas
c0619	skrybėlė, kepurė
c0620	pinigai, pinigų
c0621	kaina, kainos
c0622	kaina, išlaidos, sąnaudos
c0623	mokėti, moka, mokėjo, sumokėjo, sumokėti
c0624	pirkti, perka, pirko, nupirko, nusipirkti
c0625	parduoti, parduoda, pardavė, parduotas
c0626	pigus, pigi, pigūs
c0627	brangus, brangi, brangūs
c0628	euras, euro, eurų
c0629	maistas, maisto
c0630	duona, duonos
c0631	mėsa, mėsos
c0632	pienas, pieno
c0633	sūris, sūrio
c0634	sviestas, sviesto
c0635	vynas, vyno
c0636	alus, alaus
c0637	kava, kavos
c0638	arbata, arbatos
c0639	cukrus, cukraus
c0640	obuolys, obuolio
c0641	daržovė, daržovės
c0642	bulvė, bulvės
c0643	ryžiai, ryžių
c0644	sriuba, sriubos
c0645	pyragas, tortas, pyrago
c0646	pusryčiai, pusryčių
c0647	pietūs, pietų
c0648	vakarienė, vakarienės
c0649	valgis, patiekalas, maistas
c0650	valgyti, valgo, valgė, suvalgė
c0651	gerti, geria, gėrė, išgėrė
c0652	gaminti, virti, gamina, verda, virė
c0653	skonis, skonio
c0654	alkanas, alkana, išalkęs
c0655	badas, alkis, bado
c0656	saldus, saldi, saldūs
c0657	šviežias, šviežia, švieži
c0658	medus, medaus
c0659	vynuogė, vynuogės
c0660	miltai, miltų
c0661	kukurūzai, grūdai, javai
c0662	troškulys, troškulio
c0663	darbas, darbo
c0664	dirbti, dirba, dirbo
c0665	darbas, darbo vieta, tarnyba
c0666	darbininkas, darbuotojas, darbininkai
c0667	darbuotojas, tarnautojas, darbuotojai
c0668	darbdavys, darbdavio, darbdaviai
c0669	įmonė, bendrovė, kompanija, įmonės
c0670	verslas, įmonė, verslo
c0671	pramonė, pramonės
c0672	prekyba, prekybos
c0673	ekonomika, ūkis, ekonomikos
c0674	ekonominis, ekonominė, ūkinis
c0675	atlyginimas, alga, atlyginimo
c0676	darbo užmokestis, užmokestis, alga
c0677	pajamos, pajamų
c0678	mokestis, mokesčiai, mokesčio, mokesčių
c0679	biudžetas, biudžeto
c0680	pelnas, pelno
c0681	nuostolis, praradimas, nuostoliai
c0682	nedarbas, nedarbo
c0683	užimtumas, įdarbinimas, užimtumo
c0684	karjera, karjeros
c0685	profesija, profesijos
c0686	vadovas, direktorius, vadybininkas
c0687	kolega, kolegė, kolegos
c0688	komanda, komandos
c0689	susitikimas, posėdis, susirinkimas
c0690	projektas, projekto
c0691	užduotis, užduoties, uždavinys
c0692	sutartis, sutarties, kontraktas
c0693	įgūdis, gebėjimas, įgūdžiai
c0694	patirtis, patirties
c0695	mokymas, mokymai, mokymų
c0696	gamyba, gamybos
c0697	produktas, gaminys, produkto
c0698	paslauga, paslaugos
c0699	klientas, kliento, klientai
c0700	vartotojas, vartotojo, vartotojai
c0701	augimas, augimo, didėjimas
c0702	investicija, investicijos
c0703	bankas, banko
c0704	finansai, finansų
c0705	finansinis, finansinė, finansų
c0706	skola, skolos
c0707	krizė, krizės
c0708	skurdas, skurdo
c0709	vargšas, neturtingas, skurdus, neturtinga
c0710	turtingas, turtinga, turtingi
c0711	turtas, turtai, turto
c0712	nuosavybė, turtas, nuosavybės
c0713	savininkas, savininko
c0714	valdyti
c0715	statyti, pastatyti, stato, pastatė, statė
c0716	gaminti, gamina, pagamino, gamino
c0717	tiekimas, atsargos, tiekimo
c0718	energija, energijos
c0719	elektra, elektros
c0720	technologija, technologijos
c0721	mašina, įrenginys, mašinos
c0722	įrankis, įrankio
c0723	inžinierius, inžinieriaus
c0724	gydytojas, daktaras, gydytojo
c0725	slaugytoja, slaugytojas, medicinos sesuo
c0726	mokytojas, mokytoja, mokytojo
c0727	studentas, studentė, studento
c0728	mokinys, mokinė, mokinio
c0729	pamoka, pamokos
c0730	klasė, klasės
c0731	egzaminas, egzamino
c0732	studijuoti, mokytis, studijuoja, mokosi, studijavo
c0733	mokytis, išmokti, mokosi, išmoko, mokėsi
c0734	mokyti, moko, mokė, išmokė
c0735	švietimas, išsilavinimas, švietimo
c0736	žinios, žinojimas, žinių
c0737	žinoti, žino, žinojo, pažinti
c0738	mokslas, mokslo
c0739	mokslinis, mokslinė
c0740	tyrimas, tyrimai, tyrimų
c0741	mokslininkas, mokslininkė, mokslininko
c0742	skaityti, skaito, skaitė, perskaitė
c0743	rašyti, rašo, rašė, parašė, parašytas
c0744	žodis, žodžio, žodžiai
c0745	kalba, kalbos
c0746	sakinys, sakinio
c0747	klausimas, klausimo
c0748	atsakymas, atsakymo
c0749	puslapis, puslapio
c0750	istorija, pasakojimas, istorijos
c0751	istorija, istorijos
c0752	istorinis, istorinė
c0753	menas, meno
c0754	menininkas, menininkė, dailininkas
c0755	muzika, muzikos
c0756	daina, dainos
c0757	dainuoti, dainuoja, dainavo
c0758	šokti, šoka, šoko
c0759	filmas, filmo
c0760	žaidimas, žaidimo
c0761	žaisti, žaidžia, žaidė
c0762	sportas, sporto
c0763	laimėti, nugalėti, laimi, laimėjo, nugalėjo
c0764	pralaimėti, prarasti, pralaimėjo, prarado, pameta
c0765	futbolas, futbolo
c0766	žaidėjas, žaidėjo
c0767	kultūra, kultūros
c0768	kultūrinis, kultūros, kultūrinė
c0769	rašytojas, rašytoja, rašytojo
c0770	autorius, autorė, autoriaus
c0771	eilėraštis, poema, eilėraščio
c0772	poetas, poetė, poeto
c0773	romanas, romano
c0774	sveikata, sveikatos
c0775	sveikas, sveika, sveiki
c0776	sergantis, ligonis, serga, nesveikas
c0777	liga, ligos, susirgimas
c0778	liga, ligos, ligų
c0779	virusas, viruso
c0780	pandemija, pandemijos
c0781	pacientas, ligonis, paciento
c0782	vaistas, medicina, vaistai
c0783	narkotikas, narkotikai, narkotikų
c0784	gydymas, gydymo
c0785	priežiūra, rūpinimasis, globa
c0786	skaudėti, sužeisti, skauda, skaudėjo
c0787	pavargęs, pavargusi, pavargę
c0788	miegoti, miega, miegojo
c0789	pabusti, atsibusti, pabudo, pabunda
c0790	poilsis, poilsio
c0791	vėžys, vėžio
c0792	vakcina, skiepas, vakcinos
c0793	psichinis, protinis, psichikos
c0794	jausti, jaučia, jautė, pajusti
c0795	jausmas, jausmo, jausmai
c0796	meilė, meilės
c0797	mylėti, myli, mylėjo
c0798	nekęsti, nekenčia, nekentė
c0799	baimė, baimės
c0800	išsigandęs, bijantis, bijo
c0801	laimingas, laiminga, laimingi
c0802	laimė, laimės
c0803	liūdnas, liūdna, liūdni
c0804	liūdesys, liūdesio
c0805	piktas, supykęs, pikta
c0806	pyktis, pykčio, rūstybė
c0807	džiaugsmas, džiaugsmo
c0808	viltis, vilties
c0809	tikėtis, tikisi, tikėjosi
c0810	nerimauti, jaudintis, nerimauja, jaudinasi
c0811	staigmena, nuostaba, netikėtumas
c0812	gėda, gėdos
c0813	pasididžiavimas, išdidumas
c0814	išdidus, didžiuojasi, išdidi
c0815	vienišas, vieniša
c0816	ramus, rami, ramu
c0817	šypsotis, šypsosi, nusišypsojo
c0818	juoktis, juokiasi, juokėsi, nusijuokė
c0819	verkti, verkia, verkė, apsiverkė
c0820	bučinys, bučinio
c0821	sapnas, svajonė, sapno, svajonės
c0822	noras, troškimas, linkėjimas
c0823	norėti, nori, norėjo
c0824	patikti, patinka, patiko, mėgti
c0825	mėgautis, mėgaujasi, džiaugtis
c0826	teikti pirmenybę, pirmenybę, labiau patinka
c0827	ilgėtis, pasiilgti, ilgisi, pasiilgo
c0828	kentėti, kenčia, kentėjo, nukentėjo
c0829	malonumas, malonumo
c0830	drąsa, drąsos
c0831	drąsus, drąsi, narsus
c0832	pasitikėjimas, pasitikėjimo
c0833	abejonė, abejonės
c0834	tikėti, tiki, tikėjo, manyti
c0835	tikėjimas, tikėjimo
c0836	dievas, dievo
c0837	religija, religijos
c0838	religinis, religinė
c0839	siela, sielos
c0840	dvasia, dvasios, nuotaika
c0841	protas, proto, sąmonė
c0842	mintis, minties, mintys
c0843	galvoti, mąstyti, manyti, galvoja, galvojo
c0844	idėja, idėjos, mintis
c0845	prisiminti, atsiminti, prisimena, prisiminė
c0846	pamiršti, užmiršti, pamiršo, pamiršta
c0847	suprasti, supranta, suprato
c0848	reikšti, reiškia, reiškė
c0849	reikšmė, prasmė, reikšmės
c0850	priežastis, priežasties, priežastys
c0851	atmintis, prisiminimas, atminties, prisiminimai
c0852	įsivaizduoti, įsivaizduoja, įsivaizdavo
c0853	nuspręsti, spręsti, nusprendė, sprendžia
c0854	sprendimas, sprendimo, sprendimai
c0855	pasirinkti, rinktis, pasirinko, renkasi
c0856	pasirinkimas, pasirinkimo
c0857	planas, plano
c0858	bandyti, stengtis, bando, bandė, stengiasi
c0859	reikėti, reikia, reikėjo, prireikti
c0860	poreikis, būtinybė, reikmė, poreikiai
c0861	sakyti, pasakyti, sako, sakė, pasakė
c0862	pasakoti, pasakyti, papasakojo, pasakoja
c0863	kalbėti, kalba, kalbėjo
c0864	kalbėtis, šnekėti, kalbasi, kalbėjosi
c0865	klausti, paklausti, klausia, paklausė
c0866	skambinti, vadinti, skambina, paskambino, vadina
c0867	šaukti, rėkti, šaukia, šaukė
c0868	girdėti, girdi, girdėjo, išgirdo
c0869	klausytis, klausosi, klausėsi
c0870	matyti, mato, matė, pamatė
c0871	žiūrėti, žiūri, žiūrėjo, pažiūrėti
c0872	stebėti, žiūrėti, stebi, stebėjo
c0873	rodyti, parodyti, rodo, parodė
c0874	rasti, surasti, randa, rado, rastas
c0875	duoti, duoda, davė, duotas
c0876	imti, paimti, ima, ėmė, paėmė
c0877	atnešti, atvežti, atneša, atnešė
c0878	nešti, neša, nešė, vežti
c0879	laikyti, surengti, laiko, laikė, surengė
c0880	laikyti, išlaikyti, saugoti, laikė, išlaikė
c0881	dėti, padėti, deda, dėjo, padėjo
c0882	siųsti, išsiųsti, siunčia, siuntė, išsiuntė
c0883	gauti, gauna, gavo, gautas
c0884	gauti, gauna, gavo
c0885	daryti, padaryti, gaminti, daro, darė, padarė
c0886	naudoti, naudoja, naudojo, naudojamas
c0887	atidaryti, atidaro, atidarė, atverti
c0888	uždaryti, uždaro, uždarė
c0889	pradėti, prasidėti, pradeda, pradėjo, prasidėjo
c0890	pradėti, pradeda, pradėjo
c0891	sustoti, sustabdyti, nutraukti, sustojo, sustabdė
c0892	tęsti, tęsia, tęsė, tęstis
c0893	baigti, baigia, baigė, užbaigti
c0894	keisti, pakeisti, keičiasi, pakeitė, keitė
c0895	pokytis, pasikeitimas, pokyčiai, pakeitimas
c0896	augti, auga, augo, išaugo
c0897	kristi, krenta, krito, nukrito
c0898	kilti, pakilti, kyla, kilo, pakilo
c0899	kelti, pakelti, didinti, kelia, pakėlė
c0900	didėti, didinti, didėja, padidėjo, padidino
c0901	padidėjimas, augimas, didėjimas, padidinimas
c0902	mažinti, sumažinti, mažina, sumažino
c0903	ateiti, atvykti, ateina, atėjo
c0904	eiti, vykti, eina, ėjo, nuėjo, važiuoti
c0905	įeiti, įžengti, įeina, įėjo
c0906	bėgti, bėga, bėgo
c0907	stovėti, stovi, stovėjo
c0908	sėdėti, sėstis, sėdi, sėdėjo, atsisėdo
c0909	gulėti, guli, gulėjo
c0910	meluoti, meluoja, melavo
c0911	judėti, judinti, juda, judėjo, persikelti
c0912	sukti, pasukti, suka, pasuko, sukasi, apsisukti
c0913	sekti, sekia, sekė
c0914	vadovauti, vesti, vadovauja, vedė, vadovavo
c0915	susitikti, sutikti, susitinka, susitiko, sutiko
c0916	padėti, padeda, padėjo
c0917	pagalba, pagalbos
c0918	leisti, leidžia, leido
c0919	užkirsti kelią, sutrukdyti, išvengti, užkirsti
c0920	saugoti, apsaugoti, gina, saugo, apsaugojo
c0921	gelbėti, išgelbėti, gelbsti, išgelbėjo
c0922	nužudyti, žudyti, žudo, nužudė, žuvo
c0923	kovoti, kaunasi, kovoja, kovojo, kautis
c0924	sulaužyti, sudaužyti, laužo, sulaužė, sudužo
c0925	pjauti, pjausto, pjovė, nukirpo
c0926	smogti, mušti, trenkti, smogė, mušė
c0927	mesti, meta, metė
c0928	pagauti, gaudyti, pagavo, gaudo
c0929	traukti, tempti, traukia, patraukė
c0930	stumti, stumia, stūmė
c0931	pripildyti, užpildyti, pildo, pripildė
c0932	plauti, skalbti, prausti, plauna, plovė
c0933	švarus, švari, švarūs
c0934	piešti, piešia, piešė, nupiešė
c0935	dažyti, tapyti, dažo, nudažė
c0936	taisyti, pataisyti, remontuoti, taiso, pataisė
c0937	kurti, sukurti, kuria, sukūrė
c0938	sunaikinti, naikinti, sunaikino, naikina
c0939	degti, deginti, dega, degė, sudegė
c0940	skristi, skrenda, skrido
c0941	slėpti, paslėpti, slepia, slėpė, paslėptas
c0942	ieškoti, ieško, ieškojo
c0943	vykti, įvykti, atsitikti, vyksta, įvyko, atsitiko
c0944	atrodyti, atrodo, atrodė
c0945	pasirodyti, atsirasti, pasirodė, atsirado
c0946	tapti, tampa, tapo
c0947	likti, lieka, liko, išlikti
c0948	priklausyti, priklauso, priklausė
c0949	apimti, sudaryti, sudaro
c0950	apimti, įtraukti, apima, įtraukė
c0951	egzistuoti, egzistuoja, egzistavo
c0952	priklausyti, priklauso, priklausė
c0953	sukelti, sukelia, sukėlė, lemti
c0954	priežastis, priežasties, priežastys
c0955	rezultatas, rezultato, padarinys
c0956	paveikti, veikti, paveikia, paveikė
c0957	plėtoti, vystyti, kurti, plėtoja, vystosi
c0958	gerinti, pagerinti, gerina, pagerino
c0959	remti, paremti, palaikyti, remia, parėmė, palaiko
c0960	parama, palaikymas, paramos
c0961	prieštarauti, priešintis, prieštarauja, priešinasi
c0962	sutikti, sutinka, sutiko, pritarti
c0963	priimti, priima, priėmė, sutikti
c0964	atsisakyti, atsisako, atsisakė
c0965	atmesti, atmeta, atmetė
c0966	neigti, paneigti, neigia, paneigė
c0967	pripažinti, prisipažinti, pripažįsta, pripažino
c0968	paaiškinti, aiškinti, paaiškino, aiškina
c0969	aprašyti, apibūdinti, aprašo, aprašė
c0970	pranešti, praneša, pranešė
c0971	paskelbti, skelbti, paskelbė, skelbia
c0972	informuoti, pranešti, informuoja, informavo
c0973	aptarti, svarstyti, diskutuoti, aptarė, svarsto
c0974	ginčytis, teigti, argumentuoti, ginčijasi
c0975	teigti, tvirtinti, teigia, teigė
c0976	siūlyti, pasiūlyti, siūlo, pasiūlė
c0977	siūlyti, pasiūlyti, siūlo, pasiūlė
c0978	pažadėti, žadėti, pažadėjo, žada
c0979	įspėti, perspėti, įspėja, įspėjo
c0980	grasinti, grasina, grasino
c0981	reikalauti, reikalauja, pareikalavo
c0982	reikalauti, reikalauja, reikalaujama
c0983	tikėtis, tikisi, tikėjosi, laukti
c0984	uždrausti, drausti, draudžia, uždraudė, draudžiama
c0985	priversti, verčia, privertė
c0986	išleisti, leisti, praleisti, išleido, praleido
c0987	uždirbti, uždirba, uždirbo
c0988	nugalėti, mušti, įveikti, nugalėjo, sumušė
c0989	paruošti, ruošti, paruošė, ruošia
c0990	organizuoti, surengti, organizuoja, surengė
c0991	valdyti, vadovauti, sugebėti, pavyko, valdo
c0992	kontroliuoti, valdyti, kontroliuoja
c0993	tikrinti, patikrinti, tikrina, patikrino
c0994	testas, bandymas, patikrinimas
c0995	matuoti, išmatuoti, matuoja
c0996	skaičiuoti, suskaičiuoti, skaičiuoja
c0997	pridėti, prideda, pridėjo
c0998	palyginti, lyginti, palygino, lygina
c0999	sujungti, jungti, sujungė, jungia
c1000	prisijungti, įstoti, prisijungė, įstojo
c1001	dalytis, pasidalyti, dalijasi, pasidalijo
c1002	padalyti, dalyti, padalijo, dalija
c1003	pristatyti, pristato, pristatė
c1004	skelbti, paskelbti, išleisti, skelbia, paskelbė
c1005	pasirašyti, pasirašo, pasirašė
c1006	dėvėti, nešioti, vilkėti, dėvi, dėvėjo
c1007	liesti, paliesti, liečia, palietė
c1008	kvapas, kvapo
c1009	garsas, garso
c1010	triukšmas, triukšmo
c1011	tyla, tylos
c1012	didelis, didelė, dideli, didžiulis
c1013	didelis, didelė, stambus
c1014	mažas, maža, maži
c1015	mažas, mažytis, maža
c1016	ilgas, ilga, ilgi
c1017	trumpas, trumpa, trumpi
c1018	aukštas, aukšta, aukšti
c1019	žemas, žema, žemi
c1020	platus, plati, platūs
c1021	siauras, siaura, siauri
c1022	gilus, gili, gilūs
c1023	sunkus, sunki, sunkūs
c1024	lengvas, lengva, lengvi
c1025	greitas, sparčus, greita, greiti
c1026	lėtas, lėta, lėti
c1027	naujas, nauja, nauji
c1028	geras, gera, geri, geresnis, geriausias, gerai
c1029	blogas, prastas, bloga, blogesnis, blogiausias
c1030	gražus, graži, gražūs
c1031	bjaurus, negražus, bjauri
c1032	purvinas, nešvarus, purvina
c1033	pilnas, pilna, pilni, kupinas
c1034	tuščias, tuščia, tušti
c1035	lengvas, paprastas, lengva
c1036	sunkus, sudėtingas, sunki
c1037	kietas, sunkus, kieta
c1038	minkštas, minkšta, švelnus
c1039	stiprus, stipri, galingas
c1040	silpnas, silpna, silpni
c1041	saugus, saugi, saugūs
c1042	pavojingas, pavojinga, pavojingi
c1043	laisvas, laisva, laisvi
c1044	svarbus, svarbi, svarbūs
c1045	pagrindinis, pagrindinė, svarbiausias
c1046	būtinas, reikalingas, būtina, reikalinga
c1047	galimas, įmanomas, galima, įmanoma
c1048	neįmanomas, neįmanoma, negalimas
c1049	tikras, teisingas, tiesa, tikra
c1050	klaidingas, netikras, melagingas, klaidinga
c1051	tikras, realus, tikra, reali
c1052	teisingas, teisinga, tikslus
c1053	neteisingas, klaidingas, neteisinga
c1054	tas pats, ta pati, toks pat, tokia pat, vienodas
c1055	skirtingas, kitoks, skirtinga, įvairus
c1056	panašus, panaši, panašūs
c1057	ištisas
c1058	viešasis, viešas, vieša, viešoji
c1059	privatus, privati, asmeninis
c1060	nacionalinis, nacionalinė, valstybinis
c1061	tarptautinis, tarptautinė
c1062	vietinis, vietos, vietinė
c1063	pasaulinis, visuotinis, pasaulinė
c1064	socialinis, socialinė, visuomeninis
c1065	bendras, bendrasis, bendra, bendroji
c1066	ypatingas, specialus, ypatinga, speciali
c1067	paprastas, paprasta, nesudėtingas
c1068	sudėtingas, sudėtinga, kompleksinis
c1069	aiškus, aiški, skaidrus
c1070	tylus, tyli, ramus
c1071	garsus, triukšmingas, garsi
c1072	garsus, žymus, žinomas, garsi
c1073	populiarus, populiari, mėgstamas
c1074	bendras, įprastas, dažnas, paplitęs
c1075	retas, reta, reti
c1076	keistas, keista, neįprastas
c1077	normalus, įprastas, normali
c1078	pasiruošęs, pasirengęs, paruoštas, pasiruošusi
c1079	užsiėmęs, užimtas, užsiėmusi
c1080	vienas, vienui vienas, vienas pats
c1081	kartu, drauge, kartu su
c1082	tikras, įsitikinęs, tikra
c1083	rimtas, rimta, rimti
c1084	didžiulis, milžiniškas, didžiulė
c1085	senovinis, senovės, antikinis
c1086	modernus, šiuolaikinis, moderni
c1087	tradicinis, tradicinė
c1088	žmogaus, žmogiškas, žmonių
c1089	grožis, grožio
c1090	malonus, mielas, gražus, maloni
c1091	didis, puikus, didelis, nuostabus
c1092	geras, puikus, gerai
c1093	malonus, geras, maloni, geraširdis
c1094	draugiškas, draugiška, draugiški
c1095	aukštas, aukšta, aukšti
c1096	apvalus, apvali, apskritas
c1097	plokščias, lygus, plokščia
c1098	aštrus, aštri, aštrūs
c1099	plonas, liesas, plona
c1100	storas, stora, stori
c1101	storas, riebus, stora
c1102	greitas, greita, greiti
c1103	lėtai
c1104	greitai, sparčiai
c1105	gerai
c1106	beveik, vos ne
c1107	tik, vien, tiktai
c1108	ypač, ypatingai
c1109	pagaliau, galiausiai, galų gale
c1110	staiga, netikėtai
c1111	tikriausiai, turbūt, greičiausiai
c1112	galbūt, gal
c1113	tikrai, žinoma, be abejo
c1114	iš tikrųjų, tikrai, iš tiesų
c1115	čia
c1116	ten
c1117	visur
c1118	toli
c1119	arti, netoli, šalia
c1120	toli, šalin
c1121	lauke, išorėje, laukan
c1122	viduje, vidun
c1123	tarp
c1124	be
c1125	prieš
c1126	per, metu, laikotarpiu
c1127	po
c1128	prieš
c1129	po, žemiau
c1130	virš, aukščiau
c1131	per, skersai, anapus
c1132	per, pro, kiaurai
c1133	aplink, apie, apytiksliai
c1134	tarp, tarpe
c1135	nepaisant
c1136	link, linkui
c1137	už nugaros, užpakalyje
c1138	palei, išilgai
c1139	visi, kiekvienas, visos
c1140	niekas, nieko
c1141	viskas, visko
c1142	daiktas, dalykas, daikto, dalyko
c1143	vieta, vietos, vietą
c1144	būdas, būdo, būdu
c1145	dalis, dalies, dalys
c1146	skaičius, skaičiaus, numeris
c1147	grupė, grupės
c1148	rūšis, tipas, rūšies
c1149	pavyzdys, pavyzdžio, pavyzdžiui
c1150	problema, problemos
c1151	padėtis, situacija, padėties
c1152	faktas, fakto
c1153	atvejis, atvejo, byla
c1154	punktas, taškas, klausimas
c1155	forma, formos, pavidalas
c1156	lygis, lygio
c1157	dydis, dydžio
c1158	forma, pavidalas, formos
c1159	linija, eilutė, linijos
c1160	ženklas, požymis, ženklo
c1161	skirtumas, skirtumo
c1162	galimybė, proga, šansas, sėkmė
c1163	galimybė, proga, galimybės, galimybių
c1164	pavojus, pavojaus
c1165	rizika, rizikos
c1166	svarba, reikšmė, svarbos
c1167	sėkmė, pasisekimas, sėkmės
c1168	nesėkmė, nesėkmės
c1169	pastangos, pastangų, pastanga
c1170	vaidmuo, vaidmens, vaidmenį
c1171	tikslas, paskirtis, tikslo
c1172	kokybė, savybė, kokybės
c1173	kiekis, suma, kiekio
c1174	dauguma, daugumos
c1175	procentas, procentai, procentų, proc
c1176	vidutinis, vidutinė, vidurkis
c1177	pranešimas, žinutė, pranešimo
c1178	žinios, naujienos, žinių
c1179	informacija, informacijos
c1180	vardas, pavadinimas, vardo
c1181	parlamentas, seimas, parlamento
c1182	parlamentinis, parlamento, parlamentinė
c1183	narys, narė, nario, nariai
c1184	rezoliucija, rezoliucijos
c1185	vyriausybė, vyriausybės
c1186	ministras, ministrė, ministro
c1187	ministras pirmininkas, premjeras, premjerė
c1188	prezidentas, pirmininkas, prezidento
c1189	rinkimai, rinkimų
c1190	rinkimų, rinkiminis
c1191	balsuoti, balsuoja, balsavo
c1192	balsas, balsavimas, balso
c1193	rinkėjas, rinkėjai, rinkėjų
c1194	kandidatas, kandidatė, kandidato
c1195	kampanija, kampanijos
c1196	referendumas, referendumo
c1197	partija, partijos
c1198	žmogaus teisės, žmogaus teisių
c1199	teisė, teisės, teisių
c1200	įstatymas, teisė, įstatymo
c1201	teisinis, teisėtas, teisinė
c1202	neteisėtas, nelegalus, neteisėta
c1203	teismas, teismo
c1204	teisėjas, teisėja, teisėjo
c1205	advokatas, teisininkas, advokato
c1206	prokuroras, prokuroro
c1207	teismo procesas, procesas, bylos nagrinėjimas
c1208	nuosprendis, bausmė, nuosprendžio
c1209	kalinys, kalinio, kaliniai
c1210	politinis kalinys, politiniai kaliniai
c1211	suimti, areštuoti, sulaikyti, suėmė, sulaikė, suimtas
c1212	areštas, suėmimas, sulaikymas
c1213	sulaikymas, kalinimas, sulaikymo
c1214	sulaikyti, sulaikė, sulaikytas
c1215	paleisti, išlaisvinti, paleido, paleistas
c1216	paleidimas, išlaisvinimas, paleidimo
c1217	kankinimas, kankinimai, kankinimų
c1218	smerkti, pasmerkti, smerkia, pasmerkė
c1219	raginti, ragina, paragino
c1220	raginti, kviesti, ragina, kviečia
c1221	reikalauti, raginti, ragina, reikalauja
c1222	palankiai vertinti, sveikinti, džiaugtis
c1223	apgailestauti, apgailestauja
c1224	priminti, primena, priminė
c1225	žurnalistas, žurnalistė, žurnalisto
c1226	žiniasklaida, žiniasklaidos
c1227	spauda, spaudos
c1228	protestas, protesto
c1229	protestuotojas, protestuotojai, protestuotojų
c1230	demonstracija, demonstracijos
c1231	laisvė, laisvės
c1232	saviraiškos laisvė, žodžio laisvė
c1233	susirinkimų laisvė
c1234	demokratija, demokratijos
c1235	demokratinis, demokratinė
c1236	valstybė narė, valstybės narės
c1237	komisija, komisijos
c1238	komisaras, komisarė, komisaro
c1239	taryba, tarybos
c1240	sąjunga, sąjungos
c1241	europos sąjunga, es
c1242	pilietis, pilietė, piliečio, piliečiai
c1243	pilietybė, pilietybės
c1244	smurtas, smurto
c1245	smurtinis, žiaurus, smurtinė
c1246	policija, policijos
c1247	policininkas, policijos pareigūnas, policininkai
c1248	kariuomenė, armija, kariuomenės
c1249	karinis, karinė, karo
c1250	kareivis, karys, kario
c1251	karas, karo
c1252	taika, taikos
c1253	konfliktas, konflikto
c1254	ginklas, ginklo, ginklai
c1255	sankcija, sankcijos, sankcijų
c1256	opozicija, opozicijos
c1257	režimas, režimo
c1258	valdžia, institucija, valdžios, institucijos
c1259	valstybė, valstybės
c1260	šalis, šalies, šalys, šalių
c1261	tauta, nacija, tautos
c1262	respublika, respublikos
c1263	karalystė, karalystės
c1264	karalius, karaliaus
c1265	karalienė, karalienės
c1266	imperatorius, imperatoriaus
c1267	imperija, imperijos
c1268	konstitucija, konstitucijos
c1269	konstitucinis, konstitucinė
c1270	sutartis, sutarties, sutartys
c1271	susitarimas, susitarimo
c1272	derybos, derybų
c1273	derėtis, derasi, derėjosi
c1274	nusikaltimas, nusikaltimo
c1275	nusikalstamas, baudžiamasis, kriminalinis
c1276	auka, aukos, nukentėjusysis
c1277	žmogžudystė, nužudymas, žmogžudystės
c1278	terorizmas, terorizmo
c1279	teroristas, teroristai, teroristų
c1280	išpuolis, ataka, puolimas
c1281	saugumas, saugumo
c1282	sauga, saugumas, saugos
c1283	gynyba, gynybos
c1284	pabėgėlis, pabėgėliai, pabėgėlių
c1285	migrantas, migrantai, migrantų
c1286	migracija, migracijos
c1287	prieglobstis, prieglobsčio
c1288	mažuma, mažumos
c1289	diskriminacija, diskriminacijos
c1290	lygybė, lygybės
c1291	lytis, lyties
c1292	teisinė valstybė, teisinės valstybės
c1293	teisingumas, teisingumo
c1294	teisminis, teismų, teisminė
c1295	nepriklausomybė, nepriklausomybės
c1296	nepriklausomas, nepriklausoma
c1297	suverenitetas, suvereniteto
c1298	teritorija, teritorijos
c1299	okupacija, okupacijos
c1300	invazija, įsiveržimas, invazijos
c1301	paliaubos, paliaubų
c1302	humanitarinis, humanitarinė
c1303	pagalba, parama, pagalbos
c1304	bendradarbiavimas, bendradarbiavimo
c1305	dialogas, dialogo
c1306	santykis, santykiai, santykių
c1307	diplomatinis, diplomatinė
c1308	ambasadorius, ambasadoriaus
c1309	ambasada, ambasados
c1310	delegacija, delegacijos
c1311	atstovas, atstovė, atstovo
c1312	pareigūnas, valdininkas, pareigūno
c1313	administracija, valdymas, administracijos
c1314	institucija, įstaiga, institucijos
c1315	agentūra, tarnyba, agentūros
c1316	valdžia, galia, jėga, valdžios
c1317	politika, politikos
c1318	politika, politikos
c1319	politinis, politinė, politiniai
c1320	politikas, politikė, politiko
c1321	reforma, reformos
c1322	teisės aktai, įstatymai, teisėkūra
c1323	direktyva, direktyvos
c1324	reglamentas, taisyklė, reglamento
c1325	pasiūlymas, pasiūlymo
c1326	pakeitimas, pataisa, pakeitimo
c1327	pranešimas, ataskaita, pranešimo
c1328	diskusija, debatai, diskusijos
c1329	sesija, posėdis, sesijos
c1330	komitetas, komiteto
c1331	pirmininkas, pirmininkė, pirmininko
c1332	pirmininkavimas, pirmininkavimo, prezidentūra
c1333	įgaliojimai, mandatas, įgaliojimų
c1334	priimti, priima, priėmė, priimtas
c1335	patvirtinti, pritarti, patvirtino, pritarė
c1336	susilaikyti, susilaiko, susilaikė
c1337	koalicija, koalicijos
c1338	lyderis, vadovas, lyderio
c1339	korupcija, korupcijos
c1340	sukčiavimas, apgaulė, sukčiavimo
c1341	skaidrumas, skaidrumo
c1342	tyrimas, tyrimo
c1343	tirti, ištirti, tiria, ištyrė
c1344	įrodymai, įrodymas, įrodymų
c1345	liudytojas, liudytoja, liudytojai
c1346	kaltinimas, kaltinimai, kaltinimų
c1347	kaltinti, apkaltinti, kaltina, apkaltino
c1348	kaltas, kalta, kalti
c1349	nekaltas, nekalta, nekalti
c1350	nuteisti, nuteisė, nuteistas
c1351	apeliacija, skundas, apeliacijos
c1352	bausmė, bausmės, nuobauda
c1353	mirties bausmė
c1354	egzekucija, mirties bausmės vykdymas
c1355	bauda, baudos
c1356	bausmė, bausmės
c1357	bausti, nubausti, baudžia, nubaudė
c1358	aktyvistas, aktyvistė, aktyvistai
c1359	žmogaus teisių gynėjas, gynėjas, gynėjai
c1360	disidentas, disidentai
c1361	įkaitas, įkaitai, įkaitų
c1362	pagrobti, grobti, pagrobė, pagrobtas
c1363	dingimas, dingimai, dingimo
c1364	priekabiavimas, persekiojimas, priekabiavimo
c1365	bauginimas, įbauginimas, bauginimo
c1366	persekiojimas, persekiojimo
c1367	represijos, represija, represijų
c1368	susidorojimas, represijos, slopinimas
c1369	cenzūra, cenzūros
c1370	piktnaudžiavimas, smurtas, prievarta
c1371	išžaginimas, išprievartavimas
c1372	genocidas, genocido
c1373	karo nusikaltimas, karo nusikaltimai
c1374	prekyba žmonėmis
c1375	vergija, vergovė, vergijos
c1376	jungtinės tautos, jt
c1377	nato
c1378	europos parlamentas
c1379	europos komisija
c1380	aukščiausiojo lygio susitikimas, viršūnių susitikimas
c1381	fondas, fondo
c1382	finansavimas, finansavimo
c1383	programa, programos
c1384	strategija, strategijos
c1385	tikslas, tikslo, uždavinys
c1386	priemonė, priemonės
c1387	veiksmas, veikla, veiksmai
c1388	sistema, pagrindas, sistemos
c1389	įgyvendinimas, įgyvendinimo
c1390	įgyvendinti, įgyvendina, įgyvendino
c1391	užtikrinti, užtikrina, užtikrino
c1392	pabrėžti, pabrėžia, pabrėžė
c1393	pažymėti, pažymi, pažymėjo
c1394	pakartoti, pakartoja, pakartojo
c1395	išreikšti, reikšti, išreiškia, išreiškė
c1396	susirūpinimas, nerimas, susirūpinimo
c1397	apgailestauti, smerkti, apgailestauja
c1398	pasmerkti, smerkti, pasmerkė, smerkia
c1399	primygtinai reikalauti, reikalauti, tvirtinti
c1400	skatinti, paskatinti, skatina, paskatino
c1401	kviesti, pakviesti, kviečia, pakvietė
c1402	pabrėžti, atkreipti dėmesį, pabrėžia
c1403	pripažinti, pripažįsta, pripažino
c1404	pripažinti, atpažinti, pripažįsta, atpažino
c1405	laikyti, svarstyti, manyti, laiko
c1406	nedelsiant, tuoj pat, iš karto
c1407	griežtai, tvirtai
c1408	giliai
c1409	besąlygiškai
c1410	biuletenis, balsavimas, biuletenio
c1411	sąžiningas, teisingas, sąžininga
c1412	stebėtojas, stebėtojai
c1413	vidaus rinka, bendroji rinka
c1414	konkurencija, konkursas, varžybos
c1415	žemės ūkis, žemės ūkio
c1416	žuvininkystė, žvejyba
c1417	klimato kaita, klimato kaitos
c1418	išmetimas, emisija, išmetimai
c1419	tvarus, tvari, darnus
c1420	plėtra, vystymasis, raida, plėtros
c1421	inovacija, naujovė, inovacijos
c1422	skaitmeninis, skaitmeninė
c1423	duomenys, duomenų
c1424	privatumas, privatumo
c1425	apsauga, apsaugos
c1426	transportas, transporto
c1427	infrastruktūra, infrastruktūros
c1428	regioninis, regioninė
c1429	solidarumas, solidarumo
c1430	plėtra, plėtros
c1431	įstojimas, stojimas, įstojimo
c1432	muitinė, muitai, muitinės
c1433	valiuta, valiutos
c1434	infliacija, infliacijos
c1435	palūkanos, palūkanų
c1436	interesas, susidomėjimas, interesai
c1437	deficitas, deficito
c1438	visuomenė, visuomenės
c1439	bendruomenė, bendrija, bendruomenės
c1440	organizacija, organizacijos
c1441	asociacija, draugija, asociacijos
c1442	gyventojai, gyventojų
c1443	viešoji nuomonė
c1444	atsakomybė, atsakomybės
c1445	atsakingas, atsakinga
c1446	pareiga, įsipareigojimas, prievolė
c1447	principas, principo
c1448	vertė, vertybė, vertybės
c1449	orumas, orumo
c1450	pagarba, pagarbos
c1451	gerbti, laikytis, gerbia, gerbė
c1452	teisėsauga, teisėsaugos
c1453	procedūra, tvarka, procedūros
c1454	procesas, proceso
c1455	klausimas, problema, klausimo
c1456	klausimas, dalykas, reikalas
c1457	sistema, sistemos
c1458	įsakymas, nurodymas, įsakymo
c1459	taisyklė, taisyklės
c1460	poveikis, padarinys, pasekmė, efektas
c1461	poveikis, įtaka, poveikio
c1462	sąlyga, būklė, sąlygos
c1463	prieiga, galimybė, prieigos
c1464	išteklius, ištekliai, išteklių
c1465	priešas, priešo, priešai
c1466	didvyris, herojus, didvyrio
c1467	sargybinis, sargas, apsauginis
c1468	kunigas, kunigo
c1469	tradicija, tradicijos
c1470	festivalis, šventė, festivalio
c1471	ceremonija, iškilmės, ceremonijos
c1472	kalba, kalbos, pranešimas
c1473	nuomonė, nuomonės
c1474	pareiškimas, pareiškimo
c1475	deklaracija, deklaracijos
c1476	dėmesys, dėmesio
c1477	tiesa, tiesos
c1478	paslaptis, paslapties
c1479	grėsmė, grasinimas, grėsmės
c1480	pergalė, pergalės
c1481	pralaimėjimas, pralaimėjimo
c1482	mūšis, kova, mūšio
c1483	revoliucija, revoliucijos
c1484	vėliava, vėliavos
c1485	trobelė, namelis, pastogė
c1486	lavina, lavinos
c1487	sąjungininkas, sąjungininkai
c1488	kariai, kariuomenė, pajėgos
c1489	streikas, streiko
c1490	pensija, pensijos
c1491	būstas, būsto, apgyvendinimas
c1492	sėkmė, laimė, sėkmės
c1493	medžiotojas, medžiotojo
c1494	aukštis, aukščio
c1495	ilgis, ilgio
c1496	svoris, svorio
c1497	greitis, greičio
c1498	paveldas, paveldo
c1499	ginklas, šautuvas, pistoletas
c1500	bomba, bombos
`;
