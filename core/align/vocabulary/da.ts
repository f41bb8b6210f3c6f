// Concordia's core vocabulary in Danish: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	én, ét
c0002	to
c0003	tre
c0004	fire
c0005	fem
c0006	seks
c0007	syv
c0008	otte
c0009	ni
c0010	ti
c0011	elleve
c0012	tolv
c0013	tretten
c0014	fjorten
c0015	femten
c0016	seksten
c0017	sytten
c0018	atten
c0019	nitten
c0020	tyve
c0021	tredive
c0022	fyrre
c0023	halvtreds
c0024	tres
c0025	halvfjerds
c0026	firs
c0027	halvfems
c0028	hundrede, hundred
c0029	tusind, tusinde
c0030	million, millioner
c0031	milliard, milliarder
c0032	første
c0033	anden, andet
c0034	tredje
c0035	fjerde
c0036	femte
c0037	sjette
c0038	syvende
c0039	ottende
c0040	niende
c0041	tiende
c0042	halvdel, halv, halve, halvt
c0043	kvart, fjerdedel, kvartal
c0044	dusin
c0045	dobbelt, dobbelte
c0046	sidste
c0047	næste, følgende
c0048	januar
c0049	februar
c0050	marts
c0051	april
c0052	maj
c0053	juni
c0054	juli
c0055	august
c0056	september
c0057	oktober
c0058	november
c0059	december
c0060	mandag
c0061	tirsdag
c0062	onsdag
c0063	torsdag
c0064	fredag
c0065	lørdag
c0066	søndag
c0067	forår, foråret
c0068	sommer, sommeren, somre
c0069	efterår, efteråret
c0070	vinter, vinteren, vintre
c0071	årstid, sæson
c0072	dag, dage
c0073	uge, uger
c0074	måned, måneder
c0075	år, året, årene
c0076	time, timer
c0077	minut, minutter
c0078	sekund, sekunder
c0079	morgen, formiddag
c0080	eftermiddag
c0081	aften, aftenen, aftner
c0082	nat, natten, nætter
c0083	middag, middagstid
c0084	midnat
c0085	i dag, idag
c0086	i går, igår
c0087	i morgen, imorgen
c0088	i aften, iaften, i nat
c0089	århundrede
c0090	årti, tiår, årtier
c0091	tid, tiden
c0092	øjeblik
c0093	periode, tidsrum
c0094	dato
c0095	weekend
c0096	kalender
c0097	ur, klokke
c0098	alder
c0099	fortid, fortiden
c0100	fremtid, fremtiden
c0101	nutid, nutiden
c0102	nu
c0103	snart
c0104	senere, siden
c0105	tidlig, tidligt, tidlige
c0106	sen, sent, sene
c0107	allerede
c0108	igen
c0109	altid
c0110	aldrig
c0111	ofte
c0112	nogle gange, sommetider, undertiden
c0113	siden
c0114	nylig, for nylig
c0115	daglig, dagligt, daglige
c0116	årlig, årligt, årlige
c0117	daggry, morgengry
c0118	solnedgang
c0119	solopgang
c0120	æra, epoke, tidsalder
c0121	begyndelse, start
c0122	slutning, ende
c0123	fødselsdag
c0124	ferie, helligdag
c0125	jul, julen
c0126	påske, påsken
c0127	jubilæum, årsdag
c0128	farve
c0129	rød, rødt, røde
c0130	blå, blåt
c0131	grøn, grønt, grønne
c0132	gul, gult, gule
c0133	sort, sorte
c0134	hvid, hvidt, hvide
c0135	grå, gråt
c0136	brun, brunt, brune
c0137	orange
c0138	lyserød, pink
c0139	lilla
c0140	gylden, gyldne
c0141	mørk, mørkt, mørke
c0142	lys, lyst, lyse, klar
c0143	bleg, blegt, blege
c0144	nord
c0145	syd
c0146	øst
c0147	vest
c0148	nordlig, nordlige
c0149	sydlig, sydlige
c0150	østlig, østlige
c0151	vestlig, vestlige
c0152	venstre
c0153	højre
c0154	top, toppen
c0155	bund, bunden
c0156	side
c0157	midte, midten
c0158	centrum, center
c0159	forside, front
c0160	bagside
c0161	kant
c0162	familie
c0163	mor, moder, mødre
c0164	far, fader, fædre
c0165	forælder, forældre
c0166	barn, børn, børnene
c0167	søn, sønner
c0168	datter, døtre
c0169	bror, broder, brødre
c0170	søster, søstre
c0171	mand, ægtemand
c0172	kone, hustru
c0173	bedstefar, farfar, morfar
c0174	bedstemor, farmor, mormor
c0175	barnebarn, børnebørn
c0176	onkel, farbror, morbror
c0177	tante, faster, moster
c0178	fætter, kusine
c0179	baby, spædbarn
c0180	dreng
c0181	pige
c0182	mand, mænd
c0183	kvinde, kvinder
c0184	person, menneske
c0185	folk, mennesker
c0186	ven, veninde, venner
c0187	nabo
c0188	gæst
c0189	bryllup
c0190	ægteskab
c0191	gifte, gift
c0192	skilsmisse
c0193	fødsel
c0194	født
c0195	dø, dør, døde, død
c0196	død, døden
c0197	død, døde, dødt
c0198	liv, livet
c0199	leve, lever, levede, bo, bor
c0200	levende, i live
c0201	ung, unge, yngre
c0202	gammel, gamle, ældre
c0203	ungdom
c0204	voksen, voksne
c0205	generation
c0206	slægtning, pårørende
c0207	par, parret
c0208	tvilling
c0209	enke
c0210	forældreløs
c0211	forfader, forfædre, stamfader
c0212	krop, kroppen, legeme
c0213	hoved, hovedet
c0214	ansigt
c0215	øje, øjne
c0216	øre, ører
c0217	næse
c0218	mund
c0219	tand, tænder
c0220	tunge
c0221	læbe
c0222	hår, håret
c0223	hals, nakke
c0224	skulder, skuldre
c0225	arm
c0226	hånd, hænder
c0227	finger, fingre
c0228	ben, benet
c0229	knæ
c0230	fod, fødder
c0231	ryg, ryggen
c0232	bryst, brystet
c0233	hjerte
c0234	blod
c0235	knogle, ben
c0236	hud, huden
c0237	mave, maven
c0238	hjerne
c0239	ånde, åndedræt
c0240	ånde, ånder, åndede, trække vejret
c0241	stemme
c0242	lunge
c0243	muskel, muskler
c0244	sår
c0245	skade, kvæstelse
c0246	skade, såre, kvæste
c0247	smerte
c0248	blind, blinde
c0249	døv, døve
c0250	skæg
c0251	tåre, tårer
c0252	vinge
c0253	hale
c0254	vejr, vejret
c0255	regn
c0256	sne
c0257	is
c0258	vind, blæst
c0259	storm, uvejr
c0260	sky, skyer
c0261	tåge
c0262	sol, solen
c0263	himmel, himlen
c0264	varm, hed, hedt
c0265	kold, koldt, kolde
c0266	varm, varmt, varme
c0267	kølig, køligt, kølige
c0268	tør, tørt, tørre
c0269	våd, vådt, våde
c0270	temperatur
c0271	grad, grader
c0272	klima
c0273	frost
c0274	torden
c0275	lyn
c0276	oversvømmelse
c0277	tørke
c0278	hede, varme
c0279	luft
c0280	skygge
c0281	fryse, frøs, frosset, frossen
c0282	smelte, smeltede
c0283	blæse, blæste
c0284	skinne, skinnede
c0285	natur, naturen
c0286	jord, jorden
c0287	jord, grund
c0288	land
c0289	jord, muld
c0290	sand
c0291	sten
c0292	klippe, sten
c0293	bjerg
c0294	bakke
c0295	dal, dalen
c0296	flod, å
c0297	bæk, å
c0298	sø, søen
c0299	hav, havet
c0300	ocean, hav
c0301	kyst
c0302	bred, strand
c0303	strand
c0304	ø, øen, øer
c0305	bugt, vig
c0306	klint, klippe
c0307	hule, grotte
c0308	gletsjer
c0309	top, tinde
c0310	tinde, top
c0311	ryg, bjergkam, kam
c0312	skråning
c0313	pas, bjergpas
c0314	slette
c0315	mark
c0316	eng
c0317	skov, skoven
c0318	træ
c0319	træ, træer
c0320	gren, grene
c0321	blad, blade
c0322	rod, rødder
c0323	blomst
c0324	græs
c0325	plante
c0326	frø
c0327	frugt
c0328	busk, buske
c0329	ørken
c0330	sump, mose
c0331	vandfald
c0332	kilde
c0333	bølge
c0334	bred, breden
c0335	landskab
c0336	udsigt
c0337	horisont
c0338	stjerne
c0339	måne, månen
c0340	planet
c0341	verden, verdenen
c0342	rummet, verdensrummet
c0343	ild, brand
c0344	flamme
c0345	vand, vandet
c0346	røg
c0347	støv
c0348	mudder
c0349	guld
c0350	sølv
c0351	jern
c0352	metal
c0353	kul
c0354	olie
c0355	gas
c0356	salt
c0357	vulkan
c0358	jordskælv
c0359	dyr
c0360	fugl
c0361	fisk
c0362	hund
c0363	kat, katte
c0364	hest
c0365	ko, køer
c0366	får
c0367	ged
c0368	gris, svin
c0369	høne, høns, kylling
c0370	bjørn
c0371	ulv
c0372	ræv
c0373	hjort, rådyr
c0374	kanin
c0375	mus
c0376	rotte
c0377	slange
c0378	insekt
c0379	bi, bier
c0380	flue
c0381	sommerfugl
c0382	ørn
c0383	hval
c0384	løve
c0385	elefant
c0386	kvæg
c0387	rede
c0388	æg
c0389	fjer
c0390	jage, jager
c0391	gård, bondegård
c0392	landmand, bonde
c0393	høst
c0394	afgrøde
c0395	hvede
c0396	miljø
c0397	forurening
c0398	art, arter
c0399	biodiversitet
c0400	nationalpark
c0401	vild, vilde
c0402	naturlig, naturlige
c0403	europa
c0404	europæisk, europæiske
c0405	afrika
c0406	afrikansk, afrikanske
c0407	asien
c0408	asiatisk, asiatiske
c0409	amerika
c0410	amerikansk, amerikanske
c0411	usa, forenede stater
c0412	rusland
c0413	russisk, russiske
c0414	ukraine
c0415	ukrainsk, ukrainske
c0416	hviderusland, belarus
c0417	kina
c0418	kinesisk, kinesiske
c0419	storbritannien, det forenede kongerige
c0420	britisk, britiske
c0421	england
c0422	engelsk
c0423	tyrkiet
c0424	tyrkisk, tyrkiske
c0425	japan
c0426	indien
c0427	israel
c0428	iran
c0429	syrien
c0430	schweiz
c0431	norge
c0432	tyskland
c0433	tysk, tyske
c0434	frankrig
c0435	fransk, franske
c0436	italien
c0437	italiensk, italienske
c0438	spanien
c0439	spansk, spanske
c0440	portugal
c0441	portugisisk, portugisiske
c0442	nederlandene, holland
c0443	nederlandsk, hollandsk
c0444	belgien
c0445	belgisk, belgiske
c0446	luxembourg
c0447	østrig
c0448	østrigsk, østrigske
c0449	polen
c0450	polsk, polske
c0451	tjekkiet
c0452	tjekkisk, tjekkiske
c0453	slovakiet
c0454	slovakisk, slovakiske
c0455	ungarn
c0456	ungarsk, ungarske
c0457	slovenien
c0458	kroatien
c0459	rumænien
c0460	rumænsk, rumænske
c0461	bulgarien
c0462	bulgarsk, bulgarske
c0463	grækenland
c0464	græsk, græske
c0465	cypern
c0466	malta
c0467	irland
c0468	irsk, irske
c0469	danmark
c0470	dansk, danske
c0471	sverige
c0472	svensk, svenske
c0473	finland
c0474	finsk, finske
c0475	estland
c0476	letland
c0477	litauen
c0478	alperne
c0479	middelhavet, middelhavs
c0480	atlantisk, atlanterhavet
c0481	baltisk, baltiske, østersøen
c0482	bruxelles
c0483	strasbourg
c0484	rejse, rejser, rejste
c0485	rejse, rejsen, rejser
c0486	tur, udflugt
c0487	turist
c0488	turisme
c0489	hotel
c0490	værelse, rum
c0491	pas
c0492	billet
c0493	tog
c0494	jernbane
c0495	station
c0496	bus, busser
c0497	bil
c0498	køretøj
c0499	cykel, cykler
c0500	båd
c0501	skib, skibe
c0502	fly, flyvemaskine
c0503	lufthavn
c0504	flyvning, fly
c0505	havn, havneby
c0506	havn, havnen
c0507	vej, vejen
c0508	gade, gaden
c0509	sti
c0510	bro, broen
c0511	tunnel
c0512	kort
c0513	guide, fører
c0514	tur, rundtur, rundvisning
c0515	besøge, besøgte
c0516	besøgende, gæst
c0517	ankomme, ankom, nå frem
c0518	forlade, forlod, tage af sted
c0519	afrejse, tage af sted, afgå
c0520	vende tilbage, komme tilbage, returnere
c0521	køre, kører, kørte
c0522	ride, red, redet, cykle
c0523	gå, går, gik, gået
c0524	klatre, bestige
c0525	svømme, svømmede
c0526	sejle, sejlede
c0527	krydse, passere
c0528	nå, nåede
c0529	rute
c0530	grænse
c0531	afstand
c0532	kilometer
c0533	meter
c0534	mil
c0535	udlandet, udenlands
c0536	udenlandsk, udenlandske, fremmed
c0537	trafik
c0538	ulykke
c0539	passager
c0540	fører, chauffør
c0541	lejr
c0542	telt
c0543	opholde, opholder, forblive
c0544	vente, venter, ventede
c0545	landsby
c0546	by, byen, byer
c0547	by, storby, byer
c0548	hovedstad
c0549	torv, plads
c0550	marked
c0551	butik, forretning
c0552	kirke
c0553	katedral, domkirke
c0554	slot, borg
c0555	palads
c0556	tårn
c0557	museum, museer
c0558	monument, mindesmærke
c0559	park
c0560	haven, haver, haverne
c0561	væg, mur
c0562	port, låge
c0563	dør
c0564	vindue
c0565	etage
c0566	tag
c0567	trappe
c0568	køkken
c0569	seng
c0570	bord
c0571	stol
c0572	hus, huse
c0573	hjem, hjemme
c0574	bygning
c0575	lejlighed
c0576	adresse
c0577	distrikt, bydel
c0578	region
c0579	område
c0580	landet, landdistrikt
c0581	hospital, sygehus
c0582	skole
c0583	universitet
c0584	bibliotek
c0585	restaurant
c0586	kontor
c0587	fabrik
c0588	fængsel
c0589	teater
c0590	biograf
c0591	nøgle
c0592	lampe
c0593	lys
c0594	kasse, æske
c0595	taske, pose
c0596	flaske
c0597	glas
c0598	kop
c0599	tallerken
c0600	kniv
c0601	bog, bøger
c0602	brev
c0603	papir
c0604	pen, kuglepen
c0605	billede
c0606	fotografi, foto
c0607	kamera
c0608	telefon
c0609	computer
c0610	internet, internettet
c0611	fjernsyn, tv
c0612	radio
c0613	avis
c0614	tøj
c0615	skjorte
c0616	kjole
c0617	sko
c0618	frakke
c0619	hat
c0620	penge
c0621	pris
c0622	omkostning, pris
c0623	betale, betalte, betalt
c0624	købe, køber, købte
c0625	sælge, sælger, solgte, solgt
c0626	billig, billigt, billige
c0627	dyr, dyrt, dyre
c0628	euro
c0629	mad, føde
c0630	brød
c0631	kød
c0632	mælk
c0633	ost
c0634	smør
c0635	vin
c0636	øl
c0637	kaffe
c0638	te
c0639	sukker
c0640	æble
c0641	grøntsag
c0642	kartoffel, kartofler
c0643	ris
c0644	suppe
c0645	kage
c0646	morgenmad
c0647	frokost
c0648	aftensmad, middag
c0649	måltid
c0650	spise, spiser, spiste
c0651	drikke, drikker, drak, drukket
c0652	lave mad, koge, tilberede
c0653	smag
c0654	sulten, sultne
c0655	sult, hungersnød
c0656	sød, sødt, søde
c0657	frisk, friskt, friske
c0658	honning
c0659	drue
c0660	mel
c0661	majs, korn
c0662	tørst
c0663	arbejde
c0664	arbejde, arbejder, arbejdede
c0665	job, stilling
c0666	arbejder, arbejdere
c0667	ansat, ansatte, medarbejder, arbejdstager
c0668	arbejdsgiver
c0669	virksomhed, selskab, firma
c0670	forretning, virksomhed, erhverv
c0671	industri
c0672	handel
c0673	økonomi
c0674	økonomisk, økonomiske
c0675	løn, gage
c0676	løn
c0677	indkomst
c0678	skat
c0679	budget
c0680	overskud, fortjeneste, profit
c0681	tab
c0682	arbejdsløshed
c0683	beskæftigelse
c0684	karriere
c0685	erhverv, fag
c0686	leder, direktør
c0687	kollega
c0688	hold, team
c0689	møde
c0690	projekt
c0691	opgave
c0692	kontrakt, aftale
c0693	færdighed, evne
c0694	erfaring
c0695	uddannelse, træning
c0696	produktion
c0697	produkt, vare
c0698	tjeneste, service, ydelse
c0699	kunde
c0700	forbruger
c0701	vækst
c0702	investering
c0703	bank
c0704	finans, finanser
c0705	finansiel, finansielle
c0706	gæld
c0707	krise
c0708	fattigdom
c0709	fattig, fattige
c0710	rig, rige
c0711	rigdom, velstand
c0712	ejendom
c0713	ejer
c0714	eje, ejer, ejede
c0715	bygge, byggede
c0716	producere, fremstille
c0717	forsyning, levering
c0718	energi
c0719	elektricitet, strøm
c0720	teknologi
c0721	maskine
c0722	værktøj
c0723	ingeniør
c0724	læge
c0725	sygeplejerske
c0726	lærer
c0727	studerende
c0728	elev
c0729	lektion, time
c0730	klasse
c0731	eksamen
c0732	studere, studerede
c0733	lære, lærte
c0734	undervise, underviste
c0735	uddannelse, undervisning
c0736	viden
c0737	vide, vidste, kende
c0738	videnskab
c0739	videnskabelig, videnskabelige
c0740	forskning
c0741	videnskabsmand, forsker
c0742	læse, læser, læste
c0743	skrive, skriver, skrev, skrevet
c0744	ord
c0745	sprog
c0746	sætning
c0747	spørgsmål
c0748	svar
c0749	side
c0750	historie, fortælling
c0751	historie
c0752	historisk, historiske
c0753	kunst
c0754	kunstner
c0755	musik
c0756	sang
c0757	synge, synger, sang, sunget
c0758	danse, dansede
c0759	film
c0760	spil, leg
c0761	spille, lege
c0762	sport, idræt
c0763	vinde, vinder, vandt, vundet
c0764	tabe, taber, tabte, miste
c0765	fodbold
c0766	spiller
c0767	kultur
c0768	kulturel, kulturelle
c0769	forfatter
c0770	forfatter
c0771	digt
c0772	digter
c0773	roman
c0774	helbred, sundhed
c0775	sund, rask, sunde
c0776	syg, syge
c0777	sygdom
c0778	sygdom
c0779	virus
c0780	pandemi
c0781	patient
c0782	medicin, lægemiddel
c0783	narkotika, stof
c0784	behandling
c0785	pleje, omsorg
c0786	gøre ondt, skade
c0787	træt, trætte
c0788	sove, sover, sov, sovet
c0789	vågne, vække, vågnede
c0790	hvile
c0791	kræft
c0792	vaccine
c0793	mental, psykisk, psykiske
c0794	føle, føler, følte
c0795	følelse
c0796	kærlighed
c0797	elske, elsker
c0798	hade, hader
c0799	frygt
c0800	bange
c0801	glad, lykkelig
c0802	lykke
c0803	trist, ked af det
c0804	sorg, tristhed
c0805	vred, vrede
c0806	vrede
c0807	glæde
c0808	håb
c0809	håbe, håber
c0810	bekymre, bekymret
c0811	overraskelse
c0812	skam
c0813	stolthed
c0814	stolt, stolte
c0815	ensom, ensomme
c0816	rolig, roligt
c0817	smile, smiler
c0818	grine, le, lo
c0819	græde, græder, græd
c0820	kys
c0821	drøm, drømme
c0822	ønske
c0823	ønske, ønsker
c0824	kunne lide, synes om
c0825	nyde, nød
c0826	foretrække, foretrak
c0827	savne, savner
c0828	lide, lider, led
c0829	fornøjelse, glæde
c0830	mod
c0831	modig, modige
c0832	tillid
c0833	tvivl
c0834	tro, tror, troede
c0835	tro
c0836	gud, guder
c0837	religion
c0838	religiøs, religiøse
c0839	sjæl
c0840	ånd, ånden
c0841	sind, forstand
c0842	tanke, tanker
c0843	tænke, tænker, tænkte, synes
c0844	idé, ide
c0845	huske, husker
c0846	glemme, glemmer, glemte
c0847	forstå, forstår, forstod, forstået
c0848	betyde, betyder, betød, mene
c0849	betydning, mening
c0850	grund, årsag
c0851	hukommelse, minde, minder
c0852	forestille
c0853	beslutte, bestemme, besluttede
c0854	beslutning, afgørelse
c0855	vælge, vælger, valgte, valgt
c0856	valg
c0857	plan, planer
c0858	prøve, forsøge
c0859	behøve, have brug for, behov
c0860	behov, brug
c0861	sige, siger, sagde, sagt
c0862	fortælle, fortæller, fortalte
c0863	tale, taler, talte
c0864	snakke, tale
c0865	spørge, spørger, spurgte
c0866	ringe, kalde
c0867	råbe, råber, skrige
c0868	høre, hører, hørte
c0869	lytte, lytter
c0870	se, ser, set
c0871	kigge, se
c0872	se på, betragte, iagttage
c0873	vise, viser, viste
c0874	finde, finder, fandt, fundet
c0875	give, giver, gav, givet
c0876	tage, tager, tog, taget
c0877	bringe, bragte, medbringe
c0878	bære, bærer, bar, båret
c0879	holde, holder, holdt
c0880	beholde, beholdt
c0881	sætte, satte, lægge, lagde, stille
c0882	sende, sender, sendte
c0883	modtage, modtog, modtaget
c0884	få, får, fik, fået
c0885	lave, gøre, gør, gjorde, gjort
c0886	bruge, bruger, brugte, anvende
c0887	åbne, åbner
c0888	lukke, lukker
c0889	begynde, begyndte
c0890	starte, begynde
c0891	stoppe, standse, holde op
c0892	fortsætte, fortsatte
c0893	afslutte, færdiggøre
c0894	ændre, ændrer
c0895	ændring, forandring
c0896	vokse, vokser, voksede
c0897	falde, falder, faldt
c0898	stige, stiger, steg, steget
c0899	hæve, løfte
c0900	øge, stige, øges
c0901	stigning, forøgelse
c0902	reducere, mindske, nedsætte
c0903	komme, kommer, kom
c0904	gå, går, gik, gået, tage
c0905	gå ind, træde ind, betræde
c0906	løbe, løber, løb
c0907	stå, står, stod, stået
c0908	sidde, sidder, sad, siddet
c0909	ligge, ligger, lå, ligget
c0910	lyve, lyver, løj, løjet
c0911	bevæge, flytte
c0912	dreje, vende
c0913	følge, følger, fulgte
c0914	lede, leder, ledte, føre
c0915	møde, mødes, mødte
c0916	hjælpe, hjælper, hjalp, hjulpet
c0917	hjælp
c0918	tillade, tillod, tilladt
c0919	forhindre, forebygge
c0920	beskytte, beskytter
c0921	redde, redder, reddede
c0922	dræbe, dræber
c0923	kæmpe, slås
c0924	brække, knække, bryde, brød
c0925	skære, skar, skåret
c0926	slå, slår, slog, ramme
c0927	kaste, kaster
c0928	fange, fanger
c0929	trække, trak, trukket
c0930	skubbe, skubber
c0931	fylde, fylder
c0932	vaske, vasker
c0933	ren, rent, rene
c0934	tegne, tegner
c0935	male, maler
c0936	reparere
c0937	skabe, skaber, skabte
c0938	ødelægge, ødelagde, ødelagt
c0939	brænde, brænder
c0940	flyve, flyver, fløj, fløjet
c0941	skjule, gemme
c0942	søge, lede
c0943	ske, sker, skete
c0944	synes, virke, tykkes
c0945	dukke op, vise sig, fremtræde
c0946	blive, bliver, blev, blevet
c0947	forblive, forbliver
c0948	tilhøre, høre til
c0949	indeholde, indeholder
c0950	omfatte, inkludere
c0951	eksistere, findes, fandtes
c0952	afhænge, afhænger
c0953	forårsage, forårsager
c0954	årsag
c0955	resultat
c0956	påvirke, påvirker
c0957	udvikle, udvikler
c0958	forbedre, forbedrer
c0959	støtte, støtter
c0960	støtte
c0961	modsætte, modarbejde
c0962	enig, være enig
c0963	acceptere, godtage, tage imod
c0964	nægte, afslå
c0965	afvise, forkaste
c0966	benægte, nægte
c0967	indrømme
c0968	forklare, forklarer
c0969	beskrive, beskrev
c0970	rapportere, berette
c0971	meddele, bekendtgøre
c0972	informere, underrette
c0973	diskutere, drøfte
c0974	argumentere, skændes
c0975	hævde, påstå
c0976	foreslå, foreslog
c0977	tilbyde, tilbød
c0978	love, lover
c0979	advare, advarer
c0980	true, truer
c0981	kræve, kræver
c0982	kræve, kræves
c0983	forvente, vente
c0984	forbyde, forbød, forbudt
c0985	tvinge, tvang
c0986	bruge, spendere, tilbringe
c0987	tjene, tjener
c0988	slå, besejre, slog
c0989	forberede, forbereder
c0990	organisere, arrangere
c0991	lede, styre, klare
c0992	kontrollere, styre
c0993	kontrollere, tjekke
c0994	test, prøve
c0995	måle, måler
c0996	tælle, talte
c0997	tilføje, lægge til
c0998	sammenligne
c0999	forbinde, forbandt
c1000	tilslutte, slutte sig til, melde sig ind
c1001	dele, deler, delte
c1002	dele, opdele, fordele
c1003	levere, leverer, aflevere
c1004	offentliggøre, udgive
c1005	underskrive, underskrev
c1006	have på, bære, bar
c1007	røre, berøre
c1008	lugt, duft
c1009	lyd
c1010	støj, larm
c1011	stilhed, tavshed
c1012	stor, stort, store, større, størst
c1013	stor, stort, store
c1014	lille, små, mindre
c1015	lille, små
c1016	lang, langt, lange, længere
c1017	kort, korte, kortere
c1018	høj, højt, høje, højere
c1019	lav, lavt, lave
c1020	bred, bredt, brede
c1021	smal, smalt, snæver
c1022	dyb, dybt, dybe
c1023	tung, tungt, tunge
c1024	let, lette
c1025	hurtig, hurtigt, hurtige
c1026	langsom, langsomt, langsomme
c1027	ny, nyt, nye
c1028	god, godt, gode, bedre, bedst
c1029	dårlig, dårligt, værre, værst, ond
c1030	smuk, smukt, smukke
c1031	grim, grimt, grimme
c1032	beskidt, snavset
c1033	fuld, fuldt, fulde
c1034	tom, tomt, tomme
c1035	let, nem, nemt
c1036	svær, svært, vanskelig
c1037	hård, hårdt, hårde
c1038	blød, blødt, bløde
c1039	stærk, stærkt, stærke
c1040	svag, svagt, svage
c1041	sikker, sikkert, sikre
c1042	farlig, farligt, farlige
c1043	fri, frit, frie
c1044	vigtig, vigtigt, vigtige
c1045	vigtigste, væsentligste, primære
c1046	nødvendig, nødvendigt
c1047	mulig, muligt, mulige
c1048	umulig, umuligt
c1049	sand, sandt, sande
c1050	falsk, falske, usand
c1051	virkelig, ægte, reel
c1052	rigtig, korrekt
c1053	forkert, forkerte
c1054	samme
c1055	forskellig, anderledes, forskellige
c1056	lignende, ens
c1057	hel, helt, hele
c1058	offentlig, offentlige
c1059	privat, private
c1060	national, nationale
c1061	international, internationale
c1062	lokal, lokale
c1063	global, globale
c1064	social, sociale
c1065	generel, almindelig, generelle
c1066	særlig, speciel, særlige
c1067	enkel, enkelt, simpel
c1068	kompleks, kompliceret
c1069	klar, klart, tydelig
c1070	stille
c1071	høj, højlydt
c1072	berømt, kendt, kendte
c1073	populær, populære
c1074	fælles, almindelig
c1075	sjælden, sjældne
c1076	mærkelig, underlig, sær
c1077	normal, normale
c1078	klar, parat, færdig
c1079	travl, travlt, optaget
c1080	alene
c1081	sammen
c1082	sikker, vis
c1083	alvorlig, alvorligt, seriøs
c1084	enorm, kæmpestor, vældig
c1085	gammel, oldtidens, antik
c1086	moderne
c1087	traditionel, traditionelle
c1088	menneskelig, menneskelige
c1089	skønhed
c1090	rar, sød, dejlig
c1091	stor, fantastisk
c1092	fin, fint, god
c1093	venlig, rar
c1094	venlig, venligt, venlige
c1095	høj, høje
c1096	rund, rundt, runde
c1097	flad, fladt, flade
c1098	skarp, skarpt, skarpe
c1099	tynd, tyndt, tynde
c1100	tyk, tykt, tykke
c1101	fed, tyk
c1102	hurtig, rask
c1103	langsomt
c1104	hurtigt
c1105	godt, vel
c1106	næsten
c1107	kun, bare, blot
c1108	især, navnlig, specielt
c1109	endelig, til sidst
c1110	pludselig, pludseligt
c1111	sandsynligvis, formentlig
c1112	måske, muligvis
c1113	bestemt, sikkert, absolut
c1114	virkelig, faktisk
c1115	her
c1116	der
c1117	overalt
c1118	langt, fjernt
c1119	nær, tæt på
c1120	væk, bort
c1121	ude, udenfor, udendørs
c1122	inde, indenfor
c1123	mellem, imellem
c1124	uden
c1125	mod, imod
c1126	under
c1127	efter
c1128	før, inden
c1129	under
c1130	over, ovenover
c1131	over, tværs
c1132	gennem, igennem
c1133	omkring, rundt
c1134	blandt
c1135	trods, på trods af
c1136	mod, imod, henimod
c1137	bag, bagved
c1138	langs
c1139	alle, enhver
c1140	intet, ingenting
c1141	alt
c1142	ting
c1143	sted, plads
c1144	måde, vej
c1145	del, delen
c1146	antal, nummer, tal
c1147	gruppe
c1148	slags, art, type
c1149	eksempel
c1150	problem
c1151	situation
c1152	kendsgerning, faktum
c1153	tilfælde, sag
c1154	punkt
c1155	form
c1156	niveau
c1157	størrelse
c1158	form, facon
c1159	linje
c1160	tegn, skilt
c1161	forskel
c1162	chance, held
c1163	mulighed, lejlighed
c1164	fare
c1165	risiko
c1166	betydning, vigtighed
c1167	succes, fremgang
c1168	fiasko, svigt
c1169	indsats, anstrengelse
c1170	rolle
c1171	formål, hensigt
c1172	kvalitet
c1173	mængde, beløb
c1174	flertal
c1175	procent
c1176	gennemsnitlig, gennemsnit
c1177	besked, budskab, meddelelse
c1178	nyheder, nyhed
c1179	information, oplysninger
c1180	navn, navnet
c1181	parlament, folketing
c1182	parlamentarisk, parlamentariske
c1183	medlem, medlemmer
c1184	beslutning, resolution
c1185	regering
c1186	minister
c1187	premierminister, statsminister
c1188	præsident, formand
c1189	valg
c1190	valg
c1191	stemme, stemmer, stemte
c1192	stemme, afstemning
c1193	vælger
c1194	kandidat
c1195	kampagne, valgkamp
c1196	folkeafstemning
c1197	parti
c1198	menneskerettigheder
c1199	ret, rettighed
c1200	lov, ret
c1201	juridisk, retlig, lovlig
c1202	ulovlig, ulovlige
c1203	domstol, ret
c1204	dommer
c1205	advokat, jurist
c1206	anklager
c1207	retssag
c1208	straf, dom
c1209	fange, fanger
c1210	politisk fange
c1211	anholde, arrestere
c1212	anholdelse, arrestation
c1213	tilbageholdelse, fængsling
c1214	tilbageholde
c1215	løslade, løsladt
c1216	løsladelse
c1217	tortur
c1218	fordømme, fordømmer
c1219	opfordre, opfordrer
c1220	opfordre, opfordrer
c1221	kræve, efterlyse
c1222	glæde sig over, hilse velkommen, bifalde
c1223	beklage, beklager
c1224	minde om, erindre
c1225	journalist
c1226	medier
c1227	presse, pressen
c1228	protest
c1229	demonstrant
c1230	demonstration
c1231	frihed
c1232	ytringsfrihed
c1233	forsamlingsfrihed
c1234	demokrati
c1235	demokratisk, demokratiske
c1236	medlemsstat, medlemsstater
c1237	kommission, kommissionen
c1238	kommissær
c1239	råd, rådet
c1240	union
c1241	den europæiske union, eu
c1242	borger
c1243	statsborgerskab, medborgerskab
c1244	vold
c1245	voldelig, voldelige
c1246	politi
c1247	politibetjent, betjent
c1248	hær
c1249	militær, militære
c1250	soldat
c1251	krig
c1252	fred
c1253	konflikt
c1254	våben
c1255	sanktion
c1256	opposition
c1257	regime, styre
c1258	myndighed, myndigheder
c1259	stat
c1260	land, lande
c1261	nation, folk
c1262	republik
c1263	kongerige
c1264	konge
c1265	dronning
c1266	kejser
c1267	imperium, rige, kejserrige
c1268	forfatning, grundlov
c1269	forfatningsmæssig, forfatningsmæssige
c1270	traktat
c1271	aftale, overenskomst
c1272	forhandling
c1273	forhandle, forhandler
c1274	forbrydelse, kriminalitet
c1275	kriminel, strafferetlig
c1276	offer, ofre
c1277	mord
c1278	terrorisme
c1279	terrorist
c1280	angreb
c1281	sikkerhed
c1282	sikkerhed, tryghed
c1283	forsvar
c1284	flygtning
c1285	migrant, indvandrer
c1286	migration, vandring
c1287	asyl
c1288	mindretal, minoritet
c1289	diskrimination, forskelsbehandling
c1290	ligestilling, lighed
c1291	køn
c1292	retsstat, retsstatsprincippet
c1293	retfærdighed
c1294	retlig, retslig
c1295	uafhængighed, selvstændighed
c1296	uafhængig, selvstændig
c1297	suverænitet
c1298	territorium, område
c1299	besættelse
c1300	invasion
c1301	våbenhvile
c1302	humanitær, humanitære
c1303	bistand, hjælp
c1304	samarbejde
c1305	dialog
c1306	forbindelse, forhold, relation
c1307	diplomatisk, diplomatiske
c1308	ambassadør
c1309	ambassade
c1310	delegation
c1311	repræsentant
c1312	embedsmand, embedsmænd
c1313	forvaltning, administration
c1314	institution
c1315	agentur, styrelse
c1316	magt
c1317	politik
c1318	politik
c1319	politisk, politiske
c1320	politiker
c1321	reform
c1322	lovgivning
c1323	direktiv
c1324	forordning, regulering
c1325	forslag
c1326	ændring, ændringsforslag
c1327	betænkning, rapport, beretning
c1328	debat, forhandling
c1329	session, mødeperiode
c1330	udvalg
c1331	formand
c1332	formandskab, præsidentskab
c1333	mandat
c1334	vedtage, vedtog, vedtaget
c1335	godkende, godkendte
c1336	afstå, undlade
c1337	koalition
c1338	leder
c1339	korruption
c1340	svig, bedrageri
c1341	gennemsigtighed, åbenhed
c1342	undersøgelse, efterforskning
c1343	undersøge, efterforske
c1344	bevis, beviser
c1345	vidne, vidner
c1346	anklage, sigtelse
c1347	anklage, beskylde
c1348	skyldig, skyldige
c1349	uskyldig, uskyldige
c1350	dømme, domfælde
c1351	appel, anke
c1352	straf
c1353	dødsstraf
c1354	henrettelse
c1355	bøde
c1356	straf, afstraffelse
c1357	straffe, straffer
c1358	aktivist
c1359	menneskerettighedsforkæmper
c1360	dissident
c1361	gidsel
c1362	kidnappe, bortføre
c1363	forsvinden, forsvindinger
c1364	chikane
c1365	intimidering, skræmmetaktik
c1366	forfølgelse
c1367	undertrykkelse
c1368	slå ned, nedslagning, undertrykkelse
c1369	censur
c1370	misbrug, overgreb
c1371	voldtægt
c1372	folkedrab
c1373	krigsforbrydelse
c1374	menneskehandel, handel
c1375	slaveri
c1376	forenede nationer, fn
c1377	nato
c1378	europa-parlamentet
c1379	europa-kommissionen
c1380	topmøde
c1381	fond
c1382	finansiering
c1383	program
c1384	strategi
c1385	mål, målsætning
c1386	foranstaltning, tiltag
c1387	handling, indsats
c1388	ramme
c1389	gennemførelse
c1390	gennemføre, implementere
c1391	sikre, sørge for
c1392	understrege, understreger
c1393	bemærke, notere
c1394	gentage, gentager
c1395	udtrykke, udtrykker
c1396	bekymring
c1397	beklage, fordømme
c1398	fordømme, fordømmer
c1399	insistere, fastholde
c1400	tilskynde, opmuntre
c1401	invitere, indbyde, opfordre
c1402	fremhæve, fremhæver
c1403	anerkende, erkende
c1404	anerkende, genkende
c1405	overveje, betragte
c1406	straks, øjeblikkeligt, omgående
c1407	kraftigt, stærkt
c1408	dybt
c1409	betingelsesløst
c1410	stemmeseddel, afstemning
c1411	retfærdig, fair
c1412	observatør
c1413	indre marked
c1414	konkurrence
c1415	landbrug
c1416	fiskeri
c1417	klimaforandringer, klimaændringer
c1418	emission, udledning
c1419	bæredygtig, bæredygtige
c1420	udvikling
c1421	innovation
c1422	digital, digitale
c1423	data, oplysninger
c1424	privatliv
c1425	beskyttelse
c1426	transport
c1427	infrastruktur
c1428	regional, regionale
c1429	solidaritet
c1430	udvidelse
c1431	tiltrædelse
c1432	told
c1433	valuta
c1434	inflation
c1435	rente
c1436	interesse
c1437	underskud
c1438	samfund
c1439	fællesskab, samfund
c1440	organisation
c1441	forening, sammenslutning
c1442	befolkning
c1443	offentlig mening, opinion
c1444	ansvar
c1445	ansvarlig, ansvarlige
c1446	forpligtelse, pligt
c1447	princip
c1448	værdi
c1449	værdighed
c1450	respekt
c1451	respektere, overholde
c1452	retshåndhævelse
c1453	procedure
c1454	proces
c1455	spørgsmål, emne
c1456	sag, anliggende
c1457	system
c1458	ordre, befaling
c1459	regel, regler
c1460	virkning, effekt
c1461	indvirkning, konsekvens
c1462	betingelse, tilstand
c1463	adgang
c1464	ressource
c1465	fjende
c1466	helt
c1467	vagt
c1468	præst
c1469	tradition
c1470	festival, fest
c1471	ceremoni
c1472	tale
c1473	mening, holdning
c1474	udtalelse, erklæring
c1475	erklæring
c1476	opmærksomhed
c1477	sandhed
c1478	hemmelighed
c1479	trussel
c1480	sejr
c1481	nederlag
c1482	slag, kamp
c1483	revolution
c1484	flag
c1485	hytte
c1486	lavine
c1487	allieret, allierede
c1488	tropper
c1489	strejke
c1490	pension
c1491	bolig, boliger
c1492	held
c1493	jæger
c1494	højde
c1495	længde
c1496	vægt
c1497	hastighed, fart
c1498	arv
c1499	gevær, våben, pistol
c1500	bombe
`;
