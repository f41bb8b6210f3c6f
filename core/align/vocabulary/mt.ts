// Concordia's core vocabulary in Maltese: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	wieħed, waħda
c0002	tnejn, żewġ
c0003	tlieta, tliet
c0004	erbgħa, erba'
c0005	ħamsa, ħames
c0006	sitta, sitt
c0007	sebgħa, seba'
c0008	tmienja, tmien
c0009	disgħa, disa'
c0010	għaxra, għaxar
c0011	ħdax, ħdax-il
c0012	tnax, tnax-il
c0013	tlettax, tlettax-il
c0014	erbatax, erbatax-il
c0015	ħmistax, ħmistax-il
c0016	sittax, sittax-il
c0017	sbatax, sbatax-il
c0018	tmintax, tmintax-il
c0019	dsatax, dsatax-il
c0020	għoxrin
c0021	tletin
c0022	erbgħin
c0023	ħamsin
c0024	sittin
c0025	sebgħin
c0026	tmenin
c0027	disgħin
c0028	mija, mitt, mijiet
c0029	elf, eluf, elfejn
c0030	miljun, miljuni
c0031	biljun, biljuni
c0032	ewwel, l-ewwel, ewlieni
c0033	tieni, it-tieni
c0034	tielet, it-tielet
c0035	raba', ir-raba'
c0036	ħames, il-ħames
c0037	sitt, is-sitt
c0038	seba', is-seba'
c0039	tmien, it-tmien
c0040	disa', id-disa'
c0041	għaxar, l-għaxar
c0042	nofs, in-nofs, nofsijiet, tan-nofs, fin-nofs
c0043	kwart, kwarti
c0044	tużżana, tużżani
c0045	doppju, doppja, darbtejn
c0046	l-aħħar, aħħar, aħħari
c0047	li jmiss, jmiss, li ġej, sussegwenti
c0048	jannar
c0049	frar
c0050	marzu
c0051	april
c0052	mejju
c0053	ġunju
c0054	lulju
c0055	awwissu
c0056	settembru
c0057	ottubru
c0058	novembru
c0059	diċembru
c0060	it-tnejn, tat-tnejn, fit-tnejn
c0061	it-tlieta, tat-tlieta, fit-tlieta
c0062	l-erbgħa, tal-erbgħa, fl-erbgħa
c0063	il-ħamis, tal-ħamis, fil-ħamis
c0064	il-ġimgħa, tal-ġimgħa, fil-ġimgħa
c0065	is-sibt, sibt, tas-sibt, fis-sibt
c0066	il-ħadd, tal-ħadd, fil-ħadd
c0067	rebbiegħa, ir-rebbiegħa, tar-rebbiegħa, fir-rebbiegħa
c0068	sajf, is-sajf, tas-sajf, fis-sajf
c0069	ħarifa, il-ħarifa, tal-ħarifa, fil-ħarifa
c0070	xitwa, ix-xitwa, tax-xitwa, fix-xitwa
c0071	staġun, staġuni
c0072	jum, jiem, ġurnata, ġranet, il-jum, tal-jum, fil-jum
c0073	ġimgħa, ġimgħat, il-ġimgħa, tal-ġimgħa, fil-ġimgħa
c0074	xahar, xhur, ix-xahar, xahrejn, tax-xahar, fix-xahar
c0075	sena, snin, is-sena, sentejn, tas-sena, fis-sena
c0076	siegħa, sigħat, is-siegħa, tas-siegħa, fis-siegħa
c0077	minuta, minuti
c0078	sekonda, sekondi
c0079	għodwa, filgħodu, l-għodwa, tal-għodwa, fl-għodwa
c0080	wara nofsinhar, waranofsinhar
c0081	għaxija, filgħaxija, l-għaxija, tal-għaxija, fl-għaxija
c0082	lejl, billejl, iljieli, il-lejl, tal-lejl, fil-lejl
c0083	nofsinhar, f'nofsinhar
c0084	nofsillejl, f'nofsillejl
c0085	illum
c0086	ilbieraħ
c0087	għada
c0088	illejla
c0089	seklu, sekli, is-seklu, tas-seklu, fis-seklu
c0090	deċennju, deċennji
c0091	ħin, żmien, il-ħin, iż-żmien, tal-ħin, fil-ħin
c0092	mument, mumenti, il-mument, tal-mument, fil-mument
c0093	perjodu, perjodi, żmien
c0094	data, dati
c0095	tmiem il-ġimgħa, weekend
c0096	kalendarju
c0097	arloġġ, arloġġi, l-arloġġ, tal-arloġġ, fl-arloġġ
c0098	età, etajiet, żmien
c0099	passat, il-passat, tal-passat, fil-passat
c0100	futur, il-futur, tal-futur, fil-futur
c0101	preżent, il-preżent, tal-preżent, fil-preżent
c0102	issa
c0103	dalwaqt, malajr, ftit ieħor
c0104	aktar tard, iktar tard
c0105	kmieni, bikri
c0106	tard, tardiv
c0107	diġà
c0108	mill-ġdid, għal darb'oħra, erġa'
c0109	dejjem
c0110	qatt
c0111	spiss, sikwit
c0112	kultant, xi drabi, drabi
c0113	ilu, ilha
c0114	reċentement, dan l-aħħar, riċentement
c0115	kuljum, ta' kuljum, ġurnalier, ta' kull jum
c0116	annwali, kull sena
c0117	sebħ, bidunett, is-sebħ, tas-sebħ
c0118	nżul ix-xemx, inżul ix-xemx
c0119	tlugħ ix-xemx, tlugħ
c0120	era, epoka, żmien
c0121	bidu, il-bidu, bidwi, tal-bidu, fil-bidu
c0122	tmiem, aħħar, tarf, it-tmiem, l-aħħar, tat-tmiem, fit-tmiem
c0123	għeluq is-snin, għeluq, anniversarju
c0124	vaganza, vaganzi, btala, festa
c0125	milied, il-milied, tal-milied, fil-milied
c0126	għid, l-għid, tal-għid, fl-għid
c0127	anniversarju
c0128	kulur, kuluri, il-kulur, tal-kulur, fil-kulur
c0129	aħmar, ħamra, ħomor
c0130	blu, ikħal, kaħla
c0131	aħdar, ħadra, ħodor
c0132	isfar, safra, sofor
c0133	iswed, sewda, suwed
c0134	abjad, bajda, bojod
c0135	griż, griża, ċinerin
c0136	kannella, kannellat
c0137	oranġjo, oranġju
c0138	roża
c0139	vjola, vjolett, vjolaċeu
c0140	tad-deheb, dehbi, dehbija
c0141	skur, mudlam, dlam
c0142	jleqq, brillanti, mdawwal, jiddi
c0143	pallidu, safrani, pallida
c0144	tramuntana, it-tramuntana, tat-tramuntana, fit-tramuntana
c0145	nofsinhar, in-nofsinhar, tan-nofsinhar, fin-nofsinhar
c0146	lvant, il-lvant, tal-lvant, fil-lvant
c0147	punent, il-punent, tal-punent, fil-punent
c0148	tat-tramuntana, settentrjonali
c0149	tan-nofsinhar, meridjonali
c0150	tal-lvant, orjentali
c0151	tal-punent, okkidentali
c0152	xellug, xellugija, ix-xellug
c0153	lemin, il-lemin
c0154	quċċata, parti ta' fuq, il-quċċata, tal-quċċata, fil-quċċata
c0155	il-qiegħ, parti ta' isfel, tal-qiegħ, fil-qiegħ
c0156	naħa, ġenb, in-naħa, ġnub, tan-naħa, fin-naħa
c0157	nofs, in-nofs, ċentru, tan-nofs, fin-nofs
c0158	ċentru, iċ-ċentru, ċentri, taċ-ċentru, fiċ-ċentru
c0159	quddiem, faċċata, parti ta' quddiem
c0160	parti ta' wara, naħa ta' wara
c0161	tarf, xifer, it-tarf, truf, tat-tarf, fit-tarf
c0162	familja, il-familja, familji, tal-familja, fil-familja
c0163	omm, l-omm, ommu, ommha, ommi, tal-omm, fl-omm
c0164	missier, il-missier, missieru, missierha, missieri, tal-missier, fil-missier
c0165	ġenitur, ġenituri
c0166	tifel, tifla, tfal, it-tfal, tat-tfal, fit-tfal
c0167	iben, ibnu, ibni, ulied, uliedu
c0168	bint, binti, bintu, binthom, bniet
c0169	ħu, ħuh, ħija, aħwa, ħuha
c0170	oħt, oħtu, oħti, oħtha, aħwa
c0171	raġel, żewġha, żewġi, raġelha, żewġek
c0172	mara, martu, marti, nisa
c0173	nannu, in-nannu, tan-nannu, fin-nannu
c0174	nanna, in-nanna, tan-nanna, fin-nanna
c0175	neputi, neputija, neputijiet
c0176	ziju, iz-ziju, taz-ziju, fiz-ziju
c0177	zija, iz-zija, taz-zija, fiz-zija
c0178	kuġin, kuġina, kuġini
c0179	tarbija, trabi, it-tarbija, tat-tarbija, fit-tarbija
c0180	tifel, it-tifel, subien, tat-tifel, fit-tifel
c0181	tifla, it-tifla, bniet, tat-tifla, fit-tifla
c0182	raġel, irġiel, ir-raġel, l-irġiel, tar-raġel, fir-raġel
c0183	mara, nisa, il-mara, in-nisa, tal-mara, fil-mara
c0184	persuna, persuni, bniedem
c0185	nies, in-nies, poplu, tan-nies, fin-nies
c0186	ħabib, ħabiba, ħbieb, il-ħbieb, tal-ħbieb, fil-ħbieb
c0187	ġar, ġara, ġirien
c0188	mistieden, mistiedna, mistednin
c0189	tieġ, it-tieġ, tiġijiet, tat-tieġ, fit-tieġ
c0190	żwieġ, iż-żwieġ, taż-żwieġ, fiż-żwieġ
c0191	iżżewweġ, jiżżewweġ, iżżewġu
c0192	divorzju, id-divorzju, tad-divorzju, fid-divorzju
c0193	twelid, it-twelid, tat-twelid, fit-twelid
c0194	imwieled, twieled, twieldet, imwielda
c0195	miet, mietet, imut, mietu, imutu
c0196	mewt, il-mewt, tal-mewt, fil-mewt
c0197	mejjet, mejta, mejtin, mejjtin
c0198	ħajja, il-ħajja, ħajjiet, ħajjitu, tal-ħajja, fil-ħajja
c0199	għex, jgħix, jgħixu, għexu, għammar
c0200	ħaj, ħajja, ħajjin
c0201	żagħżugħ, żagħżugħa, żgħażagħ
c0202	qadim, qadima, xiħ, anzjan, antik
c0203	żgħażagħ, żgħożija, iż-żgħażagħ, taż-żgħażagħ, fiż-żgħażagħ
c0204	adult, adulti, adulta
c0205	ġenerazzjoni, ġenerazzjonijiet
c0206	qarib, qraba, qariba
c0207	koppja, koppji, par
c0208	tewmi, tewmin, tewmija
c0209	armla, romol
c0210	orfni, iltim, orfna
c0211	antenat, antenati, missirijiet
c0212	ġisem, ġsim, il-ġisem, tal-ġisem, fil-ġisem
c0213	ras, ir-ras, rasu, rasha, rjus, tar-ras, fir-ras
c0214	wiċċ, wiċċu, wiċċha, uċuħ
c0215	għajn, għajnejn, għajnu
c0216	widna, widnejn
c0217	imnieħer, l-imnieħer, tal-imnieħer, fl-imnieħer
c0218	ħalq, ħalqu, il-ħalq, tal-ħalq, fil-ħalq
c0219	sinna, snien, is-snien, tas-snien, fis-snien
c0220	ilsien, ilsna, l-ilsien, tal-ilsien, fl-ilsien
c0221	xoffa, xufftejn, xofftejn
c0222	xagħar, xagħru, xagħarha
c0223	għonq, għonqu, għenuq
c0224	spalla, spallejn
c0225	driegħ, dirgħajn
c0226	id, idejn, idu, idha, l-id, l-idejn, tal-id, fl-id
c0227	saba', swaba'
c0228	riġel, riġlejn, riġlu
c0229	rkoppa, rkopptejn
c0230	sieq, saqajn, siequ
c0231	dahar, daharu, id-dahar, tad-dahar, fid-dahar
c0232	sider, is-sider, tas-sider, fis-sider
c0233	qalb, qalbu, il-qalb, qlub, tal-qalb, fil-qalb
c0234	demm, id-demm, tad-demm, fid-demm
c0235	għadma, għadam
c0236	ġilda, ġlud
c0237	stonku, żaqq
c0238	moħħ, moħħu, il-moħħ, tal-moħħ, fil-moħħ
c0239	nifs, in-nifs, tan-nifs, fin-nifs
c0240	jieħu n-nifs, tnaffas, jieħdu n-nifs
c0241	leħen, leħnu, ilħna
c0242	pulmun, pulmuni
c0243	muskolu, muskoli
c0244	ferita, feriti, ġerħa
c0245	korriment, korrimenti, ġrieħi
c0246	weġġa', iweġġa', ferut, korra
c0247	uġigħ, l-uġigħ, weġgħat, tal-uġigħ, fl-uġigħ
c0248	agħma, għamja, għomja
c0249	trux, torox, truxa
c0250	daqna, id-daqna, tad-daqna, fid-daqna
c0251	dmugħa, dmugħ, id-dmugħ, tad-dmugħ, fid-dmugħ
c0252	ġewnaħ, ġwienaħ, ġwenħajn
c0253	denb, id-denb, dnub, tad-denb, fid-denb
c0254	temp, it-temp, tat-temp, fit-temp
c0255	xita, ix-xita, tax-xita, fix-xita
c0256	borra, silġ, il-borra, tal-borra, fil-borra
c0257	silġ, is-silġ, glaċċ, tas-silġ, fis-silġ
c0258	riħ, ir-riħ, irjieħ, tar-riħ, fir-riħ
c0259	maltempata, tempesta, maltempati
c0260	sħaba, sħab, is-sħab, tas-sħab, fis-sħab
c0261	ċpar, iċ-ċpar, ċajpa, taċ-ċpar, fiċ-ċpar
c0262	xemx, ix-xemx, tax-xemx, fix-xemx
c0263	sema, is-sema, smewwiet, tas-sema, fis-sema
c0264	sħun, jaħraq, sħuna, sħan
c0265	kiesaħ, kiesħa, kesħin, bard
c0266	sħun, sħuna, sħan, tiepid
c0267	frisk, friska, friski
c0268	niexef, niexfa, nexfin, xott
c0269	imxarrab, mxarrab, imxarrba, xarrab
c0270	temperatura, temperaturi
c0271	grad, gradi
c0272	klima, il-klima, tal-klima, fil-klima
c0273	ġlata, ġelu, silġ
c0274	ragħad, ir-ragħad, tar-ragħad, fir-ragħad
c0275	sajjetta, beraq, sajjetti
c0276	għargħar, dilluvju, l-għargħar, tal-għargħar, fl-għargħar
c0277	nixfa, nuqqas ta' xita
c0278	sħana, is-sħana, sħun, tas-sħana, fis-sħana
c0279	arja, l-arja, tal-arja, fl-arja
c0280	dell, id-dell, dlamijiet, tad-dell, fid-dell
c0281	iffriża, jiffriża, iffriżat, ġlata
c0282	dab, idub, jdub, dabet
c0283	nefaħ, jonfoħ, nefħet, tonfoħ
c0284	dda, jiddi, tiddi, jleqq
c0285	natura, in-natura, tan-natura, fin-natura
c0286	art, l-art, dinja, id-dinja, tal-art, fl-art
c0287	art, l-art, wiċċ l-art, tal-art, fl-art
c0288	art, l-art, artijiet, tal-art, fl-art
c0289	ħamrija, il-ħamrija, art, tal-ħamrija, fil-ħamrija
c0290	ramel, ir-ramel, tar-ramel, fir-ramel
c0291	ġebla, ġebel, il-ġebel, tal-ġebel, fil-ġebel
c0292	blata, blat, il-blat, tal-blat, fil-blat
c0293	muntanja, muntanji, il-muntanja, tal-muntanja, fil-muntanja
c0294	għolja, għoljiet, l-għolja, tal-għolja, fl-għolja
c0295	wied, widien, il-wied, tal-wied, fil-wied
c0296	xmara, xmajjar, ix-xmara, tax-xmara, fix-xmara
c0297	nixxiegħa, nixxigħat, xmara żgħira
c0298	għadira, lag, għadajjar
c0299	baħar, il-baħar, ibħra, tal-baħar, fil-baħar
c0300	oċean, oċeani, l-oċean, tal-oċean, fl-oċean
c0301	kosta, il-kosta, kosti, tal-kosta, fil-kosta
c0302	xatt, xtut, ix-xatt, tax-xatt, fix-xatt
c0303	bajja, bajjiet, il-bajja, xatt, tal-bajja, fil-bajja
c0304	gżira, gżejjer, il-gżira, tal-gżira, fil-gżira
c0305	bajja, daħla, qala
c0306	rdum, irdum, l-irdum, blat, tal-irdum, fl-irdum
c0307	għar, għerien, l-għar, tal-għar, fl-għar
c0308	glaċier, glaċieri
c0309	quċċata, il-quċċata, tal-quċċata, fil-quċċata
c0310	quċċata, ponta, qċaċet
c0311	xifer, kreasta, sinsla
c0312	telgħa, niżla, inklinazzjoni
c0313	passaġġ, mogħdija
c0314	pjanura, wita, pjanuri
c0315	għalqa, għelieqi, raba'
c0316	mergħa, mergħat, il-mergħa, tal-mergħa, fil-mergħa
c0317	foresta, masġar, bosk, foresti
c0318	injam, l-injam, njam, tal-injam, fl-injam
c0319	siġra, siġar, is-siġar, tas-siġar, fis-siġar
c0320	fergħa, friegħi
c0321	werqa, weraq, il-weraq, tal-weraq, fil-weraq
c0322	għerq, għeruq
c0323	fjura, fjuri, warda, il-fjuri, tal-fjuri, fil-fjuri
c0324	ħaxix, il-ħaxix, ħaxixa, tal-ħaxix, fil-ħaxix
c0325	pjanta, pjanti, il-pjanti, tal-pjanti, fil-pjanti
c0326	żerriegħa, żrieragħ
c0327	frotta, frott, il-frott, tal-frott, fil-frott
c0328	arbuxxell, arbuxelli, xitla
c0329	deżert, deżerti, id-deżert, tad-deżert, fid-deżert
c0330	bassasa, bassasiet, art mistagħdra
c0331	kaskata, kaskati
c0332	għajn, nixxiegħa, għejun
c0333	mewġa, mewġ, il-mewġ, tal-mewġ, fil-mewġ
c0334	xatt, xtut, riva, ir-riva, tar-riva, fir-riva
c0335	pajsaġġ, pajsaġġi, il-pajsaġġ, tal-pajsaġġ, fil-pajsaġġ
c0336	veduta, panorama, dehra
c0337	orizzont, l-orizzont, tal-orizzont, fl-orizzont
c0338	kewkba, kwiekeb, stilla, stilel
c0339	qamar, il-qamar, tal-qamar, fil-qamar
c0340	pjaneta, pjaneti
c0341	dinja, id-dinja, tad-dinja, fid-dinja
c0342	spazju, l-ispazju, tal-ispazju, fl-ispazju
c0343	nar, in-nar, nirien, tan-nar, fin-nar
c0344	fjamma, fjammi, lehba
c0345	ilma, l-ilma, ilmijiet, tal-ilma, fl-ilma
c0346	duħħan, id-duħħan, tad-duħħan, fid-duħħan
c0347	trab, it-trab, tat-trab, fit-trab
c0348	tajn, it-tajn, tat-tajn, fit-tajn
c0349	deheb, id-deheb, tad-deheb, fid-deheb
c0350	fidda, il-fidda, tal-fidda, fil-fidda
c0351	ħadid, il-ħadid, tal-ħadid, fil-ħadid
c0352	metall, metalli
c0353	faħam, il-faħam, tal-faħam, fil-faħam
c0354	żejt, iż-żejt, petroleju, taż-żejt, fiż-żejt
c0355	gass, gassijiet, il-gass, tal-gass, fil-gass
c0356	melħ, il-melħ, tal-melħ, fil-melħ
c0357	vulkan, vulkani
c0358	terremot, terremoti
c0359	annimal, annimali, l-annimali, tal-annimali, fl-annimali
c0360	għasfur, għasafar, l-għasafar, tal-għasafar, fl-għasafar
c0361	ħuta, ħut, il-ħut, tal-ħut, fil-ħut
c0362	kelb, klieb, il-kelb, tal-kelb, fil-kelb
c0363	qattus, qtates, qattusa
c0364	żiemel, żwiemel, iż-żiemel, taż-żiemel, fiż-żiemel
c0365	baqra, baqar, il-baqar, tal-baqar, fil-baqar
c0366	nagħġa, nagħaġ, in-nagħaġ, tan-nagħaġ, fin-nagħaġ
c0367	mogħża, mogħoż, il-mogħoż, tal-mogħoż, fil-mogħoż
c0368	ħanżir, ħnieżer, majjal
c0369	tiġieġa, tiġieġ, fellus
c0370	ors, orsijiet, l-ors, tal-ors, fl-ors
c0371	lupu, lpup, ilpup
c0372	volpi, volpijiet
c0373	ċerv, ċriev
c0374	fenek, fniek, il-fenek, tal-fenek, fil-fenek
c0375	ġurdien, ġrieden
c0376	far, firien, il-far, tal-far, fil-far
c0377	serp, sriep, is-serp, tas-serp, fis-serp
c0378	insett, insetti
c0379	naħla, naħal, in-naħal, tan-naħal, fin-naħal
c0380	dubbiena, dubbien
c0381	farfett, friefet, farfetta
c0382	ajkla, ajkli
c0383	balena, balieni
c0384	iljun, iljuni
c0385	iljunfant, iljunfanti
c0386	bhejjem, baqar, il-baqar, tal-baqar, fil-baqar
c0387	bejta, bejtiet
c0388	bajda, bajd, il-bajd, tal-bajd, fil-bajd
c0389	rixa, rix
c0390	kaċċa, jikkaċċa, ikkaċċa, kaċċaturi
c0391	razzett, irziezet, ir-razzett, tar-razzett, fir-razzett
c0392	bidwi, bdiewa, il-bdiewa, tal-bdiewa, fil-bdiewa
c0393	ħsad, il-ħsad, uċuħ, tal-ħsad, fil-ħsad
c0394	uċuħ tar-raba', wiċċ tar-raba', prodott
c0395	qamħ, il-qamħ, tal-qamħ, fil-qamħ
c0396	ambjent, l-ambjent, tal-ambjent, fl-ambjent
c0397	tniġġis, it-tniġġis, tat-tniġġis, fit-tniġġis
c0398	speċi, speċijiet
c0399	bijodiversità, il-bijodiversità, tal-bijodiversità, fil-bijodiversità
c0400	park nazzjonali
c0401	salvaġġ, salvaġġa, selvaġġ
c0402	naturali
c0403	ewropa, l-ewropa, tal-ewropa, fl-ewropa
c0404	ewropew, ewropea, ewropej
c0405	afrika, l-afrika, tal-afrika, fl-afrika
c0406	afrikan, afrikana, afrikani
c0407	asja, l-asja, tal-asja, fl-asja
c0408	asjatiku, asjatika, asjatiċi
c0409	amerika, l-amerika, tal-amerika, fl-amerika
c0410	amerikan, amerikana, amerikani
c0411	stati uniti, l-istati uniti
c0412	russja, ir-russja, tar-russja, fir-russja
c0413	russu, russa, russi
c0414	ukrajna, l-ukrajna, tal-ukrajna, fl-ukrajna
c0415	ukren, ukrena, ukreni
c0416	belarussja, il-belarussja, tal-belarussja, fil-belarussja
c0417	ċina, iċ-ċina, taċ-ċina, fiċ-ċina
c0418	ċiniż, ċiniża, ċiniżi
c0419	renju unit, ir-renju unit
c0420	brittaniku, brittanika, ingliż
c0421	ingilterra, l-ingilterra, tal-ingilterra, fl-ingilterra
c0422	ingliż, l-ingliż, tal-ingliż, fl-ingliż
c0423	turkija, it-turkija, tat-turkija, fit-turkija
c0424	tork, torka, torok
c0425	ġappun, il-ġappun, tal-ġappun, fil-ġappun
c0426	indja, l-indja, tal-indja, fl-indja
c0427	iżrael
c0428	iran, l-iran, tal-iran, fl-iran
c0429	sirja, is-sirja, tas-sirja, fis-sirja
c0430	żvizzera, l-iżvizzera, tal-iżvizzera, fl-iżvizzera
c0431	norveġja, in-norveġja, tan-norveġja, fin-norveġja
c0432	ġermanja, il-ġermanja, tal-ġermanja, fil-ġermanja
c0433	ġermaniż, ġermaniża, ġermaniżi
c0434	franza
c0435	franċiż, franċiża, franċiżi
c0436	italja, l-italja, tal-italja, fl-italja
c0437	taljan, taljana, taljani
c0438	spanja
c0439	spanjol, spanjola, spanjoli
c0440	portugall, il-portugall, tal-portugall, fil-portugall
c0441	portugiż, portugiża, portugiżi
c0442	olanda, l-olanda, pajjiżi l-baxxi, tal-olanda, fl-olanda
c0443	olandiż, olandiża, olandiżi
c0444	belġju, il-belġju, tal-belġju, fil-belġju
c0445	belġjan, belġjana, belġjani
c0446	lussemburgu, il-lussemburgu, tal-lussemburgu, fil-lussemburgu
c0447	awstrija, l-awstrija, tal-awstrija, fl-awstrija
c0448	awstrijak, awstrijaka, awstrijaċi
c0449	polonja, il-polonja, tal-polonja, fil-polonja
c0450	pollakk, pollakka, pollakki
c0451	repubblika ċeka, ċekja, ir-repubblika ċeka
c0452	ċek, ċeka, ċeki
c0453	slovakkja, is-slovakkja, tas-slovakkja, fis-slovakkja
c0454	slovakk, slovakka, slovakki
c0455	ungerija, l-ungerija, tal-ungerija, fl-ungerija
c0456	ungeriż, ungeriża, ungeriżi
c0457	slovenja, is-slovenja, tas-slovenja, fis-slovenja
c0458	kroazja, il-kroazja, tal-kroazja, fil-kroazja
c0459	rumanija, ir-rumanija, tar-rumanija, fir-rumanija
c0460	rumen, rumena, rumeni
c0461	bulgarija, il-bulgarija, tal-bulgarija, fil-bulgarija
c0462	bulgaru, bulgara, bulgari
c0463	greċja, il-greċja, tal-greċja, fil-greċja
c0464	grieg, griega, griegi
c0465	ċipru
c0466	malta
c0467	irlanda, l-irlanda, tal-irlanda, fl-irlanda
c0468	irlandiż, irlandiża, irlandiżi
c0469	danimarka, id-danimarka, tad-danimarka, fid-danimarka
c0470	daniż, daniża, daniżi
c0471	svezja, l-isvezja, tal-isvezja, fl-isvezja
c0472	svediż, svediża, svediżi
c0473	finlandja, il-finlandja, tal-finlandja, fil-finlandja
c0474	finlandiż, finlandiża, finlandiżi
c0475	estonja, l-estonja, tal-estonja, fl-estonja
c0476	latvja, il-latvja, tal-latvja, fil-latvja
c0477	litwanja, il-litwanja, tal-litwanja, fil-litwanja
c0478	alpi, l-alpi, tal-alpi, fl-alpi
c0479	mediterran, mediterranja, il-mediterran
c0480	atlantiku, atlantika, l-atlantiku
c0481	baltiku, baltika, baltiċi
c0482	brussell
c0483	strasburgu
c0484	ivvjaġġa, jivvjaġġa, ivvjaġġaw, jivvjaġġaw
c0485	vjaġġ, vjaġġi, il-vjaġġ, tal-vjaġġ, fil-vjaġġ
c0486	ħarġa, eskursjoni, ħarġiet
c0487	turist, turisti, it-turisti, tat-turisti, fit-turisti
c0488	turiżmu, it-turiżmu, tat-turiżmu, fit-turiżmu
c0489	lukanda, lukandi, hotel, il-lukanda, tal-lukanda, fil-lukanda
c0490	kamra, kmamar, il-kamra, tal-kamra, fil-kamra
c0491	passaport, passaporti
c0492	biljett, biljetti
c0493	ferrovija, ferroviji
c0494	ferrovija, linja tal-ferrovija
c0495	stazzjon, stazzjonijiet
c0496	karozza tal-linja, xarabank, bus, karozzi tal-linja
c0497	karozza, karozzi, il-karozza, tal-karozza, fil-karozza
c0498	vettura, vetturi, il-vettura, tal-vettura, fil-vettura
c0499	rota, roti, ir-rota, tar-rota, fir-rota
c0500	dgħajsa, dgħajjes
c0501	vapur, vapuri, bastiment, il-vapur, tal-vapur, fil-vapur
c0502	ajruplan, ajruplani, l-ajruplan, tal-ajruplan, fl-ajruplan
c0503	ajruport, l-ajruport, tal-ajruport, fl-ajruport
c0504	titjira, titjiriet, vjaġġ
c0505	port, portijiet, il-port, tal-port, fil-port
c0506	port, il-port, marsa, tal-port, fil-port
c0507	triq, toroq, it-triq, tat-triq, fit-triq
c0508	triq, toroq, it-triq, it-toroq, tat-triq, fit-triq
c0509	mogħdija, passaġġ, triq
c0510	pont, pontijiet, il-pont, tal-pont, fil-pont
c0511	mina, mini, tunnel
c0512	mappa, mapep, il-mappa, tal-mappa, fil-mappa
c0513	gwida, gwidi
c0514	tour, eskursjoni, dawra
c0515	żar, iżur, żaru, żjara
c0516	viżitatur, viżitaturi
c0517	wasal, jasal, waslu, waslet
c0518	telaq, jitlaq, telqu, ħalla
c0519	telaq, jitlaq, telqet, salpa
c0520	irritorna, jirritorna, reġa' lura, lura
c0521	saq, isuq, sewqan, sewwieq
c0522	rikeb, jirkeb, rikbu
c0523	mexa, jimxi, mixi, mexjin
c0524	tela', jitla', telgħu, tala'
c0525	għam, jgħum, għawm
c0526	baħħar, ibaħħar, salpa
c0527	qasam, jaqsam, qasmu
c0528	wasal, laħaq, jilħaq, jasal
c0529	rotta, rotot, triq
c0530	fruntiera, fruntieri, il-fruntiera, konfini, tal-fruntiera, fil-fruntiera
c0531	distanza, distanzi, bogħod
c0532	kilometru, kilometri
c0533	metru, metri
c0534	mil, mili
c0535	barra minn pajjiżu, barra, fl-estern
c0536	barrani, barranija, barranin, estern
c0537	traffiku, it-traffiku, tat-traffiku, fit-traffiku
c0538	inċident, inċidenti, aċċident
c0539	passiġġier, passiġġieri
c0540	xufier, sewwieq, xufiera
c0541	kamp, kampijiet, kampeġġ
c0542	tinda, tined
c0543	baqa', joqgħod, qagħad, jibqa'
c0544	stenna, jistenna, stennew
c0545	raħal, rħula, ir-raħal, tar-raħal, fir-raħal
c0546	belt, bliet, il-belt, tal-belt, fil-belt
c0547	belt, bliet, il-belt, il-bliet, tal-belt, fil-belt
c0548	kapitali, belt kapitali
c0549	pjazza, pjazez, misraħ
c0550	suq, swieq, is-suq, tas-suq, fis-suq
c0551	ħanut, ħwienet, il-ħanut, tal-ħanut, fil-ħanut
c0552	knisja, knejjes, il-knisja, tal-knisja, fil-knisja
c0553	katidral, katidrali, il-katidral, tal-katidral, fil-katidral
c0554	kastell, kastelli, il-kastell, tal-kastell, fil-kastell
c0555	palazz, palazzi, il-palazz, tal-palazz, fil-palazz
c0556	torri, torrijiet, it-torri, tat-torri, fit-torri
c0557	mużew, mużewijiet, il-mużew, tal-mużew, fil-mużew
c0558	monument, monumenti
c0559	park, parkijiet, ġnien
c0560	ġnien, ġonna, il-ġnien, tal-ġnien, fil-ġnien
c0561	ħajt, ħitan, il-ħajt, tal-ħajt, fil-ħajt
c0562	bieb, bibien, xatba, grada
c0563	bieb, bibien, il-bieb, tal-bieb, fil-bieb
c0564	tieqa, twieqi, it-tieqa, tat-tieqa, fit-tieqa
c0565	sular, sulari, l-ewwel sular
c0566	saqaf, soqfa, is-saqaf, bejt, tas-saqaf, fis-saqaf
c0567	taraġ, it-taraġ, turġien, tat-taraġ, fit-taraġ
c0568	kċina, kċejjen, il-kċina, tal-kċina, fil-kċina
c0569	sodda, sodod, is-sodda, tas-sodda, fis-sodda
c0570	mejda, mwejjed, il-mejda, tal-mejda, fil-mejda
c0571	siġġu, siġġijiet, is-siġġu, tas-siġġu, fis-siġġu
c0572	dar, djar, id-dar, id-djar, tad-dar, fid-dar
c0573	dar, id-dar, darna, daru, tad-dar, fid-dar
c0574	bini, binjiet, il-bini, tal-bini, fil-bini
c0575	appartament, appartamenti, flat
c0576	indirizz, indirizzi
c0577	distrett, distretti, lokalità
c0578	reġjun, reġjuni, ir-reġjun, tar-reġjun, fir-reġjun
c0579	żona, żoni, qasam, erja
c0580	kampanja, il-kampanja, tal-kampanja, fil-kampanja
c0581	sptar, sptarijiet, l-isptar, tal-isptar, fl-isptar
c0582	skola, skejjel, l-iskola, tal-iskola, fl-iskola
c0583	università, universitajiet
c0584	librerija, libreriji, bibljoteka
c0585	restorant, restoranti
c0586	uffiċċju, uffiċċji, l-uffiċċju, tal-uffiċċju, fl-uffiċċju
c0587	fabbrika, fabbriki
c0588	ħabs, il-ħabs, ħabsijiet, tal-ħabs, fil-ħabs
c0589	teatru, teatri
c0590	ċinema, ċinemas
c0591	ċavetta, ċwievet
c0592	lampa, lampi
c0593	dawl, id-dawl, tad-dawl, fid-dawl
c0594	kaxxa, kaxxi, il-kaxxa, tal-kaxxa, fil-kaxxa
c0595	borża, boroż, il-borża, tal-borża, fil-borża
c0596	flixkun, fliexken
c0597	ħġieġ, il-ħġieġ, tazza, tal-ħġieġ, fil-ħġieġ
c0598	kikkra, kikkri, tazza
c0599	platt, platti
c0600	sikkina, skieken
c0601	ktieb, kotba, il-ktieb, il-kotba, tal-ktieb, fil-ktieb
c0602	ittra, ittri, l-ittra, tal-ittra, fl-ittra
c0603	karta, karti, il-karta, tal-karta, fil-karta
c0604	pinna, pinen
c0605	stampa, stampi, ritratt
c0606	ritratt, ritratti
c0607	kamera, kameras
c0608	telefon, telefown, telefowns
c0609	kompjuter, kompjuters
c0610	internet, l-internet, tal-internet, fl-internet
c0611	televiżjoni, it-televiżjoni, tat-televiżjoni, fit-televiżjoni
c0612	radju, ir-radju, tar-radju, fir-radju
c0613	gazzetta, gazzetti
c0614	ħwejjeġ, il-ħwejjeġ, lbies, tal-ħwejjeġ, fil-ħwejjeġ
c0615	qmis, qomos
c0616	libsa, ilbiesi
c0617	żarbun, żraben, iż-żraben, taż-żraben, fiż-żraben
c0618	kowt, mantell
c0619	kappell, kpiepel
c0620	flus, il-flus, tal-flus, fil-flus
c0621	prezz, prezzijiet, il-prezz, tal-prezz, fil-prezz
c0622	spiża, spejjeż, nefqa
c0623	ħallas, iħallas, ħallsu, mħallas
c0624	xtara, jixtri, xtraw, mixtri
c0625	biegħ, ibigħ, bigħu, mibjugħ
c0626	irħis, irħisa, irħas
c0627	għali, għalja, għaljin
c0628	ewro
c0629	ikel, l-ikel, tal-ikel, fl-ikel
c0630	ħobż, il-ħobż, tal-ħobż, fil-ħobż
c0631	laħam, il-laħam, tal-laħam, fil-laħam
c0632	ħalib, il-ħalib, tal-ħalib, fil-ħalib
c0633	ġobon, ġobna, il-ġobon, tal-ġobon, fil-ġobon
c0634	butir, il-butir, tal-butir, fil-butir
c0635	inbid, l-inbid, tal-inbid, fl-inbid
c0636	birra, il-birra, tal-birra, fil-birra
c0637	kafè, il-kafè, tal-kafè, fil-kafè
c0638	te, it-te, tat-te, fit-te
c0639	zokkor, iz-zokkor, taz-zokkor, fiz-zokkor
c0640	tuffieħa, tuffieħ
c0641	ħaxixa, ħaxix, ħxejjex
c0642	patata, patat, il-patata, tal-patata, fil-patata
c0643	ross, ir-ross, tar-ross, fir-ross
c0644	soppa, is-soppa, tas-soppa, fis-soppa
c0645	kejk, torta, kejkijiet
c0646	kolazzjon, il-kolazzjon, tal-kolazzjon, fil-kolazzjon
c0647	ikla ta' nofsinhar, ikla, ikel ta' nofsinhar
c0648	ikla ta' filgħaxija, ċena
c0649	ikla, ikliet
c0650	kiel, jiekol, kielu, jieklu, tiekol
c0651	xorob, jixrob, xorbu, xarba
c0652	sajjar, isajjar, sajru
c0653	togħma, it-togħma, togħmiet, tat-togħma, fit-togħma
c0654	bil-ġuħ, imġewweħ
c0655	ġuħ, il-ġuħ, tal-ġuħ, fil-ġuħ
c0656	ħelu, ħelwa, ħelwin
c0657	frisk, friska, friski
c0658	għasel, l-għasel, tal-għasel, fl-għasel
c0659	għenba, għeneb
c0660	dqiq, id-dqiq, tad-dqiq, fid-dqiq
c0661	qamħirrum, qamħ
c0662	għatx, l-għatx, tal-għatx, fl-għatx
c0663	xogħol, ix-xogħol, tax-xogħol, fix-xogħol
c0664	ħadem, jaħdem, ħadmu, jaħdmu
c0665	impjieg, impjiegi, xogħol
c0666	ħaddiem, ħaddiema, il-ħaddiema, tal-ħaddiema, fil-ħaddiema
c0667	impjegat, impjegati
c0668	impjegatur, impjegaturi, min iħaddem
c0669	kumpanija, kumpaniji
c0670	negozju, negozji, kummerċ
c0671	industrija, industriji
c0672	kummerċ, il-kummerċ, negozju, tal-kummerċ, fil-kummerċ
c0673	ekonomija, ekonomiji, l-ekonomija, tal-ekonomija, fl-ekonomija
c0674	ekonomiku, ekonomika, ekonomiċi
c0675	salarju, salarji, paga
c0676	paga, pagi
c0677	dħul, introjtu, id-dħul, tad-dħul, fid-dħul
c0678	taxxa, taxxi
c0679	baġit, il-baġit, tal-baġit, fil-baġit
c0680	profitt, qligħ, profitti
c0681	telf, it-telf, tat-telf, fit-telf
c0682	qgħad, il-qgħad, tal-qgħad, fil-qgħad
c0683	impjieg, impjiegi, xogħol
c0684	karriera, karrieri
c0685	professjoni, professjonijiet
c0686	maniġer, maniġers, direttur
c0687	kollega, kollegi
c0688	tim, timijiet, skwadra
c0689	laqgħa, laqgħat
c0690	proġett, proġetti
c0691	kompitu, kompiti, biċċa xogħol
c0692	kuntratt, kuntratti
c0693	ħila, ħiliet, kapaċità
c0694	esperjenza, esperjenzi
c0695	taħriġ, it-taħriġ, tat-taħriġ, fit-taħriġ
c0696	produzzjoni, il-produzzjoni, tal-produzzjoni, fil-produzzjoni
c0697	prodott, prodotti
c0698	servizz, servizzi
c0699	klijent, klijenti
c0700	konsumatur, konsumaturi
c0701	tkabbir, it-tkabbir, tat-tkabbir, fit-tkabbir
c0702	investiment, investimenti
c0703	bank, banek, il-bank, tal-bank, fil-bank
c0704	finanzi, finanza
c0705	finanzjarju, finanzjarja, finanzjarji
c0706	dejn, djun, id-dejn, tad-dejn, fid-dejn
c0707	kriżi, il-kriżi, tal-kriżi, fil-kriżi
c0708	faqar, il-faqar, tal-faqar, fil-faqar
c0709	fqir, fqira, foqra
c0710	għani, għanja, għonja
c0711	ġid, rikkezza, il-ġid, tal-ġid, fil-ġid
c0712	proprjetà, proprjetajiet, propjetà
c0713	sid, sidien, proprjetarju
c0714	jippossjedi, ippossjeda, jippossjedu
c0715	bena, jibni, bnew, mibni
c0716	ipproduċa, jipproduċi, ipproduċew
c0717	provvista, provvisti, forniment
c0718	enerġija, l-enerġija, tal-enerġija, fl-enerġija
c0719	elettriku, elettriċità, l-elettriku, tal-elettriku, fl-elettriku
c0720	teknoloġija, teknoloġiji
c0721	magna, magni
c0722	għodda, għodod
c0723	inġinier, inġiniera
c0724	tabib, tobba, it-tabib, tat-tabib, fit-tabib
c0725	infermier, infermiera, infermieri
c0726	għalliem, għalliema
c0727	student, studenti, studenta
c0728	student, studenti, tifel tal-iskola
c0729	lezzjoni, lezzjonijiet
c0730	klassi, klassijiet
c0731	eżami, eżamijiet
c0732	studja, jistudja, studjaw
c0733	tgħallem, jitgħallem, tgħallmu
c0734	għallem, jgħallem, għallmu
c0735	edukazzjoni, l-edukazzjoni, tal-edukazzjoni, fl-edukazzjoni
c0736	għarfien, tagħrif, konoxxenza
c0737	kien jaf, jaf, taf, nafu, jafu, kienu jafu
c0738	xjenza, xjenzi
c0739	xjentifiku, xjentifika
c0740	riċerka, ir-riċerka, tar-riċerka, fir-riċerka
c0741	xjenzjat, xjenzati
c0742	qara, jaqra, qraw, jaqraw
c0743	kiteb, jikteb, kitbu, miktub
c0744	kelma, kliem, il-kelma, tal-kelma, fil-kelma
c0745	lingwa, lsien, lingwi, ilsna
c0746	sentenza, frażi
c0747	mistoqsija, mistoqsijiet
c0748	tweġiba, tweġibiet
c0749	paġna, paġni
c0750	storja, stejjer, l-istorja, tal-istorja, fl-istorja
c0751	storja, l-istorja, storji, tal-istorja, fl-istorja
c0752	storiku, storika, storiċi
c0753	arti, l-arti, tal-arti, fl-arti
c0754	artist, artisti, artista
c0755	mużika, il-mużika, tal-mużika, fil-mużika
c0756	kanzunetta, kanzunetti, għanja, għanjiet
c0757	kanta, ikanta, kantaw, ikantaw
c0758	żifen, jiżfen, żifnu
c0759	film, films, il-film, tal-film, fil-film
c0760	logħba, logħob, il-logħba, tal-logħba, fil-logħba
c0761	lagħab, jilgħab, lagħbu, jilagħbu
c0762	sport, sports, l-isport, tal-isport, fl-isport
c0763	rebaħ, jirbaħ, rebħu, rebħet
c0764	tilef, jitlef, tilfu, mitluf
c0765	futbol, il-futbol, tal-futbol, fil-futbol
c0766	plejer, plejers, lagħħab, lagħħaba
c0767	kultura, kulturi, il-kultura, tal-kultura, fil-kultura
c0768	kulturali
c0769	kittieb, kittieba
c0770	awtur, awturi, awtriċi
c0771	poeżija, poeżiji
c0772	poeta, poeti
c0773	rumanz, rumanzi
c0774	saħħa, is-saħħa, tas-saħħa, fis-saħħa
c0775	b'saħħtu, f'saħħtu, b'saħħitha, b'saħħithom
c0776	marid, marida, morda
c0777	mard, marda, il-mard, tal-mard, fil-mard
c0778	marda, mard, il-mard, tal-mard, fil-mard
c0779	virus, viruses
c0780	pandemija, il-pandemija, tal-pandemija, fil-pandemija
c0781	pazjent, pazjenti, marid
c0782	mediċina, mediċini, duwa
c0783	droga, drogi
c0784	trattament, kura, trattamenti
c0785	kura, ħarsien, attenzjoni
c0786	weġġa', iweġġa', juġa'
c0787	għajjien, għajjiena, għajjenin
c0788	raqad, jorqod, irqad, rieqed
c0789	qam, iqum, stenbaħ, jistenbaħ
c0790	mistrieħ, serħan, ripoż
c0791	kanċer, il-kanċer, tal-kanċer, fil-kanċer
c0792	vaċċin, vaċċini
c0793	mentali
c0794	ħass, iħoss, ħassu, ħassejt
c0795	sentiment, sentimenti, sensazzjoni
c0796	imħabba, l-imħabba, tal-imħabba, fl-imħabba
c0797	ħabb, iħobb, ħabbu, iħobbu
c0798	bagħad, jobgħod, mibgħeda
c0799	biża', il-biża', tal-biża', fil-biża'
c0800	beżgħan, beżgħana, jibża'
c0801	ferħan, ferħana, ferħanin, kuntent
c0802	hena, kuntentizza, ferħ
c0803	imdejjaq, imdejqa, imdejqin
c0804	dwejjaq, niket, dieqa
c0805	irrabjat, irrabjata, irrabjati
c0806	rabja, korla, ir-rabja, tar-rabja, fir-rabja
c0807	ferħ, ferħa, il-ferħ, tal-ferħ, fil-ferħ
c0808	tama, it-tama, tat-tama, fit-tama
c0809	ttama, jittama, nittama
c0810	inkwieta, jinkwieta, inkwetat
c0811	sorpriża, sorpriżi
c0812	mistħija, għajb
c0813	kburija, il-kburija, tal-kburija, fil-kburija
c0814	kburi, kburija
c0815	waħdu, waħidha, solitarju, solitarja
c0816	kalm, kwiet, kalma
c0817	tbissem, jitbissem, tbissima
c0818	daħaq, jidħaq, daħka
c0819	beka, jibki, bikja, bkew
c0820	bewsa, bews
c0821	ħolma, ħolm, il-ħolma, tal-ħolma, fil-ħolma
c0822	xewqa, xewqat, ix-xewqa, tax-xewqa, fix-xewqa
c0823	ried, irid, riedu, iridu, trid
c0824	għoġob, jogħġob, jogħġbu, għoġbu
c0825	gawda, igawdi, gawdew
c0826	ippreferixxa, jippreferi, jippreferu
c0827	xtaq, jixtieq, nieqes, jonqos
c0828	bata, ibati, batew, tbatija
c0829	pjaċir, gost, il-pjaċir, tal-pjaċir, fil-pjaċir
c0830	kuraġġ, il-kuraġġ, tal-kuraġġ, fil-kuraġġ
c0831	kuraġġuż, kuraġġuża, qalbieni
c0832	fiduċja, il-fiduċja, tal-fiduċja, fil-fiduċja
c0833	dubju, dubji
c0834	emmen, jemmen, emmnu, jemmnu
c0835	fidi, il-fidi, tal-fidi, fil-fidi
c0836	alla, allat
c0837	reliġjon, reliġjonijiet
c0838	reliġjuż, reliġjuża
c0839	ruħ, erwieħ, ir-ruħ, tar-ruħ, fir-ruħ
c0840	spirtu, spirti, ruħ
c0841	moħħ, il-moħħ, menti, tal-moħħ, fil-moħħ
c0842	ħsieb, ħsibijiet, il-ħsieb, tal-ħsieb, fil-ħsieb
c0843	ħaseb, jaħseb, ħasbu, naħseb
c0844	idea, ideat, ħsieb
c0845	ftakar, jiftakar, ftakru
c0846	nesa, jinsa, nsew, minsi
c0847	fehem, jifhem, fehmu, jifhmu
c0848	fisser, ifisser, tfisser
c0849	tifsira, tifsiriet, sinifikat
c0850	raġuni, raġunijiet, kawża
c0851	memorja, tifkira, tifkiriet
c0852	immaġina, jimmaġina, immaġinaw
c0853	iddeċieda, jiddeċiedi, iddeċidew
c0854	deċiżjoni, deċiżjonijiet
c0855	għażel, jagħżel, għażlu
c0856	għażla, għażliet
c0857	pjan, pjanijiet
c0858	ipprova, jipprova, ippruvaw
c0859	għandu bżonn, bżonn, jeħtieġ, jeħtieġu
c0860	bżonn, ħtieġa, bżonnijiet, ħtiġijiet
c0861	qal, jgħid, qalu, jgħidu, qalet
c0862	qal, jgħid, irrakkonta, tgħid
c0863	tkellem, jitkellem, tkellmu
c0864	tkellem, jitkellem, tkellmu, diskorra
c0865	staqsa, jistaqsi, staqsew
c0866	ċempel, iċempel, sejjaħ, isejjaħ
c0867	għajjat, jgħajjat, għajjtu
c0868	sema', jisma', semgħu
c0869	sema', jisma', isma', semgħu
c0870	ra, jara, raw, jaraw, rajt
c0871	ħares, iħares, ħarsu
c0872	osserva, josserva, ra, jara
c0873	wera, juri, urew, juru
c0874	sab, isib, sabu, sibt
c0875	ta, jagħti, taw, jagħtu, mogħti
c0876	ħa, jieħu, ħadu, jieħdu, meħud
c0877	ġab, iġib, ġabu, iġibu
c0878	ġarr, iġorr, ġarrew
c0879	żamm, iżomm, żammu
c0880	żamm, iżomm, ħażen
c0881	poġġa, ipoġġi, ipoġġu
c0882	bagħat, jibgħat, bagħtu, mibgħut
c0883	irċieva, jirċievi, irċevew
c0884	kiseb, jikseb, kisbu
c0885	għamel, jagħmel, għamlu, magħmul
c0886	uża, juża, użaw, użat
c0887	fetaħ, jiftaħ, fetħu, miftuħ
c0888	għalaq, jagħlaq, għalqu, magħluq
c0889	beda, jibda, bdew, jibdew
c0890	beda, jibda, ibda
c0891	waqaf, jieqaf, waqqaf, iwaqqaf
c0892	kompla, ikompli, komplew
c0893	temm, itemm, lesta, spiċċa
c0894	biddel, ibiddel, inbidel, jinbidel
c0895	bidla, bidliet, tibdil
c0896	kiber, jikber, kibru, kabbar
c0897	waqa', jaqa', waqgħu
c0898	tela', jitla', għola, żdied
c0899	għolla, jgħolli, rafa', jerfa'
c0900	żdied, jiżdied, żdiedu
c0901	żieda, żidiet
c0902	naqqas, inaqqas, naqqsu
c0903	ġej, ġejja, ġejjin
c0904	mar, imur, marru, imorru, marret
c0905	daħal, jidħol, daħlu
c0906	ġera, jiġri, ġrew
c0907	qam, wieqaf, bilwieqfa
c0908	qagħad, joqgħod, bilqiegħda
c0909	mtedd, jimtedd, mimdud
c0910	gideb, jigdeb, gidba
c0911	ċaqlaq, iċaqlaq, mexa
c0912	dawwar, idawwar, dawru, idur, iddawwar
c0913	segwa, isegwi, segwew
c0914	mexxa, imexxi, mexxew
c0915	iltaqa', jiltaqa', iltaqgħu
c0916	għen, jgħin, għenu, jgħinu
c0917	għajnuna, l-għajnuna, tal-għajnuna, fl-għajnuna
c0918	ħalla, iħalli, ippermetta, jippermetti
c0919	evita, ipprevjena, jipprevjeni
c0920	ipproteġa, jipproteġi, ħares, iħares
c0921	salva, isalva, salvaw
c0922	qatel, joqtol, qatlu, maqtul
c0923	ġġieled, jiġġieled, ġġieldu
c0924	kiser, jikser, kisru, miksur
c0925	qata', jaqta', qatgħu, maqtugħ
c0926	laqat, jolqot, laqtu
c0927	tefa', jitfa', tefgħu
c0928	qabad, jaqbad, qabdu
c0929	ġibed, jiġbed, ġibdu
c0930	imbotta, jimbotta
c0931	mela, jimla, mlew, mimli
c0932	ħasel, jaħsel, ħaslu
c0933	nadif, nadifa, nodfa
c0934	pinġa, ipinġi, pinġew
c0935	żebgħa, iżebgħa, pitter
c0936	sewwa, isewwi, irranġa
c0937	ħoloq, joħloq, ħolqu
c0938	qered, jeqred, qerdu, ħarbat
c0939	ħaraq, jaħraq, inħaraq
c0940	tar, itir, taru
c0941	ħeba, jaħbi, moħbi, inħeba
c0942	fittex, ifittex, fittxu
c0943	ġara, jiġri, ġraw
c0944	deher, jidher, jidhru
c0945	deher, jidher, feġġ, dehru
c0946	sar, isir, saru, saret
c0947	baqa', jibqa', baqgħu
c0948	jappartjeni, jappartjenu, appartjena
c0949	jinkludi, jikkontjeni, ikkontjena
c0950	inkluda, jinkludi, jinkludu
c0951	eżista, jeżisti, jeżistu
c0952	iddependa, jiddependi
c0953	ikkawża, jikkawża, ikkawżaw
c0954	kawża, kawżi, raġuni
c0955	riżultat, riżultati
c0956	affettwa, jaffettwa, jaffettwaw
c0957	żviluppa, jiżviluppa, żviluppaw
c0958	tejjeb, itejjeb, tjieb
c0959	appoġġa, jappoġġja, appoġġjaw
c0960	appoġġ, sapport
c0961	oppona, jopponi, opponew
c0962	jaqbel, qablu, jaqblu
c0963	aċċetta, jaċċetta, aċċettaw
c0964	irrifjuta, jirrifjuta, ċaħad
c0965	ċaħad, jiċħad, irrifjuta, ċaħdu
c0966	ċaħad, jiċħad, ċaħdu, ċaħda
c0967	ammetta, jammetti, stqarr
c0968	spjega, jispjega, spjegaw
c0969	iddeskriva, jiddeskrivi
c0970	irrapporta, jirrapporta
c0971	ħabbar, iħabbar, ħabbru
c0972	infurma, jinforma, infurmaw
c0973	iddiskuta, jiddiskuti, iddiskutew
c0974	argumenta, jargumenta
c0975	sostna, isostni, sostnew
c0976	issuġġerixxa, jissuġġerixxi, ippropona
c0977	offra, joffri, offrew
c0978	wiegħed, iwiegħed, wegħdu
c0979	wissa, iwissi, wissew
c0980	hedded, jhedded, heddu
c0981	talab, jitlob, talbu, esiġa
c0982	eħtieġ, jeħtieġ, jirrikjedi
c0983	stenna, jistenna, jistennew
c0984	ipprojbixxa, jipprojbixxi, projbit, ipprojbit
c0985	ġiegħel, iġiegħel, ġegħlu
c0986	nefaq, jonfoq, qatta', iqatta'
c0987	qala', jaqla', qalgħu
c0988	għeleb, jegħleb, sawwat
c0989	ħejja, iħejji, ipprepara, jipprepara
c0990	organizza, jorganizza, organizzaw
c0991	mexxa, imexxi, irnexxielu, jirnexxi
c0992	ikkontrolla, jikkontrolla
c0993	iċċekkja, jiċċekkja, ivverifika
c0994	test, testijiet, eżami
c0995	kejjel, ikejjel
c0996	għadd, jgħodd, għaddew
c0997	żied, iżid, żiedu
c0998	qabbel, iqabbel, qabblu
c0999	qabbad, iqabbad, għaqqad
c1000	ingħaqad, jingħaqad, ingħaqdu, issieħeb
c1001	qasam, jaqsam, qasmu
c1002	qassam, iqassam, qasam, jaqsam
c1003	wassal, iwassal, wasslu
c1004	ippubblika, jippubblika, ippubblikaw
c1005	iffirma, jiffirma, iffirmaw
c1006	libes, jilbes, liebes, jilbsu
c1007	mess, imiss, messu
c1008	riħa, irwejjaħ, ir-riħa, tar-riħa, fir-riħa
c1009	ħoss, ħsejjes, il-ħoss, tal-ħoss, fil-ħoss
c1010	storbju, ħoss, għagħa
c1011	skiet, is-skiet, silenzju, tas-skiet, fis-skiet
c1012	kbir, kbira, kbar
c1013	kbir, kbira, kbar
c1014	żgħir, żgħira, żgħar
c1015	żgħir, żgħira
c1016	twil, twila, twal
c1017	qasir, qasira, qosra
c1018	għoli, għolja, għoljin
c1019	baxx, baxxa, baxxi
c1020	wiesa', wiesgħa, wesgħin
c1021	dejjaq, dejqa, dojoq
c1022	fond, fonda, fondi
c1023	tqil, tqila, tqal
c1024	ħafif, ħafifa, ħfief
c1025	mgħaġġel, mgħaġġla, veloċi
c1026	bil-mod, kajman, kajmana
c1027	ġdid, ġdida, ġodda
c1028	tajjeb, tajba, tajbin, aħjar, l-aħjar
c1029	ħażin, ħażina, ħżiena, agħar, l-agħar
c1030	sabiħ, sabiħa, sbieħ, isbaħ
c1031	ikrah, kerha, koroh
c1032	maħmuġ, maħmuġa, maħmuġin
c1033	mimli, mimlija, mimlijin
c1034	vojt, vojta, vojti
c1035	faċli, ħafif
c1036	diffiċli, iebes
c1037	iebes, iebsa, ibsin
c1038	artab, ratba, rotob
c1039	qawwi, qawwija, qawwijin, b'saħħtu
c1040	dgħajjef, dgħajfa, dgħajfin
c1041	sigur, sikur, sikura
c1042	perikoluż, perikoluża, perikolużi
c1043	ħieles, ħielsa, ħielsin, liberu
c1044	importanti
c1045	ewlieni, ewlenija, prinċipali
c1046	meħtieġ, meħtieġa, neċessarju
c1047	possibbli
c1048	impossibbli
c1049	veru, vera, verament
c1050	falz, falza, qarrieq
c1051	reali, veru
c1052	korrett, korretta, tajjeb
c1053	żbaljat, żbaljata, ħażin
c1054	l-istess, stess, istess
c1055	differenti, diversi
c1056	simili
c1057	sħiħ, sħiħa
c1058	pubbliku, pubblika, pubbliċi
c1059	privat, privata, privati
c1060	nazzjonali
c1061	internazzjonali
c1062	lokali
c1063	globali
c1064	soċjali
c1065	ġenerali
c1066	speċjali
c1067	sempliċi
c1068	kumpless, kumplessa, ikkumplikat
c1069	ċar, ċara, ċari
c1070	kwiet, kwieta, siekta
c1071	qawwi, b'leħen għoli, storbjuż
c1072	famuż, famuża, magħruf
c1073	popolari
c1074	komuni, komunement, frekwenti
c1075	rari
c1076	stramb, stramba, strambi
c1077	normali
c1078	lest, lesta, lesti
c1079	okkupat, okkupata, impenjat
c1080	waħdu, waħedha, waħedhom
c1081	flimkien
c1082	ċert, ċerta, żgur
c1083	serju, serja, gravi
c1084	enormi, kbir ħafna, ġgant
c1085	antik, antika, qadim
c1086	modern, moderna, moderni
c1087	tradizzjonali
c1088	uman, umana, umani
c1089	sbuħija, is-sbuħija, tas-sbuħija, fis-sbuħija
c1090	sabiħ, gustuż, pjaċevoli
c1091	kbir, grandjuż, eċċellenti
c1092	tajjeb, fin, sew
c1093	ġentili, qalbu tajba
c1094	ħbiberuż, ħbiberuża
c1095	għoli, twil
c1096	tond, tonda, tondi
c1097	ċatt, ċatta, wat
c1098	jaqta', ppuntat, ppuntata, taqta'
c1099	irqiq, rqiqa, rqaq
c1100	oħxon, ħoxna, ħoxnin
c1101	oħxon, ħoxna, grass
c1102	malajr, mgħaġġel, veloċi
c1103	bil-mod, bil-mod il-mod
c1104	malajr, mgħaġġel
c1105	tajjeb, sew
c1106	kważi, qrib
c1107	biss, sempliċement
c1108	speċjalment
c1109	fl-aħħar, finalment
c1110	f'daqqa, għal għarrieda
c1111	probabbilment, x'aktarx
c1112	forsi, jista' jkun
c1113	ċertament, żgur
c1114	verament, tassew
c1115	hawn, hawnhekk
c1116	hemm, hemmhekk
c1117	kullimkien
c1118	'il bogħod, bogħod, imbiegħed
c1119	qrib, viċin, fil-qrib
c1120	'il bogħod, barra, bogħod
c1121	barra, il-barra
c1122	ġewwa, fil-ġewwa
c1123	bejn, fost
c1124	mingħajr, bla
c1125	kontra
c1126	matul, waqt, fil-waqt
c1127	wara
c1128	qabel
c1129	taħt
c1130	fuq, 'il fuq minn
c1131	minn naħa għall-oħra, tul, lil hinn
c1132	permezz, minn ġo, tul, minn ġewwa
c1133	madwar, ċirka, dawra
c1134	fost, bejn
c1135	minkejja, għalkemm
c1136	lejn
c1137	wara
c1138	tul, matul, mat-tul
c1139	kulħadd
c1140	xejn
c1141	kollox
c1142	ħaġa, affarijiet, l-affarijiet, affari, tal-affarijiet, fl-affarijiet
c1143	post, postijiet, il-post, lok, tal-post, fil-post
c1144	mod, modi, il-mod, manjiera, tal-mod, fil-mod
c1145	parti, partijiet, biċċa
c1146	numru, numri, in-numru, tan-numru, fin-numru
c1147	grupp, gruppi, il-grupp, tal-grupp, fil-grupp
c1148	tip, tipi, xorta
c1149	eżempju, eżempji
c1150	problema, problemi
c1151	sitwazzjoni, sitwazzjonijiet
c1152	fatt, fatti, il-fatt, tal-fatt, fil-fatt
c1153	każ, każijiet, il-każ, tal-każ, fil-każ
c1154	punt, punti
c1155	forma, forom, għamla
c1156	livell, livelli, il-livell, tal-livell, fil-livell
c1157	daqs, qies, id-daqs, tad-daqs, fid-daqs
c1158	forma, għamla, forom
c1159	linja, linji, il-linja, tal-linja, fil-linja
c1160	sinjal, sinjali, indikazzjoni
c1161	differenza, differenzi
c1162	ċans, opportunità, xorti
c1163	opportunità, opportunitajiet
c1164	periklu, perikli, il-periklu, tal-periklu, fil-periklu
c1165	riskju, riskji
c1166	importanza, l-importanza, tal-importanza, fl-importanza
c1167	suċċess, suċċessi
c1168	falliment, fallimenti, nuqqas ta' suċċess
c1169	sforz, sforzi
c1170	rwol, rwoli, ir-rwol, tar-rwol, fir-rwol
c1171	għanijiet, skop, l-għan, tal-għan, fl-għan
c1172	kwalità, kwalitajiet
c1173	ammont, ammonti, kwantità
c1174	maġġoranza, il-maġġoranza, tal-maġġoranza, fil-maġġoranza
c1175	perċent, fil-mija
c1176	medju, medja, medji
c1177	messaġġ, messaġġi
c1178	aħbarijiet, aħbar, l-aħbarijiet, tal-aħbarijiet, fl-aħbarijiet
c1179	informazzjoni, tagħrif
c1180	isem, ismijiet, l-isem, ismu, isimha, tal-isem, fl-isem
c1181	parlament, il-parlament, parlamenti, tal-parlament, fil-parlament
c1182	parlamentari
c1183	membru, membri, deputat
c1184	riżoluzzjoni, riżoluzzjonijiet
c1185	gvern, il-gvern, gvernijiet, tal-gvern, fil-gvern
c1186	ministru, ministri
c1187	prim ministru, primministru
c1188	president, presidenti, il-president, tal-president, fil-president
c1189	elezzjoni, elezzjonijiet, l-elezzjoni, tal-elezzjoni, fl-elezzjoni
c1190	elettorali
c1191	ivvota, jivvota, ivvotaw
c1192	vot, voti, il-vot, tal-vot, fil-vot
c1193	votant, votanti, elettur
c1194	kandidat, kandidati
c1195	kampanja, kampanji
c1196	referendum, referenda
c1197	partit, partiti, il-partit, tal-partit, fil-partit
c1198	drittijiet tal-bniedem
c1199	dritt, drittijiet, id-dritt, tad-dritt, fid-dritt
c1200	liġi, liġijiet, il-liġi, tal-liġi, fil-liġi
c1201	legali, ġuridiku
c1202	illegali
c1203	qorti, qrati, il-qorti, tal-qorti, fil-qorti
c1204	imħallef, imħallfin
c1205	avukat, avukati
c1206	prosekutur, prosekuturi
c1207	proċess, ġuri, proċessi
c1208	sentenza, sentenzi, piena
c1209	priġunier, priġunieri, ħabsi
c1210	priġunier politiku, priġunieri politiċi
c1211	arresta, jarresta, arrestaw, arrestat
c1212	arrest, arresti
c1213	detenzjoni, id-detenzjoni, tad-detenzjoni, fid-detenzjoni
c1214	żamm, iżomm, detenut, miżmum
c1215	ħeles, jeħles, ħelsu, rilaxxa
c1216	ħelsien, rilaxx
c1217	tortura, it-tortura, tat-tortura, fit-tortura
c1218	ikkundanna, jikkundanna, ikkundannaw
c1219	ħeġġeġ, iħeġġeġ, jħeġġeġ
c1220	jistieden, stieden, appella
c1221	talab, jitlob, jappella
c1222	jilqa', laqa', jilqgħu
c1223	jiddispjaċih, jiddeplora, jiddispjaċiha
c1224	jfakkar, fakkar, ifakkar
c1225	ġurnalist, ġurnalisti
c1226	midja, il-midja, mezzi tax-xandir, tal-midja, fil-midja
c1227	stampa, l-istampa, gazzetti, tal-istampa, fl-istampa
c1228	protesta, protesti
c1229	dimostrant, dimostranti
c1230	dimostrazzjoni, dimostrazzjonijiet
c1231	libertà, il-libertà, ħelsien, tal-libertà, fil-libertà
c1232	libertà tal-espressjoni
c1233	libertà ta' għaqda, libertà tal-assemblea
c1234	demokrazija, id-demokrazija, tad-demokrazija, fid-demokrazija
c1235	demokratiku, demokratika, demokratiċi
c1236	stat membru, stati membri
c1237	kummissjoni, il-kummissjoni, tal-kummissjoni, fil-kummissjoni
c1238	kummissarju, kummissarji
c1239	kunsill, il-kunsill, tal-kunsill, fil-kunsill
c1240	unjoni, l-unjoni, tal-unjoni, fl-unjoni
c1241	unjoni ewropea, l-unjoni ewropea
c1242	ċittadin, ċittadini, ċittadina
c1243	ċittadinanza
c1244	vjolenza, il-vjolenza, tal-vjolenza, fil-vjolenza
c1245	vjolenti
c1246	pulizija, il-pulizija, tal-pulizija, fil-pulizija
c1247	pulizija, uffiċjal tal-pulizija, il-pulizija, tal-pulizija, fil-pulizija
c1248	armata, armati, l-armata, tal-armata, fl-armata
c1249	militari
c1250	suldat, suldati
c1251	gwerra, gwerer, il-gwerra, tal-gwerra, fil-gwerra
c1252	paċi, il-paċi, tal-paċi, fil-paċi
c1253	kunflitt, kunflitti
c1254	arma, armi
c1255	sanzjoni, sanzjonijiet
c1256	oppożizzjoni, l-oppożizzjoni, tal-oppożizzjoni, fl-oppożizzjoni
c1257	reġim, reġimi, ir-reġim, tar-reġim, fir-reġim
c1258	awtorità, awtoritajiet, l-awtoritajiet, tal-awtoritajiet, fl-awtoritajiet
c1259	stat, stati, l-istat, tal-istat, fl-istat
c1260	pajjiż, pajjiżi, il-pajjiż, tal-pajjiż, fil-pajjiż
c1261	nazzjon, nazzjonijiet, ġens
c1262	repubblika, repubbliki, ir-repubblika, tar-repubblika, fir-repubblika
c1263	renju, renji, ir-renju, tar-renju, fir-renju
c1264	re, slaten, ir-re, tar-re, fir-re
c1265	reġina, reġini, ir-reġina, tar-reġina, fir-reġina
c1266	imperatur, imperaturi
c1267	imperu, imperi, l-imperu, tal-imperu, fl-imperu
c1268	kostituzzjoni, il-kostituzzjoni, tal-kostituzzjoni, fil-kostituzzjoni
c1269	kostituzzjonali
c1270	trattat, trattati, it-trattat, tat-trattat, fit-trattat
c1271	ftehim, ftehimiet, il-ftehim, tal-ftehim, fil-ftehim
c1272	negozjati, negozjar, negozjat
c1273	innegozja, jinnegozja, innegozjaw
c1274	reat, reati, delitt, kriminalità
c1275	kriminali
c1276	vittma, vittmi
c1277	qtil, omiċidju, il-qtil, tal-qtil, fil-qtil
c1278	terroriżmu, it-terroriżmu, tat-terroriżmu, fit-terroriżmu
c1279	terrorist, terroristi
c1280	attakk, attakki
c1281	sigurtà, is-sigurtà, tas-sigurtà, fis-sigurtà
c1282	sikurezza, sigurtà
c1283	difiża, id-difiża, tad-difiża, fid-difiża
c1284	refuġjat, refuġjati
c1285	migrant, migranti
c1286	migrazzjoni, il-migrazzjoni, tal-migrazzjoni, fil-migrazzjoni
c1287	ażil, l-ażil, tal-ażil, fl-ażil
c1288	minoranza, minoranzi
c1289	diskriminazzjoni
c1290	ugwaljanza, l-ugwaljanza, tal-ugwaljanza, fl-ugwaljanza
c1291	ġeneru, sess
c1292	stat tad-dritt, saltna tad-dritt
c1293	ġustizzja, il-ġustizzja, tal-ġustizzja, fil-ġustizzja
c1294	ġudizzjarju, ġudizzjarja, ġudizzjarji
c1295	indipendenza, l-indipendenza, tal-indipendenza, fl-indipendenza
c1296	indipendenti
c1297	sovranità, is-sovranità, tas-sovranità, fis-sovranità
c1298	territorju, territorji
c1299	okkupazzjoni, l-okkupazzjoni, tal-okkupazzjoni, fl-okkupazzjoni
c1300	invażjoni, l-invażjoni, tal-invażjoni, fl-invażjoni
c1301	waqfien mill-ġlied, waqfien
c1302	umanitarju, umanitarja, umanitarji
c1303	għajnuna, l-għajnuna, tal-għajnuna, fl-għajnuna
c1304	kooperazzjoni, koperazzjoni
c1305	djalogu, id-djalogu, tad-djalogu, fid-djalogu
c1306	relazzjoni, relazzjonijiet
c1307	diplomatiku, diplomatika, diplomatiċi
c1308	ambaxxatur, ambaxxaturi
c1309	ambaxxata, ambaxxati
c1310	delegazzjoni, delegazzjonijiet
c1311	rappreżentant, rappreżentanti
c1312	uffiċjal, uffiċjali
c1313	amministrazzjoni, l-amministrazzjoni, tal-amministrazzjoni, fl-amministrazzjoni
c1314	istituzzjoni, istituzzjonijiet
c1315	aġenzija, aġenziji
c1316	poter, setgħa, il-poter, tal-poter, fil-poter
c1317	politika, politiki, il-politika, tal-politika, fil-politika
c1318	politika, il-politika, tal-politika, fil-politika
c1319	politiku, politika, politiċi
c1320	politiku, politiċi
c1321	riforma, riformi
c1322	leġiżlazzjoni, il-leġiżlazzjoni, tal-leġiżlazzjoni, fil-leġiżlazzjoni
c1323	direttiva, direttivi
c1324	regolament, regolamenti
c1325	proposta, proposti
c1326	emenda, emendi
c1327	rapport, rapporti
c1328	dibattitu, dibattiti
c1329	sessjoni, sessjonijiet, seduta
c1330	kumitat, kumitati
c1331	president, presidenti
c1332	presidenza, presidenzi
c1333	mandat, mandati
c1334	adotta, jadotta, adottat, adottaw
c1335	approva, japprova, approvat, approvaw
c1336	astjena, jastjeni, astjenew
c1337	koalizzjoni, koalizzjonijiet
c1338	mexxej, mexxejja
c1339	korruzzjoni, il-korruzzjoni, tal-korruzzjoni, fil-korruzzjoni
c1340	frodi, il-frodi, tal-frodi, fil-frodi
c1341	trasparenza, it-trasparenza, tat-trasparenza, fit-trasparenza
c1342	investigazzjoni, investigazzjonijiet, inkjesta
c1343	investiga, jinvestiga, investigaw
c1344	evidenza, provi, prova
c1345	xhud, xhieda
c1346	akkuża, akkużi
c1347	akkuża, jakkuża, akkużaw
c1348	ħati, ħatja, ħatjin
c1349	innoċenti
c1350	ikkundanna, jikkundanna, instab ħati
c1351	appell, appelli
c1352	piena, pieni, penali
c1353	piena tal-mewt
c1354	eżekuzzjoni, eżekuzzjonijiet
c1355	multa, multi
c1356	kastig, kastigi, piena
c1357	ikkastiga, jikkastiga
c1358	attivist, attivisti
c1359	difensur tad-drittijiet tal-bniedem, difensur
c1360	dissident, dissidenti
c1361	ostaġġ, ostaġġi
c1362	ħataf, jaħtaf, ħatfu
c1363	għajbien, sparizzjoni
c1364	fastidju, molestja
c1365	intimidazzjoni
c1366	persekuzzjoni
c1367	repressjoni
c1368	trażżin, repressjoni
c1369	ċensura
c1370	abbuż, abbużi
c1371	stupru
c1372	ġenoċidju
c1373	delitt tal-gwerra, reati tal-gwerra
c1374	traffikar, traffikar tal-bnedmin
c1375	skjavitù, jasar
c1376	nazzjonijiet uniti, nu
c1377	nato, in-nato, tan-nato, fin-nato
c1378	parlament ewropew, il-parlament ewropew
c1379	kummissjoni ewropea
c1380	summit, laqgħa għolja
c1381	fond, fondi, il-fond, tal-fond, fil-fond
c1382	finanzjament, il-finanzjament, tal-finanzjament, fil-finanzjament
c1383	programm, programmi
c1384	strateġija, strateġiji
c1385	objettiv, objettivi
c1386	miżura, miżuri
c1387	azzjoni, azzjonijiet
c1388	qafas, oqfsa, il-qafas, tal-qafas, fil-qafas
c1389	implimentazzjoni
c1390	implimenta, jimplimenta
c1391	żgura, jiżgura, jiżguraw
c1392	saħaq, jisħaq, enfasizza
c1393	jinnota, innota, jieħu nota
c1394	jtenni, tenna, itenni
c1395	esprima, jesprimi
c1396	tħassib, tħassib serju, inkwiet
c1397	jiddeplora, iddeplora
c1398	iddenunzja, jiddenunzja, ikkundanna
c1399	insista, jinsisti
c1400	inkoraġġixxa, jinkoraġġixxi, ħeġġeġ
c1401	stieden, jistieden, stidnu
c1402	enfasizza, jenfasizza, jisħaq
c1403	għaraf, jagħraf, rikonoxxa
c1404	irrikonoxxa, jirrikonoxxi, għaraf
c1405	ikkunsidra, jikkunsidra, qies
c1406	immedjatament, minnufih
c1407	bil-qawwa, bis-sħiħ, qawwi
c1408	profondament, bil-qalb
c1409	mingħajr kundizzjonijiet, bla kundizzjonijiet
c1410	vot, voti, karta tal-vot
c1411	ġust, ġusta, ekwu
c1412	osservatur, osservaturi
c1413	suq intern, is-suq intern
c1414	kompetizzjoni, il-kompetizzjoni, tal-kompetizzjoni, fil-kompetizzjoni
c1415	agrikoltura, biedja
c1416	sajd, is-sajd, tas-sajd, fis-sajd
c1417	tibdil fil-klima
c1418	emissjoni, emissjonijiet
c1419	sostenibbli
c1420	żvilupp, l-iżvilupp, tal-iżvilupp, fl-iżvilupp
c1421	innovazzjoni
c1422	diġitali
c1423	dejta, data
c1424	privatezza, il-privatezza, tal-privatezza, fil-privatezza
c1425	protezzjoni, ħarsien
c1426	trasport, it-trasport, tat-trasport, fit-trasport
c1427	infrastruttura
c1428	reġjonali
c1429	solidarjetà, is-solidarjetà, tas-solidarjetà, fis-solidarjetà
c1430	tkabbir, espansjoni, l-espansjoni, tal-espansjoni, fl-espansjoni
c1431	adeżjoni, sħubija
c1432	dwana, id-dwana, dwani, tad-dwana, fid-dwana
c1433	munita, muniti, valuta
c1434	inflazzjoni
c1435	imgħax, l-imgħax, tal-imgħax, fl-imgħax
c1436	interess, interessi, l-interess, tal-interess, fl-interess
c1437	defiċit
c1438	soċjetà, soċjetajiet, is-soċjetà, tas-soċjetà, fis-soċjetà
c1439	komunità, komunitajiet
c1440	organizzazzjoni, organizzazzjonijiet
c1441	assoċjazzjoni, għaqda
c1442	popolazzjoni, il-popolazzjoni, tal-popolazzjoni, fil-popolazzjoni
c1443	opinjoni pubblika
c1444	responsabbiltà, responsabbiltajiet
c1445	responsabbli
c1446	obbligu, obbligi, dmir
c1447	prinċipju, prinċipji
c1448	valur, valuri
c1449	dinjità, id-dinjità, tad-dinjità, fid-dinjità
c1450	rispett, ir-rispett, tar-rispett, fir-rispett
c1451	irrispetta, jirrispetta
c1452	infurzar tal-liġi
c1453	proċedura, proċeduri
c1454	proċess, proċessi
c1455	kwistjoni, kwistjonijiet, materja
c1456	materja, kwistjoni, affari
c1457	sistema, sistemi
c1458	ordni, ordnijiet, kmand
c1459	regola, regoli
c1460	effett, effetti
c1461	impatt, impatti
c1462	kundizzjoni, kundizzjonijiet, stat
c1463	aċċess, l-aċċess, tal-aċċess, fl-aċċess
c1464	riżorsa, riżorsi
c1465	għadu, għedewwa, l-għadu, tal-għadu, fl-għadu
c1466	eroj, erojina, erojiet
c1467	gwardja, għassies, gwardjani
c1468	qassis, qassisin, saċerdot
c1469	tradizzjoni, tradizzjonijiet
c1470	festival, festa, festi
c1471	ċerimonja, ċerimonji
c1472	diskors, diskorsi
c1473	opinjoni, opinjonijiet, fehma
c1474	stqarrija, dikjarazzjoni
c1475	dikjarazzjoni, dikjarazzjonijiet
c1476	attenzjoni, l-attenzjoni, tal-attenzjoni, fl-attenzjoni
c1477	verità, il-verità, sewwa, tal-verità, fil-verità
c1478	sigriet, sigrieti
c1479	theddida, theddid
c1480	rebħa, rebħiet
c1481	telfa, telfiet
c1482	battalja, battalji, ġlieda
c1483	rivoluzzjoni
c1484	bandiera, bnadar, il-bandiera, tal-bandiera, fil-bandiera
c1485	għarix, barrakka, kabina
c1486	valanga, valangi
c1487	alleat, alleati
c1488	truppi, suldati
c1489	strajk, strajkijiet
c1490	pensjoni, pensjonijiet
c1491	akkomodazzjoni, djar, abitazzjoni
c1492	xorti, ix-xorti, fortuna, tax-xorti, fix-xorti
c1493	kaċċatur, kaċċaturi
c1494	għoli, l-għoli, tal-għoli, fl-għoli
c1495	tul, it-tul, tat-tul, fit-tul
c1496	piż, il-piż, tal-piż, fil-piż
c1497	veloċità, ħeffa
c1498	wirt, il-wirt, patrimonju, tal-wirt, fil-wirt
c1499	arma, senter, pistola
c1500	bomba, bombi
`;
