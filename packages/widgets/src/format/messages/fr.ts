import type { Messages } from './messages.js';

export const fr: Messages = {
  loading: 'Chargement des récits…',
  loadMore: 'Afficher plus de récits',
  retry: 'Réessayer',
  undated: 'Sans date',
  mediaContact: 'Contact presse\u00a0:',
  photo: 'Photo\u00a0:',
  project: 'Projet\u00a0:',
  countries: () => 'Pays\u00a0:',
  authors: (count) => (count === 1 ? 'Auteur\u00a0:' : 'Auteurs\u00a0:'),
  noStories: 'Ce flux ne contient encore aucun récit.',
  noStoriesFor: (criteria) => `Aucun récit trouvé pour ${criteria}.`,
  criterion: { project: 'le projet', country: 'le pays', tag: 'le mot-clé', year: 'l’année' },
  moreLoaded: (count, shown) =>
    new Intl.PluralRules('fr').select(count) === 'one' ? `${shown} récit de plus affiché.` : `${shown} récits de plus affichés.`,
  noFeed: 'Aucun flux n’est configuré\u00a0: ajoutez un attribut src à cette liste, ou définissez un flux par défaut pour la page.',
  badFeedUrl: (src) => `L’adresse du flux «\u00a0${src}\u00a0» n’est pas une URL http(s).`,
  couldNotLoad: 'Les récits n’ont pas pu être chargés.',
};
