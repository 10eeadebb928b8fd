'use strict';
// The admin's slug prefill, by the project's rule (bantin/text.py, slugify_vi): Django's
// URLify has no Vietnamese map, so it dropped the letters it did not know and wrote đ as "dj"
// ("Đồng Tâm" → "djng-tam"). prepopulate.js calls window.URLify on every keystroke; this file,
// loaded after urlify.js, replaces it for ASCII slugs and leaves Unicode slugs to Django's.
{
    const djangoURLify = window.URLify;
    // As bantin/text.py strips them: zero-width characters and bidirectional controls.
    const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g;

    function slugifyVi(value, maxLength) {
        // Decomposition leaves đ/Đ whole (they are letters, not d + a mark): fold them first.
        let slug = String(value).replace(INVISIBLE, '').normalize('NFC')
            .replace(/đ/g, 'd').replace(/Đ/g, 'D');
        // Then as Django's slugify: compatibility decomposition, ASCII only, lower case, word
        // characters, spaces and hyphens kept, runs of spaces and hyphens made one hyphen.
        slug = slug.normalize('NFKD').replace(/[^\x00-\x7f]/g, '').toLowerCase();
        slug = slug.replace(/[^\w\s-]/g, '').replace(/[-\s]+/g, '-').replace(/^[-_]+|[-_]+$/g, '');
        if (maxLength) {
            slug = slug.substring(0, maxLength).replace(/[-_]+$/, '');
        }
        return slug;
    }

    window.URLify = function(value, maxLength, allowUnicode) {
        if (allowUnicode && djangoURLify) {
            return djangoURLify(value, maxLength, allowUnicode);
        }
        return slugifyVi(value, maxLength);
    };
}
