// Concordia's core vocabulary in Swedish: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	ena
c0002	två
c0003	tre
c0004	fyra
c0005	fem
c0006	sex
c0007	sju
c0008	åtta
c0009	nio
c0010	tio
c0011	elva
c0012	tolv
c0013	tretton
c0014	fjorton
c0015	femton
c0016	sexton
c0017	sjutton
c0018	arton
c0019	nitton
c0020	tjugo
c0021	trettio
c0022	fyrtio
c0023	femtio
c0024	sextio
c0025	sjuttio
c0026	åttio
c0027	nittio
c0028	hundra
c0029	tusen
c0030	miljon, miljoner
c0031	miljard, miljarder
c0032	första
c0033	
c0034	tredje
c0035	fjärde
c0036	femte
c0037	sjätte
c0038	sjunde
c0039	åttonde
c0040	nionde
c0041	tionde
c0042	hälft, halva, halv
c0043	kvart, fjärdedel, kvartal
c0044	dussin
c0045	dubbel, dubbla, dubbelt
c0046	sista, senaste
c0047	nästa, följande
c0048	januari
c0049	februari
c0050	mars
c0051	april
c0052	maj
c0053	juni
c0054	juli
c0055	augusti
c0056	september
c0057	oktober
c0058	november
c0059	december
c0060	måndag
c0061	tisdag
c0062	onsdag
c0063	torsdag
c0064	fredag
c0065	lördag
c0066	söndag
c0067	våren, vårar
c0068	sommar, sommaren, somrar
c0069	höst, hösten
c0070	vinter, vintern, vintrar
c0071	årstid, säsong
c0072	dag, dagar
c0073	vecka, veckor
c0074	månad, månader
c0075	år, året, åren
c0076	timme, timmar
c0077	minut, minuter
c0078	sekund, sekunder
c0079	morgon, morgonen, förmiddag
c0080	eftermiddag
c0081	kväll, kvällen, afton
c0082	natt, natten, nätter
c0083	middagstid, mitt på dagen, tolvslaget
c0084	midnatt
c0085	idag, i dag
c0086	igår, i går
c0087	imorgon, i morgon
c0088	ikväll, i kväll, inatt
c0089	århundrade, sekel
c0090	decennium, årtionde
c0091	tid, tiden
c0092	ögonblick, stund
c0093	period, tidsperiod
c0094	datum
c0095	helg, helgen, veckoslut
c0096	kalender
c0097	klocka, ur
c0098	ålder, åldern
c0099	förflutna, det förflutna
c0100	framtid, framtiden
c0101	nutid, nuet
c0102	nu
c0103	snart
c0104	senare, sedan
c0105	tidig, tidigt, tidiga
c0106	sen, sent, sena
c0107	redan
c0108	igen, åter
c0109	alltid
c0110	aldrig
c0111	ofta
c0112	ibland
c0113	sedan
c0114	nyligen, nyss
c0115	daglig, dagligen, dagliga
c0116	årlig, årliga, årligen
c0117	gryning
c0118	solnedgång
c0119	soluppgång
c0120	epok, tidevarv
c0121	början, start
c0122	slut, slutet
c0123	födelsedag
c0124	semester, ledighet, helgdag
c0125	jul, julen
c0126	påsk, påsken
c0127	årsdag, jubileum
c0128	färg
c0129	röd, rött, röda
c0130	blå, blått
c0131	grön, grönt, gröna
c0132	gul, gult, gula
c0133	svart, svarta
c0134	vit, vitt, vita
c0135	grå, grått
c0136	brun, brunt, bruna
c0137	orange
c0138	rosa
c0139	lila
c0140	gyllene, guld
c0141	mörk, mörkt, mörka
c0142	ljus, ljust, ljusa, klar
c0143	blek, blekt, bleka
c0144	norr, nord
c0145	söder, syd
c0146	öster, öst
c0147	väster, väst
c0148	nordlig, norra
c0149	sydlig, södra
c0150	östlig, östra
c0151	västlig, västra
c0152	vänster, vänstra
c0153	höger, högra
c0154	topp, toppen, överdel
c0155	botten, underdel
c0156	sida, sidan
c0157	mitten
c0158	centrum
c0159	framsida, front
c0160	baksida
c0161	kant, rand
c0162	familj
c0163	mor, mamma, mödrar
c0164	far, pappa, fadern
c0165	förälder, föräldrar
c0166	barn, barnen
c0167	son, sonen, söner
c0168	dotter, döttrar
c0169	bror, brodern, bröder
c0170	syster, systrar
c0171	make, maken
c0172	hustru, fru
c0173	farfar, morfar
c0174	farmor, mormor
c0175	barnbarn
c0176	farbror, morbror
c0177	faster, moster
c0178	kusin
c0179	bebis, spädbarn
c0180	pojke, pojkar
c0181	flicka, flickor, tjej
c0182	mannen, män
c0183	kvinna, kvinnor
c0184	person, människa
c0185	folk, människor, personer
c0186	vän, väninna, vänner
c0187	granne, grannar
c0188	gäst
c0189	bröllop
c0190	äktenskap
c0191	gifta, gifte, gift
c0192	skilsmässa
c0193	födelse
c0194	född, födda
c0195	dö, dör, dog, dött
c0196	död, döden
c0197	död, döda, dött
c0198	liv, livet
c0199	leva, lever, levde, bo, bor
c0200	levande, vid liv
c0201	ung, unga, yngre
c0202	gammal, gamla, äldre
c0203	ungdom
c0204	vuxen, vuxna
c0205	generation
c0206	släkting, anhörig
c0207	par, paret
c0208	tvilling
c0209	änka
c0210	föräldralös
c0211	förfader, förfäder, anfader
c0212	kropp, kroppen
c0213	huvud, huvudet
c0214	ansikte
c0215	öga, ögon
c0216	öra, öron
c0217	näsa
c0218	mun, munnen
c0219	tand, tänder
c0220	tunga
c0221	läpp
c0222	hår, håret
c0223	hals, nacke
c0224	axel, axlar
c0225	arm
c0226	hand, händer
c0227	finger, fingrar
c0228	ben, benet
c0229	knä
c0230	fot, fötter
c0231	rygg, ryggen
c0232	bröst, bröstet
c0233	hjärta
c0234	blod
c0235	ben, skelett
c0236	hud, huden
c0237	mage, magen
c0238	hjärna
c0239	andning, andetag
c0240	andas
c0241	röst
c0242	lunga
c0243	muskel, muskler
c0244	sår
c0245	skada
c0246	skada, skadade
c0247	smärta, värk
c0248	blind, blinda
c0249	döv, döva
c0250	skägg
c0251	tår, tårar
c0252	vinge, vingar
c0253	svans
c0254	väder, vädret
c0255	regn
c0256	snö
c0257	is
c0258	vind, blåst
c0259	storm
c0260	moln
c0261	dimma
c0262	sol, solen
c0263	himmel, himlen
c0264	het, hett, varm
c0265	kall, kallt, kalla
c0266	varm, varmt, varma
c0267	sval, svalt, kylig
c0268	torr, torrt, torra
c0269	våt, blöt, vått
c0270	temperatur
c0271	grad, grader
c0272	klimat
c0273	frost
c0274	åska
c0275	blixt
c0276	översvämning
c0277	torka
c0278	värme, hetta
c0279	luft
c0280	skugga
c0281	frysa, frös, frusit, fryst, frusen
c0282	smälta, smälte
c0283	blåsa, blåste
c0284	skina, sken, skinit, lysa
c0285	natur, naturen
c0286	jord, jorden
c0287	mark, marken
c0288	land, mark
c0289	jord, mark
c0290	sand
c0291	sten
c0292	klippa, berg, sten
c0293	berg, fjäll
c0294	kulle, backe
c0295	dal, dalen
c0296	flod, älv, å
c0297	bäck, å
c0298	sjö, sjön
c0299	hav, havet
c0300	ocean, hav
c0301	kust
c0302	strand, stränder
c0303	strand, stränder
c0304	ö, ön, öar
c0305	vik, bukt
c0306	klippa, stup
c0307	grotta
c0308	glaciär
c0309	topp, toppen
c0310	topp, tinne
c0311	ås, kam
c0312	sluttning, backe
c0313	pass, bergspass
c0314	slätt
c0315	åker, fält
c0316	äng
c0317	skog, skogen
c0318	trä, virke, ved
c0319	träd, trädet
c0320	gren, grenar
c0321	löv, blad
c0322	rot, rötter
c0323	blomma, blommor
c0324	gräs
c0325	växt, planta
c0326	frö
c0327	frukt
c0328	buske, buskar
c0329	öken
c0330	träsk, myr, kärr
c0331	vattenfall
c0332	källa
c0333	våg, vågor
c0334	strand
c0335	landskap
c0336	utsikt
c0337	horisont
c0338	stjärna
c0339	måne, månen
c0340	planet
c0341	värld, världen
c0342	rymd, rymden
c0343	eld, brand
c0344	flamma, låga
c0345	vatten, vattnet
c0346	rök
c0347	damm
c0348	lera, gyttja
c0349	guld
c0350	silver
c0351	järn
c0352	metall
c0353	kol
c0354	olja
c0355	gas
c0356	salt
c0357	vulkan
c0358	jordbävning
c0359	djur
c0360	fågel, fåglar
c0361	fisk
c0362	hund
c0363	katt
c0364	häst
c0365	ko, kor
c0366	fåret, fåren
c0367	get
c0368	gris, svin
c0369	höna, höns, kyckling
c0370	björn
c0371	varg
c0372	räv
c0373	hjort, rådjur
c0374	kanin
c0375	mus, möss
c0376	råtta
c0377	orm
c0378	insekt
c0379	bi
c0380	fluga
c0381	fjäril
c0382	örn
c0383	valfisk
c0384	lejon
c0385	elefant
c0386	boskap, nötkreatur
c0387	bo, fågelbo, boet
c0388	ägg
c0389	fjäder, fjädrar
c0390	jaga, jagar
c0391	gård, bondgård
c0392	bonde, bönder, lantbrukare
c0393	skörd
c0394	gröda, grödor
c0395	vete
c0396	miljö
c0397	förorening, föroreningar
c0398	art, arter
c0399	biologisk mångfald, mångfald
c0400	nationalpark
c0401	vild, vilda
c0402	naturlig, naturliga
c0403	europa
c0404	europeisk, europeiska
c0405	afrika
c0406	afrikansk, afrikanska
c0407	asien
c0408	asiatisk, asiatiska
c0409	amerika
c0410	amerikansk, amerikanska
c0411	usa, förenta staterna
c0412	ryssland
c0413	rysk, ryska
c0414	ukraina
c0415	ukrainsk, ukrainska
c0416	belarus, vitryssland
c0417	kina
c0418	kinesisk, kinesiska
c0419	storbritannien, förenade kungariket
c0420	brittisk, brittiska
c0421	england
c0422	engelska
c0423	turkiet
c0424	turkisk, turkiska
c0425	japan
c0426	indien
c0427	israel
c0428	iran
c0429	syrien
c0430	schweiz
c0431	norge
c0432	tyskland
c0433	tysk, tyska
c0434	frankrike
c0435	fransk, franska
c0436	italien
c0437	italiensk, italienska
c0438	spanien
c0439	spansk, spanska
c0440	portugal
c0441	portugisisk, portugisiska
c0442	nederländerna
c0443	nederländsk, nederländska
c0444	belgien
c0445	belgisk, belgiska
c0446	luxemburg
c0447	österrike
c0448	österrikisk, österrikiska
c0449	polen
c0450	polsk, polska
c0451	tjeckien
c0452	tjeckisk, tjeckiska
c0453	slovakien
c0454	slovakisk, slovakiska
c0455	ungern
c0456	ungersk, ungerska
c0457	slovenien
c0458	kroatien
c0459	rumänien
c0460	rumänsk, rumänska
c0461	bulgarien
c0462	bulgarisk, bulgariska
c0463	grekland
c0464	grekisk, grekiska
c0465	cypern
c0466	malta
c0467	irland
c0468	irländsk, irländska, irisk
c0469	danmark
c0470	dansk, danska
c0471	sverige
c0472	svensk, svenska
c0473	finland
c0474	finsk, finska
c0475	estland
c0476	lettland
c0477	litauen
c0478	alperna
c0479	medelhavet, medelhavs
c0480	atlantisk, atlanten
c0481	baltisk, baltiska, östersjön
c0482	bryssel
c0483	strasbourg
c0484	resa, reser, reste
c0485	resa, resan, resor
c0486	utflykt, tur
c0487	turist
c0488	turism
c0489	hotell
c0490	rum, rummet
c0491	pass
c0492	biljett
c0493	tåg
c0494	järnväg
c0495	station
c0496	buss, bussar
c0497	bil
c0498	fordon
c0499	cykel, cyklar
c0500	båt
c0501	fartyg, skepp
c0502	flygplan, plan
c0503	flygplats
c0504	flyg, flygning
c0505	hamn, hamnstad
c0506	hamn, hamnen
c0507	väg, vägen
c0508	gata, gatan
c0509	stig, stigen
c0510	bro, bron, brygga
c0511	tunnel
c0512	karta
c0513	guide, vägvisare
c0514	rundtur, tur
c0515	besöka, besökte
c0516	besökare
c0517	anlända, komma fram, anlände
c0518	lämna, lämnade, åka
c0519	avresa, avgå, åka
c0520	återvända, återkomma, återvände
c0521	köra, kör, körde
c0522	rida, red, ridit, cykla
c0523	gå, går, gick, gått, promenera
c0524	klättra, bestiga
c0525	simma, simmade, simmat
c0526	segla, seglade
c0527	korsa, passera
c0528	nå, når, nådde, nått
c0529	rutt, väg, sträcka
c0530	gräns, gränsen
c0531	avstånd, distans
c0532	kilometer
c0533	meter
c0534	mil, engelsk mil
c0535	utomlands
c0536	utländsk, utländska, främmande
c0537	trafik
c0538	olycka, olyckor
c0539	passagerare
c0540	förare, chaufför
c0541	läger
c0542	tält
c0543	stanna, stannade, bo
c0544	vänta, väntade
c0545	by, byn
c0546	stad, staden, städer
c0547	stad, storstad, städer
c0548	huvudstad
c0549	torg, torget
c0550	marknad
c0551	butik, affär
c0552	kyrka
c0553	katedral, domkyrka
c0554	slott, borg
c0555	palats
c0556	torn, tornet
c0557	museum, museet
c0558	monument, minnesmärke
c0559	park
c0560	trädgård
c0561	vägg, mur
c0562	grind, port
c0563	dörr
c0564	fönster
c0565	våning, våningen
c0566	tak, taket
c0567	trappa
c0568	kök
c0569	säng
c0570	bord
c0571	stol
c0572	hus, huset
c0573	hem, hemma
c0574	byggnad
c0575	lägenhet
c0576	adress
c0577	distrikt, stadsdel
c0578	region
c0579	område
c0580	landsbygd, landet
c0581	sjukhus
c0582	skola
c0583	universitet
c0584	bibliotek
c0585	restaurang
c0586	kontor
c0587	fabrik
c0588	fängelse
c0589	teater
c0590	bio, biograf
c0591	nyckel, nycklar
c0592	lampa
c0593	ljus, ljuset
c0594	låda, ask
c0595	väska, påse
c0596	flaska
c0597	glas
c0598	kopp
c0599	tallrik
c0600	kniv
c0601	bok, böcker
c0602	brev
c0603	papper
c0604	penna
c0605	bild
c0606	fotografi, foto
c0607	kamera
c0608	telefon
c0609	dator
c0610	internet
c0611	tv, television
c0612	radio
c0613	tidning
c0614	kläder
c0615	skjorta
c0616	klänning
c0617	sko, skor
c0618	rock, kappa
c0619	hatt
c0620	pengar
c0621	pris
c0622	kostnad
c0623	betala, betalade, betalat
c0624	köpa, köper, köpte, köpt
c0625	sälja, säljer, sålde, sålt
c0626	billig, billigt, billiga
c0627	dyr, dyrt, dyra
c0628	euro
c0629	mat, föda
c0630	bröd
c0631	kött
c0632	mjölk
c0633	ost
c0634	smör
c0635	vin
c0636	öl
c0637	kaffe
c0638	te
c0639	socker
c0640	äpple
c0641	grönsak
c0642	potatis
c0643	ris
c0644	soppa
c0645	kaka, tårta
c0646	frukost
c0647	lunch
c0648	middag
c0649	måltid
c0650	äta, äter, åt, ätit
c0651	dricka, dricker, drack, druckit
c0652	laga, koka, lagade
c0653	smak
c0654	hungrig
c0655	hunger, svält
c0656	söt, sött, söta
c0657	färsk, färskt, färska
c0658	honung
c0659	druva, vindruva
c0660	mjöl
c0661	majs, säd
c0662	törst
c0663	arbete
c0664	arbeta, jobba
c0665	jobb, anställning
c0666	arbetare
c0667	anställd, anställda
c0668	arbetsgivare
c0669	företag, bolag
c0670	verksamhet, affärer, företag
c0671	industri
c0672	handel
c0673	ekonomi
c0674	ekonomisk, ekonomiska
c0675	lön, löner
c0676	lön, löner
c0677	inkomst
c0678	skatt
c0679	budget
c0680	vinst
c0681	förlust
c0682	arbetslöshet
c0683	sysselsättning
c0684	karriär
c0685	yrke
c0686	chef
c0687	kollega
c0688	team
c0689	möte, sammanträde
c0690	projekt
c0691	uppgift
c0692	avtal, kontrakt
c0693	färdighet, skicklighet
c0694	erfarenhet
c0695	utbildning
c0696	produktion, tillverkning
c0697	produkt, produkter
c0698	tjänst
c0699	kunden, kunder
c0700	konsument
c0701	tillväxt
c0702	investering
c0703	bank
c0704	finans, finanser
c0705	finansiell, finansiella
c0706	skuld, skulder
c0707	kris
c0708	fattigdom
c0709	fattig, fattigt, fattiga
c0710	rik, rikt, rika
c0711	rikedom, förmögenhet
c0712	egendom
c0713	ägare
c0714	äga, äger, ägde
c0715	bygga, byggde, byggt
c0716	producera, tillverka
c0717	försörjning, leverans, tillgång
c0718	energi
c0719	elektricitet, el
c0720	teknik, teknologi
c0721	maskin
c0722	verktyg
c0723	ingenjör
c0724	läkare, doktor
c0725	sjuksköterska
c0726	lärare
c0727	student
c0728	elev
c0729	lektion
c0730	klass
c0731	prov, examen
c0732	studera, studerade
c0733	lära, lär, lärde
c0734	undervisa, lära
c0735	utbildning, undervisning
c0736	kunskap, kunskaper
c0737	veta, vet, visste, vetat, känna
c0738	vetenskap
c0739	vetenskaplig, vetenskapliga
c0740	forskning
c0741	forskare
c0742	läsa, läser, läste, läst
c0743	skriva, skriver, skrev, skrivit
c0744	ord
c0745	språk
c0746	mening
c0747	fråga
c0748	svar
c0749	sida
c0750	berättelse, historia
c0751	historia
c0752	historisk, historiska
c0753	konst
c0754	konstnär
c0755	musik
c0756	sång
c0757	sjunga, sjunger, sjöng, sjungit
c0758	dansa, dansade
c0759	film
c0760	spel, lek
c0761	spela, leka
c0762	sport, idrott
c0763	vinna, vinner, vann, vunnit
c0764	förlora, förlorade, tappa
c0765	fotboll
c0766	spelare
c0767	kultur
c0768	kulturell, kulturella
c0769	författare
c0770	författare
c0771	dikt
c0772	poet, diktare
c0773	roman
c0774	hälsa
c0775	frisk, friskt, friska, sund
c0776	sjuk, sjukt, sjuka
c0777	sjukdom
c0778	sjukdom
c0779	virus
c0780	pandemi
c0781	patient
c0782	medicin, läkemedel
c0783	drog, narkotika
c0784	behandling
c0785	vård, omsorg
c0786	skada, göra ont
c0787	trött, trötta
c0788	sova, sover, sov, sovit
c0789	vakna, väcka, vaknade
c0790	vila
c0791	cancer
c0792	vaccin
c0793	mental, psykisk, psykiska
c0794	känna, känner, kände
c0795	känsla
c0796	kärlek
c0797	älska, älskar
c0798	hata, hatar
c0799	rädsla, fruktan
c0800	rädd, rädda
c0801	glad, lycklig
c0802	lycka
c0803	ledsen, sorgsen
c0804	sorg, ledsnad
c0805	arg, ilsken
c0806	ilska, vrede
c0807	glädje
c0808	hopp
c0809	hoppas, hoppades
c0810	oroa, oroar, orolig
c0811	överraskning
c0812	skam
c0813	stolthet
c0814	stolt, stolta
c0815	ensam, ensamma
c0816	lugn, lugnt, lugna
c0817	le, ler, log
c0818	skratta, skrattade
c0819	gråta, gråter, grät
c0820	kyss, puss
c0821	dröm, drömmar
c0822	önskan, önskemål
c0823	vilja, vill, ville
c0824	gilla, tycka om
c0825	njuta, njöt
c0826	föredra, föredrar
c0827	sakna, saknar
c0828	lida, lider, led
c0829	nöje, njutning
c0830	mod
c0831	modig, modiga
c0832	förtroende, tillit
c0833	tvivel
c0834	tro, tror, trodde
c0835	tro, tron
c0836	gud, gudar
c0837	religion
c0838	religiös, religiösa
c0839	själ
c0840	ande, anda
c0841	sinne, förstånd
c0842	tanke, tankar
c0843	tänka, tänker, tänkte, tycka
c0844	idé
c0845	minnas, komma ihåg, mindes
c0846	glömma, glömmer, glömde, glömt
c0847	förstå, förstår, förstod, förstått
c0848	betyda, betyder, betydde, mena
c0849	betydelse, mening
c0850	anledning, skäl, orsak
c0851	minne, minnen
c0852	föreställa, tänka
c0853	besluta, bestämma, beslutade
c0854	beslut
c0855	välja, väljer, valde, valt
c0856	val
c0857	plan
c0858	försöka, försöker, försökte
c0859	behöva, behöver, behövde
c0860	behov
c0861	säga, säger, sa, sade, sagt
c0862	berätta, berättade
c0863	tala, talar, prata
c0864	prata, pratar, samtala
c0865	fråga, frågade
c0866	ringa, kalla, ropa
c0867	skrika, skrek, ropa
c0868	höra, hör, hörde
c0869	lyssna, lyssnar
c0870	se, ser, såg, sett
c0871	titta, tittar, se
c0872	titta på, betrakta, se på
c0873	visa, visade
c0874	hitta, finna, fann, funnit
c0875	ge, ger, gav, gett, givit
c0876	ta, tar, tog, tagit
c0877	ta med, komma med, föra, bringa
c0878	bära, bär, bar, burit
c0879	hålla, håller, höll, hållit
c0880	behålla, behöll, hålla
c0881	sätta, satte, lägga, la, lade, ställa
c0882	skicka, sända
c0883	ta emot, motta, erhålla, fick
c0884	få, får, fick, fått
c0885	göra, gör, gjorde, gjort
c0886	använda, använder
c0887	öppna, öppnar
c0888	stänga, stänger, stängde
c0889	börja, började
c0890	starta, börja
c0891	sluta, stoppa, stanna
c0892	fortsätta, fortsatte
c0893	avsluta, slutföra
c0894	ändra, förändra
c0895	förändring, ändring
c0896	växa, växer, växte, vuxit
c0897	falla, faller, föll, fallit
c0898	stiga, stiger, steg, stigit
c0899	höja, lyfta
c0900	öka, ökar, ökade
c0901	ökning
c0902	minska, sänka
c0903	komma, kommer, kom, kommit
c0904	gå, går, gick, gått, åka
c0905	gå in, stiga in, träda
c0906	springa, springer, sprang, sprungit
c0907	stå, står, stod, stått
c0908	sitta, sitter, satt, suttit
c0909	ligga, ligger, låg, legat
c0910	ljuga, ljuger, ljög, ljugit
c0911	röra, flytta, flyttar
c0912	vända, vrida, svänga
c0913	följa, följer, följde
c0914	leda, leder, ledde
c0915	träffa, möta, mötte
c0916	hjälpa, hjälper, hjälpte
c0917	hjälp
c0918	tillåta, tillät
c0919	förhindra, förebygga
c0920	skydda, skyddar
c0921	rädda, räddar
c0922	döda, dödar
c0923	slåss, kämpa, strida
c0924	bryta, bröt, brutit, krossa
c0925	skära, skär, skar, skurit
c0926	slå, slår, slog, slagit
c0927	kasta, kastade
c0928	fånga, fångade
c0929	dra, drar, drog, dragit
c0930	trycka, knuffa, skjuta
c0931	fylla, fyller, fyllde
c0932	tvätta, tvättar
c0933	ren, rent, rena
c0934	rita, ritar
c0935	måla, målar
c0936	reparera, laga
c0937	skapa, skapar
c0938	förstöra, förstör
c0939	brinna, brann, bränna
c0940	flyga, flyger, flög, flugit
c0941	gömma, dölja, dolde
c0942	söka, leta, letar
c0943	hända, hände, ske, skedde
c0944	verka, tyckas, verkar
c0945	dyka upp, synas, framträda
c0946	bli, blir, blev, blivit
c0947	förbli, stanna, återstå
c0948	tillhöra, höra
c0949	innehålla, innehöll
c0950	inkludera, omfatta
c0951	finnas, existera, fanns
c0952	bero, beror, berodde
c0953	orsaka, orsakar, vålla
c0954	orsak
c0955	resultat
c0956	påverka, påverkar
c0957	utveckla, utvecklar
c0958	förbättra, förbättrar
c0959	stödja, stöder, stödde
c0960	stöd
c0961	motsätta, motsätter
c0962	hålla med, enas, instämma
c0963	acceptera, godta, anta
c0964	vägra, vägrar
c0965	avvisa, förkasta
c0966	förneka, förnekar
c0967	erkänna, medge
c0968	förklara, förklarar
c0969	beskriva, beskrev
c0970	rapportera, rapporterar
c0971	tillkännage, meddela
c0972	informera, underrätta
c0973	diskutera, diskuterar
c0974	argumentera, gräla, hävda
c0975	hävda, påstå
c0976	föreslå, föreslår, föreslog
c0977	erbjuda, erbjöd
c0978	lova, lovar
c0979	varna, varnar
c0980	hota, hotar
c0981	kräva, kräver, krävde
c0982	kräva, erfordra
c0983	förvänta, vänta
c0984	förbjuda, förbjöd, förbjudit, förbjuden
c0985	tvinga, tvingar
c0986	spendera, lägga, tillbringa
c0987	tjäna, tjänar
c0988	slå, besegra, slog, slagen
c0989	förbereda, förberedde
c0990	organisera, ordna
c0991	leda, sköta, klara
c0992	kontrollera, styra
c0993	kontrollera, granska
c0994	test, prov
c0995	mäta, mäter, mätte
c0996	räkna, räknar
c0997	lägga till, tillsätta, addera
c0998	jämföra, jämför
c0999	koppla, förbinda, ansluta
c1000	ansluta, gå med
c1001	dela, delar
c1002	dela, dela upp, fördela
c1003	leverera, levererar
c1004	publicera, ge ut
c1005	underteckna, skriva under
c1006	bära, ha på sig, bar
c1007	röra, vidröra, röra vid
c1008	lukt, doft
c1009	ljud
c1010	buller, oljud
c1011	tystnad
c1012	stor, stort, stora, större, störst
c1013	stor, stort, stora
c1014	liten, litet, lilla, små, mindre
c1015	liten, lilla, små
c1016	lång, långt, långa, längre
c1017	kort, korta, kortare
c1018	hög, högt, höga, högre, högst
c1019	låg, lågt, låga, lägre
c1020	bred, brett, breda
c1021	smal, smalt, trång
c1022	djup, djupt, djupa
c1023	tung, tungt, tunga
c1024	lätt, lätta
c1025	snabb, snabbt, snabba
c1026	långsam, långsamt
c1027	ny, nytt, nya
c1028	bra, god, gott, goda, bättre, bäst
c1029	dålig, dåligt, sämre, sämst, värre
c1030	vacker, vackert, vackra, fin
c1031	ful, fult, fula
c1032	smutsig, smutsiga
c1033	full, fullt, fulla
c1034	tom, tomt, tomma
c1035	lätt, enkel
c1036	svår, svårt, svåra
c1037	hård, hårt, hårda
c1038	mjuk, mjukt, mjuka
c1039	stark, starkt, starka
c1040	svag, svagt, svaga
c1041	säker, säkert, säkra
c1042	farlig, farligt, farliga
c1043	fri, fritt, fria
c1044	viktig, viktigt, viktiga
c1045	huvud, främsta, viktigaste
c1046	nödvändig, nödvändigt
c1047	möjlig, möjligt, möjliga
c1048	omöjlig, omöjligt
c1049	sann, sant, sanna
c1050	falsk, falskt, falska
c1051	verklig, riktig, äkta
c1052	rätt, riktig, korrekt
c1053	fel, felaktig
c1054	samma
c1055	olik, olika, annorlunda
c1056	liknande, lik
c1057	hel, helt, hela
c1058	offentlig, offentliga, allmän
c1059	privat, privata
c1060	nationell, nationella
c1061	internationell, internationella
c1062	lokal, lokala
c1063	global, globala
c1064	social, sociala
c1065	allmän, allmänt, generell
c1066	särskild, speciell, särskilt
c1067	enkel, enkelt, enkla
c1068	komplex, komplicerad
c1069	klar, klart, tydlig
c1070	tyst, tysta
c1071	hög, högljudd
c1072	berömd, känd, kända
c1073	populär, populära
c1074	gemensam, vanlig, vanliga
c1075	sällsynt, ovanlig
c1076	konstig, märklig, underlig
c1077	normal, normala
c1078	klar, färdig, redo
c1079	upptagen, sysselsatt
c1080	ensam
c1081	tillsammans
c1082	säker, viss
c1083	allvarlig, allvarligt, seriös
c1084	enorm, jättestor, väldig
c1085	forntida, antik, uråldrig
c1086	modern, moderna
c1087	traditionell, traditionella
c1088	mänsklig, mänskliga
c1089	skönhet
c1090	trevlig, trevligt, snäll
c1091	stor, fantastisk, storartad
c1092	fin, fint, bra
c1093	snäll, vänlig
c1094	vänlig, vänligt, vänliga
c1095	lång, hög
c1096	rund, runt, runda
c1097	platt, plan, flat
c1098	vass, skarp
c1099	tunn, tunt, tunna
c1100	tjock, tjockt
c1101	fet, tjock
c1102	snabb, kvick
c1103	långsamt
c1104	snabbt, fort
c1105	bra
c1106	nästan
c1107	bara, endast, enbart
c1108	särskilt, speciellt, i synnerhet
c1109	slutligen, äntligen, till slut
c1110	plötsligt
c1111	förmodligen, troligen, antagligen
c1112	kanske
c1113	säkert, definitivt, visserligen
c1114	verkligen
c1115	här
c1116	där
c1117	överallt
c1118	långt, fjärran
c1119	nära
c1120	bort, borta
c1121	ute, utomhus, utanför
c1122	inne, inomhus, inuti
c1123	mellan
c1124	utan
c1125	mot, emot
c1126	under
c1127	efter
c1128	före, innan
c1129	under
c1130	över, ovanför
c1131	tvärs
c1132	genom
c1133	runt, omkring, kring
c1134	bland
c1135	trots
c1136	mot, åt
c1137	bakom
c1138	längs
c1139	var och en
c1140	ingenting, inget
c1141	allt
c1142	sak, ting
c1143	plats, ställe
c1144	sätt, väg
c1145	del, delen
c1146	antal, nummer, tal
c1147	grupp
c1148	slag, sort, typ
c1149	exempel
c1150	problem
c1151	situation, läge
c1152	faktum
c1153	fall, fallet
c1154	punkt
c1155	form
c1156	nivå
c1157	storlek
c1158	form, gestalt
c1159	linje
c1160	tecken, skylt
c1161	skillnad
c1162	chans, tur
c1163	möjlighet, tillfälle
c1164	fara
c1165	risk
c1166	betydelse, vikt
c1167	framgång
c1168	misslyckande
c1169	ansträngning, insats
c1170	roll
c1171	syfte, ändamål
c1172	kvalitet
c1173	mängd, belopp
c1174	majoritet, flertal
c1175	procent
c1176	genomsnittlig, genomsnitt
c1177	meddelande, budskap
c1178	nyheter, nyhet
c1179	information, upplysning
c1180	namn, namnet
c1181	parlament, riksdag
c1182	parlamentarisk, parlamentariska
c1183	ledamot, ledamöter, medlem
c1184	resolution
c1185	regering
c1186	minister
c1187	premiärminister, statsminister
c1188	president, ordförande
c1189	val
c1190	val
c1191	rösta, röstar
c1192	röst, omröstning
c1193	väljare
c1194	kandidat
c1195	kampanj, valkampanj
c1196	folkomröstning, referendum
c1197	parti
c1198	mänskliga rättigheter
c1199	rätt, rättighet
c1200	lag, lagen, rätt
c1201	rättslig, laglig, juridisk
c1202	olaglig, olagliga
c1203	domstol
c1204	domare
c1205	advokat, jurist
c1206	åklagare
c1207	rättegång
c1208	straff, dom
c1209	fånge, fångar
c1210	politisk fånge
c1211	gripa, grep, arrestera
c1212	gripande, arrestering
c1213	frihetsberövande, förvar, häktning
c1214	kvarhålla, frihetsberöva
c1215	frige, frigöra, släppa
c1216	frigivning, frisläppande
c1217	tortyr
c1218	fördöma, fördömer
c1219	uppmana, uppmanar
c1220	uppmana, uppmanar
c1221	kräva, efterlysa
c1222	välkomna, välkomnar
c1223	beklaga, beklagar
c1224	påminna, erinra
c1225	journalist
c1226	media, medier
c1227	press, pressen
c1228	protest
c1229	demonstrant
c1230	demonstration
c1231	frihet
c1232	yttrandefrihet
c1233	mötesfrihet
c1234	demokrati
c1235	demokratisk, demokratiska
c1236	medlemsstat, medlemsstater
c1237	kommission, kommissionen
c1238	kommissionär
c1239	råd, rådet
c1240	union
c1241	europeiska unionen, eu
c1242	medborgare
c1243	medborgarskap
c1244	våld
c1245	våldsam, våldsamma
c1246	polis
c1247	polis, polisman
c1248	armé
c1249	militär, militära
c1250	soldat
c1251	krig
c1252	fred
c1253	konflikt
c1254	vapen
c1255	sanktion
c1256	opposition
c1257	regim
c1258	myndighet, myndigheter
c1259	stat
c1260	land, länder
c1261	nation, folk
c1262	republik
c1263	kungarike, kungadöme
c1264	kung, kungen
c1265	drottning
c1266	kejsare
c1267	imperium, rike, kejsardöme
c1268	konstitution, författning, grundlag
c1269	konstitutionell, författningsenlig
c1270	fördrag, traktat
c1271	avtal, överenskommelse
c1272	förhandling
c1273	förhandla, förhandlar
c1274	brott
c1275	kriminell, brottslig
c1276	offer
c1277	mord
c1278	terrorism
c1279	terrorist
c1280	attack, angrepp, anfall
c1281	säkerhet
c1282	säkerhet, trygghet
c1283	försvar
c1284	flykting
c1285	migrant, invandrare
c1286	migration
c1287	asyl
c1288	minoritet
c1289	diskriminering
c1290	jämlikhet, jämställdhet
c1291	genus, kön
c1292	rättsstatsprincipen, rättsstat
c1293	rättvisa
c1294	rättslig, juridisk
c1295	självständighet, oberoende
c1296	oberoende, självständig
c1297	suveränitet
c1298	territorium
c1299	ockupation
c1300	invasion
c1301	vapenvila
c1302	humanitär, humanitära
c1303	bistånd, hjälp
c1304	samarbete
c1305	dialog
c1306	förbindelse, relation
c1307	diplomatisk, diplomatiska
c1308	ambassadör
c1309	ambassad
c1310	delegation
c1311	företrädare, representant
c1312	tjänsteman, tjänstemän
c1313	förvaltning, administration
c1314	institution
c1315	byrå, myndighet
c1316	makt
c1317	politik
c1318	politik
c1319	politisk, politiska
c1320	politiker
c1321	reform
c1322	lagstiftning
c1323	direktiv
c1324	förordning
c1325	förslag
c1326	ändring, ändringsförslag
c1327	betänkande, rapport
c1328	debatt
c1329	session, sammanträde
c1330	utskott, kommitté
c1331	ordförande
c1332	ordförandeskap
c1333	mandat
c1334	anta, antar, antog, antagit
c1335	godkänna, godkände
c1336	avstå, avstod
c1337	koalition
c1338	ledare
c1339	korruption
c1340	bedrägeri
c1341	öppenhet, insyn, transparens
c1342	utredning, undersökning
c1343	utreda, undersöka
c1344	bevis
c1345	vittne, vittnen
c1346	åtal, anklagelse
c1347	anklaga, anklagar
c1348	skyldig, skyldiga
c1349	oskyldig, oskyldiga
c1350	döma, fälla, dömd
c1351	överklagande
c1352	straff
c1353	dödsstraff
c1354	avrättning
c1355	böter, bötesbelopp
c1356	straff, bestraffning
c1357	straffa, straffar
c1358	aktivist
c1359	människorättsförsvarare
c1360	dissident
c1361	gisslan
c1362	kidnappa, bortföra
c1363	försvinnande
c1364	trakasserier
c1365	hot, hotelser, skrämsel
c1366	förföljelse
c1367	förtryck, repression
c1368	tillslag, hårda tag, förtryck
c1369	censur
c1370	övergrepp, missbruk
c1371	våldtäkt
c1372	folkmord
c1373	krigsbrott
c1374	människohandel, handel
c1375	slaveri
c1376	förenta nationerna, fn
c1377	nato
c1378	europaparlamentet
c1379	europeiska kommissionen, kommissionen
c1380	toppmöte
c1381	fond
c1382	finansiering
c1383	program
c1384	strategi
c1385	mål, målsättning
c1386	åtgärd
c1387	handling, åtgärd
c1388	ram
c1389	genomförande
c1390	genomföra, genomför
c1391	säkerställa, se till
c1392	betona, betonar
c1393	notera, konstatera
c1394	upprepa, upprepar
c1395	uttrycka, uttrycker
c1396	oro
c1397	beklaga, beklagar
c1398	fördöma, fördömer
c1399	insistera, framhärda
c1400	uppmuntra, uppmuntrar
c1401	bjuda in, uppmana, inbjuda
c1402	framhålla, lyfta fram, betona
c1403	erkänna, medge
c1404	erkänna, känna igen
c1405	överväga, anse, betrakta
c1406	omedelbart, genast
c1407	starkt, kraftfullt
c1408	djupt
c1409	villkorslöst
c1410	valsedel, röstsedel
c1411	rättvis, rättvisa
c1412	observatör
c1413	inre marknaden
c1414	konkurrens, tävling
c1415	jordbruk
c1416	fiske
c1417	klimatförändring, klimatförändringar
c1418	utsläpp
c1419	hållbar, hållbara
c1420	utveckling
c1421	innovation
c1422	digital, digitala
c1423	data, uppgifter
c1424	integritet, privatliv
c1425	skydd
c1426	transport
c1427	infrastruktur
c1428	regional, regionala
c1429	solidaritet
c1430	utvidgning
c1431	anslutning
c1432	tull, tullen
c1433	valuta
c1434	inflation
c1435	ränta
c1436	intresse
c1437	underskott
c1438	samhälle
c1439	gemenskap
c1440	organisation
c1441	förening, sammanslutning
c1442	befolkning
c1443	allmän opinion, opinion
c1444	ansvar
c1445	ansvarig, ansvariga
c1446	skyldighet
c1447	princip
c1448	värde
c1449	värdighet
c1450	respekt
c1451	respektera, respekterar
c1452	brottsbekämpning
c1453	förfarande
c1454	process
c1455	fråga, frågan
c1456	sak, ärende, angelägenhet
c1457	system
c1458	order, befallning
c1459	regel, regler
c1460	effekt, verkan
c1461	inverkan, påverkan
c1462	villkor, tillstånd
c1463	tillgång, tillträde
c1464	resurs
c1465	fiende
c1466	hjälte
c1467	vakt
c1468	präst
c1469	tradition
c1470	festival, fest
c1471	ceremoni
c1472	tal
c1473	åsikt
c1474	uttalande
c1475	förklaring, deklaration
c1476	uppmärksamhet
c1477	sanning
c1478	hemlighet
c1479	hot
c1480	seger
c1481	nederlag
c1482	slag, strid
c1483	revolution
c1484	flagga
c1485	stuga, hydda
c1486	lavin
c1487	allierad, allierade, bundsförvant
c1488	trupper
c1489	strejk
c1490	pension
c1491	bostäder, boende
c1492	tur, lycka
c1493	jägare
c1494	höjd
c1495	längd
c1496	vikt
c1497	hastighet, fart
c1498	arv
c1499	gevär, vapen, pistol
c1500	bomb
`;
