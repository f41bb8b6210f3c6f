// Concordia's core vocabulary in Spanish: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	uno
c0002	dos
c0003	tres
c0004	cuatro
c0005	cinco
c0006	seis
c0007	siete
c0008	ocho
c0009	nueve
c0010	diez
c0011	once
c0012	doce
c0013	trece
c0014	catorce
c0015	quince
c0016	dieciséis
c0017	diecisiete
c0018	dieciocho
c0019	diecinueve
c0020	veinte
c0021	treinta
c0022	cuarenta
c0023	cincuenta
c0024	sesenta
c0025	setenta
c0026	ochenta
c0027	noventa
c0028	cien, ciento, cientos
c0029	mil, miles
c0030	millón, millones
c0031	mil millones, millardo
c0032	primero, primera, primer, primeros
c0033	segundo, segunda
c0034	tercero, tercera, tercer
c0035	cuarto, cuarta
c0036	quinto, quinta
c0037	sexto, sexta
c0038	séptimo, séptima
c0039	octavo, octava
c0040	noveno, novena
c0041	décimo, décima
c0042	mitad, mitades, medio, media
c0043	cuarto, cuartos
c0044	docena
c0045	doble
c0046	último, última, últimos, últimas
c0047	próximo, próxima, siguiente
c0048	enero
c0049	febrero
c0050	marzo
c0051	abril
c0052	mayo
c0053	junio
c0054	julio
c0055	agosto
c0056	septiembre, setiembre
c0057	octubre
c0058	noviembre
c0059	diciembre
c0060	lunes
c0061	martes
c0062	miércoles
c0063	jueves
c0064	viernes
c0065	sábado
c0066	domingo
c0067	primavera
c0068	verano
c0069	otoño
c0070	invierno
c0071	estación, estaciones, temporada
c0072	día, días, jornada
c0073	semana
c0074	mes, meses
c0075	año, años
c0076	hora
c0077	minuto
c0078	segundo
c0079	mañana
c0080	tarde
c0081	tarde, noche
c0082	noche
c0083	mediodía
c0084	medianoche
c0085	hoy
c0086	ayer
c0087	mañana
c0088	esta noche
c0089	siglo
c0090	década, decenio
c0091	tiempo
c0092	momento, instante
c0093	período, periodo
c0094	fecha
c0095	fin de semana
c0096	calendario
c0097	reloj, relojes
c0098	edad, edades
c0099	pasado
c0100	futuro, porvenir
c0101	presente, actualidad
c0102	ahora
c0103	pronto
c0104	después, luego, más tarde
c0105	temprano, temprana, precoz
c0106	tarde, tardío, tardía
c0107	ya
c0108	otra vez, de nuevo, nuevamente
c0109	siempre
c0110	nunca, jamás
c0111	a menudo, frecuentemente, menudo
c0112	a veces, veces
c0113	hace
c0114	recientemente, recién
c0115	diario, diaria, cotidiano, cotidiana
c0116	anual, anuales
c0117	amanecer, alba
c0118	puesta de sol, atardecer, ocaso
c0119	salida del sol, amanecer
c0120	época
c0121	comienzo, principio, inicio
c0122	fin, final
c0123	cumpleaños
c0124	vacaciones, fiesta, feriado
c0125	navidad, navidades
c0126	pascua, semana santa
c0127	aniversario
c0128	color, colores
c0129	rojo, roja
c0130	azul, azules
c0131	verde
c0132	amarillo, amarilla
c0133	negro, negra
c0134	blanco, blanca
c0135	gris, grises
c0136	marrón, marrones, castaño, pardo
c0137	naranja, anaranjado
c0138	rosa, rosado
c0139	morado, morada, púrpura, violeta
c0140	dorado, dorada
c0141	oscuro, oscura
c0142	brillante, luminoso, luminosa
c0143	pálido, pálida
c0144	norte
c0145	sur
c0146	oriente
c0147	oeste, occidente
c0148	septentrional, del norte, norteño
c0149	meridional, del sur, sureño
c0150	oriental, orientales
c0151	occidental, occidentales
c0152	izquierdo, izquierda
c0153	derecho, derecha
c0154	cima, parte superior, cumbre
c0155	fondo, parte inferior
c0156	lado, costado
c0157	medio, mitad, centro
c0158	centro
c0159	frente, parte delantera, delantera
c0160	parte trasera, trasera, fondo
c0161	borde, orilla
c0162	familia
c0163	madre, mamá
c0164	padre, papá
c0165	padre, madre, progenitor, padres
c0166	niño, niña, hijo, hijos
c0167	hijo
c0168	hija
c0169	hermano
c0170	hermana
c0171	marido, esposo
c0172	esposa, mujer
c0173	abuelo
c0174	abuela
c0175	nieto, nieta
c0176	tío, tíos
c0177	tía, tías
c0178	primo, prima
c0179	bebé, bebés
c0180	niño, chico, muchacho
c0181	niña, chica, muchacha
c0182	hombre
c0183	mujer, mujeres
c0184	persona
c0185	gente, personas, pueblo
c0186	amigo, amiga
c0187	vecino, vecina
c0188	invitado, invitada, huésped, huéspedes
c0189	boda, bodas
c0190	matrimonio
c0191	casarse, casar, casado, casada, casó, casaron
c0192	divorcio
c0193	nacimiento
c0194	nacido, nacida, nació, nacer
c0195	morir, muere, mueren, murió, murieron, muerto, moría
c0196	muerte
c0197	muerto, muerta
c0198	vida, vidas
c0199	vivir, vive, viven, vivido, vivió, vivía
c0200	vivo, viva, con vida
c0201	joven, jóvenes
c0202	viejo, vieja, anciano, anciana, antiguo
c0203	juventud
c0204	adulto, adulta
c0205	generación, generaciones
c0206	pariente, familiar
c0207	pareja
c0208	gemelo, gemela, mellizo
c0209	viuda
c0210	huérfano, huérfana
c0211	antepasado, ancestro
c0212	cuerpo
c0213	cabeza
c0214	cara, rostro
c0215	ojo, ojos
c0216	oreja, oído
c0217	nariz, narices
c0218	boca
c0219	diente
c0220	lengua
c0221	labio
c0222	pelo, cabello
c0223	cuello
c0224	hombro
c0225	brazo
c0226	mano, manos
c0227	dedo, dedos
c0228	pierna
c0229	rodilla
c0230	pie, pies
c0231	espalda
c0232	pecho
c0233	corazón, corazones
c0234	sangre
c0235	hueso
c0236	piel, pieles
c0237	estómago, vientre, barriga
c0238	cerebro
c0239	aliento, respiración
c0240	respirar, respira, respirado
c0241	voz, voces
c0242	pulmón, pulmones
c0243	músculo
c0244	herida
c0245	lesión, lesiones, herida
c0246	herir, hiere, herido, lesionar
c0247	dolor, dolores
c0248	ciego, ciega
c0249	sordo, sorda
c0250	barba
c0251	lágrima
c0252	ala, alas
c0253	cola, rabo
c0254	tiempo, clima
c0255	lluvia
c0256	nieve
c0257	hielo
c0258	viento
c0259	tormenta, tempestad
c0260	nube, nubes
c0261	niebla, bruma
c0262	sol, soles
c0263	cielo
c0264	caliente, caluroso, calurosa
c0265	frío, fría
c0266	cálido, cálida, templado
c0267	fresco, fresca
c0268	seco, seca
c0269	mojado, mojada, húmedo
c0270	temperatura
c0271	grado
c0272	clima
c0273	escarcha, helada
c0274	trueno
c0275	relámpago, rayo
c0276	inundación, inundaciones, riada
c0277	sequía
c0278	calor, calores
c0279	aire
c0280	sombra
c0281	congelar, helar, hiela, helado, congelado
c0282	derretir, derrite, derretido, fundir
c0283	soplar, sopla, soplado
c0284	brillar, brilla, brillado, resplandecer
c0285	naturaleza
c0286	tierra
c0287	suelo, tierra
c0288	tierra
c0289	suelo, tierra
c0290	arena
c0291	piedra
c0292	roca, peña
c0293	montaña, monte
c0294	colina, cerro, loma
c0295	valle
c0296	río, ríos
c0297	arroyo, riachuelo
c0298	lago
c0299	mar, mares
c0300	océano
c0301	costa, litoral
c0302	orilla, ribera
c0303	playa
c0304	isla
c0305	bahía, golfo
c0306	acantilado
c0307	cueva, caverna
c0308	glaciar, glaciares
c0309	cumbre, cima
c0310	pico
c0311	cresta
c0312	pendiente, ladera
c0313	paso, puerto
c0314	llanura
c0315	campo
c0316	prado
c0317	bosque, selva
c0318	madera
c0319	árbol, árboles
c0320	rama
c0321	hoja
c0322	raíz, raíces
c0323	flor, flores
c0324	hierba, césped
c0325	planta
c0326	semilla
c0327	fruta, fruto
c0328	arbusto, mata
c0329	desierto
c0330	pantano, ciénaga
c0331	cascada, catarata
c0332	manantial, fuente
c0333	ola
c0334	orilla, ribera
c0335	paisaje
c0336	vista, panorama
c0337	horizonte
c0338	estrella
c0339	luna
c0340	planeta
c0341	mundo
c0342	espacio
c0343	fuego, incendio
c0344	llama
c0345	agua, aguas
c0346	humo
c0347	polvo
c0348	barro, lodo
c0349	oro
c0350	plata
c0351	hierro
c0352	metal, metales
c0353	carbón, carbones
c0354	petróleo, aceite
c0355	gas, gases
c0356	sal, sales
c0357	volcán, volcanes
c0358	terremoto, sismo
c0359	animal, animales
c0360	pájaro, ave, aves
c0361	pez, peces, pescado
c0362	perro
c0363	gato
c0364	caballo
c0365	vaca
c0366	oveja
c0367	cabra
c0368	cerdo, puerco
c0369	pollo, gallina
c0370	oso, osos
c0371	lobo
c0372	zorro
c0373	ciervo, venado
c0374	conejo
c0375	ratón, ratones
c0376	rata
c0377	serpiente, culebra
c0378	insecto
c0379	abeja
c0380	mosca
c0381	mariposa
c0382	águila
c0383	ballena
c0384	león, leones
c0385	elefante
c0386	ganado
c0387	nido
c0388	huevo
c0389	pluma
c0390	cazar, caza, cazado
c0391	granja, finca
c0392	agricultor, granjero, campesino
c0393	cosecha
c0394	cultivo, cosecha
c0395	trigo
c0396	medio ambiente, entorno, ambiente
c0397	contaminación
c0398	especie
c0399	biodiversidad
c0400	parque nacional
c0401	salvaje, silvestre
c0402	natural, naturales
c0403	europa
c0404	europeo, europea
c0405	áfrica
c0406	africano, africana
c0407	asia
c0408	asiático, asiática
c0409	américa
c0410	americano, americana, estadounidense
c0411	estados unidos
c0412	rusia
c0413	ruso, rusa
c0414	ucrania
c0415	ucraniano, ucraniana
c0416	bielorrusia
c0417	china
c0418	chino, china
c0419	reino unido
c0420	británico, británica
c0421	inglaterra
c0422	inglés, inglesa
c0423	turquía
c0424	turco, turca
c0425	japón
c0426	india
c0427	israel
c0428	irán
c0429	siria
c0430	suiza
c0431	noruega
c0432	alemania
c0433	alemán, alemana, alemanes
c0434	francia
c0435	francés, francesa, franceses
c0436	italia
c0437	italiano, italiana
c0438	españa
c0439	español, española, españoles
c0440	portugal
c0441	portugués, portuguesa, portugueses
c0442	países bajos, holanda
c0443	neerlandés, holandés, neerlandesa, holandesa
c0444	bélgica
c0445	belga, belgas
c0446	luxemburgo
c0447	austria
c0448	austriaco, austríaco, austriaca
c0449	polonia
c0450	polaco, polaca
c0451	república checa, chequia
c0452	checo, checa
c0453	eslovaquia
c0454	eslovaco, eslovaca
c0455	hungría
c0456	húngaro, húngara
c0457	eslovenia
c0458	croacia
c0459	rumanía, rumania
c0460	rumano, rumana
c0461	bulgaria
c0462	búlgaro, búlgara
c0463	grecia
c0464	griego, griega
c0465	chipre
c0466	malta
c0467	irlanda
c0468	irlandés, irlandesa
c0469	dinamarca
c0470	danés, danesa
c0471	suecia
c0472	sueco, sueca
c0473	finlandia
c0474	finlandés, finlandesa
c0475	estonia
c0476	letonia
c0477	lituania
c0478	alpes
c0479	mediterráneo, mediterránea
c0480	atlántico, atlántica
c0481	báltico, báltica
c0482	bruselas
c0483	estrasburgo
c0484	viajar, viaja, viajado
c0485	viaje
c0486	excursión, viaje
c0487	turista
c0488	turismo
c0489	hotel, hoteles
c0490	habitación, cuarto, sala
c0491	pasaporte
c0492	billete, boleto, entrada
c0493	tren, trenes
c0494	ferrocarril, vía férrea
c0495	estación
c0496	autobús, autobuses, bus
c0497	coche, automóvil, carro, auto
c0498	vehículo
c0499	bicicleta, bici
c0500	barco, barca, bote
c0501	buque, barco, navío
c0502	avión, aviones
c0503	aeropuerto
c0504	vuelo
c0505	puerto
c0506	puerto, dársena
c0507	carretera, camino
c0508	calle
c0509	sendero, camino, senda
c0510	puente
c0511	túnel, túneles
c0512	mapa, plano
c0513	guía
c0514	gira, recorrido, visita
c0515	visitar, visita, visitado
c0516	visitante
c0517	llegar, llega, llegado, llegó, llegada
c0518	salir, sale, salió, salido, irse, dejar, dejó, marcharse
c0519	partir, partió, salir, sale, salió
c0520	volver, vuelve, vuelven, volvió, vuelto, regresar, regresa
c0521	conducir, conduce, conducido, condujo, manejar
c0522	montar, monta, montado, cabalgar
c0523	caminar, camina, andar, anda, anduvo
c0524	escalar, escala, subir, sube, trepar
c0525	nadar, nadado, nadó, nadan
c0526	navegar, navega, navegado
c0527	cruzar, cruza, cruzado, atravesar, atraviesa
c0528	alcanzar, alcanza, alcanzado, llegar
c0529	ruta, itinerario, recorrido
c0530	frontera
c0531	distancia
c0532	kilómetro
c0533	metro
c0534	milla
c0535	en el extranjero, extranjero
c0536	extranjero, extranjera
c0537	tráfico, tránsito
c0538	accidente
c0539	pasajero, pasajera
c0540	conductor, chófer
c0541	campamento
c0542	tienda de campaña, tienda, carpa
c0543	quedarse, quedar, queda, quedó, permanecer, alojarse
c0544	esperar, espera, esperado
c0545	pueblo, aldea
c0546	ciudad, ciudades, localidad, pueblo
c0547	ciudad, ciudades
c0548	capital, capitales
c0549	plaza
c0550	mercado
c0551	tienda
c0552	iglesia
c0553	catedral, catedrales
c0554	castillo
c0555	palacio
c0556	torre
c0557	museo
c0558	monumento
c0559	parque
c0560	jardín, jardines
c0561	pared, paredes, muro
c0562	puerta, portón, verja
c0563	puerta
c0564	ventana
c0565	piso, planta
c0566	tejado, techo
c0567	escalera, escaleras
c0568	cocina
c0569	cama
c0570	mesa
c0571	silla
c0572	casa
c0573	hogar, hogares, casa
c0574	edificio
c0575	piso, apartamento
c0576	dirección, direcciones
c0577	distrito, barrio
c0578	región, regiones
c0579	zona, área
c0580	campo
c0581	hospital, hospitales
c0582	escuela, colegio
c0583	universidad, universidades
c0584	biblioteca
c0585	restaurante
c0586	oficina, despacho
c0587	fábrica
c0588	cárcel, cárceles, prisión, prisiones
c0589	teatro
c0590	cine, cines
c0591	llave, llaves
c0592	lámpara
c0593	luz, luces
c0594	caja
c0595	bolsa, bolso
c0596	botella
c0597	vidrio, cristal
c0598	taza
c0599	plato
c0600	cuchillo
c0601	libro
c0602	carta
c0603	papel, papeles
c0604	pluma, bolígrafo
c0605	imagen, imágenes, cuadro
c0606	fotografía, foto
c0607	cámara
c0608	teléfono
c0609	ordenador, computadora
c0610	internet
c0611	televisión, tele
c0612	radio
c0613	periódico, diario
c0614	ropa, ropas
c0615	camisa
c0616	vestido
c0617	zapato
c0618	abrigo
c0619	sombrero
c0620	dinero
c0621	precio
c0622	coste, costo
c0623	pagar, paga, pagado, pagó
c0624	comprar, compra, comprado, compró
c0625	vender, vende, vendido, vendió
c0626	barato, barata
c0627	caro, cara, costoso
c0628	euro
c0629	comida, alimento, alimentos
c0630	pan, panes
c0631	carne, carnes
c0632	leche
c0633	queso
c0634	mantequilla
c0635	vino
c0636	cerveza
c0637	café
c0638	té, tés
c0639	azúcar
c0640	manzana
c0641	verdura, hortaliza, legumbre
c0642	patata, papa
c0643	arroz
c0644	sopa
c0645	pastel, tarta
c0646	desayuno
c0647	almuerzo, comida
c0648	cena
c0649	comida
c0650	comer, come, comen, comido, comió
c0651	beber, bebe, bebido, bebió, tomar
c0652	cocinar, cocina, cocinado, guisar
c0653	sabor, gusto
c0654	hambriento, hambrienta, hambre
c0655	hambre, hambruna
c0656	dulce, dulces
c0657	fresco, fresca
c0658	miel
c0659	uva
c0660	harina
c0661	maíz, grano
c0662	sed
c0663	trabajo
c0664	trabajar, trabaja, trabajado, trabajó
c0665	trabajo, empleo, puesto
c0666	trabajador, trabajadora, obrero
c0667	empleado, empleada, asalariado
c0668	empleador, empresario, patrón
c0669	empresa, compañía, sociedad
c0670	negocio, empresa, comercio
c0671	industria
c0672	comercio, intercambio
c0673	economía
c0674	económico, económica
c0675	salario, sueldo
c0676	salario, jornal, sueldo
c0677	ingresos, renta, ingreso
c0678	impuesto, tasa
c0679	presupuesto
c0680	beneficio, ganancia
c0681	pérdida
c0682	desempleo, paro
c0683	empleo
c0684	carrera
c0685	profesión, profesiones, oficio
c0686	director, gerente, directora
c0687	colega, compañero
c0688	equipo
c0689	reunión, reuniones
c0690	proyecto
c0691	tarea
c0692	contrato
c0693	habilidad, destreza, competencia
c0694	experiencia
c0695	formación, capacitación, entrenamiento
c0696	producción
c0697	producto
c0698	servicio
c0699	cliente
c0700	consumidor, consumidora
c0701	crecimiento
c0702	inversión, inversiones
c0703	banco
c0704	finanzas
c0705	financiero, financiera
c0706	deuda
c0707	crisis
c0708	pobreza
c0709	pobre, pobres
c0710	rico, rica
c0711	riqueza
c0712	propiedad, propiedades, bienes
c0713	propietario, propietaria, dueño, dueña
c0714	poseer, posee, poseído, poseen
c0715	construir, construye, construido, construyó
c0716	producir, produce, producido, produjo, fabricar
c0717	suministro, abastecimiento, oferta
c0718	energía
c0719	electricidad
c0720	tecnología
c0721	máquina
c0722	herramienta
c0723	ingeniero, ingeniera
c0724	médico, médica, doctor
c0725	enfermero, enfermera
c0726	profesor, profesora, maestro, maestra
c0727	estudiante
c0728	alumno, alumna
c0729	lección, lecciones, clase
c0730	clase
c0731	examen, exámenes
c0732	estudiar, estudia, estudiado
c0733	aprender, aprende, aprendido, aprendió
c0734	enseñar, enseña, enseñado
c0735	educación, enseñanza
c0736	conocimiento, saber
c0737	saber, sabe, saben, sabido, supo, sé, conocer, conoce
c0738	ciencia
c0739	científico, científica
c0740	investigación, investigaciones
c0741	científico, científica, investigador
c0742	leer, lee, leen, leído, leyó
c0743	escribir, escribe, escrito, escribió
c0744	palabra
c0745	idioma, lengua, lenguaje
c0746	frase, oración
c0747	pregunta
c0748	respuesta
c0749	página
c0750	historia, cuento, relato
c0751	historia
c0752	histórico, histórica
c0753	arte, artes
c0754	artista
c0755	música
c0756	canción, canciones
c0757	cantar, canta, cantado, cantó
c0758	bailar, baila, bailado, danzar
c0759	película, film, filme
c0760	juego
c0761	jugar, juega, juegan, jugado, jugó
c0762	deporte
c0763	ganar, gana, ganado, ganó, vencer
c0764	perder, pierde, pierden, perdido, perdió
c0765	fútbol
c0766	jugador, jugadora
c0767	cultura
c0768	cultural, culturales
c0769	escritor, escritora
c0770	autor, autora
c0771	poema, poesía
c0772	poeta, poetisa
c0773	novela
c0774	salud
c0775	sano, sana, saludable
c0776	enfermo, enferma
c0777	enfermedad, enfermedades
c0778	enfermedad, enfermedades, dolencia
c0779	virus
c0780	pandemia
c0781	paciente
c0782	medicina, medicamento, fármaco
c0783	droga
c0784	tratamiento
c0785	cuidado, atención
c0786	doler, duele, herir, lastimar
c0787	cansado, cansada
c0788	dormir, duerme, duermen, dormido, durmió
c0789	despertar, despierta, despertó, despertado
c0790	descanso, reposo
c0791	cáncer
c0792	vacuna
c0793	mental, mentales
c0794	sentir, siente, sienten, sentido, sintió
c0795	sentimiento
c0796	amor, amores
c0797	amar, ama, amado, querer, quiere
c0798	odiar, odia, odiado
c0799	miedo, temor
c0800	asustado, asustada, temeroso
c0801	feliz, felices, contento
c0802	felicidad
c0803	triste, tristes
c0804	tristeza
c0805	enfadado, enfadada, enojado, furioso
c0806	ira, enfado, enojo, rabia
c0807	alegría, gozo
c0808	esperanza
c0809	esperar, espera, esperado
c0810	preocuparse, preocupa, preocupado
c0811	sorpresa
c0812	vergüenza
c0813	orgullo
c0814	orgulloso, orgullosa
c0815	solitario, solitaria
c0816	tranquilo, tranquila, calmado, sereno
c0817	sonreír, sonríe, sonrió, sonreído
c0818	reír, ríe, ríen, rió, reído
c0819	llorar, llora, llorado, lloró
c0820	beso
c0821	sueño
c0822	deseo
c0823	querer, quiere, quieren, quiso, quería, desear
c0824	gustar, gusta, gustan, gustó
c0825	disfrutar, disfruta, disfrutado
c0826	preferir, prefiere, prefieren, preferido
c0827	echar de menos, extrañar, extraña
c0828	sufrir, sufre, sufrido
c0829	placer, placeres
c0830	valor, valentía, coraje
c0831	valiente, valientes
c0832	confianza
c0833	duda
c0834	creer, cree, creen, creído, creyó
c0835	fe
c0836	dios, dioses
c0837	religión, religiones
c0838	religioso, religiosa
c0839	alma, almas
c0840	espíritu, ánimo
c0841	mente, mentes
c0842	pensamiento
c0843	pensar, piensa, piensan, pensado, pensó
c0844	idea
c0845	recordar, recuerda, recuerdan, recordado
c0846	olvidar, olvida, olvidado, olvidó
c0847	entender, entiende, entienden, entendido, comprender, comprende
c0848	significar, significa, significado
c0849	significado, sentido
c0850	razón, razones, motivo
c0851	memoria, recuerdo
c0852	imaginar, imagina, imaginado
c0853	decidir, decide, decidido, decidió
c0854	decisión, decisiones
c0855	elegir, elige, eligen, elegido, eligió, escoger
c0856	elección, opción
c0857	plan, planes
c0858	intentar, intenta, intentado, tratar, trata, probar
c0859	necesitar, necesita, necesitan, necesitado
c0860	necesidad, necesidades
c0861	decir, dice, dicen, dicho, dijo, dijeron, digo, decía
c0862	contar, contado, decir
c0863	hablar, habla, hablado, habló
c0864	hablar, habla, conversar
c0865	preguntar, pregunta, preguntado
c0866	llamar, llama, llamado
c0867	gritar, grita, gritado
c0868	oír, oye, oyen, oído, oyó
c0869	escuchar, escucha, escuchado
c0870	ver, ve, ven, visto, vio, veía, veo
c0871	mirar, mira, mirado
c0872	observar, observa, mirar, ver
c0873	mostrar, muestra, muestran, mostrado, enseñar
c0874	encontrar, encuentra, encuentran, encontrado, hallar
c0875	dar, da, dan, dio, dieron, doy
c0876	tomar, toma, tomado, coger, llevar
c0877	traer, trae, traído, trajo
c0878	llevar, lleva, llevado, cargar
c0879	sostener, sostiene, celebrar
c0880	guardar, guarda, mantener, mantiene, conservar
c0881	poner, pone, ponen, puesto, puso, colocar
c0882	enviar, envía, enviado, mandar, manda
c0883	recibir, recibe, recibido, recibió
c0884	obtener, obtiene, obtenido, obtuvo, conseguir, consigue
c0885	hacer, hace, hacen, hecho, hizo, hicieron, hago, hará
c0886	usar, usa, usado, utilizar, utiliza, utilizado
c0887	abrir, abre, abierto
c0888	cerrar, cierra, cierran, cerrado
c0889	empezar, empieza, empiezan, empezado, comenzar, comienza
c0890	comenzar, comienza, comenzado, iniciar, inicia
c0891	parar, detener, detiene, detuvo, dejar, cesar
c0892	continuar, continúa, seguir, sigue
c0893	terminar, termina, terminado, acabar, acaba, finalizar
c0894	cambiar, cambia, cambiado
c0895	cambio
c0896	crecer, crece, crecido, creció
c0897	caer, cae, caído, cayó
c0898	subir, sube, subido, ascender, elevarse
c0899	levantar, levanta, elevar, alzar, aumentar
c0900	aumentar, aumenta, aumentado, incrementar
c0901	aumento, incremento, subida
c0902	reducir, reduce, reducido, redujo, disminuir
c0903	venir, viene, vienen, venido, vino, vinieron, vengo
c0904	ir, va, van, ido, iba, iban, voy, irá
c0905	entrar, entra, entrado
c0906	correr, corre, corrido
c0907	estar de pie, de pie, levantado, parado
c0908	sentarse, sentado, sentada, sienta
c0909	yacer, yace, tumbado, acostado, tendido
c0910	mentir, miente, mienten, mintió
c0911	mover, mueve, mueven, movido, moverse
c0912	girar, gira, girado, volver
c0913	seguir, sigue, siguen, seguido, siguió
c0914	dirigir, dirige, liderar, conducir, guiar
c0915	conocer, encontrar, reunirse, reúne, encontrarse
c0916	ayudar, ayuda, ayudado
c0917	ayuda
c0918	permitir, permite, permitido
c0919	impedir, impide, impedido, evitar, prevenir
c0920	proteger, protege, protegido
c0921	salvar, salva, salvado, rescatar
c0922	matar, mata, matado
c0923	luchar, lucha, luchado, combatir
c0924	romper, rompe, roto, rompió
c0925	cortar, corta, cortado
c0926	golpear, golpea, golpeado, pegar
c0927	lanzar, lanza, tirar, tira, arrojar
c0928	atrapar, atrapa, coger, agarrar
c0929	tirar, tira, jalar
c0930	empujar, empuja, empujado
c0931	llenar, llena, llenado
c0932	lavar, lava, lavado
c0933	limpio, limpia
c0934	dibujar, dibuja, dibujado
c0935	pintar, pinta, pintado
c0936	reparar, repara, reparado, arreglar
c0937	crear, crea, creado
c0938	destruir, destruye, destruido
c0939	quemar, quema, quemado, arder
c0940	volar, vuela, vuelan, volado
c0941	esconder, esconde, escondido, ocultar
c0942	buscar, busca, buscado
c0943	ocurrir, ocurre, ocurrido, pasar, pasa, suceder
c0944	parecer, parece, parecía
c0945	aparecer, aparece, aparecido, apareció
c0946	convertirse, hacerse, llegar a ser, volverse
c0947	permanecer, permanece, quedar, queda
c0948	pertenecer, pertenece
c0949	contener, contiene, contienen
c0950	incluir, incluye, incluido
c0951	existir, existe, existen
c0952	depender, depende, dependen
c0953	causar, causa, causado, provocar
c0954	causa
c0955	resultado
c0956	afectar, afecta, afectado
c0957	desarrollar, desarrolla, desarrollado
c0958	mejorar, mejora, mejorado
c0959	apoyar, apoya, apoyado, respaldar
c0960	apoyo, respaldo
c0961	oponerse, opone, opuso, opuesto
c0962	estar de acuerdo, acordar, coincidir
c0963	aceptar, acepta, aceptado
c0964	negarse, rechazar, rehusar
c0965	rechazar, rechaza, rechazado
c0966	negar, niega, niegan, negado
c0967	admitir, admite, admitido, reconocer
c0968	explicar, explica, explicado
c0969	describir, describe, descrito
c0970	informar, informa, comunicar
c0971	anunciar, anuncia, anunciado
c0972	informar, informa, informado
c0973	discutir, discute, debatir
c0974	argumentar, discutir, sostener
c0975	afirmar, afirma, sostener, reclamar
c0976	sugerir, sugiere, sugerido, proponer
c0977	ofrecer, ofrece, ofrecido
c0978	prometer, promete, prometido
c0979	advertir, advierte, advertido, avisar
c0980	amenazar, amenaza, amenazado
c0981	exigir, exige, exigido, reclamar
c0982	requerir, requiere, requerido, exigir
c0983	esperar, espera, prever
c0984	prohibir, prohíbe, prohibido
c0985	obligar, obliga, forzar, fuerza
c0986	gastar, gasta, gastado, pasar
c0987	ganar, gana, ganado
c0988	vencer, vence, derrotar, golpear, batir
c0989	preparar, prepara, preparado
c0990	organizar, organiza, organizado
c0991	gestionar, gestiona, dirigir, lograr, conseguir
c0992	controlar, controla, controlado
c0993	comprobar, comprueba, verificar, revisar
c0994	prueba, examen, test
c0995	medir, mide, miden, medido
c0996	contar, contado, contó
c0997	añadir, añade, agregar, sumar
c0998	comparar, compara, comparado
c0999	conectar, conecta, unir, enlazar
c1000	unirse, une, incorporarse, adherirse
c1001	compartir, comparte, compartido
c1002	dividir, divide, dividido
c1003	entregar, entrega, entregado, repartir
c1004	publicar, publica, publicado
c1005	firmar, firma, firmado
c1006	llevar, lleva, llevado, vestir, viste
c1007	tocar, toca, tocado
c1008	olor
c1009	sonido
c1010	ruido
c1011	silencio
c1012	grande, gran, grandes
c1013	grande, gran, amplio, extenso
c1014	pequeño, pequeña
c1015	pequeño, pequeña, chico
c1016	largo, larga
c1017	corto, corta, breve
c1018	alto, alta, elevado
c1019	bajo, baja
c1020	ancho, ancha, amplio, amplia
c1021	estrecho, estrecha, angosto
c1022	profundo, profunda, hondo
c1023	pesado, pesada
c1024	ligero, ligera, liviano
c1025	rápido, rápida, veloz, veloces
c1026	lento, lenta
c1027	nuevo, nueva
c1028	bueno, buena, buen, mejor, mejores
c1029	malo, mala, mal, peor, peores
c1030	bello, bella, hermoso, hermosa, bonito, bonita, precioso
c1031	feo, fea, feos
c1032	sucio, sucia
c1033	lleno, llena
c1034	vacío, vacía
c1035	fácil, fáciles, sencillo
c1036	difícil, difíciles
c1037	duro, dura, difícil
c1038	blando, blanda, suave
c1039	fuerte, fuertes
c1040	débil, débiles
c1041	seguro, segura
c1042	peligroso, peligrosa
c1043	libre, libres
c1044	importante
c1045	principal, principales
c1046	necesario, necesaria
c1047	posible
c1048	imposible
c1049	verdadero, verdadera, cierto, cierta
c1050	falso, falsa
c1051	real, reales, verdadero
c1052	correcto, correcta
c1053	equivocado, equivocada, incorrecto, erróneo
c1054	mismo, misma
c1055	diferente, distinto, distinta
c1056	similar, similares, parecido, parecida
c1057	entero, entera, completo
c1058	público, pública
c1059	privado, privada
c1060	nacional, nacionales
c1061	internacional, internacionales
c1062	local, locales
c1063	global, globales, mundial, mundiales
c1064	social, sociales
c1065	general, generales
c1066	especial, especiales, particular
c1067	simple, sencillo, sencilla
c1068	complejo, compleja, complicado
c1069	claro, clara
c1070	silencioso, silenciosa, tranquilo, tranquila
c1071	ruidoso, ruidosa, fuerte
c1072	famoso, famosa, célebre
c1073	popular, populares
c1074	común, comunes, habitual
c1075	raro, rara, escaso
c1076	extraño, extraña, raro
c1077	normal, normales
c1078	listo, lista, preparado, preparada
c1079	ocupado, ocupada, atareado
c1080	solo, sola
c1081	juntos, juntas, junto
c1082	seguro, segura, cierto
c1083	grave, graves, serio, seria
c1084	enorme, enormes, inmenso
c1085	antiguo, antigua
c1086	moderno, moderna
c1087	tradicional, tradicionales
c1088	humano, humana
c1089	belleza
c1090	agradable, simpático, bonito, amable
c1091	gran, grande, estupendo
c1092	bien, bueno
c1093	amable, bondadoso, bondadosa
c1094	amistoso, amistosa, amable, simpático
c1095	alto, alta
c1096	redondo, redonda
c1097	plano, plana, llano
c1098	afilado, afilada, agudo, cortante
c1099	delgado, delgada, fino, fina
c1100	grueso, gruesa, espeso
c1101	gordo, gorda, grueso
c1102	rápido, rápida
c1103	lentamente, despacio
c1104	rápidamente, deprisa
c1105	bien
c1106	casi
c1107	solo, sólo, solamente, únicamente
c1108	especialmente, sobre todo, particularmente
c1109	finalmente, por fin
c1110	de repente, repentinamente, súbitamente
c1111	probablemente
c1112	quizás, quizá, tal vez, acaso
c1113	ciertamente, seguramente
c1114	realmente, de verdad, verdaderamente
c1115	aquí, acá
c1116	allí, ahí, allá
c1117	en todas partes, por todas partes
c1118	lejos
c1119	cerca
c1120	fuera, lejos
c1121	fuera, afuera
c1122	dentro, adentro
c1123	entre
c1124	sin
c1125	contra
c1126	durante
c1127	después de, tras
c1128	antes de, antes
c1129	bajo, debajo
c1130	sobre, encima
c1131	a través de, través
c1132	a través de, través
c1133	alrededor
c1134	entre
c1135	a pesar de, pesar
c1136	hacia
c1137	detrás, tras
c1138	a lo largo de, largo
c1139	todo el mundo
c1140	nada
c1141	todo
c1142	cosa
c1143	lugar, lugares, sitio
c1144	manera, modo, forma
c1145	parte
c1146	número
c1147	grupo
c1148	tipo, clase, especie
c1149	ejemplo
c1150	problema
c1151	situación, situaciones
c1152	hecho
c1153	caso
c1154	punto
c1155	forma
c1156	nivel, niveles
c1157	tamaño, dimensión
c1158	forma, figura
c1159	línea
c1160	señal, signo, señales
c1161	diferencia
c1162	oportunidad, posibilidad, suerte
c1163	oportunidad, oportunidades
c1164	peligro
c1165	riesgo
c1166	importancia
c1167	éxito
c1168	fracaso, fallo
c1169	esfuerzo
c1170	papel, función
c1171	propósito, objetivo, finalidad, fin
c1172	calidad, calidades
c1173	cantidad, importe, suma
c1174	mayoría
c1175	por ciento, porcentaje
c1176	medio, media, promedio
c1177	mensaje
c1178	noticias, noticia
c1179	información, informaciones
c1180	nombre
c1181	parlamento
c1182	parlamentario, parlamentaria
c1183	miembro, diputado
c1184	resolución, resoluciones
c1185	gobierno
c1186	ministro, ministra
c1187	primer ministro, presidente del gobierno
c1188	presidente, presidenta
c1189	elección, elecciones, comicios
c1190	electoral, electorales
c1191	votar, vota, votado, votó
c1192	voto
c1193	votante, elector
c1194	candidato, candidata
c1195	campaña
c1196	referéndum
c1197	partido
c1198	derechos humanos
c1199	derecho
c1200	ley, leyes, derecho
c1201	legal, legales, jurídico, jurídica
c1202	ilegal, ilegales
c1203	tribunal, tribunales, juzgado, corte
c1204	juez, jueces, jueza
c1205	abogado, abogada
c1206	fiscal, fiscales
c1207	juicio, proceso
c1208	condena, pena, sentencia
c1209	preso, presa, prisionero, recluso
c1210	preso político, presos políticos
c1211	detener, detiene, detenido, detuvo, arrestar, arrestado
c1212	detención, arresto
c1213	detención, reclusión
c1214	detener, detiene, retener
c1215	liberar, libera, liberado, liberó, soltar
c1216	liberación, puesta en libertad
c1217	tortura
c1218	condenar, condena, condenado
c1219	instar, insta, exhortar
c1220	pedir, pide, piden, instar, insta
c1221	pedir, pide, reclamar, exigir
c1222	acoger, acoge, celebrar, celebra, saludar
c1223	lamentar, lamenta, lamentado
c1224	recordar, recuerda, recordado
c1225	periodista
c1226	medios de comunicación, medios
c1227	prensa
c1228	protesta
c1229	manifestante
c1230	manifestación, manifestaciones
c1231	libertad, libertades
c1232	libertad de expresión
c1233	libertad de reunión
c1234	democracia
c1235	democrático, democrática
c1236	estado miembro, estados miembros
c1237	comisión, comisiones
c1238	comisario, comisaria
c1239	consejo
c1240	unión, uniones, sindicato
c1241	unión europea
c1242	ciudadano, ciudadana
c1243	ciudadanía, nacionalidad
c1244	violencia
c1245	violento, violenta
c1246	policía
c1247	policía, agente, policías
c1248	ejército
c1249	militar, militares
c1250	soldado
c1251	guerra
c1252	paz, paces
c1253	conflicto
c1254	arma, armas
c1255	sanción, sanciones
c1256	oposición
c1257	régimen, regímenes
c1258	autoridad, autoridades
c1259	estado
c1260	país, países
c1261	nación, naciones
c1262	república
c1263	reino
c1264	rey, reyes
c1265	reina
c1266	emperador, emperadores
c1267	imperio
c1268	constitución
c1269	constitucional, constitucionales
c1270	tratado
c1271	acuerdo, convenio
c1272	negociación, negociaciones
c1273	negociar, negocia, negociado
c1274	delito, crimen, crímenes
c1275	criminal, criminales, penal, delictivo
c1276	víctima
c1277	asesinato, homicidio
c1278	terrorismo
c1279	terrorista
c1280	ataque, atentado, agresión
c1281	seguridad
c1282	seguridad
c1283	defensa
c1284	refugiado, refugiada
c1285	migrante, inmigrante
c1286	migración, migraciones
c1287	asilo
c1288	minoría
c1289	discriminación
c1290	igualdad
c1291	género
c1292	estado de derecho
c1293	justicia
c1294	judicial, judiciales
c1295	independencia
c1296	independiente
c1297	soberanía
c1298	territorio
c1299	ocupación
c1300	invasión, invasiones
c1301	alto el fuego, tregua
c1302	humanitario, humanitaria
c1303	ayuda, asistencia
c1304	cooperación
c1305	diálogo
c1306	relación, relaciones
c1307	diplomático, diplomática
c1308	embajador, embajadora
c1309	embajada
c1310	delegación, delegaciones
c1311	representante
c1312	funcionario, funcionaria, cargo
c1313	administración
c1314	institución, instituciones
c1315	agencia, organismo
c1316	poder, poderes
c1317	política, políticas
c1318	política
c1319	político, política
c1320	político, política, políticos
c1321	reforma
c1322	legislación
c1323	directiva
c1324	reglamento, regulación
c1325	propuesta
c1326	enmienda
c1327	informe
c1328	debate
c1329	sesión, sesiones
c1330	comisión, comité
c1331	presidente, presidenta
c1332	presidencia
c1333	mandato
c1334	adoptar, adopta, adoptado, aprobar
c1335	aprobar, aprueba, aprueban, aprobado
c1336	abstenerse, abstiene, abstuvo, abstención
c1337	coalición, coaliciones
c1338	líder, dirigente, jefe
c1339	corrupción
c1340	fraude
c1341	transparencia
c1342	investigación, investigaciones, pesquisa
c1343	investigar, investiga, investigado
c1344	prueba, pruebas, evidencia
c1345	testigo
c1346	acusación, cargo, cargos
c1347	acusar, acusa, acusado
c1348	culpable, culpables
c1349	inocente
c1350	condenar, condena, condenado
c1351	recurso, apelación
c1352	pena, sanción
c1353	pena de muerte
c1354	ejecución, ejecuciones
c1355	multa
c1356	castigo
c1357	castigar, castiga, castigado
c1358	activista
c1359	defensor de los derechos humanos, defensora
c1360	disidente
c1361	rehén, rehenes
c1362	secuestrar, secuestra, secuestrado
c1363	desaparición, desapariciones
c1364	acoso, hostigamiento
c1365	intimidación
c1366	persecución
c1367	represión
c1368	represión, ofensiva, mano dura
c1369	censura
c1370	abuso, maltrato
c1371	violación, violaciones
c1372	genocidio
c1373	crimen de guerra, crímenes de guerra
c1374	tráfico, trata
c1375	esclavitud
c1376	naciones unidas, onu
c1377	otan
c1378	parlamento europeo
c1379	comisión europea
c1380	cumbre
c1381	fondo
c1382	financiación, financiamiento
c1383	programa
c1384	estrategia
c1385	objetivo
c1386	medida
c1387	acción, acciones
c1388	marco
c1389	aplicación, ejecución, implementación
c1390	aplicar, aplica, aplicado, ejecutar
c1391	garantizar, garantiza, asegurar, asegura
c1392	subrayar, subraya, destacar, destaca
c1393	observar, toma nota, señalar, constatar
c1394	reiterar, reitera, reiterado
c1395	expresar, expresa, expresado
c1396	preocupación
c1397	deplorar, deplora, lamentar
c1398	denunciar, denuncia, denunciado
c1399	insistir, insiste, insistido
c1400	alentar, alienta, animar, fomentar
c1401	invitar, invita, invitado
c1402	destacar, destaca, subrayar
c1403	reconocer, reconoce, reconocido
c1404	reconocer, reconoce, reconocido
c1405	considerar, considera, considerado
c1406	inmediatamente, de inmediato
c1407	firmemente, enérgicamente, fuertemente
c1408	profundamente
c1409	incondicionalmente, sin condiciones
c1410	papeleta, votación
c1411	justo, justa, equitativo
c1412	observador, observadora
c1413	mercado interior
c1414	competencia, concurso
c1415	agricultura
c1416	pesca
c1417	cambio climático
c1418	emisión, emisiones
c1419	sostenible, sostenibles
c1420	desarrollo
c1421	innovación
c1422	digital, digitales
c1423	datos
c1424	privacidad, intimidad
c1425	protección
c1426	transporte
c1427	infraestructura
c1428	regional, regionales
c1429	solidaridad
c1430	ampliación
c1431	adhesión
c1432	aduana, aduanas
c1433	moneda, divisa
c1434	inflación
c1435	interés, intereses
c1436	interés, intereses
c1437	déficit
c1438	sociedad, sociedades
c1439	comunidad, comunidades
c1440	organización, organizaciones
c1441	asociación, asociaciones
c1442	población
c1443	opinión pública
c1444	responsabilidad, responsabilidades
c1445	responsable, responsables
c1446	obligación, obligaciones
c1447	principio
c1448	valor, valores
c1449	dignidad
c1450	respeto
c1451	respetar, respeta, respetado
c1452	aplicación de la ley, fuerzas del orden
c1453	procedimiento
c1454	proceso
c1455	cuestión, cuestiones, asunto, tema
c1456	asunto, cuestión, materia
c1457	sistema
c1458	orden, órdenes
c1459	regla, norma
c1460	efecto
c1461	impacto, repercusión
c1462	condición, condiciones
c1463	acceso
c1464	recurso
c1465	enemigo, enemiga
c1466	héroe, heroína
c1467	guardia, guarda, vigilante
c1468	sacerdote, cura
c1469	tradición, tradiciones
c1470	festival, fiesta
c1471	ceremonia
c1472	discurso
c1473	opinión, opiniones
c1474	declaración, afirmación
c1475	declaración, declaraciones
c1476	atención
c1477	verdad, verdades
c1478	secreto
c1479	amenaza
c1480	victoria
c1481	derrota
c1482	batalla
c1483	revolución, revoluciones
c1484	bandera
c1485	cabaña, refugio
c1486	avalancha, alud
c1487	aliado, aliada
c1488	tropas
c1489	huelga
c1490	pensión, pensiones, jubilación
c1491	vivienda
c1492	suerte
c1493	cazador, cazadora
c1494	altura, altitud
c1495	longitud
c1496	peso
c1497	velocidad
c1498	patrimonio, herencia
c1499	fusil, pistola, arma
c1500	bomba
`;
