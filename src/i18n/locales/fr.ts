import type { Dictionary } from '../types';

export default {
  locale: { code: 'fr', htmlLang: 'fr-BE', nativeName: 'Français', order: 2 },
  routes: { competencies: 'competences', levels: 'niveaux', functions: 'descriptions-de-fonction' },
  ui: {
    siteTitle: 'Dictionnaire des compétences',
    siteTagline: 'Le modèle de compétences de l’administration fédérale, par niveau, en néerlandais et en français',
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Navigation principale',
    navHome: 'Modèle',
    navCompetencies: 'Compétences',
    navLevels: 'Niveaux',
    navFunctions: 'Description de fonction',
    navAbout: 'Contexte',
    languageSwitchLabel: 'Langue',
    readInLanguage: 'Lire cette page en {language}',
    footerSource:
      'Basé sur le dictionnaire des compétences et les textes sur la gestion des compétences de l’administration fédérale.',
    footerUnofficial: 'Publication non officielle : en cas de doute, la source fait foi.',
    translationNoticeTitle: 'Traduction',
    translationNotice:
      'Ce texte est une traduction de la source néerlandaise, réalisée par nos soins. Il ne s’agit pas d’une version officielle.',
    breadcrumbLabel: 'Fil d’Ariane',

    homeIntro:
      'L’administration fédérale décrit, au moyen d’un modèle commun, les compétences nécessaires à l’exercice d’une fonction. Ce dictionnaire rend ce modèle lisible et utilisable : par compétence, par niveau, en néerlandais et en français.',
    homeModelTitle: 'Le modèle « 5+1 » en un coup d’œil',
    homeModelIntro:
      'Cinq groupes de compétences génériques et un groupe de compétences techniques. Cinq compétences génériques sont des compétences clés : elles sont attendues de chaque collaborateur fédéral.',
    homeAudienceTitle: 'Par où commencer ?',
    homeReadersTitle: 'Lire les compétences',
    homeReadersText: 'Toutes les compétences du modèle, par groupe, avec la définition, les dimensions et les indicateurs de comportement par niveau.',
    homeHrTitle: 'Pour les services RH',
    homeHrText: 'Toutes les compétences clés à un niveau donné, prêtes à être reprises dans une description de fonction ou un appel à candidatures.',
    homeEditorsTitle: 'Pour les rédacteurs',
    homeEditorsText: 'Le contenu se trouve dans des fichiers MDX du dossier content/ du projet ; le guide des rédacteurs explique comment les mettre à jour.',
    homeContextTitle: 'Contexte',

    modelOverviewLabel: 'Le modèle « 5+1 » : cinq groupes de compétences génériques et l’expertise technique',
    technicalExpertise: 'Expertise technique',
    technicalExpertiseText: 'Les connaissances théoriques et pratiques qu’exige une fonction, dans les rubriques Métier et Support.',
    coreCompetency: 'compétence clé',
    coreLegend: 'Compétence clé : attendue de chaque collaborateur fédéral',
    notYetDescribed: 'pas encore décrite',
    notYetDescribedLegend: 'Fait partie du modèle, pas encore décrite dans cette édition',

    competencyIndexTitle: 'Compétences',
    competencyIndexIntro:
      'Le modèle compte cinq groupes de huit compétences génériques. Les compétences clés sont décrites avec leur définition, leurs dimensions et leurs indicateurs de comportement par niveau ; les autres compétences font partie du modèle mais ne sont pas encore décrites dans cette édition.',
    groupLabel: 'Groupe : {group}',
    labelled: '{term} : {text}',

    definition: 'Définition',
    dimensions: 'Dimensions',
    levelMatrix: 'Indicateurs de comportement par niveau',
    levelMatrixIntro: 'Pour chaque dimension, deux indicateurs de comportement à chaque niveau, du niveau D au niveau A.',
    behaviouralIndicators: 'Indicateurs de comportement',
    levelName: 'Niveau {level}',
    variantWording: 'La source formule ce texte un peu différemment au niveau {levels}.',
    wordingAtLevel: 'Au niveau {level}',
    levelSelectorLabel: 'Afficher le niveau',
    allLevels: 'Tous les niveaux',
    unknownLevel: 'Le lien demande le niveau « {value} », qui n’existe pas. Tous les niveaux sont affichés.',
    showingLevel: 'Le niveau {level} est affiché.',
    indicatorsAtLevel: 'Indicateurs de comportement à ce niveau',

    levelsIndexTitle: 'Niveaux',
    levelsIndexIntro: 'Les compétences clés sont décrites à quatre niveaux, du niveau D au niveau A. Chaque niveau réunit toutes les compétences clés sur une seule page.',
    levelPageTitle: 'Niveau {level} : toutes les compétences clés',
    levelPageIntro: 'La définition, les dimensions et les indicateurs de comportement de chaque compétence clé, tels que formulés à ce niveau.',
    seeFullCompetency: 'Tous les niveaux de cette compétence',

    functionsTitle: 'Description de fonction',
    purpose: 'Objectif',
    resultAreas: 'Domaines de résultats',
    exampleTasks: 'Exemples de tâches',
    optional: 'facultatif',
    distinguishingCriteria: 'Critères distinctifs',
    criterion: 'Critère',
    definitions: 'Définitions',
    classesLabel: 'Classe {classes}',

    notFoundTitle: 'Page introuvable',
    notFoundText: 'Cette page n’existe pas (ou plus). Vous trouverez peut-être ce que vous cherchez dans la liste des compétences.',
    notFoundHome: 'Vers la page d’accueil',

    chooseLanguageTitle: 'Choisissez votre langue',
  },
} satisfies Dictionary;
