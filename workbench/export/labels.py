"""Every word the export writes on its own, in each document language.

The submission's language picks the set. Keys are stable identifiers; add a
key to all three languages at once (a test checks they agree).
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "contents": "Contents",
        "summary": "Summary",
        "introduction": "Introduction",
        "abbreviations": "List of abbreviations",
        "recommendations": "Recommendations",
        "recommendation": "Recommendation",
        "rationale": "Rationale",
        "evidence": "Evidence",
        "targets": "Provisions concerned",
        "comparative_table": "Comparative table of amendments",
        "col_number": "No.",
        "col_unit": "Structural unit",
        "col_current": "Current or draft wording",
        "col_proposed": "Proposed wording",
        "col_justification": "Justification",
        "bibliography": "Bibliography",
        "to": "To",
        "submitted_by": "Submitted by",
        "prepared_by": "Prepared by",
        "accessed": "accessed",
        "ibid": "Ibid.",
        "no_wording": "(no wording)",
        "unofficial_translation": "* Unofficial translation of the statutory wording.",
    },
    "ru": {
        "contents": "Содержание",
        "summary": "Краткое изложение",
        "introduction": "Введение",
        "abbreviations": "Список сокращений",
        "recommendations": "Рекомендации",
        "recommendation": "Рекомендация",
        "rationale": "Обоснование",
        "evidence": "Факты и данные",
        "targets": "Затрагиваемые нормы",
        "comparative_table": "Сравнительная таблица поправок",
        "col_number": "№",
        "col_unit": "Структурный элемент",
        "col_current": "Действующая или проектная редакция",
        "col_proposed": "Предлагаемая редакция",
        "col_justification": "Обоснование",
        "bibliography": "Список источников",
        "to": "Кому",
        "submitted_by": "Представлено",
        "prepared_by": "Подготовили",
        "accessed": "дата обращения",
        "ibid": "Там же.",
        "no_wording": "(текст отсутствует)",
        "unofficial_translation": "* Неофициальный перевод текста нормы.",
    },
    "kk": {
        "contents": "Мазмұны",
        "summary": "Қысқаша мазмұны",
        "introduction": "Кіріспе",
        "abbreviations": "Қысқартулар тізімі",
        "recommendations": "Ұсыныстар",
        "recommendation": "Ұсыныс",
        "rationale": "Негіздеме",
        "evidence": "Деректер мен фактілер",
        "targets": "Қатысты нормалар",
        "comparative_table": "Түзетулердің салыстырмалы кестесі",
        "col_number": "№",
        "col_unit": "Құрылымдық элемент",
        "col_current": "Қолданыстағы немесе жобадағы редакция",
        "col_proposed": "Ұсынылатын редакция",
        "col_justification": "Негіздеме",
        "bibliography": "Дереккөздер тізімі",
        "to": "Кімге",
        "submitted_by": "Ұсынған",
        "prepared_by": "Дайындағандар",
        "accessed": "қаралған күні",
        "ibid": "Сонда.",
        "no_wording": "(мәтін жоқ)",
        "unofficial_translation": "* Норма мәтінінің ресми емес аудармасы.",
    },
}

WORD_LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}
"""BCP 47 tags Word uses for spelling and hyphenation."""


def labels_for(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
"""Each document language named in itself (column headings of bilingual documents)."""
