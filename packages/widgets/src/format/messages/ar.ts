import type { Messages } from './messages.js';

const moreLoaded: Record<Intl.LDMLPluralRule, (shown: string) => string> = {
  zero: (shown) => `تم تحميل ${shown} قصة إضافية.`,
  one: () => 'تم تحميل قصة واحدة إضافية.',
  two: () => 'تم تحميل قصتين إضافيتين.',
  few: (shown) => `تم تحميل ${shown} قصص إضافية.`,
  many: (shown) => `تم تحميل ${shown} قصة إضافية.`,
  other: (shown) => `تم تحميل ${shown} قصة إضافية.`,
};

export const ar: Messages = {
  loading: 'جارٍ تحميل القصص…',
  loadMore: 'عرض المزيد من القصص',
  retry: 'إعادة المحاولة',
  undated: 'بلا تاريخ',
  mediaContact: 'جهة الاتصال الإعلامية:',
  photo: 'الصورة:',
  project: 'المشروع:',
  countries: (count) => (count === 1 ? 'البلد:' : 'البلدان:'),
  authors: (count) => (count === 1 ? 'الكاتب:' : 'الكتّاب:'),
  noStories: 'لا توجد قصص في هذه الخلاصة بعد.',
  noStoriesFor: (criteria) => `لا توجد قصص تطابق ${criteria}.`,
  criterion: { project: 'المشروع', country: 'البلد', tag: 'الوسم', year: 'السنة' },
  moreLoaded: (count, shown) => moreLoaded[new Intl.PluralRules('ar').select(count)](shown),
  noFeed: 'لم تُحدَّد أي خلاصة: أضف السمة src إلى هذه القائمة، أو حدّد خلاصة افتراضية للصفحة.',
  badFeedUrl: (src) => `عنوان الخلاصة «${src}» ليس عنوان URL من نوع http(s).`,
  couldNotLoad: 'تعذّر تحميل القصص.',
};
