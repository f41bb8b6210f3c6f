// Concordia's core vocabulary in French: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	
c0002	deux
c0003	trois
c0004	quatre
c0005	cinq
c0006	six
c0007	sept
c0008	huit
c0009	neuf
c0010	dix
c0011	onze
c0012	douze
c0013	treize
c0014	quatorze
c0015	quinze
c0016	seize
c0017	dix-sept
c0018	dix-huit
c0019	dix-neuf
c0020	vingt, vingts
c0021	trente
c0022	quarante
c0023	cinquante
c0024	soixante
c0025	soixante-dix, septante
c0026	quatre-vingts, quatre-vingt, huitante
c0027	quatre-vingt-dix, nonante
c0028	cent, cents
c0029	mille
c0030	million
c0031	milliard
c0032	premier, première
c0033	deuxième, second, seconde
c0034	troisième
c0035	quatrième
c0036	cinquième
c0037	sixième
c0038	septième
c0039	huitième
c0040	neuvième
c0041	dixième
c0042	moitié, demi, demie
c0043	quart, quarts
c0044	douzaine
c0045	double
c0046	dernier, dernière
c0047	prochain, suivant
c0048	janvier
c0049	février
c0050	mars
c0051	avril
c0052	mai
c0053	juin
c0054	juillet
c0055	août
c0056	septembre
c0057	octobre
c0058	novembre
c0059	décembre
c0060	lundi
c0061	mardi
c0062	mercredi
c0063	jeudi
c0064	vendredi
c0065	samedi
c0066	dimanche
c0067	printemps
c0068	
c0069	automne
c0070	hiver
c0071	saison
c0072	jour, jours, journée
c0073	semaine
c0074	mois
c0075	an, ans, année
c0076	heure
c0077	minute
c0078	seconde
c0079	matin, matinée
c0080	après-midi
c0081	soir, soirée
c0082	nuit, nuits
c0083	midi
c0084	minuit
c0085	aujourd'hui
c0086	hier
c0087	demain
c0088	ce soir, cette nuit
c0089	siècle
c0090	décennie
c0091	temps
c0092	moment, instant
c0093	période
c0094	date
c0095	week-end, weekend
c0096	calendrier
c0097	horloge, pendule
c0098	âge
c0099	passé
c0100	avenir, futur
c0101	présent
c0102	maintenant
c0103	bientôt
c0104	ensuite, plus tard
c0105	tôt, précoce
c0106	tard, tardif, tardive
c0107	déjà
c0108	encore, à nouveau
c0109	toujours
c0110	jamais
c0111	souvent
c0112	parfois, quelquefois
c0113	il y a
c0114	récemment, dernièrement
c0115	quotidien, journalier
c0116	annuel
c0117	aube, aurore
c0118	coucher de soleil, crépuscule
c0119	lever de soleil, aurore
c0120	ère, époque
c0121	début, commencement
c0122	fin
c0123	anniversaire
c0124	vacances, congé, férié
c0125	noël
c0126	pâques
c0127	anniversaire, commémoration
c0128	couleur
c0129	rouge
c0130	bleu
c0131	vert
c0132	jaune
c0133	noir
c0134	blanc, blanche
c0135	gris, grise
c0136	brun, marron
c0137	orange
c0138	rose
c0139	violet, violette, pourpre
c0140	doré
c0141	sombre, obscur
c0142	brillant, lumineux, lumineuse
c0143	pâle
c0144	nord
c0145	sud
c0146	orient
c0147	ouest
c0148	septentrional, nordique
c0149	méridional, méridionaux
c0150	oriental, orientaux
c0151	occidental, occidentaux
c0152	gauche
c0153	droit, droite
c0154	sommet, haut
c0155	fond, bas
c0156	côté
c0157	milieu
c0158	centre
c0159	devant, façade
c0160	arrière
c0161	bord
c0162	famille
c0163	mère
c0164	père
c0165	parent
c0166	enfant
c0167	fils
c0168	fille
c0169	frère
c0170	sœur
c0171	mari, époux
c0172	épouse, femme
c0173	grand-père
c0174	grand-mère
c0175	petit-enfant, petits-enfants, petit-fils, petite-fille
c0176	oncle
c0177	tante
c0178	cousin
c0179	bébé
c0180	garçon
c0181	fille, fillette
c0182	homme
c0183	femme
c0184	personne
c0185	gens, peuple
c0186	ami, amie, amis
c0187	voisin
c0188	invité, hôte
c0189	mariage, noces
c0190	mariage
c0191	épouser, épouse, épousé, marier, marie, marié
c0192	divorce
c0193	naissance
c0194	né, née, nés, nées
c0195	mourir, meurt, meurent, mourut, mourait, mourant, mort
c0196	mort, décès
c0197	mort, morte
c0198	vie
c0199	vivre, vit, vivent, vécu, vivait, habiter, habite
c0200	vivant, en vie
c0201	jeune
c0202	vieux, vieille, vieil, âgé, ancien
c0203	jeunesse
c0204	adulte
c0205	génération
c0206	parent, proche
c0207	couple
c0208	jumeau, jumeaux, jumelle
c0209	veuve
c0210	orphelin
c0211	ancêtre, aïeul, aïeux
c0212	corps
c0213	tête
c0214	visage, figure
c0215	œil, yeux
c0216	oreille
c0217	nez
c0218	bouche
c0219	dent
c0220	langue
c0221	lèvre
c0222	cheveux, cheveu, chevelure
c0223	cou
c0224	épaule
c0225	bras
c0226	main, mains
c0227	doigt
c0228	jambe
c0229	genou, genoux
c0230	pied, pieds
c0231	dos
c0232	poitrine
c0233	cœur
c0234	sang
c0235	os
c0236	peau
c0237	estomac, ventre
c0238	cerveau, cerveaux
c0239	souffle, haleine, respiration
c0240	respirer, respire, respiré
c0241	voix
c0242	poumon
c0243	muscle
c0244	blessure, plaie
c0245	blessure, lésion
c0246	blesser, blesse, blessé
c0247	douleur
c0248	aveugle
c0249	sourd
c0250	barbe
c0251	larme
c0252	aile
c0253	queue
c0254	temps, météo
c0255	pluie
c0256	neige
c0257	glace
c0258	vent
c0259	tempête, orage
c0260	nuage
c0261	brouillard, brume
c0262	soleil
c0263	ciel, cieux
c0264	chaud, chaude, brûlant
c0265	froid, froide
c0266	chaud, tiède
c0267	frais, fraîche
c0268	sec, sèche
c0269	mouillé, humide
c0270	température
c0271	degré
c0272	climat
c0273	gel, givre
c0274	tonnerre
c0275	éclair, foudre
c0276	inondation, crue
c0277	sécheresse
c0278	chaleur
c0279	air
c0280	ombre
c0281	geler, gèle, gelé, congeler
c0282	fondre, fond, fondu, fondent
c0283	souffler, souffle, soufflé
c0284	briller, brille, brillé
c0285	nature
c0286	terre
c0287	sol, terre
c0288	terre
c0289	sol, terre, terreau
c0290	sable
c0291	pierre
c0292	rocher, roche, roc
c0293	montagne, mont
c0294	colline
c0295	vallée, val
c0296	fleuve, rivière
c0297	ruisseau, ruisseaux
c0298	lac, lacs
c0299	mer, mers
c0300	océan
c0301	côte, littoral
c0302	rivage, rive, bord
c0303	plage
c0304	île, îles
c0305	baie, golfe
c0306	falaise
c0307	grotte, caverne
c0308	glacier
c0309	sommet, cime
c0310	pic, pics, cime
c0311	crête, arête
c0312	pente, versant
c0313	col, cols
c0314	plaine
c0315	champ, champs
c0316	pré, prairie
c0317	forêt, bois
c0318	bois
c0319	arbre
c0320	branche
c0321	feuille
c0322	racine
c0323	fleur
c0324	herbe
c0325	plante
c0326	graine, semence
c0327	fruit
c0328	buisson, arbuste
c0329	désert
c0330	marais, marécage
c0331	cascade, chute
c0332	source
c0333	vague
c0334	rive, berge
c0335	paysage
c0336	vue, panorama
c0337	horizon
c0338	étoile
c0339	lune
c0340	planète
c0341	monde
c0342	espace
c0343	feu, feux, incendie
c0344	flamme
c0345	eau, eaux
c0346	fumée
c0347	poussière
c0348	boue
c0349	or
c0350	argent
c0351	fer
c0352	métal, métaux
c0353	charbon
c0354	pétrole, huile
c0355	gaz
c0356	sel
c0357	volcan
c0358	séisme, tremblement de terre
c0359	animal, animaux
c0360	oiseau, oiseaux
c0361	poisson
c0362	chien
c0363	chat, chats
c0364	cheval, chevaux
c0365	vache
c0366	mouton, brebis
c0367	chèvre
c0368	porc, cochon
c0369	poulet, poule
c0370	ours
c0371	loup, loups
c0372	renard
c0373	cerf, chevreuil
c0374	lapin
c0375	souris
c0376	rat, rats
c0377	serpent
c0378	insecte
c0379	abeille
c0380	mouche
c0381	papillon
c0382	aigle
c0383	baleine
c0384	lion
c0385	éléphant
c0386	bétail, bovins
c0387	nid, nids
c0388	œuf, œufs
c0389	plume
c0390	chasser, chasse, chassé
c0391	ferme, exploitation
c0392	agriculteur, fermier, paysan
c0393	récolte, moisson
c0394	culture, récolte
c0395	blé
c0396	environnement
c0397	pollution
c0398	espèce
c0399	biodiversité
c0400	parc national
c0401	sauvage
c0402	naturel
c0403	europe
c0404	européen, européenne
c0405	afrique
c0406	africain
c0407	asie
c0408	asiatique
c0409	amérique
c0410	américain
c0411	états-unis
c0412	russie
c0413	russe
c0414	ukraine
c0415	ukrainien, ukrainienne
c0416	biélorussie, bélarus
c0417	chine
c0418	chinois
c0419	royaume-uni
c0420	britannique
c0421	angleterre
c0422	anglais
c0423	turquie
c0424	turc, turque
c0425	japon
c0426	inde
c0427	israël
c0428	iran
c0429	syrie
c0430	suisse
c0431	norvège
c0432	allemagne
c0433	allemand
c0434	france
c0435	français, française
c0436	italie
c0437	italien, italienne
c0438	espagne
c0439	espagnol
c0440	portugal
c0441	portugais
c0442	pays-bas
c0443	néerlandais, hollandais
c0444	belgique
c0445	belge
c0446	luxembourg
c0447	autriche
c0448	autrichien, autrichienne
c0449	pologne
c0450	polonais
c0451	république tchèque, tchéquie
c0452	tchèque
c0453	slovaquie
c0454	slovaque
c0455	hongrie
c0456	hongrois
c0457	slovénie
c0458	croatie
c0459	roumanie
c0460	roumain
c0461	bulgarie
c0462	bulgare
c0463	grèce
c0464	grec, grecque
c0465	chypre
c0466	malte
c0467	irlande
c0468	irlandais
c0469	danemark
c0470	danois
c0471	suède
c0472	suédois
c0473	finlande
c0474	finlandais
c0475	estonie
c0476	lettonie
c0477	lituanie
c0478	alpes
c0479	méditerranéen, méditerranéenne, méditerranée
c0480	atlantique
c0481	balte, baltique
c0482	bruxelles
c0483	strasbourg
c0484	voyager, voyage, voyagé
c0485	voyage, trajet
c0486	excursion, voyage
c0487	touriste
c0488	tourisme
c0489	hôtel
c0490	pièce, chambre, salle
c0491	passeport
c0492	billet, ticket
c0493	train
c0494	chemin de fer, voie ferrée
c0495	gare, station
c0496	bus, autobus, autocar
c0497	voiture, automobile
c0498	véhicule
c0499	vélo, bicyclette
c0500	bateau, bateaux, barque
c0501	navire, bateau
c0502	avion
c0503	aéroport
c0504	vol, vols
c0505	port, ports
c0506	port, havre
c0507	route
c0508	rue, rues
c0509	chemin, sentier
c0510	pont, ponts
c0511	tunnel
c0512	carte, plan
c0513	guide
c0514	circuit, tour, visite
c0515	visiter, visite, visité
c0516	visiteur
c0517	arriver, arrive, arrivé, arrivée
c0518	partir, partent, partit, quitter, quitte, quitté
c0519	partir, partent, partait
c0520	revenir, revient, revenu, retourner, retourne, retourné, rentrer
c0521	conduire, conduit, conduisent, conduisait
c0522	monter, rouler, chevaucher
c0523	marcher, marche
c0524	grimper, grimpe, grimpé, escalader, gravir, monter
c0525	nager, nage, nagé
c0526	naviguer, navigue, navigué
c0527	traverser, traverse, traversé, franchir
c0528	atteindre, atteint, atteignent, parvenir, parvient
c0529	itinéraire, trajet
c0530	frontière
c0531	distance
c0532	kilomètre
c0533	mètre
c0534	mille
c0535	à l'étranger, étranger
c0536	étranger, étrangère
c0537	circulation, trafic
c0538	accident
c0539	passager
c0540	conducteur, chauffeur
c0541	camp, campement
c0542	tente
c0543	rester, reste, resté, séjourner
c0544	attendre, attend, attendu, attendent
c0545	village
c0546	ville, bourg
c0547	ville, cité
c0548	capitale
c0549	place
c0550	marché
c0551	magasin, boutique
c0552	église
c0553	cathédrale
c0554	château, châteaux
c0555	palais
c0556	tour
c0557	musée
c0558	monument
c0559	parc
c0560	jardin
c0561	mur, murs
c0562	porte, portail
c0563	porte
c0564	fenêtre
c0565	étage
c0566	toit, toits
c0567	escalier
c0568	cuisine
c0569	lit, lits
c0570	table
c0571	chaise
c0572	maison
c0573	foyer, domicile
c0574	bâtiment, édifice
c0575	appartement, logement
c0576	adresse
c0577	quartier, district
c0578	région
c0579	zone, domaine, région
c0580	campagne
c0581	hôpital, hôpitaux
c0582	école
c0583	université
c0584	bibliothèque
c0585	restaurant
c0586	bureau, bureaux
c0587	usine
c0588	prison
c0589	théâtre
c0590	cinéma
c0591	clé, clef
c0592	lampe
c0593	lumière
c0594	boîte
c0595	sac, sacs
c0596	bouteille
c0597	verre
c0598	tasse
c0599	assiette
c0600	couteau, couteaux
c0601	livre
c0602	lettre
c0603	papier
c0604	stylo, plume
c0605	image, tableau
c0606	photo, photographie
c0607	appareil photo, caméra
c0608	téléphone
c0609	ordinateur
c0610	internet
c0611	télévision
c0612	radio
c0613	journal, journaux
c0614	vêtements, habits
c0615	chemise
c0616	robe
c0617	chaussure, soulier
c0618	manteau, manteaux
c0619	chapeau, chapeaux
c0620	argent
c0621	prix
c0622	coût
c0623	payer, paie, paye, payé
c0624	acheter, achète, acheté, achat
c0625	vendre, vend, vendu, vendent
c0626	bon marché, pas cher
c0627	cher, chère, coûteux
c0628	euro
c0629	nourriture, aliment
c0630	pain, pains
c0631	viande
c0632	lait, laits
c0633	fromage
c0634	beurre
c0635	vin, vins
c0636	bière
c0637	café
c0638	thé, thés
c0639	sucre
c0640	pomme
c0641	légume
c0642	pomme de terre, patate
c0643	riz
c0644	soupe, potage
c0645	gâteau, gâteaux
c0646	petit déjeuner, petit-déjeuner
c0647	déjeuner
c0648	dîner
c0649	repas
c0650	manger, mange, mangé, mangent
c0651	boire, boit, boivent, bu, buvait
c0652	cuisiner, cuisine, cuisiné, cuire
c0653	goût, saveur
c0654	affamé, faim
c0655	faim, famine
c0656	sucré, doux, douce
c0657	frais, fraîche
c0658	miel
c0659	raisin
c0660	farine
c0661	maïs, grain
c0662	soif
c0663	travail, travaux
c0664	travailler, travaille, travaillé
c0665	emploi, poste, travail
c0666	travailleur, ouvrier
c0667	employé, salarié
c0668	employeur
c0669	entreprise, société
c0670	affaires, entreprise, commerce
c0671	industrie
c0672	commerce, échanges
c0673	économie
c0674	économique
c0675	salaire
c0676	salaire, paie
c0677	revenu, revenus
c0678	impôt, taxe
c0679	budget
c0680	bénéfice, profit
c0681	perte
c0682	chômage
c0683	emploi
c0684	carrière
c0685	profession, métier
c0686	directeur, gérant, manager
c0687	collègue
c0688	équipe
c0689	réunion
c0690	projet
c0691	tâche
c0692	contrat
c0693	compétence, savoir-faire
c0694	expérience
c0695	formation
c0696	production
c0697	produit
c0698	service
c0699	client
c0700	consommateur
c0701	croissance
c0702	investissement
c0703	banque
c0704	finance, finances
c0705	financier, financière
c0706	dette
c0707	crise
c0708	pauvreté
c0709	pauvre
c0710	riche
c0711	richesse, fortune
c0712	propriété, biens
c0713	propriétaire
c0714	posséder, possède, possédé
c0715	construire, construit, construisent, bâtir
c0716	produire, produit, produisent, fabriquer
c0717	approvisionnement, fourniture, offre
c0718	énergie
c0719	électricité
c0720	technologie
c0721	machine
c0722	outil
c0723	ingénieur
c0724	médecin, docteur
c0725	infirmier, infirmière
c0726	enseignant, professeur, instituteur
c0727	étudiant, étudiante
c0728	élève
c0729	leçon, cours
c0730	classe
c0731	examen
c0732	étudier, étudie, étudié
c0733	apprendre, apprend, apprennent, appris, apprenait
c0734	enseigner, enseigne, enseigné
c0735	éducation, enseignement
c0736	connaissance, savoir
c0737	savoir, sait, savent, su, savait, connaître, connaît, connu
c0738	science
c0739	scientifique
c0740	recherche
c0741	scientifique, chercheur
c0742	lire, lit, lisent, lu, lisait
c0743	écrire, écrit, écrivent, écrivait
c0744	mot, mots
c0745	langue, langage
c0746	phrase
c0747	question
c0748	réponse
c0749	page
c0750	histoire, récit
c0751	histoire
c0752	historique
c0753	art, arts
c0754	artiste
c0755	musique
c0756	chanson, chant
c0757	chanter, chante, chanté
c0758	danser, danse, dansé
c0759	film, films
c0760	jeu, jeux
c0761	jouer, joue, joué
c0762	sport
c0763	gagner, gagne, gagné, vaincre
c0764	perdre, perd, perdu, perdent
c0765	football, foot
c0766	joueur
c0767	culture
c0768	culturel
c0769	écrivain
c0770	auteur
c0771	poème
c0772	poète
c0773	roman
c0774	santé
c0775	sain, saine, bien portant
c0776	malade
c0777	maladie
c0778	maladie
c0779	virus
c0780	pandémie
c0781	patient, malade
c0782	médicament, médecine, remède
c0783	drogue, stupéfiant
c0784	traitement, soins
c0785	soin, soins
c0786	blesser, faire mal, blessé
c0787	fatigué
c0788	dormir, dort, dorment, dormi, dormait
c0789	réveiller, réveille, réveillé
c0790	repos
c0791	cancer
c0792	vaccin
c0793	mental, mentaux, psychique
c0794	sentir, sent, sentent, senti, ressentir, ressent
c0795	sentiment
c0796	amour
c0797	aimer, aime, aimé
c0798	détester, déteste, détesté, haïr, hait
c0799	peur, crainte
c0800	effrayé, apeuré
c0801	heureux, heureuse
c0802	bonheur
c0803	triste
c0804	tristesse
c0805	fâché, en colère, furieux
c0806	colère
c0807	joie
c0808	espoir, espérance
c0809	espérer, espère, espéré
c0810	inquiéter, inquiète, inquiété, soucier
c0811	surprise
c0812	honte
c0813	fierté, orgueil
c0814	fier, fière
c0815	seul, solitaire
c0816	calme, tranquille
c0817	sourire, sourit, souri
c0818	rire, rit, rient, ri
c0819	pleurer, pleure, pleuré
c0820	baiser, bisou
c0821	rêve
c0822	souhait, vœu, désir
c0823	vouloir, veut, veulent, voulu, voulait, veux
c0824	aimer, aime, aimé
c0825	apprécier, apprécie, profiter
c0826	préférer, préfère, préféré
c0827	manquer, manque, manqué, regretter
c0828	souffrir, souffre, souffert
c0829	plaisir
c0830	courage
c0831	courageux, brave
c0832	confiance
c0833	doute
c0834	croire, croit, croient, cru, croyait
c0835	foi
c0836	dieu, dieux
c0837	religion
c0838	religieux, religieuse
c0839	âme
c0840	esprit
c0841	esprit
c0842	pensée
c0843	penser, pense, pensé, réfléchir
c0844	idée
c0845	souvenir, souvient, souviennent, rappeler, rappelle
c0846	oublier, oublie, oublié
c0847	comprendre, comprend, comprennent, compris, comprenait
c0848	signifier, signifie, signifié, vouloir dire
c0849	sens, signification
c0850	raison
c0851	mémoire, souvenir
c0852	imaginer, imagine, imaginé
c0853	décider, décide, décidé
c0854	décision
c0855	choisir, choisit, choisi
c0856	choix
c0857	plan, projet
c0858	essayer, essaie, essaye, essayé, tenter, tente
c0859	avoir besoin, besoin, nécessiter
c0860	besoin
c0861	dire, dit, disent, disait, dites
c0862	raconter, raconte, raconté, dire
c0863	parler, parle, parlé
c0864	parler, parle, discuter
c0865	demander, demande, demandé
c0866	appeler, appelle, appelé
c0867	crier, crie, crié
c0868	entendre, entend, entendu, entendent
c0869	écouter, écoute, écouté
c0870	voir, voit, voient, voyait, vit, verra
c0871	regarder, regarde, regardé
c0872	regarder, observer, observe, observé
c0873	montrer, montre, montré
c0874	trouver, trouve, trouvé
c0875	donner, donne, donné
c0876	prendre, prend, prennent, pris, prenait, prit
c0877	apporter, apporte, apporté, amener
c0878	porter, porte, porté
c0879	tenir, tient, tiennent, tenu, tenait
c0880	garder, garde, gardé, conserver
c0881	mettre, met, mettent, mis, mettait, placer
c0882	envoyer, envoie, envoyé, enverra
c0883	recevoir, reçoit, reçu, reçoivent, recevait
c0884	obtenir, obtient, obtenu, obtiennent
c0885	faire, fait, font, faisait, fera, ferait, fit
c0886	utiliser, utilise, utilisé, employer
c0887	ouvrir, ouvre, ouvert
c0888	fermer, ferme, fermé
c0889	commencer, commence, commencé, débuter
c0890	commencer, commence, démarrer
c0891	arrêter, arrête, arrêté, cesser
c0892	continuer, continue, continué, poursuivre
c0893	finir, finit, fini, terminer, termine, terminé, achever
c0894	changer, change, changé, modifier
c0895	changement, modification
c0896	grandir, grandit, grandi, croître, croît
c0897	tomber, tombe, tombé
c0898	monter, monte, monté, augmenter, lever, lève
c0899	lever, lève, levé, soulever, relever
c0900	augmenter, augmente, augmenté, accroître
c0901	augmentation, hausse, accroissement
c0902	réduire, réduit, réduisent, diminuer
c0903	venir, vient, viennent, venu, venait, vint
c0904	aller, va, vont, allé, allait, ira, irait, vais
c0905	entrer, entré
c0906	courir, court, couru, courent
c0907	être debout, debout, se tenir
c0908	asseoir, assis, assied, assoit
c0909	être couché, couché, allongé, étendu
c0910	mentir, ment, menti, mentent
c0911	bouger, bouge, déplacer, déplace, déplacé
c0912	tourner, tourne, tourné
c0913	suivre, suit, suivent, suivi
c0914	mener, mène, mené, diriger, dirige, conduire
c0915	rencontrer, rencontre, rencontré, retrouver
c0916	aider, aide, aidé
c0917	aide
c0918	permettre, permet, permettent, permis, autoriser
c0919	empêcher, empêche, empêché, prévenir
c0920	protéger, protège, protégé
c0921	sauver, sauve, sauvé, secourir
c0922	tuer, tue, tué
c0923	combattre, combat, lutter, lutte, battre
c0924	casser, casse, cassé, briser, rompre
c0925	couper, coupe, coupé
c0926	frapper, frappe, frappé
c0927	lancer, lance, lancé, jeter, jette, jeté
c0928	attraper, attrape, attrapé, saisir
c0929	tirer, tire, tiré
c0930	pousser, pousse, poussé
c0931	remplir, remplit, rempli
c0932	laver, lave, lavé
c0933	propre
c0934	dessiner, dessine, dessiné
c0935	peindre, peint, peignent
c0936	réparer, répare, réparé
c0937	créer, crée, créé, créée
c0938	détruire, détruit, détruisent
c0939	brûler, brûle, brûlé
c0940	voler, vole, volé
c0941	cacher, cache, caché
c0942	chercher, cherche, cherché, rechercher
c0943	arriver, arrive, arrivé, se produire
c0944	sembler, semble, semblé, paraître, paraît
c0945	apparaître, apparaît, apparu, paraître
c0946	devenir, devient, deviennent, devenu, devenait, devint
c0947	rester, reste, resté, demeurer
c0948	appartenir, appartient, appartiennent, appartenu
c0949	contenir, contient, contiennent, contenu
c0950	inclure, inclut, inclus, comprendre, comprend
c0951	exister, existe, existé
c0952	dépendre, dépend, dépendent
c0953	causer, cause, causé, provoquer
c0954	cause
c0955	résultat
c0956	affecter, affecte, affecté, toucher
c0957	développer, développe, développé
c0958	améliorer, améliore, amélioré
c0959	soutenir, soutient, soutiennent, soutenu, appuyer
c0960	soutien, appui
c0961	opposer, oppose, opposé
c0962	accepter, être d'accord, convenir, convient
c0963	accepter, accepte, accepté
c0964	refuser, refuse, refusé
c0965	rejeter, rejette, rejeté
c0966	nier, nie, nié
c0967	admettre, admet, admis, avouer
c0968	expliquer, explique, expliqué
c0969	décrire, décrit, décrivent
c0970	rapporter, rapporte, signaler, signale
c0971	annoncer, annonce, annoncé
c0972	informer, informe, informé
c0973	discuter, discute, discuté
c0974	argumenter, soutenir, disputer
c0975	affirmer, affirme, affirmé, prétendre
c0976	suggérer, suggère, suggéré, proposer
c0977	offrir, offre, offert, proposer
c0978	promettre, promet, promis
c0979	avertir, avertit, averti, prévenir
c0980	menacer, menace, menacé
c0981	exiger, exige, exigé, réclamer
c0982	exiger, exige, nécessiter, requérir, requiert
c0983	attendre, attend, s'attendre, prévoir
c0984	interdire, interdit, interdisent
c0985	forcer, force, forcé, obliger, contraindre
c0986	dépenser, dépense, dépensé, passer
c0987	gagner, gagne, gagné
c0988	battre, bat, battu, battent
c0989	préparer, prépare, préparé
c0990	organiser, organise, organisé
c0991	gérer, gère, géré, diriger, réussir
c0992	contrôler, contrôle, contrôlé
c0993	vérifier, vérifie, vérifié, contrôler
c0994	test, essai, examen
c0995	mesurer, mesure, mesuré
c0996	compter, compte, compté
c0997	ajouter, ajoute, ajouté
c0998	comparer, compare, comparé
c0999	relier, relie, relié, connecter
c1000	rejoindre, rejoint, adhérer, joindre
c1001	partager, partage, partagé
c1002	diviser, divise, divisé
c1003	livrer, livré, remettre
c1004	publier, publie, publié
c1005	signer, signe, signé
c1006	porter, porte, porté
c1007	toucher, touche, touché
c1008	odeur
c1009	sons
c1010	bruit
c1011	silence
c1012	grand, grande, gros
c1013	grand, vaste, large
c1014	petit, petite
c1015	petit, petite
c1016	long, longue
c1017	court, courte, bref, brève
c1018	haut, haute, élevé
c1019	bas, basse
c1020	large, vaste
c1021	étroit
c1022	profond
c1023	lourd
c1024	léger, légère
c1025	rapide
c1026	lent
c1027	nouveau, nouvelle, nouvel, nouveaux, neuf, neuve
c1028	bon, bonne, meilleur, mieux
c1029	mauvais, mauvaise, pire, pires
c1030	beau, belle, bel, beaux, joli
c1031	laid, moche
c1032	sale
c1033	plein, pleine
c1034	vide
c1035	facile
c1036	difficile
c1037	dur, difficile
c1038	doux, douce, mou, molle
c1039	fort, forte, puissant
c1040	faible
c1041	sûr, sûre, sécurisé
c1042	dangereux, dangereuse
c1043	libre
c1044	important
c1045	principal, principaux, principale
c1046	nécessaire
c1047	possible
c1048	impossible
c1049	vrai, vraie
c1050	faux, fausse
c1051	réel, réelle, véritable
c1052	correct, exact, juste
c1053	faux, erroné, incorrect
c1054	même, mêmes
c1055	différent
c1056	semblable, similaire, pareil
c1057	entier, entière
c1058	public, publique
c1059	privé
c1060	national, nationaux, nationale
c1061	international, internationaux
c1062	local, locaux
c1063	mondial, mondiaux, global
c1064	social, sociaux
c1065	général, généraux
c1066	spécial, spéciaux, particulier, particulière
c1067	simple
c1068	complexe, compliqué
c1069	clair
c1070	silencieux, calme, tranquille
c1071	bruyant, fort
c1072	célèbre, fameux
c1073	populaire
c1074	commun, courant, habituel
c1075	rare
c1076	étrange, bizarre
c1077	normal, normaux
c1078	prêt, prête
c1079	occupé, chargé
c1080	seul, seule
c1081	ensemble
c1082	sûr, certain
c1083	grave, sérieux, sérieuse
c1084	énorme, immense
c1085	ancien, ancienne, antique
c1086	moderne
c1087	traditionnel, traditionnelle
c1088	humain
c1089	beauté
c1090	agréable, gentil, sympathique
c1091	grand, grande, formidable
c1092	bien, bon
c1093	gentil, gentille, aimable
c1094	amical, amicaux, aimable
c1095	grand, grande
c1096	rond, ronde
c1097	plat, plate
c1098	tranchant, aigu, aiguë
c1099	mince, fine
c1100	épais, épaisse
c1101	gros, grosse
c1102	rapide
c1103	lentement
c1104	rapidement, vite
c1105	bien
c1106	presque
c1107	seulement, uniquement, ne que
c1108	surtout, notamment, particulièrement
c1109	finalement, enfin
c1110	soudain, soudainement, brusquement
c1111	probablement
c1112	peut-être
c1113	certainement, sûrement
c1114	vraiment
c1115	ici
c1116	là, là-bas
c1117	partout
c1118	loin
c1119	près, proche
c1120	loin, absent
c1121	dehors
c1122	dedans, à l'intérieur, intérieur
c1123	entre
c1124	sans
c1125	contre
c1126	pendant, durant
c1127	après
c1128	avant
c1129	sous
c1130	au-dessus, dessus
c1131	à travers, travers
c1132	à travers, travers
c1133	autour
c1134	parmi
c1135	malgré
c1136	vers
c1137	derrière
c1138	le long, long
c1139	tout le monde, chacun
c1140	rien
c1141	tout
c1142	chose
c1143	endroit, lieu, lieux
c1144	façon, manière
c1145	partie
c1146	nombre, numéro
c1147	groupe
c1148	sorte, genre, type
c1149	exemple
c1150	problème
c1151	situation
c1152	fait, faits
c1153	cas
c1154	point, points
c1155	forme
c1156	niveau, niveaux
c1157	taille, dimension
c1158	forme
c1159	ligne
c1160	signe
c1161	différence
c1162	chance, occasion
c1163	occasion, possibilité
c1164	danger
c1165	risque
c1166	importance
c1167	succès, réussite
c1168	échec
c1169	effort
c1170	rôle
c1171	but, objectif, finalité
c1172	qualité
c1173	quantité, montant
c1174	majorité
c1175	pour cent, pourcentage
c1176	moyen, moyenne
c1177	message
c1178	nouvelles, informations, actualités
c1179	information
c1180	nom, noms
c1181	parlement
c1182	parlementaire
c1183	membre, député
c1184	résolution
c1185	gouvernement
c1186	ministre
c1187	premier ministre, premier-ministre
c1188	président, présidente
c1189	élection
c1190	électoral, électoraux, électorale
c1191	voter, vote, voté
c1192	vote, voix, suffrage
c1193	électeur, électrice
c1194	candidat
c1195	campagne
c1196	référendum
c1197	parti
c1198	droits de l'homme, droits humains
c1199	droit, droits
c1200	loi, lois, droit
c1201	juridique, légal, légaux
c1202	illégal, illégaux
c1203	tribunal, tribunaux, cour
c1204	juge
c1205	avocat
c1206	procureur
c1207	procès
c1208	peine, condamnation
c1209	prisonnier, détenu
c1210	prisonnier politique
c1211	arrêter, arrête, arrêté, interpeller
c1212	arrestation
c1213	détention
c1214	détenir, détient, détenu, détiennent
c1215	libérer, libère, libéré, relâcher
c1216	libération
c1217	torture
c1218	condamner, condamne, condamné
c1219	exhorter, exhorte, inviter, presser
c1220	inviter, invite, appeler, demande
c1221	réclamer, réclame, appeler, demander
c1222	saluer, salue, salué, accueillir, accueille
c1223	regretter, regrette, regretté, déplorer
c1224	rappeler, rappelle, rappelé
c1225	journaliste
c1226	médias
c1227	presse
c1228	protestation, manifestation
c1229	manifestant
c1230	manifestation
c1231	liberté
c1232	liberté d'expression
c1233	liberté de réunion
c1234	démocratie
c1235	démocratique
c1236	état membre, états membres
c1237	commission
c1238	commissaire
c1239	conseil
c1240	union, syndicat
c1241	union européenne
c1242	citoyen, citoyenne
c1243	citoyenneté, nationalité
c1244	violence
c1245	violent
c1246	police
c1247	policier, agent de police
c1248	armée
c1249	militaire
c1250	soldat
c1251	guerre
c1252	paix
c1253	conflit
c1254	arme
c1255	sanction
c1256	opposition
c1257	régime
c1258	autorité, autorités
c1259	état
c1260	pays
c1261	nation
c1262	république
c1263	royaume
c1264	roi, rois
c1265	reine
c1266	empereur
c1267	empire
c1268	constitution
c1269	constitutionnel, constitutionnelle
c1270	traité
c1271	accord
c1272	négociation
c1273	négocier, négocie, négocié
c1274	crime, délit
c1275	criminel, pénal, pénaux
c1276	victime
c1277	meurtre, assassinat
c1278	terrorisme
c1279	terroriste
c1280	attaque, attentat
c1281	sécurité
c1282	sécurité, sûreté
c1283	défense
c1284	réfugié
c1285	migrant
c1286	migration
c1287	asile
c1288	minorité
c1289	discrimination
c1290	égalité
c1291	genre, sexe
c1292	état de droit
c1293	justice
c1294	judiciaire
c1295	indépendance
c1296	indépendant
c1297	souveraineté
c1298	territoire
c1299	occupation
c1300	invasion
c1301	cessez-le-feu
c1302	humanitaire
c1303	aide
c1304	coopération
c1305	dialogue
c1306	relation
c1307	diplomatique
c1308	ambassadeur
c1309	ambassade
c1310	délégation
c1311	représentant
c1312	fonctionnaire, responsable
c1313	administration
c1314	institution
c1315	agence
c1316	pouvoir
c1317	politique
c1318	politique
c1319	politique
c1320	homme politique, politicien
c1321	réforme
c1322	législation
c1323	directive
c1324	règlement
c1325	proposition
c1326	amendement
c1327	rapport
c1328	débat
c1329	session, séance
c1330	commission, comité
c1331	président
c1332	présidence
c1333	mandat
c1334	adopter, adopte, adopté
c1335	approuver, approuve, approuvé
c1336	abstenir, abstient, abstenu, abstention
c1337	coalition
c1338	dirigeant, chef, leader
c1339	corruption
c1340	fraude
c1341	transparence
c1342	enquête
c1343	enquêter, enquête, examiner
c1344	preuve, preuves
c1345	témoin
c1346	accusation, inculpation
c1347	accuser, accuse, accusé
c1348	coupable
c1349	innocent
c1350	condamner, condamne, condamné
c1351	appel, recours
c1352	peine, sanction
c1353	peine de mort
c1354	exécution
c1355	amende
c1356	punition, châtiment
c1357	punir, punit, puni, sanctionner
c1358	militant, activiste
c1359	défenseur des droits de l'homme
c1360	dissident
c1361	otage
c1362	enlever, enlève, enlevé, kidnapper
c1363	disparition
c1364	harcèlement
c1365	intimidation
c1366	persécution
c1367	répression
c1368	répression
c1369	censure
c1370	abus, maltraitance
c1371	viol, viols
c1372	génocide
c1373	crime de guerre
c1374	trafic, traite
c1375	esclavage
c1376	nations unies
c1377	otan
c1378	parlement européen
c1379	commission européenne
c1380	sommet
c1381	fonds
c1382	financement
c1383	programme
c1384	stratégie
c1385	objectif
c1386	mesure
c1387	action
c1388	cadre
c1389	mise en œuvre, application
c1390	mettre en œuvre, appliquer, applique
c1391	garantir, garantit, assurer, assure, veiller
c1392	souligner, souligne, souligné
c1393	noter, note, noté, constater, constate
c1394	réitérer, réitère, réaffirmer, réaffirme
c1395	exprimer, exprime, exprimé
c1396	préoccupation, inquiétude
c1397	déplorer, déplore, déploré
c1398	dénoncer, dénonce, dénoncé
c1399	insister, insiste, insisté
c1400	encourager, encourage, encouragé
c1401	inviter, invite, invité
c1402	souligner, souligne, mettre en évidence
c1403	reconnaître, reconnaît, reconnu, reconnaissent
c1404	reconnaître, reconnaît, reconnu
c1405	considérer, considère, considéré, estimer, estime
c1406	immédiatement
c1407	fermement, vivement, fortement
c1408	profondément
c1409	inconditionnellement, sans condition
c1410	scrutin, bulletin
c1411	équitable, juste
c1412	observateur
c1413	marché intérieur
c1414	concurrence, compétition, concours
c1415	agriculture
c1416	pêche
c1417	changement climatique
c1418	émission
c1419	durable
c1420	développement
c1421	innovation
c1422	numérique, digital
c1423	données
c1424	vie privée
c1425	protection
c1426	transport
c1427	infrastructure
c1428	régional, régionaux
c1429	solidarité
c1430	élargissement
c1431	adhésion
c1432	douane, douanes
c1433	monnaie, devise
c1434	inflation
c1435	intérêt, intérêts
c1436	intérêt
c1437	déficit
c1438	société
c1439	communauté
c1440	organisation
c1441	association
c1442	population
c1443	opinion publique
c1444	responsabilité
c1445	responsable
c1446	obligation
c1447	principe
c1448	valeur
c1449	dignité
c1450	respect
c1451	respecter, respecte, respecté
c1452	application de la loi, forces de l'ordre
c1453	procédure
c1454	processus
c1455	question, problème
c1456	question, affaire
c1457	système
c1458	ordre
c1459	règle
c1460	effet
c1461	impact, incidence
c1462	condition
c1463	accès
c1464	ressource
c1465	ennemi
c1466	héros, héroïne
c1467	garde, gardien
c1468	prêtre
c1469	tradition
c1470	festival, fête
c1471	cérémonie
c1472	discours
c1473	opinion, avis
c1474	déclaration
c1475	déclaration
c1476	attention
c1477	vérité
c1478	secret
c1479	menace
c1480	victoire
c1481	défaite
c1482	bataille
c1483	révolution
c1484	drapeau, drapeaux
c1485	cabane, refuge
c1486	avalanche
c1487	allié
c1488	troupes
c1489	grève
c1490	pension, retraite
c1491	logement
c1492	chance
c1493	chasseur
c1494	hauteur, altitude
c1495	longueur
c1496	poids
c1497	vitesse
c1498	patrimoine
c1499	fusil, arme
c1500	bombe
`;
