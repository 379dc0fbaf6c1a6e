import type { Messages } from './messages.js';

export const es: Messages = {
  loading: 'Cargando historias…',
  loadMore: 'Cargar más historias',
  retry: 'Reintentar',
  undated: 'Sin fecha',
  mediaContact: 'Contacto de prensa:',
  photo: 'Foto:',
  project: 'Proyecto:',
  countries: (count) => (count === 1 ? 'País:' : 'Países:'),
  authors: (count) => (count === 1 ? 'Autor:' : 'Autores:'),
  noStories: 'Este canal aún no tiene historias.',
  noStoriesFor: (criteria) => `No se encontraron historias para ${criteria}.`,
  criterion: { project: 'el proyecto', country: 'el país', tag: 'la etiqueta', year: 'el año' },
  moreLoaded: (count, shown) => (count === 1 ? `Se cargó ${shown} historia más.` : `Se cargaron ${shown} historias más.`),
  noFeed: 'No hay ningún canal configurado: añada un atributo src a esta lista o defina un canal predeterminado para la página.',
  badFeedUrl: (src) => `La dirección del canal «${src}» no es una URL http(s).`,
  couldNotLoad: 'No se pudieron cargar las historias.',
};
