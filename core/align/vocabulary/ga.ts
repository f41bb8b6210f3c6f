// Concordia's core vocabulary in Irish: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	aon, a haon, haon
c0002	dhá, a dó
c0003	a trí
c0004	ceathair, ceithre, a ceathair
c0005	cúig, a cúig
c0006	a sé
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
c0032	chéad, an chéad
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
c0043	ceathrú, cheathrú, gceathrú
c0044	dosaen
c0045	dúbailte, dúbalta, dhúbailte
c0046	deireanach, deiridh, dheireanach
c0047	seo chugainn, chugainn, dár gcionn
c0048	eanáir, n-eanáir
c0049	feabhra, fheabhra, bhfeabhra
c0050	márta, mhárta
c0051	aibreán, aibreáin, n-aibreán
c0052	bealtaine, bhealtaine, mbealtaine
c0053	meitheamh, mheithimh, mheitheamh
c0054	iúil, n-iúil
c0055	lúnasa
c0056	meán fómhair, mheán fómhair
c0057	deireadh fómhair
c0058	samhain, samhna, shamhain
c0059	nollaig, nollag
c0060	luan, luain, dé luain
c0061	máirt, dé máirt, mháirt
c0062	céadaoin, dé céadaoin, chéadaoin, gcéadaoin
c0063	déardaoin, dhéardaoin, ndéardaoin
c0064	aoine, haoine, dé haoine, n-aoine
c0065	satharn, sathairn, dé sathairn, shatharn
c0066	domhnach, domhnaigh, dé domhnaigh, dhomhnach, ndomhnach
c0067	earrach, an earraigh, earraigh, n-earrach
c0068	samhradh, samhraidh, shamhradh
c0069	fómhar, fómhair, fhómhar, bhfómhar
c0070	geimhreadh, geimhridh, gheimhreadh, ngeimhreadh
c0071	séasúr, séasúir, shéasúr
c0072	lá, lae, laethanta
c0073	seachtain, tseachtain, seachtaine, seachtainí, sheachtain
c0074	mí, míosa, míonna, mhí
c0075	bliain, bliana, blianta, bhliain, mbliana, mbliain
c0076	uair, huaire, uaire, uair an chloig, n-uair
c0077	nóiméad, nóiméid, mhóiméad, noiméad
c0078	soicind, shoicind
c0079	maidin, mhaidin, maidine
c0080	tráthnóna, iarnóin, dtráthnóna
c0081	tráthnóna, thráthnóna, dtráthnóna
c0082	oíche, hoíche, oícheanta, san oíche, n-oíche
c0083	meán lae, nóin
c0084	meán oíche
c0085	inniu
c0086	inné
c0087	amárach
c0088	anocht
c0089	céad, aois, céid, haois
c0090	deich mbliana, deicéad
c0091	am, t-am, ama, aimsir, n-am
c0092	nóiméad, meandar, tamall, móimint
c0093	tréimhse, thréimhse, tréimhsí, dtréimhse
c0094	dáta, dátaí, dháta, ndáta
c0095	deireadh seachtaine
c0096	féilire, fhéilire, bhféilire
c0097	clog, gclog, chlog
c0098	aois, haois, aoise, n-aois
c0099	am atá thart, stair, caite, anallód
c0100	todhchaí, thodhchaí, amach anseo, dtodhchaí
c0101	láthair, i láthair, an lá atá inniu ann
c0102	anois
c0103	go luath, luath, gairid
c0104	níos déanaí, ar ball, déanaí, ina dhiaidh sin
c0105	luath, moch, luaithe
c0106	déanach, mall, dhéanach
c0107	cheana, cheana féin
c0108	arís
c0109	i gcónaí, gcónaí, síor
c0110	riamh, choíche, go deo
c0111	go minic, minic, mhinic
c0112	uaireanta, amanna
c0113	ó shin, shin
c0114	le déanaí, déanaí, le gairid
c0115	laethúil, gach lá
c0116	bliantúil, gach bliain, bhliantúil
c0117	breacadh an lae, camhaoir, maidneachan
c0118	luí na gréine, fuineadh
c0119	éirí na gréine, éirí gréine
c0120	ré, aois, tréimhse
c0121	tús, tosach, thús, tosaigh, dtús
c0122	deireadh, críoch, dheireadh, chríoch, ndeireadh
c0123	breithlá, lá breithe, bhreithlá, mbreithlá
c0124	saoire, laethanta saoire, lá saoire, shaoire
c0125	nollaig, nollag
c0126	cáisc, cásca, cháisc, gcáisc
c0127	comóradh, cothrom, chomóradh, gcomóradh
c0128	dath, dathanna, datha, dhath, ndath
c0129	dearg, dhearg, dearga
c0130	gorm, ghorm, gorma
c0131	glas, uaine, ghlas
c0132	buí, bhuí
c0133	dubh, dhubh, dubha
c0134	bán, bhán, bána
c0135	liath, léith
c0136	donn, dhonn
c0137	oráiste
c0138	bándearg, pinc, bhándearg
c0139	corcra, chorcra, craorag
c0140	órga, órtha
c0141	dorcha, dhorcha
c0142	geal, gheal, gléigeal, lonrach
c0143	mílítheach, báiteach, bánghnéitheach, mhílítheach
c0144	tuaisceart, thuaisceart, tuaiscirt, dtuaisceart
c0145	deisceart, dheisceart, deiscirt, ndeisceart
c0146	oirthear, oirthir, n-oirthear
c0147	iarthar, iarthair, n-iarthar
c0148	tuaisceartach, thuaidh, thuaisceart, thuaisceartach
c0149	deisceartach, theas, dheisceart, dheisceartach
c0150	oirthearach, thoir, oirthir
c0151	iartharach, thiar, iarthair
c0152	clé, chlé, ar chlé
c0153	deas, dheas, ar dheis
c0154	barr, mbarr, bharr, uachtar
c0155	bun, bhun, íochtar, tóin, mbun
c0156	taobh, thaobh, taobhanna, dtaobh
c0157	lár, láir, meán
c0158	lár, lárionad, láir
c0159	tosach, tosaigh, aghaidh, éadan, thosach, dtosach
c0160	cúl, chúl, cúil, gcúl
c0161	imeall, ciumhais, bruach, imill, n-imeall
c0162	teaghlach, clann, muintir, theaghlach, dteaghlach
c0163	máthair, mháthair, máthar, máithreacha
c0164	athair, athar, n-athair, aithreacha
c0165	tuismitheoir, tuismitheoirí, thuismitheoir, dtuismitheoir
c0166	páiste, leanbh, páistí, leanaí, clann, pháiste, bpáiste
c0167	mac, mhac, mic, mhic
c0168	iníon, n-iníon, iníne, iníonacha
c0169	deartháir, dheartháir, deartháireacha, ndeartháir
c0170	deirfiúr, dheirfiúr, deirfiúracha, ndeirfiúr
c0171	fear céile, céile, fhear céile
c0172	bean chéile, céile, mhná céile
c0173	seanathair, sheanathair
c0174	seanmháthair, sheanmháthair
c0175	garpháiste, garpháistí, garmhac, gariníon, gharpháiste, ngarpháiste
c0176	uncail, n-uncail
c0177	aintín, n-aintín
c0178	col ceathrar, col ceathar
c0179	leanbh, babaí, naíonán, leanaí
c0180	buachaill, bhuachaill, buachaillí, mbuachaill
c0181	cailín, chailín, cailíní, gcailín
c0182	fear, fir, fhear, bhfear, bhfir
c0183	bean, mná, mhná, bhean, mban, mbean
c0184	duine, dhuine, daoine, nduine
c0185	daoine, dhaoine, muintir, pobal, ndaoine
c0186	cara, chara, cairde, chairde, gcara
c0187	comharsa, chomharsa, comharsana, gcomharsa
c0188	aoi, aíonna, cuairteoir, n-aoi
c0189	bainis, pósadh, bhainis, mbainis
c0190	pósadh, phósadh, pósta, bpósadh
c0191	pós, phós, pósann, pósta
c0192	colscaradh, cholscaradh, gcolscaradh
c0193	breith, bhreith, mbreith
c0194	rugadh, beirthe, saolaíodh
c0195	bhásaigh, básaíonn, fuair bás, éag
c0196	bás, bháis, básanna, bhás, mbás
c0197	marbh, mharbh, mairbh
c0198	saol, shaol, beatha, saolta
c0199	mair, maireann, mhair, cónaigh, cónaí
c0200	beo, bheo
c0201	óg, óga, óige
c0202	sean, aosta, seanda, shean
c0203	óige, aos óg, n-óige
c0204	duine fásta, fásta, daoine fásta
c0205	glúin, ghlúin, glúnta, nglúin
c0206	gaol, gaolta, ghaol, ngaol
c0207	lánúin, péire, lánúineacha
c0208	cúpla, leathchúpla, chúpla, gcúpla
c0209	baintreach, bhaintreach, mbaintreach
c0210	dílleachta, dílleachtaí, dhílleachta, ndílleachta
c0211	sinsear, sinsir, shinsear
c0212	corp, colainn, choirp, cholainn, chorp, gcorp
c0213	ceann, cinn, chinn, chloigeann, cheann, gceann
c0214	aghaidh, éadan, aghaidhe, n-aghaidh
c0215	súil, súile, shúil
c0216	cluas, cluasa, chluas, gcluas
c0217	srón, shrón
c0218	béal, bhéal, béil, mbéal
c0219	fiacail, fiacla, fhiacla, fhiacail, bhfiacail
c0220	teanga, theanga, dteanga
c0221	liopa, beol, beola
c0222	gruaig, ghruaig, gruaige, ngruaig
c0223	muineál, mhuineál
c0224	gualainn, guaillí, ghualainn, ngualainn
c0225	lámh, sciathán, láimh
c0226	lámh, lámha, láimh, lámhaibh
c0227	méar, méara, mhéar
c0228	cos, cosa, chos, gcos
c0229	glúin, glúine, ghlúin, nglúin
c0230	cos, troigh, cosa, chos
c0231	droim, droma, dhroim, ndroim
c0232	cliabh, ucht, brollach, chliabh, gcliabh
c0233	croí, chroí, gcroí
c0234	fuil, fola, fhuil
c0235	cnámh, cnámha, chnámh, gcnámh
c0236	craiceann, cneas, chraiceann, gcraiceann
c0237	bolg, goile, bhoilg, bholg, mbolg
c0238	inchinn, n-inchinn
c0239	anáil, análach, n-anáil
c0240	análaigh, tarraing anáil, análaíonn
c0241	guth, glór, ghlór, ghuth, nguth
c0242	scamhóg, scamhóga
c0243	matán, matáin, mhatán
c0244	créacht, cneá, créachtaí, chréacht, gcréacht
c0245	gortú, gortuithe, ghortú, ngortú
c0246	gortaigh, ghortaigh, gortaíodh, gortaithe
c0247	pian, pianta, phian, bpian
c0248	dall, dhall
c0249	bodhar, bhodhar
c0250	féasóg, fhéasóg, bhféasóg
c0251	deoir, deora, dheoir, ndeoir
c0252	sciathán, sciatháin
c0253	eireaball, earball, eireabaill, n-eireaball
c0254	aimsir, aimsire, n-aimsir
c0255	báisteach, bháisteach, fearthainn, mbáisteach
c0256	sneachta, shneachta
c0257	oighear, t-oighear, oighir, n-oighear
c0258	gaoth, ghaoth, gaoithe, ngaoth
c0259	stoirm, stoirmeacha, stoirme
c0260	scamall, scamaill, néal
c0261	ceo, cheo, gceo
c0262	grian, ghrian, gréine, ngrian
c0263	spéir, spéire, spéartha, sa spéir
c0264	te, teo, bruthal
c0265	fuar, fhuar, fuacht
c0266	te, teolaí, measartha te
c0267	fionnuar, fionnfhuar, fhionnuar
c0268	tirim, thirim
c0269	fliuch, fhliuch
c0270	teocht, theocht, dteocht
c0271	céim, céimeanna, gcéim, chéim
c0272	aeráid, n-aeráid
c0273	sioc, shioc, seaca
c0274	toirneach, thoirneach, dtoirneach
c0275	tintreach, thintreach, dtintreach
c0276	tuile, thuile, tuilte, dtuile
c0277	triomach, thriomach, dtriomach
c0278	teas, theas, dteas
c0279	aer, t-aer, aeir, n-aer
c0280	scáth, scáil, scáthanna
c0281	reoigh, reoite, reo, sioc
c0282	leáigh, leá, leáite, leánn
c0283	séid, shéid, séideann
c0284	soilsigh, lonraigh, shoilsigh, taitneamh
c0285	nádúr, dúlra, nádúir
c0286	domhan, talamh, cruinne, dhomhan, ndomhan
c0287	talamh, thalamh, talún, dtalamh
c0288	talamh, tír, talún, dtalamh
c0289	ithir, ithreach, cré, n-ithir
c0290	gaineamh, ghaineamh, gainimh, ngaineamh
c0291	cloch, chloch, clocha, gcloch
c0292	carraig, carraigeacha, charraig, gcarraig
c0293	sliabh, sléibhe, sléibhte, shliabh
c0294	cnoc, chnoc, cnoic, cnocán, gcnoc
c0295	gleann, ghleann, gleanna, ngleann
c0296	abhainn, abhann, aibhneacha, n-abhainn
c0297	sruthán, sruth, sruthanna, shruthán
c0298	loch, locha, lochanna
c0299	farraige, fharraige, mara, bhfarraige
c0300	aigéan, t-aigéan, aigéin, n-aigéan
c0301	cósta, chósta, cóstaí, gcósta
c0302	cladach, trá, bruach, chladach, gcladach
c0303	trá, thrá, tránna, dtrá
c0304	oileán, t-oileán, oileáin, n-oileán
c0305	cuan, bá, chuan, gcuan
c0306	aill, aillte, haill, n-aill
c0307	pluais, phluais, pluaiseanna, bpluais
c0308	oighearshruth, n-oighearshruth
c0309	barr, mullach, bharr, mhullach
c0310	buaic, binn, bhinn, bhuaic, mbuaic
c0311	droim, dromainn, iomaire, ndroim
c0312	fána, fhána, learg, claon, bhfána
c0313	bearnas, mám, bhearnas, mbearnas
c0314	machaire, mhachaire, machairí
c0315	páirc, gort, ghort, páirceanna, bpáirc
c0316	móinéar, cluain, mhóinéar
c0317	foraois, fhoraois, coill, choill, bhforaois
c0318	adhmad, t-adhmad, adhmaid, n-adhmad
c0319	crann, chrann, crainn, gcrann
c0320	craobh, géag, chraobh, gcraobh
c0321	duilleog, duilleoga, dhuilleog, nduilleog
c0322	fréamh, fréamhacha, fhréamh, bhfréamh
c0323	bláth, bhláth, bláthanna, mbláth
c0324	féar, fhéar, féir, bhféar
c0325	planda, plandaí, lus, phlanda, bplanda
c0326	síol, shíol, síolta
c0327	toradh, torthaí, thoradh, dtoradh
c0328	tor, tom, toir, thor, dtor
c0329	fásach, gaineamhlach, fhásach, bhfásach
c0330	seascann, riasc, portach, sheascann
c0331	eas, easanna, n-eas
c0332	tobar, fuarán, foinse, thobar, dtobar
c0333	tonn, thonn, tonnta, dtonn
c0334	bruach, bhruach, bruacha, mbruach
c0335	tírdhreach, radharc tíre, thírdhreach, dtírdhreach
c0336	radharc, amharc, radhairc
c0337	léaslíne, fíor na spéire
c0338	réalta, réaltaí, réalt
c0339	gealach, ghealach, gealaí, ngealach
c0340	pláinéad, phláinéad, bpláinéad
c0341	domhan, dhomhan, domhain, ndomhan
c0342	spás, spáis
c0343	tine, thine, tinte, dtine
c0344	lasair, lasracha, bladhm
c0345	uisce, t-uisce, uiscí, n-uisce
c0346	deatach, toit, dheatach, ndeatach
c0347	deannach, dusta, smúit, dheannach, ndeannach
c0348	láib, puiteach, lathach
c0349	ór, t-ór, óir, n-ór
c0350	airgead, t-airgead, n-airgead
c0351	iarann, t-iarann, n-iarann
c0352	miotal, miotail, mhiotal
c0353	gual, ghual, guail, ngual
c0354	ola, peitreal, ola thalún, n-ola
c0355	gás, gáis, gásanna, ghás, ngás
c0356	salann, shalann
c0357	bolcán, bolcáin, bholcán, mbolcán
c0358	crith talún
c0359	ainmhí, t-ainmhí, ainmhithe, n-ainmhí
c0360	éan, t-éan, éin, éanlaith, n-éan
c0361	iasc, t-iasc, éisc, n-iasc
c0362	madra, mhadra, madraí, gadhar
c0363	cat, chat, cait, gcat
c0364	capall, chapall, capaill, gcapall
c0365	bó, bhó, mbó
c0366	caora, chaora, caoirigh, gcaora
c0367	gabhar, ghabhar, gabhair, ngabhar
c0368	muc, mhuc, muca
c0369	cearc, chearc, cearca, gcearc
c0370	béar, béir, mathúin, bhéar, mbéar
c0371	mac tíre, faolchú
c0372	sionnach, madra rua, sionnaigh, shionnach
c0373	fia, fianna, fhia, bhfia
c0374	coinín, choinín, gcoinín
c0375	luch, luchóg, lucha
c0376	francach, francaigh, bhfrancach
c0377	nathair, nathracha
c0378	feithid, feithidí, fheithid, bhfeithid
c0379	beach, beacha, bheach, mbeach
c0380	cuil, cuileanna, chuil, gcuil
c0381	féileacán, féileacáin, fhéileacán, bhféileacán
c0382	iolar, t-iolar, iolair, n-iolar
c0383	míol mór, míolta móra
c0384	leon, leoin
c0385	eilifint, n-eilifint
c0386	eallach, bólacht, n-eallach
c0387	nead, neadacha
c0388	ubh, uibheacha, n-ubh
c0389	cleite, cleití, chleite, gcleite
c0390	seilg, fiach, sheilg
c0391	feirm, fheirm, feirmeacha, bhfeirm
c0392	feirmeoir, fheirmeoir, feirmeoirí, bhfeirmeoir
c0393	fómhar, fhómhar, buaint, bhfómhar
c0394	barr, barra
c0395	cruithneacht, chruithneacht, gcruithneacht
c0396	comhshaol, timpeallacht, chomhshaol, gcomhshaol
c0397	truailliú, thruailliú, dtruailliú
c0398	speiceas, speicis
c0399	bithéagsúlacht, bhithéagsúlacht, mbithéagsúlacht
c0400	páirc náisiúnta
c0401	fiáin, fhiáin
c0402	nádúrtha
c0403	eoraip, an eoraip, heorpa, eorpa, n-eoraip
c0404	eorpach, eorpacha, heorpach
c0405	afraic, an afraic, hafraice, n-afraic
c0406	afracach, afracacha
c0407	áise, an áise, háise, n-áise
c0408	áiseach, áiseacha
c0409	meiriceá, mheiriceá
c0410	meiriceánach, mheiriceánach
c0411	stáit aontaithe, sam
c0412	rúis, an rúis, rúise
c0413	rúiseach, rúisis
c0414	úcráin, an úcráin, húcráine, n-úcráin
c0415	úcránach, húcránach
c0416	bealarúis, bhealarúis, mbealarúis
c0417	tsín, an tsín, sín, síne, thsín, dtsín
c0418	síneach, tsíneach, shíneach
c0419	ríocht aontaithe
c0420	briotanach, bhriotanach
c0421	sasana, shasana
c0422	béarla, bhéarla, mbéarla
c0423	tuirc, an tuirc, thuirc, dtuirc
c0424	turcach, thurcach
c0425	seapáin, an tseapáin, sheapáin
c0426	ind, an ind, india, n-ind
c0427	iosrael, n-iosrael
c0428	iaráin, an iaráin, n-iaráin
c0429	siria, an tsiria, shiria
c0430	eilvéis, an eilvéis, n-eilvéis
c0431	iorua, an iorua, n-iorua
c0432	gearmáin, an ghearmáin, ghearmáine, ghearmáin, ngearmáin
c0433	gearmánach, ghearmánach, gearmáinis
c0434	fraince, an fhrainc, frainc, fhraince, bhfraince
c0435	francach, fhrancach, fraincis
c0436	iodáil, an iodáil, n-iodáil
c0437	iodálach, iodáilis
c0438	spáinn, an spáinn
c0439	spáinneach, spáinnis
c0440	portaingéil, an phortaingéil, phortaingéil, bportaingéil
c0441	portaingéalach, portaingéilis, phortaingéalach
c0442	ísiltír, an ísiltír, hísiltíre, n-ísiltír
c0443	ollannach, ísiltíreach
c0444	beilg, an bheilg, bheilg, mbeilg
c0445	beilgeach, bheilgeach
c0446	lucsamburg
c0447	ostair, an ostair, n-ostair
c0448	ostarach
c0449	polainn, an pholainn, pholainn, bpolainn
c0450	polannach, polainnis, pholannach
c0451	seicia, poblacht na seice, seice, sheicia
c0452	seiceach, seicis, sheiceach
c0453	slóvaic, an tslóvaic, shlóvaic
c0454	slóvacach, shlóvacach
c0455	ungáir, an ungáir, n-ungáir
c0456	ungárach, ungáiris
c0457	slóivéin, an tslóivéin, shlóivéin
c0458	cróit, an chróit, chróit, gcróit
c0459	rómáin, an rómáin
c0460	rómánach, rómáinis
c0461	bulgáir, an bhulgáir, bhulgáir, mbulgáir
c0462	bulgárach, bhulgárach
c0463	gréig, an ghréig, ghréig, ngréig
c0464	gréagach, ghréagach, gréigis
c0465	cipir, an chipir, chipir, gcipir
c0466	málta, mhálta
c0467	éire, éirinn, éireann, n-éire
c0468	éireannach, gaelach, ghaelach
c0469	danmhairg, an danmhairg, dhanmhairg, ndanmhairg
c0470	danmhargach, dhanmhargach
c0471	sualainn, an tsualainn, shualainn
c0472	sualannach, shualannach
c0473	fionlainn, an fhionlainn, fhionlainn, bhfionlainn
c0474	fionlannach, fionlainnis, fhionlannach
c0475	eastóin, an eastóin, n-eastóin
c0476	laitvia, an laitvia
c0477	liotuáin, an liotuáin
c0478	alpa, na halpa, halpa, n-alpa
c0479	meánmhuir, meánmhuirí, mheánmhuir
c0480	atlantach, atlantaigh
c0481	baltach, baltacha, bhaltach
c0482	an bhruiséil, bruiséil, bhruiséil
c0483	strasbourg
c0484	taisteal, taistil, thaistil, thaisteal
c0485	turas, thuras, turais, dturas
c0486	turas, geábh, thuras, dturas
c0487	turasóir, turasóirí, thurasóir, dturasóir
c0488	turasóireacht, thurasóireacht, dturasóireacht
c0489	óstán, t-óstán, óstáin, n-óstán
c0490	seomra, sheomra, seomraí
c0491	pas, pasanna, phas, bpas
c0492	ticéad, ticéid, thicéad, dticéad
c0493	traein, thraein, traenacha, dtraein
c0494	iarnród, t-iarnród, n-iarnród
c0495	stáisiún, stáisiúin
c0496	bus, busanna, bhus, mbus
c0497	carr, charr, gluaisteán, carranna, gcarr
c0498	feithicil, feithiclí, fheithicil, bhfeithicil
c0499	rothar, rothair
c0500	bád, bhád, báid, mbád
c0501	long, loinge, longa, soitheach
c0502	eitleán, t-eitleán, eitleáin, n-eitleán
c0503	aerfort, t-aerfort, aerfoirt, n-aerfort
c0504	eitilt, eitiltí, n-eitilt
c0505	calafort, port, chalafort, gcalafort
c0506	cuan, caladh, chuan, gcuan
c0507	bóthar, bhóthar, bóithre, bóthair, mbóthar
c0508	sráid, tsráid, sráideanna, shráid
c0509	cosán, chosán, cosáin, gcosán
c0510	droichead, dhroichead, droichid, ndroichead
c0511	tollán, tolláin, thollán, dtollán
c0512	léarscáil, mapa, léarscáileanna
c0513	treoraí, threoraí, dtreoraí
c0514	turas, camchuairt, dturas
c0515	tabhair cuairt, thug cuairt, cuairt, cuairteanna
c0516	cuairteoir, cuairteoirí, chuairteoir, gcuairteoir
c0517	sroich, shroich, sroicheann
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
c0529	bealach, slí, bhealach, mbealach
c0530	teorainn, theorainn, teorainneacha, dteorainn
c0531	fad, achar, fhad
c0532	ciliméadar, ciliméadair, chiliméadar, gciliméadar
c0533	méadar, méadair, mhéadar
c0534	míle, mhíle, mílte
c0535	thar lear, ar an gcoigríoch
c0536	eachtrach, coigríche, iasachta, coimhthíoch
c0537	trácht, thrácht, dtrácht
c0538	timpiste, thimpiste, timpistí, dtimpiste
c0539	paisinéir, paisinéirí, phaisinéir, bpaisinéir
c0540	tiománaí, thiománaí, dtiománaí
c0541	campa, champa, campaí, gcampa
c0542	puball, phuball, bpuball
c0543	fan, d'fhan, fanann, fanacht
c0544	fan, d'fhan, fanacht, fanann
c0545	sráidbhaile, baile, shráidbhaile
c0546	baile, bhaile, bailte, baile mór, mbaile
c0547	cathair, chathair, cathracha, cathrach, gcathair
c0548	príomhchathair, phríomhchathair, bpríomhchathair
c0549	cearnóg, chearnóg, plás, gcearnóg
c0550	margadh, mhargadh, margaí
c0551	siopa, shiopa, siopaí
c0552	eaglais, séipéal, n-eaglais
c0553	ardeaglais, n-ardeaglais
c0554	caisleán, chaisleán, caisleáin, gcaisleán
c0555	pálás, phálás, bpálás
c0556	túr, thúr, túir, dtúr
c0557	músaem, iarsmalann, mhúsaem
c0558	séadchomhartha, leacht, shéadchomhartha
c0559	páirc, pháirc, páirceanna, bpáirc
c0560	gairdín, ghairdín, gairdíní, ngairdín
c0561	balla, bhalla, ballaí, mballa
c0562	geata, gheata, geataí, ngeata
c0563	doras, dhoras, doirse, ndoras
c0564	fuinneog, fhuinneog, fuinneoga, bhfuinneog
c0565	urlár, t-urlár, stór, n-urlár
c0566	díon, dhíon, dín, ndíon
c0567	staighre, staighrí
c0568	cistin, chistin, cistine, gcistin
c0569	leaba, leapa, leapacha
c0570	bord, bhord, boird, mbord
c0571	cathaoir, chathaoir, cathaoireacha, gcathaoir
c0572	teach, tí, thí, tithe, theach, dteach
c0573	baile, bhaile, abhaile, sa bhaile, mbaile
c0574	foirgneamh, fhoirgneamh, foirgnimh, bhfoirgneamh
c0575	árasán, t-árasán, árasáin, n-árasán
c0576	seoladh, sheoladh, seoltaí
c0577	ceantar, cheantar, dúiche, gceantar
c0578	réigiún, réigiúin, ceantar
c0579	limistéar, ceantar, réimse
c0580	tuath, tuaithe, faoin tuath, thuath, dtuath
c0581	ospidéal, t-ospidéal, ospidéil, n-ospidéal
c0582	scoil, scoile, scoileanna
c0583	ollscoil, ollscoile, n-ollscoil
c0584	leabharlann, leabharlanna
c0585	bialann, bialanna, bhialann, mbialann
c0586	oifig, oifigí, n-oifig
c0587	monarcha, mhonarcha, monarchana
c0588	príosún, phríosún, bpríosún
c0589	amharclann, n-amharclann
c0590	pictiúrlann, phictiúrlann, bpictiúrlann
c0591	eochair, eochracha, n-eochair
c0592	lampa, lampaí
c0593	solas, sholas, solais
c0594	bosca, bhosca, boscaí, mbosca
c0595	mála, mhála, málaí
c0596	buidéal, bhuidéal, buidéil, mbuidéal
c0597	gloine, ghloine, ngloine
c0598	cupán, chupán, cupáin, gcupán
c0599	pláta, phláta, plátaí, bpláta
c0600	scian, sceana
c0601	leabhar, leabhair, leabhra, leabhartha
c0602	litir, litreacha, litreach
c0603	páipéar, pháipéar, páipéir, bpáipéar
c0604	peann, phinn, pheann, bpeann
c0605	pictiúr, phictiúr, pictiúir, bpictiúr
c0606	grianghraf, ghrianghraf, ngrianghraf
c0607	ceamara, cheamara, gceamara
c0608	teileafón, fón, theileafón, dteileafón
c0609	ríomhaire, ríomhairí
c0610	idirlíon, t-idirlíon, n-idirlíon
c0611	teilifís, theilifís, dteilifís
c0612	raidió
c0613	nuachtán, nuachtáin
c0614	éadaí, éadach, t-éadach, n-éadaí
c0615	léine, léinte
c0616	gúna, ghúna, ngúna
c0617	bróg, bhróg, bróga, mbróg
c0618	cóta, chóta, gcóta
c0619	hata, hataí
c0620	airgead, t-airgead, airgid, n-airgead
c0621	praghas, phraghas, praghsanna, bpraghas
c0622	costas, chostas, costais, gcostas
c0623	íoc, d'íoc, íocann, íocaíocht
c0624	ceannaigh, cheannaigh, ceannaíonn
c0625	díol, dhíol, díolann
c0626	saor, shaor
c0627	daor, costasach, dhaor
c0628	euro, eoró, n-euro
c0629	bia, bhia, mbia
c0630	arán, t-arán, n-arán
c0631	feoil, fheoil, feola, bhfeoil
c0632	bainne, bhainne, mbainne
c0633	cáis, cháis, gcáis
c0634	im, t-im, n-im
c0635	fíon, fhíon, bhfíon
c0636	beoir, bheoir, mbeoir
c0637	caife, chaife, gcaife
c0638	tae, thae, dtae
c0639	siúcra, shiúcra
c0640	úll, t-úll, úlla, n-úll
c0641	glasra, glasraí, ghlasra, nglasra
c0642	práta, phráta, prátaí, bpráta
c0643	rís
c0644	anraith, t-anraith, n-anraith
c0645	cáca, cháca, gcáca
c0646	bricfeasta, bhricfeasta, mbricfeasta
c0647	lón
c0648	dinnéar, dhinnéar, ndinnéar
c0649	béile, bhéile, béilí, mbéile
c0650	ith, d'ith, itheann, ithe
c0651	ól, d'ól, ólann, ólfaidh
c0652	cócaráil, cócaire, chócaráil
c0653	blas, bhlas, mblas
c0654	ocrach, ocras
c0655	ocras, t-ocras, gorta, n-ocras
c0656	milis, mhilis
c0657	úr, friseáilte
c0658	mil, meala, mhil
c0659	fíonchaor, fíonchaora, caor fíniúna, fhíonchaor, bhfíonchaor
c0660	plúr, phlúr, bplúr
c0661	arbhar, t-arbhar, grán, n-arbhar
c0662	tart, tarta, dtart
c0663	obair, oibre, hoibre, n-obair
c0664	oibrigh, d'oibrigh, oibríonn, ag obair
c0665	post, phost, jab, bpost
c0666	oibrí, t-oibrí, oibrithe, n-oibrí
c0667	fostaí, fostaithe, fhostaí, bhfostaí
c0668	fostóir, fostóirí, fhostóir, bhfostóir
c0669	comhlacht, cuideachta, chomhlacht, gcomhlacht
c0670	gnó, ghnó, gnólacht, ngnó
c0671	tionscal, thionscal, tionscail, dtionscal
c0672	trádáil, tráchtáil, thrádáil, dtrádáil
c0673	geilleagar, gheilleagar, ngeilleagar
c0674	eacnamaíoch, geilleagrach
c0675	tuarastal, thuarastal, dtuarastal
c0676	pá, pánna, tuarastal, phá, bpá
c0677	ioncam, t-ioncam, n-ioncam
c0678	cáin, cánach, cánacha, gcáin
c0679	buiséad, bhuiséad, mbuiséad
c0680	brabús, bhrabús, mbrabús
c0681	caillteanas, caillteanais, chaillteanas, gcaillteanas
c0682	dífhostaíocht, dhífhostaíocht, ndífhostaíocht
c0683	fostaíocht, fhostaíocht, bhfostaíocht
c0684	gairm bheatha, slí bheatha
c0685	gairm, ghairm, proifisiún, ngairm
c0686	bainisteoir, bhainisteoir, mbainisteoir
c0687	comhghleacaí, chomhghleacaí, gcomhghleacaí
c0688	foireann, fhoireann, foirne, bhfoireann
c0689	cruinniú, chruinniú, gcruinniú
c0690	tionscadal, thionscadal, dtionscadal
c0691	tasc, cúram, thasc, dtasc
c0692	conradh, chonradh, conarthaí, gconradh
c0693	scil, scileanna
c0694	taithí, thaithí, dtaithí
c0695	oiliúint, n-oiliúint
c0696	táirgeadh, tháirgeadh, dtáirgeadh
c0697	táirge, tháirge, táirgí, dtáirge
c0698	seirbhís, sheirbhís
c0699	custaiméir, chustaiméir, gcustaiméir
c0700	tomhaltóir, tomhaltóirí, thomhaltóir, dtomhaltóir
c0701	fás, fhás, bhfás
c0702	infheistíocht, n-infheistíocht
c0703	banc, bhanc, bainc, mbanc
c0704	airgeadas, t-airgeadas, n-airgeadas
c0705	airgeadais, airgeadúil
c0706	fiach, fiacha, fhiach, bhfiach
c0707	géarchéim, ghéarchéim, ngéarchéim
c0708	bochtaineacht, bhochtaineacht, mbochtaineacht
c0709	bocht, bhocht
c0710	saibhir, shaibhir
c0711	saibhreas, shaibhreas
c0712	maoin, mhaoin
c0713	úinéir, t-úinéir, n-úinéir
c0714	is le, bí ag, sealbhaigh, sealbhaíonn
c0715	tóg, thóg, tógann, tógáil
c0716	táirg, tháirg, táirgeann
c0717	soláthar, sholáthar
c0718	fuinneamh, fhuinneamh, bhfuinneamh
c0719	leictreachas
c0720	teicneolaíocht, theicneolaíocht, dteicneolaíocht
c0721	meaisín, inneall, mheaisín
c0722	uirlis, uirlisí, n-uirlis
c0723	innealtóir, t-innealtóir, n-innealtóir
c0724	dochtúir, dhochtúir, ndochtúir
c0725	altra, t-altra, altraí, n-altra
c0726	múinteoir, mhúinteoir
c0727	mac léinn, mic léinn, scoláire
c0728	dalta, scoláire, daltaí, dhalta, ndalta
c0729	ceacht, cheacht, ceachtanna, gceacht
c0730	rang, ranganna
c0731	scrúdú, scrúduithe
c0732	staidéar, déan staidéar
c0733	foghlaim, d'fhoghlaim, foghlaimíonn
c0734	múin, mhúin, múineann, múineadh
c0735	oideachas, t-oideachas, n-oideachas
c0736	eolas, t-eolas, eolais, n-eolas
c0737	tá a fhios, fhios, fios, eolas
c0738	eolaíocht, n-eolaíocht
c0739	eolaíoch
c0740	taighde, thaighde, dtaighde
c0741	eolaí, t-eolaí, n-eolaí
c0742	léigh, léann, léamh, léite
c0743	scríobh, scríobhann, scríofa, scríbhneoireacht
c0744	focal, fhocal, focail, bhfocal
c0745	teanga, theanga, teangacha, dteanga
c0746	abairt, abairtí, n-abairt
c0747	ceist, cheist, ceisteanna, gceist
c0748	freagra, fhreagra, freagraí, bhfreagra
c0749	leathanach, leathanaigh
c0750	scéal, scéil, scéalta
c0751	stair, staire, staireanna
c0752	stairiúil
c0753	ealaín, ealaíne, n-ealaín
c0754	ealaíontóir, t-ealaíontóir, n-ealaíontóir
c0755	ceol, cheol, ceoil, gceol
c0756	amhrán, t-amhrán, amhráin, n-amhrán
c0757	can, chan, canann, canadh
c0758	damhsaigh, rince, damhsa, rinceann
c0759	scannán, scannáin
c0760	cluiche, chluiche, cluichí, gcluiche
c0761	imir, d'imir, imríonn, imirt
c0762	spórt, spóirt
c0763	buaigh, bhuaigh, buann, bua
c0764	caill, chaill, cailleann, cailliúint
c0765	sacar, peil, shacar
c0766	imreoir, t-imreoir, imreoirí, n-imreoir
c0767	cultúr, chultúr, gcultúr
c0768	cultúrtha, chultúrtha
c0769	scríbhneoir, scríbhneoirí
c0770	údar, t-údar, údair, n-údar
c0771	dán, dánta, dhán, ndán
c0772	file, fhile, filí, bhfile
c0773	úrscéal, t-úrscéal, n-úrscéal
c0774	sláinte, shláinte
c0775	sláintiúil, folláin, shláintiúil
c0776	tinn, breoite, thinn
c0777	tinneas, breoiteacht, thinneas, dtinneas
c0778	galar, ghalar, galair, ngalar
c0779	víreas, víris
c0780	paindéim, phaindéim, bpaindéim
c0781	othar, t-othar, othair, n-othar
c0782	leigheas, cógas, míochaine
c0783	druga, drugaí, dhruga, ndruga
c0784	cóireáil, chóireáil, gcóireáil
c0785	cúram, chúram, gcúram
c0786	gortaigh, ghortaigh, pian
c0787	tuirseach, thuirseach
c0788	codail, chodail, codlaíonn, codladh
c0789	dúisigh, dhúisigh, dúisíonn
c0790	scíth, sos
c0791	ailse, n-ailse
c0792	vacsaín
c0793	meabhrach, meabhair, mheabhrach
c0794	mothaigh, mhothaigh, mothaíonn
c0795	mothúchán, mothú, mhothúchán
c0796	grá, ghrá, ngrá
c0797	grá, is breá le, gráigh
c0798	fuath, is fuath le
c0799	eagla, faitíos, n-eagla
c0800	eaglach, scanraithe, faoi eagla
c0801	sona, sásta, áthasach, shona
c0802	sonas, áthas, shonas
c0803	brónach, bhrónach
c0804	brón, bhrón, mbrón
c0805	feargach, fhearg, fheargach
c0806	fearg, fhearg, feirge, bhfearg
c0807	áthas, t-áthas, lúcháir, n-áthas
c0808	dóchas, dhóchas, ndóchas
c0809	tá súil, súil le, dóchas
c0810	bí buartha, buartha, imní
c0811	iontas, t-iontas, n-iontas
c0812	náire
c0813	bród, bhród, mbród
c0814	bródúil, bhródúil
c0815	uaigneach
c0816	ciúin, socair
c0817	déan meangadh, meangadh, gáire
c0818	gáir, gháir, gáire
c0819	caoin, chaoin, caoineann
c0820	póg, phóg, bpóg
c0821	brionglóid, aisling, taibhreamh, bhrionglóid, mbrionglóid
c0822	mian, mhian, guí
c0823	teastaigh, ba mhaith le, is mian
c0824	is maith le, taitin, thaitin, taitníonn
c0825	bain taitneamh, taitneamh
c0826	is fearr le, b'fhearr le
c0827	airigh, braith uaidh, crothnaigh
c0828	fulaing, d'fhulaing, fulaingt
c0829	pléisiúr, taitneamh, phléisiúr, bpléisiúr
c0830	misneach, mhisneach
c0831	cróga, misniúil, chróga
c0832	muinín, iontaoibh, mhuinín
c0833	amhras, t-amhras, n-amhras
c0834	creid, chreid, creideann
c0835	creideamh, chreideamh, gcreideamh
c0836	dia, dhia, déithe, ndia
c0837	reiligiún, creideamh
c0838	reiligiúnach, cráifeach
c0839	anam, t-anam, anama, n-anam
c0840	spiorad, sprid
c0841	intinn, aigne, meabhair, n-intinn
c0842	smaoineamh, smaointe
c0843	smaoinigh, shmaoinigh, ceap, cheap
c0844	smaoineamh, tuairim, idé
c0845	cuimhnigh, chuimhnigh, cuimhin
c0846	dearmad, rinne dearmad, déan dearmad
c0847	tuig, thuig, tuigeann, tuiscint
c0848	ciallaigh, ciallaíonn, chiallaigh
c0849	brí, ciall, bhrí, mbrí
c0850	cúis, chúis, fáth, gcúis
c0851	cuimhne, chuimhne, cuimhní, gcuimhne
c0852	samhlaigh, shamhlaigh
c0853	socraigh, shocraigh, cinneann
c0854	cinneadh, chinneadh, cinntí, gcinneadh
c0855	roghnaigh, roghnaíonn, togh, thogh
c0856	rogha, roghanna
c0857	plean, phlean, bplean
c0858	triail, thriail, déan iarracht, iarracht
c0859	teastaigh, riachtanach, gá
c0860	riachtanas, gá, ghá
c0861	abair, dúirt, deir, rá, ndúirt
c0862	inis, d'inis, insíonn
c0863	labhair, labhraíonn, labhairt
c0864	labhair, caint, comhrá
c0865	fiafraigh, d'fhiafraigh, iarr
c0866	glaoigh, ghlaoigh, glaonn
c0867	scairt, béic, scread
c0868	clois, chuala, cloiseann, cluin
c0869	éist, d'éist, éisteann
c0870	feic, chonaic, feiceann, feiceáil, chífidh, bhfaca
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
c0884	faigh, fuair, gheobhaidh, fáil, bhfuair
c0885	déan, rinne, déanann, déanamh, ndearna
c0886	úsáid, d'úsáid, úsáideann
c0887	oscail, d'oscail, osclaíonn
c0888	dún, dhún, dúnann
c0889	tosaigh, thosaigh, tosaíonn
c0890	tosaigh, thosaigh, tús
c0891	stop, stad, stopann, stadann
c0892	lean, lean ar aghaidh, leanann
c0893	críochnaigh, chríochnaigh
c0894	athraigh, d'athraigh, athraíonn
c0895	athrú, t-athrú, athruithe, n-athrú
c0896	fás, d'fhás, fásann
c0897	tit, thit, titeann, titim
c0898	éirigh, d'éirigh, éiríonn
c0899	ardaigh, d'ardaigh
c0900	méadaigh, mhéadaigh, méadaíonn
c0901	méadú, mhéadú, ardú
c0902	laghdaigh, laghdú
c0903	tháinig, tagann, teacht, tiocfaidh
c0904	téigh, chuaigh, téann, dul, rachaidh, ndeachaigh
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
c0917	cabhair, chabhair, cúnamh, gcabhair
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
c0932	nigh, níonn, nite, níochán
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
c0946	éirigh, d'éirigh, éiríonn, éireoidh
c0947	fan, d'fhan, fanann
c0948	bain le, baineann
c0949	cuimsigh, cuimsíonn, tá ann
c0950	cuimsigh, san áireamh, áirigh
c0951	bí ann, tá ann, maireann
c0952	braith ar, braitheann
c0953	cúisigh, tabhair faoi deara
c0954	cúis, chúis, cúiseanna, gcúis
c0955	toradh, thoradh, torthaí, dtoradh
c0956	téigh i bhfeidhm, bain le
c0957	forbair, d'fhorbair, forbraíonn
c0958	feabhsaigh, d'fheabhsaigh
c0959	tacaigh, thacaigh, tacaíonn
c0960	tacaíocht, thacaíocht, dtacaíocht
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
c0983	bí ag súil, ag súil, ionchas
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
c0994	tástáil, triail, scrúdú, thástáil, dtástáil
c0995	tomhais, thomhais
c0996	áirigh, d'áirigh, comhaireamh
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
c1008	boladh, bholadh, mboladh
c1009	fuaim, fhuaim, fuaimeanna, bhfuaim
c1010	torann, thorann, callán, dtorann
c1011	ciúnas, chiúnas, tost, gciúnas
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
c1025	tapa, sciobtha, thapa
c1026	mall, mhall
c1027	nua, nuacha, úr
c1028	maith, mhaith, fearr, is fearr
c1029	olc, dona, measa, is measa
c1030	álainn, go hálainn
c1031	gránna, ghránna
c1032	salach, shalach
c1033	lán, lána, líonta
c1034	folamh, fholamh
c1035	éasca, furasta
c1036	deacair, dheacair
c1037	crua, chrua, deacair
c1038	bog, bhog
c1039	láidir
c1040	lag
c1041	sábháilte, slán, shábháilte
c1042	contúirteach, dainséarach, chontúirteach
c1043	saor, shaor
c1044	tábhachtach, thábhachtach
c1045	príomh, príomha, phríomh
c1046	riachtanach
c1047	féideartha, indéanta, fhéideartha
c1048	dodhéanta, dhodhéanta
c1049	fíor, fhíor
c1050	bréagach, bhréagach
c1051	fíor, réadúil
c1052	ceart, cheart
c1053	mícheart, mhícheart
c1054	céanna, chéanna
c1055	difriúil, éagsúil, dhifriúil
c1056	cosúil, chosúil
c1057	iomlán, t-iomlán, ar fad
c1058	poiblí, phoiblí
c1059	príobháideach, phríobháideach
c1060	náisiúnta
c1061	idirnáisiúnta
c1062	áitiúil
c1063	domhanda, dhomhanda
c1064	sóisialta, shóisialta
c1065	ginearálta, ghinearálta
c1066	speisialta, ar leith
c1067	simplí, shimplí
c1068	casta, coimpléascach, chasta
c1069	soiléir, glan, shoiléir
c1070	ciúin, chiúin
c1071	glórach, ard, ghlórach
c1072	cáiliúil, cháiliúil
c1073	coitianta, móréilimh, choitianta
c1074	coiteann, coitianta, choiteann
c1075	annamh
c1076	aisteach
c1077	gnáth, gnáthach, normálta, ghnáth
c1078	réidh, ullamh
c1079	gnóthach, ghnóthach
c1080	ina aonar, aonar
c1081	le chéile, chéile
c1082	cinnte, chinnte
c1083	dáiríre, tromchúiseach, dháiríre
c1084	ollmhór, millteanach
c1085	ársa
c1086	nua-aimseartha
c1087	traidisiúnta, thraidisiúnta
c1088	daonna, dhaonna
c1089	áilleacht, n-áilleacht
c1090	deas, dheas, go deas
c1091	mór, iontach, thar barr
c1092	breá, bhreá
c1093	cineálta, cneasta, chineálta
c1094	cairdiúil, chairdiúil
c1095	ard, t-ard
c1096	cruinn, ciorclach, chruinn
c1097	cothrom, réidh, chothrom
c1098	géar, ghéar
c1099	tanaí, caol, thanaí
c1100	tiubh, ramhar, thiubh
c1101	ramhar, reamhar
c1102	tapa, gasta, thapa
c1103	go mall, mall
c1104	go tapa, tapa
c1105	go maith, maith
c1106	beagnach, nach mór
c1107	amháin, ach amháin
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
c1120	ar shiúl, shiúl, chun siúil
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
c1136	i dtreo, dtreo, treo
c1137	taobh thiar, laistiar
c1138	feadh, ar feadh
c1139	gach duine, chuile dhuine
c1140	faic, tada, dada, rud ar bith
c1141	gach rud
c1142	rud, ruda, rudaí
c1143	áit, áiteanna, n-áit
c1144	bealach, slí, modh, mbealach
c1145	cuid, páirt, chuid, coda, gcuid
c1146	uimhir, líon, n-uimhir
c1147	grúpa, ghrúpa, grúpaí, ngrúpa
c1148	cineál, chineál, sórt, gcineál
c1149	sampla, shampla, samplaí
c1150	fadhb, fhadhb, fadhbanna, bhfadhb
c1151	staid, cás, suíomh
c1152	fíoras, fíric, fhíoras, bhfíoras
c1153	cás, chás, cásanna, gcás
c1154	pointe, phointe, bpointe
c1155	foirm, fhoirm, cruth, bhfoirm
c1156	leibhéal, leibhéil
c1157	méid, mhéid, toise
c1158	cruth, chruth, cruthanna, gcruth
c1159	líne, línte
c1160	comhartha, chomhartha, gcomhartha
c1161	difríocht, dhifríocht, ndifríocht
c1162	seans, deis, ádh, sheans
c1163	deis, dheis, deiseanna, ndeis
c1164	contúirt, chontúirt, baol, gcontúirt
c1165	riosca, baol
c1166	tábhacht, thábhacht, dtábhacht
c1167	rath, éacht, bua
c1168	teip, theip, cliseadh, dteip
c1169	iarracht, n-iarracht
c1170	ról, páirt
c1171	cuspóir, aidhm, chuspóir, gcuspóir
c1172	cáilíocht, cháilíocht, gcáilíocht
c1173	méid, suim, líon
c1174	tromlach, formhór, thromlach, dtromlach
c1175	faoin gcéad, céatadán
c1176	meán, meánach, mheán
c1177	teachtaireacht, theachtaireacht, dteachtaireacht
c1178	nuacht, nuachta
c1179	eolas, t-eolas, faisnéis, n-eolas
c1180	ainm, t-ainm, ainmneacha, n-ainm
c1181	parlaimint, pharlaimint, parlaiminte, bparlaimint
c1182	parlaiminteach, pharlaiminteach
c1183	ball, bhall, baill, comhalta, mball
c1184	rún, rúin, rúnta
c1185	rialtas, rialtais
c1186	aire, t-aire, airí, n-aire
c1187	príomh-aire, taoiseach, phríomh-aire, bpríomh-aire
c1188	uachtarán, t-uachtarán, n-uachtarán
c1189	toghchán, toghcháin, thoghchán, dtoghchán
c1190	toghcháin, toghchánach, thoghcháin
c1191	vótáil, vótálann
c1192	vóta, vótaí
c1193	vótálaí, toghthóir
c1194	iarrthóir, t-iarrthóir, n-iarrthóir
c1195	feachtas, fheachtas, bhfeachtas
c1196	reifreann, reifrinn
c1197	páirtí, pháirtí, páirtithe, bpáirtí
c1198	cearta daonna, chearta daonna
c1199	ceart, cheart, cearta, gceart
c1200	dlí, dhlí, dlíthe, ndlí
c1201	dlíthiúil, dleathach, dhlíthiúil
c1202	mídhleathach, mhídhleathach
c1203	cúirt, chúirt, cúirteanna, gcúirt
c1204	breitheamh, bhreitheamh, breithiúna, mbreitheamh
c1205	dlíodóir, dhlíodóir, ndlíodóir
c1206	ionchúisitheoir, n-ionchúisitheoir
c1207	triail, thriail, trialacha, dtriail
c1208	pianbhreith, phianbhreith, bpianbhreith
c1209	príosúnach, phríosúnach, bpríosúnach
c1210	príosúnach polaitiúil
c1211	gabh, ghabh, gabhadh
c1212	gabháil, ghabháil, ngabháil
c1213	coinneáil, choinneáil, gcoinneáil
c1214	coinnigh, choinnigh, coinneáil
c1215	scaoil, scaoileadh, shaor
c1216	scaoileadh, saoradh
c1217	céasadh, chéasadh, gcéasadh
c1218	cáin, cháin, cáineann
c1219	impigh, tathantaigh, gríosaigh
c1220	iarr ar, iarrann, impíonn
c1221	éiligh, d'éiligh, éileamh
c1222	fáiltigh roimh, fáiltíonn, fáilte
c1223	is oth le, oth, aiféala
c1224	meabhraigh, mheabhraigh
c1225	iriseoir, t-iriseoir, n-iriseoir
c1226	meáin, na meáin, mheáin
c1227	preas, phreas, bpreas
c1228	agóid, agóidí, n-agóid
c1229	agóideoir, t-agóideoir, n-agóideoir
c1230	léirsiú, léirsithe
c1231	saoirse, shaoirse
c1232	saoirse cainte, saoirse tuairimíochta
c1233	saoirse tionóil
c1234	daonlathas, dhaonlathas, ndaonlathas
c1235	daonlathach, dhaonlathach
c1236	ballstát, ballstáit, bhallstát, mballstát
c1237	coimisiún, choimisiún, gcoimisiún
c1238	coimisinéir, choimisinéir, gcoimisinéir
c1239	comhairle, chomhairle, gcomhairle
c1240	aontas, t-aontas, n-aontas
c1241	aontas eorpach, an t-aontas eorpach
c1242	saoránach, shaoránach
c1243	saoránacht, shaoránacht
c1244	foréigean, fhoréigean, bhforéigean
c1245	foréigneach, fhoréigneach
c1246	póilíní, gardaí, phóilíní, bpóilíní
c1247	póilín, garda, phóilín, bpóilín
c1248	arm, t-arm, airm, n-arm
c1249	míleata, mhíleata
c1250	saighdiúir, shaighdiúir
c1251	cogadh, chogadh, cogaí, gcogadh
c1252	síocháin, tsíocháin, síochána, shíocháin
c1253	coimhlint, choimhlint, gcoimhlint
c1254	arm, airm, gléas troda, n-arm
c1255	smachtbhanna, smachtbhannaí
c1256	freasúra, fhreasúra, bhfreasúra
c1257	réimeas, córas
c1258	údarás, t-údarás, údaráis, n-údarás
c1259	stát, stáit, státa
c1260	tír, thír, tíortha, tíre, dtír
c1261	náisiún, náisiúin
c1262	poblacht, phoblacht, bpoblacht
c1263	ríocht, ríochta
c1264	rí, ríthe
c1265	banríon, bhanríon, mbanríon
c1266	impire, t-impire, n-impire
c1267	impireacht, n-impireacht
c1268	bunreacht, bhunreacht, mbunreacht
c1269	bunreachtúil, bhunreachtúil
c1270	conradh, chonradh, conarthaí, gconradh
c1271	comhaontú, chomhaontú, socrú, gcomhaontú
c1272	idirbheartaíocht, caibidlíocht, n-idirbheartaíocht
c1273	idirbheartaigh, déan idirbheartaíocht
c1274	coir, choir, coireanna, gcoir
c1275	coiriúil, choiriúil
c1276	íospartach, t-íospartach, n-íospartach
c1277	dúnmharú, dhúnmharú, ndúnmharú
c1278	sceimhlitheoireacht
c1279	sceimhlitheoir
c1280	ionsaí, t-ionsaí, ionsaithe, n-ionsaí
c1281	slándáil, shlándáil
c1282	sábháilteacht, shábháilteacht
c1283	cosaint, chosaint, gcosaint
c1284	dídeanaí, dídeanaithe, dhídeanaí, ndídeanaí
c1285	imirceach, imircigh, n-imirceach
c1286	imirce, n-imirce
c1287	tearmann, tearmainn, thearmann, dtearmann
c1288	mionlach, mhionlach
c1289	idirdhealú, t-idirdhealú, n-idirdhealú
c1290	comhionannas, chomhionannas, gcomhionannas
c1291	inscne, n-inscne
c1292	smacht reachta, riail dlí
c1293	ceartas, cheartas, gceartas
c1294	breithiúnach, breithiúnais, bhreithiúnach
c1295	neamhspleáchas
c1296	neamhspleách
c1297	ceannasacht, flaitheas, cheannasacht, gceannasacht
c1298	críoch, críocha, chríoch, gcríoch
c1299	forghabháil, fhorghabháil, bhforghabháil
c1300	ionradh, t-ionradh, n-ionradh
c1301	sos comhraic, scor lámhaigh
c1302	daonnúil, dhaonnúil
c1303	cabhair, cúnamh, chabhair, gcabhair
c1304	comhar, comhoibriú, chomhar, gcomhar
c1305	idirphlé, t-idirphlé, n-idirphlé
c1306	caidreamh, gaol, chaidreamh, gcaidreamh
c1307	taidhleoireachta, taidhleoireach, thaidhleoireachta
c1308	ambasadóir, t-ambasadóir, n-ambasadóir
c1309	ambasáid, n-ambasáid
c1310	toscaireacht, thoscaireacht, dtoscaireacht
c1311	ionadaí, t-ionadaí, ionadaithe, n-ionadaí
c1312	oifigeach, t-oifigeach, oifigigh, n-oifigeach
c1313	riarachán, riaracháin
c1314	institiúid, n-institiúid
c1315	gníomhaireacht, ghníomhaireacht, ngníomhaireacht
c1316	cumhacht, chumhacht, gcumhacht
c1317	beartas, bheartas, polasaí, mbeartas
c1318	polaitíocht, pholaitíocht, bpolaitíocht
c1319	polaitiúil, pholaitiúil
c1320	polaiteoir, pholaiteoir, bpolaiteoir
c1321	athchóiriú, t-athchóiriú, n-athchóiriú
c1322	reachtaíocht
c1323	treoir, threoir, treoracha, dtreoir
c1324	rialachán, rialacháin
c1325	togra, moladh, thogra, dtogra
c1326	leasú, leasuithe
c1327	tuarascáil, thuarascáil, dtuarascáil
c1328	díospóireacht, dhíospóireacht, ndíospóireacht
c1329	seisiún, suí, sheisiún
c1330	coiste, choiste, coistí, gcoiste
c1331	cathaoirleach, chathaoirleach, gcathaoirleach
c1332	uachtaránacht, n-uachtaránacht
c1333	sainordú, shainordú
c1334	glac, ghlac, glacadh
c1335	ceadaigh, cheadaigh, faomh
c1336	staon, staonadh
c1337	comhrialtas, chomhrialtas, gcomhrialtas
c1338	ceannaire, cheannaire, gceannaire
c1339	éilliú, t-éilliú, caimiléireacht, n-éilliú
c1340	calaois, chalaois, gcalaois
c1341	trédhearcacht, thrédhearcacht, dtrédhearcacht
c1342	imscrúdú, t-imscrúdú, n-imscrúdú
c1343	imscrúdaigh, fiosraigh
c1344	fianaise, fhianaise, bhfianaise
c1345	finné, fhinné, finnéithe, bhfinné
c1346	cúiseamh, chúiseamh, gcúiseamh
c1347	cúisigh, chúisigh, cuir i leith
c1348	ciontach, chiontach
c1349	neamhchiontach
c1350	ciontaigh, chiontaigh
c1351	achomharc, t-achomharc, n-achomharc
c1352	pionós, phionós, bpionós
c1353	pionós an bháis, pionós báis
c1354	bású, bhású, mbású
c1355	fíneáil, fhíneáil, bhfíneáil
c1356	pionós, phionós, bpionós
c1357	pionósaigh, gearr pionós
c1358	gníomhaí, gníomhaithe, ghníomhaí, ngníomhaí
c1359	cosantóir chearta an duine, cosantóir
c1360	easaontóir, n-easaontóir
c1361	giall, ghiall, gialla, ngiall
c1362	fuadaigh, fhuadaigh
c1363	imeacht gan tásc, fuadach
c1364	ciapadh, chiapadh, gciapadh
c1365	imeaglú, t-imeaglú, n-imeaglú
c1366	géarleanúint, ghéarleanúint, ngéarleanúint
c1367	cos ar bolg, faoi chois
c1368	cniogbhrú, faoi chois, chniogbhrú, gcniogbhrú
c1369	cinsireacht, chinsireacht, gcinsireacht
c1370	mí-úsáid, drochíde, mhí-úsáid
c1371	éigniú, t-éigniú, n-éigniú
c1372	cinedhíothú, chinedhíothú, gcinedhíothú
c1373	coir chogaidh
c1374	gáinneáil, gháinneáil, ngáinneáil
c1375	sclábhaíocht
c1376	náisiúin aontaithe, na náisiúin aontaithe
c1377	nato
c1378	parlaimint na heorpa
c1379	coimisiún eorpach
c1380	cruinniú mullaigh
c1381	ciste, chiste, gciste
c1382	maoiniú, mhaoiniú
c1383	clár, chlár, cláir, gclár
c1384	straitéis, straitéisí
c1385	cuspóir, chuspóir, gcuspóir
c1386	beart, bearta, bheart, mbeart
c1387	gníomh, gníomhaíocht, ghníomh, ngníomh
c1388	creat, chreat, gcreat
c1389	cur chun feidhme
c1390	cuir chun feidhme, cur i bhfeidhm
c1391	cinntigh, chinntigh, cinntíonn
c1392	leag béim, béim
c1393	tabhair faoi deara, tugann dá aire
c1394	athdhearbhaigh, athráigh
c1395	cuir in iúl, léirigh
c1396	imní, n-imní
c1397	cáin, is oth le
c1398	cáin, séan, cháin
c1399	seas ar, áitigh
c1400	spreag, spreagann
c1401	iarr, tabhair cuireadh
c1402	aibhsigh, cuir béim
c1403	admhaigh, aithin
c1404	aithin, d'aithin, aitheantas
c1405	breithnigh, bhreithnigh, breithníonn, smaoinigh
c1406	láithreach, gan mhoill
c1407	go láidir
c1408	go mór, go domhain
c1409	gan choinníoll
c1410	ballóid, vóta, bhallóid, mballóid
c1411	cóir, chóir, cothrom
c1412	breathnóir, bhreathnóir, mbreathnóir
c1413	margadh inmheánach
c1414	iomaíocht, comórtas, n-iomaíocht
c1415	talmhaíocht, thalmhaíocht, dtalmhaíocht
c1416	iascach, t-iascach, n-iascach
c1417	athrú aeráide
c1418	astaíocht, astaíochtaí, n-astaíocht
c1419	inbhuanaithe
c1420	forbairt, fhorbairt, bhforbairt
c1421	nuálaíocht
c1422	digiteach, dhigiteach
c1423	sonraí, shonraí
c1424	príobháideachas, phríobháideachas, bpríobháideachas
c1425	cosaint, chosaint, gcosaint
c1426	iompar, t-iompar, n-iompar
c1427	bonneagar, bhonneagar, mbonneagar
c1428	réigiúnach
c1429	dlúthpháirtíocht, dhlúthpháirtíocht, ndlúthpháirtíocht
c1430	méadú, fairsingiú
c1431	aontachas, n-aontachas
c1432	custaim, chustaim, gcustaim
c1433	airgeadra, airgeadraí, n-airgeadra
c1434	boilsciú, bhoilsciú, mboilsciú
c1435	ús, t-ús, n-ús
c1436	suim, spéis, leas, shuim
c1437	easnamh, t-easnamh, n-easnamh
c1438	sochaí, tsochaí, shochaí
c1439	pobal, phobal, pobail, bpobal
c1440	eagraíocht, n-eagraíocht
c1441	cumann, chumann, gcumann
c1442	daonra, dhaonra, ndaonra
c1443	tuairim an phobail
c1444	freagracht, fhreagracht, bhfreagracht
c1445	freagrach, fhreagrach
c1446	oibleagáid, dualgas, n-oibleagáid
c1447	prionsabal, phrionsabal, bprionsabal
c1448	luach, luachanna
c1449	dínit, dhínit, ndínit
c1450	meas, mheas
c1451	urramaigh, cloígh le, meas
c1452	forfheidhmiú an dlí
c1453	nós imeachta, gnáthamh
c1454	próiseas, phróiseas, bpróiseas
c1455	ceist, cheist, saincheist, gceist
c1456	ábhar, t-ábhar, cúrsa, n-ábhar
c1457	córas, chóras, gcóras
c1458	ordú, t-ordú, n-ordú
c1459	riail, rialacha
c1460	éifeacht, tionchar, n-éifeacht
c1461	tionchar, thionchar, dtionchar
c1462	coinníoll, choinníoll, staid, gcoinníoll
c1463	rochtain
c1464	acmhainn, n-acmhainn
c1465	namhaid, naimhde
c1466	laoch, laochra
c1467	garda, gharda, ngarda
c1468	sagart, shagart
c1469	traidisiún, thraidisiún, dtraidisiún
c1470	féile, fhéile, bhféile
c1471	searmanas, searmanais, shearmanas
c1472	óráid, n-óráid
c1473	tuairim, thuairim, dtuairim
c1474	ráiteas, ráitis
c1475	dearbhú, fógra, dhearbhú, ndearbhú
c1476	aird, n-aird
c1477	fírinne, fhírinne, bhfírinne
c1478	rún, rúin
c1479	bagairt, bhagairt, mbagairt
c1480	bua, bhua, mbua
c1481	briseadh, bhriseadh, cliseadh, mbriseadh
c1482	cath, chath, gcath
c1483	réabhlóid
c1484	bratach, bhratach, mbratach
c1485	bothán, bhothán, mbothán
c1486	maidhm shneachta
c1487	comhghuaillí, chomhghuaillí, gcomhghuaillí
c1488	trúpaí, trúpa, thrúpaí, dtrúpaí
c1489	stailc, stailceanna
c1490	pinsean, phinsean, bpinsean
c1491	tithíocht, thithíocht, dtithíocht
c1492	ádh, t-ádh, n-ádh
c1493	sealgaire, shealgaire
c1494	airde, n-airde
c1495	fad, fhad
c1496	meáchan, mheáchan
c1497	luas, luais
c1498	oidhreacht, n-oidhreacht
c1499	gunna, ghunna, ngunna
c1500	buama, bhuama, mbuama
`;
