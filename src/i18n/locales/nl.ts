import type { Dictionary } from '../types';

export default {
  locale: { code: 'nl', htmlLang: 'nl-BE', nativeName: 'Nederlands', order: 1 },
  routes: { competencies: 'competenties', levels: 'niveaus', functions: 'functiebeschrijvingen' },
  ui: {
    siteTitle: 'Competentiewoordenboek',
    siteTagline: 'Het competentiemodel van de federale overheid, per niveau, in het Nederlands en het Frans',
    skipToContent: 'Naar de inhoud',
    mainNavigation: 'Hoofdnavigatie',
    navHome: 'Model',
    navCompetencies: 'Competenties',
    navLevels: 'Niveaus',
    navFunctions: 'Functiebeschrijving',
    navAbout: 'Achtergrond',
    languageSwitchLabel: 'Taal',
    readInLanguage: 'Lees deze pagina in het {language}',
    footerSource:
      'Gebaseerd op het competentiewoordenboek en de teksten over competentiemanagement van de federale overheid.',
    footerUnofficial: 'Geen officiële publicatie: bij twijfel geldt de bron.',
    translationNoticeTitle: 'Vertaling',
    translationNotice:
      'Deze tekst is een vertaling, door ons gemaakt. Het is geen officiële versie.',
    breadcrumbLabel: 'Kruimelpad',

    homeIntro:
      'De federale overheid beschrijft met één gemeenschappelijk model welke competenties nodig zijn om een functie uit te oefenen. Dit woordenboek maakt dat model leesbaar en bruikbaar: per competentie, per niveau, in het Nederlands en het Frans.',
    homeModelTitle: 'Het 5+1-model in één oogopslag',
    homeModelIntro:
      'Vijf groepen van generieke competenties en één groep technische competenties. Vijf generieke competenties zijn kerncompetenties: ze worden van elke federale medewerker verwacht.',
    homeAudienceTitle: 'Waar wilt u beginnen?',
    homeReadersTitle: 'Competenties lezen',
    homeReadersText: 'Alle competenties van het model, per groep, met de definitie, de dimensies en de gedragsindicatoren per niveau.',
    homeHrTitle: 'Voor hr-diensten',
    homeHrText: 'Alle kerncompetenties op één niveau, klaar om te gebruiken in een functiebeschrijving of vacature.',
    homeEditorsTitle: 'Voor redacteurs',
    homeEditorsText: 'De inhoud staat in MDX-bestanden in de map content/ van het project; de handleiding voor redacteurs beschrijft hoe u ze bijwerkt.',
    homeContextTitle: 'Achtergrond',

    modelOverviewLabel: 'Het 5+1-model: vijf groepen van generieke competenties en de technische expertise',
    technicalExpertise: 'Technische expertise',
    technicalExpertiseText: 'De theoretische en praktische kennis die een functie vraagt, in de rubrieken Beroep en Ondersteuning.',
    coreCompetency: 'kerncompetentie',
    coreLegend: 'Kerncompetentie: verwacht van elke federale medewerker',
    notYetDescribed: 'nog niet beschreven',
    notYetDescribedLegend: 'Deel van het model, nog niet beschreven in deze editie',

    competencyIndexTitle: 'Competenties',
    competencyIndexIntro:
      'Het model telt vijf groepen van acht generieke competenties. De kerncompetenties zijn beschreven met hun definitie, dimensies en gedragsindicatoren per niveau; de andere competenties maken deel uit van het model maar zijn in deze editie nog niet beschreven.',
    groupLabel: 'Groep: {group}',
    labelled: '{term}: {text}',

    definition: 'Definitie',
    dimensions: 'Dimensies',
    levelMatrix: 'Gedragsindicatoren per niveau',
    levelMatrixIntro: 'Per dimensie twee gedragsindicatoren op elk niveau, van niveau D tot niveau A.',
    behaviouralIndicators: 'Gedragsindicatoren',
    levelName: 'Niveau {level}',
    variantWording: 'De bron formuleert dit op niveau {levels} iets anders.',
    wordingAtLevel: 'Op niveau {level}',
    levelSelectorLabel: 'Toon niveau',
    allLevels: 'Alle niveaus',
    unknownLevel: 'De link vraagt niveau ‘{value}’, dat niet bestaat. Alle niveaus worden getoond.',
    showingLevel: 'Niveau {level} wordt getoond.',
    indicatorsAtLevel: 'Gedragsindicatoren op dit niveau',

    levelsIndexTitle: 'Niveaus',
    levelsIndexIntro: 'De kerncompetenties zijn beschreven op vier niveaus, van niveau D tot niveau A. Per niveau vindt u alle kerncompetenties op één pagina.',
    levelPageTitle: 'Niveau {level}: alle kerncompetenties',
    levelPageIntro: 'De definitie, de dimensies en de gedragsindicatoren van elke kerncompetentie zoals de bron ze op dit niveau formuleert.',
    seeFullCompetency: 'Alle niveaus van deze competentie',

    functionsTitle: 'Functiebeschrijving',
    purpose: 'Doel',
    resultAreas: 'Resultaatgebieden',
    exampleTasks: 'Voorbeelden van taken',
    optional: 'facultatief',
    distinguishingCriteria: 'Onderscheidende criteria',
    criterion: 'Criterium',
    definitions: 'Definities',
    classesLabel: 'Klasse {classes}',

    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet (meer). Misschien vindt u wat u zoekt via de lijst van competenties.',
    notFoundHome: 'Naar de startpagina',

    chooseLanguageTitle: 'Kies uw taal',
  },
} satisfies Dictionary;
