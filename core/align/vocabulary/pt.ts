// Concordia's core vocabulary in Portuguese: concept id (see en.ts for the concepts), then the forms, lemma first.
// Written by the Concordia developers for the project (see ../sentence-vocabulary.ts).
export default `c0001	
c0002	dois, duas
c0003	três
c0004	quatro
c0005	cinco
c0006	seis
c0007	sete
c0008	oito
c0009	nove
c0010	dez
c0011	onze
c0012	doze
c0013	treze
c0014	catorze, quatorze
c0015	quinze
c0016	dezasseis, dezesseis
c0017	dezassete, dezessete
c0018	dezoito
c0019	dezanove, dezenove
c0020	vinte
c0021	trinta
c0022	quarenta
c0023	cinquenta
c0024	sessenta
c0025	setenta
c0026	oitenta
c0027	noventa
c0028	cem, cento, centenas
c0029	mil
c0030	milhão, milhões
c0031	mil milhões, bilião, bilhão
c0032	primeiro, primeira
c0033	segundo, segunda
c0034	terceiro, terceira
c0035	quarto, quarta
c0036	quinto, quinta
c0037	sexto, sexta
c0038	sétimo, sétima
c0039	oitavo, oitava
c0040	nono, nona
c0041	décimo, décima
c0042	metade, meio, meia
c0043	quarto, quartos
c0044	dúzia
c0045	duplo, dupla, dobro
c0046	último, última
c0047	próximo, próxima, seguinte
c0048	janeiro
c0049	fevereiro
c0050	março
c0051	abril
c0052	maio
c0053	junho
c0054	julho
c0055	agosto
c0056	setembro
c0057	outubro
c0058	novembro
c0059	dezembro
c0060	segunda-feira
c0061	terça-feira
c0062	quarta-feira
c0063	quinta-feira
c0064	sexta-feira
c0065	sábado
c0066	domingo
c0067	primavera
c0068	verão, verões
c0069	outono
c0070	inverno
c0071	estação, estações
c0072	dia, dias
c0073	semana
c0074	mês, meses
c0075	ano, anos
c0076	hora
c0077	minuto
c0078	segundo
c0079	manhã, manhãs
c0080	tarde
c0081	noite, fim de tarde
c0082	noite
c0083	meio-dia
c0084	meia-noite
c0085	hoje
c0086	ontem
c0087	amanhã
c0088	esta noite, hoje à noite
c0089	século
c0090	década, decénio
c0091	tempo
c0092	momento, instante
c0093	período
c0094	data
c0095	fim de semana
c0096	calendário
c0097	relógio
c0098	idade, idades
c0099	passado
c0100	futuro, porvir
c0101	presente, atualidade
c0102	agora
c0103	em breve, breve, logo
c0104	depois, mais tarde, logo
c0105	cedo, precoce, antecipado
c0106	tarde, tardio, tardia, atrasado
c0107	já
c0108	outra vez, de novo, novamente
c0109	sempre
c0110	nunca, jamais
c0111	frequentemente, muitas vezes, amiúde
c0112	às vezes, por vezes, vezes
c0113	atrás
c0114	recentemente
c0115	diário, diária, quotidiano, cotidiano
c0116	anual, anuais
c0117	madrugada, alvorada, aurora
c0118	pôr do sol, ocaso, crepúsculo
c0119	nascer do sol, alvorada
c0120	época
c0121	início, começo, princípio
c0122	fim, final
c0123	aniversário
c0124	férias, feriado, folga
c0125	natal
c0126	páscoa
c0127	aniversário
c0128	cor, cores
c0129	vermelho, vermelha
c0130	azul, azuis
c0131	verde
c0132	amarelo, amarela
c0133	preto, preta, negro, negra
c0134	branco, branca
c0135	cinzento, cinzenta, cinza
c0136	castanho, castanha, marrom
c0137	laranja, cor de laranja
c0138	cor-de-rosa, rosa
c0139	roxo, roxa, púrpura, violeta
c0140	dourado, dourada
c0141	escuro, escura
c0142	brilhante, luminoso, luminosa
c0143	pálido, pálida
c0144	norte
c0145	sul
c0146	leste, oriente
c0147	oeste, ocidente
c0148	setentrional, do norte, nortenho
c0149	meridional, do sul, sulista
c0150	oriental, orientais
c0151	ocidental, ocidentais
c0152	esquerdo, esquerda
c0153	direito, direita
c0154	topo, cimo, cima, parte superior
c0155	fundo, parte inferior
c0156	lado
c0157	meio, centro
c0158	centro
c0159	frente, parte da frente, dianteira
c0160	traseira, parte de trás
c0161	borda, beira, margem, orla
c0162	família
c0163	mãe, mães
c0164	pai, pais
c0165	pai, mãe, progenitor, pais
c0166	criança, filho, filhos, crianças
c0167	filho
c0168	filha
c0169	irmão, irmãos
c0170	irmã, irmãs
c0171	marido, esposo
c0172	esposa, mulher
c0173	avô, avós
c0174	avó
c0175	neto, neta
c0176	tio, tios
c0177	tia, tias
c0178	primo, prima
c0179	bebé, bebê, bebés
c0180	menino, rapaz, garoto
c0181	menina, rapariga, moça, garota
c0182	homem, homens
c0183	mulher, mulheres
c0184	pessoa
c0185	pessoas, gente, povo
c0186	amigo, amiga
c0187	vizinho, vizinha
c0188	convidado, convidada, hóspede
c0189	casamento, boda, núpcias
c0190	casamento, matrimónio, matrimônio
c0191	casar, casa-se, casou, casado, casada
c0192	divórcio
c0193	nascimento
c0194	nascido, nascida, nasceu, nascer
c0195	morrer, morre, morrem, morreu, morreram, morrido, morto
c0196	morte
c0197	morto, morta
c0198	vida
c0199	viver, vive, vivem, viveu, vivido, morar, mora
c0200	vivo, viva
c0201	jovem, jovens
c0202	velho, velha, idoso, idosa, antigo
c0203	juventude
c0204	adulto, adulta
c0205	geração, gerações
c0206	parente, familiar
c0207	casal, casais, par
c0208	gémeo, gêmeo, gémea, gêmea
c0209	viúva
c0210	órfão, órfã, órfãos
c0211	antepassado, ancestral
c0212	corpo
c0213	cabeça
c0214	cara, rosto
c0215	olho, olhos
c0216	orelha, ouvido
c0217	nariz, narizes
c0218	boca
c0219	dente
c0220	língua
c0221	lábio
c0222	cabelo, cabelos
c0223	pescoço
c0224	ombro
c0225	braço
c0226	mão, mãos
c0227	dedo
c0228	perna
c0229	joelho
c0230	pé, pés
c0231	costas
c0232	peito
c0233	coração, corações
c0234	sangue
c0235	osso
c0236	pele
c0237	estômago, barriga, ventre
c0238	cérebro
c0239	respiração, fôlego, hálito
c0240	respirar, respira, respirou
c0241	voz, vozes
c0242	pulmão, pulmões
c0243	músculo
c0244	ferida
c0245	lesão, lesões, ferimento
c0246	ferir, fere, ferido, ferida, lesionar
c0247	dor, dores
c0248	cego, cega
c0249	surdo, surda
c0250	barba
c0251	lágrima
c0252	asa, asas
c0253	cauda, rabo
c0254	tempo, meteorologia
c0255	chuva
c0256	neve
c0257	gelo
c0258	vento
c0259	tempestade, temporal
c0260	nuvem, nuvens
c0261	nevoeiro, neblina, névoa
c0262	sol, sóis
c0263	céu, céus
c0264	quente, quentes
c0265	frio, fria
c0266	quente, morno, morna, ameno
c0267	fresco, fresca
c0268	seco, seca
c0269	molhado, molhada, húmido, úmido
c0270	temperatura
c0271	grau, graus
c0272	clima
c0273	geada
c0274	trovão, trovões
c0275	relâmpago, raio
c0276	inundação, inundações, cheia, enchente
c0277	seca
c0278	calor
c0279	ar, ares
c0280	sombra
c0281	congelar, gelar, gela, congelado, gelado
c0282	derreter, derrete, derretido, fundir
c0283	soprar, sopra, soprou
c0284	brilhar, brilha, brilhou
c0285	natureza
c0286	terra
c0287	solo, chão, terra
c0288	terra
c0289	solo, terra
c0290	areia
c0291	pedra
c0292	rocha, rochedo
c0293	montanha, monte
c0294	colina, morro, outeiro
c0295	vale
c0296	rio, rios
c0297	riacho, ribeiro, regato
c0298	lago
c0299	mar, mares
c0300	oceano
c0301	costa, litoral
c0302	margem, margens, beira, orla
c0303	praia
c0304	ilha
c0305	baía, enseada
c0306	falésia, penhasco, arriba
c0307	gruta, caverna
c0308	glaciar, geleira
c0309	cume, cimo, topo
c0310	pico
c0311	cumeada, crista, cordilheira
c0312	encosta, declive, vertente
c0313	passo, desfiladeiro, garganta
c0314	planície
c0315	campo
c0316	prado
c0317	floresta, bosque, mata
c0318	madeira, lenha
c0319	árvore
c0320	ramo, galho
c0321	folha
c0322	raiz, raízes
c0323	flor, flores
c0324	erva, relva, capim
c0325	planta
c0326	semente
c0327	fruto, fruta
c0328	arbusto, moita
c0329	deserto
c0330	pântano, brejo
c0331	cascata, queda de água, cachoeira
c0332	nascente, fonte
c0333	onda
c0334	margem, margens
c0335	paisagem, paisagens
c0336	vista, panorama
c0337	horizonte
c0338	estrela
c0339	lua
c0340	planeta
c0341	mundo
c0342	espaço
c0343	fogo, incêndio
c0344	chama
c0345	água
c0346	fumo, fumaça
c0347	pó, poeira
c0348	lama
c0349	ouro
c0350	prata
c0351	ferro
c0352	metal, metais
c0353	carvão, carvões
c0354	petróleo, óleo, azeite
c0355	gás, gases
c0356	sal, sais
c0357	vulcão, vulcões
c0358	terramoto, terremoto, sismo
c0359	animal, animais
c0360	pássaro, ave
c0361	peixe
c0362	cão, cães, cachorro
c0363	gato
c0364	cavalo
c0365	vaca
c0366	ovelha
c0367	cabra
c0368	porco
c0369	galinha, frango
c0370	urso
c0371	lobo
c0372	raposa
c0373	veado, cervo
c0374	coelho
c0375	rato
c0376	ratazana, rato
c0377	cobra, serpente
c0378	inseto, insecto
c0379	abelha
c0380	mosca
c0381	borboleta
c0382	águia
c0383	baleia
c0384	leão, leões
c0385	elefante
c0386	gado
c0387	ninho
c0388	ovo
c0389	pena, pluma
c0390	caçar, caça, caçou, caçado
c0391	quinta, fazenda, exploração agrícola
c0392	agricultor, lavrador, camponês, fazendeiro
c0393	colheita
c0394	cultura, colheita
c0395	trigo
c0396	ambiente, meio ambiente
c0397	poluição
c0398	espécie
c0399	biodiversidade
c0400	parque nacional
c0401	selvagem, selvagens, silvestre
c0402	natural, naturais
c0403	europa
c0404	europeu, europeia, europeus
c0405	áfrica
c0406	africano, africana
c0407	ásia
c0408	asiático, asiática
c0409	américa
c0410	americano, americana, norte-americano
c0411	estados unidos
c0412	rússia
c0413	russo, russa
c0414	ucrânia
c0415	ucraniano, ucraniana
c0416	bielorrússia
c0417	china
c0418	chinês, chinesa, chineses
c0419	reino unido
c0420	britânico, britânica
c0421	inglaterra
c0422	inglês
c0423	turquia
c0424	turco, turca
c0425	japão
c0426	índia
c0427	israel
c0428	irão, irã
c0429	síria
c0430	suíça
c0431	noruega
c0432	alemanha
c0433	alemão, alemã, alemães
c0434	frança
c0435	francês, francesa, franceses
c0436	itália
c0437	italiano, italiana
c0438	espanha
c0439	espanhol, espanhola, espanhóis
c0440	portugal
c0441	português, portuguesa, portugueses
c0442	países baixos, holanda
c0443	neerlandês, holandês, neerlandesa, holandesa
c0444	bélgica
c0445	belga, belgas
c0446	luxemburgo
c0447	áustria
c0448	austríaco, austríaca
c0449	polónia, polônia
c0450	polaco, polaca, polonês
c0451	república checa, chéquia
c0452	checo, checa, tcheco
c0453	eslováquia
c0454	eslovaco, eslovaca
c0455	hungria
c0456	húngaro, húngara
c0457	eslovénia, eslovênia
c0458	croácia
c0459	roménia, romênia
c0460	romeno, romena
c0461	bulgária
c0462	búlgaro, búlgara
c0463	grécia
c0464	grego, grega
c0465	chipre
c0466	malta
c0467	irlanda
c0468	irlandês, irlandesa
c0469	dinamarca
c0470	dinamarquês, dinamarquesa
c0471	suécia
c0472	sueco, sueca
c0473	finlândia
c0474	finlandês, finlandesa
c0475	estónia, estônia
c0476	letónia, letônia
c0477	lituânia
c0478	alpes
c0479	mediterrâneo, mediterrânea, mediterrânica
c0480	atlântico, atlântica
c0481	báltico, báltica
c0482	bruxelas
c0483	estrasburgo
c0484	viajar, viaja, viajou, viajado
c0485	viagem, viagens
c0486	excursão, excursões, passeio
c0487	turista
c0488	turismo
c0489	hotel, hotéis
c0490	quarto, sala, divisão
c0491	passaporte
c0492	bilhete, ingresso
c0493	comboio, trem, trens
c0494	caminho de ferro, ferrovia, via férrea
c0495	estação, estações
c0496	autocarro, ônibus, autocarros
c0497	carro, automóvel, automóveis
c0498	veículo
c0499	bicicleta
c0500	barco
c0501	navio, barco
c0502	avião, aviões
c0503	aeroporto
c0504	voo, voos
c0505	porto
c0506	porto, ancoradouro
c0507	estrada
c0508	rua, ruas
c0509	caminho, trilho, senda
c0510	ponte
c0511	túnel, túneis
c0512	mapa
c0513	guia
c0514	volta, circuito, visita, digressão
c0515	visitar, visita, visitou, visitado
c0516	visitante
c0517	chegar, chega, chegou, chegado, chegada
c0518	partir, partiu, sair, sai, saiu, deixar
c0519	partir, partiu, partida
c0520	voltar, volta, voltou, regressar, regressa, regressou
c0521	conduzir, conduz, conduziu, guiar, dirigir
c0522	montar, monta, cavalgar, andar
c0523	andar, anda, caminhar, caminha
c0524	subir, sobe, subiu, escalar, trepar
c0525	nadar, nadou, nadam
c0526	navegar, navega, velejar
c0527	atravessar, atravessa, atravessou, cruzar
c0528	alcançar, alcança, alcançou, atingir, atinge
c0529	rota, percurso, itinerário
c0530	fronteira
c0531	distância
c0532	quilómetro, quilômetro
c0533	metro, metros
c0534	milha
c0535	no estrangeiro, estrangeiro, exterior
c0536	estrangeiro, estrangeira
c0537	trânsito, tráfego
c0538	acidente
c0539	passageiro, passageira
c0540	condutor, motorista
c0541	acampamento
c0542	tenda, barraca
c0543	ficar, fica, ficou, permanecer
c0544	esperar, espera, esperou, aguardar
c0545	aldeia, vila, povoado
c0546	vila, cidade
c0547	cidade, cidades
c0548	capital, capitais
c0549	praça
c0550	mercado
c0551	loja
c0552	igreja
c0553	catedral, sé
c0554	castelo
c0555	palácio
c0556	torre
c0557	museu, museus
c0558	monumento
c0559	parque
c0560	jardim, jardins
c0561	parede, muro
c0562	portão, portões
c0563	porta
c0564	janela
c0565	andar, piso
c0566	telhado
c0567	escada, escadas
c0568	cozinha
c0569	cama
c0570	mesa
c0571	cadeira
c0572	casa
c0573	casa, lar, lares
c0574	edifício, prédio
c0575	apartamento
c0576	endereço, morada
c0577	bairro, distrito
c0578	região, regiões
c0579	zona, área
c0580	campo
c0581	hospital, hospitais
c0582	escola
c0583	universidade
c0584	biblioteca
c0585	restaurante
c0586	escritório, gabinete
c0587	fábrica
c0588	prisão, prisões, cadeia
c0589	teatro
c0590	cinema
c0591	chave
c0592	lâmpada, candeeiro
c0593	luz, luzes
c0594	caixa
c0595	saco, bolsa, mala
c0596	garrafa
c0597	vidro
c0598	chávena, xícara, copo
c0599	prato
c0600	faca
c0601	livro
c0602	carta
c0603	papel, papéis
c0604	caneta
c0605	imagem, imagens, quadro
c0606	fotografia, foto
c0607	câmara, câmera, máquina fotográfica
c0608	telefone
c0609	computador
c0610	internet
c0611	televisão
c0612	rádio
c0613	jornal, jornais
c0614	roupa, roupas
c0615	camisa
c0616	vestido
c0617	sapato
c0618	casaco, sobretudo
c0619	chapéu, chapéus
c0620	dinheiro
c0621	preço
c0622	custo
c0623	pagar, paga, pagou, pago
c0624	comprar, compra, comprou, comprado
c0625	vender, vende, vendeu, vendido
c0626	barato, barata
c0627	caro, cara
c0628	euro
c0629	comida, alimento, alimentos
c0630	pão, pães
c0631	carne
c0632	leite
c0633	queijo
c0634	manteiga
c0635	vinho
c0636	cerveja
c0637	café
c0638	chá, chás
c0639	açúcar
c0640	maçã, maçãs
c0641	legume, hortaliça, vegetal
c0642	batata
c0643	arroz
c0644	sopa
c0645	bolo
c0646	pequeno-almoço, café da manhã
c0647	almoço
c0648	jantar
c0649	refeição, refeições
c0650	comer, come, comeu, comido
c0651	beber, bebe, bebeu, bebido
c0652	cozinhar, cozinha, cozinhou
c0653	sabor, gosto
c0654	faminto, faminta, esfomeado, fome
c0655	fome
c0656	doce, doces
c0657	fresco, fresca
c0658	mel
c0659	uva
c0660	farinha
c0661	milho, cereal
c0662	sede
c0663	trabalho
c0664	trabalhar, trabalha, trabalhou, trabalhado
c0665	emprego, trabalho, posto
c0666	trabalhador, trabalhadora, operário
c0667	empregado, empregada, funcionário, assalariado
c0668	empregador, patrão, entidade patronal
c0669	empresa, companhia, sociedade
c0670	negócio, negócios, empresa, comércio
c0671	indústria
c0672	comércio, trocas
c0673	economia
c0674	económico, econômico, económica, econômica
c0675	salário, ordenado
c0676	salário, remuneração
c0677	rendimento, renda, receita
c0678	imposto, taxa
c0679	orçamento
c0680	lucro, benefício
c0681	perda, prejuízo
c0682	desemprego
c0683	emprego
c0684	carreira
c0685	profissão, profissões, ofício
c0686	gerente, gestor, diretor
c0687	colega
c0688	equipa, equipe
c0689	reunião, reuniões
c0690	projeto, projecto
c0691	tarefa
c0692	contrato
c0693	competência, habilidade, aptidão
c0694	experiência
c0695	formação, treino, treinamento
c0696	produção
c0697	produto
c0698	serviço
c0699	cliente
c0700	consumidor, consumidora
c0701	crescimento
c0702	investimento
c0703	banco
c0704	finanças
c0705	financeiro, financeira
c0706	dívida
c0707	crise, crises
c0708	pobreza
c0709	pobre, pobres
c0710	rico, rica
c0711	riqueza
c0712	propriedade, bens
c0713	proprietário, proprietária, dono, dona
c0714	possuir, possui, possuiu, possuem
c0715	construir, constrói, construiu, construído
c0716	produzir, produz, produziu, produzido, fabricar
c0717	abastecimento, fornecimento, oferta
c0718	energia
c0719	eletricidade, electricidade
c0720	tecnologia
c0721	máquina
c0722	ferramenta
c0723	engenheiro, engenheira
c0724	médico, médica, doutor
c0725	enfermeiro, enfermeira
c0726	professor, professora
c0727	estudante, aluno
c0728	aluno, aluna
c0729	lição, lições, aula
c0730	turma, classe
c0731	exame
c0732	estudar, estuda, estudou, estudado
c0733	aprender, aprende, aprendeu, aprendido
c0734	ensinar, ensina, ensinou, ensinado
c0735	educação, ensino
c0736	conhecimento, saber
c0737	saber, sabe, sabem, soube, sei, conhecer, conhece
c0738	ciência
c0739	científico, científica
c0740	investigação, pesquisa
c0741	cientista
c0742	ler, lê, leem, leu, lido
c0743	escrever, escreve, escreveu, escrito
c0744	palavra
c0745	língua, idioma, linguagem
c0746	frase
c0747	pergunta, questão
c0748	resposta
c0749	página
c0750	história, conto, narrativa
c0751	história
c0752	histórico, histórica
c0753	arte
c0754	artista
c0755	música
c0756	canção, canções, cantiga
c0757	cantar, canta, cantou, cantado
c0758	dançar, dança, dançou
c0759	filme
c0760	jogo
c0761	jogar, joga, jogou, brincar
c0762	desporto, esporte
c0763	ganhar, ganha, ganhou, ganho, vencer, venceu
c0764	perder, perde, perdeu, perdido, perco
c0765	futebol
c0766	jogador, jogadora
c0767	cultura
c0768	cultural, culturais
c0769	escritor, escritora
c0770	autor, autora
c0771	poema, poesia
c0772	poeta, poetisa
c0773	romance
c0774	saúde
c0775	saudável, saudáveis
c0776	doente, doentes
c0777	doença
c0778	doença, enfermidade
c0779	vírus
c0780	pandemia
c0781	paciente, doente
c0782	medicamento, remédio, medicina
c0783	droga
c0784	tratamento
c0785	cuidado, cuidados, assistência
c0786	doer, dói, magoar, ferir
c0787	cansado, cansada
c0788	dormir, dorme, dormiu, dormido, durmo
c0789	acordar, acorda, acordou, despertar
c0790	descanso, repouso
c0791	cancro, câncer
c0792	vacina
c0793	mental, mentais
c0794	sentir, sente, sentiu, sentido, sinto
c0795	sentimento
c0796	amor, amores
c0797	amar, ama, amou, amado
c0798	odiar, odeia, odiou
c0799	medo, receio
c0800	assustado, assustada, amedrontado, medo
c0801	feliz, felizes, contente
c0802	felicidade
c0803	triste, tristes
c0804	tristeza
c0805	zangado, zangada, irritado, furioso
c0806	raiva, ira, cólera, zanga
c0807	alegria
c0808	esperança
c0809	esperar, espera, esperou
c0810	preocupar, preocupa, preocupado
c0811	surpresa
c0812	vergonha
c0813	orgulho
c0814	orgulhoso, orgulhosa
c0815	sozinho, sozinha, solitário
c0816	calmo, calma, tranquilo
c0817	sorrir, sorri, sorriu
c0818	rir, ri, riu, riem
c0819	chorar, chora, chorou
c0820	beijo
c0821	sonho
c0822	desejo
c0823	querer, quer, querem, quis, quero, queria, desejar
c0824	gostar, gosta, gostou, gosto
c0825	apreciar, desfrutar, gozar
c0826	preferir, prefere, preferiu, prefiro
c0827	sentir falta, saudade, saudades
c0828	sofrer, sofre, sofreu, sofrido
c0829	prazer, prazeres
c0830	coragem
c0831	corajoso, corajosa, valente
c0832	confiança
c0833	dúvida
c0834	acreditar, acredita, crer, crê
c0835	fé
c0836	deus, deuses
c0837	religião, religiões
c0838	religioso, religiosa
c0839	alma
c0840	espírito
c0841	mente
c0842	pensamento
c0843	pensar, pensa, pensou, pensado
c0844	ideia, idéia
c0845	lembrar, lembra, lembrou, recordar
c0846	esquecer, esquece, esqueceu, esquecido
c0847	compreender, compreende, entender, entende, percebe
c0848	significar, significa, quer dizer
c0849	significado, sentido
c0850	razão, razões, motivo
c0851	memória, lembrança, recordação
c0852	imaginar, imagina, imaginou
c0853	decidir, decide, decidiu, decidido
c0854	decisão, decisões
c0855	escolher, escolhe, escolheu, escolhido
c0856	escolha, opção
c0857	plano
c0858	tentar, tenta, tentou, tentado
c0859	precisar, precisa, necessitar, necessita
c0860	necessidade, necessidades
c0861	dizer, diz, dizem, disse, disseram, dito, digo
c0862	contar, conta, contou, dizer
c0863	falar, fala, falou, falado
c0864	falar, fala, conversar
c0865	perguntar, pergunta, perguntou
c0866	chamar, chama, chamou, telefonar
c0867	gritar, grita, gritou
c0868	ouvir, ouve, ouvem, ouviu, ouvido, oiço
c0869	escutar, escuta, ouvir
c0870	ver, vê, veem, viu, visto, vejo
c0871	olhar, olha, olhou
c0872	observar, observa, assistir, ver
c0873	mostrar, mostra, mostrou, mostrado
c0874	encontrar, encontra, encontrou, achar, acha
c0875	dar, dá, dão, deu, deram, dou
c0876	tomar, toma, tomou, pegar, levar
c0877	trazer, traz, trouxe, trazido
c0878	levar, leva, levou, carregar
c0879	segurar, segura, manter, realizar
c0880	guardar, guarda, manter, mantém, conservar
c0881	pôr, põe, pôs, posto, colocar, coloca
c0882	enviar, envia, enviou, mandar, manda
c0883	receber, recebe, recebeu, recebido
c0884	obter, obtém, obteve, obtido, conseguir, consegue
c0885	fazer, faz, fazem, fez, fizeram, feito, faço
c0886	usar, usa, usou, utilizar, utiliza
c0887	abrir, abre, abriu, aberto
c0888	fechar, fecha, fechou, fechado
c0889	começar, começa, começou, iniciar
c0890	começar, iniciar, inicia, iniciou
c0891	parar, parou, deter, cessar, interromper
c0892	continuar, continua, continuou, prosseguir
c0893	acabar, acaba, terminar, termina, terminou, concluir
c0894	mudar, muda, mudou, alterar, altera
c0895	mudança, alteração, mudanças
c0896	crescer, cresce, cresceu, crescido
c0897	cair, cai, caiu, caído
c0898	subir, sobe, subiu, elevar-se
c0899	levantar, levanta, erguer, elevar, aumentar
c0900	aumentar, aumenta, aumentou, aumentado
c0901	aumento, subida, acréscimo
c0902	reduzir, reduz, reduziu, reduzido, diminuir
c0903	vir, vem, vêm, veio, vieram, vindo, venho
c0904	ir, vai, vão, ido, vou, ia, iam, irá
c0905	entrar, entra, entrou
c0906	correr, corre, correu
c0907	estar de pé, de pé, em pé
c0908	sentar, sentado, sentada, senta
c0909	estar deitado, deitado, deitada, jazer
c0910	mentir, mente, mentiu, minto
c0911	mover, move, moveu, mexer, deslocar
c0912	virar, vira, virou, girar
c0913	seguir, segue, seguiu, seguido, sigo
c0914	liderar, lidera, conduzir, guiar, dirigir
c0915	encontrar, conhecer, reunir-se
c0916	ajudar, ajuda, ajudou
c0917	ajuda
c0918	permitir, permite, permitiu
c0919	impedir, impede, impediu, evitar, prevenir
c0920	proteger, protege, protegeu, protegido
c0921	salvar, salva, salvou, salvo
c0922	matar, mata, matou, morto
c0923	lutar, luta, lutou, combater
c0924	quebrar, quebra, quebrou, quebrado, romper
c0925	cortar, corta, cortou
c0926	bater, bate, bateu, golpear
c0927	lançar, lança, atirar, atira
c0928	apanhar, apanha, pegar, agarrar
c0929	puxar, puxa, puxou
c0930	empurrar, empurra, empurrou
c0931	encher, enche, encheu
c0932	lavar, lava, lavou
c0933	limpo, limpa
c0934	desenhar, desenha, desenhou
c0935	pintar, pinta, pintou
c0936	reparar, repara, consertar, arranjar
c0937	criar, cria, criou, criado
c0938	destruir, destrói, destruiu, destruído
c0939	queimar, queima, queimou, arder
c0940	voar, voa, voou
c0941	esconder, esconde, escondeu, escondido
c0942	procurar, procura, procurou, buscar
c0943	acontecer, acontece, aconteceu, ocorrer
c0944	parecer, parece, pareceu
c0945	aparecer, aparece, apareceu
c0946	tornar-se, torna-se, tornou-se, ficar, tornar
c0947	permanecer, permanece, ficar, fica
c0948	pertencer, pertence, pertenceu
c0949	conter, contém, contêm, continha
c0950	incluir, inclui, incluiu, incluído
c0951	existir, existe, existem
c0952	depender, depende, dependem
c0953	causar, causa, causou, provocar
c0954	causa
c0955	resultado
c0956	afetar, afeta, afetou, afectar
c0957	desenvolver, desenvolve, desenvolveu
c0958	melhorar, melhora, melhorou
c0959	apoiar, apoia, apoiou
c0960	apoio
c0961	opor-se, opõe, opôs, oposto
c0962	concordar, concorda, concordou
c0963	aceitar, aceita, aceitou, aceite
c0964	recusar, recusa, recusou
c0965	rejeitar, rejeita, rejeitou
c0966	negar, nega, negou
c0967	admitir, admite, admitiu, reconhecer
c0968	explicar, explica, explicou
c0969	descrever, descreve, descreveu, descrito
c0970	relatar, relata, informar, comunicar
c0971	anunciar, anuncia, anunciou
c0972	informar, informa, informou
c0973	discutir, discute, debater
c0974	argumentar, discutir, alegar
c0975	afirmar, afirma, alegar, alega
c0976	sugerir, sugere, sugeriu, propor
c0977	oferecer, oferece, ofereceu
c0978	prometer, promete, prometeu
c0979	avisar, avisa, advertir, alertar
c0980	ameaçar, ameaça, ameaçou
c0981	exigir, exige, exigiu, reclamar
c0982	exigir, requerer, requer, necessitar
c0983	esperar, espera, prever
c0984	proibir, proíbe, proibiu, proibido
c0985	forçar, força, obrigar, obriga
c0986	gastar, gasta, gastou, passar
c0987	ganhar, ganha, ganhou
c0988	vencer, vence, derrotar, bater
c0989	preparar, prepara, preparou
c0990	organizar, organiza, organizou
c0991	gerir, gere, administrar, conseguir
c0992	controlar, controla, controlou
c0993	verificar, verifica, verificou, controlar
c0994	teste, prova, exame
c0995	medir, mede, mediu
c0996	contar, conta, contou
c0997	acrescentar, acrescenta, adicionar, somar
c0998	comparar, compara, comparou
c0999	ligar, liga, ligou, conectar
c1000	aderir, adere, juntar-se, unir
c1001	partilhar, partilha, compartilhar, dividir
c1002	dividir, divide, dividiu, dividido
c1003	entregar, entrega, entregou
c1004	publicar, publica, publicou, publicado
c1005	assinar, assina, assinou, assinado
c1006	vestir, veste, usar, trazer
c1007	tocar, toca, tocou
c1008	cheiro, odor
c1009	som, sons
c1010	ruído, barulho
c1011	silêncio
c1012	grande, grandes
c1013	grande, grandes, amplo
c1014	pequeno, pequena
c1015	pequeno, pequena
c1016	longo, longa, comprido, comprida
c1017	curto, curta, breve
c1018	alto, alta, elevado
c1019	baixo, baixa
c1020	largo, larga, amplo, ampla
c1021	estreito, estreita
c1022	profundo, profunda, fundo
c1023	pesado, pesada
c1024	leve, leves, ligeiro
c1025	rápido, rápida, veloz
c1026	lento, lenta, vagaroso
c1027	novo, nova
c1028	bom, boa, bons, boas, melhor, melhores
c1029	mau, má, maus, ruim, pior, piores
c1030	belo, bela, bonito, bonita, lindo, linda
c1031	feio, feia
c1032	sujo, suja
c1033	cheio, cheia
c1034	vazio, vazia
c1035	fácil, fáceis
c1036	difícil, difíceis
c1037	duro, dura, rijo
c1038	mole, macio, macia, suave
c1039	forte, fortes
c1040	fraco, fraca
c1041	seguro, segura
c1042	perigoso, perigosa
c1043	livre, livres
c1044	importante
c1045	principal, principais
c1046	necessário, necessária
c1047	possível, possíveis
c1048	impossível, impossíveis
c1049	verdadeiro, verdadeira
c1050	falso, falsa
c1051	real, reais, verdadeiro
c1052	correto, correta, certo, certa
c1053	errado, errada, incorreto
c1054	mesmo, mesma
c1055	diferente, diferentes
c1056	semelhante, parecido, parecida, similar
c1057	inteiro, inteira, completo
c1058	público, pública
c1059	privado, privada
c1060	nacional, nacionais
c1061	internacional, internacionais
c1062	local, locais
c1063	global, globais, mundial, mundiais
c1064	social, sociais
c1065	geral, gerais
c1066	especial, especiais, particular
c1067	simples
c1068	complexo, complexa, complicado
c1069	claro, clara
c1070	silencioso, silenciosa, sossegado, calmo
c1071	barulhento, barulhenta, ruidoso, alto
c1072	famoso, famosa, célebre
c1073	popular, populares
c1074	comum, comuns, habitual
c1075	raro, rara
c1076	estranho, estranha
c1077	normal, normais
c1078	pronto, pronta
c1079	ocupado, ocupada, atarefado
c1080	sozinho, sozinha, só
c1081	juntos, juntas, junto
c1082	certo, certa, seguro
c1083	grave, graves, sério, séria
c1084	enorme, enormes, imenso
c1085	antigo, antiga
c1086	moderno, moderna
c1087	tradicional, tradicionais
c1088	humano, humana
c1089	beleza
c1090	agradável, simpático, bonito, giro
c1091	grande, ótimo, excelente
c1092	bem, bom
c1093	amável, gentil, bondoso
c1094	simpático, simpática, amigável, amistoso
c1095	alto, alta
c1096	redondo, redonda
c1097	plano, plana, liso
c1098	afiado, afiada, cortante, agudo
c1099	fino, fina, magro, delgado
c1100	grosso, grossa, espesso
c1101	gordo, gorda
c1102	rápido, rápida
c1103	lentamente, devagar
c1104	rapidamente, depressa
c1105	bem
c1106	quase
c1107	só, somente, apenas, unicamente
c1108	especialmente, sobretudo, particularmente
c1109	finalmente, por fim
c1110	de repente, subitamente, repentinamente
c1111	provavelmente
c1112	talvez, porventura
c1113	certamente, seguramente
c1114	realmente, de facto, verdadeiramente
c1115	aqui, cá
c1116	ali, lá, aí
c1117	em toda a parte, por toda a parte, em todo lugar
c1118	longe
c1119	perto
c1120	longe
c1121	lá fora
c1122	dentro, lá dentro
c1123	entre
c1124	sem
c1125	contra
c1126	durante
c1127	depois de, após
c1128	antes de, antes
c1129	sob, debaixo
c1130	sobre, acima, por cima
c1131	através, atravessando
c1132	através
c1133	à volta, em torno
c1134	entre
c1135	apesar de, apesar
c1136	rumo, rumo a, em direção a, em direcção a
c1137	atrás, detrás
c1138	ao longo de, longo
c1139	toda a gente, todo mundo
c1140	nada
c1141	tudo
c1142	coisa
c1143	lugar, local, sítio
c1144	maneira, modo, forma
c1145	parte
c1146	número
c1147	grupo
c1148	tipo, espécie, género, gênero
c1149	exemplo
c1150	problema
c1151	situação, situações
c1152	facto, fato
c1153	caso
c1154	ponto
c1155	forma
c1156	nível, níveis
c1157	tamanho, dimensão
c1158	forma, formato, figura
c1159	linha
c1160	sinal, sinais
c1161	diferença
c1162	oportunidade, hipótese, possibilidade, sorte
c1163	oportunidade, oportunidades
c1164	perigo
c1165	risco
c1166	importância
c1167	sucesso, êxito
c1168	fracasso, falha, insucesso
c1169	esforço
c1170	papel, função
c1171	objetivo, finalidade, propósito, fim
c1172	qualidade
c1173	quantidade, montante, quantia
c1174	maioria
c1175	por cento, percentagem
c1176	médio, média
c1177	mensagem, mensagens
c1178	notícias, notícia, novidades
c1179	informação, informações
c1180	nome
c1181	parlamento
c1182	parlamentar, parlamentares
c1183	membro, deputado, deputada
c1184	resolução, resoluções
c1185	governo
c1186	ministro, ministra
c1187	primeiro-ministro, primeira-ministra
c1188	presidente
c1189	eleição, eleições
c1190	eleitoral, eleitorais
c1191	votar, vota, votou, votado
c1192	voto
c1193	eleitor, eleitora
c1194	candidato, candidata
c1195	campanha
c1196	referendo
c1197	partido
c1198	direitos humanos
c1199	direito
c1200	lei, leis, direito
c1201	jurídico, jurídica, legal, legais
c1202	ilegal, ilegais
c1203	tribunal, tribunais
c1204	juiz, juízes, juíza
c1205	advogado, advogada
c1206	procurador, procuradora, promotor
c1207	julgamento, processo
c1208	pena, condenação, sentença
c1209	prisioneiro, preso, presa, recluso
c1210	preso político, presos políticos
c1211	deter, detém, deteve, detido, prender, preso
c1212	detenção, prisão
c1213	detenção, detenções
c1214	deter, detém, deteve, detido
c1215	libertar, liberta, libertou, libertado, soltar
c1216	libertação, soltura
c1217	tortura
c1218	condenar, condena, condenou, condenado
c1219	instar, insta, exortar
c1220	instar, insta, apelar, apela, exortar
c1221	pedir, pede, exigir, reclamar
c1222	saudar, saúda, acolher, congratular
c1223	lamentar, lamenta, lamentou
c1224	recordar, recorda, lembrar
c1225	jornalista
c1226	meios de comunicação, comunicação social, média, mídia
c1227	imprensa
c1228	protesto
c1229	manifestante
c1230	manifestação, manifestações
c1231	liberdade
c1232	liberdade de expressão
c1233	liberdade de reunião
c1234	democracia
c1235	democrático, democrática
c1236	estado-membro, estados-membros
c1237	comissão, comissões
c1238	comissário, comissária
c1239	conselho
c1240	união, uniões, sindicato
c1241	união europeia
c1242	cidadão, cidadãos, cidadã
c1243	cidadania
c1244	violência
c1245	violento, violenta
c1246	polícia
c1247	polícia, agente, policial, polícias
c1248	exército
c1249	militar, militares
c1250	soldado
c1251	guerra
c1252	paz, pazes
c1253	conflito
c1254	arma, armas
c1255	sanção, sanções
c1256	oposição
c1257	regime
c1258	autoridade, autoridades
c1259	estado
c1260	país, países
c1261	nação, nações
c1262	república
c1263	reino
c1264	rei, reis
c1265	rainha
c1266	imperador, imperadores
c1267	império
c1268	constituição
c1269	constitucional, constitucionais
c1270	tratado
c1271	acordo
c1272	negociação, negociações
c1273	negociar, negocia, negociou
c1274	crime, delito
c1275	criminal, criminais, criminoso, penal
c1276	vítima
c1277	homicídio, assassinato, assassínio
c1278	terrorismo
c1279	terrorista
c1280	ataque, atentado, agressão
c1281	segurança
c1282	segurança
c1283	defesa
c1284	refugiado, refugiada
c1285	migrante, imigrante
c1286	migração, migrações
c1287	asilo
c1288	minoria
c1289	discriminação
c1290	igualdade
c1291	género, gênero
c1292	estado de direito
c1293	justiça
c1294	judicial, judiciais, judiciário
c1295	independência
c1296	independente
c1297	soberania
c1298	território
c1299	ocupação
c1300	invasão, invasões
c1301	cessar-fogo, trégua
c1302	humanitário, humanitária
c1303	ajuda, assistência
c1304	cooperação
c1305	diálogo
c1306	relação, relações
c1307	diplomático, diplomática
c1308	embaixador, embaixadora
c1309	embaixada
c1310	delegação, delegações
c1311	representante
c1312	funcionário, funcionária, responsável
c1313	administração
c1314	instituição, instituições
c1315	agência, organismo
c1316	poder, poderes
c1317	política, políticas
c1318	política
c1319	político, política
c1320	político, política, políticos
c1321	reforma
c1322	legislação
c1323	diretiva, directiva
c1324	regulamento
c1325	proposta
c1326	alteração, alterações, emenda
c1327	relatório
c1328	debate
c1329	sessão, sessões
c1330	comissão, comité, comitê
c1331	presidente
c1332	presidência
c1333	mandato
c1334	adotar, adota, adotou, adotado, aprovar
c1335	aprovar, aprova, aprovou, aprovado
c1336	abster-se, absteve, abstenção
c1337	coligação, coalizão
c1338	líder, dirigente, chefe
c1339	corrupção
c1340	fraude
c1341	transparência
c1342	investigação, inquérito
c1343	investigar, investiga, investigou
c1344	prova, provas, evidência
c1345	testemunha
c1346	acusação, acusações
c1347	acusar, acusa, acusou, acusado
c1348	culpado, culpada
c1349	inocente
c1350	condenar, condena, condenou, condenado
c1351	recurso, apelação
c1352	pena, sanção
c1353	pena de morte
c1354	execução, execuções
c1355	multa, coima
c1356	castigo, punição
c1357	punir, pune, puniu, castigar
c1358	ativista, activista
c1359	defensor dos direitos humanos, defensora
c1360	dissidente
c1361	refém, reféns
c1362	raptar, rapta, raptou, sequestrar
c1363	desaparecimento
c1364	assédio, perseguição
c1365	intimidação
c1366	perseguição, perseguições
c1367	repressão
c1368	repressão, ofensiva
c1369	censura
c1370	abuso, maus-tratos
c1371	violação, violações, estupro
c1372	genocídio
c1373	crime de guerra, crimes de guerra
c1374	tráfico
c1375	escravatura, escravidão
c1376	nações unidas, onu
c1377	nato, otan
c1378	parlamento europeu
c1379	comissão europeia
c1380	cimeira, cúpula
c1381	fundo
c1382	financiamento
c1383	programa
c1384	estratégia
c1385	objetivo, objectivo
c1386	medida
c1387	ação, acção, ações
c1388	quadro
c1389	aplicação, execução, implementação
c1390	aplicar, aplica, executar, implementar
c1391	garantir, garante, assegurar, assegura
c1392	sublinhar, sublinha, salientar, salienta
c1393	observar, toma nota, registar, constatar
c1394	reiterar, reitera, reiterou
c1395	expressar, expressa, exprimir, exprime
c1396	preocupação, preocupações
c1397	deplorar, deplora, lamentar
c1398	denunciar, denuncia, denunciou
c1399	insistir, insiste, insistiu
c1400	encorajar, encoraja, incentivar, incentiva
c1401	convidar, convida, convidou
c1402	salientar, salienta, destacar, destaca
c1403	reconhecer, reconhece, reconheceu
c1404	reconhecer, reconhece, reconhecido
c1405	considerar, considera, considerou
c1406	imediatamente
c1407	veementemente, firmemente, fortemente
c1408	profundamente
c1409	incondicionalmente
c1410	boletim de voto, votação, escrutínio
c1411	justo, justa, equitativo
c1412	observador, observadora
c1413	mercado interno
c1414	concorrência, competição, concurso
c1415	agricultura
c1416	pescas, pesca
c1417	alterações climáticas, mudança climática
c1418	emissão, emissões
c1419	sustentável, sustentáveis
c1420	desenvolvimento
c1421	inovação
c1422	digital, digitais
c1423	dados
c1424	privacidade
c1425	proteção, protecção
c1426	transporte, transportes
c1427	infraestrutura, infraestruturas
c1428	regional, regionais
c1429	solidariedade
c1430	alargamento
c1431	adesão
c1432	alfândega, alfândegas, aduana
c1433	moeda, divisa
c1434	inflação
c1435	juro, juros
c1436	interesse
c1437	défice, déficit
c1438	sociedade
c1439	comunidade
c1440	organização, organizações
c1441	associação, associações
c1442	população
c1443	opinião pública
c1444	responsabilidade
c1445	responsável, responsáveis
c1446	obrigação, obrigações
c1447	princípio
c1448	valor, valores
c1449	dignidade
c1450	respeito
c1451	respeitar, respeita, respeitou
c1452	aplicação da lei, forças da ordem
c1453	procedimento
c1454	processo
c1455	questão, questões, assunto
c1456	assunto, questão, matéria
c1457	sistema
c1458	ordem, ordens
c1459	regra, norma
c1460	efeito
c1461	impacto
c1462	condição, condições
c1463	acesso
c1464	recurso
c1465	inimigo, inimiga
c1466	herói, heróis, heroína
c1467	guarda, vigilante
c1468	padre, sacerdote
c1469	tradição, tradições
c1470	festival, festa
c1471	cerimónia, cerimônia
c1472	discurso
c1473	opinião, opiniões, parecer
c1474	declaração, afirmação
c1475	declaração, declarações
c1476	atenção
c1477	verdade
c1478	segredo
c1479	ameaça
c1480	vitória
c1481	derrota
c1482	batalha
c1483	revolução, revoluções
c1484	bandeira
c1485	cabana, abrigo, refúgio
c1486	avalanche, avalancha
c1487	aliado, aliada
c1488	tropas
c1489	greve
c1490	pensão, pensões, reforma
c1491	habitação, alojamento
c1492	sorte
c1493	caçador, caçadora
c1494	altura, altitude
c1495	comprimento
c1496	peso
c1497	velocidade
c1498	património, patrimônio, herança
c1499	espingarda, arma, pistola
c1500	bomba
`;
