// Concordia's core vocabulary: the concepts, in English. A line is the concept id, the English forms (lemma first,
// then irregular forms) and a hint saying which sense is meant, tab-separated; the other languages' lists use the
// same ids. Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	one	num: the number 1
c0002	two	num: the number 2
c0003	three	num: the number 3
c0004	four	num: the number 4
c0005	five	num: the number 5
c0006	six	num: the number 6
c0007	seven	num: the number 7
c0008	eight	num: the number 8
c0009	nine	num: the number 9
c0010	ten	num: the number 10
c0011	eleven	num: the number 11
c0012	twelve	num: the number 12
c0013	thirteen	num: the number 13
c0014	fourteen	num: the number 14
c0015	fifteen	num: the number 15
c0016	sixteen	num: the number 16
c0017	seventeen	num: the number 17
c0018	eighteen	num: the number 18
c0019	nineteen	num: the number 19
c0020	twenty	num: the number 20
c0021	thirty	num: the number 30
c0022	forty	num: the number 40
c0023	fifty	num: the number 50
c0024	sixty	num: the number 60
c0025	seventy	num: the number 70
c0026	eighty	num: the number 80
c0027	ninety	num: the number 90
c0028	hundred	num: the number 100
c0029	thousand	num: the number 1000
c0030	million	num: the number 1,000,000
c0031	billion	num: a thousand million
c0032	first	num: ordinal 1st
c0033	second	num: ordinal 2nd
c0034	third	num: ordinal 3rd
c0035	fourth	num: ordinal 4th
c0036	fifth	num: ordinal 5th
c0037	sixth	num: ordinal 6th
c0038	seventh	num: ordinal 7th
c0039	eighth	num: ordinal 8th
c0040	ninth	num: ordinal 9th
c0041	tenth	num: ordinal 10th
c0042	half, halves	n: one of two equal parts
c0043	quarter	n: one of four equal parts
c0044	dozen	num: a group of twelve
c0045	double	adj: twice as much
c0046	last	adj: final, coming after all others
c0047	next	adj: following, coming immediately after
c0048	january	n: month 1
c0049	february	n: month 2
c0050	march	n: month 3
c0051	april	n: month 4
c0052		n: month 5
c0053	june	n: month 6
c0054	july	n: month 7
c0055	august	n: month 8
c0056	september	n: month 9
c0057	october	n: month 10
c0058	november	n: month 11
c0059	december	n: month 12
c0060	monday	n: weekday 1
c0061	tuesday	n: weekday 2
c0062	wednesday	n: weekday 3
c0063	thursday	n: weekday 4
c0064	friday	n: weekday 5
c0065	saturday	n: weekday 6
c0066	sunday	n: weekday 7
c0067	spring	n: season between winter and summer
c0068	summer	n: warmest season
c0069	autumn	n: season between summer and winter
c0070	winter	n: coldest season
c0071	season	n: one of the four parts of the year
c0072	day	n: period of 24 hours
c0073	week	n: period of seven days
c0074	month	n: one of twelve parts of the year
c0075	year	n: period of twelve months
c0076	hour	n: period of sixty minutes
c0077	minute	n: period of sixty seconds
c0078	second	n: unit of time, 1/60 of a minute
c0079	morning	n: early part of the day
c0080	afternoon	n: part of the day after noon
c0081	evening	n: late part of the day before night
c0082	night	n: dark time between evening and morning
c0083	noon	n: twelve o'clock in the day, midday
c0084	midnight	n: twelve o'clock at night
c0085	today	adv: on this day
c0086	yesterday	adv: on the day before today
c0087	tomorrow	adv: on the day after today
c0088	tonight	adv: this evening or night
c0089	century	n: period of a hundred years
c0090	decade	n: period of ten years
c0091	time	n: time in general, as it passes
c0092	moment	n: very short period of time
c0093	period	n: length of time
c0094	date	n: calendar day
c0095	weekend	n: Saturday and Sunday
c0096	calendar	n: table of days and months
c0097	clock	n: instrument showing the time
c0098	age	n: how old someone is
c0099	past	n: time before now
c0100	future	n: time after now
c0101	present	n: the time now
c0102	now	adv: at this time
c0103	soon	adv: in a short time from now
c0104	later	adv: at a later time, afterwards
c0105	early	adj: near the beginning of a period, before the usual time
c0106	late	adj: after the expected time
c0107	already	adv: before now, earlier than expected
c0108	again	adv: one more time
c0109	always	adv: at all times
c0110	never	adv: at no time
c0111	often	adv: many times, frequently
c0112	sometimes	adv: on some occasions
c0113	ago	adv: before the present (two years ago)
c0114	recently	adv: not long ago
c0115	daily	adj: happening every day
c0116	annual	adj: happening every year, yearly
c0117	dawn	n: first light of day
c0118	sunset	n: time when the sun goes down
c0119	sunrise	n: time when the sun comes up
c0120	era	n: long period of history
c0121	beginning	n: the start of something
c0122	end	n: the final part of something
c0123	birthday	n: anniversary of someone's birth
c0124	holiday	n: day or period of rest from work
c0125	christmas	n: Christian feast on 25 December
c0126	easter	n: Christian spring feast
c0127	anniversary	n: date when an event happened in a previous year
c0128	colour	n: red, blue, green etc.
c0129	red	adj: colour of blood
c0130	blue	adj: colour of a clear sky
c0131	green	adj: colour of grass
c0132	yellow	adj: colour of lemons
c0133	black	adj: darkest colour
c0134	white	adj: colour of snow
c0135	grey	adj: colour between black and white
c0136	brown	adj: colour of earth or wood
c0137	orange	adj: colour between red and yellow
c0138	pink	adj: pale red colour
c0139	purple	adj: colour between red and blue
c0140	golden	adj: coloured like gold
c0141	dark	adj: with little light
c0142	bright	adj: full of light, shining
c0143	pale	adj: light in colour, without strong colour
c0144	north	n: compass direction
c0145	south	n: compass direction
c0146	east	n: compass direction
c0147	west	n: compass direction
c0148	northern	adj: in or from the north
c0149	southern	adj: in or from the south
c0150	eastern	adj: in or from the east
c0151	western	adj: in or from the west
c0152	left	adj: side opposite to right
c0153	right	adj: side opposite to left
c0154	top	n: highest part
c0155	bottom	n: lowest part
c0156	side	n: left or right part of something
c0157	middle	n: point at equal distance from the edges
c0158	centre	n: middle point or area
c0159	front	n: forward-facing part
c0160	back	n: rear part of something
c0161	edge	n: outer limit of an object or area
c0162	family	n: parents and children
c0163	mother	n: female parent
c0164	father	n: male parent
c0165	parent	n: mother or father
c0166	child, children	n: young human
c0167	son	n: male child
c0168	daughter	n: female child
c0169	brother	n: male sibling
c0170	sister	n: female sibling
c0171	husband	n: married man
c0172	wife, wives	n: married woman
c0173	grandfather	n: father of a parent
c0174	grandmother	n: mother of a parent
c0175	grandchild, grandchildren	n: child of one's child
c0176	uncle	n: brother of a parent
c0177	aunt	n: sister of a parent
c0178	cousin	n: child of an uncle or aunt
c0179	baby, babies	n: very young child
c0180	boy	n: male child
c0181	girl	n: female child
c0182	man, men	n: adult male human
c0183	woman, women	n: adult female human
c0184	person	n: a human being
c0185	people	n: persons in general, humans
c0186	friend	n: person one likes and trusts
c0187	neighbour	n: person living next door
c0188	guest	n: visitor, invited person
c0189	wedding	n: marriage ceremony
c0190	marriage	n: legal union of spouses
c0191	marry	v: to take as husband or wife
c0192	divorce	n: legal end of a marriage
c0193	birth	n: being born
c0194	born	adj: brought into life (she was born in)
c0195	die, dying	v: to stop living
c0196	death	n: end of life
c0197	dead	adj: no longer alive
c0198	life, lives	n: being alive, existence
c0199	live	v: to be alive; to reside
c0200	alive	adj: living, not dead
c0201	young	adj: not old (of people)
c0202	old	adj: having lived long; not new
c0203	youth	n: young people; time of being young
c0204	adult	n: grown-up person
c0205	generation	n: people born around the same time
c0206	relative	n: family member
c0207	couple	n: two people together, pair
c0208	twin	n: one of two children born together
c0209	widow	n: woman whose husband has died
c0210	orphan	n: child whose parents are dead
c0211	ancestor	n: forebear, earlier family member
c0212	body	n: physical structure of a person or animal
c0213	head	n: top part of the body
c0214	face	n: front of the head
c0215	eye	n: organ of sight
c0216	ear	n: organ of hearing
c0217	nose	n: organ of smell
c0218	mouth	n: opening for eating and speaking
c0219	tooth, teeth	n: hard part in the mouth
c0220	tongue	n: organ in the mouth
c0221	lip	n: edge of the mouth
c0222	hair	n: growth on the head
c0223	neck	n: part between head and body
c0224	shoulder	n: joint of arm and body
c0225	arm	n: limb from shoulder to hand
c0226	hand	n: part at the end of the arm
c0227	finger	n: one of five parts of the hand
c0228	leg	n: limb for walking
c0229	knee	n: joint in the middle of the leg
c0230	foot, feet	n: part at the end of the leg
c0231	back	n: body: rear part from neck to hips
c0232	chest	n: front of the body between neck and stomach
c0233	heart	n: organ pumping blood
c0234	blood	n: red liquid in the body
c0235	bone	n: hard part of the skeleton
c0236	skin	n: outer covering of the body
c0237	stomach	n: organ that digests food; belly
c0238	brain	n: organ of thinking
c0239	breath	n: air taken into the lungs
c0240	breathe	v: to take air in and out
c0241	voice	n: sound of speaking
c0242	lung	n: organ of breathing
c0243	muscle	n: tissue that moves the body
c0244	wound	n: injury that cuts the skin
c0245	injury, injuries	n: physical harm to the body
c0246	injure	v: to hurt physically
c0247	pain	n: physical suffering
c0248	blind	adj: unable to see
c0249	deaf	adj: unable to hear
c0250	beard	n: hair on the chin
c0251	tear	n: drop of water from the eye
c0252	wing	n: limb for flying
c0253	tail	n: rear appendage of an animal
c0254	weather	n: state of the atmosphere
c0255	rain	n: water falling from clouds
c0256	snow	n: frozen white flakes falling from the sky
c0257	ice	n: frozen water
c0258	wind	n: moving air
c0259	storm	n: violent weather with wind and rain
c0260	cloud	n: white or grey mass in the sky
c0261	fog	n: thick cloud near the ground, mist
c0262	sun	n: star that gives us light
c0263	sky, skies	n: space above the earth
c0264	hot	adj: very warm, high temperature
c0265	cold	adj: low temperature
c0266	warm	adj: pleasantly hot
c0267	cool	adj: slightly cold
c0268	dry	adj: without water
c0269	wet	adj: covered with water
c0270	temperature	n: degree of heat
c0271	degree	n: unit of temperature or angle
c0272	climate	n: usual weather of a region
c0273	frost	n: thin ice on surfaces in cold weather
c0274	thunder	n: loud noise during a storm
c0275	lightning	n: electric flash in a storm
c0276	flood	n: overflow of water onto land
c0277	drought	n: long period without rain
c0278	heat	n: high temperature, hotness
c0279	air	n: gas we breathe
c0280	shadow	n: dark area where light is blocked
c0281	freeze, froze, frozen	v: to turn to ice
c0282	melt	v: to turn from solid to liquid
c0283	blow, blew, blown	v: (of wind) to move air
c0284	shine, shone	v: to give light
c0285	nature	n: natural world, plants and animals
c0286	earth	n: the planet we live on
c0287	ground	n: surface of the earth
c0288	land	n: solid ground, not sea
c0289	soil	n: earth in which plants grow
c0290	sand	n: tiny grains on beaches and deserts
c0291	stone	n: small piece of rock
c0292	rock	n: hard mineral material, boulder
c0293	mountain	n: very high hill
c0294	hill	n: raised area of land, lower than a mountain
c0295	valley, valleys	n: low land between hills or mountains
c0296	river	n: large natural stream of water
c0297	stream	n: small river, brook
c0298	lake	n: large body of water surrounded by land
c0299	sea	n: large body of salt water
c0300	ocean	n: very large sea
c0301	coast	n: land next to the sea
c0302	shore	n: edge of sea or lake
c0303	beach, beaches	n: sandy shore
c0304	island	n: land surrounded by water
c0305	bay	n: part of the sea enclosed by curved coast
c0306	cliff	n: steep rock face
c0307	cave	n: natural hollow in a rock or hill
c0308	glacier	n: slow-moving mass of ice
c0309	summit	n: mountain: highest point, peak
c0310	peak	n: pointed top of a mountain
c0311	ridge	n: long narrow top of a mountain range
c0312	slope	n: inclined ground, hillside
c0313	pass	n: mountain: route through a mountain range
c0314	plain	n: large flat area of land
c0315	field	n: area of farmland, meadow
c0316	meadow	n: field of grass
c0317	forest	n: large area with trees
c0318	wood	n: material from trees, timber
c0319	tree	n: tall plant with trunk
c0320	branch, branches	n: tree: part growing from the trunk
c0321	leaf, leaves	n: green part of a plant
c0322	root	n: underground part of a plant
c0323	flower	n: blossom of a plant
c0324	grass	n: green plant covering fields
c0325	plant	n: living organism such as a tree or flower
c0326	seed	n: small grain from which a plant grows
c0327	fruit	n: edible product of a plant, e.g. apple
c0328	bush, bushes	n: shrub
c0329	desert	n: dry sandy region
c0330	swamp	n: wet marshy land
c0331	waterfall	n: water falling from a height
c0332	spring	n: natural source of water from the ground
c0333	wave	n: moving ridge of water on the sea
c0334	bank	n: side of a river
c0335	landscape	n: scenery, view of land
c0336	view	n: what can be seen from a place, panorama
c0337	horizon	n: line where earth and sky meet
c0338	star	n: shining point in the night sky
c0339	moon	n: natural satellite of the earth
c0340	planet	n: body orbiting a star
c0341	world	n: the earth and all its people
c0342	space	n: the universe beyond the earth
c0343	fire	n: burning, flames
c0344	flame	n: burning gas of a fire
c0345	water	n: clear liquid
c0346	smoke	n: gas from burning
c0347	dust	n: fine dry particles
c0348	mud	n: wet soft earth
c0349	gold	n: precious yellow metal
c0350	silver	n: precious white metal
c0351	iron	n: metal
c0352	metal	n: material like iron or copper
c0353	coal	n: black fuel from the ground
c0354	oil	n: petroleum or cooking oil
c0355	gas, gases	n: natural gas or fuel gas
c0356	salt	n: white mineral used for seasoning
c0357	volcano, volcanoes	n: mountain that erupts lava
c0358	earthquake	n: shaking of the ground
c0359	animal	n: living creature, not a plant
c0360	bird	n: animal with feathers
c0361	fish	n: animal living in water
c0362	dog	n: domestic animal that barks
c0363	cat	n: domestic animal that purrs
c0364	horse	n: large animal for riding
c0365	cow	n: female cattle giving milk
c0366	sheep	n: animal giving wool
c0367	goat	n: horned domestic animal
c0368	pig	n: farm animal, swine
c0369	chicken	n: domestic fowl, hen
c0370	bear	n: large wild animal
c0371	wolf, wolves	n: wild animal like a dog
c0372	fox, foxes	n: wild animal with bushy tail
c0373	deer	n: wild animal with antlers
c0374	rabbit	n: small animal with long ears
c0375	mouse, mice	n: small rodent
c0376	rat	n: rodent bigger than a mouse
c0377	snake	n: legless reptile
c0378	insect	n: small six-legged animal
c0379	bee	n: insect making honey
c0380	fly, flies	n: small flying insect
c0381	butterfly, butterflies	n: insect with coloured wings
c0382	eagle	n: large bird of prey
c0383	whale	n: very large sea mammal
c0384	lion	n: big wild cat
c0385	elephant	n: very large animal with trunk
c0386	cattle	n: cows and bulls
c0387	nest	n: home built by birds
c0388	egg	n: oval object laid by birds, food
c0389	feather	n: part of a bird's covering
c0390	hunt	v: to chase and kill animals
c0391	farm	n: land used for agriculture
c0392	farmer	n: person who runs a farm
c0393	harvest	n: gathering of crops
c0394	crop	n: plant grown for food
c0395	wheat	n: cereal used for bread
c0396	environment	n: natural surroundings
c0397	pollution	n: contamination of air, water or soil
c0398	species	n: group of similar organisms
c0399	biodiversity	n: variety of life in an area
c0400	national park	n: protected natural area
c0401	wild	adj: living in nature, not domestic
c0402	natural	adj: from nature, not man-made
c0403	europe	n: the continent
c0404	european	adj: of Europe
c0405	africa	n: the continent
c0406	african	adj: of Africa
c0407	asia	n: the continent
c0408	asian	adj: of Asia
c0409	america	n: the continent(s)
c0410	american	adj: of America or the USA
c0411	united states, usa	n: country: USA
c0412	russia	n: country
c0413	russian	adj: of Russia
c0414	ukraine	n: country
c0415	ukrainian	adj: of Ukraine
c0416	belarus	n: country
c0417	china	n: country
c0418	chinese	adj: of China
c0419	united kingdom, britain	n: country: UK
c0420	british	adj: of Britain
c0421	england	n: country
c0422	english	n: the English language
c0423	turkey	n: country
c0424	turkish	adj: of Turkey
c0425	japan	n: country
c0426	india	n: country
c0427	israel	n: country
c0428	iran	n: country
c0429	syria	n: country
c0430	switzerland	n: country
c0431	norway	n: country
c0432	germany	n: country
c0433	german	adj: of Germany
c0434	france	n: country
c0435	french	adj: of France
c0436	italy	n: country
c0437	italian	adj: of Italy
c0438	spain	n: country
c0439	spanish	adj: of Spain
c0440	portugal	n: country
c0441	portuguese	adj: of Portugal
c0442	netherlands	n: country
c0443	dutch	adj: of the Netherlands
c0444	belgium	n: country
c0445	belgian	adj: of Belgium
c0446	luxembourg	n: country
c0447	austria	n: country
c0448	austrian	adj: of Austria
c0449	poland	n: country
c0450	polish	adj: of Poland
c0451	czech republic, czechia	n: country
c0452	czech	adj: of Czechia
c0453	slovakia	n: country
c0454	slovak	adj: of Slovakia
c0455	hungary	n: country
c0456	hungarian	adj: of Hungary
c0457	slovenia	n: country
c0458	croatia	n: country
c0459	romania	n: country
c0460	romanian	adj: of Romania
c0461	bulgaria	n: country
c0462	bulgarian	adj: of Bulgaria
c0463	greece	n: country
c0464	greek	adj: of Greece
c0465	cyprus	n: country
c0466	malta	n: country
c0467	ireland	n: country
c0468	irish	adj: of Ireland
c0469	denmark	n: country
c0470	danish	adj: of Denmark
c0471	sweden	n: country
c0472	swedish	adj: of Sweden
c0473	finland	n: country
c0474	finnish	adj: of Finland
c0475	estonia	n: country
c0476	latvia	n: country
c0477	lithuania	n: country
c0478	alps	n: mountain range in Europe
c0479	mediterranean	adj: of the Mediterranean Sea
c0480	atlantic	adj: of the Atlantic Ocean
c0481	baltic	adj: of the Baltic Sea region
c0482	brussels	n: city, capital of Belgium
c0483	strasbourg	n: city in France, seat of Parliament
c0484	travel	v: to go on a journey
c0485	journey, journeys	n: act of travelling from one place to another
c0486	trip	n: short journey, excursion
c0487	tourist	n: person travelling for pleasure
c0488	tourism	n: travel industry
c0489	hotel	n: building where travellers stay
c0490	room	n: part of a building with walls
c0491	passport	n: travel identity document
c0492	ticket	n: paper allowing travel or entry
c0493	train	n: railway vehicle
c0494	railway	n: track for trains
c0495	station	n: railway or bus stop building
c0496	bus, buses	n: large road vehicle for passengers
c0497	car	n: motor car, automobile
c0498	vehicle	n: machine for transport
c0499	bicycle	n: two-wheeled vehicle with pedals
c0500	boat	n: small vessel for water
c0501	ship	n: large vessel for sea
c0502	plane	n: aircraft, aeroplane
c0503	airport	n: place where planes land
c0504	flight	n: journey by air
c0505	port	n: harbour town, seaport
c0506	harbour	n: sheltered water for ships
c0507	road	n: way for vehicles
c0508	street	n: road in a town
c0509	path	n: narrow way for walking, track
c0510	bridge	n: structure crossing a river or road
c0511	tunnel	n: underground passage
c0512	map	n: drawing of an area
c0513	guide	n: person who shows the way
c0514	tour	n: trip visiting several places
c0515	visit	v: to go to see a place or person
c0516	visitor	n: person who visits
c0517	arrive	v: to reach a destination
c0518	leave, left	v: to go away from a place
c0519	depart	v: to leave, set out
c0520	return	v: to come or go back
c0521	drive, drove, driven	v: to operate a car
c0522	ride, rode, ridden	v: to travel on a horse or bicycle
c0523	walk	v: to go on foot
c0524	climb	v: to go up a mountain, wall, stairs
c0525	swim, swam, swum	v: to move through water
c0526	sail	v: to travel by boat
c0527	cross	v: to go across
c0528	reach	v: to arrive at, get to
c0529	route	n: way taken from A to B
c0530	border	n: line between countries, frontier
c0531	distance	n: space between two places
c0532	kilometre	n: 1000 metres
c0533	metre	n: unit of length
c0534	mile	n: unit of length, about 1.6 km
c0535	abroad	adv: in a foreign country
c0536	foreign	adj: of another country
c0537	traffic	n: vehicles on the roads
c0538	accident	n: unexpected event causing damage or injury
c0539	passenger	n: person travelling in a vehicle
c0540	driver	n: person driving a vehicle
c0541	camp	n: place with tents or temporary shelters
c0542	tent	n: portable shelter of cloth
c0543	stay	v: to remain in a place for a time
c0544	wait	v: to stay until something happens
c0545	village	n: small settlement in the country
c0546	town	n: settlement smaller than a city
c0547	city, cities	n: large town
c0548	capital	n: main city of a country
c0549	square	n: open area in a town, plaza
c0550	market	n: place where goods are sold
c0551	shop	n: store where goods are sold
c0552	church	n: Christian place of worship
c0553	cathedral	n: main church of a diocese
c0554	castle	n: fortified building
c0555	palace	n: residence of a king or president
c0556	tower	n: tall narrow building
c0557	museum	n: building for exhibitions of art or history
c0558	monument	n: memorial structure
c0559	park	n: public garden in a town
c0560	garden	n: area for growing plants around a house
c0561	wall	n: vertical structure of a building
c0562	gate	n: opening in a wall or fence
c0563	door	n: entrance of a room or building
c0564	window	n: glass opening in a wall
c0565	floor	n: storey of a building
c0566	roof	n: top covering of a building
c0567	stairs	n: steps between floors
c0568	kitchen	n: room for cooking
c0569	bed	n: furniture for sleeping
c0570	table	n: furniture with a flat top
c0571	chair	n: seat for one person
c0572	house	n: building to live in
c0573	home	n: place where one lives
c0574	building	n: structure with walls and roof
c0575	apartment	n: flat, dwelling in a building
c0576	address, addresses	n: location details for post
c0577	district	n: part of a town or country
c0578	region	n: area of a country
c0579	area	n: part of a place, zone
c0580	countryside	n: rural land outside towns
c0581	hospital	n: place where the sick are treated
c0582	school	n: place where children learn
c0583	university, universities	n: institution of higher education
c0584	library, libraries	n: collection of books
c0585	restaurant	n: place where meals are served
c0586	office	n: room or building for work
c0587	factory, factories	n: building where goods are made
c0588	prison	n: place where criminals are kept, jail
c0589	theatre	n: building for plays
c0590	cinema	n: building for films
c0591	key	n: object to open a lock
c0592	lamp	n: device giving light
c0593	light	n: brightness from the sun or a lamp
c0594	box, boxes	n: container with sides
c0595	bag	n: container for carrying
c0596	bottle	n: container for liquids
c0597	glass	n: transparent material
c0598	cup	n: small container for drinking
c0599	plate	n: flat dish
c0600	knife, knives	n: cutting tool
c0601	book	n: written work bound in pages
c0602	letter	n: written message sent by post
c0603	paper	n: material for writing
c0604	pen	n: instrument for writing in ink
c0605	picture	n: painting, drawing or photograph
c0606	photograph	n: picture taken with a camera
c0607	camera	n: device for taking photographs
c0608	telephone	n: device for calling
c0609	computer	n: electronic machine for data
c0610	internet	n: global computer network
c0611	television	n: TV, broadcasting of pictures
c0612	radio	n: broadcasting of sound
c0613	newspaper	n: daily printed news publication
c0614	clothes	n: garments, things worn
c0615	shirt	n: garment for the upper body
c0616	dress, dresses	n: woman's garment
c0617	shoe	n: covering for the foot
c0618	coat	n: outer garment
c0619	hat	n: covering for the head
c0620	money	n: coins and banknotes
c0621	price	n: amount of money asked
c0622	cost	n: amount paid for something
c0623	pay, paid	v: to give money for something
c0624	buy, bought	v: to get by paying
c0625	sell, sold	v: to give in exchange for money
c0626	cheap	adj: low in price
c0627	expensive	adj: high in price
c0628	euro	n: EU currency
c0629	food	n: what is eaten
c0630	bread	n: food baked from flour
c0631	meat	n: flesh of animals as food
c0632	milk	n: white drink from cows
c0633	cheese	n: food made from milk
c0634	butter	n: fat made from cream
c0635	wine	n: alcoholic drink from grapes
c0636	beer	n: alcoholic drink from grain
c0637	coffee	n: hot drink from roasted beans
c0638	tea	n: hot drink from leaves
c0639	sugar	n: sweet substance
c0640	apple	n: round fruit
c0641	vegetable	n: plant eaten as food
c0642	potato, potatoes	n: root vegetable
c0643	rice	n: cereal grain
c0644	soup	n: liquid food
c0645	cake	n: sweet baked food
c0646	breakfast	n: morning meal
c0647	lunch	n: midday meal
c0648	dinner	n: evening meal
c0649	meal	n: food eaten at one time
c0650	eat, ate, eaten	v: to take food
c0651	drink, drank, drunk	v: to take liquid
c0652	cook	v: to prepare food with heat
c0653	taste	n: flavour
c0654	hungry	adj: needing food
c0655	hunger	n: need for food; famine
c0656	sweet	adj: tasting of sugar
c0657	fresh	adj: newly made, not stale
c0658	honey	n: sweet food made by bees
c0659	grape	n: fruit from which wine is made
c0660	flour	n: powder from grain
c0661	corn	n: grain, maize
c0662	thirst	n: need to drink
c0663	work	n: labour, activity done as a job
c0664	work	v: to do a job, labour
c0665	job	n: paid position, employment
c0666	worker	n: person who works
c0667	employee	n: person employed by others
c0668	employer	n: person or firm that employs
c0669	company, companies	n: business firm
c0670	business, businesses	n: commercial activity or firm
c0671	industry, industries	n: manufacturing, sector of production
c0672	trade	n: buying and selling of goods, commerce
c0673	economy, economies	n: system of production and trade
c0674	economic	adj: relating to the economy
c0675	salary, salaries	n: fixed pay for work
c0676	wage	n: payment for work
c0677	income	n: money received regularly
c0678	tax, taxes	n: money paid to the state
c0679	budget	n: financial plan, amount of money available
c0680	profit	n: financial gain
c0681	loss, losses	n: act of losing, deficit
c0682	unemployment	n: state of being without a job
c0683	employment	n: having paid work
c0684	career	n: professional life
c0685	profession	n: occupation requiring training
c0686	manager	n: person who runs a business
c0687	colleague	n: fellow worker
c0688	team	n: group working or playing together
c0689	meeting	n: gathering of people to discuss
c0690	project	n: planned piece of work
c0691	task	n: piece of work to be done
c0692	contract	n: legal agreement between parties
c0693	skill	n: ability to do something well
c0694	experience	n: knowledge from doing things
c0695	training	n: teaching of skills
c0696	production	n: making of goods
c0697	product	n: thing produced
c0698	service	n: work done for others
c0699	customer	n: person who buys
c0700	consumer	n: person who buys and uses goods
c0701	growth	n: increase in size or amount
c0702	investment	n: putting money into something
c0703	bank	n: financial institution
c0704	finance	n: management of money
c0705	financial	adj: relating to money
c0706	debt	n: money owed
c0707	crisis, crises	n: time of serious difficulty
c0708	poverty	n: state of being poor
c0709	poor	adj: having little money
c0710	rich	adj: having much money, wealthy
c0711	wealth	n: riches
c0712	property, properties	n: things owned, possession
c0713	owner	n: person who owns
c0714	owns, owned, owning	v: to possess
c0715	build, built	v: to construct
c0716	produce	v: to make, manufacture
c0717	supply, supplies	n: provision of goods
c0718	energy, energies	n: power from fuel, electricity
c0719	electricity	n: electric power
c0720	technology, technologies	n: application of science
c0721	machine	n: mechanical device
c0722	tool	n: instrument for work
c0723	engineer	n: person who designs machines
c0724	doctor	n: physician
c0725	nurse	n: person caring for the sick
c0726	teacher	n: person who teaches
c0727	student	n: person studying at college or university
c0728	pupil	n: child at school
c0729	lesson	n: period of teaching
c0730	class, classes	n: group of pupils
c0731	exam	n: examination, test of knowledge
c0732	study, studies	v: to learn by reading and research
c0733	learn, learnt	v: to gain knowledge
c0734	teach, taught	v: to give lessons
c0735	education	n: teaching and learning
c0736	knowledge	n: what is known
c0737	know, knew, known	v: to have information
c0738	science	n: systematic knowledge of nature
c0739	scientific	adj: relating to science
c0740	research	n: scientific investigation
c0741	scientist	n: person doing science
c0742	read, reads	v: to look at and understand writing
c0743	write, wrote, written	v: to put words on paper
c0744	word	n: unit of language
c0745	language	n: system of communication, tongue
c0746	sentence	n: grammar: group of words
c0747	question	n: sentence asking something
c0748	answer	n: reply
c0749	page	n: one side of a sheet in a book
c0750	story, stories	n: account of events, tale
c0751	history, histories	n: study of the past
c0752	historical	adj: relating to history
c0753	art	n: painting, sculpture etc.
c0754	artist	n: person who makes art
c0755	music	n: sounds arranged as art
c0756	song	n: piece of music with words
c0757	sing, sang, sung	v: to make music with the voice
c0758	dance	v: to move to music
c0759	film	n: movie
c0760	game	n: activity with rules for fun
c0761	play	v: to engage in a game
c0762	sport	n: physical game or exercise
c0763	win, won	v: to be victorious
c0764	lose, lost	v: to fail to win; to no longer have
c0765	football	n: soccer
c0766	player	n: person taking part in a game
c0767	culture	n: arts, customs and ideas of a society
c0768	cultural	adj: relating to culture
c0769	writer	n: author
c0770	author	n: writer of a book
c0771	poem	n: literary work in verse
c0772	poet	n: writer of poems
c0773	novel	n: long fictional book
c0774	health	n: state of body and mind
c0775	healthy	adj: in good health
c0776	ill	adj: sick, unwell
c0777	illness	n: sickness
c0778	disease	n: medical illness
c0779	virus, viruses	n: infectious agent
c0780	pandemic	n: worldwide epidemic
c0781	patient	n: person receiving medical care
c0782	medicine	n: drug for treating illness; medical science
c0783	drug	n: narcotic, illegal substance
c0784	treatment	n: medical care
c0785	care	n: looking after someone
c0786	hurt	v: to cause pain
c0787	tired	adj: needing rest
c0788	sleep, slept	v: to rest with eyes closed
c0789	wake, woke, woken	v: to stop sleeping
c0790	rest	n: period of relaxation
c0791	cancer	n: malignant disease
c0792	vaccine	n: substance giving immunity
c0793	mental	adj: of the mind
c0794	feel, felt	v: to experience an emotion or sensation
c0795	feeling	n: emotion
c0796	love	n: strong affection
c0797	love	v: to feel strong affection for
c0798	hate	v: to dislike strongly
c0799	fear	n: feeling of danger
c0800	afraid	adj: frightened
c0801	happy	adj: feeling pleasure
c0802	happiness	n: state of being happy
c0803	sad	adj: unhappy
c0804	sadness	n: state of being sad
c0805	angry	adj: feeling anger
c0806	anger	n: strong displeasure
c0807	joy	n: great happiness
c0808	hope	n: expectation and desire
c0809	hope	v: to wish and expect
c0810	worry	v: to feel anxious
c0811	surprise	n: unexpected event or feeling
c0812	shame	n: painful feeling of guilt
c0813	pride	n: feeling of self-respect
c0814	proud	adj: feeling pride
c0815	lonely	adj: alone and sad
c0816	calm	adj: quiet, peaceful
c0817	smile	v: to show happiness with the mouth
c0818	laugh	v: to express amusement with sound
c0819	cry, cries, cried	v: to weep, shed tears
c0820	kiss	n: touch with the lips
c0821	dream	n: images during sleep; wish
c0822	wish	n: desire
c0823	want	v: to desire, wish for
c0824	likes, liked, liking	v: to find pleasant
c0825	enjoy	v: to take pleasure in
c0826	prefer	v: to like better
c0827	miss	v: to feel the absence of
c0828	suffer	v: to experience pain or hardship
c0829	pleasure	n: enjoyment
c0830	courage	n: bravery
c0831	brave	adj: courageous
c0832	trust	n: confidence in someone
c0833	doubt	n: uncertainty
c0834	believe	v: to think true
c0835	faith	n: religious belief, trust
c0836	god	n: deity
c0837	religion	n: belief in gods, faith system
c0838	religious	adj: relating to religion
c0839	soul	n: spiritual part of a person
c0840	spirit	n: mind, soul, mood
c0841	mind	n: thinking part of a person
c0842	thought	n: idea, act of thinking
c0843	think, thought	v: to use the mind, reflect
c0844	idea	n: thought, plan
c0845	remember	v: to bring to mind
c0846	forget, forgot, forgotten	v: to fail to remember
c0847	understand, understood	v: to grasp the meaning
c0848	mean, meant	v: to signify
c0849	meaning	n: what something signifies
c0850	reason	n: cause, explanation
c0851	memory, memories	n: ability to remember; a recollection
c0852	imagine	v: to form a mental picture
c0853	decide	v: to make a choice
c0854	decision	n: choice made, conclusion reached
c0855	choose, chose, chosen	v: to pick, select
c0856	choice	n: act of choosing
c0857	plan	n: intention, scheme
c0858	try, tries, tried	v: to attempt
c0859	need	v: to require
c0860	need	n: requirement, necessity
c0861	say, said, says	v: to utter words
c0862	tell, told	v: to inform, narrate
c0863	speak, spoke, spoken	v: to talk, use the voice
c0864	talk	v: to speak with someone
c0865	ask	v: to put a question
c0866	call	v: to telephone; to name
c0867	shout	v: to call loudly
c0868	hear, heard	v: to perceive sound
c0869	listen	v: to pay attention to sound
c0870	see, saw, seen	v: to perceive with the eyes
c0871	look	v: to direct the eyes
c0872	watch	v: to observe
c0873	show, shown	v: to let see, display
c0874	find, found	v: to discover
c0875	give, gave, given	v: to hand over
c0876	take, took, taken	v: to get hold of, take away
c0877	bring, brought	v: to carry towards
c0878	carry, carries, carried	v: to hold and move
c0879	hold, held	v: to have in the hand; to hold a meeting
c0880	keep, kept	v: to retain
c0881	put	v: to place
c0882	send, sent	v: to cause to go, dispatch
c0883	receive	v: to get something given
c0884	get, got, gotten	v: to obtain
c0885	make, made	v: to produce, create
c0886	use	v: to employ for a purpose
c0887	open	v: to make open
c0888	close	v: to shut
c0889	begin, began, begun	v: to start
c0890	start	v: to begin
c0891	stop	v: to cease
c0892	continue	v: to go on
c0893	finish	v: to complete
c0894	change	v: to make or become different
c0895	change	n: act of becoming different
c0896	grow, grew, grown	v: to increase in size
c0897	fall, fell, fallen	v: to drop down
c0898	rise, rose, risen	v: to go up
c0899	raise	v: to lift; to increase
c0900	increase	v: to become larger
c0901	increase	n: rise in amount
c0902	reduce	v: to make smaller
c0903	come, came	v: to move towards
c0904	go, went, gone, goes	v: to move away, travel
c0905	enter	v: to go into
c0906	run, ran	v: to move fast on foot
c0907	stand, stood	v: to be upright on the feet
c0908	sit, sat	v: to be seated
c0909	lie, lay, lain	v: to be horizontal, recline
c0910	lie, lying, lied	v: to say something untrue
c0911	move	v: to change place
c0912	turn	v: to rotate, change direction
c0913	follow	v: to go after
c0914	lead, led	v: to guide, be in charge
c0915	meet, met	v: to come together with
c0916	help	v: to assist
c0917	help	n: assistance
c0918	allow	v: to permit
c0919	prevent	v: to stop from happening
c0920	protect	v: to keep safe
c0921	save	v: to rescue from danger
c0922	kill	v: to cause death
c0923	fight, fought	v: to struggle physically or for a cause
c0924	break, broke, broken	v: to damage into pieces
c0925	cut	v: to divide with a knife
c0926	hit	v: to strike
c0927	throw, threw, thrown	v: to propel through the air
c0928	catch, caught	v: to seize
c0929	pull	v: to draw towards oneself
c0930	push	v: to press away
c0931	fill	v: to make full
c0932	wash	v: to clean with water
c0933	clean	adj: not dirty
c0934	draw, drew, drawn	v: to make a picture with lines
c0935	paint	v: to apply colour
c0936	repair	v: to fix
c0937	create	v: to bring into existence
c0938	destroy	v: to ruin completely
c0939	burn, burnt	v: to be on fire
c0940	fly, flew, flown	v: to move through the air
c0941	hide, hid, hidden	v: to conceal
c0942	search	v: to look for
c0943	happen	v: to take place, occur
c0944	seem	v: to appear to be
c0945	appear	v: to become visible
c0946	become, became	v: to come to be
c0947	remain	v: to stay, be left
c0948	belong	v: to be the property of
c0949	contain	v: to hold inside
c0950	include	v: to have as part
c0951	exist	v: to be real, be present
c0952	depend	v: to rely on
c0953	cause	v: to make happen
c0954	cause	n: reason why something happens
c0955	result	n: outcome
c0956	affect	v: to influence
c0957	develop	v: to grow, evolve
c0958	improve	v: to make better
c0959	support	v: to back, help
c0960	support	n: backing, help
c0961	oppose	v: to be against
c0962	agree	v: to have the same opinion
c0963	accept	v: to agree to receive
c0964	refuse	v: to say no
c0965	reject	v: to refuse to accept
c0966	deny, denies, denied	v: to say that something is not true
c0967	admit	v: to confess, acknowledge as true
c0968	explain	v: to make clear
c0969	describe	v: to give an account of
c0970	report	v: to give an account of events
c0971	announce	v: to make public
c0972	inform	v: to give information
c0973	discuss	v: to talk about
c0974	argue	v: to give reasons; to quarrel
c0975	claim	v: to assert
c0976	suggest	v: to put forward an idea
c0977	offer	v: to present for acceptance
c0978	promise	v: to pledge
c0979	warn	v: to alert to danger
c0980	threaten	v: to make threats
c0981	demand	v: to ask forcefully
c0982	require	v: to need, oblige
c0983	expect	v: to think likely
c0984	forbid, forbade, forbidden	v: to prohibit
c0985	force	v: to compel
c0986	spend, spent	v: to pay out money; to pass time
c0987	earn	v: to get money for work
c0988	beat, beaten	v: to defeat; to strike
c0989	prepare	v: to make ready
c0990	organise	v: to arrange
c0991	manage	v: to run, be in charge; to succeed in
c0992	control	v: to have power over
c0993	check	v: to examine
c0994	test	n: examination, trial
c0995	measure	v: to find the size of
c0996	count	v: to determine the number
c0997	add	v: to put together
c0998	compare	v: to examine similarities
c0999	connect	v: to link
c1000	join	v: to become a member of; to link
c1001	share	v: to divide and use jointly
c1002	divide	v: to split
c1003	deliver	v: to bring to a destination
c1004	publish	v: to make public in print
c1005	sign	v: to write one's signature
c1006	wear, wore, worn	v: to have clothes on
c1007	touch	v: to contact with the hand
c1008	smell	n: odour
c1009	sound	n: what is heard
c1010	noise	n: loud unpleasant sound
c1011	silence	n: absence of sound
c1012	big	adj: large in size
c1013	large	adj: big, of great size
c1014	small	adj: little in size
c1015	little	adj: small in size
c1016	long	adj: of great length
c1017	short	adj: of little length
c1018	high	adj: tall, far above
c1019	low	adj: not high
c1020	wide	adj: broad
c1021	narrow	adj: not wide
c1022	deep	adj: far down
c1023	heavy	adj: of great weight
c1024	light	adj: not heavy
c1025	fast	adj: quick
c1026	slow	adj: not fast
c1027	new	adj: recently made
c1028	good, better, best	adj: of high quality
c1029	bad, worse, worst	adj: of poor quality
c1030	beautiful	adj: very pleasing to see
c1031	ugly	adj: unpleasant to see
c1032	dirty	adj: not clean
c1033	full	adj: containing as much as possible
c1034	empty	adj: containing nothing
c1035	easy	adj: not difficult
c1036	difficult	adj: hard to do
c1037	hard	adj: solid; difficult
c1038	soft	adj: not hard
c1039	strong	adj: powerful
c1040	weak	adj: not strong
c1041	safe	adj: protected from danger
c1042	dangerous	adj: likely to harm
c1043	free	adj: at liberty, not captive
c1044	important	adj: of great significance
c1045	main	adj: chief, principal
c1046	necessary	adj: needed
c1047	possible	adj: that can happen
c1048	impossible	adj: not possible
c1049	true	adj: in accordance with fact
c1050	false	adj: not true
c1051	real	adj: actually existing
c1052	correct	adj: right, without error
c1053	wrong	adj: not correct
c1054	same	adj: identical
c1055	different	adj: not the same
c1056	similar	adj: alike
c1057	whole	adj: entire, complete
c1058	public	adj: of or for all people
c1059	private	adj: belonging to a person, not public
c1060	national	adj: of a nation
c1061	international	adj: between nations
c1062	local	adj: of a particular area
c1063	global	adj: worldwide
c1064	social	adj: relating to society
c1065	general	adj: overall, widespread
c1066	special	adj: particular, exceptional
c1067	simple	adj: easy, plain
c1068	complex	adj: complicated
c1069	clear	adj: easy to understand; transparent
c1070	quiet	adj: making little noise
c1071	loud	adj: making much noise
c1072	famous	adj: well known
c1073	popular	adj: liked by many
c1074	common	adj: shared; usual
c1075	rare	adj: not common
c1076	strange	adj: unusual, odd
c1077	normal	adj: usual, standard
c1078	ready	adj: prepared
c1079	busy	adj: having much to do
c1080	alone	adj: without others
c1081	together	adv: with each other
c1082	sure	adj: certain
c1083	serious	adj: grave, important
c1084	huge	adj: very big
c1085	ancient	adj: very old
c1086	modern	adj: contemporary, up to date
c1087	traditional	adj: following tradition
c1088	human	adj: of people
c1089	beauty	n: quality of being beautiful
c1090	nice	adj: pleasant
c1091	great	adj: large; excellent
c1092	fine	adj: good, well
c1093	kind	adj: friendly, generous
c1094	friendly	adj: kind and pleasant
c1095	tall	adj: of great height
c1096	round	adj: circular
c1097	flat	adj: level, smooth
c1098	sharp	adj: having a cutting edge
c1099	thin	adj: slim, not thick
c1100	thick	adj: wide from side to side
c1101	fat	adj: having much flesh
c1102	quick	adj: fast
c1103	slowly	adv: at a slow speed
c1104	quickly	adv: at a fast speed
c1105	well	adv: in a good way
c1106	almost	adv: nearly
c1107	only	adv: solely, no more than
c1108	especially	adv: particularly
c1109	finally	adv: at last
c1110	suddenly	adv: all at once, unexpectedly
c1111	probably	adv: very likely
c1112	perhaps	adv: maybe
c1113	certainly	adv: surely
c1114	really	adv: truly, actually
c1115	here	adv: in this place
c1116	there	adv: in that place
c1117	everywhere	adv: in all places
c1118	far	adv: at a great distance
c1119	near	adv: close by
c1120	away	adv: at a distance, off
c1121	outside	adv: out of a building
c1122	inside	adv: within a building
c1123	between	prep: in the space separating two things
c1124	without	prep: not having
c1125	against	prep: in opposition to
c1126	during	prep: in the course of
c1127	after	prep: later than
c1128	before	prep: earlier than
c1129	under	prep: below
c1130	above	prep: higher than
c1131	across	prep: from one side to the other
c1132	through	prep: from end to end
c1133	around	prep: surrounding, about
c1134	among	prep: in the middle of many
c1135	despite	prep: in spite of
c1136	towards	prep: in the direction of
c1137	behind	prep: at the back of
c1138	along	prep: following the length of
c1139	everyone	pron: every person
c1140	nothing	pron: not anything
c1141	everything	pron: all things
c1142	thing	n: object, item
c1143	place	n: location, spot
c1144	way	n: method, manner
c1145	part	n: piece of a whole
c1146	number	n: quantity, numeral
c1147	group	n: set of people or things
c1148	kind	n: sort, type
c1149	example	n: instance, sample
c1150	problem	n: difficulty
c1151	situation	n: circumstances, state of affairs
c1152	fact	n: thing known to be true
c1153	case	n: instance, occurrence
c1154	point	n: detail, argument
c1155	form	n: shape, type
c1156	level	n: degree, height
c1157	size	n: dimensions
c1158	shape	n: form, outline
c1159	line	n: long thin mark
c1160	sign	n: indication, signal
c1161	difference	n: way in which things differ
c1162	chance	n: opportunity; luck
c1163	opportunity, opportunities	n: favourable chance
c1164	danger	n: risk of harm
c1165	risk	n: possibility of loss or harm
c1166	importance	n: significance
c1167	success	n: achievement of an aim
c1168	failure	n: lack of success
c1169	effort	n: attempt, exertion
c1170	role	n: function, part played
c1171	purpose	n: aim, intention
c1172	quality, qualities	n: standard, excellence
c1173	amount	n: quantity
c1174	majority	n: greater number, most
c1175	percent	n: per hundred
c1176	average	adj: typical, mean
c1177	message	n: communication
c1178	news	n: information about recent events
c1179	information	n: facts, data
c1180	name	n: what someone is called
c1181	parliament	n: elected legislative assembly
c1182	parliamentary	adj: relating to parliament
c1183	member	n: person belonging to a group; member of parliament
c1184	resolution	n: formal decision of an assembly
c1185	government	n: body governing a state
c1186	minister	n: head of a government department
c1187	prime minister	n: head of government
c1188	president	n: head of state or of an institution
c1189	election	n: choosing representatives by vote
c1190	electoral	adj: relating to elections
c1191	vote	v: to express a choice in an election
c1192	vote	n: formal expression of choice
c1193	voter	n: person who votes
c1194	candidate	n: person seeking election
c1195	campaign	n: organised effort, e.g. election campaign
c1196	referendum, referenda	n: popular vote on a question
c1197	party, parties	n: political organisation
c1198	human rights	n: basic rights of every person
c1199	right	n: entitlement, legal or moral claim
c1200	law	n: rule made by a state, legislation
c1201	legal	adj: relating to law; lawful
c1202	illegal	adj: against the law
c1203	court	n: court of law, tribunal
c1204	judge	n: person presiding in court
c1205	lawyer	n: legal professional, attorney
c1206	prosecutor	n: lawyer bringing criminal charges
c1207	trial	n: court hearing of a case
c1208	sentence	n: punishment given by a court
c1209	prisoner	n: person held in prison
c1210	political prisoner	n: person jailed for political reasons
c1211	arrest	v: to take into custody
c1212	arrest	n: act of taking into custody
c1213	detention	n: being held in custody
c1214	detain	v: to hold in custody
c1215	release	v: to set free
c1216	release	n: setting free of a prisoner
c1217	torture	n: infliction of severe pain
c1218	condemn	v: to express strong disapproval
c1219	urge	v: to strongly request
c1220	call on	v: to formally ask, urge (calls on the government)
c1221	call for	v: to demand publicly
c1222	welcome	v: to greet with approval (welcomes the decision)
c1223	regret	v: to express sorrow or disappointment
c1224	recall	v: to remind, refer back to
c1225	journalist	n: reporter
c1226	media	n: press, broadcasting
c1227	press	n: newspapers and journalists
c1228	protest	n: public demonstration of objection
c1229	protester	n: person who protests
c1230	demonstration	n: public protest march
c1231	freedom	n: liberty
c1232	freedom of expression	n: right to express opinions
c1233	freedom of assembly	n: right to gather peacefully
c1234	democracy, democracies	n: government by the people
c1235	democratic	adj: relating to democracy
c1236	member state	n: country belonging to the EU
c1237	commission	n: official body, e.g. European Commission
c1238	commissioner	n: member of a commission
c1239	council	n: advisory or governing body, e.g. Council of the EU
c1240	union	n: association of states or workers
c1241	european union, eu	n: the EU
c1242	citizen	n: member of a state
c1243	citizenship	n: status of a citizen
c1244	violence	n: use of physical force to harm
c1245	violent	adj: using force to harm
c1246	police	n: law enforcement body
c1247	police officer, policeman, policemen	n: member of the police
c1248	army, armies	n: land military force
c1249	military	adj: relating to armed forces
c1250	soldier	n: member of an army
c1251	war	n: armed conflict
c1252	peace	n: absence of war
c1253	conflict	n: serious disagreement or fighting
c1254	weapon	n: instrument for fighting
c1255	sanction	n: penalty measure against a state or person
c1256	opposition	n: parties or groups opposing the government
c1257	regime	n: government, especially authoritarian
c1258	authority, authorities	n: power to decide; official body
c1259	state	n: nation, country as political body
c1260	country, countries	n: nation, state with territory
c1261	nation	n: people of a country
c1262	republic	n: state without a monarch
c1263	kingdom	n: state ruled by a king or queen
c1264	king	n: male monarch
c1265	queen	n: female monarch
c1266	emperor	n: ruler of an empire
c1267	empire	n: group of states under one ruler
c1268	constitution	n: fundamental law of a state
c1269	constitutional	adj: relating to the constitution
c1270	treaty, treaties	n: formal agreement between states
c1271	agreement	n: arrangement, accord
c1272	negotiation	n: discussion to reach agreement
c1273	negotiate	v: to discuss to reach agreement
c1274	crime	n: illegal act
c1275	criminal	adj: relating to crime
c1276	victim	n: person harmed
c1277	murder	n: unlawful killing
c1278	terrorism	n: use of violence for political aims
c1279	terrorist	n: person who commits terrorism
c1280	attack	n: violent act against someone
c1281	security	n: protection from threats
c1282	safety	n: state of being safe
c1283	defence	n: protection; military defence
c1284	refugee	n: person fleeing persecution or war
c1285	migrant	n: person moving to another country
c1286	migration	n: movement of people
c1287	asylum	n: protection granted to refugees
c1288	minority, minorities	n: smaller group in a population
c1289	discrimination	n: unfair treatment
c1290	equality	n: equal rights and status
c1291	gender	n: social sex
c1292	rule of law	n: principle that all are subject to law
c1293	justice	n: fairness; legal system
c1294	judicial	adj: relating to courts
c1295	independence	n: freedom from control
c1296	independent	adj: not controlled by others
c1297	sovereignty	n: supreme authority of a state
c1298	territory, territories	n: area of land under control
c1299	occupation	n: military control of territory
c1300	invasion	n: armed entry into another country
c1301	ceasefire	n: truce, suspension of fighting
c1302	humanitarian	adj: concerned with human welfare
c1303	aid	n: help, assistance to countries in need
c1304	cooperation	n: working together
c1305	dialogue	n: discussion between parties
c1306	relation	n: connection between states or people
c1307	diplomatic	adj: relating to diplomacy
c1308	ambassador	n: top diplomat
c1309	embassy, embassies	n: ambassador's office
c1310	delegation	n: group of representatives
c1311	representative	n: person representing others
c1312	official	n: person holding public office
c1313	administration	n: management; executive government
c1314	institution	n: organisation, establishment
c1315	agency, agencies	n: official body, organisation
c1316	power	n: control, authority
c1317	policy, policies	n: course of action of government
c1318	politics	n: activities of government
c1319	political	adj: relating to politics
c1320	politician	n: person in politics
c1321	reform	n: change for improvement
c1322	legislation	n: laws, law-making
c1323	directive	n: EU legislative act
c1324	regulation	n: rule; EU regulation
c1325	proposal	n: suggestion, plan put forward
c1326	amendment	n: change to a text or law
c1327	report	n: document giving an account
c1328	debate	n: formal discussion
c1329	session	n: meeting period of an assembly
c1330	committee	n: group appointed for a task
c1331	chairman, chairmen, chairwoman, chairperson	n: person chairing a meeting
c1332	presidency, presidencies	n: office of president
c1333	mandate	n: authority given by voters
c1334	adopt	v: to approve formally (a text, law)
c1335	approve	v: to give consent
c1336	abstain	v: to not vote
c1337	coalition	n: alliance of parties
c1338	leader	n: person who leads
c1339	corruption	n: dishonest use of power
c1340	fraud	n: deception for gain
c1341	transparency	n: openness
c1342	investigation	n: official inquiry
c1343	investigate	v: to examine officially
c1344	evidence	n: proof
c1345	witness, witnesses	n: person who saw an event
c1346	charge	n: formal accusation
c1347	accuse	v: to charge with wrongdoing
c1348	guilty	adj: responsible for a crime
c1349	innocent	adj: not guilty
c1350	convict	v: to find guilty
c1351	appeal	n: request to a higher court
c1352	penalty, penalties	n: punishment
c1353	death penalty	n: capital punishment
c1354	execution	n: killing as punishment
c1355	fine	n: money paid as punishment
c1356	punishment	n: penalty
c1357	punish	v: to impose a penalty
c1358	activist	n: campaigner for a cause
c1359	human rights defender	n: person protecting human rights
c1360	dissident	n: person opposing the regime
c1361	hostage	n: person held as security
c1362	kidnap	v: to abduct
c1363	disappearance	n: vanishing, enforced disappearance
c1364	harassment	n: persistent intimidation
c1365	intimidation	n: frightening to influence
c1366	persecution	n: ill-treatment for beliefs or identity
c1367	repression	n: forcible suppression
c1368	crackdown	n: severe suppression
c1369	censorship	n: suppression of information
c1370	abuse	n: mistreatment
c1371	rape	n: sexual assault
c1372	genocide	n: destruction of a people
c1373	war crime	n: serious violation of laws of war
c1374	trafficking	n: illegal trade in people or goods
c1375	slavery	n: state of being a slave
c1376	united nations, un	n: international organisation, UN
c1377	nato	n: North Atlantic alliance
c1378	european parliament	n: EU assembly
c1379	european commission	n: EU executive
c1380	summit	n: meeting of heads of state or government
c1381	fund	n: sum of money for a purpose
c1382	funding	n: financial support
c1383	programme	n: plan of activities
c1384	strategy, strategies	n: plan to achieve aims
c1385	objective	n: goal, aim
c1386	measure	n: step, action taken
c1387	action	n: something done
c1388	framework	n: basic structure, legal framework
c1389	implementation	n: putting into effect
c1390	implement	v: to put into effect
c1391	ensure	v: to make certain
c1392	stress	v: to emphasise
c1393	note	v: to take note, observe
c1394	reiterate	v: to repeat, say again
c1395	express	v: to put into words
c1396	concern	n: worry, anxiety
c1397	deplore	v: to regret deeply, condemn
c1398	denounce	v: to publicly condemn
c1399	insist	v: to demand firmly
c1400	encourage	v: to give support to
c1401	invite	v: to ask to come or to do
c1402	highlight	v: to emphasise
c1403	acknowledge	v: to recognise as true
c1404	recognise	v: to acknowledge; to identify
c1405	consider	v: to think about, regard as
c1406	immediately	adv: at once
c1407	strongly	adv: forcefully
c1408	deeply	adv: profoundly
c1409	unconditionally	adv: without conditions
c1410	ballot	n: vote, voting paper
c1411	fair	adj: just, impartial
c1412	observer	n: person monitoring
c1413	internal market	n: EU single market
c1414	competition	n: rivalry; contest
c1415	agriculture	n: farming
c1416	fisheries	n: fishing industry
c1417	climate change	n: global warming
c1418	emission	n: discharge of gases
c1419	sustainable	adj: able to be maintained
c1420	development	n: growth, progress
c1421	innovation	n: new ideas or methods
c1422	digital	adj: electronic, computer-based
c1423	data	n: information, facts
c1424	privacy	n: freedom from intrusion
c1425	protection	n: act of protecting
c1426	transport	n: conveyance of people or goods
c1427	infrastructure	n: basic facilities
c1428	regional	adj: of a region
c1429	solidarity	n: unity, mutual support
c1430	enlargement	n: expansion of the EU
c1431	accession	n: joining the EU
c1432	customs	n: border duties authority
c1433	currency, currencies	n: money of a country
c1434	inflation	n: rise in prices
c1435	interest	n: money paid on a loan
c1436	interest	n: attention, concern
c1437	deficit	n: shortfall
c1438	society, societies	n: people living together
c1439	community, communities	n: group of people living together
c1440	organisation	n: structured group
c1441	association	n: group of people with a common purpose
c1442	population	n: people of an area
c1443	public opinion	n: views of the people
c1444	responsibility, responsibilities	n: duty
c1445	responsible	adj: accountable
c1446	obligation	n: duty
c1447	principle	n: fundamental rule
c1448	value	n: worth; moral principle
c1449	dignity	n: worth and respect
c1450	respect	n: regard, esteem
c1451	respect	v: to honour, comply with
c1452	law enforcement	n: police and prosecutors
c1453	procedure	n: way of proceeding
c1454	process, processes	n: series of actions
c1455	issue	n: topic, problem
c1456	matter	n: subject, affair
c1457	system	n: organised set of parts or rules
c1458	order	n: command, instruction
c1459	rule	n: regulation, principle
c1460	effect	n: result, consequence
c1461	impact	n: strong effect, influence
c1462	condition	n: state of something; requirement
c1463	access	n: right or means of entry
c1464	resource	n: supply of something useful
c1465	enemy, enemies	n: opponent, foe
c1466	hero, heroes	n: admired brave person
c1467	guard	n: person who protects or watches
c1468	priest	n: religious minister, clergyman
c1469	tradition	n: custom handed down
c1470	festival	n: celebration, cultural event
c1471	ceremony, ceremonies	n: formal event
c1472	speech, speeches	n: formal talk
c1473	opinion	n: view, belief
c1474	statement	n: something stated
c1475	declaration	n: formal announcement
c1476	attention	n: notice, concentration
c1477	truth	n: what is true
c1478	secret	n: something hidden from others
c1479	threat	n: danger; intention to harm
c1480	victory, victories	n: winning a battle or contest
c1481	defeat	n: losing a battle or contest
c1482	battle	n: fight between armies
c1483	revolution	n: overthrow of a government
c1484	flag	n: national banner
c1485	hut	n: small simple shelter, mountain hut
c1486	avalanche	n: mass of snow falling down a mountain
c1487	ally, allies	n: partner state in an alliance
c1488	troops	n: soldiers, armed forces
c1489	strike	n: refusal to work as a protest
c1490	pension	n: retirement income
c1491	housing	n: accommodation, homes
c1492	luck	n: good fortune
c1493	hunter	n: person who hunts
c1494	height	n: distance from bottom to top, altitude
c1495	length	n: measurement from end to end
c1496	weight	n: heaviness
c1497	speed	n: rate of movement
c1498	heritage	n: cultural inheritance
c1499	gun	n: firearm
c1500	bomb	n: explosive device
`;
