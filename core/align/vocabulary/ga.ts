// Concordia's core vocabulary in Irish: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	aon, a haon, haon
c0002	dó, dhá, a dó
c0003	trí, a trí
c0004	ceathair, ceithre, a ceathair
c0005	cúig, a cúig
c0006	sé, a sé
c0007	seacht, a seacht
c0008	ocht, a hocht, hocht
c0009	naoi, a naoi
c0010	deich, a deich
c0011	aon déag, a haon déag
c0012	dó dhéag, a dó dhéag
c0013	trí déag, a trí déag
c0014	ceathair déag, a ceathair déag
c0015	cúig déag, a cúig déag
c0016	sé déag, a sé déag
c0017	seacht déag, a seacht déag
c0018	ocht déag, a hocht déag
c0019	naoi déag, a naoi déag
c0020	fiche, fichid, scór
c0021	tríocha, tríochad
c0022	daichead, ceathracha
c0023	caoga, leathchéad
c0024	seasca
c0025	seachtó
c0026	ochtó
c0027	nócha
c0028	céad, gcéad, chéad
c0029	míle, mhíle
c0030	milliún, mhilliún, milliúin
c0031	billiún, bhilliún
c0032	chéad, céad, an chéad
c0033	dara, an dara
c0034	tríú, an tríú
c0035	ceathrú, an ceathrú
c0036	cúigiú
c0037	séú
c0038	seachtú
c0039	ochtú
c0040	naoú
c0041	deichiú
c0042	leath, leathanna
c0043	ceathrú, cheathrú
c0044	dosaen
c0045	dúbailte, dúbalta
c0046	deireanach, deiridh, dheireanach
c0047	seo chugainn, chugainn, dár gcionn, eile
c0048	eanáir
c0049	feabhra
c0050	márta
c0051	aibreán, aibreáin
c0052	bealtaine
c0053	meitheamh, mheithimh
c0054	iúil
c0055	lúnasa
c0056	meán fómhair, mheán fómhair
c0057	deireadh fómhair
c0058	samhain, samhna
c0059	nollaig, nollag
c0060	luan, luain, dé luain
c0061	máirt, dé máirt
c0062	céadaoin, dé céadaoin
c0063	déardaoin
c0064	aoine, haoine, dé haoine
c0065	satharn, sathairn, dé sathairn
c0066	domhnach, domhnaigh, dé domhnaigh
c0067	earrach, an earraigh, earraigh
c0068	samhradh, samhraidh, shamhradh
c0069	fómhar, fómhair, fhómhar
c0070	geimhreadh, geimhridh, gheimhreadh
c0071	séasúr, séasúir
c0072	lá, lae, laethanta
c0073	seachtain, tseachtain, seachtaine, seachtainí
c0074	mí, míosa, míonna, mhí
c0075	bliain, bliana, blianta, bhliain, mbliana
c0076	uair, huaire, uaire, uair an chloig
c0077	nóiméad, nóiméid, mhóiméad, noiméad
c0078	soicind, shoicind
c0079	maidin, mhaidin, maidine
c0080	tráthnóna, iarnóin
c0081	tráthnóna, oíche, thráthnóna
c0082	oíche, hoíche, oícheanta, san oíche
c0083	meán lae, nóin
c0084	meán oíche
c0085	inniu
c0086	inné
c0087	amárach
c0088	anocht
c0089	céad, aois, céid, haois
c0090	deich mbliana, deicéad
c0091	am, t-am, ama, aimsir
c0092	nóiméad, meandar, tamall, móimint
c0093	tréimhse, thréimhse, tréimhsí
c0094	dáta, dátaí
c0095	deireadh seachtaine
c0096	féilire
c0097	clog, gclog, chlog
c0098	aois, haois, aoise
c0099	am atá thart, stair, caite, anallód
c0100	todhchaí, thodhchaí, amach anseo
c0101	láthair, i láthair, an lá atá inniu ann
c0102	anois
c0103	go luath, luath, gairid
c0104	níos déanaí, ar ball, déanaí, ina dhiaidh sin
c0105	luath, moch, luaithe
c0106	déanach, mall, dhéanach
c0107	cheana, cheana féin
c0108	arís
c0109	i gcónaí, gcónaí, riamh
c0110	riamh, choíche, go deo
c0111	go minic, minic, mhinic
c0112	uaireanta, amanna
c0113	ó shin, shin
c0114	le déanaí, déanaí, le gairid
c0115	laethúil, gach lá
c0116	bliantúil, gach bliain
c0117	breacadh an lae, camhaoir, maidneachan
c0118	luí na gréine, fuineadh
c0119	éirí na gréine, éirí gréine
c0120	ré, aois, tréimhse
c0121	tús, tosach, thús, tosaigh
c0122	deireadh, críoch, dheireadh, chríoch
c0123	breithlá, lá breithe
c0124	saoire, laethanta saoire, lá saoire
c0125	nollaig, nollag
c0126	cáisc, cásca
c0127	comóradh, cothrom, chomóradh
c0128	dath, dathanna, datha, dhath
c0129	dearg, dhearg, dearga
c0130	gorm, ghorm, gorma
c0131	glas, uaine, ghlas
c0132	buí, bhuí
c0133	dubh, dhubh, dubha
c0134	bán, bhán, bána
c0135	liath, léith
c0136	donn, dhonn
c0137	oráiste
c0138	bándearg, pinc
c0139	corcra, chorcra, craorag
c0140	órga, órtha
c0141	dorcha, dhorcha
c0142	geal, gheal, gléigeal, lonrach
c0143	mílítheach, báiteach, bán
c0144	tuaisceart, thuaisceart, tuaiscirt
c0145	deisceart, dheisceart, deiscirt
c0146	oirthear, oirthir
c0147	iarthar, iarthair
c0148	tuaisceartach, thuaidh, thuaisceart
c0149	deisceartach, theas, dheisceart
c0150	oirthearach, thoir, oirthir
c0151	iartharach, thiar, iarthair
c0152	clé, chlé, ar chlé
c0153	deas, dheas, ar dheis
c0154	barr, mbarr, bharr, uachtar
c0155	bun, bhun, íochtar, tóin
c0156	taobh, thaobh, taobhanna
c0157	lár, láir, meán
c0158	lár, lárionad, láir
c0159	tosach, tosaigh, aghaidh, éadan
c0160	cúl, chúl, cúil, cúlra
c0161	imeall, ciumhais, bruach, imill
c0162	teaghlach, clann, muintir, theaghlach
c0163	máthair, mháthair, máthar, máithreacha
c0164	athair, athar, n-athair, aithreacha
c0165	tuismitheoir, tuismitheoirí
c0166	páiste, leanbh, páistí, leanaí, clann
c0167	mac, mhac, mic, mhic
c0168	iníon, n-iníon, iníne, iníonacha
c0169	deartháir, dheartháir, deartháireacha
c0170	deirfiúr, dheirfiúr, deirfiúracha
c0171	fear céile, fear, fhear
c0172	bean chéile, bean, bhean
c0173	seanathair, sheanathair
c0174	seanmháthair, sheanmháthair
c0175	garpháiste, garpháistí, garmhac, gariníon
c0176	uncail, n-uncail
c0177	aintín
c0178	col ceathrar, col ceathar
c0179	leanbh, babaí, naíonán, leanaí
c0180	buachaill, bhuachaill, buachaillí
c0181	cailín, chailín, cailíní
c0182	fear, fir, fhear, bhfear, bhfir
c0183	bean, mná, mhná, bhean, mban
c0184	duine, dhuine, daoine
c0185	daoine, dhaoine, muintir, pobal
c0186	cara, chara, cairde, chairde
c0187	comharsa, chomharsa, comharsana
c0188	aoi, aíonna, cuairteoir
c0189	bainis, pósadh, bhainis
c0190	pósadh, phósadh, pósta
c0191	pós, phós, pósann, pósta
c0192	colscaradh, cholscaradh
c0193	breith, bhreith
c0194	rugadh, beirthe, saolaíodh
c0195	bhásaigh, básaíonn, fuair bás, éag
c0196	bás, bháis, básanna
c0197	marbh, mharbh, mairbh
c0198	saol, shaol, beatha, saolta
c0199	mair, maireann, mhair, cónaigh, cónaí
c0200	beo, bheo
c0201	óg, óga, óige
c0202	sean, aosta, seanda, shean
c0203	óige, aos óg
c0204	duine fásta, fásta, daoine fásta
c0205	glúin, ghlúin, glúnta
c0206	gaol, gaolta, ghaol
c0207	lánúin, péire, lánúineacha
c0208	cúpla, leathchúpla
c0209	baintreach
c0210	dílleachta, dílleachtaí
c0211	sinsear, sinsir, shinsear
c0212	corp, colainn, choirp, choláinn
c0213	ceann, cinn, chinn, chloigeann
c0214	aghaidh, éadan, aghaidhe
c0215	súil, súile, shúil
c0216	cluas, cluasa, chluas
c0217	srón, shrón
c0218	béal, bhéal, béil
c0219	fiacail, fiacla, fhiacla
c0220	teanga, theanga
c0221	liopa, beol, beola
c0222	gruaig, ghruaig, gruaige
c0223	muineál, mhuineál
c0224	gualainn, guaillí, ghualainn
c0225	lámh, sciathán, láimh
c0226	lámh, lámha, láimh, lámhaibh
c0227	méar, méara, mhéar
c0228	cos, cosa, chos, gcos
c0229	glúin, glúine, ghlúin
c0230	cos, troigh, cosa, chos
c0231	droim, droma, dhroim
c0232	cliabh, ucht, brollach
c0233	croí, chroí
c0234	fuil, fola, fhuil
c0235	cnámh, cnámha, chnámh
c0236	craiceann, cneas, chraiceann
c0237	bolg, goile, bhoilg
c0238	inchinn, n-inchinn
c0239	anáil, análach
c0240	análaigh, tarraing anáil, análaíonn
c0241	guth, glór, ghlór, ghuth
c0242	scamhóg, scamhóga
c0243	matán, matáin
c0244	créacht, cneá, créachtaí
c0245	gortú, gortuithe, ghortú
c0246	gortaigh, ghortaigh, gortaíodh, gortaithe
c0247	pian, pianta, phian
c0248	dall, dhall
c0249	bodhar, bhodhar
c0250	féasóg, fhéasóg
c0251	deoir, deora, dheoir
c0252	sciathán, sciatháin
c0253	eireaball, earball, eireabaill
c0254	aimsir, aimsire, t-aimsir
c0255	báisteach, bháisteach, fearthainn
c0256	sneachta, shneachta
c0257	oighear, t-oighear, oighir
c0258	gaoth, ghaoth, gaoithe
c0259	stoirm, stoirmeacha, stoirme
c0260	scamall, scamaill, néal
c0261	ceo, cheo
c0262	grian, ghrian, gréine, ngrian
c0263	spéir, spéire, spéartha, sa spéir
c0264	te, teo, bruthal
c0265	fuar, fhuar, fuacht
c0266	te, teolaí, bog
c0267	fionnuar, fionnfhuar
c0268	tirim, thirim
c0269	fliuch, fhliuch
c0270	teocht, theocht
c0271	céim, céimeanna, gcéim
c0272	aeráid, t-aeráid
c0273	sioc, shioc, seaca
c0274	toirneach, thoirneach
c0275	tintreach, thintreach
c0276	tuile, thuile, tuilte
c0277	triomach, thriomach
c0278	teas, theas
c0279	aer, t-aer, aeir
c0280	scáth, scáil, scáthanna
c0281	reoigh, reoite, reo, sioc
c0282	leáigh, leá, leáite, leánn
c0283	séid, shéid, séideann
c0284	soilsigh, lonraigh, shoilsigh, taitneamh
c0285	nádúr, dúlra, nádúir
c0286	domhan, talamh, cruinne, dhomhan
c0287	talamh, thalamh, talún
c0288	talamh, tír, talún
c0289	ithir, ithreach, cré
c0290	gaineamh, ghaineamh, gainimh
c0291	cloch, chloch, clocha
c0292	carraig, carraigeacha, charraig
c0293	sliabh, sléibhe, sléibhte, shliabh
c0294	cnoc, chnoc, cnoic, cnocán
c0295	gleann, ghleann, gleanna
c0296	abhainn, abhann, aibhneacha, n-abhainn
c0297	sruthán, sruth, sruthanna
c0298	loch, locha, lochanna
c0299	farraige, fharraige, mara
c0300	aigéan, t-aigéan, aigéin
c0301	cósta, chósta, cóstaí
c0302	cladach, trá, bruach
c0303	trá, thrá, tránna
c0304	oileán, t-oileán, oileáin
c0305	cuan, bá, chuan
c0306	aill, aillte, haill
c0307	pluais, phluais, pluaiseanna
c0308	oighearshruth
c0309	barr, mullach, bharr, mhullach
c0310	buaic, binn, bhinn
c0311	droim, dromainn, iomaire
c0312	fána, fhána, learg, claon
c0313	bearnas, mám
c0314	machaire, má, mhachaire
c0315	páirc, gort, ghort, páirceanna
c0316	móinéar, cluain, mhóinéar
c0317	foraois, fhoraois, coill, choill
c0318	adhmad, t-adhmad, adhmaid
c0319	crann, chrann, crainn
c0320	craobh, géag, chraobh
c0321	duilleog, duilleoga, dhuilleog
c0322	fréamh, fréamhacha
c0323	bláth, bhláth, bláthanna
c0324	féar, fhéar, féir
c0325	planda, plandaí, lus
c0326	síol, shíol, síolta
c0327	toradh, torthaí, thoradh
c0328	tor, tom, toir
c0329	fásach, gaineamhlach, fhásach
c0330	seascann, riasc, portach
c0331	eas, easanna
c0332	tobar, fuarán, foinse
c0333	tonn, thonn, tonnta
c0334	bruach, bhruach, bruacha
c0335	tírdhreach, radharc tíre
c0336	radharc, amharc, radhairc
c0337	léaslíne, fíor na spéire
c0338	réalta, réaltaí, réalt
c0339	gealach, ghealach, gealaí
c0340	pláinéad
c0341	domhan, dhomhan, domhain
c0342	spás, spáis
c0343	tine, thine, tinte
c0344	lasair, lasracha, bladhm
c0345	uisce, t-uisce, uisci
c0346	deatach, toit, dheatach
c0347	deannach, dusta, smúit
c0348	láib, puiteach, lathach
c0349	ór, t-ór, óir
c0350	airgead, t-airgead
c0351	iarann, t-iarann
c0352	miotal, miotail
c0353	gual, ghual, guail
c0354	ola, t-ola, peitreal
c0355	gás, gáis, gásanna
c0356	salann, shalann
c0357	bolcán, bolcáin
c0358	crith talún
c0359	ainmhí, t-ainmhí, ainmhithe
c0360	éan, t-éan, éin, éanlaith
c0361	iasc, t-iasc, éisc
c0362	madra, mhadra, madraí, gadhar
c0363	cat, chat, cait
c0364	capall, chapall, capaill
c0365	bó, bhó, ba, mbó
c0366	caora, chaora, caoirigh
c0367	gabhar, ghabhar, gabhair
c0368	muc, mhuc, muca
c0369	cearc, chearc, cearca
c0370	béar, béir, mathúin
c0371	mac tíre, faolchú
c0372	sionnach, madra rua, sionnaigh
c0373	fia, fianna, fhia
c0374	coinín, choinín
c0375	luch, luchóg, lucha
c0376	francach, francaigh
c0377	nathair, nathracha
c0378	feithid, feithidí
c0379	beach, beacha, bheach
c0380	cuil, cuileanna, chuil
c0381	féileacán, féileacáin
c0382	iolar, t-iolar, iolair
c0383	míol mór, míolta móra
c0384	leon, leoin
c0385	eilifint, t-eilifint
c0386	eallach, bólacht
c0387	nead, neadacha
c0388	ubh, t-ubh, uibheacha, n-ubh
c0389	cleite, cleití
c0390	seilg, fiach, sheilg
c0391	feirm, fheirm, feirmeacha
c0392	feirmeoir, fheirmeoir, feirmeoirí
c0393	fómhar, fhómhar, buaint
c0394	barr, barra
c0395	cruithneacht
c0396	comhshaol, timpeallacht
c0397	truailliú, thruailliú
c0398	speiceas, speicis
c0399	bithéagsúlacht
c0400	páirc náisiúnta
c0401	fiáin, fhiáin
c0402	nádúrtha
c0403	eoraip, an eoraip, heorpa, eorpa
c0404	eorpach, eorpacha, heorpach
c0405	afraic, an afraic, hafraice
c0406	afracach, afracacha
c0407	áise, an áis, háise
c0408	áiseach, áiseacha
c0409	meiriceá
c0410	meiriceánach, mheiriceánach
c0411	stáit aontaithe, sau
c0412	rúis, an rúis, rúise
c0413	rúiseach, rúisis
c0414	úcráin, an úcráin, húcráine
c0415	úcránach, húcránach
c0416	bealarúis
c0417	síne, an tsín, sín
c0418	síneach, tsíneach
c0419	ríocht aontaithe
c0420	briotanach, bhriotanach
c0421	sasana
c0422	béarla
c0423	tuirc, an tuirc
c0424	turcach
c0425	seapáin, an tseapáin
c0426	ind, an ind, india
c0427	iosrael
c0428	iaráin, an iaráin
c0429	siria, an tsiria
c0430	eilvéis, an eilvéis
c0431	iorua, an iorua
c0432	gearmáin, an ghearmáin, ghearmáine
c0433	gearmánach, ghearmánach, gearmáinis
c0434	fraince, an fhrainc, frainc
c0435	francach, fhrancach, fraincis
c0436	iodáil, an iodáil
c0437	iodálach, iodáilis
c0438	spáinn, an spáinn
c0439	spáinneach, spáinnis
c0440	portaingéil, an phortaingéil
c0441	portaingéalach, portaingéilis
c0442	ísiltír, an ísiltír
c0443	ollannach, ísiltíreach
c0444	beilg, an bheilg
c0445	beilgeach
c0446	lucsamburg
c0447	ostair, an ostair
c0448	ostarach
c0449	polainn, an pholainn
c0450	polannach, polainnis
c0451	seicia, poblacht na seice, seice
c0452	seiceach, seicis
c0453	slóvaic, an tslóvaic
c0454	slóvacach
c0455	ungáir, an ungáir
c0456	ungárach, ungáiris
c0457	slóivéin, an tslóivéin
c0458	cróit, an chróit
c0459	rómáin, an rómáin
c0460	rómánach, rómáinis
c0461	bulgáir, an bhulgáir
c0462	bulgárach
c0463	gréig, an ghréig
c0464	gréagach, ghréagach, gréigis
c0465	cipir, an chipir
c0466	málta
c0467	éire, éirinn, éireann
c0468	éireannach, gaelach, ghaelach
c0469	danmhairg, an danmhairg
c0470	danmhargach
c0471	sualainn, an tsualainn
c0472	sualannach
c0473	fionlainn, an fhionlainn
c0474	fionlannach, fionlainnis
c0475	eastóin, an eastóin
c0476	laitvia, an laitvia
c0477	liotuáin, an liotuáin
c0478	alpa, na halpa, halpa
c0479	meánmhuir, meánmhuirí
c0480	atlantach, atlantaigh
c0481	baltach, baltacha
c0482	an bhruiséil, bruiséil, bhruiséil
c0483	strasbourg
c0484	taisteal, taistil, thaistil, thaisteal
c0485	turas, thuras, turais
c0486	turas, geábh, thuras
c0487	turasóir, turasóirí
c0488	turasóireacht
c0489	óstán, t-óstán, óstáin
c0490	seomra, sheomra, seomraí
c0491	pas, pasanna
c0492	ticéad, ticéid
c0493	traein, thraein, traenacha
c0494	iarnród, t-iarnród
c0495	stáisiún, stáisiúin
c0496	bus, busanna, bhus
c0497	carr, charr, gluaisteán, carranna
c0498	feithicil, feithiclí
c0499	rothar, rothair
c0500	bád, bhád, báid
c0501	long, loinge, longa, soitheach
c0502	eitleán, t-eitleán, eitleáin
c0503	aerfort, t-aerfort, aerfoirt
c0504	eitilt, t-eitilt, eitiltí
c0505	calafort, port, chalafort
c0506	cuan, caladh, chuan
c0507	bóthar, bhóthar, bóithre, bóthair
c0508	sráid, tsráid, sráideanna, shráid
c0509	cosán, chosán, cosáin
c0510	droichead, dhroichead, droichid
c0511	tollán, tolláin
c0512	léarscáil, mapa, léarscáileanna
c0513	treoraí, threoraí
c0514	turas, camchuairt
c0515	tabhair cuairt, thug cuairt, cuairt, cuairteanna
c0516	cuairteoir, cuairteoirí
c0517	sroich, shroich, tháinig, sroicheann
c0518	fág, d'fhág, fágann, imigh, d'imigh
c0519	imigh, d'imigh, imíonn, fág
c0520	fill, d'fhill, filleann, filleadh
c0521	tiomáin, thiomáin, tiomáineann, tiomáint
c0522	marcaigh, mharcaigh, marcaíocht
c0523	siúil, shiúil, siúlann, siúl
c0524	dreap, dhreap, dreapann, dreapadh
c0525	snámh, shnámh, snámhann
c0526	seol, sheol, seolann, seoladh
c0527	trasnaigh, thrasnaigh, trasnú
c0528	sroich, shroich, sroicheann, bain amach
c0529	bealach, slí, bhealach
c0530	teorainn, theorainn, teorainneacha
c0531	fad, achar, fhad
c0532	ciliméadar, ciliméadair
c0533	méadar, méadair
c0534	míle, mhíle, mílte
c0535	thar lear, ar an gcoigríoch, eachtrannach
c0536	eachtrach, coigríche, iasachta, coimhthíoch
c0537	trácht, thrácht
c0538	timpiste, thimpiste, timpistí
c0539	paisinéir, paisinéirí
c0540	tiománaí, thiománaí
c0541	campa, champa, campaí
c0542	puball, phuball
c0543	fan, d'fhan, fanann, fanacht
c0544	fan, d'fhan, fanacht, fanann
c0545	sráidbhaile, baile
c0546	baile, bhaile, bailte, baile mór
c0547	cathair, chathair, cathracha, cathrach
c0548	príomhchathair
c0549	cearnóg, chearnóg, plás
c0550	margadh, mhargadh, margaí
c0551	siopa, shiopa, siopaí
c0552	eaglais, t-eaglais, séipéal
c0553	ardeaglais, t-ardeaglais
c0554	caisleán, chaisleán, caisleáin
c0555	pálás
c0556	túr, thúr, túir
c0557	músaem, iarsmalann
c0558	séadchomhartha, leacht
c0559	páirc, pháirc, páirceanna
c0560	gairdín, ghairdín, gairdíní
c0561	balla, bhalla, ballaí
c0562	geata, gheata, geataí
c0563	doras, dhoras, doirse
c0564	fuinneog, fhuinneog, fuinneoga
c0565	urlár, t-urlár, stór
c0566	díon, dhíon, dín
c0567	staighre, staighrí
c0568	cistin, chistin, cistine
c0569	leaba, leapa, leapacha
c0570	bord, bhord, boird
c0571	cathaoir, chathaoir, cathaoireacha
c0572	teach, tí, thí, tithe, theach
c0573	baile, bhaile, abhaile, sa bhaile
c0574	foirgneamh, fhoirgneamh, foirgnimh
c0575	árasán, t-árasán, árasáin
c0576	seoladh, sheoladh, seoltaí
c0577	ceantar, cheantar, dúiche
c0578	réigiún, réigiúin, ceantar
c0579	limistéar, ceantar, réimse
c0580	tuath, tuaithe, faoin tuath
c0581	ospidéal, t-ospidéal, ospidéil
c0582	scoil, scoile, scoileanna
c0583	ollscoil, t-ollscoil, ollscoile
c0584	leabharlann, leabharlanna
c0585	bialann, bialanna
c0586	oifig, t-oifig, oifigí
c0587	monarcha, mhonarcha, monarchana
c0588	príosún, phríosún
c0589	amharclann, t-amharclann
c0590	pictiúrlann, phictiúrlann
c0591	eochair, t-eochair, eochracha
c0592	lampa, lampaí
c0593	solas, sholas, solais
c0594	bosca, bhosca, boscaí
c0595	mála, mhála, málaí
c0596	buidéal, bhuidéal, buidéil
c0597	gloine, ghloine
c0598	cupán, chupán, cupáin
c0599	pláta, phláta, plátaí
c0600	scian, sceana
c0601	leabhar, leabhair, leabhra, leabhartha
c0602	litir, litreacha, litreach
c0603	páipéar, pháipéar, páipéir
c0604	peann, phinn
c0605	pictiúr, phictiúr, pictiúir
c0606	grianghraf, ghrianghraf
c0607	ceamara, cheamara
c0608	teileafón, fón
c0609	ríomhaire, ríomhairí
c0610	idirlíon, t-idirlíon
c0611	teilifís, theilifís
c0612	raidió
c0613	nuachtán, nuachtáin
c0614	éadaí, éadach, t-éadach
c0615	léine, léinte
c0616	gúna, ghúna
c0617	bróg, bhróg, bróga
c0618	cóta, chóta
c0619	hata, hataí
c0620	airgead, t-airgead, airgid
c0621	praghas, phraghas, praghsanna
c0622	costas, chostas, costais
c0623	íoc, d'íoc, íocann, íocaíocht
c0624	ceannaigh, cheannaigh, ceannaíonn
c0625	díol, dhíol, díolann
c0626	saor, shaor
c0627	daor, costasach
c0628	euro, eoró
c0629	bia, bhia
c0630	arán, t-arán
c0631	feoil, fheoil, feola
c0632	bainne, bhainne
c0633	cáis, cháis
c0634	im, t-im
c0635	fíon, fhíon
c0636	beoir, bheoir
c0637	caife, chaife
c0638	tae
c0639	siúcra, shiúcra
c0640	úll, t-úll, úlla
c0641	glasra, glasraí
c0642	práta, phráta, prátaí
c0643	rís
c0644	anraith, t-anraith
c0645	cáca, cháca
c0646	bricfeasta
c0647	lón
c0648	dinnéar, dhinnéar
c0649	béile, bhéile, béilí
c0650	ith, d'ith, itheann, ithe
c0651	ól, d'ól, ólann, ólfaidh
c0652	cócaráil, cócaire, chócaráil
c0653	blas, bhlas
c0654	ocrach, ocras
c0655	ocras, t-ocras, gorta
c0656	milis, mhilis
c0657	úr, friseáilte
c0658	mil, meala
c0659	fíonchaor, caora
c0660	plúr
c0661	arbhar, t-arbhar, grán
c0662	tart, tarta
c0663	obair, t-obair, oibre, hoibre
c0664	oibrigh, d'oibrigh, oibríonn, ag obair
c0665	post, phost, jab
c0666	oibrí, t-oibrí, oibrithe
c0667	fostaí, fostaithe
c0668	fostóir, fostóirí
c0669	comhlacht, cuideachta, chomhlacht
c0670	gnó, ghnó, gnólacht
c0671	tionscal, thionscal, tionscail
c0672	trádáil, tráchtáil
c0673	geilleagar, gheilleagar
c0674	eacnamaíoch, geilleagrach
c0675	tuarastal, thuarastal
c0676	pá, pánna, tuarastal
c0677	ioncam, t-ioncam
c0678	cáin, cánach, cánacha
c0679	buiséad, bhuiséad
c0680	brabús, bhrabús
c0681	caillteanas, caillteanais
c0682	dífhostaíocht
c0683	fostaíocht
c0684	gairm bheatha, slí bheatha
c0685	gairm, ghairm, proifisiún
c0686	bainisteoir, bhainisteoir
c0687	comhghleacaí
c0688	foireann, fhoireann, foirne
c0689	cruinniú, chruinniú
c0690	tionscadal
c0691	tasc, cúram
c0692	conradh, chonradh, conarthaí
c0693	scil, scileanna
c0694	taithí
c0695	oiliúint, t-oiliúint
c0696	táirgeadh, tháirgeadh
c0697	táirge, tháirge, táirgí
c0698	seirbhís, sheirbhís
c0699	custaiméir, chustaiméir
c0700	tomhaltóir, tomhaltóirí
c0701	fás, fhás
c0702	infheistíocht
c0703	banc, bhanc, bainc
c0704	airgeadas, t-airgeadas
c0705	airgeadais, airgeadúil
c0706	fiach, fiacha
c0707	géarchéim, ghéarchéim
c0708	bochtaineacht
c0709	bocht, bhocht
c0710	saibhir, shaibhir
c0711	saibhreas, shaibhreas
c0712	maoin, mhaoin
c0713	úinéir, t-úinéir
c0714	is le, bí ag, sealbhaigh
c0715	tóg, thóg, tógann, tógáil
c0716	táirg, tháirg, táirgeann
c0717	soláthar, sholáthar
c0718	fuinneamh, fhuinneamh
c0719	leictreachas
c0720	teicneolaíocht
c0721	meaisín, inneall
c0722	uirlis, uirlisí
c0723	innealtóir, t-innealtóir
c0724	dochtúir, dhochtúir
c0725	altra, t-altra, altraí
c0726	múinteoir, mhúinteoir
c0727	mac léinn, mic léinn, scoláire
c0728	dalta, scoláire, daltaí
c0729	ceacht, cheacht, ceachtanna
c0730	rang, ranganna
c0731	scrúdú, scrúduithe
c0732	staidéar, déan staidéar
c0733	foghlaim, d'fhoghlaim, foghlaimíonn
c0734	múin, mhúin, múineann, múineadh
c0735	oideachas, t-oideachas
c0736	eolas, t-eolas, eolais
c0737	tá a fhios, fios, bíodh a fhios, aithin
c0738	eolaíocht, t-eolaíocht
c0739	eolaíoch
c0740	taighde
c0741	eolaí, t-eolaí
c0742	léigh, léann, léamh, léite
c0743	scríobh, scríobhann, scríofa, scríbhneoireacht
c0744	focal, fhocal, focail, bhfocal
c0745	teanga, theanga, teangacha
c0746	abairt, t-abairt, abairtí
c0747	ceist, cheist, ceisteanna
c0748	freagra, fhreagra, freagraí
c0749	leathanach, leathanaigh
c0750	scéal, scéil, scéalta
c0751	stair, staire, staireanna
c0752	stairiúil
c0753	ealaín, t-ealaín, ealaíne
c0754	ealaíontóir, t-ealaíontóir
c0755	ceol, cheol, ceoil
c0756	amhrán, t-amhrán, amhráin
c0757	can, chan, canann, canadh
c0758	damhsaigh, rince, damhsa, rinceann
c0759	scannán, scannáin
c0760	cluiche, chluiche, cluichí
c0761	imir, d'imir, imríonn, imirt
c0762	spórt, spóirt
c0763	buaigh, bhuaigh, buann, bua
c0764	caill, chaill, cailleann, cailliúint
c0765	sacar, peil
c0766	imreoir, t-imreoir, imreoirí
c0767	cultúr, chultúr
c0768	cultúrtha
c0769	scríbhneoir, scríbhneoirí
c0770	údar, t-údar, údair
c0771	dán, dánta
c0772	file, fhile, filí
c0773	úrscéal, t-úrscéal
c0774	sláinte, shláinte
c0775	sláintiúil, folláin
c0776	tinn, breoite
c0777	tinneas, breoiteacht
c0778	galar, ghalar, galair
c0779	víreas, víris
c0780	paindéim
c0781	othar, t-othar, othair
c0782	leigheas, cógas, míochaine
c0783	druga, drugaí
c0784	cóireáil, chóireáil
c0785	cúram, chúram
c0786	gortaigh, ghortaigh, pian
c0787	tuirseach, thuirseach
c0788	codail, chodail, codlaíonn, codladh
c0789	dúisigh, dhúisigh, dúisíonn
c0790	scíth, sos
c0791	ailse, t-ailse
c0792	vacsaín
c0793	meabhrach, meabhair
c0794	mothaigh, mhothaigh, mothaíonn
c0795	mothúchán, mothú
c0796	grá, ghrá
c0797	grá, is breá le, gráigh
c0798	fuath, is fuath le
c0799	eagla, t-eagla, faitíos
c0800	eaglach, scanraithe, faoi eagla
c0801	sona, sásta, áthasach
c0802	sonas, áthas
c0803	brónach, bhrónach
c0804	brón, bhrón
c0805	feargach, fhearg
c0806	fearg, fhearg, feirge
c0807	áthas, t-áthas, lúcháir
c0808	dóchas, dhóchas
c0809	tá súil, súil, dóchas
c0810	bí buartha, buartha, imní
c0811	iontas, t-iontas
c0812	náire
c0813	bród, bhród
c0814	bródúil
c0815	uaigneach, t-uaigneach
c0816	ciúin, socair
c0817	déan meangadh, meangadh, gáire
c0818	gáir, gháir, gáire
c0819	caoin, chaoin, caoineann
c0820	póg, phóg
c0821	brionglóid, aisling, taibhreamh
c0822	mian, mhian, guí
c0823	teastaigh, ba mhaith le, is mian
c0824	is maith le, maith, taitin
c0825	bain taitneamh, taitneamh
c0826	is fearr le, fearr
c0827	airigh, braith uaidh, crothnaigh
c0828	fulaing, d'fhulaing, fulaingt
c0829	pléisiúr, taitneamh
c0830	misneach, mhisneach
c0831	cróga, misniúil
c0832	muinín, iontaoibh
c0833	amhras, t-amhras
c0834	creid, chreid, creideann
c0835	creideamh, chreideamh
c0836	dia, dhia, déithe
c0837	reiligiún, creideamh
c0838	reiligiúnach, cráifeach
c0839	anam, t-anam, anama
c0840	spiorad, sprid
c0841	intinn, aigne, meabhair
c0842	smaoineamh, smaointe
c0843	smaoinigh, shmaoinigh, ceap, cheap
c0844	smaoineamh, tuairim, idé
c0845	cuimhnigh, chuimhnigh, cuimhin
c0846	dearmad, rinne dearmad, déan dearmad
c0847	tuig, thuig, tuigeann, tuiscint
c0848	ciallaigh, ciallaíonn, chiallaigh
c0849	brí, ciall, bhrí
c0850	cúis, chúis, fáth
c0851	cuimhne, chuimhne, cuimhní
c0852	samhlaigh, shamhlaigh
c0853	socraigh, shocraigh, cinn, chinn
c0854	cinneadh, chinneadh, cinntí
c0855	roghnaigh, roghnaíonn, togh, thogh
c0856	rogha, roghanna
c0857	plean, phlean
c0858	triail, thriail, déan iarracht, iarracht
c0859	teastaigh, riachtanach, gá
c0860	riachtanas, gá, ghá
c0861	abair, dúirt, deir, rá
c0862	inis, d'inis, insíonn
c0863	labhair, labhraíonn, labhairt
c0864	labhair, caint, comhrá
c0865	fiafraigh, d'fhiafraigh, iarr
c0866	glaoigh, ghlaoigh, glaonn
c0867	scairt, béic, scread
c0868	clois, chuala, cloiseann, cluin
c0869	éist, d'éist, éisteann
c0870	feic, chonaic, feiceann, feiceáil, chífidh
c0871	féach, d'fhéach, féachann
c0872	breathnaigh, faire, bhreathnaigh
c0873	taispeáin, thaispeáin
c0874	aimsigh, faigh, fuair, d'aimsigh
c0875	tabhair, thug, tugann, tabhairt
c0876	tóg, thóg, tógann, glac
c0877	tabhair leat, thug, tabhair
c0878	iompair, d'iompair, iompraíonn
c0879	coinnigh, choinnigh, greim
c0880	coinnigh, choinnigh, coinníonn
c0881	cuir, chuir, cuireann
c0882	seol, sheol, cuir
c0883	faigh, fuair, faigheann, fáil
c0884	faigh, fuair, gheobhaidh, fáil
c0885	déan, rinne, déanann, déanamh
c0886	úsáid, d'úsáid, úsáideann
c0887	oscail, d'oscail, osclaíonn
c0888	dún, dhún, dúnann
c0889	tosaigh, thosaigh, tosaíonn
c0890	tosaigh, thosaigh, tús
c0891	stop, stad, stopann, stadann
c0892	lean, lean ar aghaidh, leanann
c0893	críochnaigh, chríochnaigh
c0894	athraigh, d'athraigh, athraíonn
c0895	athrú, t-athrú, athruithe
c0896	fás, d'fhás, fásann
c0897	tit, thit, titeann, titim
c0898	éirigh, d'éirigh, éiríonn
c0899	ardaigh, d'ardaigh
c0900	méadaigh, mhéadaigh, méadaíonn
c0901	méadú, mhéadú, ardú
c0902	laghdaigh, laghdú
c0903	tar, tháinig, tagann, teacht
c0904	téigh, chuaigh, téann, dul, rachaidh
c0905	téigh isteach, isteach
c0906	rith, ritheann, rithfidh
c0907	seas, sheas, seasann
c0908	suigh, shuigh, suíonn, suí
c0909	luigh, luíonn, luí
c0910	bréag, inis bréag, bréaga
c0911	bog, bhog, bogann
c0912	cas, chas, casann
c0913	lean, leanann, leanúint
c0914	treoraigh, stiúir, threoraigh
c0915	buail le, bhuail, bualadh
c0916	cabhraigh, chabhraigh, cuidigh
c0917	cabhair, chabhair, cúnamh
c0918	ceadaigh, lig, cead
c0919	cosc, coisc, chosc
c0920	cosain, chosain, cosnaíonn
c0921	sábháil, shábháil
c0922	maraigh, mharaigh, maraíonn
c0923	troid, throid, troideann
c0924	bris, bhris, briseann
c0925	gearr, ghearr, gearrann
c0926	buail, bhuail, buaileann
c0927	caith, chaith, caitheann
c0928	beir ar, rug, beireann
c0929	tarraing, tharraing
c0930	brúigh, bhrúigh
c0931	líon, líonann, lán
c0932	nigh, níonn, ní
c0933	glan, ghlan
c0934	tarraing, tarraingt, líníocht
c0935	péinteáil, phéinteáil
c0936	deisigh, dheisigh
c0937	cruthaigh, chruthaigh
c0938	scrios, scriosann
c0939	dóigh, dhóigh, dónn
c0940	eitil, d'eitil, eitlíonn
c0941	folaigh, fholaigh, i bhfolach
c0942	cuardaigh, chuardaigh
c0943	tarlaigh, tharla, tarlaíonn
c0944	is cosúil, dealraigh, cosúil
c0945	nocht, tháinig chun solais, feictear
c0946	éirigh, d'éirigh, bí
c0947	fan, d'fhan, fanann
c0948	bain le, baineann
c0949	cuimsigh, tá ann
c0950	cuimsigh, san áireamh, áirigh
c0951	bí ann, ann, tá ann
c0952	braith ar, braitheann
c0953	cúisigh, tabhair faoi deara
c0954	cúis, chúis, cúiseanna
c0955	toradh, thoradh, torthaí
c0956	téigh i bhfeidhm, bain le
c0957	forbair, d'fhorbair, forbraíonn
c0958	feabhsaigh, d'fheabhsaigh
c0959	tacaigh, thacaigh, tacaíonn
c0960	tacaíocht, thacaíocht
c0961	cuir i gcoinne
c0962	aontaigh, d'aontaigh, aontaíonn
c0963	glac, ghlac, glacann
c0964	diúltaigh, dhiúltaigh
c0965	diúltaigh, dhiúltaigh, diúltaíonn
c0966	séan, shéan, séanann
c0967	admhaigh, d'admhaigh
c0968	mínigh, mhínigh, míníonn
c0969	déan cur síos, cur síos
c0970	tuairiscigh, thuairiscigh
c0971	fógair, d'fhógair
c0972	cuir in iúl, cuir ar an eolas
c0973	pléigh, phléigh, pléann
c0974	áitigh, d'áitigh, argóint
c0975	maígh, mhaígh
c0976	mol, mhol, molann
c0977	tairg, thairg
c0978	geall, gheall, geallann
c0979	tabhair rabhadh, rabhadh
c0980	bagair, bhagair
c0981	éiligh, d'éiligh, éilíonn
c0982	éiligh, teastaigh
c0983	bí ag súil, súil, meas
c0984	toirmisc, coisc, toirmeasc
c0985	cuir iallach, iallach
c0986	caith, chaith, caitheann
c0987	tuill, thuill
c0988	buaigh ar, buail, bhuail
c0989	ullmhaigh, d'ullmhaigh
c0990	eagraigh, d'eagraigh
c0991	bainistigh, éirigh le, stiúir
c0992	rialaigh, smachtaigh
c0993	seiceáil, scrúdaigh
c0994	tástáil, triail, scrúdú
c0995	tomhais, thomhais
c0996	comhair, chomhair
c0997	cuir le, cuir leis
c0998	cuir i gcomparáid, comparáid
c0999	ceangail, cheangail
c1000	téigh isteach i, glac páirt, bí i do bhall
c1001	roinn, roinneann, comhroinn
c1002	roinn, roinneann, deighil
c1003	seachaid, sheachaid, seachadadh
c1004	foilsigh, d'fhoilsigh, foilsíonn
c1005	sínigh, shínigh, síníonn
c1006	caith, chaith, caitheann
c1007	bain le, teagmháil, tadhaill
c1008	boladh, bholadh
c1009	fuaim, fhuaim, fuaimeanna
c1010	torann, thorann, callán
c1011	ciúnas, chiúnas, tost
c1012	mór, mhór, móra
c1013	mór, mhór, ollmhór
c1014	beag, bheag, beaga
c1015	beag, bheag
c1016	fada, fhada
c1017	gearr, ghearr, gairid
c1018	ard, t-ard, arda
c1019	íseal, ísle, híseal
c1020	leathan, leathana
c1021	cúng, chúng
c1022	domhain, dhomhain
c1023	trom, throm
c1024	éadrom
c1025	tapa, sciobtha
c1026	mall, mhall
c1027	nua, nuacha, úr
c1028	maith, mhaith, fearr, is fearr
c1029	olc, dona, measa, is measa
c1030	álainn, t-álainn, go hálainn
c1031	gránna, ghránna
c1032	salach, shalach
c1033	lán, lána, líonta
c1034	folamh, fholamh
c1035	éasca, furasta
c1036	deacair, dheacair
c1037	crua, chrua, deacair
c1038	bog, bhog
c1039	láidir
c1040	lag, lagmhisneach
c1041	sábháilte, slán
c1042	contúirteach, dainséarach
c1043	saor, shaor
c1044	tábhachtach
c1045	príomh, príomha
c1046	riachtanach
c1047	féideartha, indéanta
c1048	dodhéanta
c1049	fíor, fhíor
c1050	bréagach, bhréagach
c1051	fíor, réadúil
c1052	ceart, cheart
c1053	mícheart
c1054	céanna, chéanna
c1055	difriúil, éagsúil
c1056	cosúil
c1057	iomlán, t-iomlán, ar fad
c1058	poiblí
c1059	príobháideach
c1060	náisiúnta
c1061	idirnáisiúnta
c1062	áitiúil
c1063	domhanda
c1064	sóisialta
c1065	ginearálta
c1066	speisialta, ar leith
c1067	simplí
c1068	casta, coimpléascach
c1069	soiléir, glan
c1070	ciúin, chiúin
c1071	glórach, ard
c1072	cáiliúil
c1073	coitianta, móréilimh
c1074	coiteann, coitianta
c1075	annamh, t-annamh
c1076	aisteach, t-aisteach
c1077	gnáth, gnáthach, normálta
c1078	réidh, ullamh
c1079	gnóthach
c1080	ina aonar, aonar
c1081	le chéile, chéile
c1082	cinnte
c1083	dáiríre, tromchúiseach
c1084	ollmhór, t-ollmhór, millteanach
c1085	ársa, t-ársa
c1086	nua-aimseartha
c1087	traidisiúnta
c1088	daonna
c1089	áilleacht, t-áilleacht
c1090	deas, dheas, go deas
c1091	mór, iontach, thar barr
c1092	breá, bhreá
c1093	cineálta, cneasta
c1094	cairdiúil
c1095	ard, t-ard
c1096	cruinn, ciorclach
c1097	cothrom, réidh
c1098	géar, ghéar
c1099	tanaí, caol
c1100	tiubh, ramhar
c1101	ramhar, reamhar
c1102	tapa, gasta
c1103	go mall, mall
c1104	go tapa, tapa
c1105	go maith, maith
c1106	beagnach, nach mór
c1107	amháin, ach
c1108	go háirithe, háirithe
c1109	faoi dheireadh, sa deireadh
c1110	go tobann, tobann
c1111	is dócha, dócha
c1112	b'fhéidir
c1113	cinnte, go cinnte
c1114	i ndáiríre, ndáiríre
c1115	anseo
c1116	ansin, ansiúd
c1117	i ngach áit
c1118	i bhfad, bhfad, i gcéin
c1119	in aice, gar, cóngarach
c1120	as, ar shiúl, amach
c1121	amuigh, taobh amuigh, amach
c1122	istigh, taobh istigh, isteach
c1123	idir
c1124	gan
c1125	in aghaidh, i gcoinne, gcoinne
c1126	le linn, linn
c1127	tar éis, i ndiaidh, ndiaidh
c1128	roimh, sula
c1129	faoi, thíos
c1130	os cionn, thuas, cionn
c1131	trasna, thar
c1132	trí, tríd
c1133	timpeall, thart
c1134	i measc, measc
c1135	in ainneoin, ainneoin
c1136	i dtreo, dtreo, chuig
c1137	taobh thiar, laistiar
c1138	feadh, ar feadh, cois
c1139	gach duine, chuile dhuine
c1140	faic, tada, dada, rud ar bith
c1141	gach rud, uile
c1142	rud, ruda, rudaí
c1143	áit, t-áit, áiteanna
c1144	bealach, slí, modh
c1145	cuid, páirt, chuid, coda
c1146	uimhir, t-uimhir, líon
c1147	grúpa, ghrúpa, grúpaí
c1148	cineál, chineál, sórt
c1149	sampla, shampla, samplaí
c1150	fadhb, fhadhb, fadhbanna
c1151	staid, cás, suíomh
c1152	fíoras, fíric
c1153	cás, chás, cásanna
c1154	pointe, phointe
c1155	foirm, fhoirm, cruth
c1156	leibhéal, leibhéil
c1157	méid, mhéid, toise
c1158	cruth, chruth, cruthanna
c1159	líne, línte
c1160	comhartha, chomhartha
c1161	difríocht, dhifríocht
c1162	seans, deis, ádh
c1163	deis, dheis, deiseanna
c1164	contúirt, chontúirt, baol
c1165	riosca, baol
c1166	tábhacht, thábhacht
c1167	rath, éacht, bua
c1168	teip, theip, cliseadh
c1169	iarracht, t-iarracht
c1170	ról, páirt
c1171	cuspóir, aidhm, chuspóir
c1172	cáilíocht, cháilíocht
c1173	méid, suim, líon
c1174	tromlach, formhór
c1175	faoin gcéad, céatadán
c1176	meán, meánach
c1177	teachtaireacht, theachtaireacht
c1178	nuacht, nuachta
c1179	eolas, t-eolas, faisnéis
c1180	ainm, t-ainm, ainmneacha
c1181	parlaimint, pharlaimint, parlaiminte
c1182	parlaiminteach
c1183	ball, bhall, baill, comhalta
c1184	rún, rúin, rúnta
c1185	rialtas, rialtais
c1186	aire, t-aire, airí
c1187	príomh-aire, taoiseach
c1188	uachtarán, t-uachtarán
c1189	toghchán, toghcháin
c1190	toghcháin, toghchánach
c1191	vótáil, vótálann
c1192	vóta, vótaí
c1193	vótálaí, toghthóir
c1194	iarrthóir, t-iarrthóir
c1195	feachtas, fheachtas
c1196	reifreann, reifrinn
c1197	páirtí, pháirtí, páirtithe
c1198	cearta daonna, chearta daonna
c1199	ceart, cheart, cearta
c1200	dlí, dhlí, dlíthe
c1201	dlíthiúil, dleathach
c1202	mídhleathach
c1203	cúirt, chúirt, cúirteanna
c1204	breitheamh, bhreitheamh, breithiúna
c1205	dlíodóir, dhlíodóir
c1206	ionchúisitheoir
c1207	triail, thriail, trialacha
c1208	pianbhreith, phianbhreith
c1209	príosúnach, phríosúnach
c1210	príosúnach polaitiúil
c1211	gabh, ghabh, gabhadh
c1212	gabháil, ghabháil
c1213	coinneáil, choinneáil
c1214	coinnigh, choinnigh, coinneáil
c1215	scaoil, scaoileadh, shaor
c1216	scaoileadh, saoradh
c1217	céasadh, chéasadh
c1218	cáin, cháin, cáineann
c1219	impigh, tathantaigh, gríosaigh
c1220	iarr ar, iarrann, impíonn
c1221	éiligh, d'éiligh, éileamh
c1222	fáiltigh roimh, fáiltíonn, fáilte
c1223	is oth le, oth, aiféala
c1224	meabhraigh, mheabhraigh
c1225	iriseoir, t-iriseoir
c1226	meáin, na meáin
c1227	preas, phreas
c1228	agóid, t-agóid, agóidí
c1229	agóideoir, t-agóideoir
c1230	léirsiú, léirsithe
c1231	saoirse, shaoirse
c1232	saoirse cainte, saoirse tuairimíochta
c1233	saoirse tionóil
c1234	daonlathas, dhaonlathas
c1235	daonlathach
c1236	ballstát, ballstáit
c1237	coimisiún, choimisiún
c1238	coimisinéir
c1239	comhairle, chomhairle
c1240	aontas, t-aontas
c1241	aontas eorpach, an t-aontas eorpach
c1242	saoránach, shaoránach
c1243	saoránacht
c1244	foréigean, fhoréigean
c1245	foréigneach
c1246	póilíní, gardaí, phóilíní
c1247	póilín, garda
c1248	arm, t-arm, airm
c1249	míleata
c1250	saighdiúir, shaighdiúir
c1251	cogadh, chogadh, cogaí
c1252	síocháin, tsíocháin, síochána
c1253	coimhlint, choimhlint
c1254	arm, airm, gléas troda
c1255	smachtbhanna, smachtbhannaí
c1256	freasúra, fhreasúra
c1257	réimeas, córas
c1258	údarás, t-údarás, údaráis
c1259	stát, stáit, státa
c1260	tír, thír, tíortha, tíre
c1261	náisiún, náisiúin
c1262	poblacht, phoblacht
c1263	ríocht, ríochta
c1264	rí, ríthe
c1265	banríon, bhanríon
c1266	impire, t-impire
c1267	impireacht, t-impireacht
c1268	bunreacht, bhunreacht
c1269	bunreachtúil
c1270	conradh, chonradh, conarthaí
c1271	comhaontú, chomhaontú, socrú
c1272	idirbheartaíocht, caibidlíocht
c1273	idirbheartaigh, déan idirbheartaíocht
c1274	coir, choir, coireanna
c1275	coiriúil
c1276	íospartach, t-íospartach
c1277	dúnmharú, dhúnmharú
c1278	sceimhlitheoireacht
c1279	sceimhlitheoir
c1280	ionsaí, t-ionsaí, ionsaithe
c1281	slándáil, shlándáil
c1282	sábháilteacht
c1283	cosaint, chosaint
c1284	dídeanaí, dídeanaithe
c1285	imirceach, imircigh
c1286	imirce, t-imirce
c1287	tearmann, tearmainn
c1288	mionlach, mhionlach
c1289	idirdhealú, t-idirdhealú
c1290	comhionannas
c1291	inscne, t-inscne
c1292	smacht reachta, riail dlí
c1293	ceartas, cheartas
c1294	breithiúnach, breithiúnais
c1295	neamhspleáchas
c1296	neamhspleách
c1297	ceannasacht, flaitheas
c1298	críoch, críocha, chríoch
c1299	forghabháil, fhorghabháil
c1300	ionradh, t-ionradh
c1301	sos comhraic, scor lámhaigh
c1302	daonnúil
c1303	cabhair, cúnamh, chabhair
c1304	comhar, comhoibriú
c1305	idirphlé, t-idirphlé
c1306	caidreamh, gaol, chaidreamh
c1307	taidhleoireachta, taidhleoireach
c1308	ambasadóir, t-ambasadóir
c1309	ambasáid, t-ambasáid
c1310	toscaireacht, thoscaireacht
c1311	ionadaí, t-ionadaí, ionadaithe
c1312	oifigeach, t-oifigeach, oifigigh
c1313	riarachán, riaracháin
c1314	institiúid, t-institiúid
c1315	gníomhaireacht
c1316	cumhacht, chumhacht
c1317	beartas, bheartas, polasaí
c1318	polaitíocht, pholaitíocht
c1319	polaitiúil
c1320	polaiteoir, pholaiteoir
c1321	athchóiriú, t-athchóiriú
c1322	reachtaíocht
c1323	treoir, threoir, treoracha
c1324	rialachán, rialacháin
c1325	togra, moladh, thogra
c1326	leasú, leasuithe
c1327	tuarascáil, thuarascáil
c1328	díospóireacht, dhíospóireacht
c1329	seisiún, suí
c1330	coiste, choiste, coistí
c1331	cathaoirleach, chathaoirleach
c1332	uachtaránacht
c1333	sainordú, shainordú
c1334	glac, ghlac, glacadh
c1335	ceadaigh, cheadaigh, faomh
c1336	staon, staonadh
c1337	comhrialtas
c1338	ceannaire, cheannaire
c1339	éilliú, t-éilliú, caimiléireacht
c1340	calaois, chalaois
c1341	trédhearcacht
c1342	imscrúdú, t-imscrúdú
c1343	imscrúdaigh, fiosraigh
c1344	fianaise, fhianaise
c1345	finné, fhinné, finnéithe
c1346	cúiseamh, chúiseamh
c1347	cúisigh, chúisigh, cuir i leith
c1348	ciontach
c1349	neamhchiontach
c1350	ciontaigh, chiontaigh
c1351	achomharc, t-achomharc
c1352	pionós, phionós
c1353	pionós an bháis, pionós báis
c1354	bású, bhású
c1355	fíneáil, fhíneáil
c1356	pionós, phionós
c1357	pionósaigh, gearr pionós
c1358	gníomhaí, gníomhaithe
c1359	cosantóir chearta an duine, cosantóir
c1360	easaontóir
c1361	giall, ghiall, gialla
c1362	fuadaigh, fhuadaigh
c1363	imeacht gan tásc, fuadach
c1364	ciapadh, chiapadh
c1365	imeaglú, t-imeaglú
c1366	géarleanúint
c1367	cos ar bolg, faoi chois
c1368	cniogbhrú, faoi chois
c1369	cinsireacht
c1370	mí-úsáid, drochíde
c1371	éigniú, t-éigniú
c1372	cinedhíothú
c1373	coir chogaidh
c1374	gáinneáil, gháinneáil
c1375	sclábhaíocht
c1376	náisiúin aontaithe, na náisiúin aontaithe
c1377	nato
c1378	parlaimint na heorpa
c1379	coimisiún eorpach
c1380	cruinniú mullaigh
c1381	ciste, chiste
c1382	maoiniú, mhaoiniú
c1383	clár, chlár, cláir
c1384	straitéis, straitéisí
c1385	cuspóir, chuspóir
c1386	beart, bearta, bheart
c1387	gníomh, gníomhaíocht
c1388	creat, chreat
c1389	cur chun feidhme
c1390	cuir chun feidhme, cur i bhfeidhm
c1391	cinntigh, chinntigh, cinntíonn
c1392	leag béim, béim
c1393	tabhair faoi deara, tugann dá aire
c1394	athdhearbhaigh, athráigh
c1395	cuir in iúl, léirigh
c1396	imní, t-imní
c1397	cáin, is oth le
c1398	cáin, séan, cháin
c1399	seas ar, áitigh
c1400	spreag, spreagann
c1401	iarr, tabhair cuireadh
c1402	aibhsigh, cuir béim
c1403	admhaigh, aithin
c1404	aithin, d'aithin, aitheantas
c1405	meas, breithnigh, smaoinigh
c1406	láithreach, gan mhoill
c1407	go láidir
c1408	go mór, go domhain
c1409	gan choinníoll
c1410	ballóid, vóta
c1411	cóir, chóir, cothrom
c1412	breathnóir
c1413	margadh inmheánach
c1414	iomaíocht, comórtas
c1415	talmhaíocht
c1416	iascach, t-iascach
c1417	athrú aeráide
c1418	astaíocht, astaíochtaí
c1419	inbhuanaithe
c1420	forbairt, fhorbairt
c1421	nuálaíocht
c1422	digiteach
c1423	sonraí
c1424	príobháideachas
c1425	cosaint, chosaint
c1426	iompar, t-iompar
c1427	bonneagar
c1428	réigiúnach
c1429	dlúthpháirtíocht
c1430	méadú, fairsingiú
c1431	aontachas
c1432	custaim
c1433	airgeadra, airgeadraí
c1434	boilsciú
c1435	ús, t-ús
c1436	suim, spéis, leas
c1437	easnamh, t-easnamh
c1438	sochaí, tsochaí
c1439	pobal, phobal, pobail
c1440	eagraíocht, t-eagraíocht
c1441	cumann, chumann
c1442	daonra, dhaonra
c1443	tuairim an phobail
c1444	freagracht
c1445	freagrach
c1446	oibleagáid, dualgas
c1447	prionsabal, phrionsabal
c1448	luach, luachanna
c1449	dínit, dhínit
c1450	meas, mheas
c1451	urramaigh, cloígh le, meas
c1452	forfheidhmiú an dlí
c1453	nós imeachta, gnáthamh
c1454	próiseas, phróiseas
c1455	ceist, cheist, saincheist
c1456	ábhar, t-ábhar, cúrsa
c1457	córas, chóras
c1458	ordú, t-ordú
c1459	riail, rialacha
c1460	éifeacht, t-éifeacht, tionchar
c1461	tionchar, thionchar
c1462	coinníoll, choinníoll, staid
c1463	rochtain
c1464	acmhainn, t-acmhainn
c1465	namhaid, naimhde
c1466	laoch, laochra
c1467	garda, gharda
c1468	sagart, shagart
c1469	traidisiún, thraidisiún
c1470	féile, fhéile
c1471	searmanas, searmanais
c1472	óráid, t-óráid
c1473	tuairim, thuairim
c1474	ráiteas, ráitis
c1475	dearbhú, fógra
c1476	aird, t-aird
c1477	fírinne, fhírinne
c1478	rún, rúin
c1479	bagairt, bhagairt
c1480	bua, bhua
c1481	briseadh, bhriseadh, cliseadh
c1482	cath, chath
c1483	réabhlóid
c1484	bratach, bhratach
c1485	bothán, bhothán
c1486	maidhm shneachta
c1487	comhghuaillí
c1488	trúpaí, trúpa
c1489	stailc, stailceanna
c1490	pinsean, phinsean
c1491	tithíocht, thithíocht
c1492	ádh, t-ádh
c1493	sealgaire
c1494	airde, t-airde
c1495	fad, fhad
c1496	meáchan, mheáchan
c1497	luas, luais
c1498	oidhreacht, t-oidhreacht
c1499	gunna, ghunna
c1500	buama, bhuama
`;
